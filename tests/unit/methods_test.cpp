// Other agencies' methods (issue 25), end to end from plan text: scores an
// assessor gives, target levels with the points a scale declares, results
// published as a sum and a count of rounded inputs, and the table's shape
// (`columns`, `overall none`, `levels`).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "driver/pipeline.hpp"
#include "eval/scale.hpp"
#include "report/build.hpp"
#include "report/rank.hpp"
#include "stdlib_scales.hpp"

namespace {

using planc::Rational;

struct Compiled {
  planc::driver::Compilation c;
  explicit Compiled(const std::string& text) { planc::driver::compile_text(c, "t.plan", text); }
  const planc::eval::Node& row(const std::string& id) const {
    const planc::eval::Node* n = planc::eval::find(*c.scored, id);
    if (!n) throw std::runtime_error("no row " + id);
    return *n;
  }
  int count(planc::Code code) const {
    int n = 0;
    for (auto& d : c.program.diags.all()) n += d.code == code;
    return n;
  }
};

const char* kHead = "use \"std/units\"\nuse \"std/scales\"\n";

planc::ast::Target levels(std::initializer_list<int> ls) {
  planc::ast::Target t;
  t.kind = planc::ast::Target::Kind::Levels;
  std::vector<planc::ast::Number> parts;
  for (int l : ls) parts.push_back(planc::ast::Number{Rational(l), nullptr, {}, false});
  t.parts = std::move(parts);
  return t;
}

}  // namespace

TEST(Levels, WhereAResultStandsAmongRisingLevels) {
  auto t = levels({80, 90, 100});
  EXPECT_EQ(planc::eval::level_reached(t, Rational(80)), Rational(1));
  EXPECT_EQ(planc::eval::level_reached(t, Rational(92)), Rational::make(11, 5));  // 2.2
  EXPECT_EQ(planc::eval::level_reached(t, Rational(100)), Rational(3));
  EXPECT_EQ(planc::eval::level_reached(t, Rational(105)), Rational::make(7, 2));  // beyond: the last step's width
  EXPECT_EQ(planc::eval::level_reached(t, Rational(40)), Rational::make(1, 2));   // below: the share of the first
  EXPECT_EQ(planc::eval::level_reached(t, Rational(0)), Rational(0));
}

TEST(Levels, FallingLevelsAreLowerIsBetter) {
  auto t = levels({15, 12, 10});
  EXPECT_EQ(planc::eval::level_reached(t, Rational(15)), Rational(1));
  EXPECT_EQ(planc::eval::level_reached(t, Rational(11)), Rational::make(5, 2));  // half way from 12 to 10
  EXPECT_EQ(planc::eval::level_reached(t, Rational(10)), Rational(3));
  EXPECT_EQ(planc::eval::level_reached(t, Rational(30)), Rational::make(1, 2));  // 15 ÷ 30
}

TEST(Levels, TheStandardPointSetsDiffer) {
  const auto& s75 = planc::testing::stdlib().scale("three-level-50-75-100");
  const auto& s70 = planc::testing::stdlib().scale("three-level-50-70-100");
  const auto& step = planc::testing::stdlib().scale("three-level-50-75-100-step");
  EXPECT_EQ(planc::eval::apply_scale(s75, Rational(2)).score, Rational(75));
  EXPECT_EQ(planc::eval::apply_scale(s70, Rational(2)).score, Rational(70));
  EXPECT_EQ(planc::eval::apply_scale(s75, Rational::make(5, 2)).score, Rational::make(175, 2));  // 87.5
  EXPECT_EQ(planc::eval::apply_scale(step, Rational::make(5, 2)).score, Rational(75));
  EXPECT_EQ(planc::eval::apply_scale(s75, Rational::make(9, 10)).score, Rational(0));  // below the base level
  EXPECT_EQ(planc::eval::apply_scale(s75, Rational(4)).score, Rational(100));          // capped
}

