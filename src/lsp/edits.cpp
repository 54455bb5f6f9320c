// Formatting (the layout of `planc fmt`) and code actions (a hint's
// replacement; the round's missing results as skeletons).
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "check/model.hpp"
#include "driver/loader.hpp"
#include "lsp/features.hpp"
#include "lsp/labels.hpp"
#include "report/format.hpp"
#include "review/format.hpp"
#include "review/textdiff.hpp"

namespace planc::lsp {

namespace {

Json range_json(Position a, Position b) { return {{"start", position_json(a)}, {"end", position_json(b)}}; }

// The document laid out as `planc fmt` does, or nullopt when it does not parse
// (or, as fmt refuses to, when the layout would not parse again).
std::optional<std::string> formatted(const Document& d) {
  driver::Program p;
  std::string name = d.path.empty() ? d.uri : d.path;
  syntax::SyntaxFile cst = driver::parse_text(p, name, d.text);
  if (p.diags.has_errors()) return std::nullopt;
  std::string out = review::format(p.sources.get(cst.file), cst);
  driver::Program again;
  driver::parse_text(again, name, out);
  if (again.diags.has_errors()) return std::nullopt;
  return out;
}

}  // namespace

Json formatting(Workspace& ws, const Json& params, bool range) {
  const Document* d = ws.doc(params.at("textDocument").at("uri").get<std::string>());
  Json edits = Json::array();
  if (!d) return edits;
  std::optional<std::string> out = formatted(*d);
  if (!out || *out == d->text) return edits;
  std::uint32_t from = 0, to = UINT32_MAX;
  if (range) {
    from = params.at("range").at("start").at("line").get<std::uint32_t>();
    to = params.at("range").at("end").at("line").get<std::uint32_t>();
  }
  // Line by line, so that the cursor and the unchanged lines stay put; the
  // whole text replaced when the changes would not give the layout exactly.
  std::vector<review::LineChange> changes = review::line_changes(d->text, *out);
  std::string applied;
  std::size_t line = 0, at = 0;
  auto skip_lines = [&](std::size_t n) {
    std::size_t b = at;
    for (std::size_t k = 0; k < n && at < d->text.size(); ++k) {
      std::size_t nl = d->text.find('\n', at);
      at = nl == std::string::npos ? d->text.size() : nl + 1;
    }
    return std::string_view(d->text).substr(b, at - b);
  };
  for (const review::LineChange& c : changes) {
    applied += skip_lines(c.line - line);
    skip_lines(c.removed);
    applied += c.inserted;
    line = c.line + c.removed;
  }
  applied += std::string_view(d->text).substr(at);
  if (applied != *out) {
    if (range) return edits;  // a change that cannot be cut into lines: only the whole document
    Position end = d->lines.position(d->text, static_cast<std::uint32_t>(d->text.size()));
    edits.push_back({{"range", range_json({0, 0}, end)}, {"newText", *out}});
    return edits;
  }
  // A run of lines each laid out anew: one edit per line, so that a range
  // takes only its own lines.
  std::vector<review::LineChange> split;
  for (review::LineChange& c : changes) {
    std::size_t lines = static_cast<std::size_t>(std::count(c.inserted.begin(), c.inserted.end(), '\n'));
    if (c.removed < 2 || lines != c.removed) {
      split.push_back(std::move(c));
      continue;
    }
    std::size_t at = 0;
    for (std::size_t k = 0; k < lines; ++k) {
      std::size_t nl = c.inserted.find('\n', at);
      split.push_back({c.line + k, 1, c.inserted.substr(at, nl + 1 - at)});
      at = nl + 1;
    }
  }
  for (const review::LineChange& c : split) {
    if (c.removed == 1 && d->text.compare(d->lines.offset(d->text, {static_cast<std::uint32_t>(c.line), 0}),
                                          c.inserted.size(), c.inserted) == 0)
      continue;  // this line of the run was already laid out
    auto first = static_cast<std::uint32_t>(c.line);
    auto last = static_cast<std::uint32_t>(c.line + (c.removed ? c.removed - 1 : 0));
    if (range && (last < from || first > to)) continue;
    Position b{first, 0}, e{static_cast<std::uint32_t>(c.line + c.removed), 0};
    edits.push_back({{"range", range_json(b, e)}, {"newText", c.inserted}});
  }
  return edits;
}

namespace {

bool thai_digits_in(std::string_view s) { return s.find("\xE0\xB9") != std::string_view::npos; }

}  // namespace

// The indicators active this round with no result yet, in the plan's order
// (completion after `result`, the code action that adds them).
std::vector<const check::IndicatorModel*> missing_results(const Analysis& a) {
  std::vector<const check::IndicatorModel*> out;
  if (!a.c->model || !a.c->model->round) return out;
  const check::PlanModel& m = *a.c->model;
  std::optional<int> months;
  if (int n = check::whole_number(m.round->months)) months = n;
  auto consider = [&](const check::IndicatorModel& im) {
    if (!im.result && check::standing(*im.ast, months) == check::Standing::Active) out.push_back(&im);
  };
  for (const check::StrategyModel& s : m.strategies)
    for (const check::IndicatorModel& im : s.indicators) {
      consider(im);
      for (const check::IndicatorModel& sub : im.subs) consider(sub);
    }
  return out;
}

Json code_actions(Workspace& ws, const Json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  Json out = Json::array();
  Known k = ws.find(uri);
  if (!k || !k.doc) return out;
  const Document& d = *k.doc;
  const Analysis& a = *k.a;
  const Labels& w = labels(a.locale.lang);
  std::uint32_t from = 0, to = static_cast<std::uint32_t>(d.text.size());
  if (params.contains("range")) {
    from = d.lines.offset(d.text, {params["range"]["start"].value("line", 0u), params["range"]["start"].value("character", 0u)});
    to = d.lines.offset(d.text, {params["range"]["end"].value("line", 0u), params["range"]["end"].value("character", 0u)});
  }
  Json client_diags = params.contains("context") ? params["context"].value("diagnostics", Json::array()) : Json::array();

  // A hint that says what to write instead: the name it suggests, in place of what the diagnostic points at.
  const SourceFile& sf = a.c->program.sources.get(k.file);
  std::set<std::string> offered;
  for (const Diagnostic& diag : a.c->program.diags.all()) {
    if (diag.span.file != k.file || diag.span.end < from || diag.span.begin > to) continue;
    if (diag.hint.words != &txt::DidYouMean.words || diag.hint.args.empty()) continue;
    const auto* best = std::get_if<std::string>(&diag.hint.args[0]);
    if (!best || best->empty()) continue;
    std::string_view written = sf.text.substr(diag.span.begin, diag.span.end - diag.span.begin);
    if (written.empty() || written.find_first_of(" \t\n\"{}") != std::string_view::npos) continue;
    if (!offered.insert(fmt::format("{}:{}", diag.span.begin, *best)).second) continue;
    Json range = range_of(a, diag.span);
    Json matched = Json::array();
    for (const Json& cd : client_diags)
      if (cd.value("code", "") == info(diag.code).code && cd.value("range", Json()) == range) matched.push_back(cd);
    Json edit{{"range", range}, {"newText", *best}};
    Json action{{"title", fmt::format(fmt::runtime(w.replace_with), *best)},
                {"kind", "quickfix"},
                {"isPreferred", true},
                {"edit", {{"changes", {{uri, Json::array({edit})}}}}}};
    if (!matched.empty()) action["diagnostics"] = matched;
    out.push_back(std::move(action));
  }

  // The round's results still missing, as skeletons at the end of the file.
  const ast::Module* mod = k.module();
  std::vector<const check::IndicatorModel*> missing = missing_results(a);
  if (mod && (mod->round || !mod->results.empty()) && !missing.empty()) {
    // Ids written as the file's results write them; with none yet, in the plan's digits.
    bool thai = a.locale.thai_digits;
    for (const ast::Result& r : mod->results) {
      if (r.id.span.valid()) thai = thai_digits_in(sf.text.substr(r.id.span.begin, r.id.span.end - r.id.span.begin));
      break;
    }
    std::string text = d.text.empty() || d.text.back() == '\n' ? "" : "\n";
    for (const check::IndicatorModel* im : missing) {
      std::string id = report::digits(im->id, thai);
      std::string target;
      if (const ast::Target* t = check::target_of(*im->ast, a.c->model->year))
        target = report::target_text(*t, a.locale.lang == Lang::Th, thai);
      text += fmt::format("\n// {} {}{}\nresult {} {{\n  value \n}}\n", id, im->ast->title.value,
                          target.empty() ? "" : fmt::format(" ({}: {})", w.target, target), id);
    }
    Position end = d.lines.position(d.text, static_cast<std::uint32_t>(d.text.size()));
    Json edit{{"range", range_json(end, end)}, {"newText", text}};
    out.push_back({{"title", fmt::format(fmt::runtime(w.add_missing_results),
                                         report::digits(std::to_string(missing.size()), a.locale.thai_digits))},
                   {"kind", "quickfix"},
                   {"edit", {{"changes", {{uri, Json::array({edit})}}}}}});
  }
  return out;
}

}  // namespace planc::lsp
