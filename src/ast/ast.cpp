#include "ast/ast.hpp"

#include <algorithm>

#include <charconv>

#include <fmt/format.h>

namespace planc::ast {

int ScaleDecl::band_places() const {
  int n = 0;
  for (const QualityBand& b : bands) n = std::max({n, b.from.places(), b.to.places()});
  return n;
}

int Number::places() const {
  std::string_view r = raw();
  auto dot = r.find('.');
  if (dot == std::string_view::npos) return 0;
  int n = 0;  // digits after the dot: a Thai digit is 3 bytes, counted once
  for (std::size_t i = dot + 1; i < r.size(); ++i)
    if ((static_cast<unsigned char>(r[i]) & 0xC0) != 0x80) ++n;
  return n;
}

std::string IdPath::str() const {
  std::string s;
  append_to(s);
  return s;
}

void IdPath::append_to(std::string& s) const {
  char buf[16];
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) s += '.';
    auto r = std::to_chars(buf, buf + sizeof buf, parts[i]);
    s.append(buf, r.ptr);
  }
}

const char* to_string(UnitKind k) {
  switch (k) {
    case UnitKind::Percent: return "percent";
    case UnitKind::Level: return "level";
    case UnitKind::Score: return "score";
    case UnitKind::Count: return "count";
  }
  return "count";
}
const char* to_string(Comparator c) {
  switch (c) {
    case Comparator::AtLeast: return "at-least";
    case Comparator::AtMost: return "at-most";
    case Comparator::Equal: return "equal";
  }
  return "at-least";
}
const char* to_string(ProjectStatus s) {
  switch (s) {
    case ProjectStatus::NotStarted: return "not-started";
    case ProjectStatus::InProgress: return "in-progress";
    case ProjectStatus::Postponed: return "postponed";
    case ProjectStatus::Done: return "done";
    case ProjectStatus::Cancelled: return "cancelled";
  }
  return "not-started";
}
const char* to_string(Aggregate a) {
  switch (a) {
    case Aggregate::Mean: return "mean";
    case Aggregate::Sum: return "sum";
    case Aggregate::Min: return "min";
    case Aggregate::Max: return "max";
  }
  return "mean";
}
const char* to_string(Basis b) { return b == Basis::Ratio ? "ratio" : b == Basis::Direct ? "direct" : "given"; }

namespace {
template <typename T>
void move_after(std::vector<T>& into, std::vector<T>& from) {
  if (into.empty()) into = std::move(from);
  else into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}
}  // namespace

bool join(Module& into, Module&& next) {
  if ((into.plan && next.plan) || (into.round && next.round)) return false;
  move_after(into.uses, next.uses);
  if (next.plan) into.plan = std::move(next.plan);
  move_after(into.units, next.units);
  move_after(into.scales, next.scales);
  move_after(into.offices, next.offices);
  move_after(into.strategies, next.strategies);
  if (next.round) into.round = std::move(next.round);
  into.results.append(std::move(next.results));
  move_after(into.reported, next.reported);
  move_after(into.groups, next.groups);
  move_after(into.adjustments, next.adjustments);
  move_after(into.recommendations, next.recommendations);
  into.numbers.append(std::move(next.numbers));
  into.texts.append(std::move(next.texts));
  into.office_refs.append(std::move(next.office_refs));
  return true;
}

std::optional<Rational> top_x(const ScaleDecl& s) {
  if (s.points.empty()) return std::nullopt;
  Rational top = s.points.front().x.value;
  for (auto& p : s.points) top = std::max(top, p.x.value);
  return top;
}

Locale plan_locale(const PlanHeader* plan, std::optional<Lang> given) {
  Locale l;
  if (given) l.lang = *given;
  else if (plan) l.lang = plan->language == "en" ? Lang::En : Lang::Th;
  else l.lang = environment_lang();
  l.thai_digits = l.lang == Lang::Th && plan && plan->digits == Digits::Thai;
  if (plan && plan->strategy_word) l.strategy_word = plan->strategy_word->value;
  if (plan && plan->indicator_word) l.indicator_word = plan->indicator_word->value;
  return l;
}

}  // namespace planc::ast
