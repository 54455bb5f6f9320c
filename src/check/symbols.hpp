// The symbol table: every name a plan declares (offices, units, scales,
// projects) and its indicators, the look-up the checker resolves each name
// with (through a cache by the address of the name's text), "did you mean",
// and, when asked (Options::record_uses), every use of a name with the
// declaration it resolved to: what go-to-definition, find-references and
// rename read. The PlanModel is one (check/model.hpp), so the evaluator and
// the report read its tables by name as before.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.hpp"
#include "support/diagnostics.hpp"

namespace planc::check {

struct IndicatorModel;
struct StrategyModel;

enum class SymbolKind : std::uint8_t { Office, Unit, Scale, Project, Indicator };
// "office", "unit", "scale", "project", "indicator" (as the diagnostics say).
const char* to_string(SymbolKind k);
// The kind in words, in a diagnostic ("there is no office `x`").
Term kind_term(SymbolKind k);

// What declares a symbol of each kind: `Decl<SymbolKind::Office>` is an
// ast::OfficeDecl. An indicator is declared by its model (which knows its
// id, "3.8"); its AST is IndicatorModel::ast.
template <SymbolKind K> struct DeclOfKind;
template <> struct DeclOfKind<SymbolKind::Office> { using type = ast::OfficeDecl; };
template <> struct DeclOfKind<SymbolKind::Unit> { using type = ast::UnitDecl; };
template <> struct DeclOfKind<SymbolKind::Scale> { using type = ast::ScaleDecl; };
template <> struct DeclOfKind<SymbolKind::Project> { using type = ast::Project; };
template <> struct DeclOfKind<SymbolKind::Indicator> { using type = IndicatorModel; };
template <SymbolKind K> using Decl = typename DeclOfKind<K>::type;

// A declaration, as the table answers a question about one.
struct Symbol {
  SymbolKind kind = SymbolKind::Office;
  const void* decl = nullptr;  // a Decl<kind>; nullptr: no such symbol
  std::string_view name;       // "o12"; an indicator's id, "3.8"
  Span span;                   // the name where it is declared (an indicator: its number)

  explicit operator bool() const { return decl != nullptr; }
  template <SymbolKind K>
  const Decl<K>* as() const { return kind == K ? static_cast<const Decl<K>*>(decl) : nullptr; }
  friend bool operator==(const Symbol& a, const Symbol& b) { return a.kind == b.kind && a.decl == b.decl; }
};

// A name written where it is used, with the declaration it resolved to. 24 bytes.
struct SymbolUse {
  Span span;  // the name as written: `o12` of `offices o12`; `3.8` of `result 3.8`
  SymbolKind kind = SymbolKind::Office;
  const void* decl = nullptr;  // a Decl<kind>, as Symbol::decl
};

class SymbolTable {
 public:
  template <typename T>
  using Table = std::map<std::string_view, const T*, std::less<>>;
  // The declarations by name, the first of each name (tens of each in a plan;
  // a consolidated plan's projects are thousands, never listed in order).
  Table<ast::OfficeDecl> offices;
  Table<ast::UnitDecl> units;
  Table<ast::ScaleDecl> scales;
  std::unordered_map<std::string_view, const ast::Project*> projects;

  // --- Declaring (the checker) ---
  // Keeps the first declaration of a name; a second one is reported (E100,
  // with a note at the first) into `d` and not kept: false then. A project
  // must have a name.
  bool declare(const ast::OfficeDecl& o, Diagnostics& d);
  bool declare(const ast::UnitDecl& u, Diagnostics& d);
  bool declare(const ast::ScaleDecl& s, Diagnostics& d);
  bool declare(const ast::Project& p, Diagnostics& d);
  // Indicators are not declared one by one: they are the model's strategies,
  // sorted by number, given once built (their buffers do not move after).
  void index_indicators(std::vector<StrategyModel>& strategies);
  // A checker of a thread starts with the main one's offices, units and
  // scales (and whether it records uses), no projects, no uses.
  void copy_declarations(const SymbolTable& main);

