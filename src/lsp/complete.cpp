// Completion: what may be written where the cursor is, read from the text
// before it (the block it is in, the words of its line so far) and from the
// plan's compilation (names, indicators without a result).
#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "lsp/features.hpp"
#include "lsp/labels.hpp"
#include "report/format.hpp"

namespace planc::lsp {

namespace {

// The fields each kind of block takes, as ast/lower.cpp's field tables list
// them (tests/unit/lsp_test.cpp lowers each one to hold the two together).
struct Block {
  std::string_view name;
  std::vector<std::string_view> fields;
};
const std::vector<Block>& blocks() {
  static const std::vector<Block> k{
      {"file", {"use", "plan", "unit", "office", "scale", "group", "strategy", "round", "result", "reported", "deduct", "add",
                "recommendation"}},
      {"group", {"weight", "strategy"}},  // strategies grouped, with the group's weight
      {"plan", {"agency", "by", "years", "language", "digits", "scale", "overall", "columns", "weights", "calendar",
                "levels", "numbering", "quality"}},
      {"unit", {"kind", "th", "en"}},
      {"office", {"en"}},
      {"scale", {"point", "band", "of", "between", "below", "above", "description", "en"}},
      {"strategy", {"indicator", "goal", "mission", "scale", "weight"}},
      {"indicator", {"unit", "target", "weight", "starts", "cancelled", "scale", "basis", "aggregate", "offices", "lead",
                     "project", "note", "indicator"}},
      {"project", {"budget", "note"}},  // a project of the plan (in an indicator)
      {"round", {"months", "year", "title", "date", "body", "assessment", "preface", "introduction", "objective",
                 "method", "tolerance", "frozen", "restated", "rounding"}},
      {"result", {"weight", "value", "values", "score", "na", "cancelled", "says", "aggregate", "account", "project",
                  "offices", "lead", "reported"}},
      {"reported", {"percent", "score", "weighted", "sum", "count"}},  // a result's published figures
      {"progress", {"budget", "disbursed", "remaining", "status", "note"}},  // a project in a result
      {"total", {"score", "percent", "weight-sum", "weighted", "quality"}},                 // `reported` at the top: a strategy's or the overall
  };
  return k;
}

// The words a field's value is one of.
const std::vector<std::pair<std::string_view, std::vector<std::string_view>>>& choices() {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> k{
      {"language", {"th", "en"}},
      {"digits", {"thai", "arabic"}},
      {"overall", {"mean", "weighted", "rows", "none"}},
      {"numbering", {"in-order", "standard"}},
      {"columns", {"percent", "score", "weighted", "contribution"}},
      {"weights", {"fraction", "percent", "points", "whole"}},
      {"calendar", {"fiscal", "academic"}},
      {"assessment", {"self", "committee"}},
      {"kind", {"percent", "level", "score", "count"}},
      {"of", {"percent", "value", "level"}},
      {"between", {"linear", "step"}},
      {"below", {"proportional", "zero", "first"}},
      {"above", {"cap", "extend"}},
      {"basis", {"ratio", "direct", "given"}},
      {"aggregate", {"mean", "sum", "min", "max"}},
      {"rounding", {"none", "rows"}},
      {"status", {"not-started", "in-progress", "postponed", "done", "cancelled", "ยังไม่ดำเนินการ",
                  "อยู่ระหว่างดำเนินการ", "เลื่อน", "ดำเนินการแล้ว", "ยกเลิก"}},
      {"target", {">=", "<=", "=", "at-least", "at-most", "equal", "ไม่น้อยกว่า", "ไม่เกิน", "ไม่มากกว่า", "เท่ากับ"}},
  };
  return k;
}

bool name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

struct Context {
  std::string block = "file";       // the kind of block the cursor is in
  std::vector<std::string> words;   // the words of the statement before the one being typed
  std::uint32_t partial = 0;        // where the word being typed starts
  bool in_text = false;             // inside a string or a comment: nothing to complete
};

// What the text before `off` says about the place.
Context context_at(std::string_view s, std::uint32_t off) {
  Context c;
  std::vector<std::string> stack;  // kinds of the open blocks
  std::vector<std::string> words;
  auto kind_of = [&](const std::vector<std::string>& w) -> std::string {
    std::string parent = stack.empty() ? "file" : stack.back();
    std::string key = w.empty() ? "" : w.front();
    if (key == "project") return parent == "result" ? "progress" : "project";
    if (key == "reported") return parent == "file" ? "total" : "reported";
    return key;
  };
  std::size_t i = 0, end = std::min<std::size_t>(off, s.size());
  bool typing = false;
  while (i < end) {
    char ch = s[i];
    if (ch == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      std::size_t nl = s.find('\n', i);
      if (nl == std::string_view::npos || nl >= end) {
        c.in_text = true;
        return c;
      }
      i = nl;
      continue;
    }
    if (ch == '"') {
      std::size_t e;
      if (s.substr(i, 3) == "\"\"\"") {
        e = s.find("\"\"\"", i + 3);
        e = e == std::string_view::npos ? s.size() : e + 3;
      } else {
        e = i + 1;
        while (e < s.size() && s[e] != '"' && s[e] != '\n') e += s[e] == '\\' ? 2 : 1;
        e = std::min(s.size(), e + 1);
      }
      if (e > end) {
        c.in_text = true;
        return c;
      }
      words.emplace_back("\"");
      i = e;
      continue;
    }
    if (ch == '{') {
      stack.push_back(kind_of(words));
      words.clear();
    } else if (ch == '}') {
      if (!stack.empty()) stack.pop_back();
      words.clear();
    } else if (ch == '\n' || ch == ';') {
      words.clear();
    } else if (name_byte(ch) || ch == '>' || ch == '<' || ch == '=') {
      std::size_t e = i;
      bool sym = !name_byte(ch);
      while (e < end && (sym ? (s[e] == '>' || s[e] == '<' || s[e] == '=') : name_byte(s[e]))) ++e;
      if (e == end && !sym) {  // the word being typed
        c.partial = static_cast<std::uint32_t>(i);
        typing = true;
        break;
      }
      words.emplace_back(s.substr(i, e - i));
      i = e;
      continue;
    }  // a comma goes on with the statement (offices a, b)
    ++i;
  }
  if (!typing) c.partial = static_cast<std::uint32_t>(end);
  c.block = stack.empty() ? "file" : stack.back();
  c.words = std::move(words);
  return c;
}

enum ItemKind { kKeyword = 14, kValue = 12, kReference = 18, kFile = 17, kField = 5, kEnumMember = 20, kConstant = 21 };

}  // namespace

Json completion(Workspace& ws, const Json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const Document* d = ws.doc(uri);
  Json items = Json::array();
  if (!d) return items;
  auto off = offset_of(*d, params.at("position"));
  if (!off) return items;
  Context c = context_at(d->text, *off);
  if (c.in_text) return items;
  Json range{{"start", position_json(d->lines.position(d->text, c.partial))},
             {"end", position_json(d->lines.position(d->text, *off))}};
  int order = 0;
  auto add = [&](std::string label, int kind, std::string detail = {}, std::string insert = {}) {
    Json j{{"label", label}, {"kind", kind}, {"sortText", fmt::format("{:05}", order++)}};
    if (!detail.empty()) j["detail"] = detail;
    j["textEdit"] = {{"range", range}, {"newText", insert.empty() ? label : insert}};
    items.push_back(std::move(j));
  };

  if (c.words.empty()) {  // a field of the block
    for (const Block& b : blocks())
      if (b.name == c.block)
        for (std::string_view f : b.fields) add(std::string(f), kKeyword, c.block);
    return items;
  }
  const std::string& key = c.words.front();
  if (key == "use" && c.block == "file") {
    add("std/units", kFile, "", "\"std/units\"");
    add("std/scales", kFile, "", "\"std/scales\"");
    std::error_code ec;
    std::vector<std::string> names;
    if (!d->path.empty())
      for (std::filesystem::directory_iterator it(d->folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".plan" && it->path().string() != d->path)
          names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    for (const std::string& n : names) add(n, kFile, "", fmt::format("\"{}\"", n));
    return items;
  }
  for (const auto& [field, words] : choices())
    if (key == field && (key != "target" || c.words.size() == 1) && (key != "kind" || c.block == "unit")) {
      for (std::string_view w : words) add(std::string(w), kEnumMember, std::string(field));
      return items;
    }

  Known k = ws.find_checked(uri);  // a line half typed does not check: the last that did
  if (!k || !k.a->c->model) return items;
  const check::PlanModel& m = *k.a->c->model;
  const Labels& w = labels(k.a->locale.lang);
  bool top = c.block == "file";
  if (key == "result" && top && c.words.size() == 1) {
    for (const check::IndicatorModel* im : missing_results(*k.a))
      add(std::string(im->id), kReference, fmt::format("{} ({})", im->ast->title.value, w.no_result_yet));
    return items;
  }
  if ((key == "offices" || key == "lead") && !top) {
    for (const auto& [n, o] : m.offices) add(std::string(n), kConstant, std::string(o->title.value));
    return items;
  }
  if (key == "unit" && !top && c.words.size() == 1) {
    for (const auto& [n, u] : m.units) add(std::string(n), kValue, report::unit_label(u, k.a->locale.lang == Lang::Th));
    return items;
  }
  // `scale NAME`: the scales that score (points); the plan's `quality NAME`: those of bands.
  if ((key == "scale" || (key == "quality" && c.block == "plan")) && !top && c.words.size() == 1) {
    for (const auto& [n, s] : m.scales)
      if (s->is_quality() == (key == "quality")) add(std::string(n), kValue, s->title ? std::string(s->title->value) : "");
    return items;
  }
  if (key == "project" && c.block == "result" && c.words.size() == 1) {
    std::vector<std::pair<std::string_view, const ast::Project*>> ps(m.projects.begin(), m.projects.end());
    std::sort(ps.begin(), ps.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [n, p] : ps) add(std::string(n), kValue, std::string(p->title.value));
    return items;
  }
  return items;
}

}  // namespace planc::lsp
