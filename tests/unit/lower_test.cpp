// Lowering: what each construct becomes in the typed AST.
#include <gtest/gtest.h>

#include "ast/lower.hpp"
#include "driver/loader.hpp"

namespace {

struct Lowered {
  planc::driver::Program p;
  planc::ast::Module m;
};

std::unique_ptr<Lowered> lower(std::string text) {
  auto r = std::make_unique<Lowered>();
  auto cst = planc::driver::parse_text(r->p, "t.plan", std::move(text));
  r->m = planc::ast::lower(cst, r->p.diags);
  return r;
}

}  // namespace

TEST(Lower, PlanHeader) {
  auto r = lower("plan \"P\" { agency \"A\"; years ๒๕๖๓ - 2565; language en; digits thai; scale five-band }\n");
  ASSERT_EQ(r->p.diags.errors(), 0u);
  ASSERT_TRUE(r->m.plan);
  EXPECT_EQ(r->m.plan->title.value, "P");
  EXPECT_EQ(r->m.plan->year_from->value, planc::Rational(2563));
  EXPECT_TRUE(r->m.plan->year_from->thai_digits);
  EXPECT_EQ(r->m.plan->year_to->value, planc::Rational(2565));
  EXPECT_EQ(r->m.plan->language, "en");
  EXPECT_EQ(*r->m.plan->digits, planc::ast::Digits::Thai);
  EXPECT_EQ(r->m.plan->scale->value, "five-band");
}

TEST(Lower, IndicatorWithEverything) {
  auto r = lower(R"(strategy 2 "S" {
  mission "M"
  goal "G1"
  goal "G2"
  indicator 2 "I" {
    unit percent
    target ไม่น้อยกว่า ๘๐ "ไม่น้อยกว่าร้อยละ ๘๐"
    weight 1/8
    basis direct
    aggregate max
    offices a, b
    lead a
    note "N"
    project p "T" { budget 1,000 }
    indicator 2.1 "Sub" { unit level; target <= 3 }
  }
}
)");
  ASSERT_EQ(r->p.diags.errors(), 0u);
  ASSERT_EQ(r->m.strategies.size(), 1u);
  auto& s = r->m.strategies[0];
  EXPECT_EQ(s.goals.size(), 2u);
  auto& i = s.indicators.at(0);
  EXPECT_EQ(i.number.str(), "2");
  EXPECT_EQ(i.target->cmp, planc::ast::Comparator::AtLeast);
  EXPECT_EQ(i.target->value->value, planc::Rational(80));
  EXPECT_EQ(i.target->text->value, "ไม่น้อยกว่าร้อยละ ๘๐");
  EXPECT_EQ(i.weight->value, planc::Rational::make(1, 8));
  EXPECT_EQ(*i.basis, planc::ast::Basis::Direct);
  EXPECT_EQ(*i.aggregate, planc::ast::Aggregate::Max);
  ASSERT_EQ(i.offices.size(), 2u);  // `lead a` marks the `a` already listed
  EXPECT_TRUE(i.offices[0].lead);
  EXPECT_FALSE(i.offices[1].lead);
  EXPECT_EQ(i.projects.at(0).budget->value, planc::Rational(1000));
  ASSERT_EQ(i.subs.size(), 1u);
  EXPECT_TRUE(i.subs[0].is_sub);
  EXPECT_EQ(i.subs[0].target->cmp, planc::ast::Comparator::AtMost);
}

TEST(Lower, Targets) {
  auto r = lower(R"(strategy 1 "S" {
  indicator 1 "a" { target per-project "ตามรายโครงการ" }
  indicator 2 "b" { target compound ๖/๑๒ "๖/๑๒ เล่ม/ปี" }
  indicator 3 "c" { target "ผ่านการประเมิน" }
  indicator 4 "d" { target 5 }
  indicator 5 "e" { target = 100 }
}
)");
  ASSERT_EQ(r->p.diags.errors(), 0u);
  auto& is = r->m.strategies[0].indicators;
  using K = planc::ast::Target::Kind;
  EXPECT_EQ(is[0].target->kind, K::PerProject);
  EXPECT_EQ(is[1].target->kind, K::Compound);
  ASSERT_EQ(is[1].target->parts.size(), 2u);
  EXPECT_EQ(is[1].target->parts[1].value, planc::Rational(12));
  EXPECT_EQ(is[2].target->kind, K::Text);
  EXPECT_EQ(is[3].target->cmp, planc::ast::Comparator::AtLeast);  // a bare number means at least
  EXPECT_EQ(is[4].target->cmp, planc::ast::Comparator::Equal);
}