  // --- Resolving a use (the checker): through the caches, recorded when recording ---
  // The declaration `use` names, or nullptr (nothing recorded; the caller reports it).
  template <SymbolKind K>
  const Decl<K>* find(const ast::Name& use) {
    static_assert(K != SymbolKind::Indicator, "an indicator is found by its id: find_indicator");
    auto& slots = cache_[static_cast<std::size_t>(K)];
    const void* decl;
    if (!slots.empty()) {
      const Found& slot = slots[slot_of(use.value)];
      decl = slot.data == use.value.data() && slot.size == use.value.size() && slot.data ? slot.decl
                                                                                          : lookup(K, use.value);
    } else {
      decl = lookup(K, use.value);
    }
    if (decl && record_) uses_.push_back(SymbolUse{use.span, K, decl});
    return static_cast<const Decl<K>*>(decl);
  }
  // The indicator a result's id (strategy.indicator[.sub]) names, or nullptr.
  IndicatorModel* find_indicator(const ast::IdPath& id);

  // --- Asking (tools, later phases): no cache, nothing recorded; safe from several threads ---
  // The symbol declared with `name` (an indicator: its id, "3.8"), or none.
  Symbol find(SymbolKind k, std::string_view name) const;
  // The declared name nearest `name` for "did you mean" (support's closest(),
  // over the names in byte order), or "" when none is near. An indicator's:
  // among the ids of the strategy its first number names (all the plan's
  // when there is no such strategy), in the order of the plan.
  std::string closest(SymbolKind k, std::string_view name) const;
  // The symbol a declaration is.
  Symbol symbol(SymbolKind k, const void* decl) const;
  Symbol symbol(const SymbolUse& u) const { return symbol(u.kind, u.decl); }

  // --- Uses (recorded only when record_uses(true) was set before checking) ---
  void record_uses(bool on) { record_ = on; }
  bool recording_uses() const { return record_; }
  // Every use resolved, in the order the checker meets them, whatever the
  // number of threads: the plan's scale; strategy by strategy as the files
  // declare them (its scale; each indicator's scale, unit, offices, then its
  // sub-indicators'); then result by result (the indicator it names, its
  // offices, its projects). A name that resolved to nothing is not a use.
  const std::vector<SymbolUse>& uses() const { return uses_; }
  // The uses of `s`, in that order (find-references; rename adds s.span).
  std::vector<SymbolUse> references(const Symbol& s) const;
  // The symbol whose declaration or a use of it covers `offset` in `file`
  // (go-to-definition, the start of a rename), or none. Linear in the uses.
  Symbol at(FileId file, std::uint32_t offset) const;
  // Appends `thread`'s uses to these (its run of strategies follows this one's).
  void join_uses(SymbolTable& thread);

  // The caches let go (they are rebuilt as needed).
  void drop_caches();

 private:
  // Names found before, by the address and length of their text: names are
  // interned (support/names.hpp), so a plan's thousands of `offices o12` are
  // a handful of addresses, looked up here without comparing their text. A
  // small direct-mapped cache per kind: a collision only means a look-up in
  // the table itself.
  struct Found {
    const char* data = nullptr;
    std::size_t size = 0;
    const void* decl = nullptr;
  };
  static constexpr unsigned kFoundBits = 8;
  static constexpr std::size_t kFoundSlots = std::size_t{1} << kFoundBits;
  static std::size_t slot_of(std::string_view name) {
    // Names are kept a few bytes apart (o1, o2, ... side by side): a
    // multiplicative hash spreads neighbouring addresses over the slots, where
    // dropping the low bits put several of them in one slot.
    auto key = reinterpret_cast<std::uintptr_t>(name.data());
    return ((key ^ name.size()) * 0x9E3779B97F4A7C15ull) >> (64 - kFoundBits);
  }
  // The table's declaration of `name` (nullptr when none), kept in the cache.
  const void* lookup(SymbolKind k, std::string_view name);
  const void* declared(SymbolKind k, std::string_view name) const;

  std::vector<Found> cache_[4];  // Office, Unit, Scale, Project
  bool record_ = false;
  std::vector<SymbolUse> uses_;

  // Indicators: the model's strategies, sorted by number.
  StrategyModel* strategies_ = nullptr;
  std::size_t strategy_count_ = 0;
  std::span<StrategyModel> strategies() const;
  // Per strategy (by position): its indicators by number, made only for a
  // strategy whose indicators are not numbered 1, 2, 3, ... in order.
  std::vector<std::vector<IndicatorModel*>> by_number_;
  std::size_t last_strategy_ = SIZE_MAX;  // strategy_of's last find, and its number
  int last_number_ = 0;
  StrategyModel* strategy_of(int n);
  const StrategyModel* strategy_numbered(int n) const;
};

}  // namespace planc::check
