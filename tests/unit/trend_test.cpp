// planc trend's model and emitters (report/trend, emit/trend*), and a round
// report's neighbours (driver/neighbours, report::Options::neighbours):
// figures exact round by round, NA kinds, compound targets' parts, budgets and
// their totals, digits and languages, the JSON shape of docs/trend.md, the
// charts, and a report without neighbours unchanged.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "driver/neighbours.hpp"
#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "emit/trend.hpp"
#include "report/build.hpp"
#include "report/trend.hpp"

namespace {

using planc::report::TrendInput;
using planc::report::TrendModel;

// A plan and its round in one text (a file with both is a plan with its round).
const char* kPlan = R"(use "std/units"
use "std/scales"
plan "แผนทดสอบแนวโน้ม" {
  years ๒๕๖๗ - ๒๕๖๘
  language th
  digits thai
  scale five-band
}
strategy ๑ "หนึ่ง" {
  indicator ๑ "ร้อยละ" { unit ร้อยละ; target >= ๘๐; weight ๐.๕
    project p1 "โครงการหนึ่ง" { budget ๑,๐๐๐,๐๐๐ }
  }
  indicator ๒ "ระดับ" { unit ระดับ; target >= ๕; weight ๐.๓ }
  indicator ๓ "เริ่มทีหลัง" { unit ร้อยละ; target >= ๙๐; weight ๐.๒; starts ๙ }
}
strategy ๒ "สอง" {
  indicator ๑ "วารสาร" { unit เล่ม; target compound ๖/๑๒; weight ๐.๕
    project p2 "โครงการสอง" { budget ๓๐๐,๐๐๐ }
  }
  indicator ๒ "ยกเลิก" { unit ร้อยละ; target >= ๘๐; cancelled "ยกเลิกตามมติ" }
  indicator ๓ "ความพึงพอใจ" { unit ร้อยละ; target >= ๘๐; weight ๐.๕ }
}
)";

const char* kSix = R"(round "รอบ ๖ เดือน" { months ๖; year ๒๕๖๗ }
result ๑.๑ { value ๖๐; project p1 { status in-progress; disbursed ๒๕๐,๐๐๐; remaining ๗๕๐,๐๐๐ } }
result ๑.๒ { na "ดำเนินการไตรมาสที่ ๔" }
result ๒.๑ { value ๓; project p2 { status in-progress; disbursed ๑๐๐,๐๐๐; remaining ๒๐๐,๐๐๐ } }
result ๒.๓ { value ๘๐ }
)";

const char* kTwelve = R"(round "รอบ ๑๒ เดือน" { months ๑๒; year ๒๕๖๗ }
result ๑.๑ { value ๙๐; project p1 { status done; disbursed ๙๙๙,๙๙๙.๙๙; remaining ๐.๐๑ } }
result ๑.๒ { value ๔ }
result ๑.๓ { value ๙๕ }
result ๒.๑ { value ๑๒; project p2 { status done; disbursed ๓๐๐,๐๐๐; remaining ๐ } }
result ๒.๓ { value ๗๐ }
)";

struct Rounds {
  std::vector<std::unique_ptr<planc::driver::Compilation>> comps;
  std::vector<TrendInput> in;

  void add(const std::string& name, int year, int months, const char* round) {
    auto c = std::make_unique<planc::driver::Compilation>();
    planc::driver::compile_text(*c, name, std::string(kPlan) + round);
    ASSERT_FALSE(c->program.diags.has_errors()) << name;
    ASSERT_TRUE(c->scored);
    in.push_back({name, year, months, &*c->scored});
    comps.push_back(std::move(c));
  }
};

Rounds two_rounds() {
  Rounds r;
  r.add("r6.plan", 2567, 6, kSix);
  r.add("r12.plan", 2567, 12, kTwelve);
  return r;
}

const planc::report::TrendIndicator& indicator(const TrendModel& m, const std::string& id) {
  for (auto& t : m.indicators)
    if (t.id == id) return t;
  throw std::runtime_error("no indicator " + id);
}

std::string emitted(const TrendModel& m, void (*emit)(const TrendModel&, planc::emit::Sink&)) {
  return planc::emit::collect([&](planc::emit::Sink& out) { emit(m, out); });
}

