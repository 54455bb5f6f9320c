// The reference plan (plans/th-hor-2563) end to end: its structure, the exact
// scores by the official method, and the two errors of the published report.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "driver/pipeline.hpp"

namespace {

using planc::Rational;

struct Reference {
  planc::driver::Compilation c;
  Reference() { planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan"); }
};

const Reference& ref() {
  static Reference r;
  return r;
}

const planc::eval::Node& strategy(int n) { return ref().c.scored->strategies.at(static_cast<std::size_t>(n - 1)); }

int count(planc::eval::Status st, const planc::eval::Node& s) {
  int n = 0;
  for (auto& i : s.children) n += i.status == st;
  return n;
}

bool has(planc::Code code, const std::string& text) {
  for (auto& d : ref().c.program.diags.all()) {
    if (d.code != code) continue;
    std::string all = d.message.str();
    for (auto& n : d.notes) all += "\n" + n.message.str();
    if (all.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST(Reference, ChecksWithoutErrors) {
  ASSERT_TRUE(ref().c.scored);
  EXPECT_EQ(ref().c.program.diags.errors(), 0u);
}

TEST(Reference, HasEveryStrategyAndIndicator) {
  const auto& m = *ref().c.model;
  ASSERT_EQ(m.strategies.size(), 4u);
  std::vector<std::size_t> sizes, subs;
  for (auto& s : m.strategies) {
    sizes.push_back(s.indicators.size());
    std::size_t k = 0;
    for (auto& i : s.indicators) k += i.subs.size();
    subs.push_back(k);
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{6, 10, 25, 25}));
  EXPECT_EQ(subs, (std::vector<std::size_t>{0, 4, 0, 0}));
  for (auto& s : m.strategies)
    for (auto& i : s.indicators) EXPECT_TRUE(i.result) << i.id << " has no result";
}

TEST(Reference, WeightedRowsPerStrategy) {
  using planc::eval::Status;
  EXPECT_EQ(count(Status::Scored, strategy(1)), 3);
  EXPECT_EQ(count(Status::Scored, strategy(2)), 8);
  EXPECT_EQ(count(Status::Scored, strategy(3)), 20);
  EXPECT_EQ(count(Status::Scored, strategy(4)), 18);
  EXPECT_EQ(count(Status::Na, strategy(1)), 3);
}

TEST(Reference, StrategyScoresExactly) {
  // Strategy 1 divides Σ(W×SM) = 4.03 by its Σ W = 1.01, as the report's formula says.
  EXPECT_EQ(*strategy(1).weighted_sum, *Rational::parse_decimal("4.03"));
  EXPECT_EQ(*strategy(1).weight_sum, *Rational::parse_decimal("1.01"));
  EXPECT_EQ(*strategy(1).score, Rational::make(403, 101));
  EXPECT_EQ(*strategy(2).score, *Rational::parse_decimal("4.0375"));
  EXPECT_EQ(*strategy(3).score, Rational::make(4501, 960));  // 4.68854166...
  EXPECT_EQ(strategy(3).score->to_fixed(4), "4.6885");
  EXPECT_EQ(strategy(4).score->to_fixed(4), "3.0633");
  EXPECT_EQ(strategy(4).score->to_fixed(2), "3.06");
}

TEST(Reference, OverallScoreAndPercent) {
  const auto& r = *ref().c.scored;
  Rational mean = (*strategy(1).score + *strategy(2).score + *strategy(3).score + *strategy(4).score) / Rational(4);
  EXPECT_EQ(*r.score, mean);
  EXPECT_EQ(r.score->to_fixed(2), "3.94");
  EXPECT_EQ(r.percent->to_fixed(2), "89.45");
}

TEST(Reference, RowFiguresMatchTheReport) {
  auto row = [](const char* id) { return planc::eval::find(*ref().c.scored, id); };
  EXPECT_EQ(row("2.1")->score->to_fixed(2), "3.75");
  EXPECT_EQ(row("2.7")->score->to_fixed(2), "1.67");
  EXPECT_EQ(row("3.1")->percent->to_fixed(2), "46.25");
  EXPECT_EQ(row("3.1")->score->to_fixed(2), "0.77");
  EXPECT_EQ(row("4.8")->score->to_fixed(2), "0.67");
  EXPECT_EQ(row("1.1")->percent->to_fixed(0), "700");
  EXPECT_EQ(row("1.1")->score->to_fixed(2), "5.00");
  // No published row figure disagrees with the recomputed one.
  for (auto& d : ref().c.program.diags.all()) EXPECT_NE(d.code, planc::Code::ReportedRow) << d.message.str();
}

TEST(Reference, CatchesBothPublishedErrors) {
  EXPECT_TRUE(has(planc::Code::WeightSumTolerated, "strategy 1 sum to 1.01"));
  EXPECT_TRUE(has(planc::Code::ReportedTotal, "indicator 3.8's weighted score"));
  EXPECT_TRUE(has(planc::Code::ReportedTotal, "strategy 3, but its score is 4.69"));
  EXPECT_TRUE(has(planc::Code::ReportedTotal, "not divided by Σ W = 1.01"));
  EXPECT_TRUE(has(planc::Code::ReportedCellEmpty, "3.8"));
}

TEST(Reference, BudgetsAddUp) {
  for (auto& d : ref().c.program.diags.all()) EXPECT_NE(d.code, planc::Code::BudgetMismatch) << d.message.str();
}

TEST(Reference, EvaluationIsDeterministic) {
  planc::driver::Compilation again;
  planc::driver::compile(again, std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan");
  EXPECT_EQ(*again.scored->score, *ref().c.scored->score);
  EXPECT_EQ(again.program.diags.all().size(), ref().c.program.diags.all().size());
}

// Property: the weights of a strategy are summed exactly whatever their order.
TEST(Properties, WeightsInvariantUnderReordering) {
  std::vector<Rational> w;
  for (auto& i : strategy(4).children)
    if (i.weight) w.push_back(*i.weight);
  std::sort(w.begin(), w.end());
  Rational first = 0;
  for (auto& x : w) first += x;
  int perms = 0;
  do {
    Rational s = 0;
    for (auto& x : w) s += x;
    EXPECT_EQ(s, first);
  } while (std::next_permutation(w.begin(), w.end()) && ++perms < 2000);
  EXPECT_EQ(first, Rational(1));
}

// `planc check` does not keep the score rows: it reconciles each strategy as
// soon as it is scored. Its findings must be exactly those of the full run,
// on the reference plan (whose published figures are wrong twice) and on a
// plan with its own reported figures.
TEST(Reference, CheckWithoutRowsFindsTheSame) {
  auto findings = [](const std::string& path, bool keep_rows) {
    planc::driver::Compilation c;
    planc::driver::compile(c, path, planc::driver::Options{.keep_rows = keep_rows, .explain = false});
    c.program.diags.sort();
    std::string out;
    for (auto& d : c.program.diags.all()) {
      out += fmt::format("{} {} {} {}\n", planc::info(d.code).code, d.span.begin, d.message.str(), d.hint.str());
      for (auto& n : d.notes) out += fmt::format("  {} {}\n", n.span.begin, n.message.str());
    }
    if (c.scored && c.scored->score) out += "overall " + c.scored->score->to_fraction() + "\n";
    if (!keep_rows && c.scored) {
      for (auto& s : c.scored->strategies) EXPECT_TRUE(s.children.empty());
    }
    return out;
  };
  std::string dir = std::string(PLANC_SOURCE_DIR) + "/plans/";
  std::string full = findings(dir + "th-hor-2563/2563-h1.plan", true);
  EXPECT_NE(full.find("W141"), std::string::npos) << full;  // the published totals are reconciled
  EXPECT_EQ(findings(dir + "th-hor-2563/2563-h1.plan", false), full);
  for (std::string plan : {"examples/city-library/2567-12m.plan", "examples/district-health/2567-12m.plan"})
    EXPECT_EQ(findings(dir + plan, false), findings(dir + plan, true)) << plan;
}

// The overall score is the exact mean of the strategy scores, however many:
// the evaluator adds them in pairs (a tree), which must give the sum one
// addition after another gives, for every count (odd, even, powers of two).
TEST(Properties, OverallIsTheExactMeanOfAnyNumberOfStrategies) {
  for (int n : {1, 2, 3, 5, 8, 13, 64, 100}) {
    std::string text = "use \"std/units\"\nuse \"std/scales\"\nplan \"t\" { scale five-band }\n"
                       "round \"r\" { months 12 }\n";
    for (int k = 1; k <= n; ++k)  // targets 7k + 3: scores with denominators of their own
      text += fmt::format("strategy {} \"s\" {{\n  indicator 1 \"i\" {{ unit count; target >= {}; weight 1 }}\n}}\n"
                          "result {}.1 {{ value {} }}\n",
                          k, 7 * k + 3, k, 5 * k + 1);
    planc::driver::Compilation c;
    planc::driver::compile_text(c, "many.plan", text);
    ASSERT_EQ(c.program.diags.errors(), 0u) << n;
    ASSERT_TRUE(c.scored && c.scored->score) << n;
    Rational sum = 0;
    for (auto& s : c.scored->strategies) sum += *s.score;
    EXPECT_EQ(*c.scored->score, sum / Rational(n)) << n;
  }
}
