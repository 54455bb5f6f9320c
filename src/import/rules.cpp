#include "import/rules.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "import/values.hpp"
#include "support/utf8.hpp"

namespace planc::imports {

namespace {

constexpr std::array<std::string_view, kFields> kFieldNames{
    "kind",    "strategy", "id",     "title",  "unit",           "target",       "result",
    "weight",  "percent",  "score",  "weighted", "status",       "offices",      "note",
    "project", "budget",   "disbursed", "remaining", "project-status", "project-note", "scale", "value",
    "target-plan", "basis", "sum", "count", "level-1", "level-2", "level-3", "level-4", "level-5"};

// Every directive: parse_rules knows each (a unit test holds it to that).
const std::vector<std::string> kDirectives{
    "sheet", "header-row", "header-rows", "column", "projects-sheet", "projects-header-row", "projects-header-rows",
    "project-column", "plan", "agency", "by", "years", "language", "digits", "scale", "levels-scale", "weights",
    "overall", "group", "levels", "calendar", "round", "year", "months", "date", "title", "write"};

struct Token {
  std::string text;  // a quoted text unescaped
  bool quoted = false;
  Span at;
};

// The tokens of one line: words, and texts in double quotes (`\"` and `\\`
// inside), up to a `#` or `//` comment outside quotes.
std::vector<Token> tokens(std::string_view line, FileId file, std::uint32_t base, bool& unclosed) {
  std::vector<Token> out;
  unclosed = false;
  std::size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '#' || line.substr(i, 2) == "//") break;
    Token t;
    std::size_t b = i;
    if (c == '"') {
      t.quoted = true;
      ++i;
      bool closed = false;
      while (i < line.size()) {
        if (line[i] == '\\' && i + 1 < line.size()) {
          t.text += line[i + 1];
          i += 2;
        } else if (line[i] == '"') {
          ++i;
          closed = true;
          break;
        } else {
          t.text += line[i++];
        }
      }
      if (!closed) unclosed = true;
    } else {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') t.text += line[i++];
    }
    t.at = Span{file, base + static_cast<std::uint32_t>(b), base + static_cast<std::uint32_t>(i)};
    out.push_back(std::move(t));
  }
  return out;
}

// "3" or "๓" → 3; nullopt unless a whole number in 1..1048576.
std::optional<std::uint32_t> row_number(std::string_view s) {
  auto n = number(s);
  if (!n || n->find('.') != std::string::npos || n->front() == '-' || n->size() > 7) return std::nullopt;
  unsigned long v = std::stoul(*n);
  if (v < 1 || v > 1048576) return std::nullopt;
  return static_cast<std::uint32_t>(v);
}

}  // namespace

std::string_view field_name(Field f) { return kFieldNames[static_cast<std::size_t>(f)]; }

std::optional<Field> field_of(std::string_view name) {
  for (std::size_t k = 0; k < kFields; ++k)
    if (kFieldNames[k] == name) return static_cast<Field>(k);
  if (name == "na-reason" || name == "reason") return Field::Note;
  if (name == "indicator") return Field::Title;
  return std::nullopt;
}

std::optional<std::uint32_t> column_of(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  std::uint32_t n = 0;
  for (char c : letters) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return std::nullopt;
    n = n * 26 + static_cast<std::uint32_t>(c - 'A' + 1);
  }
  if (n > 16384) return std::nullopt;
  return n - 1;
}

const std::vector<std::string>& rules_directives() { return kDirectives; }

