#include "eval/scale.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

namespace planc::eval {
namespace {

using Pt = PreparedScale::Point;

std::string d(const Rational& r) { return r.to_decimal(0, 4); }

Rational lerp(const Pt& a, const Pt& b, const Rational& x) {
  return a.s + (b.s - a.s) * (x - a.x) / (b.x - a.x);
}

}  // namespace

PreparedScale::PreparedScale(const ast::ScaleDecl& s) : decl_(&s) {
  points_.reserve(s.points.size());
  for (const ast::ScalePoint& p : s.points) points_.push_back({p.x.value, p.score.value});
  std::sort(points_.begin(), points_.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
}

ScaleStep apply_scale(const ast::ScaleDecl& sc, const Rational& x, bool explain) {
  return apply_scale(PreparedScale(sc), x, explain);
}

ScaleStep apply_scale(const PreparedScale& prepared, const Rational& x, bool explain) {
  using B = ast::ScaleDecl;
  const ast::ScaleDecl& sc = prepared.decl();
  const std::vector<Pt>& pts = prepared.points();
  const std::size_t n = pts.size();
  // The figures are written out only when asked for (planc explain, reports).
  auto how = [explain](StepKind k, auto&& figures) {
    Step st{k, {}, {}, {}};
    if (explain) st.args = figures();
    return st;
  };
  using Args = std::vector<std::string>;
  if (n == 0) return {Rational(0), {StepKind::NoPoints, {}, {}, {}}};
  const Pt& first = pts[0];
  const Pt& last = pts[n - 1];
  if (x < first.x) {
    switch (sc.below) {
      case B::Below::Proportional:
        return {first.s * x / first.x,
                how(StepKind::BelowProportional, [&] { return Args{d(first.x), d(first.s), d(x)}; })};
      case B::Below::Zero:
        return {Rational(0), how(StepKind::BelowZero, [&] { return Args{d(first.x), d(first.s)}; })};
      case B::Below::First:
        return {first.s, how(StepKind::BelowFirst, [&] { return Args{d(first.x), d(first.s)}; })};
    }
  }
  if (x >= last.x) {
    if (x == last.x || sc.above == B::Above::Cap || n < 2)
      return {last.s, how(x == last.x ? StepKind::AtPoint : StepKind::AboveCapped,
                          [&] { return Args{d(last.x), d(last.s)}; })};
    const Pt& a = pts[n - 2];
    return {lerp(a, last, x),
            how(StepKind::AboveExtended, [&] { return Args{d(a.x), d(a.s), d(last.x), d(last.s)}; })};
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const Pt& a = pts[i];
    const Pt& b = pts[i + 1];
    if (x >= a.x && x < b.x) {
      if (x == a.x) return {a.s, how(StepKind::AtPoint, [&] { return Args{d(a.x), d(a.s)}; })};
      if (sc.between == B::Between::Step)
        return {a.s, how(StepKind::Steps, [&] { return Args{d(a.x), d(a.s), d(b.x), d(b.s)}; })};
      return {lerp(a, b, x), how(StepKind::Linear, [&] { return Args{d(a.x), d(a.s), d(b.x), d(b.s), d(x)}; })};
    }
  }
  return {last.s, {StepKind::Capped, {}, {}, {}}};
}


Rational band_percent(const ast::ScaleDecl* s, const Rational& percent) {
  if (s && s->above == ast::ScaleDecl::Above::Cap)
    if (auto top = ast::top_x(*s)) return std::min(percent, *top);
  return percent;
}

std::optional<Rational> invert_scale(const ast::ScaleDecl& sc, const Rational& score) {
  using B = ast::ScaleDecl;
  if (sc.of == B::Of::Level) return std::nullopt;  // its x is a level reached, not a percent
  PreparedScale sorted(sc);
  const std::vector<Pt>& pts = sorted.points();
  if (pts.empty()) return std::nullopt;
  const Pt& first = pts.front();
  bool rising = pts.back().s >= first.s;
  if (!rising) return std::nullopt;  // lower-is-better scales have no single percent
  if (score < first.s) {
    if (sc.below == B::Below::Proportional && !first.s.is_zero()) return first.x * score / first.s;
    return std::nullopt;
  }
  for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
    const Pt& a = pts[i];
    const Pt& b = pts[i + 1];
    if (score >= a.s && score <= b.s) {
      if (a.s == b.s) return a.x;
      if (sc.between == B::Between::Step) return score == b.s ? b.x : a.x;
      return a.x + (b.x - a.x) * (score - a.s) / (b.s - a.s);
    }
  }
  if (score == pts.back().s) return pts.back().x;
  return std::nullopt;
}

// Where v stands among target levels L1..Ln (rising, or falling when lower is
// better): k at level k, k + the fraction of the way to level k + 1 between
// them, beyond the last by the last step's width, and below the first the
// share of the first level reached (v ÷ L1; L1 ÷ v when lower is better).
Rational level_reached(const ast::Target& t, const Rational& v) {
  const auto& L = t.parts;
  std::size_t n = L.size();
  bool rising = L[1].value > L[0].value;
  auto reached = [&](const Rational& a) { return rising ? v >= a : v <= a; };
  if (!reached(L[0].value)) {
    if (rising) return L[0].value.sign() > 0 && v.sign() > 0 ? v / L[0].value : Rational(0);
    return v.sign() > 0 ? L[0].value / v : Rational(0);
  }
  for (std::size_t k = 0; k + 1 < n; ++k)
    if (!reached(L[k + 1].value))
      return Rational(static_cast<std::int64_t>(k + 1)) + (v - L[k].value) / (L[k + 1].value - L[k].value);
  return Rational(static_cast<std::int64_t>(n)) + (v - L[n - 1].value) / (L[n - 1].value - L[n - 2].value);
}

std::string_view trimmed_word(std::string_view word) {
  while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
  while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
  return word;
}

bool band_says(const ast::QualityBand& b, std::string_view word) {
  word = trimmed_word(word);
  return b.word.value == word || (b.en && b.en->value == word);
}

const ast::QualityBand* quality_band(const ast::ScaleDecl& q, const Rational& score) {
  const Rational s = score.round(q.band_places());
  for (const ast::QualityBand& b : q.bands)
    if (b.from.value <= s && s <= b.to.value) return &b;
  return nullptr;
}

}  // namespace planc::eval