TEST(Levels, ScoresTheExamplesRowsAndHasNoPercent) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale three-level-50-75-100; overall weighted; columns score, weighted }
strategy 1 "s" { weight 0.7
  indicator 1 "a" { unit percent; target levels 80 90 100; weight 0.4 }
  indicator 2 "b" { unit วัน; target levels 15 12 10; weight 0.3 }
  indicator 3 "c" { unit count; target levels 3 5 8; weight 0.3 }
}
strategy 2 "t" { weight 0.3
  indicator 1 "d" { unit percent; target levels 70 80 90; weight 0.5 }
  indicator 2 "e" { unit level; target levels 3 4 5; scale three-level-50-75-100-step; weight 0.5 }
}
round "r" { months 12 }
result 1.1 { value 92 }
result 1.2 { value 11 }
result 1.3 { value 8 }
result 2.1 { value 65 }
result 2.2 { value 4 }
)");
  ASSERT_TRUE(p.c.scored);
  EXPECT_EQ(p.c.program.diags.errors(), 0u);
  EXPECT_EQ(*p.row("1.1").score, Rational(80));
  EXPECT_EQ(*p.row("1.2").score, Rational::make(175, 2));
  EXPECT_EQ(*p.row("1.3").score, Rational(100));
  EXPECT_EQ(*p.row("2.1").score, Rational(0));
  EXPECT_EQ(*p.row("2.2").score, Rational(75));
  EXPECT_FALSE(p.row("1.1").percent);
  EXPECT_EQ(*p.c.scored->strategies[0].score, Rational::make(353, 4));  // 88.25
  EXPECT_FALSE(p.c.scored->strategies[0].percent);                       // no percent column
  EXPECT_EQ(*p.c.scored->score, Rational::make(2921, 40));               // 73.025
  EXPECT_FALSE(p.c.scored->percent);
}

TEST(GivenScores, AreTakenAsGivenWithNoPercent) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale five-band }
strategy 1 "s" {
  indicator 1 "a" { unit score; basis given; weight 0.5 }
  indicator 2 "b" { unit score; basis given; weight 0.5 }
}
result 1.1 { score 4.8 }
result 1.2 { reported { sum 47.12; count 14 } }
)");
  ASSERT_TRUE(p.c.scored);
  EXPECT_EQ(p.c.program.diags.errors(), 0u);
  EXPECT_EQ(*p.row("1.1").score, Rational::make(24, 5));
  EXPECT_FALSE(p.row("1.1").percent);
  EXPECT_EQ(*p.row("1.2").score, Rational::make(4712, 1400));  // 47.12 ÷ 14
  EXPECT_EQ(*p.c.scored->strategies[0].score, (Rational::make(24, 5) + Rational::make(4712, 1400)) / Rational(2));
}

TEST(GivenScores, TheBasisAndTheResultMustAgree) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale five-band }
strategy 1 "s" {
  indicator 1 "a" { unit score; basis given; weight 0.25 }
  indicator 2 "b" { unit percent; target >= 80; weight 0.25 }
  indicator 3 "c" { unit score; basis given; weight 0.25 }
  indicator 4 "d" { unit score; basis given; weight 0.25 }
}
result 1.1 { value 4.8 }
result 1.2 { score 4 }
result 1.3 { score 5.5 }
result 1.4 { score 5; reported { percent 100 } }
)");
  EXPECT_EQ(p.count(planc::Code::GivenScore), 3);
  EXPECT_EQ(p.count(planc::Code::NotInTable), 1);
}

TEST(RoundedInputs, ALastDigitTheRoundingExplainsIsANote) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale five-band; columns score }
strategy 1 "s" {
  indicator 1 "a" { unit score; basis given; weight 0.5 }
  indicator 2 "b" { unit score; basis given; weight 0.5 }
}
result 1.1 { reported { sum 47.12; count 14; score 3.36 } }
result 1.2 { reported { sum 47.12; count 14; score 3.40 } }
)");
  EXPECT_EQ(p.count(planc::Code::RoundedInputs), 1);
  EXPECT_EQ(p.count(planc::Code::ReportedRow), 1);
  EXPECT_EQ(p.c.program.diags.errors(), 0u);
}

TEST(TableShape, OverallNoneHasNoOverallAndRefusesOne) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale five-band; overall none; levels "องค์ประกอบ" "ตัวบ่งชี้" }
strategy 1 "s" { indicator 1 "a" { unit percent; target >= 80; weight 1 } }
result 1.1 { value 80 }
reported overall { score 5 }
)");
  ASSERT_TRUE(p.c.scored);
  EXPECT_FALSE(p.c.scored->score);
  EXPECT_EQ(p.count(planc::Code::NotInTable), 1);
}

TEST(TableShape, NoWeightedColumnMeansNoEmptyCellWarning) {
  std::string body = R"(
strategy 1 "s" { indicator 1 "a" { unit percent; target >= 80; weight 1 } }
result 1.1 { value 80; reported { percent 100; score 5 } }
)";
  Compiled all(std::string(kHead) + "plan \"p\" { scale five-band }\n" + body);
  Compiled two(std::string(kHead) + "plan \"p\" { scale five-band; columns percent, score }\n" + body);
  EXPECT_EQ(all.count(planc::Code::ReportedCellEmpty), 1);
  EXPECT_EQ(two.count(planc::Code::ReportedCellEmpty), 0);
}

