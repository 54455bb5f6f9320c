#include "support/diagnostics.hpp"

#include <algorithm>
#include <fmt/args.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/utf8.hpp"

namespace planc {

const std::vector<CodeInfo>& all_codes() {
  static const std::vector<CodeInfo> codes = {
#define PLANC_DIAG(id, code, sev, title, title_th) {Code::id, code, Severity::sev, title, title_th},
#include "support/diag_codes.def"
#undef PLANC_DIAG
  };
  return codes;
}

const std::vector<NamedWords>& all_texts() {
  static const std::vector<NamedWords> texts = {
#define PLANC_TEXT(name, en, th, ...) {#name, &txt::name.words, false},
#define PLANC_MESSAGE(name, code, en, th, ...) {#name, &msg::name.words, true},
#include "support/diag_messages.def"
#undef PLANC_MESSAGE
#undef PLANC_TEXT
  };
  return texts;
}

const CodeInfo& info(Code c) { return all_codes()[static_cast<std::size_t>(c)]; }

std::string_view title(const CodeInfo& ci, Lang l) { return l == Lang::Th ? ci.title_th : ci.title; }

std::string_view severity_word(Severity s, Lang l) {
  if (l == Lang::En) return severity_name(s);
  switch (s) {
    case Severity::Note: return "หมายเหตุ";
    case Severity::Warning: return "คำเตือน";
    case Severity::Error: return "ข้อผิดพลาด";
  }
  return "ข้อผิดพลาด";
}

namespace {

// A Thai text of the registry in the plan's words for its levels: under
// `levels "องค์ประกอบ" "ตัวบ่งชี้"`, "ยุทธศาสตร์ที่ {}" reads "องค์ประกอบที่ {}"
// and "ตัวชี้วัด {}" reads "ตัวบ่งชี้ {}", wherever the text names a level
// (outside `code quotes`: the keyword `strategy` stays). A plan that names
// no word for its strategies has the report's: "ประเด็นยุทธศาสตร์ที่ {}", as
// its tables print them. Only the registry's words change, never a value
// given to them (a title, a file name). Into a format (`format`), the words
// are put in with their braces doubled.
std::string in_level_words(std::string_view s, const Locale& l, bool format) {
  static constexpr std::string_view kStrategy = "ยุทธศาสตร์", kIndicator = "ตัวชี้วัด";
  const bool indicators = !l.indicator_word.empty();
  // Most texts name no level: returned as they are, without a copy made byte by byte.
  if (s.find(kStrategy) == std::string_view::npos && (!indicators || s.find(kIndicator) == std::string_view::npos))
    return std::string(s);
  auto literal = [&](std::string_view w) {
    std::string out;
    for (char c : w) {
      out += c;
      if (format && (c == '{' || c == '}')) out += c;
    }
    return out;
  };
  const std::string strategy = literal(l.strategy_word.empty() ? std::string_view("ประเด็นยุทธศาสตร์") : l.strategy_word),
                    indicator = literal(l.indicator_word);
  std::string out;
  out.reserve(s.size() + 32);
  bool code = false;
  // From one thing that matters to the next (a backquote, a level's word),
  // the text between copied as a run.
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t quote = s.find('`', i), st = code ? quote : s.find(kStrategy, i),
                      in = code || !indicators ? quote : s.find(kIndicator, i);
    const std::size_t next = std::min({quote, st, in});
    if (next == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, next - i));
    if (next == quote) {
      code = !code;
      out += '`';
      i = next + 1;
    } else if (next == st) {
      out += strategy;
      i = next + kStrategy.size();
    } else {
      out += indicator;
      i = next + kIndicator.size();
    }
  }
  return out;
}

}  // namespace

std::string Text::words_in(Lang l, const Locale* levels) const {
  if (!words) return {};
  // (Not the text that says what `levels` takes: it names the levels by planc's words.)
  const bool reword = levels && l == Lang::Th && words != &txt::WantLevelWords.words;
  auto in_words = [&](std::string_view w, bool format) {
    return reword ? in_level_words(w, *levels, format) : std::string(w);
  };
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const TextArg& a : args) {
    if (auto* s = std::get_if<std::string>(&a)) store.push_back(*s);
    else if (auto* i = std::get_if<long long>(&a)) store.push_back(*i);
    else if (auto* u = std::get_if<unsigned long long>(&a)) store.push_back(*u);
    else if (auto* t = std::get_if<Term>(&a)) {
      // A term is a format without arguments (PLANC_TEXT with none): `{{ ... }}` is `{ ... }`.
      std::string term = t->words ? in_words(t->words->in(l), true) : std::string();
      store.push_back(fmt::vformat(fmt::string_view(term.data(), term.size()), fmt::format_args()));
    }
    else if (auto* n = std::get_if<std::shared_ptr<const Text>>(&a))
      store.push_back(*n ? (*n)->words_in(l, levels) : std::string());
  }
  // The formats were checked against these types when planc was compiled
  // (and the level words put in have their braces doubled).
  if (!reword) return fmt::vformat(fmt::string_view(words->in(l).data(), words->in(l).size()), store);
  std::string format = in_words(words->in(l), true);
  return fmt::vformat(fmt::string_view(format.data(), format.size()), store);
}

