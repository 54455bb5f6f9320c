// The checked plan: the plan header, strategies and indicators of all modules
// joined with the round's results, every name resolved. The checker builds it;
// the evaluator reads it. It points into the AST (which outlives it).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ast/ast.hpp"
#include "check/symbols.hpp"

namespace planc::check {

struct IndicatorModel {
  const ast::Indicator* ast = nullptr;
  const ast::Strategy* strategy = nullptr;
  std::string_view id;                   // "3.8", "2.2.1" (kept in PlanModel::ids)
  const ast::UnitDecl* unit = nullptr;
  const ast::ScaleDecl* scale = nullptr;  // indicator's, else strategy's, else plan's
  const ast::Result* result = nullptr;    // this round's, if any
  const ast::Number* weight = nullptr;    // round's weight, else plan's (in the AST)
  ast::List<IndicatorModel> subs;  // few have any: 16 bytes, not a vector's 24
  bool is_sub = false;
  int number = 0;  // its own number (8 of 3.8; 1 of 2.2.1)
};

static_assert(sizeof(void*) != 8 || sizeof(IndicatorModel) == 88, "one per indicator: see docs/performance.md");

struct StrategyModel {
  const ast::Strategy* ast = nullptr;
  std::string id;
  const ast::ScaleDecl* scale = nullptr;
  std::vector<IndicatorModel> indicators;
  const ast::ReportedTotal* reported = nullptr;
  // The round gives a weight to one of its indicators: the strategy's weights
  // are the round's (an indicator the round gives none has none); else the plan's.
  bool weights_from_round = false;
  int group = -1;  // its group in PlanModel::groups, when the plan has groups
};

// A group above strategies (ast::Group) and the strategies written in it
// (positions in PlanModel::strategies, in their order).
struct GroupModel {
  const ast::Group* ast = nullptr;
  std::string id;
  std::vector<std::size_t> strategies;
  const ast::ReportedTotal* reported = nullptr;
  bool strategy_weights_refused = false;  // its strategies' weights (PlanModel::strategy_weights_refused)
};

// A round's adjustment (ast::Adjustment) and the row it adjusts (nullptr:
// the overall score).
struct AdjustmentModel {
  const ast::Adjustment* ast = nullptr;
  const IndicatorModel* row = nullptr;
};

// The model is the plan's symbol table too (check/symbols.hpp): its offices,
// units, scales and projects by name, its indicators by id, and the uses the
// checker recorded. Readers of the tables by name (the evaluator, the report,
// the semantic diff) read them as members; a tool asks `symbols()`.
struct PlanModel : SymbolTable {
  const ast::PlanHeader* header = nullptr;
  const ast::RoundDecl* round = nullptr;
  const ast::ScaleDecl* scale = nullptr;  // the plan's default scale
  const ast::ScaleDecl* quality = nullptr;  // the plan's quality scale (`quality NAME`), bands of words
  std::vector<StrategyModel> strategies;
  std::vector<GroupModel> groups;  // none unless the plan writes strategies inside `group`
  std::vector<AdjustmentModel> adjustments;
  const ast::ReportedTotal* reported_overall = nullptr;
  // The strategies' or the groups' weights were refused (E110, E113, E115):
  // the published figures built on them are not compared, the error being
  // their cause (the strategies' of the plan or of a group (GroupModel): their
  // contributions W × score and the group's score; either: the groups'
  // contributions and the overall).
  bool strategy_weights_refused = false, group_weights_refused = false;
  bool weights_refused() const { return strategy_weights_refused || group_weights_refused; }
  // Whether a strategy's weights, those of its set, were refused.
  bool weights_refused(const StrategyModel& s) const {
    return s.group >= 0 && static_cast<std::size_t>(s.group) < groups.size()
               ? groups[static_cast<std::size_t>(s.group)].strategy_weights_refused
               : strategy_weights_refused;
  }
  std::vector<const ast::Text*> recommendations;
  ast::Rounding rounding;
  int year = 0;  // the fiscal year the round reports on (round_year)
  Arena ids;  // the indicators' ids: one per indicator, so not a std::string each

  const SymbolTable& symbols() const { return *this; }
  SymbolTable& symbols() { return *this; }

  // The project a result's progress row names, as the plan declares it
  // (nullptr when the row has no name or the plan no such project).
  const ast::Project* project(const ast::ProjectProgress& pp) const {
    if (!pp.name) return nullptr;
    auto it = projects.find(pp.name->value);
    return it != projects.end() ? it->second : nullptr;
  }
  // A progress row's budget: its own, else its declared project's (or nullptr).
  const ast::Number* budget(const ast::ProjectProgress& pp) const {
    if (pp.budget) return pp.budget.get();
    const ast::Project* decl = project(pp);
    return decl ? decl->budget.get() : nullptr;
  }
};

// The target that applies in a round of `months` (compound targets ๖/๑๒ give
// one part per round: 6 and 12 months; 3 parts: 6, 9, 12; 4 parts: 3, 6, 9, 12).
std::optional<Rational> target_for_round(const ast::Target& t, std::optional<int> months);

// Where an indicator stands in a round of `months` (none: the plan alone, as
// at twelve months).
enum class Standing { Active, NotStarted, Cancelled };
Standing standing(const ast::Indicator& ind, std::optional<int> months);

// The weight the plan gives an indicator for a round of `months` in the
// fiscal `year` (0: not known): its weight for that year (`weight 0.3 for
// 2565`), else for rounds of that length (`weight 0.3 for 6`), else its plain
// weight. It counts in the plan's sum whatever the indicator's standing; in a
// round, an indicator not started or cancelled drops out as an NA row does.
const ast::Number* plan_weight(const ast::Indicator& ind, std::optional<int> months, int year = 0);

// A row scored without a percent of target: its score is given by an assessor
// (`basis given`), or read from target levels (a scale `of level`). It has no
// band in the report and no percent to publish.
bool without_percent(const IndicatorModel& im);

// The indicator's target in the fiscal `year` (0: not known): its `target ...
// for YEAR`, else its plain `target` (nullptr: none).
const ast::Target* target_of(const ast::Indicator& ind, int year);

// A header's whole number (a year, months), or 0 when absent or not one.
int whole_number(const std::optional<ast::Number>& n);
// The plan's first and last fiscal year (`years A - B`; B = A when not given;
// 0, 0 when the plan gives none).
std::pair<int, int> plan_years(const ast::PlanHeader& plan);

// The fiscal year a round reports on: its `year`, else the plan's only year
// (0: not known, or a plan of several years and a round that does not say).
int round_year(const ast::PlanHeader* plan, const ast::RoundDecl* round);

}  // namespace planc::check