TEST(Trend, RoundsInOrderWithTheEvaluatorsExactScores) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  ASSERT_EQ(m.rounds.size(), 2u);
  EXPECT_EQ(m.rounds[0].months, 6);
  EXPECT_EQ(m.rounds[1].months, 12);
  EXPECT_EQ(m.rounds[0].label, "ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน");
  for (std::size_t k = 0; k < 2; ++k) {
    EXPECT_EQ(m.rounds[k].score.exact, r.in[k].scored->score);
    EXPECT_EQ(m.rounds[k].percent.exact, r.in[k].scored->percent);
    ASSERT_EQ(m.rounds[k].strategies.size(), 2u);
    EXPECT_EQ(m.rounds[k].strategies[1].exact, r.in[k].scored->strategies[1].score);
  }
  // Six months: 1.1 at 60 of 80 -> 75 % -> score 2.5, alone (1.2 is NA, 1.3 not started).
  EXPECT_EQ(m.rounds[0].strategies[0].text, "๒.๕๐");
}

TEST(Trend, NaKindsAndReasonsRoundByRound) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  const auto& na = indicator(m, "1.2");
  EXPECT_EQ(na.rounds[0].status, "na");
  EXPECT_EQ(na.rounds[0].status_text, "NA: ดำเนินการไตรมาสที่ ๔");
  EXPECT_EQ(na.rounds[0].result, "NA");
  EXPECT_EQ(na.rounds[1].status, "scored");
  EXPECT_EQ(na.rounds[1].result, "๔");
  const auto& later = indicator(m, "1.3");
  EXPECT_EQ(later.rounds[0].status, "not-started");
  EXPECT_EQ(later.rounds[0].status_text, "ยังไม่เริ่มประเมิน (เริ่มรอบ ๙ เดือน)");
  EXPECT_EQ(later.rounds[1].status, "scored");
  const auto& cancelled = indicator(m, "2.2");
  for (auto& c : cancelled.rounds) {
    EXPECT_EQ(c.status, "cancelled");
    EXPECT_EQ(c.status_text, "ยกเลิก: ยกเลิกตามมติ");
    EXPECT_FALSE(c.score.exact);
  }
}

TEST(Trend, CompoundTargetHasEachRoundsPart) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  const auto& j = indicator(m, "2.1");
  EXPECT_TRUE(j.compound);
  EXPECT_EQ(j.rounds[0].target.exact, planc::Rational(6));
  EXPECT_EQ(j.rounds[1].target.exact, planc::Rational(12));
  EXPECT_EQ(j.rounds[0].percent.exact, planc::Rational(50));  // 3 of the six months' 6
  EXPECT_EQ(j.rounds[1].percent.exact, planc::Rational(100));
  EXPECT_TRUE(j.rounds[0].below);
  EXPECT_FALSE(j.rounds[1].below);
}

TEST(Trend, ShortfallsAreTheLastRoundsBelowTarget) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  std::vector<std::string> ids;
  for (auto& s : m.shortfalls) ids.push_back(s.id);
  // Twelve months: 1.2 level 4 of 5 (80 %), 2.3 70 of 80 (87.5 %); 2.1 reached its 12.
  EXPECT_EQ(ids, (std::vector<std::string>{"1.2", "2.3"}));
  EXPECT_EQ(m.shortfalls[1].bar, "87.50");
  EXPECT_EQ(m.shortfalls[1].percent, "๘๗.๕๐");
}

TEST(Trend, BudgetsExactWithRatesAndStrategyTotals) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  ASSERT_EQ(m.projects.size(), 2u);
  const auto& p1 = m.projects[0];
  EXPECT_EQ(p1.name, "p1");
  EXPECT_EQ(p1.rounds[0].rate.exact, planc::Rational(25));
  EXPECT_EQ(p1.rounds[0].disbursed.text, "๒๕๐,๐๐๐.๐๐");
  EXPECT_EQ(p1.rounds[0].status, "อยู่ระหว่างดำเนินการ");
  // 999,999.99 of 1,000,000: exact, shown rounded half-up.
  EXPECT_EQ(p1.rounds[1].rate.exact, planc::Rational::make(99999999, 1000000));
  EXPECT_EQ(p1.rounds[1].rate.text, "๑๐๐.๐๐");
  ASSERT_EQ(m.budgets.size(), 2u);
  EXPECT_EQ(m.budgets[1].id, "2");
  EXPECT_EQ(m.budgets[1].rounds[0].budget.exact, planc::Rational(300000));
  EXPECT_EQ(m.budgets[1].rounds[0].remaining.exact, planc::Rational(200000));
}

