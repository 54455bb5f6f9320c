// Diagnostics, hover, go to definition, references, symbols and inlay hints.
#include "lsp/features.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "lsp/labels.hpp"
#include "report/format.hpp"
#include "report/steps.hpp"
#include "support/utf8.hpp"

namespace planc::lsp {

// ---- positions ---------------------------------------------------------------

Json position_json(Position p) { return {{"line", p.line}, {"character", p.character}}; }

namespace {
Position position_in(const SourceFile& sf, std::uint32_t offset) {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(sf.text.size()));
  std::uint32_t line = sf.line_of(offset);  // 1-based
  std::uint32_t start = sf.line_starts()[line - 1];
  return {line - 1, utf16_length(sf.text.substr(start, offset - start))};
}
}  // namespace

Json range_of(const Analysis& a, Span s) {
  if (!s.valid() || s.file >= a.c->program.sources.size())
    return {{"start", position_json({})}, {"end", position_json({})}};
  const SourceFile& sf = a.c->program.sources.get(s.file);
  return {{"start", position_json(position_in(sf, s.begin))},
          {"end", position_json(position_in(sf, std::max(s.begin, s.end)))}};
}

std::string uri_of(const Analysis& a, FileId f, const Workspace& ws) {
  if (f >= a.c->program.sources.size()) return {};
  const std::string& path = a.c->program.sources.get(f).path;
  if (path.empty()) return {};
  for (const auto& [uri, d] : ws.docs())
    if (d.path == path || (d.path.empty() && uri == path)) return uri;
  if (path == a.root && path.find(':') != std::string::npos && path.front() != '/') return path;  // untitled:
  if (path.front() != '/') return {};
  return uri_of_path(path);
}

Json location_of(const Analysis& a, Span s, const Workspace& ws) {
  if (!s.valid()) return nullptr;
  std::string uri = uri_of(a, s.file, ws);
  if (uri.empty()) return nullptr;
  return {{"uri", uri}, {"range", range_of(a, s)}};
}

std::optional<std::uint32_t> offset_of(const Document& d, const Json& position) {
  if (!position.is_object()) return std::nullopt;
  Position p{position.at("line").get<std::uint32_t>(), position.at("character").get<std::uint32_t>()};
  return d.lines.offset(d.text, p);
}

// ---- diagnostics -----------------------------------------------------------

std::map<std::string, Json> diagnostics(const Workspace& ws, const std::string& folder) {
  std::map<std::string, Json> out;
  std::map<std::string, std::set<std::string>> seen;  // per URI: each diagnostic once
  for (const auto& a : ws.analyses(folder)) {
    const ast::Program& p = a->c->program;
    const Locale& l = a->locale;
    const Labels& w = labels(l.lang);
    std::string root_uri;
    for (const auto& [uri, d] : ws.docs())
      if ((d.path.empty() ? d.uri : d.path) == a->root) root_uri = uri;
    if (root_uri.empty() && !a->root.empty() && a->root.front() == '/') root_uri = uri_of_path(a->root);
    for (const Diagnostic& d : p.diags.all()) {
      std::string uri = d.span.valid() ? uri_of(*a, d.span.file, ws) : root_uri;
      if (uri.empty()) uri = root_uri;  // in the standard library: shown at the root's start
      Json j;
      j["range"] = d.span.valid() && uri == uri_of(*a, d.span.file, ws)
                       ? range_of(*a, d.span)
                       : Json{{"start", position_json({})}, {"end", position_json({})}};
      j["severity"] = d.severity == Severity::Error ? 1 : d.severity == Severity::Warning ? 2 : 3;
      j["code"] = std::string(info(d.code).code);
      j["source"] = "planc";
      std::string message = d.message.str(l);
      Json related = Json::array();
      for (const Note& n : d.notes) {
        Json loc = location_of(*a, n.span, ws);
        if (loc.is_null()) message += fmt::format("\n{}: {}", w.note, n.message.str(l));
        else related.push_back({{"location", loc}, {"message", n.message.str(l)}});
      }
      if (!d.hint.empty()) message += fmt::format("\n{}: {}", w.hint, d.hint.str(l));
      j["message"] = message;
      if (!related.empty()) j["relatedInformation"] = related;
      if (!seen[uri].insert(j.dump()).second) continue;
      out[uri].push_back(std::move(j));
    }
  }
  return out;
}

