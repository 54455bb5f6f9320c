#include "check/model.hpp"

namespace planc::check {

std::optional<Rational> target_for_round(const ast::Target& t, std::optional<int> months) {
  using K = ast::Target::Kind;
  if (t.kind == K::Value && t.value) return t.value->value;
  if (t.kind != K::Compound || t.parts.empty()) return std::nullopt;
  const auto& p = t.parts;
  if (p.size() == 1) return p[0].value;
  std::vector<int> rounds;
  if (p.size() == 2) rounds = {6, 12};
  else if (p.size() == 3) rounds = {6, 9, 12};
  else rounds = {3, 6, 9, 12};
  int m = months.value_or(12);
  for (std::size_t i = 0; i < p.size() && i < rounds.size(); ++i)
    if (m <= rounds[i]) return p[i].value;
  return p.back().value;
}

bool without_percent(const IndicatorModel& im) {
  return (im.ast->basis && *im.ast->basis == ast::Basis::Given) ||
         (im.scale && im.scale->of == ast::ScaleDecl::Of::Level);
}

Standing standing(const ast::Indicator& ind, std::optional<int> months) {
  if (!ind.schedule) return Standing::Active;
  if (ind.schedule->cancelled) return Standing::Cancelled;
  if (ind.schedule->starts && ind.schedule->starts->value > Rational(months.value_or(12))) return Standing::NotStarted;
  return Standing::Active;
}

const ast::Number* plan_weight(const ast::Indicator& ind, std::optional<int> months, int year) {
  if (!ind.schedule) return ind.weight ? &*ind.weight : nullptr;
  for (const ast::RoundWeight& rw : ind.schedule->weights)
    if (year && rw.year && rw.year->value == Rational(year)) return &rw.weight;
  for (const ast::RoundWeight& rw : ind.schedule->weights)
    if (rw.months && rw.months->value == Rational(months.value_or(12))) return &rw.weight;
  return ind.weight ? &*ind.weight : nullptr;
}

const ast::Target* target_of(const ast::Indicator& ind, int year) {
  if (ind.schedule && year)
    for (const ast::YearTarget& yt : ind.schedule->targets)
      if (yt.year.value == Rational(year)) return &yt.target;
  return ind.target ? &*ind.target : nullptr;
}

int whole_number(const std::optional<ast::Number>& n) {
  auto v = n ? n->value.to_int64() : std::nullopt;
  return v && *v > 0 && *v < 100000 ? static_cast<int>(*v) : 0;
}

std::pair<int, int> plan_years(const ast::PlanHeader& plan) {
  int from = whole_number(plan.year_from);
  return {from, plan.year_to ? whole_number(plan.year_to) : from};
}

int round_year(const ast::PlanHeader* plan, const ast::RoundDecl* round) {
  if (round && round->fiscal_year) return whole_number(round->fiscal_year);
  if (!plan) return 0;
  auto [from, to] = plan_years(*plan);
  return from == to ? from : 0;
}

}  // namespace planc::check