TEST(Trend, LanguageAndDigitsAsAsked) {
  Rounds r = two_rounds();
  TrendModel en = planc::report::trend(r.in, {"en", "arabic"});
  EXPECT_EQ(en.rounds[0].label, "FY 2567 6 months");
  EXPECT_EQ(indicator(en, "1.3").rounds[0].status_text, "not started yet (starts with the 9-month round)");
  std::string text = emitted(en, planc::emit::trend_text);
  EXPECT_NE(text.find("Scores by round"), std::string::npos);
  EXPECT_EQ(text.find("๖"), std::string::npos);  // no Thai digit in Arabic digits
  TrendModel th = planc::report::trend(r.in);
  std::string thai = emitted(th, planc::emit::trend_text);
  EXPECT_NE(thai.find("ผลการประเมินรายรอบ"), std::string::npos);
  EXPECT_NE(thai.find("๒.๕๐"), std::string::npos);
}

TEST(Trend, JsonShapeOfTheDocs) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  auto j = nlohmann::json::parse(emitted(m, planc::emit::trend_json));
  ASSERT_EQ(j["rounds"].size(), 2u);
  EXPECT_EQ(j["rounds"][0]["year"], 2567);
  EXPECT_EQ(j["rounds"][0]["months"], 6);
  EXPECT_EQ(j["rounds"][0]["file"], "r6.plan");
  EXPECT_TRUE(j["rounds"][0]["score"].is_number());
  EXPECT_EQ(j["rounds"][0]["exact"]["score"], r.in[0].scored->score->to_fraction());
  EXPECT_EQ(j["rounds"][0]["strategies"][0]["id"], "1");
  EXPECT_EQ(j["rounds"][0]["strategies"][0]["exact"]["score"], "5/2");
  auto ind = j["indicators"][1];
  EXPECT_EQ(ind["id"], "1.2");
  EXPECT_EQ(ind["rounds"][0]["status"], "na");
  EXPECT_TRUE(ind["rounds"][0]["score"].is_null());
  EXPECT_EQ(ind["rounds"][1]["exact"]["percent"], "80");
  EXPECT_EQ(j["projects"][0]["rounds"][1]["exact"]["rate"], "99999999/1000000");
  EXPECT_EQ(j["budgets"][1]["strategy"], "2");
}

TEST(Trend, HtmlHasItsChartsAndPrintsOnA4) {
  Rounds r = two_rounds();
  TrendModel m = planc::report::trend(r.in);
  std::string html = emitted(m, planc::emit::trend_html);
  EXPECT_NE(html.find("@page { size: A4 landscape"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = html.find("<polyline", at)) != std::string::npos; ++at) ++lines;
  EXPECT_EQ(lines, 2u);  // a line per strategy
  EXPECT_NE(html.find("fill=\"#b3261e\"><title>๘๗.๕๐</title>"), std::string::npos);  // 2.3's bar
  EXPECT_EQ(html, emitted(planc::report::trend(r.in), planc::emit::trend_html));  // deterministic
}

// The headings and columns that name a level say the plan's words, as the
// round report's do; HTML escapes them (a word is the plan's text).
TEST(Trend, LabelsSayThePlansWordsForItsLevels) {
  std::string plan = kPlan;
  const std::string at = "  scale five-band\n";
  ASSERT_NE(plan.find(at), std::string::npos);
  plan.replace(plan.find(at), at.size(), at + "  levels \"มิติ<b>\" \"ตัวบ่งชี้<i>\"\n");
  planc::driver::Compilation c;
  planc::driver::compile_text(c, "r12.plan", plan + kTwelve);
  ASSERT_FALSE(c.program.diags.has_errors());
  ASSERT_TRUE(c.scored);
  TrendModel m = planc::report::trend({TrendInput{"r12.plan", 2567, 12, &*c.scored}});
  EXPECT_EQ(m.indicators_title, "ผลการดำเนินงานรายตัวบ่งชี้<i>ในแต่ละรอบ");
  EXPECT_EQ(m.indicator_label, "ตัวบ่งชี้<i>");
  EXPECT_EQ(m.strategies_chart, "คะแนนของแต่ละมิติ<b>ในแต่ละรอบ");
  EXPECT_EQ(m.strategy_total, "รวมมิติ<b>ที่");
  EXPECT_EQ(m.below_chart.rfind("ตัวบ่งชี้<i>ที่ผลยังต่ำกว่าเป้าหมาย", 0), 0u);
  std::string text = emitted(m, planc::emit::trend_text);
  EXPECT_NE(text.find("ผลการดำเนินงานรายตัวบ่งชี้<i>ในแต่ละรอบ"), std::string::npos);
  EXPECT_EQ(text.find("ตัวชี้วัด"), std::string::npos);
  std::string html = emitted(m, planc::emit::trend_html);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_NE(html.find("มิติ&lt;b&gt;"), std::string::npos);
  TrendModel en = planc::report::trend({TrendInput{"r12.plan", 2567, 12, &*c.scored}}, {.lang = "en"});
  EXPECT_EQ(en.indicators_title, "Indicators by round");  // a Thai plan's words do not head an English trend
  EXPECT_EQ(en.strategy_total, "Total of strategy");
}

