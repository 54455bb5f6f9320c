// The shared formatting helpers (report/format.hpp, ast::describe): the band
// column a score falls in, digits, money, targets in words.
#include <gtest/gtest.h>

#include "driver/loader.hpp"
#include "eval/scale.hpp"
#include "report/format.hpp"
#include "stdlib_scales.hpp"

using planc::Rational;

namespace {

Rational dec(const char* s) { return *Rational::parse_decimal(s); }

// A plan with one indicator per kind of target.
struct Plan {
  planc::driver::Program p;
  Plan() {
    planc::driver::load_source(p, "t.plan",
                               "plan \"t\" {}\n"
                               "strategy 1 \"s\" {\n"
                               "  indicator 1 \"a\" { target >= 80 }\n"
                               "  indicator 2 \"b\" { target <= ๓๐ }\n"
                               "  indicator 3 \"c\" { target = 1,500 }\n"
                               "  indicator 4 \"d\" { target compound ๖/๑๒ }\n"
                               "  indicator 5 \"e\" { target per-project }\n"
                               "  indicator 6 \"f\" { target >= 80 \"ไม่น้อยกว่าร้อยละ ๘๐\" }\n"
                               "  indicator 7 \"g\" { target \"ผ่านเกณฑ์\" }\n"
                               "}\n");
  }
  const planc::ast::Module& main() const {
    for (auto& m : p.modules)
      if (!m.strategies.empty()) return m;
    throw std::runtime_error("no plan");
  }
  const planc::ast::Target& target(std::size_t i) const { return *main().strategies.at(0).indicators.at(i - 1).target; }
};

const Plan& plan() {
  static Plan p;
  return p;
}

// The band column of a percent on the reference report's five-band scale.
int band_of_percent(const char* percent) {
  return planc::report::band(planc::eval::apply_scale(planc::testing::stdlib().scale("five-band"), dec(percent)).score);
}

}  // namespace

TEST(Format, PlanLoadsCleanly) { EXPECT_EQ(plan().p.diags.errors(), 0u); }

TEST(Format, BandEdgesOnTheFiveBandScale) {
  EXPECT_EQ(band_of_percent("0"), 1);
  EXPECT_EQ(band_of_percent("46.25"), 1);  // the reference report's 3.1: score 0.77, shown in column 1
  EXPECT_EQ(band_of_percent("59.99"), 1);
  EXPECT_EQ(band_of_percent("60"), 1);
  EXPECT_EQ(band_of_percent("69.99"), 1);
  EXPECT_EQ(band_of_percent("70"), 2);
  EXPECT_EQ(band_of_percent("80"), 3);
  EXPECT_EQ(band_of_percent("87.5"), 3);
  EXPECT_EQ(band_of_percent("89.99"), 3);
  EXPECT_EQ(band_of_percent("90"), 4);
  EXPECT_EQ(band_of_percent("99.99"), 4);
  EXPECT_EQ(band_of_percent("100"), 5);
  EXPECT_EQ(band_of_percent("700"), 5);  // capped at the top point
}

TEST(Format, BandOfAScore) {
  using planc::report::band;
  EXPECT_EQ(band(dec("-3")), 1);
  EXPECT_EQ(band(dec("0")), 1);
  EXPECT_EQ(band(dec("0.999")), 1);
  EXPECT_EQ(band(dec("1")), 1);
  EXPECT_EQ(band(dec("3.999999")), 3);
  EXPECT_EQ(band(dec("4")), 4);
  EXPECT_EQ(band(dec("5")), 5);
  EXPECT_EQ(band(dec("7")), 5);  // an extended scale's score past 5
  EXPECT_EQ(band(*Rational::parse_decimal("123456789012345678901234567890")), 5);  // past 64 bits
  EXPECT_EQ(band(Rational(0) - *Rational::parse_decimal("123456789012345678901234567890")), 1);
}

TEST(Format, Digits) {
  using planc::report::digits;
  EXPECT_EQ(digits("0123456789", true), "๐๑๒๓๔๕๖๗๘๙");
  EXPECT_EQ(digits("๐๑๒๓๔๕๖๗๘๙", false), "0123456789");
  EXPECT_EQ(digits("3.94 (89.45 %)", true), "๓.๙๔ (๘๙.๔๕ %)");
  EXPECT_EQ(digits("๓.๙๔ ร้อยละ", false), "3.94 ร้อยละ");  // Thai letters stay
  EXPECT_EQ(digits("๓.๙๔", true), "๓.๙๔");                  // already Thai
  EXPECT_EQ(digits("3.94", false), "3.94");
  EXPECT_EQ(digits("", true), "");
}

TEST(Format, Money) {
  using planc::report::money;
  EXPECT_EQ(money(dec("1700000"), false), "1,700,000.00");
  EXPECT_EQ(money(dec("1700000"), true), "๑,๗๐๐,๐๐๐.๐๐");
  EXPECT_EQ(money(dec("0"), false), "0.00");
  EXPECT_EQ(money(dec("999.995"), false), "1,000.00");  // half-up
  EXPECT_EQ(money(dec("100"), false), "100.00");
  EXPECT_EQ(money(dec("1000"), false), "1,000.00");
  EXPECT_EQ(money(dec("123456.5"), false), "123,456.50");
  EXPECT_EQ(money(dec("-1234.5"), false), "-1,234.50");
  EXPECT_EQ(money(dec("-123"), false), "-123.00");
}

TEST(Format, TargetInWords) {
  using planc::report::target_text;
  const Plan& p = plan();
  EXPECT_EQ(target_text(p.target(1), true, true), "ไม่น้อยกว่า ๘๐");
  EXPECT_EQ(target_text(p.target(1), false, false), "at least 80");
  EXPECT_EQ(target_text(p.target(2), true, false), "ไม่เกิน 30");
  EXPECT_EQ(target_text(p.target(2), false, true), "at most ๓๐");
  EXPECT_EQ(target_text(p.target(3), false, false), "1,500");  // as written
  EXPECT_EQ(target_text(p.target(4), true, true), "๖/๑๒");
  EXPECT_EQ(target_text(p.target(4), false, false), "6/12");
  EXPECT_EQ(target_text(p.target(5), true, true), "ตามรายโครงการ");
  EXPECT_EQ(target_text(p.target(5), false, false), "per project");
  EXPECT_EQ(target_text(p.target(6), false, false), "ไม่น้อยกว่าร้อยละ ๘๐");  // the plan's wording wins
  EXPECT_EQ(target_text(p.target(7), false, false), "ผ่านเกณฑ์");
}

TEST(Format, TargetInThePlansTerms) {
  const Plan& p = plan();
  auto number = [](const planc::ast::Number& n) { return n.value.to_decimal(0, 6); };
  auto wording = [](std::string_view t) { return "\"" + std::string(t) + "\""; };
  auto describe = [&](std::size_t i) { return planc::ast::describe(p.target(i), number, wording); };
  EXPECT_EQ(describe(1), "at-least 80");
  EXPECT_EQ(describe(2), "at-most 30");
  EXPECT_EQ(describe(3), "equal 1500");
  EXPECT_EQ(describe(4), "compound 6 12");
  EXPECT_EQ(describe(5), "per-project");
  EXPECT_EQ(describe(6), "at-least 80 \"ไม่น้อยกว่าร้อยละ ๘๐\"");
  EXPECT_EQ(describe(7), "text \"ผ่านเกณฑ์\"");
}
