// How a figure was computed, in words (report/steps.hpp): every step the
// evaluator records is worded in Thai and in English, its figures in the
// reader's digits and the plan's own text as written.
#include <gtest/gtest.h>

#include <string>

#include "report/format.hpp"
#include "report/steps.hpp"

namespace {

using planc::Lang;
using planc::Locale;
using planc::eval::Step;
using planc::eval::StepKind;

Step step(StepKind k, std::vector<std::string> args, std::vector<Step> parts = {}) {
  return Step{k, std::move(args), {}, std::move(parts)};
}

bool has_thai_letter(const std::string& s) { return s.find("\xe0\xb8") != std::string::npos; }

TEST(Steps, EveryKindHasWordsInBothLanguages) {
  const Locale th{Lang::Th, true, "", ""}, en{Lang::En, false, "", ""};
  for (int k = 0; k <= static_cast<int>(StepKind::OverallGroups); ++k) {
    Step s = step(static_cast<StepKind>(k), {"1", "2", "3", "4", "5"});
    auto t = planc::report::words(s, th);
    auto e = planc::report::words(s, en);
    SCOPED_TRACE(k);
    EXPECT_FALSE(t.label.empty());
    EXPECT_FALSE(t.text.empty());
    EXPECT_FALSE(e.label.empty());
    EXPECT_FALSE(e.text.empty());
    // No marker of the plan's own text is left in the words.
    for (const std::string* w : {&t.label, &t.text, &e.label, &e.text}) {
      EXPECT_EQ(w->find('\x01'), std::string::npos) << *w;
      EXPECT_EQ(w->find('\x02'), std::string::npos) << *w;
    }
    // Thai says it in Thai (but for Σ (W × SM) = ..., a formula in both).
    if (s.kind != StepKind::SumWeighted) {
      EXPECT_TRUE(has_thai_letter(t.label + t.text)) << t.label << ": " << t.text;
    }
    EXPECT_FALSE(has_thai_letter(e.label + e.text)) << e.label << ": " << e.text;
    // Thai digits throughout: no Arabic digit is left of the figures 1 to 5,
    // but in the plan's own text (a reason, a scale's name), quoted as written.
    bool quotes = false;
    for (StepKind q : {StepKind::Cancelled, StepKind::ResultNa, StepKind::ResultCancelled, StepKind::OfValue,
                       StepKind::Score, StepKind::Deducted, StepKind::Added, StepKind::AsPercent})
      quotes = quotes || s.kind == q;
    if (!quotes) {
      EXPECT_EQ(t.text.find_first_of("12345"), std::string::npos) << t.text;
    }
  }
}

TEST(Steps, EnglishScaleReadingEndsWithItsScore) {
  const Locale en{Lang::En, false, "", ""};
  auto w = planc::report::words(
      step(StepKind::Score, {"five-band", "3.75", ""}, {step(StepKind::Linear, {"80", "3", "90", "4", "87.5"})}), en);
  EXPECT_EQ(w.label, "score");
  EXPECT_EQ(w.text, "scale `five-band`: linear between 80 → 3 and 90 → 4: 3 + (4 − 3) × (87.5 − 80) ÷ (90 − 80) = 3.75");
  // The score once, not "below the first point 1 → 50: 0: 0".
  w = planc::report::words(step(StepKind::Score, {"three-level", "0", ""}, {step(StepKind::BelowZero, {"1", "50"})}), en);
  EXPECT_EQ(w.text, "scale `three-level`: below the first point 1 → 50: 0");
  w = planc::report::words(step(StepKind::Percent, {"30", "40", "75"}, {step(StepKind::Compound, {"40", "100", "6"})}), en);
  EXPECT_EQ(w.text, "30 ÷ 40 (the part of 40/100 for a 6-month round) × 100 = 75 %");
}

// Thai names a scale by its title, and a scale of target levels reads
// between levels, not between bare numbers ("อยู่ระหว่าง ๒ (๗๕ คะแนน)" was
// read as a percent of 2); one division sign, ÷, as every other step.
TEST(Steps, ThaiScaleByItsTitleAndLevels) {
  const Locale th{Lang::Th, true, "", ""};
  auto w = planc::report::words(step(StepKind::Score, {"three-level-50-75-100", "80", "", "ค่าเป้าหมาย ๓ ระดับ", "level"},
                                     {step(StepKind::Linear, {"2", "75", "3", "100", "2.2"})}),
                                th);
  EXPECT_EQ(w.text, "ค่าเป้าหมาย ๓ ระดับ: อยู่ระหว่างระดับ ๒ (๗๕ คะแนน) และระดับ ๓ (๑๐๐ คะแนน) เทียบบัญญัติไตรยางศ์: "
                    "๗๕ + (๑๐๐ − ๗๕) × (๒.๒ − ๒) ÷ (๓ − ๒) = ๘๐");
  w = planc::report::words(step(StepKind::Score, {"five-band", "3.75", ""}, {step(StepKind::Linear, {"80", "3", "90", "4", "87.5"})}),
                           th);
  EXPECT_EQ(w.text, "เกณฑ์ `five-band`: อยู่ระหว่าง ๘๐ (๓ คะแนน) และ ๙๐ (๔ คะแนน) เทียบบัญญัติไตรยางศ์: "
                    "๓ + (๔ − ๓) × (๘๗.๕ − ๘๐) ÷ (๙๐ − ๘๐) = ๓.๗๕");
}

TEST(Steps, ThaiDigitsButThePlansOwnTextAsWritten) {
  const Locale th{Lang::Th, true, "", ""};
  auto w = planc::report::words(step(StepKind::Deducted, {"2", "0.4", "1.6", "", "ไม่ได้รายงาน 2 ครั้ง"}), th);
  EXPECT_EQ(w.label, "หักคะแนน");
  EXPECT_EQ(w.text, "๒ − ๐.๔ = ๑.๖ (ไม่ได้รายงาน 2 ครั้ง)");
  w = planc::report::words(step(StepKind::AsPercent, {"4.38", "qa-5", "93.8"}), th);
  EXPECT_EQ(w.text, "คะแนน ๔.๓๘ ตามเกณฑ์ `qa-5` → ร้อยละ ๙๓.๘");  // a scale without a title: by its name
  // By its title, in the reader's digits as the figures beside it, as the score's step names it.
  w = planc::report::words(step(StepKind::AsPercent, {"4.38", "qa-5", "93.8", "เกณฑ์ 5 ระดับ"}), th);
  EXPECT_EQ(w.text, "คะแนน ๔.๓๘ ตามเกณฑ์ ๕ ระดับ → ร้อยละ ๙๓.๘");
  const Locale arabic_th{Lang::Th, false, "", ""};
  w = planc::report::words(step(StepKind::Score, {"five-band", "3", "", "เกณฑ์ ๕ ระดับ ร้อยละ ๖๐-๑๐๐"}), arabic_th);
  EXPECT_EQ(w.text, "เกณฑ์ 5 ระดับ ร้อยละ 60-100: 3");
  w = planc::report::words(step(StepKind::AsPercent, {"4.38", "qa-5", "93.8", "ระดับคุณภาพ"}), th);
  EXPECT_EQ(w.text, "คะแนน ๔.๓๘ ตามเกณฑ์ ระดับคุณภาพ → ร้อยละ ๙๓.๘");
  // Arabic digits: the figures as they are.
  const Locale arabic{Lang::Th, false, "", ""};
  w = planc::report::words(step(StepKind::Percent, {"72", "80", "90"}), arabic);
  EXPECT_EQ(w.label, "ร้อยละของเป้าหมาย");
  EXPECT_EQ(w.text, "72 ÷ 80 × 100 = ร้อยละ 90");
}

// Keywords are worded, not quoted: the aggregate and why a row dropped out
// (a review found both said "mean" and "NA" in Thai whatever they were).
TEST(Steps, KeywordsAreWorded) {
  const Locale th{Lang::Th, false, "", ""};
  EXPECT_EQ(planc::report::words(step(StepKind::ResultAggregate, {"sum", "10, 9", "19"}), th).text, "ผลรวมของ 10, 9 → 19");
  EXPECT_EQ(planc::report::words(step(StepKind::ResultAggregate, {"max", "50, 90", "90"}), th).text,
            "ค่าสูงสุดของ 50, 90 → 90");
  Step out = step(StepKind::DroppedOut, {"0.8"},
                  {step(StepKind::DroppedRow, {"1.2", "0.3", "cancelled"}),
                   step(StepKind::DroppedRow, {"1.3", "0.2", "not started"}), step(StepKind::DroppedRow, {"1.4", "0.1", "NA"})});
  EXPECT_EQ(planc::report::words(out, th).text,
            "1.2 (น้ำหนัก 0.3, ยกเลิก), 1.3 (น้ำหนัก 0.2, ยังไม่เริ่มประเมิน), 1.4 (น้ำหนัก 0.1, NA): "
            "ไม่มีน้ำหนักในรอบนี้ คะแนนหารด้วยน้ำหนักที่เหลือ Σ W = 0.8");
  EXPECT_EQ(planc::report::words(out, Locale{}).text,
            "1.2 (weight 0.3, cancelled), 1.3 (weight 0.2, not started), 1.4 (weight 0.1, NA): these rows carry no "
            "weight in this round; the score divides by the weights that remain, Σ W = 0.8");
}

// Arabic digits: a result the plan wrote in Thai digits is said in Arabic too,
// but a reason quoted as written is not; the plan's text cannot forge the
// marks that quote it.
TEST(Steps, OneKindOfDigitsInAStep) {
  const Locale en{Lang::En, false, "", ""};
  EXPECT_EQ(planc::report::words(step(StepKind::Result, {"๒,๗๒๘", "2728"}), en).text, "2,728");
  EXPECT_EQ(planc::report::words(step(StepKind::ResultNa, {"รอบ ๔"}), en).text, "NA: รอบ ๔");
  const Locale th{Lang::Th, true, "", ""};
  EXPECT_EQ(planc::report::words(step(StepKind::ResultNa, {"x\x02" "12\x01" "34"}), th).text, "NA: x1234");
  EXPECT_EQ(planc::report::words(step(StepKind::ResultNa, {""}), th).text, "NA (ไม่ระบุเหตุผล)");
}

// Three target levels named where the result stands (a Thai reader found
// "→ ระดับ ๓.๖๖" alone meaningless, and a fraction of a level odd: it is pro
// rata, "เทียบสัดส่วนได้ระดับ ๒.๒"); better, not higher: days are better fewer.
TEST(Steps, TargetLevelsByTheirNames) {
  const Locale th{Lang::Th, false, "", ""};
  auto at = [&](std::vector<std::string> args) { return planc::report::words(step(StepKind::LevelReached, args), th).text; };
  EXPECT_EQ(at({"92", "80, 90, 100", "2.2", "between", "2", "3"}),
            "92 อยู่ระหว่างค่าเป้าหมายมาตรฐาน (90) และขั้นสูง (100) → เทียบสัดส่วนได้ระดับ 2.2");
  EXPECT_EQ(at({"65", "70, 80, 90", "0.928571", "short", "1", "3"}), "65 ยังไม่ถึงค่าเป้าหมายขั้นต้น (70) → เทียบสัดส่วนได้ระดับ 0.928571");
  EXPECT_EQ(at({"9", "15, 12, 10", "3.5", "beyond", "3", "3"}), "9 ดีกว่าค่าเป้าหมายขั้นสูง (10) → เทียบสัดส่วนได้ระดับ 3.5");
  EXPECT_EQ(at({"8", "3, 5, 8", "3", "at", "3", "3"}), "8 ตรงค่าเป้าหมายขั้นสูง (8) → ระดับ 3");
  EXPECT_EQ(at({"6", "2, 4, 6, 8", "3", "at", "3", "4"}), "6 ตรงค่าเป้าหมายระดับ 3 (6) → ระดับ 3");
}

TEST(Steps, TargetLevelsByTheirNamesInEnglish) {
  const Locale en{Lang::En, false, "", ""};
  auto at = [&](std::vector<std::string> args) { return planc::report::words(step(StepKind::LevelReached, args), en).text; };
  EXPECT_EQ(at({"92", "80, 90, 100", "2.2", "between", "2", "3"}),
            "92, between the standard (90) and advanced (100) levels → level 2.2");
  EXPECT_EQ(at({"65", "70, 80, 90", "0.928571", "short", "1", "3"}), "65, short of the base (70) level → level 0.928571");
  EXPECT_EQ(at({"9", "15, 12, 10", "3.5", "beyond", "3", "3"}), "9, better than the advanced (10) level → level 3.5");
  EXPECT_EQ(at({"6", "2, 4, 6, 8", "3.5", "between", "3", "4"}), "6, between level 3 (6) and level 4 (8) → level 3.5");
  // A step of another shape: the levels listed.
  EXPECT_EQ(at({"6", "2, 4", "3"}), "6, against the levels 2, 4 → level 3");
}

// Figures of four or more whole digits grouped as tables print them, in
// either digits; not a fraction's digits, not a name's, not one grouped already.
TEST(Steps, FiguresGroupedByThousands) {
  const Locale en{Lang::En, false, "", ""};
  const Locale th{Lang::Th, true, "", ""};
  auto percent = step(StepKind::Percent, {"2728", "48", "5683.333333"});
  EXPECT_EQ(planc::report::words(percent, en).text, "2,728 ÷ 48 × 100 = 5,683.333333 %");
  EXPECT_EQ(planc::report::words(percent, th).text, "๒,๗๒๘ ÷ ๔๘ × ๑๐๐ = ร้อยละ ๕,๖๘๓.๓๓๓๓๓๓");
  EXPECT_EQ(planc::report::words(step(StepKind::Result, {"๒,๗๒๘", "2728"}), en).text, "2,728");
  EXPECT_EQ(planc::report::words(step(StepKind::Result, {"1234567.1234", "1234567.1234"}), en).text,
            "1,234,567.1234");
  EXPECT_EQ(planc::report::words(step(StepKind::Result, {"-12345", "-12345"}), en).text, "-12,345");
  EXPECT_EQ(planc::report::words(step(StepKind::Result, {"999", "999"}), en).text, "999");
  // Not a figure of a place, a range, a part of a/b or a name; a sign after a bracket is a sign.
  using planc::report::grouped;
  EXPECT_EQ(grouped("plan.plan:1234 2561-2565 1200/1500 12345abc 1.23456 1,234"),
            "plan.plan:1234 2561-2565 1200/1500 12345abc 1.23456 1,234");
  EXPECT_EQ(grouped("(-1234) = -12345; 0.5×1234"), "(-1,234) = -12,345; 0.5×1,234");
  // A compound target's part, the same in both languages.
  auto part = step(StepKind::Percent, {"900", "1200", "75"}, {step(StepKind::Compound, {"1200", "1500", "6"})});
  EXPECT_EQ(planc::report::words(part, en).text, "900 ÷ 1,200 (the part of 1200/1500 for a 6-month round) × 100 = 75 %");
  EXPECT_NE(planc::report::words(part, th).text.find("๑๒๐๐/๑๕๐๐"), std::string::npos);
  // The plan's text as written: a reason's year stays 2565.
  EXPECT_EQ(planc::report::words(step(StepKind::ResultNa, {"งบปี 2565"}), Locale{Lang::Th, false, "", ""}).text,
            "NA: งบปี 2565");
}

// An English report says the plan's words for its levels only when they are
// English: a Thai plan's "องค์ประกอบ" heading an English table read as untranslated.
TEST(Steps, LevelWordsInEnglish) {
  using planc::report::strategy_word, planc::report::indicator_word, planc::report::capitalised;
  EXPECT_EQ(strategy_word(Locale{Lang::En, false, "องค์ประกอบ", "ตัวบ่งชี้"}), "strategy");
  EXPECT_EQ(indicator_word(Locale{Lang::En, false, "องค์ประกอบ", "ตัวบ่งชี้"}), "indicator");
  EXPECT_EQ(strategy_word(Locale{Lang::En, false, "dimension", "measure"}, true), "dimension");
  EXPECT_EQ(indicator_word(Locale{Lang::En, false, "dimension", "measure"}), "measure");
  EXPECT_EQ(capitalised("dimension"), "Dimension");
  EXPECT_EQ(strategy_word(Locale{Lang::Th, false, "องค์ประกอบ", ""}, true), "องค์ประกอบที่");
  EXPECT_EQ(strategy_word(Locale{Lang::Th, false, "", ""}, true), "ประเด็นยุทธศาสตร์ที่");
  EXPECT_EQ(capitalised("องค์ประกอบ"), "องค์ประกอบ");
  // A plan that writes the usual word out counts ๔ ประเด็น, not ๔ ประเด็นยุทธศาสตร์.
  EXPECT_EQ(planc::report::strategies_classifier(Locale{Lang::Th, false, "ประเด็นยุทธศาสตร์", ""}), "ประเด็น");
  EXPECT_EQ(planc::report::strategies_classifier(Locale{Lang::Th, false, "", ""}), "ประเด็น");
  EXPECT_EQ(planc::report::strategies_classifier(Locale{Lang::Th, false, "องค์ประกอบ", ""}), "องค์ประกอบ");
  EXPECT_EQ(planc::report::indicators_classifier(Locale{Lang::Th, false, "", "หมวด"}), "รายการ");
  // Mid-sentence a capitalised common noun is said in lower case ("on the
  // measure or Dimension it concerns" read as a name); an acronym as written.
  EXPECT_EQ(strategy_word(Locale{Lang::En, false, "Dimension", "KPI"}), "dimension");
  EXPECT_EQ(indicator_word(Locale{Lang::En, false, "Dimension", "KPI"}), "KPI");
  EXPECT_EQ(strategy_word(Locale{Lang::En, false, "Key Area", ""}), "Key Area");
  // Counted in English: `check`'s "2 dimensions, 5 measures" (it said strategies).
  using planc::report::plural;
  EXPECT_EQ(plural("strategy", 2), "strategies");
  EXPECT_EQ(plural("strategy", 1), "strategy");
  EXPECT_EQ(plural("dimension", 4), "dimensions");
  EXPECT_EQ(plural("KPI", 3), "KPIs");
  EXPECT_EQ(plural("day", 2), "days");
  EXPECT_EQ(plural("box", 0), "boxes");
  EXPECT_EQ(plural("ตัวชี้วัด", 2), "ตัวชี้วัด");
}

TEST(Steps, ThePlansWordsForItsLevels) {
  const Locale qa{Lang::Th, false, "องค์ประกอบ", "ตัวบ่งชี้"};
  auto w = planc::report::words(step(StepKind::StrategyScore, {"9", "2", "4.5", "rounded"}), qa);
  EXPECT_EQ(w.label, "คะแนนขององค์ประกอบ");
  EXPECT_EQ(w.text, "Σ (W × SM) ÷ Σ W = 9 ÷ 2 = 4.5 (ปัดเศษตามที่แผนกำหนด)");
  w = planc::report::words(step(StepKind::SumWeights, {"2", "2"}), qa);
  EXPECT_EQ(w.text, "2 (ตัวบ่งชี้ที่มีน้ำหนัก 2 ตัว)");
  // A count of a plan's other word for its rows: รายการ.
  EXPECT_EQ(planc::report::words(step(StepKind::SumWeights, {"2", "2"}), Locale{Lang::Th, false, "ด้าน", "หมวด"}).text,
            "2 (หมวดที่มีน้ำหนัก 2 รายการ)");
  planc::eval::Node n;
  n.kind = "strategy";
  n.na_kind = planc::eval::NaKind::NothingScored;
  n.na_reason = "no weighted indicator has a result in this round";
  EXPECT_EQ(planc::report::na_words(n, qa), "ไม่มีตัวบ่งชี้ที่มีน้ำหนักและมีผลในรอบนี้");
  EXPECT_EQ(planc::report::na_words(n, Locale{}), "no weighted indicator has a result in this round");
  n.na_kind = planc::eval::NaKind::Na;
  n.na_reason = "ดำเนินการไตรมาสที่ 4";
  EXPECT_EQ(planc::report::na_words(n, qa), "ดำเนินการไตรมาสที่ 4");
}

}  // namespace