TEST(TableShape, TheReportUsesThePlansWordsAndColumns) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale five-band; columns score; levels "องค์ประกอบ" "ตัวบ่งชี้" }
strategy 1 "s" { indicator 1 "a" { unit score; basis given; weight 1 } }
round "r" { months 12 }
result 1.1 { score 3.37 }
)");
  ASSERT_TRUE(p.c.scored);
  planc::report::Model m = planc::report::build(*p.c.scored, p.c.program.sources, p.c.program.diags, {});
  EXPECT_EQ(m.strategy_word, "องค์ประกอบที่");
  EXPECT_EQ(m.indicator_word, "ตัวบ่งชี้");
  EXPECT_FALSE(m.show_percent);
  EXPECT_FALSE(m.show_weighted);
  EXPECT_FALSE(m.band_columns);  // no row is scored in a band
  ASSERT_EQ(m.strategies.size(), 1u);
  ASSERT_EQ(m.strategies[0].rows.size(), 1u);
  EXPECT_EQ(m.strategies[0].rows[0].band, 0);
  EXPECT_EQ(m.strategies[0].rows[0].criteria, "คะแนนที่ผู้ประเมินให้");
  EXPECT_EQ(m.strategies[0].percent, "-");
}

TEST(PercentWeights, ScoreExactlyAsFractionsDo) {
  std::string body = R"(
strategy 1 "s" { weight W1
  indicator 1 "a" { unit percent; target >= 80; weight A }
  indicator 2 "b" { unit percent; target >= 80; weight B }
}
strategy 2 "t" { weight W2
  indicator 1 "c" { unit percent; target >= 80; weight 1C }
}
result 1.1 { value 72 }
result 1.2 { value 90 }
result 2.1 { value 64 }
)";
  auto with = [&](const char* head, const char* w1, const char* w2, const char* a, const char* b, const char* c) {
    std::string t = body;
    auto put = [&](const std::string& k, const std::string& v) { t.replace(t.find(k), k.size(), v); };
    put("W1", w1);
    put("W2", w2);
    put("A", a);
    put("B", b);
    put("1C", c);
    return std::string(kHead) + head + t;
  };
  Compiled frac(with("plan \"p\" { scale five-band; overall weighted }\n", "0.7", "0.3", "0.4", "0.6", "1"));
  Compiled pct(with("plan \"p\" { scale five-band; overall weighted; weights percent }\n", "70", "30", "40", "60", "100"));
  ASSERT_TRUE(frac.c.scored);
  ASSERT_TRUE(pct.c.scored);
  EXPECT_EQ(frac.c.program.diags.errors(), 0u);
  EXPECT_EQ(pct.c.program.diags.errors(), 0u);
  EXPECT_EQ(*pct.row("1.1").weight, Rational::make(2, 5));
  EXPECT_EQ(*pct.row("1.1").weighted, *frac.row("1.1").weighted);
  EXPECT_EQ(*pct.c.scored->strategies[0].score, *frac.c.scored->strategies[0].score);
  EXPECT_EQ(*pct.c.scored->score, *frac.c.scored->score);
}

TEST(PercentWeights, SumTo100AndLieIn0To100) {
  Compiled p(std::string(kHead) + R"(
plan "p" { scale five-band; weights percent }
strategy 1 "s" {
  indicator 1 "a" { unit percent; target >= 80; weight 40 }
  indicator 2 "b" { unit percent; target >= 80; weight 55 }
}
strategy 2 "t" { indicator 1 "c" { unit percent; target >= 80; weight 120 } }
result 1.1 { value 80 }
result 1.2 { value 80 }
result 2.1 { value 80 }
)");
  EXPECT_EQ(p.count(planc::Code::WeightSum), 1);
  EXPECT_EQ(p.count(planc::Code::BadWeight), 1);
  bool says_percent = false;
  for (auto& d : p.c.program.diags.all())
    if (d.code == planc::Code::WeightSum) says_percent = d.message.str().find("95 %, not 100 %") != std::string::npos;
  EXPECT_TRUE(says_percent);
}

// ---- groups above strategies, whole-plan weights, category points, adjustments