std::string Text::str(const Locale& l) const {
  std::string s = words_in(l.lang, &l);
  bool thai = l.lang == Lang::Th && l.thai_digits;
  // Most texts have no digit to change: returned as they are.
  bool change = thai ? s.find_first_of("0123456789") != std::string::npos : s.find("\xE0\xB9") != std::string::npos;
  return change ? in_digits(s, l) : s;
}

std::string in_digits(std::string_view s, const Locale& l) {
  bool thai = l.lang == Lang::Th && l.thai_digits;
  // Outside `code quotes`, numbers in the reader's digits: the text between
  // the bytes that matter (a backquote; a digit, or the lead byte of a Thai
  // digit ๐..๙, E0 B9 90..99) is copied as a run.
  std::string out;
  out.reserve(s.size() + 16);
  bool code = false;
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '`') {
      code = !code;
      continue;
    }
    if (code) continue;
    if (thai && c >= '0' && c <= '9') {
      out.append(s, run, i - run);
      char d[3] = {'\xE0', '\xB9', static_cast<char>(0x90 + (c - '0'))};
      out.append(d, 3);
      run = i + 1;
    } else if (!thai && c == '\xE0' && i + 2 < s.size() && s[i + 1] == '\xB9' &&
               static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      out.append(s, run, i - run);
      out += static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90));
      i += 2;
      run = i + 1;
    }
  }
  out.append(s, run, s.size() - run);
  return out;
}

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic& Diagnostics::report_text(Code c, Span span, Text message) {
  Severity sev = info(c).severity;
  errors_ += sev == Severity::Error;
  warnings_ += sev == Severity::Warning;
  diags_.push_back(Diagnostic{c, sev, span, std::move(message), {}, {}});
  return diags_.back();
}

void Diagnostics::append(Diagnostics&& other) {
  if (diags_.empty()) diags_ = std::move(other.diags_);
  else diags_.insert(diags_.end(), std::make_move_iterator(other.diags_.begin()), std::make_move_iterator(other.diags_.end()));
  errors_ += other.errors_;
  warnings_ += other.warnings_;
  other = {};
}

void Diagnostics::sort() {
  std::stable_sort(diags_.begin(), diags_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.file != b.span.file) return a.span.file < b.span.file;
    return a.span.begin < b.span.begin;
  });
}

void Diagnostics::promote_warnings() {
  for (auto& d : diags_)
    if (d.severity == Severity::Warning) d.severity = Severity::Error;
  errors_ += warnings_;
  warnings_ = 0;
}

namespace {

const char* sev_color(Severity s) {
  switch (s) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    default: return "\x1b[1;36m";
  }
}

