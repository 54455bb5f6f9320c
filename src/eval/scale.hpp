// Scoring scales as functions: x (percent of target, or the value) -> score,
// and back (a score -> the percent that earns it), in exact arithmetic.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.hpp"
#include "eval/step.hpp"

namespace planc::eval {

struct ScaleStep {
  Rational score;
  Step how;  // Linear between 80 → 3 and 90 → 4, BelowProportional, ... (eval/step.hpp)
};

// The score for x. Throws Overflow / DivideByZero only on pathological scales.
// `how`'s figures are filled only when `explain` is set.
ScaleStep apply_scale(const ast::ScaleDecl& s, const Rational& x, bool explain = true);

// A scale with its points sorted by x once, for the many indicators it
// scores (apply_scale above prepares the scale for each call).
class PreparedScale {
 public:
  struct Point {
    Rational x, s;
  };
  explicit PreparedScale(const ast::ScaleDecl& s);
  const ast::ScaleDecl& decl() const { return *decl_; }
  const std::vector<Point>& points() const { return points_; }

 private:
  const ast::ScaleDecl* decl_;
  std::vector<Point> points_;
};
ScaleStep apply_scale(const PreparedScale& s, const Rational& x, bool explain = true);

// The percent as a report's band column shows it: capped at the scale's top
// point when the scale caps (700 % shows as 100).
Rational band_percent(const ast::ScaleDecl* s, const Rational& percent);

// The x that earns `score`, for a monotone scale; nullopt when no x does.
std::optional<Rational> invert_scale(const ast::ScaleDecl& s, const Rational& score);

// Where a result v stands among an indicator's target levels (`target levels
// 70 80 90`), the x a scale `of level` reads: 1 at the first level, 2 at the
// second, fractions between; see scale.cpp.
Rational level_reached(const ast::Target& t, const Rational& v);

// A quality scale (`band 3.51 - 4.50 "ดี"`): the band a score is in. The
// score is rounded half-up to the places the bands are written with (two for
// a standard that prints 3.51 - 4.50, as it compares its scores), so 4.505 is
// 4.51; nullptr when no band holds it (a score above the top band).
const ast::QualityBand* quality_band(const ast::ScaleDecl& q, const Rational& score);
// Whether a word a table printed is band `b`'s (its word, or its `en` word;
// spaces around it do not count).
bool band_says(const ast::QualityBand& b, std::string_view word);
// A printed word without the spaces around it.
std::string_view trimmed_word(std::string_view word);

}  // namespace planc::eval