TEST(Groups, AGroupCombinesItsStrategiesAndTheOverallItsGroups) {
  Compiled x(std::string(kHead) + R"(
plan "g" { scale five-band; overall weighted; weights percent }
group 1 "Performance" {
  weight 70
  strategy 1 "a" { weight 60; indicator 1 "i" { unit percent; target >= 80; weight 100 } }
  strategy 2 "b" { weight 40; indicator 1 "i" { unit percent; target >= 80; weight 100 } }
}
group 2 "Potential" {
  weight 30
  strategy 3 "c" { indicator 1 "i" { unit percent; target >= 80; weight 100 } }
}
round "r" { months 12 }
result 1.1 { value 80 }
result 2.1 { value 64 }
result 3.1 { value 72 }
reported 1 { weighted 3 }
reported group 1 { score 4.2; weighted 2.94 }
reported group 2 { score 4; weighted 1.2 }
reported overall { score 4.14 }
)");
  ASSERT_TRUE(x.c.scored);
  const auto& r = *x.c.scored;
  ASSERT_EQ(r.groups.size(), 2u);
  // Strategy 1: 100 % → 5; strategy 2: 80 % → 3; group 1 = 0.6 × 5 + 0.4 × 3 = 4.2.
  EXPECT_EQ(*r.groups[0].score, Rational::make(21, 5));
  EXPECT_EQ(*r.groups[0].weighted, Rational::make(147, 50));  // 0.7 × 4.2 = 2.94
  EXPECT_EQ(*r.groups[1].score, Rational(4));                 // 90 % → 4
  EXPECT_EQ(*x.row("1").weighted, Rational(3));               // a strategy's contribution: 0.6 × 5
  EXPECT_EQ(*r.score, Rational::make(207, 50));               // 2.94 + 0.3 × 4 = 4.14
  EXPECT_EQ(x.count(planc::Code::ReportedTotal), 0);          // every published figure agrees
  EXPECT_EQ(x.c.program.diags.errors(), 0u);
}

TEST(Groups, APublishedGroupFigureThatDiffersIsReported) {
  Compiled x(std::string(kHead) + R"(
plan "g" { scale five-band; overall weighted; weights percent }
group 1 "a" { weight 50; strategy 1 "a" { indicator 1 "i" { unit percent; target >= 80; weight 100 } } }
group 2 "b" { weight 50; strategy 2 "b" { indicator 1 "i" { unit percent; target >= 80; weight 100 } } }
round "r" { months 12 }
result 1.1 { value 80 }
result 2.1 { value 80 }
reported group 1 { score 4; weighted 2 }
)");
  EXPECT_EQ(x.count(planc::Code::ReportedTotal), 2);  // score 5 (not 4), weighted 2.5 (not 2)
}

TEST(Groups, EveryStrategyInAGroupAndTheGroupsWeightsSumTo100) {
  Compiled x(std::string(kHead) + R"(
plan "g" { scale five-band; overall weighted; weights percent }
group 1 "a" { weight 60; strategy 1 "a" { indicator 1 "i" { unit percent; target >= 80; weight 100 } } }
group 2 "b" { weight 30; strategy 2 "b" { indicator 1 "i" { unit percent; target >= 80; weight 100 } } }
strategy 3 "c" { indicator 1 "i" { unit percent; target >= 80; weight 100 } }
)");
  EXPECT_EQ(x.count(planc::Code::OutsideGroups), 1);
  EXPECT_EQ(x.count(planc::Code::WeightSum), 1);  // 60 + 30
}

TEST(Whole, WeightsOfTheWholePlanSumTo100AcrossStrategies) {
  const std::string plan = std::string(kHead) + R"(
plan "w" { scale five-band; weights percent whole }
strategy 1 "a" {
  indicator 1 "i" { unit percent; target >= 80; weight 40 }
  indicator 2 "j" { unit percent; target >= 100; weight 20 }
}
strategy 2 "b" {
  indicator 1 "k" { unit percent; target >= 90; weight 30 }
  indicator 2 "l" { unit percent; target >= 90; weight 10 }
}
round "r" { months 12 }
result 1.1 { value 80 }
result 1.2 { value 90 }
result 2.1 { value 90 }
result 2.2 { value 60 }
)";
  Compiled x(plan);
  ASSERT_TRUE(x.c.scored);
  EXPECT_EQ(x.c.program.diags.errors(), 0u);  // 60 and 40: no strategy sums to 100, the plan does
  // A strategy averages over its own rows: (0.4 × 5 + 0.2 × 4) ÷ 0.6 = 14/3.
  EXPECT_EQ(*x.row("1").score, Rational::make(14, 3));
  // The overall score weighs every row by its whole-plan weight: Σ (W × SM) ÷ Σ W
  // = 0.4×5 + 0.2×4 + 0.3×5 + 0.1×(5/3) = 67/15 (not the mean of the strategies).
  EXPECT_EQ(*x.c.scored->score, Rational::make(67, 15));
  Compiled wrong(std::regex_replace(plan, std::regex("weight 10 "), "weight 5 "));
  EXPECT_EQ(wrong.count(planc::Code::WeightSum), 1);  // 95, across the plan
}

