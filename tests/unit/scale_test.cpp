// The scales of stdlib/scales.plan against hand-computed values, and
// properties every scale must have.
#include <gtest/gtest.h>

#include <random>

#include "eval/scale.hpp"
#include "stdlib_scales.hpp"

using planc::Rational;

namespace {

using planc::testing::stdlib;

Rational dec(const char* s) { return *Rational::parse_decimal(s); }
std::string score(const char* scale, const char* x, int places = 2) {
  return planc::eval::apply_scale(stdlib().scale(scale), dec(x)).score.to_fixed(places);
}

}  // namespace

TEST(Scales, StdlibLoadsCleanly) { EXPECT_EQ(stdlib().p.diags.errors(), 0u); }

TEST(Scales, FiveBandMatchesTheReportsFigures) {
  EXPECT_EQ(score("five-band", "87.5"), "3.75");
  EXPECT_EQ(score("five-band", "66.67"), "1.67");
  EXPECT_EQ(score("five-band", "40"), "0.67");   // proportional below the first band
  EXPECT_EQ(score("five-band", "46.25"), "0.77");
  EXPECT_EQ(score("five-band", "700"), "5.00");  // capped at 5
  EXPECT_EQ(score("five-band", "60"), "1.00");
  EXPECT_EQ(score("five-band", "100"), "5.00");
  EXPECT_EQ(score("five-band", "0"), "0.00");
  // exact, not just at two places: 2/3 of the way from 60 to 70 ...
  auto r = planc::eval::apply_scale(stdlib().scale("five-band"), Rational::make(200, 3)).score;
  EXPECT_EQ(r, Rational::make(5, 3));
}

TEST(Scales, StepBandsDoNotInterpolate) {
  EXPECT_EQ(score("five-band-step", "87.5"), "3.00");
  EXPECT_EQ(score("five-band-step", "89.99"), "3.00");
  EXPECT_EQ(score("five-band-step", "90"), "4.00");
  EXPECT_EQ(score("five-band-step", "59.9"), "0.00");
}

TEST(Scales, FivePercentSteps) {
  EXPECT_EQ(score("five-band-5", "92.5"), "3.50");
  EXPECT_EQ(score("five-band-5", "79"), "0.00");
}

TEST(Scales, QuarterBands) {
  EXPECT_EQ(score("quarter-bands", "30"), "2.00");
  EXPECT_EQ(score("quarter-bands", "100"), "5.00");
}

TEST(Scales, MilestoneLevelIsTheScore) {
  EXPECT_EQ(score("milestone", "3"), "3.00");
  EXPECT_EQ(score("milestone", "4"), "4.00");
  EXPECT_EQ(score("milestone", "0"), "0.00");
  EXPECT_EQ(score("milestone", "6"), "5.00");
}

TEST(Scales, ProportionalToAFullScorePoint) {
  EXPECT_EQ(score("full-at-40", "20"), "2.50");  // 5 x 20 / 40
  EXPECT_EQ(score("full-at-40", "30"), "3.75");
  EXPECT_EQ(score("full-at-40", "80"), "5.00");  // capped
}

TEST(Scales, ThreeLevelTargets) {
  EXPECT_EQ(score("three-level", "1"), "1.00");
  EXPECT_EQ(score("three-level", "2"), "3.00");
  EXPECT_EQ(score("three-level", "3"), "5.00");
}

TEST(Scales, InverseTurnsAScoreBackIntoAPercent) {
  auto& fb = stdlib().scale("five-band");
  EXPECT_EQ(planc::eval::invert_scale(fb, dec("3.89"))->to_fixed(2), "88.90");
  EXPECT_EQ(planc::eval::invert_scale(fb, dec("0.67"))->to_fixed(2), "40.20");
  EXPECT_EQ(*planc::eval::invert_scale(fb, Rational(5)), Rational(100));
}

// Property: every standard scale is monotone (a better x never scores less),
// and apply/invert agree on the linear scales.
TEST(ScaleProperties, MonotoneAndInvertible) {
  std::mt19937 rng(20201);
  for (auto& m : stdlib().p.modules)
    for (auto& s : m.scales) {
      if (s.is_quality()) continue;  // bands of words: they score nothing (QualityBandsWordAScore)
      Rational prev = planc::eval::apply_scale(s, Rational(0)).score;
      for (int i = 1; i <= 400; ++i) {
        Rational x = Rational::make(i, 2);  // 0.5 .. 200
        Rational sc = planc::eval::apply_scale(s, x).score;
        EXPECT_GE(sc, prev) << s.name.value << " at " << x.to_decimal(0, 3);
        prev = sc;
      }
      if (s.between != planc::ast::ScaleDecl::Between::Linear) continue;
      for (int k = 0; k < 50; ++k) {
        Rational x = Rational::make(static_cast<std::int64_t>(rng() % 10000), 100);  // 0 .. 100
        Rational sc = planc::eval::apply_scale(s, x).score;
        auto back = planc::eval::invert_scale(s, sc);
        if (back && !sc.is_zero()) {
          EXPECT_EQ(planc::eval::apply_scale(s, *back).score, sc) << s.name.value;
        }
      }
    }
}

// The quality levels of ohec-quality: a score is worded by the band that holds
// it rounded half-up to the bands' two places (4.5 is ดี, 4.505 is ดีมาก),
// and a score above the top band has none.
TEST(Scales, QualityBandsWordAScore) {
  const planc::ast::ScaleDecl& q = stdlib().scale("ohec-quality");
  ASSERT_TRUE(q.is_quality());
  EXPECT_EQ(q.band_places(), 2);
  auto word = [&](const char* x) -> std::string {
    const planc::ast::QualityBand* b = planc::eval::quality_band(q, dec(x));
    return b ? std::string(b->word.value) : std::string("-");
  };
  EXPECT_EQ(word("0"), "ต้องปรับปรุงเร่งด่วน");
  EXPECT_EQ(word("1.5"), "ต้องปรับปรุงเร่งด่วน");
  EXPECT_EQ(word("1.504"), "ต้องปรับปรุงเร่งด่วน");
  EXPECT_EQ(word("1.505"), "ต้องปรับปรุง");  // 1.51 at two places
  EXPECT_EQ(word("3.5"), "พอใช้");
  EXPECT_EQ(word("4.5"), "ดี");
  EXPECT_EQ(word("4.504999"), "ดี");
  EXPECT_EQ(word("4.505"), "ดีมาก");
  EXPECT_EQ(word("4.7"), "ดีมาก");
  EXPECT_EQ(word("5"), "ดีมาก");
  EXPECT_EQ(word("5.006"), "-");  // 5.01: above every band
  // Exact: 4.5 + 1/300 is 4.50333…, ดี.
  const planc::ast::QualityBand* b = planc::eval::quality_band(q, Rational::make(1351, 300));
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->word.value, "ดี");
}