Rules parse_rules(const SourceManager& sm, FileId file, Diagnostics& diags) {
  Rules r;
  if (file == kNoFile) return r;
  const SourceFile& f = sm.get(file);
  std::string_view text = f.text;
  std::uint32_t pos = 0;
  auto bad = [&](const Token& t, std::string_view how) { diags.report(msg::RulesBadArgument, t.at, t.text, how); };
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    bool unclosed = false;
    std::vector<Token> ts = tokens(line, file, pos, unclosed);
    std::uint32_t line_start = pos;
    pos = static_cast<std::uint32_t>(nl + 1);
    if (ts.empty()) continue;
    const Token& d = ts[0];
    std::string_view key = d.text;
    if (unclosed) {
      diags.report(msg::RulesBadArgument, Span{file, line_start, static_cast<std::uint32_t>(line_start + line.size())},
                   key, fmt::format("{} \"...\"", key));
      continue;
    }
    auto args = [&](std::size_t n, std::string_view how) {
      if (ts.size() == n + 1) return true;
      bad(d, how);
      return false;
    };
    auto sheet = [&](SheetRules& s, std::string_view how) {
      if (!args(1, how)) return;
      if (s.sheets.empty()) s.at = ts[1].at;
      SheetRules::Which w;
      w.at = ts[1].at;
      if (auto n = ts[1].quoted ? std::nullopt : row_number(ts[1].text)) w.index = *n - 1;
      else w.name = ts[1].text;
      s.sheets.push_back(std::move(w));
    };
    auto header = [&](SheetRules& s, std::string_view how) {
      if (!(ts.size() == 4 && ts[2].text == "-") && !args(1, how)) return;
      std::string spec = ts[1].text;
      if (ts.size() == 4) spec += "-" + ts[3].text;
      auto dash = spec.find('-');
      auto a = row_number(spec.substr(0, dash));
      auto b = dash == std::string::npos ? a : row_number(spec.substr(dash + 1));
      if (!a || !b || *b < *a || *b - *a > 3) return bad(ts[1], how);
      s.header_first = *a;
      s.header_last = *b;
    };
    auto column = [&](SheetRules& s, std::string_view how) {
      if (!args(2, how)) return;
      auto fld = field_of(ts[1].text);
      if (!fld) {
        std::string names;
        for (auto n : kFieldNames) names += (names.empty() ? "`" : ", `") + std::string(n) + "`";
        auto& e = diags.report(msg::RulesUnknownField, ts[1].at, ts[1].text);
        std::vector<std::string> all(kFieldNames.begin(), kFieldNames.end());
        if (std::string best = closest(ts[1].text, all); !best.empty()) e.help(txt::DidYouMean, best);
        else e.help(txt::RulesFields, names);
        return;
      }
      auto& slot = s.columns[static_cast<std::size_t>(*fld)];
      if (slot) {
        diags.report(msg::RulesTwice, ts[1].at, fmt::format("column {}", ts[1].text)).note(slot->at, txt::FirstGivenHere);
        return;
      }
      Column c;
      c.at = ts[2].at;
      if (auto letter = ts[2].quoted ? std::nullopt : column_of(ts[2].text)) c.col = *letter;
      else if (ts[2].quoted) c.header = tidy(ts[2].text);
      else return bad(ts[2], fmt::format("{} {} C", key, ts[1].text));
      slot = std::move(c);
    };
    auto fact = [&](Rules::Fact& slot, std::string_view how, bool quoted) {
      if (!args(1, how)) return;
      if (quoted != ts[1].quoted) return bad(ts[1], how);
      if (slot) {
        diags.report(msg::RulesTwice, d.at, key).note(slot.at, txt::FirstGivenHere);
        return;
      }
      slot.value = ts[1].text;
      slot.at = ts[1].at;
    };
    // A word from a fixed set: `language th`, `digits thai`, `calendar academic`, `overall weighted`.
    auto one_of = [&](Rules::Fact& slot, std::string_view how, std::initializer_list<std::string_view> allowed) {
      fact(slot, how, false);
      if (ts.size() == 2 && slot && std::find(allowed.begin(), allowed.end(), slot.value) == allowed.end()) {
        bad(ts[1], how);
        slot = {};
      }
    };
    if (key == "sheet") sheet(r.indicators, "sheet \"ตัวชี้วัด\"");
    else if (key == "header-row" || key == "header-rows") header(r.indicators, "header-row 3");
    else if (key == "column") column(r.indicators, "column result G");
    else if (key == "projects-sheet") {
      sheet(r.projects, "projects-sheet \"โครงการ\"");
      r.projects_sheet = true;
    } else if (key == "projects-header-row" || key == "projects-header-rows") header(r.projects, "projects-header-row 1");
    else if (key == "project-column") column(r.projects, "project-column budget D");
    else if (key == "plan") fact(r.plan, "plan \"แผนปฏิบัติการ ...\"", true);
    else if (key == "agency") fact(r.agency, "agency \"...\"", true);
    else if (key == "by") fact(r.by, "by \"...\"", true);
    else if (key == "round") fact(r.round, "round \"รอบ ๑๒ เดือน\"", true);
    else if (key == "date") fact(r.date, "date \"ตุลาคม ๒๕๖๗\"", true);
    else if (key == "title") fact(r.title, "title \"...\"", true);
    else if (key == "scale") fact(r.scale, "scale five-band", false);
    else if (key == "levels-scale") fact(r.levels_scale, "levels-scale three-level-50-75-100", false);
    else if (key == "calendar") one_of(r.calendar, "calendar academic", {"academic", "fiscal"});
    else if (key == "levels") {
      constexpr std::string_view how = "levels \"องค์ประกอบ\" \"ตัวบ่งชี้\"";
      if (ts.size() != 3 || !ts[1].quoted || !ts[2].quoted || ts[1].text.empty() || ts[2].text.empty()) {
        bad(ts.size() > 1 ? ts[1] : d, how);
      } else if (r.strategy_word) {
        diags.report(msg::RulesTwice, d.at, key).note(r.strategy_word.at, txt::FirstGivenHere);
      } else {
        r.strategy_word = {ts[1].text, ts[1].at};
        r.indicator_word = {ts[2].text, ts[2].at};
      }
    }
    else if (key == "language") one_of(r.language, "language th", {"th", "en"});
    else if (key == "digits") one_of(r.digits, "digits thai", {"thai", "arabic"});
    else if (key == "year" || key == "months") {
      Rules::Fact& slot = key == "year" ? r.year : r.months;
      fact(slot, key == "year" ? "year 2567" : "months 12", false);
      if (ts.size() == 2) {
        auto n = number(ts[1].text);
        bool ok = n && n->find('.') == std::string::npos && n->front() != '-' &&
                  (key == "year" ? n->size() == 4 : (std::stoi(*n) >= 1 && std::stoi(*n) <= 12 && n->size() <= 2));
        if (!ok) {
          bad(ts[1], key == "year" ? "year 2567" : "months 12");
          slot = {};
        } else {
          slot.value = *n;
        }
      }
    } else if (key == "years") {
      // years 2567 - 2569, years 2567-2569, years 2567
      std::string spec;
      for (std::size_t k = 1; k < ts.size(); ++k) spec += ts[k].text;
      auto dash = spec.find('-');
      auto a = number(spec.substr(0, dash));
      auto b = dash == std::string::npos ? a : number(spec.substr(dash + 1));
      if (ts.size() < 2 || !a || !b || a->size() != 4 || b->size() != 4 || *b < *a) {
        bad(ts.size() > 1 ? ts[1] : d, "years 2567 - 2569");
      } else if (r.years_from) {
        diags.report(msg::RulesTwice, d.at, key).note(r.years_from.at, txt::FirstGivenHere);
      } else {
        r.years_from = {*a, ts[1].at};
        r.years_to = {*b, ts[1].at};
      }
    } else if (key == "weights") {
      // weights fraction | percent | points | percent whole | fraction whole
      std::string w;
      for (std::size_t k = 1; k < ts.size(); ++k) w += (k > 1 ? " " : "") + ts[k].text;
      if (w != "fraction" && w != "percent" && w != "points" && w != "percent whole" && w != "fraction whole") {
        bad(ts.size() > 1 ? ts[1] : d, "weights percent");
      } else if (r.weights) {
        diags.report(msg::RulesTwice, d.at, key).note(r.weights.at, txt::FirstGivenHere);
      } else {
        r.weights = {w, ts[1].at};
      }
    } else if (key == "overall") {
      one_of(r.overall, "overall weighted", {"mean", "weighted", "rows", "none"});
    } else if (key == "group") {
      // group 1 "title" weight 70 strategies 1 2 3 | strategies 1-3 (title and weight may be left out)
      constexpr std::string_view how = "group 1 \"ผลการปฏิบัติราชการ\" weight 70 strategies 1 2 3";
      Rules::Group g;
      g.at = d.at;
      auto whole = [](std::string_view t) -> std::optional<std::string> {  // a group's or strategy's number, 1..9999
        auto n = row_number(t);
        if (!n || *n > 9999) return std::nullopt;
        return std::to_string(*n);
      };
      if (ts.size() < 2 || ts[1].quoted || !whole(ts[1].text)) {
        bad(ts.size() > 1 ? ts[1] : d, how);
        continue;
      }
      g.id = *whole(ts[1].text);
      std::size_t k = 2;
      if (k < ts.size() && ts[k].quoted) g.title = ts[k++].text;
      bool ok = true, listed = false;
      while (ok && k < ts.size()) {
        const Token& t = ts[k++];
        if (t.text == "weight" && !t.quoted && g.weight.empty() && k < ts.size()) {
          auto w = number(ts[k].text);
          if (!w || w->front() == '-' || ts[k].quoted) ok = false, bad(ts[k], how);
          else g.weight = *w, g.weight_at = ts[k].at;
          ++k;
        } else if (t.text == "strategies" && !t.quoted && !listed && k < ts.size()) {
          listed = true;
          for (; k < ts.size() && ok; ++k) {
            // `1 2 3`, `1, 2`, `1-3`, `1 - 3`: Thai or Arabic digits
            std::string item = ts[k].text;
            while (!item.empty() && item.back() == ',') item.pop_back();
            if (item.empty()) continue;
            auto dash = item.find('-');
            if (dash == std::string::npos && k + 1 < ts.size() && ts[k + 1].text.rfind('-', 0) == 0) {
              // `1 - 3` or `1 -3`
              std::string rest = ts[k + 1].text.substr(1);
              std::size_t used = 1;
              if (rest.empty() && k + 2 < ts.size()) rest = ts[k + 2].text, used = 2;
              item += "-" + rest;
              dash = item.find('-');
              k += used;
            }
            auto a = whole(item.substr(0, dash));
            auto b = dash == std::string::npos ? a : whole(item.substr(dash + 1));
            if (ts[k].quoted || !a || !b || std::stoi(*b) < std::stoi(*a)) {
              ok = false;
              bad(ts[k], how);
              break;
            }
            for (int n = std::stoi(*a); n <= std::stoi(*b); ++n) g.strategies.emplace_back(std::to_string(n), ts[k].at);
          }
        } else {
          ok = false;
          bad(t, how);
        }
      }
      if (!ok) continue;
      if (g.strategies.empty()) {
        bad(ts.back(), how);
        continue;
      }
      if (auto same = std::find_if(r.groups.begin(), r.groups.end(), [&](auto& o) { return o.id == g.id; });
          same != r.groups.end()) {
        diags.report(msg::RulesTwice, d.at, fmt::format("group {}", g.id)).note(same->at, txt::FirstGivenHere);
        continue;
      }
      r.groups.push_back(std::move(g));
    } else if (key == "write") {
      if (!args(1, "write both")) continue;
      std::string_view w = ts[1].text;
      if (w == "plan") r.write = Rules::Write::Plan;
      else if (w == "round") r.write = Rules::Write::Round;
      else if (w == "both") r.write = Rules::Write::Both;
      else bad(ts[1], "write both");
    } else {
      auto& e = diags.report(msg::RulesUnknownDirective, d.at, key);
      if (std::string best = closest(key, kDirectives); !best.empty()) e.help(txt::DidYouMean, best);
      else e.help(txt::RulesDirectives, fmt::format("`{}`", fmt::join(kDirectives, "`, `")));
    }
  }
  return r;
}

}  // namespace planc::imports