TEST(Points, ACategoryEarnsItsPointsTimesItsPercentAndTheTotalIsTheirSum) {
  Compiled x(std::string(kHead) + R"(
plan "p" { scale percent-points; weights points; columns percent, weighted }
strategy 1 "a" {
  indicator 1 "i" { unit percent; basis direct; weight 15 }
  indicator 2 "j" { unit percent; basis direct; weight 10 }
}
strategy 2 "b" { indicator 1 "k" { unit percent; target >= 80; weight 20 } }
round "r" { months 12 }
result 1.1 { value 72.5; reported { weighted 10.88 } }
result 1.2 { value 16.67; reported { weighted 1.67 } }
result 2.1 { value 100; reported { weighted 20 } }
reported 1 { score 12.54 }
reported overall { score 32.54 }
)");
  ASSERT_TRUE(x.c.scored);
  EXPECT_EQ(*x.row("1.1").weighted, Rational::make(87, 8));          // 15 × 0.725 = 10.875
  EXPECT_EQ(*x.row("1").score, Rational::make(87, 8) + Rational::make(1667, 1000));  // a sum, not a mean
  EXPECT_EQ(*x.row("2.1").weighted, Rational(20));                   // 125 % of the target: capped at the full marks
  EXPECT_EQ(*x.c.scored->score, Rational::make(87, 8) + Rational::make(1667, 1000) + Rational(20));
  EXPECT_EQ(*x.c.scored->percent, *x.c.scored->score / Rational(45) * Rational(100));  // of 45 full marks
  EXPECT_EQ(x.count(planc::Code::ReportedRow) + x.count(planc::Code::ReportedTotal), 0);
  EXPECT_EQ(x.c.program.diags.errors(), 0u);  // 25 and 20 points: no sum to 1 required
}

TEST(Adjustments, ADeductionIsAStepWithItsReasonAndNeverBelowZero) {
  Compiled x(std::string(kHead) + R"(
plan "a" { scale five-band }
strategy 1 "a" {
  indicator 1 "i" { unit percent; target >= 80; weight 0.5 }
  indicator 2 "j" { unit percent; target >= 80; weight 0.5 }
}
round "r" { months 12 }
result 1.1 { value 80 }
result 1.2 { value 48 }
deduct 1.1 0.2 "one report sent late"
deduct 1.1 0.2 "another report sent late"
deduct 1.2 1.5 "late"
add overall 0.1 "innovation award"
)");
  ASSERT_TRUE(x.c.scored);
  EXPECT_EQ(*x.row("1.1").score, Rational::make(23, 5));  // 5 − 0.2 − 0.2
  EXPECT_EQ(*x.row("1.2").score, Rational(0));            // 60 % → 1, less 1.5: 0, not −0.5
  EXPECT_EQ(*x.row("1.1").weighted, Rational::make(23, 10));
  EXPECT_EQ(*x.c.scored->score, Rational::make(23, 10) + Rational::make(1, 10));
  int deducted = 0;
  for (auto& s : x.row("1.1").steps)
    deducted += s.kind == planc::eval::StepKind::Deducted && s.args.size() == 5 && s.args[4].find("late") != std::string::npos;
  EXPECT_EQ(deducted, 2);
  // The overall percent is the adjusted score's (2.4 on five-band: 74 %),
  // not the one before the award (2.3: 73 %); one percent step, after the award.
  EXPECT_EQ(*x.c.scored->percent, Rational(74));
  int percents = 0;
  for (auto& s : x.c.scored->steps) percents += s.kind == planc::eval::StepKind::AsPercent;
  EXPECT_EQ(percents, 1);
  EXPECT_EQ(x.c.scored->steps.back().kind, planc::eval::StepKind::AsPercent);
}

// ---- several bodies ranked (report/rank.hpp)