// Appends the source line and a caret/underline under [begin, end) of that line.
void snippet(const SourceFile& f, const Span& sp, const RenderOptions& o, std::string& out) {
  const std::uint32_t line_no = f.line_of(sp.begin);
  std::string_view line = f.line_text(line_no);
  std::uint32_t lstart = f.line_starts()[line_no - 1];
  std::uint32_t b = std::max(sp.begin, lstart) - lstart;
  if (b > line.size()) b = static_cast<std::uint32_t>(line.size());
  std::uint32_t e = std::min<std::uint32_t>(std::max(sp.end, sp.begin) - lstart,
                                            static_cast<std::uint32_t>(line.size()));
  if (e < b) e = b;
  // Very long lines are shown as a window around the span.
  constexpr std::uint32_t kWindow = 160;
  std::uint32_t from = 0;
  std::string_view shown = line;
  if (line.size() > 2 * kWindow) {
    from = b > kWindow / 2 ? b - kWindow / 2 : 0;
    while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) --from;
    std::uint32_t to = std::min<std::uint32_t>(from + 2 * kWindow, line.size());
    while (to < line.size() && (static_cast<unsigned char>(line[to]) & 0xC0) == 0x80) ++to;
    shown = line.substr(from, to - from);
  }
  // A workbook's cell is shown under its name ("C12"), not a line number.
  std::string num = f.places.empty() ? fmt::format("{}", line_no) : std::string(f.place_of(sp.begin));
  if (auto bang = num.rfind('!'); bang != std::string::npos) num = num.substr(bang + 1);
  std::string pad(static_cast<std::size_t>(utf8::display_width(num)), ' ');
  std::string tabs_fixed;
  for (char c : shown) {
    if (c == '\t') tabs_fixed += ' ';
    else if (c >= 0 && c < 0x20) utf8::encode(0x2400 + static_cast<char32_t>(c), tabs_fixed);  // ␀ ...
    else tabs_fixed += c;
  }
  tabs_fixed = utf8::sanitize(tabs_fixed);
  out += fmt::format("{} |\n{} | {}{}\n", pad, num, from > 0 ? "..." : "", tabs_fixed);
  std::string_view before = shown.substr(0, std::min<std::size_t>(b - from, shown.size()));
  std::string_view under =
      shown.substr(std::min<std::size_t>(b - from, shown.size()),
                   std::min<std::size_t>(e - b, shown.size() - std::min<std::size_t>(b - from, shown.size())));
  int lead = utf8::display_width(before) + (from > 0 ? 3 : 0);
  int w = std::max(1, utf8::display_width(under));
  std::string marks = std::string(static_cast<std::size_t>(w), '^');
  out += fmt::format("{} | {}{}{}{}\n", pad, std::string(static_cast<std::size_t>(lead), ' '),
                     o.color ? "\x1b[1;32m" : "", marks, o.color ? "\x1b[0m" : "");
}

}  // namespace

namespace {
// "file:line:col: ", "book.xlsx:Sheet1!C12: " for a workbook's cell, or
// nothing for a diagnostic about no place in particular.
std::string location(const SourceManager& sm, const Span& s) {
  if (!s.valid()) return "";
  const SourceFile& f = sm.get(s.file);
  if (!f.places.empty()) return fmt::format("{}:{}: ", f.name, f.place_of(s.begin));
  return fmt::format("{}:{}:{}: ", f.name, sm.line(s), sm.col(s));
}
}  // namespace

std::string render_text(const SourceManager& sm, const Diagnostic& d, const RenderOptions& o) {
  std::string out;
  const CodeInfo& ci = info(d.code);
  const Locale& l = o.locale;
  std::string where = location(sm, d.span);
  std::string message = d.message.str(l);
  std::string_view sev = severity_word(d.severity, l.lang);
  if (o.color)
    out += fmt::format("\x1b[1m{}\x1b[0m{}{}[{}]\x1b[0m\x1b[1m: {}\x1b[0m\n", where, sev_color(d.severity), sev,
                       ci.code, message);
  else
    out += fmt::format("{}{}[{}]: {}\n", where, sev, ci.code, message);
  if (d.span.valid()) snippet(sm.get(d.span.file), d.span, o, out);
  std::string_view note = l.lang == Lang::Th ? "หมายเหตุ" : "note", hint = l.lang == Lang::Th ? "คำแนะนำ" : "hint";
  for (const Note& n : d.notes) out += fmt::format("  = {}: {}{}\n", note, location(sm, n.span), n.message.str(l));
  if (!d.hint.empty()) out += fmt::format("  = {}: {}\n", hint, d.hint.str(l));
  return out;
}

namespace {
using Json = nlohmann::ordered_json;  // keys in the order they are set

// As planc prints JSON with nlohmann: on one line, no spaces, UTF-8 as it is
// (support/json_writer.hpp escapes the same way); a file name from the
// command line that is not UTF-8 gets U+FFFD rather than an exception.
std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json span_json(const SourceManager& sm, const Span& s) {
  if (!s.valid()) return nullptr;
  const SourceFile& f = sm.get(s.file);
  if (!f.places.empty()) return Json{{"file", f.name}, {"cell", f.place_of(s.begin)}};
  return Json{{"file", f.name}, {"line", sm.line(s)}, {"column", sm.col(s)}, {"begin", s.begin}, {"end", s.end}};
}
}  // namespace

std::string render_json(const SourceManager& sm, const std::vector<Diagnostic>& ds, const Locale& l) {
  Json out = Json::array();
  for (const Diagnostic& d : ds) {
    Json notes = Json::array();
    for (const Note& n : d.notes)
      notes.push_back(Json{{"message", n.message.str(l)}, {"span", span_json(sm, n.span)}});
    out.push_back(Json{{"code", info(d.code).code},
                       {"severity", severity_name(d.severity)},
                       {"lang", lang_code(l.lang)},
                       {"message", d.message.str(l)},
                       {"span", span_json(sm, d.span)},
                       {"notes", std::move(notes)},
                       {"hint", d.hint.empty() ? Json() : Json(d.hint.str(l))}});
  }
  return dump(out);
}

