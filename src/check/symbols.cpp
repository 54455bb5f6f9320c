#include "check/symbols.hpp"

#include <algorithm>
#include <charconv>
#include <span>
#include <fmt/format.h>

#include "check/model.hpp"

namespace planc::check {

const char* to_string(SymbolKind k) {
  switch (k) {
    case SymbolKind::Office: return "office";
    case SymbolKind::Unit: return "unit";
    case SymbolKind::Scale: return "scale";
    case SymbolKind::Project: return "project";
    case SymbolKind::Indicator: return "indicator";
  }
  return "?";
}

Term kind_term(SymbolKind k) {
  switch (k) {
    case SymbolKind::Office: return txt::KindOffice;
    case SymbolKind::Unit: return txt::KindUnit;
    case SymbolKind::Scale: return txt::KindScale;
    case SymbolKind::Project: return txt::KindProject;
    case SymbolKind::Indicator: return txt::KindIndicator;
  }
  return txt::KindIndicator;
}

namespace {

// Office, unit and scale: the first declaration of a name is kept.
template <typename T>
bool declare_in(SymbolTable::Table<T>& table, const T& decl, Term what, Diagnostics& d) {
  auto [it, fresh] = table.emplace(decl.name.value, &decl);
  if (!fresh) {
    auto& e = d.report(msg::NameTwice, decl.name.span, what, decl.name.value);
    e.note(it->second->name.span, txt::FirstDeclaredHere);
    e.help(txt::OwnName);
  }
  return fresh;
}

// "3.8" -> {3, 8}; false when it is not numbers joined by dots (at most kMaxParts).
bool parse_id(std::string_view s, ast::IdPath::Parts& parts) {
  const char* p = s.data();
  const char* end = s.data() + s.size();
  while (true) {
    int v = 0;
    auto [q, ec] = std::from_chars(p, end, v);
    if (ec != std::errc{} || q == p || parts.full()) return false;
    parts.push_back(v);
    if (q == end) return true;
    if (*q != '.') return false;
    p = q + 1;
  }
}

// The indicator numbered k among `indicators` (nearly always the k-th), or nullptr.
template <typename Range>
auto numbered(Range& indicators, int k) -> decltype(&*indicators.begin()) {
  auto at = static_cast<std::size_t>(k - 1);
  if (k >= 1 && at < indicators.size() && indicators[at].number == k) return &indicators[at];
  auto it = std::find_if(indicators.begin(), indicators.end(), [&](auto& m) { return m.number == k; });
  return it != indicators.end() ? &*it : nullptr;
}

// No symbol (of kind k).
Symbol none(SymbolKind k) {
  Symbol s;
  s.kind = k;
  return s;
}

}  // namespace

bool SymbolTable::declare(const ast::OfficeDecl& o, Diagnostics& d) { return declare_in(offices, o, txt::KindOffice, d); }
bool SymbolTable::declare(const ast::UnitDecl& u, Diagnostics& d) { return declare_in(units, u, txt::KindUnit, d); }
bool SymbolTable::declare(const ast::ScaleDecl& s, Diagnostics& d) { return declare_in(scales, s, txt::KindScale, d); }

bool SymbolTable::declare(const ast::Project& p, Diagnostics& d) {
  auto [it, fresh] = projects.emplace(p.name->value, &p);
  if (!fresh) {
    auto& e = d.report(msg::ProjectTwice, p.name->span, p.name->value);
    e.note(it->second->span, txt::FirstDeclaredHere);
  }
  return fresh;
}

void SymbolTable::index_indicators(std::vector<StrategyModel>& strategies) {
  strategies_ = strategies.data();
  strategy_count_ = strategies.size();
  by_number_.clear();
  last_strategy_ = SIZE_MAX;
}

void SymbolTable::copy_declarations(const SymbolTable& main) {
  offices = main.offices;
  units = main.units;
  scales = main.scales;
  record_ = main.record_;
}

const void* SymbolTable::declared(SymbolKind k, std::string_view name) const {
  auto in = [&](const auto& table) -> const void* {
    auto it = table.find(name);
    return it != table.end() ? it->second : nullptr;
  };
  switch (k) {
    case SymbolKind::Office: return in(offices);
    case SymbolKind::Unit: return in(units);
    case SymbolKind::Scale: return in(scales);
    case SymbolKind::Project: {
      auto it = projects.find(name);
      return it != projects.end() ? it->second : nullptr;
    }
    case SymbolKind::Indicator: {
      ast::IdPath::Parts parts;
      if (!parse_id(name, parts) || parts.size() < 2 || parts.size() > 3) return nullptr;
      const StrategyModel* s = strategy_numbered(parts[0]);
      if (!s) return nullptr;
      const IndicatorModel* i = numbered(s->indicators, parts[1]);
      return i && parts.size() == 3 ? numbered(i->subs, parts[2]) : i;
    }
  }
  return nullptr;
}

const void* SymbolTable::lookup(SymbolKind k, std::string_view name) {
  const void* decl = declared(k, name);
  if (decl) {
    auto& slots = cache_[static_cast<std::size_t>(k)];
    if (slots.empty()) slots.resize(kFoundSlots);
    slots[slot_of(name)] = {name.data(), name.size(), decl};
  }
  return decl;
}

// The strategy numbered n, or nullptr. A round lists its results strategy by
// strategy: the one found last is tried first (a binary search over tens of
// thousands of strategies took a cache miss at nearly every step).
std::span<StrategyModel> SymbolTable::strategies() const { return {strategies_, strategy_count_}; }

StrategyModel* SymbolTable::strategy_of(int n) {
  auto ss = strategies();
  if (last_strategy_ < ss.size() && last_number_ == n) return &ss[last_strategy_];
  auto s = std::lower_bound(ss.begin(), ss.end(), n,
                            [](const StrategyModel& a, int k) { return a.ast->number.parts[0] < k; });
  if (s == ss.end() || s->ast->number.parts[0] != n) return nullptr;
  last_strategy_ = static_cast<std::size_t>(s - ss.begin());
  last_number_ = n;
  return &*s;
}

const StrategyModel* SymbolTable::strategy_numbered(int n) const {
  auto ss = strategies();
  auto s = std::lower_bound(ss.begin(), ss.end(), n,
                            [](const StrategyModel& a, int k) { return a.ast->number.parts[0] < k; });
  return s != ss.end() && s->ast->number.parts[0] == n ? &*s : nullptr;
}

// No index is built: strategies are sorted by number, and an indicator
// numbered k is nearly always the k-th of its strategy.
IndicatorModel* SymbolTable::find_indicator(const ast::IdPath& id) {
  if (id.parts.size() < 2 || id.parts.size() > 3) return nullptr;
  StrategyModel* s = strategy_of(id.parts[0]);
  if (!s) return nullptr;
  const int k = id.parts[1];
  auto at = static_cast<std::size_t>(k - 1);
  IndicatorModel* i = nullptr;
  if (at < s->indicators.size() && s->indicators[at].number == k) {
    i = &s->indicators[at];
  } else {
    // Numbered otherwise: by binary search, over an index made once for the strategy.
    if (by_number_.size() != strategy_count_) by_number_.resize(strategy_count_);
    auto& index = by_number_[static_cast<std::size_t>(s - strategies_)];
    if (index.empty()) {
      for (auto& m : s->indicators) index.push_back(&m);
      std::sort(index.begin(), index.end(), [&](auto* a, auto* b) { return a->number < b->number; });
    }
    auto it = std::lower_bound(index.begin(), index.end(), k, [&](auto* m, int n) { return m->number < n; });
    if (it != index.end() && (*it)->number == k) i = *it;
  }
  if (i && id.parts.size() == 3) {
    auto sub = std::find_if(i->subs.begin(), i->subs.end(), [&](auto& m) { return m.number == id.parts[2]; });
    i = sub != i->subs.end() ? &*sub : nullptr;
  }
  if (i && record_) uses_.push_back(SymbolUse{id.span, SymbolKind::Indicator, i});
  return i;
}

Symbol SymbolTable::find(SymbolKind k, std::string_view name) const { return symbol(k, declared(k, name)); }

Symbol SymbolTable::symbol(SymbolKind k, const void* decl) const {
  if (!decl) return none(k);
  auto named = [&](const ast::Name& n) { return Symbol{k, decl, n.value, n.span}; };
  switch (k) {
    case SymbolKind::Office: return named(static_cast<const ast::OfficeDecl*>(decl)->name);
    case SymbolKind::Unit: return named(static_cast<const ast::UnitDecl*>(decl)->name);
    case SymbolKind::Scale: return named(static_cast<const ast::ScaleDecl*>(decl)->name);
    case SymbolKind::Project: return named(*static_cast<const ast::Project*>(decl)->name);
    case SymbolKind::Indicator: {
      auto* i = static_cast<const IndicatorModel*>(decl);
      return Symbol{k, decl, i->id, i->ast->number.span};
    }
  }
  return none(k);
}

std::string SymbolTable::closest(SymbolKind k, std::string_view name) const {
  std::vector<std::string> names;
  auto keys = [&](const auto& table) {
    for (auto& [n, _] : table) names.emplace_back(n);
    std::sort(names.begin(), names.end());
  };
  switch (k) {
    case SymbolKind::Office: keys(offices); break;
    case SymbolKind::Unit: keys(units); break;
    case SymbolKind::Scale: keys(scales); break;
    case SymbolKind::Project: keys(projects); break;
    case SymbolKind::Indicator: {
      // Among the ids of its strategy, else of them all, in the plan's order.
      int n = 0;
      auto [q, ec] = std::from_chars(name.data(), name.data() + name.size(), n);
      const StrategyModel* only = ec == std::errc{} ? strategy_numbered(n) : nullptr;
      for (auto& s : strategies()) {
        if (only && &s != only) continue;
        for (auto& i : s.indicators) {
          names.emplace_back(i.id);
          for (auto& sub : i.subs) names.emplace_back(sub.id);
        }
      }
      break;
    }
  }
  return planc::closest(name, names);
}

std::vector<SymbolUse> SymbolTable::references(const Symbol& s) const {
  std::vector<SymbolUse> r;
  for (auto& u : uses_)
    if (u.decl == s.decl && u.kind == s.kind) r.push_back(u);
  return r;
}

Symbol SymbolTable::at(FileId file, std::uint32_t offset) const {
  auto covers = [&](Span sp) { return sp.file == file && sp.begin <= offset && offset < sp.end; };
  for (auto& u : uses_)
    if (covers(u.span)) return symbol(u);
  auto in = [&](SymbolKind k, const auto& table) -> Symbol {
    for (auto& [n, decl] : table)
      if (Symbol s = symbol(k, decl); covers(s.span)) return s;
    return none(k);
  };
  if (Symbol s = in(SymbolKind::Office, offices)) return s;
  if (Symbol s = in(SymbolKind::Unit, units)) return s;
  if (Symbol s = in(SymbolKind::Scale, scales)) return s;
  if (Symbol s = in(SymbolKind::Project, projects)) return s;
  for (auto& st : strategies())
    for (auto& i : st.indicators) {
      if (covers(i.ast->number.span)) return symbol(SymbolKind::Indicator, &i);
      for (auto& sub : i.subs)
        if (covers(sub.ast->number.span)) return symbol(SymbolKind::Indicator, &sub);
    }
  return Symbol{};
}

void SymbolTable::join_uses(SymbolTable& thread) {
  if (thread.uses_.empty()) return;
  if (uses_.empty()) uses_ = std::move(thread.uses_);
  else uses_.insert(uses_.end(), thread.uses_.begin(), thread.uses_.end());
  thread.uses_.clear();
}

void SymbolTable::drop_caches() {
  for (auto& c : cache_) std::vector<Found>().swap(c);
  std::vector<std::vector<IndicatorModel*>>().swap(by_number_);
  last_strategy_ = SIZE_MAX;
}

}  // namespace planc::check