TEST(Lower, RoundResultsAndPublishedFigures) {
  auto r = lower(R"(round "R" { months 6; year 2563; rounding rows 3; tolerance 0.01; objective "O1"; objective "O2" }
result 3.8 {
  weight ๐.๐๕
  values 50, 35
  aggregate sum
  says "S"
  account "A1"
  account "A2"
  project p { disbursed 1; remaining 2; status เลื่อน; note "covid" }
  project "new" { budget 3; status done }
  reported { percent 100; score 5 }
}
result 2.2.1 { na "Q4" }
reported 3 { score 4.44; weight-sum 1 }
reported overall { score 3.89; percent 88.90 }
recommendation "R1"
)");
  ASSERT_EQ(r->p.diags.errors(), 0u);
  auto& rd = *r->m.round;
  EXPECT_EQ(rd.rounding->mode, planc::ast::Rounding::Mode::Rows);
  EXPECT_EQ(rd.rounding->places, 3);
  EXPECT_EQ(rd.objectives.size(), 2u);
  auto& res = r->m.results.at(0);
  EXPECT_EQ(res.id.str(), "3.8");
  EXPECT_EQ(res.values.size(), 2u);
  EXPECT_EQ(*res.aggregate, planc::ast::Aggregate::Sum);
  EXPECT_EQ(res.accounts.size(), 2u);
  EXPECT_EQ(*res.projects.at(0).status, planc::ast::ProjectStatus::Postponed);
  EXPECT_EQ(res.projects.at(1).title->value, "new");
  EXPECT_FALSE(res.reported->weighted);
  EXPECT_EQ(r->m.results.at(1).id.str(), "2.2.1");
  EXPECT_EQ(r->m.results.at(1).na->value, "Q4");
  EXPECT_EQ(r->m.reported.size(), 2u);
  EXPECT_FALSE(r->m.reported[1].strategy);
  EXPECT_EQ(r->m.recommendations.size(), 1u);
}

TEST(Lower, ScalesAndUnits) {
  auto r = lower(R"(scale s "t" { of value; point 1 -> 1; point 5 → 5; between step; below first; above extend }
unit ครั้ง { kind count; th "ครั้ง"; en "times" }
office hr "HR" { en "Human resources" }
use "std/units"
)");
  ASSERT_EQ(r->p.diags.errors(), 0u);
  auto& s = r->m.scales.at(0);
  EXPECT_EQ(s.of, planc::ast::ScaleDecl::Of::Value);
  EXPECT_EQ(s.points.size(), 2u);
  EXPECT_EQ(s.between, planc::ast::ScaleDecl::Between::Step);
  EXPECT_EQ(s.below, planc::ast::ScaleDecl::Below::First);
  EXPECT_EQ(s.above, planc::ast::ScaleDecl::Above::Extend);
  EXPECT_EQ(r->m.units.at(0).kind, planc::ast::UnitKind::Count);
  EXPECT_EQ(r->m.offices.at(0).title_en->value, "Human resources");
  EXPECT_EQ(r->m.uses.at(0).path, "std/units");
}

TEST(Lower, SpansPointAtTheSource) {
  auto r = lower("strategy 1 \"S\" {\n  indicator ๓ \"ทดสอบ\" { weight 0.5 }\n}\n");
  auto& i = r->m.strategies[0].indicators[0];
  const auto& sm = r->p.sources;  // positions are computed from the source when asked
  EXPECT_EQ(sm.line(i.span), 2u);
  EXPECT_EQ(sm.col(i.span), 3u);
  EXPECT_EQ(sm.line(i.weight->span), 2u);
  EXPECT_EQ(sm.col(i.weight->span), 32u);  // code points, not bytes
  EXPECT_EQ(i.weight->span.end - i.weight->span.begin, 3u);
}

// Results are kept in fixed chunks: many of them, moved with their module,
// stay where they are and in order.
TEST(Lower, ManyResultsStayInOrder) {
  std::string text;
  for (int i = 1; i <= 700; ++i) text += "result 1." + std::to_string(i) + " { value " + std::to_string(i) + " }\n";
  auto r = lower(text);
  ASSERT_EQ(r->m.results.size(), 700u);
  const planc::ast::Result* first = &r->m.results.at(0);
  planc::ast::Module moved = std::move(r->m);
  EXPECT_EQ(&moved.results.at(0), first);  // no element moved
  EXPECT_EQ(r->m.results.size(), 0u);
  int k = 0;
  for (const auto& res : moved.results) {
    ++k;
    ASSERT_EQ(res.id.str(), "1." + std::to_string(k));
    EXPECT_EQ(res.values.at(0).value, planc::Rational(k));
  }
  EXPECT_EQ(k, 700);
}

// "Given twice" is found however many fields a block has (the first sixteen
// distinct ones are kept in a small array, the rest in a map).
TEST(Lower, DuplicateFieldAfterManyOthers) {
  std::string text = "office o \"O\" {\n";
  for (int i = 0; i < 40; ++i) text += "  f" + std::to_string(i) + " 1\n";
  text += "  en \"a\"\n  f30 2\n  en \"b\"\n}\n";
  auto r = lower(text);
  int twice = 0;
  for (auto& d : r->p.diags.all()) twice += d.code == planc::Code::DuplicateField;
  EXPECT_EQ(twice, 2);  // f30 and en, each given a second time
}