std::string render_short(const SourceManager& sm, const Diagnostic& d, const Locale& l) {
  return fmt::format("{}{}[{}]: {}\n", location(sm, d.span), severity_name(d.severity), info(d.code).code,
                     d.message.str(l));
}

namespace {
Json sarif_location(const SourceManager& sm, const Span& s) {
  const SourceFile& f = sm.get(s.file);
  if (!f.places.empty())  // a workbook's cell: SARIF's logical location, as a region has no meaning there
    return Json{{"physicalLocation", {{"artifactLocation", {{"uri", f.name}}}}},
                {"logicalLocations", Json::array({Json{{"fullyQualifiedName", f.place_of(s.begin)}, {"kind", "cell"}}})}};
  std::uint32_t end = std::max(s.end, s.begin);
  std::uint32_t end_line = f.line_of(end > s.begin ? end - 1 : end);
  std::uint32_t end_col = end > s.begin ? f.col_of(end - 1) + 1 : sm.col(s);
  return Json{{"physicalLocation",
               {{"artifactLocation", {{"uri", f.name}}},
                {"region", {{"startLine", sm.line(s)}, {"startColumn", sm.col(s)}, {"endLine", end_line},
                            {"endColumn", end_col}}}}}};
}
const char* sarif_level(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note";
}
}  // namespace

std::string render_sarif(const SourceManager& sm, const std::vector<Diagnostic>& ds, const Locale& l) {
  Json rules = Json::array();
  for (const CodeInfo& ci : all_codes())
    rules.push_back(Json{{"id", ci.code},
                         {"shortDescription", {{"text", title(ci, l.lang)}}},
                         {"defaultConfiguration", {{"level", sarif_level(ci.severity)}}},
                         {"helpUri", "docs/diagnostics.md"}});
  Json results = Json::array();
  for (const Diagnostic& d : ds) {
    std::string text = d.message.str(l);
    if (!d.hint.empty()) text += (l.lang == Lang::Th ? " (คำแนะนำ: " : " (hint: ") + d.hint.str(l) + ")";
    Json r{{"ruleId", info(d.code).code}, {"level", sarif_level(d.severity)}, {"message", {{"text", text}}}};
    if (d.span.valid()) r["locations"] = Json::array({sarif_location(sm, d.span)});
    Json related = Json::array();
    int id = 0;
    for (const Note& n : d.notes) {
      if (!n.span.valid()) continue;
      Json loc{{"id", id++}, {"message", {{"text", n.message.str(l)}}}};
      loc.update(sarif_location(sm, n.span));
      related.push_back(std::move(loc));
    }
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    results.push_back(std::move(r));
  }
  Json driver{{"name", "planc"}, {"version", "0.1.0"}, {"rules", std::move(rules)}};
  Json run{{"tool", {{"driver", std::move(driver)}}},
           {"language", lang_code(l.lang)},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  Json sarif{{"version", "2.1.0"},
             {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
             {"runs", Json::array({std::move(run)})}};
  return dump(sarif) + "\n";
}

std::string closest(std::string_view word_bytes, const std::vector<std::string>& candidate_bytes) {
  // By code points, not bytes: Thai letters share their first two bytes in
  // UTF-8, so a byte distance finds `ระบบ` as close to `ระดบ` as `ระดับ`.
  auto points = [](std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t j = i;
      char32_t c = utf8::decode(s, j);
      if (j == i) j = i + 1;  // never stuck on a bad byte
      out += c;
      i = j;
    }
    return out;
  };
  std::u32string word = points(word_bytes);
  auto dist = [](std::u32string_view a, std::u32string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      cur[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j)
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      std::swap(prev, cur);
    }
    return prev[b.size()];
  };
  std::string best;
  std::size_t best_d = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidate_bytes) {
    std::size_t d = dist(word, points(c));
    if (d < best_d) { best_d = d; best = c; }
  }
  // A word cut short (`contrib`): the one candidate it begins, if only one does.
  if (best.empty() && word.size() >= 3) {
    for (const auto& c : candidate_bytes)
      if (points(c).starts_with(word)) {
        if (!best.empty()) return {};
        best = c;
      }
  }
  return best;
}

}  // namespace planc