namespace {

// ---- figures as the plan writes them -----------------------------------------

struct Say {
  const Locale& l;
  const Labels& w;
  bool thai() const { return l.lang == Lang::Th; }
  std::string digits(std::string s) const { return l.thai_digits ? report::digits(s, true) : s; }
  std::string fixed(const Rational& r, int places) const { return digits(r.to_fixed(places)); }
  // A figure exactly, thousands separated as plans write them: 0.2, 126,000, 1/3 (0.3333).
  std::string exact(const Rational& r) const {
    if (r.is_finite_decimal()) return digits(report::grouped(r.to_decimal(0, 12)));
    return digits(fmt::format("{} ({})", r.to_fraction(), r.to_fixed(4)));
  }
};

Say say_for(const Analysis& a) { return Say{a.locale, labels(a.locale.lang)}; }

const eval::ScoredPlan* scored(const Analysis& a) { return a.c->scored ? &*a.c->scored : nullptr; }
const check::PlanModel* model(const Analysis& a) { return a.c->model ? &*a.c->model : nullptr; }
bool has_round(const Analysis& a) { return model(a) && model(a)->round; }

std::string indicator_hover(const Analysis& a, const check::IndicatorModel& im) {
  Say s = say_for(a);
  const check::PlanModel& m = *model(a);
  std::vector<std::string> lines;
  lines.push_back(fmt::format("**{} {}**", s.digits(std::string(im.id)), im.ast->title.value));
  std::vector<std::string> plan;
  std::string unit = report::unit_label(im.unit, s.thai());
  if (!unit.empty()) plan.push_back(fmt::format("{}: {}", s.w.unit, unit));
  if (const ast::Target* t = check::target_of(*im.ast, m.year)) {
    std::string text = report::target_text(*t, s.thai(), s.l.thai_digits);
    if (!text.empty()) plan.push_back(fmt::format("{}: {}", s.w.target, text));
  }
  const eval::Node* node = scored(a) ? eval::find(*scored(a), std::string(im.id)) : nullptr;
  if (node && node->weight) plan.push_back(fmt::format("{}: {}", has_round(a) ? s.w.weight_round : s.w.weight,
                                                       s.exact(*node->weight)));
  else if (im.weight) plan.push_back(fmt::format("{}: {}", s.w.weight, s.exact(im.weight->value)));
  if (!plan.empty()) lines.push_back(fmt::format("{}", fmt::join(plan, " · ")));
  if (!has_round(a) || !node) return fmt::format("{}", fmt::join(lines, "  \n"));
  int places = scored(a)->places;
  std::vector<std::string> round;
  switch (node->status) {
    case eval::Status::Scored:
    case eval::Status::Unweighted:
      if (node->value) round.push_back(fmt::format("{}: {}", s.w.result, s.exact(*node->value)));
      if (node->target && im.ast->target && im.ast->target->kind == ast::Target::Kind::Compound)
        round.push_back(fmt::format("{}: {}", s.w.target_round, s.exact(*node->target)));
      if (node->percent) round.push_back(fmt::format("{}: {}", s.w.percent, s.fixed(*node->percent, places)));
      if (node->score) round.push_back(fmt::format("{}: {}", s.w.score, s.fixed(*node->score, places)));
      if (node->weighted) round.push_back(fmt::format("{}: {}", s.w.weighted, s.fixed(*node->weighted, places)));
      if (node->status == eval::Status::Unweighted) round.push_back(std::string(s.w.unweighted));
      break;
    case eval::Status::Na:
      round.push_back(node->na_reason.empty() ? std::string(s.w.na)
                                              : fmt::format("{}: {}", s.w.na, report::na_words(*node, s.l)));
      break;
    case eval::Status::Missing: round.push_back(std::string(s.w.missing)); break;
    case eval::Status::Error: round.push_back(std::string(s.w.not_scored)); break;
  }
  if (!round.empty()) lines.push_back(fmt::format("{}", fmt::join(round, " · ")));
  return fmt::format("{}", fmt::join(lines, "  \n"));
}

std::string strategy_hover(const Analysis& a, const check::StrategyModel& sm) {
  Say s = say_for(a);
  std::vector<std::string> lines{
      fmt::format("**{} {} {}**", s.w.strategy, s.digits(sm.id), sm.ast ? sm.ast->title.value : "")};
  const eval::Node* node = scored(a) ? eval::find(*scored(a), sm.id) : nullptr;
  std::vector<std::string> figures;
  figures.push_back(fmt::format("{}: {}", s.w.indicators, s.digits(std::to_string(sm.indicators.size()))));
  if (node && has_round(a)) {
    int places = scored(a)->places;
    if (node->weight_sum) figures.push_back(fmt::format("Σ W: {}", s.exact(*node->weight_sum)));
    if (node->score) figures.push_back(fmt::format("{}: {}", s.w.score, s.fixed(*node->score, places)));
  }
  lines.push_back(fmt::format("{}", fmt::join(figures, " · ")));
  return fmt::format("{}", fmt::join(lines, "  \n"));
}

std::string declaration_hover(const Analysis& a, const check::Symbol& sym) {
  Say s = say_for(a);
  switch (sym.kind) {
    case check::SymbolKind::Office: {
      const auto* o = sym.as<check::SymbolKind::Office>();
      std::string t = fmt::format("**{} `{}`**  \n{}", s.w.office, o->name.value, o->title.value);
      if (o->title_en && s.thai()) t += fmt::format("  \n{}", o->title_en->value);
      return t;
    }
    case check::SymbolKind::Unit: {
      const auto* u = sym.as<check::SymbolKind::Unit>();
      std::string t = fmt::format("**{} `{}`** ({})", s.w.unit, u->name.value, ast::to_string(u->kind));
      if (u->label_th) t += fmt::format("  \nไทย: {}", u->label_th->value);
      if (u->label_en) t += fmt::format("  \nEnglish: {}", u->label_en->value);
      return t;
    }
    case check::SymbolKind::Scale: {
      const auto* sc = sym.as<check::SymbolKind::Scale>();
      std::string t = fmt::format("**{} `{}`**", s.w.scale, sc->name.value);
      if (sc->title) t += fmt::format(" {}", sc->title->value);
      const char* unit = sc->of == ast::ScaleDecl::Of::Percent ? " %" : "";
      for (const ast::ScalePoint& p : sc->points)
        t += fmt::format("  \n{}{} → {}", s.digits(p.x.value.to_decimal(0, 6)), unit,
                         s.digits(p.score.value.to_decimal(0, 6)));
      for (const ast::QualityBand& b : sc->bands)  // a quality scale: each band and its word
        t += fmt::format("  \n{} – {} {}", s.digits(std::string(b.from.raw())), s.digits(std::string(b.to.raw())), b.word.value);
      if (!sc->is_quality())
        t += fmt::format("  \n{}", sc->between == ast::ScaleDecl::Between::Linear ? s.w.linear : s.w.steps);
      return t;
    }
    case check::SymbolKind::Project: {
      const auto* p = sym.as<check::SymbolKind::Project>();
      std::string t = fmt::format("**{} `{}`**  \n{}", s.w.project, p->name ? p->name->value : "", p->title.value);
      if (p->budget) t += fmt::format("  \n{}: {}", s.w.budget, report::money(p->budget->value, s.l.thai_digits));
      return t;
    }
    case check::SymbolKind::Indicator: return indicator_hover(a, *sym.as<check::SymbolKind::Indicator>());
  }
  return {};
}

bool within(Span s, FileId f, std::uint32_t off) { return s.valid() && s.file == f && off >= s.begin && off <= s.end; }

// The number written at `off` (digits, Thai or Arabic, separators, a
// decimal point, a fraction), if any.
std::optional<std::pair<std::uint32_t, std::uint32_t>> number_at(std::string_view text, std::uint32_t off) {
  auto part = [&](std::size_t i, bool back) -> std::size_t {  // bytes of a number character at/before i
    auto is = [&](std::size_t at) -> std::size_t {
      if (at >= text.size()) return 0;
      char c = text[at];
      if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '/') return 1;
      if (at + 2 < text.size() && static_cast<unsigned char>(c) == 0xE0 &&
          static_cast<unsigned char>(text[at + 1]) == 0xB9 && static_cast<unsigned char>(text[at + 2]) >= 0x90 &&
          static_cast<unsigned char>(text[at + 2]) <= 0x99)
        return 3;
      return 0;
    };
    if (!back) return is(i);
    if (i >= 1 && is(i - 1) == 1) return 1;
    if (i >= 3 && is(i - 3) == 3) return 3;
    return 0;
  };
  std::size_t b = off, e = off;
  while (std::size_t n = part(b, true)) b -= n;
  while (std::size_t n = part(e, false)) e += n;
  std::string_view tok = text.substr(b, e - b);
  while (!tok.empty() && (tok.front() == ',' || tok.front() == '.' || tok.front() == '/')) tok.remove_prefix(1), ++b;
  while (!tok.empty() && (tok.back() == ',' || tok.back() == '.' || tok.back() == '/')) tok.remove_suffix(1), --e;
  if (tok.empty()) return std::nullopt;
  return std::pair{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

std::optional<std::string> number_hover(std::string_view written) {
  std::string arabic = report::digits(written, false);
  std::string plain;
  for (char c : arabic)
    if (c != ',') plain += c;
  std::size_t slash = plain.find('/');
  if (slash != std::string::npos) {
    auto n = Rational::parse_decimal(plain.substr(0, slash));
    auto d = Rational::parse_decimal(plain.substr(slash + 1));
    if (!n || !d || d->is_zero()) return std::nullopt;
    Rational q = *n / *d;
    return fmt::format("`{}` = {}", plain, q.is_finite_decimal() ? q.to_decimal(0, 12) : q.to_fixed(6) + "…");
  }
  auto v = Rational::parse_decimal(plain);
  if (!v) return std::nullopt;
  return fmt::format("`{}`", v->to_decimal(0, 12));
}

}  // namespace

// ---- hover -------------------------------------------------------------------

namespace {

// The open document a request names, where it is known, and the byte offset
// of the request's position in it (hover, definition, references).
struct Cursor {
  Known k;
  std::uint32_t offset = 0;
};
std::optional<Cursor> cursor(Workspace& ws, const Json& params) {
  Known k = ws.find(params.at("textDocument").at("uri").get<std::string>());
  if (!k || !k.doc) return std::nullopt;
  auto off = offset_of(*k.doc, params.at("position"));
  if (!off) return std::nullopt;
  return Cursor{k, *off};
}

}  // namespace

Json hover(Workspace& ws, const Json& params) {
  auto cur = cursor(ws, params);
  if (!cur) return nullptr;
  const Known& k = cur->k;
  const std::uint32_t off = cur->offset;
  const Analysis& a = *k.a;
  auto reply = [&](Span s, std::string md) {
    Json j{{"contents", {{"kind", "markdown"}, {"value", std::move(md)}}}};
    if (s.valid()) j["range"] = range_of(a, s);
    return j;
  };
  if (const check::PlanModel* m = model(a)) {
    const check::SymbolTable& t = m->symbols();
    check::Symbol sym = t.at(k.file, off);
    if (sym) {
      // The span under the cursor: the use or the declaration.
      Span at = sym.span;
      for (const check::SymbolUse& u : t.uses())
        if (within(u.span, k.file, off)) at = u.span;
      return reply(at, declaration_hover(a, sym));
    }
    for (const check::StrategyModel& s : m->strategies)
      if (s.ast && (within(s.ast->number.span, k.file, off) || within(s.ast->title.span, k.file, off)))
        return reply(s.ast->number.span, strategy_hover(a, s));
  }
  std::string_view text = a.c->program.sources.get(k.file).text;
  if (auto n = number_at(text, off)) {
    if (auto md = number_hover(text.substr(n->first, n->second - n->first)))
      return reply(Span{k.file, n->first, n->second}, *md);
  }
  return nullptr;
}

// ---- definition and references -------------------------------------------------

Json definition(Workspace& ws, const Json& params) {
  auto cur = cursor(ws, params);
  if (!cur) return nullptr;
  const Known& k = cur->k;
  const std::uint32_t off = cur->offset;
  const Analysis& a = *k.a;
  if (const ast::Module* mod = k.module()) {
    for (const ast::Use& u : mod->uses) {
      if (!within(u.span, k.file, off)) continue;
      // The module that `use` loaded: the file a use of this path resolves to.
      const SourceFile& here = a.c->program.sources.get(k.file);
      std::filesystem::path target = std::filesystem::path(here.path).parent_path() / u.path;
      std::error_code ec;
      std::string want = std::filesystem::weakly_canonical(target, ec).lexically_normal().string();
      FileId f = a.file_of(want);
      if (f == kNoFile && !std::filesystem::exists(want, ec)) return nullptr;  // std/..., or missing
      std::string to = f != kNoFile ? uri_of(a, f, ws) : uri_of_path(want);
      return Json{{"uri", to}, {"range", {{"start", position_json({})}, {"end", position_json({})}}}};
    }
  }
  const check::PlanModel* m = model(a);
  if (!m) return nullptr;
  check::Symbol sym = m->symbols().at(k.file, off);
  if (!sym) return nullptr;
  return location_of(a, sym.span, ws);
}

Json references(Workspace& ws, const Json& params) {
  Json out = Json::array();
  auto cur = cursor(ws, params);
  if (!cur) return out;
  const Known& k = cur->k;
  const std::uint32_t off = cur->offset;
  const check::PlanModel* m = model(*k.a);
  if (!m) return out;
  check::Symbol sym = m->symbols().at(k.file, off);
  if (!sym) return out;
  bool with_decl = params.contains("context") && params["context"].value("includeDeclaration", false);
  if (with_decl) {
    Json loc = location_of(*k.a, sym.span, ws);
    if (!loc.is_null()) out.push_back(loc);
  }
  std::set<std::string> seen;
  for (const check::SymbolUse& u : m->symbols().references(sym)) {
    Json loc = location_of(*k.a, u.span, ws);
    if (!loc.is_null() && seen.insert(loc.dump()).second) out.push_back(loc);
  }
  return out;
}

// ---- symbols ---------------------------------------------------------------------

namespace {
enum SymbolKindLsp { kModule = 2, kNamespace = 3, kClass = 5, kProperty = 7, kField = 8, kEnum = 10, kConstant = 14,
                     kNumber = 16, kObject = 19, kEvent = 24, kTypeParameter = 26 };

Json doc_symbol(const Analysis& a, std::string name, std::string detail, int kind, Span range, Span select) {
  if (!select.valid() || select.file != range.file || select.begin < range.begin || select.end > range.end)
    select = range;
  if (name.empty()) name = "?";
  Json j{{"name", std::move(name)}, {"kind", kind}, {"range", range_of(a, range)},
         {"selectionRange", range_of(a, select)}};
  if (!detail.empty()) j["detail"] = std::move(detail);
  return j;
}

Json indicator_symbol(const Analysis& a, const ast::Indicator& ind, const std::string& prefix) {
  std::string id = prefix.empty() ? ind.number.str() : prefix + "." + ind.number.str();
  Json j = doc_symbol(a, fmt::format("{} {}", id, ind.title.value), ind.unit ? std::string(ind.unit->value) : "",
                      kField, ind.span, ind.number.span);
  Json children = Json::array();
  for (const ast::Indicator& sub : ind.subs) children.push_back(indicator_symbol(a, sub, id));
  for (const ast::Project& p : ind.projects)
    children.push_back(doc_symbol(a, p.name ? std::string(p.name->value) : std::string(p.title.value),
                                  std::string(p.title.value), kObject, p.span, p.name ? p.name->span : p.span));
  if (!children.empty()) j["children"] = children;
  return j;
}
}  // namespace

Json document_symbols(Workspace& ws, const Json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  Known k = ws.find(uri);
  Json out = Json::array();
  if (!k) return out;
  const ast::Module* mod = k.module();
  if (!mod) return out;
  const Analysis& a = *k.a;
  if (mod->plan) out.push_back(doc_symbol(a, std::string(mod->plan->title.value), "plan", kModule, mod->plan->span,
                                          mod->plan->title.span));
  if (mod->round) out.push_back(doc_symbol(a, std::string(mod->round->name.value), "round", kEvent, mod->round->span,
                                           mod->round->name.span));
  for (const ast::UnitDecl& u : mod->units)
    out.push_back(doc_symbol(a, std::string(u.name.value), "unit", kTypeParameter, u.span, u.name.span));
  for (const ast::OfficeDecl& o : mod->offices)
    out.push_back(doc_symbol(a, std::string(o.name.value), std::string(o.title.value), kConstant, o.span, o.name.span));
  for (const ast::ScaleDecl& s : mod->scales)
    out.push_back(doc_symbol(a, std::string(s.name.value), s.title ? std::string(s.title->value) : "scale", kEnum,
                             s.span, s.name.span));
  for (const ast::Strategy& s : mod->strategies) {
    Json j = doc_symbol(a, fmt::format("{} {}", s.number.str(), s.title.value), "strategy", kNamespace, s.span,
                        s.number.span);
    Json children = Json::array();
    for (const ast::Indicator& ind : s.indicators) children.push_back(indicator_symbol(a, ind, s.number.str()));
    if (!children.empty()) j["children"] = children;
    out.push_back(j);
  }
  const check::PlanModel* m = model(a);
  for (const ast::Result& r : mod->results) {
    std::string title;
    if (m)
      if (auto* im = const_cast<check::PlanModel*>(m)->find_indicator(r.id)) title = std::string(im->ast->title.value);
    out.push_back(doc_symbol(a, fmt::format("result {}", r.id.str()), title, kProperty, r.span, r.id.span));
  }
  for (const ast::ReportedTotal& t : mod->reported)
    out.push_back(doc_symbol(a, t.strategy ? fmt::format("reported {}", t.strategy->str()) : "reported", "", kNumber,
                             t.span, t.span));
  return out;
}

Json workspace_symbols(Workspace& ws, const Json& params) {
  std::string query = params.value("query", "");
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string q = lower(report::digits(query, false));
  Json out = Json::array();
  std::set<std::string> seen;
  constexpr std::size_t kMax = 500;
  auto add = [&](const Analysis& a, std::string name, int kind, Span at, std::string container) {
    if (out.size() >= kMax) return;
    if (!q.empty() && lower(report::digits(name, false)).find(q) == std::string::npos) return;
    Json loc = location_of(a, at, ws);
    if (loc.is_null()) return;
    Json j{{"name", name}, {"kind", kind}, {"location", loc}};
    if (!container.empty()) j["containerName"] = container;
    if (seen.insert(j.dump()).second) out.push_back(std::move(j));
  };
  ws.refresh();
  for (const std::string& f : ws.folders())
    for (const auto& a : ws.analyses(f)) {
      const check::PlanModel* m = model(*a);
      if (!m) continue;
      for (const auto& [n, o] : m->offices) add(*a, std::string(n), kConstant, o->name.span, "office");
      for (const auto& [n, u] : m->units) add(*a, std::string(n), kTypeParameter, u->name.span, "unit");
      for (const auto& [n, s] : m->scales) add(*a, std::string(n), kEnum, s->name.span, "scale");
      for (const auto& [n, p] : m->projects) add(*a, std::string(n), kObject, p->name->span, "project");
      for (const check::StrategyModel& s : m->strategies) {
        if (!s.ast) continue;
        add(*a, fmt::format("{} {}", s.id, s.ast->title.value), kNamespace, s.ast->number.span, "strategy");
        for (const check::IndicatorModel& im : s.indicators) {
          add(*a, fmt::format("{} {}", im.id, im.ast->title.value), kField, im.ast->number.span, s.id);
          for (const check::IndicatorModel& sub : im.subs)
            add(*a, fmt::format("{} {}", sub.id, sub.ast->title.value), kField, sub.ast->number.span, s.id);
        }
      }
    }
  return out;
}

// ---- inlay hints -------------------------------------------------------------------

Json inlay_hints(Workspace& ws, const Json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  Known k = ws.find(uri);
  Json out = Json::array();
  if (!k || !k.doc || !scored(*k.a)) return out;
  const ast::Module* mod = k.module();
  if (!mod) return out;
  const Analysis& a = *k.a;
  Say s = say_for(a);
  std::uint32_t from = 0, to = UINT32_MAX;
  if (params.contains("range")) {
    from = params["range"]["start"].value("line", 0u);
    to = params["range"]["end"].value("line", UINT32_MAX);
  }
  const SourceFile& sf = a.c->program.sources.get(k.file);
  int places = scored(a)->places;
  for (const ast::Result& r : mod->results) {
    const eval::Node* node = eval::find(*scored(a), r.id.str());
    if (!node) continue;
    std::string label;
    if (node->status == eval::Status::Scored && node->score) {
      label = fmt::format("{} {} · {} {}", s.w.score_short, s.fixed(*node->score, places), s.w.weighted_short,
                          node->weighted ? s.fixed(*node->weighted, places) : "-");
      if (node->percent) label = fmt::format("{} % · {}", s.fixed(*node->percent, places), label);
    } else if (node->status == eval::Status::Na) {
      label = std::string(s.w.na_short);
    } else {
      continue;
    }
    std::uint32_t line = sf.line_of(r.span.begin);  // 1-based
    if (line - 1 < from || line - 1 > to) continue;
    std::string_view text = sf.line_text(line);
    std::uint32_t end = sf.line_starts()[line - 1] + static_cast<std::uint32_t>(text.size());
    out.push_back({{"position", position_json(position_in(sf, end))},
                   {"label", "→ " + label},
                   {"paddingLeft", true}});
  }
  return out;
}

}  // namespace planc::lsp