TEST(Rank, TiesShareARankAndBodiesWithoutTheFigureFollowUnranked) {
  auto body = [](const std::string& value) {
    return std::string(kHead) + R"(
plan "r" { scale five-band; digits arabic }
strategy 1 "a" { indicator 1 "i" { unit percent; target >= 80; weight 1 } }
round "r" { months 12 }
)" + (value.empty() ? std::string("result 1.1 { na \"no survey\" }\n") : "result 1.1 { value " + value + " }\n");
  };
  Compiled a(body("80")), b(body("72")), c(body("72")), d(body("64")), e(body(""));
  std::vector<planc::report::RankInput> in{{"E", "e.plan", &*e.c.scored}, {"D", "d.plan", &*d.c.scored},
                                           {"C", "c.plan", &*c.c.scored}, {"B", "b.plan", &*b.c.scored},
                                           {"A", "a.plan", &*a.c.scored}};
  auto m = planc::report::rank(in, 2566, 12, {"overall", "en", ""});
  ASSERT_EQ(m.rows.size(), 5u);
  EXPECT_EQ(m.rows[0].body, "A");
  EXPECT_EQ(m.rows[0].rank, "1");
  EXPECT_EQ(m.rows[1].body, "B");  // 90 % and 90 %: one rank, by name
  EXPECT_EQ(m.rows[1].rank, "2");
  EXPECT_EQ(m.rows[2].body, "C");
  EXPECT_EQ(m.rows[2].rank, "2");
  EXPECT_EQ(m.rows[3].rank, "4");  // competition ranking: 1, 2, 2, 4
  EXPECT_EQ(m.rows[4].body, "E");
  EXPECT_EQ(m.rows[4].rank, "");
  EXPECT_EQ(m.rows[4].score, "-");
  EXPECT_NE(m.rows[4].reason, "");
  // By an indicator, and nothing else.
  EXPECT_EQ(planc::report::rank(in, 2566, 12, {"1.1", "en", ""}).rows[0].body, "A");
  EXPECT_THROW(planc::report::rank(in, 2566, 12, {"9.9", "en", ""}), std::invalid_argument);
}

TEST(Rank, ExactFiguresDecideWhatPrintsTheSame) {
  auto body = [](const std::string& value) {
    return std::string(kHead) + R"(
plan "r" { scale percent-points; weights points; columns percent, weighted }
strategy 1 "a" { indicator 1 "i" { unit percent; basis direct; weight 15 } }
round "r" { months 12 }
result 1.1 { value )" + value + " }\n";
  };
  Compiled lower(body("57.775")), higher(body("57.78"));  // 8.66625 and 8.667: both print 8.67
  std::vector<planc::report::RankInput> in{{"lower", "", &*lower.c.scored}, {"higher", "", &*higher.c.scored}};
  auto m = planc::report::rank(in, 2562, 12, {"overall", "en", ""});
  EXPECT_EQ(m.rows[0].body, "higher");
  EXPECT_EQ(m.rows[1].rank, "2");
  EXPECT_EQ(m.rows[0].score, m.rows[1].score);
}

TEST(Rank, APlanWithoutAnOverallFigureNeedsBy) {
  Compiled x(std::string(kHead) + R"(
plan "r" { scale five-band; overall none }
strategy 1 "a" { indicator 1 "i" { unit percent; target >= 80; weight 1 } }
round "r" { months 12 }
result 1.1 { value 80 }
)");
  std::vector<planc::report::RankInput> in{{"A", "", &*x.c.scored}};
  EXPECT_THROW(planc::report::rank(in, 2566, 12, {"overall", "en", ""}), std::invalid_argument);
  auto choices = planc::report::rank_choices(*x.c.scored);
  EXPECT_EQ(choices, std::vector<std::string>{"1"});
  EXPECT_EQ(planc::report::rank(in, 2566, 12, {"1", "en", ""}).rows[0].rank, "1");
}

// A quality scale named by the plan whose bands were all written elsewhere
// (a fuzzer's input: the bands inside a result): the check of where the bands
// meet the scale's scores has no band to start from, and says nothing.
TEST(Quality, AScaleWithoutBandsIsNotCompared) {
  Compiled x(std::string(kHead) + R"(
scale words "w" {
}
plan "a" { scale five-band; quality words }
strategy 1 "a" {
  indicator 1 "i" { unit percent; target >= 80; weight 1 }
}
round "r" { months 12 }
result 1.1 { value 80 }
)");
  EXPECT_EQ(x.count(planc::Code::PublishedQuality), 0);
  EXPECT_GT(x.c.program.diags.all().size(), 0u);  // the empty scale is said where it is declared
}