TEST(Trend, NothingToShowDoesNotCrash) {
  TrendModel m = planc::report::trend({});
  EXPECT_TRUE(m.rounds.empty());
  for (auto emit : {planc::emit::trend_text, planc::emit::trend_markdown, planc::emit::trend_html,
                    planc::emit::trend_json, planc::emit::trend_csv})
    EXPECT_FALSE(emitted(m, emit).empty());
  TrendInput unscored{"x.plan", 2567, 6, nullptr};
  EXPECT_TRUE(planc::report::trend({unscored}).rounds.empty());
}

TEST(Neighbours, EarlierResultsAndScoresBesideEachRow) {
  Rounds r = two_rounds();
  planc::report::Neighbours near = planc::report::neighbours({r.in[0]}, {});
  ASSERT_EQ(near.headings(), (std::vector<std::string>{"รอบ ๖ เดือน"}));
  auto& c = *r.comps[1];
  planc::report::Options o;
  o.neighbours = &near;
  planc::report::Model with = planc::report::build(*c.scored, c.program.sources, c.program.diags, o);
  EXPECT_EQ(with.earlier_rounds, near.headings());
  const auto& rows = with.strategies[0].rows;
  ASSERT_EQ(rows[0].earlier.size(), 1u);
  EXPECT_EQ(rows[0].earlier[0].result, "๖๐");
  EXPECT_EQ(rows[0].earlier[0].score, "๒.๕๐");
  EXPECT_EQ(rows[1].earlier[0].result, "NA");
  EXPECT_EQ(rows[1].earlier[0].score, "NA");
  EXPECT_EQ(rows[1].earlier[0].note, "NA: ดำเนินการไตรมาสที่ ๔");
  std::string md = planc::emit::markdown(with);
  EXPECT_NE(md.find("| ผล รอบ ๖ เดือน | ผล รอบ ๑๒ เดือน |"), std::string::npos);
  EXPECT_NE(md.find("| คะแนนที่ได้ (SM) รอบ ๖ เดือน | คะแนนที่ได้ (SM) รอบ ๑๒ เดือน |"), std::string::npos);
  std::string csv = planc::emit::csv(with);
  EXPECT_NE(csv.find(",ผล รอบ ๖ เดือน,คะแนนที่ได้ รอบ ๖ เดือน\n"), std::string::npos);  // a Thai plan's headers
}

TEST(Neighbours, NoneLeavesTheReportAsItWas) {
  Rounds r = two_rounds();
  auto& c = *r.comps[1];
  planc::report::Neighbours none = planc::report::neighbours({}, {});
  planc::report::Options o;
  o.neighbours = &none;
  planc::report::Model before = planc::report::build(*c.scored, c.program.sources, c.program.diags);
  planc::report::Model after = planc::report::build(*c.scored, c.program.sources, c.program.diags, o);
  EXPECT_EQ(planc::emit::markdown(before), planc::emit::markdown(after));
  EXPECT_EQ(planc::emit::html(before), planc::emit::html(after));
  EXPECT_EQ(planc::emit::report_json(before), planc::emit::report_json(after));
  EXPECT_EQ(planc::emit::csv(before), planc::emit::csv(after));
}

// The golden folder: a round's earlier rounds are those of its year with fewer months.
TEST(Neighbours, EarlierRoundsOfTheYearInTheFolder) {
  std::string dir = std::string(PLANC_SOURCE_DIR) + "/tests/golden/trend/";
  auto earlier = [&](const std::string& name) {
    planc::driver::Compilation c;
    planc::driver::compile(c, dir + name);
    std::vector<std::string> names;
    for (auto& r : planc::driver::earlier_rounds(c, dir + name, {})) {
      EXPECT_TRUE(r.compilation && r.compilation->scored) << r.name;
      names.push_back(r.name);
    }
    return names;
  };
  EXPECT_EQ(earlier("2567-12.plan"), (std::vector<std::string>{"2567-06.plan", "2567-09.plan"}));
  EXPECT_EQ(earlier("2568-09.plan"), (std::vector<std::string>{"2568-06.plan"}));
  EXPECT_TRUE(earlier("2567-06.plan").empty());
  EXPECT_TRUE(earlier("plan.plan").empty());  // the plan alone is no round
}

}  // namespace
