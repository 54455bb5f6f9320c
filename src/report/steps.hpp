// The words of how a figure was computed: each step the evaluator recorded
// (eval/step.hpp, a kind and its figures) as a label and a sentence in the
// reader's language, its figures in their digits. One place for every
// reader: the report's "วิธีคำนวณ" (build.cpp) and `planc explain`
// (emit/text.cpp).
#pragma once
#include <string>

#include "eval/evaluator.hpp"
#include "eval/step.hpp"
#include "support/lang.hpp"

namespace planc::report {

struct StepWords {
  std::string label;  // "percent of target" / "ร้อยละของเป้าหมาย"
  std::string text;   // "72 ÷ 80 × 100 = 90 %" / "72 ÷ 80 × 100 = ร้อยละ 90"
};

// A step in the locale's language and digits. Thai says the plan's level
// words (Locale::strategy_word, ::indicator_word: "องค์ประกอบ", "ตัวบ่งชี้")
// where a step names a level; the plan's own text (a reason, a scale's name)
// is quoted as written.
StepWords words(const eval::Step& s, const Locale& l);

// The plan's word for its strategies, and for its indicators, in the locale's
// language: its own (`levels "องค์ประกอบ" "ตัวบ่งชี้"`), else "ประเด็นยุทธศาสตร์"
// and "ตัวชี้วัด" ("strategy" and "indicator" in English); `heading` adds the
// Thai ที่ of a numbered heading ("องค์ประกอบที่ ๒") when the word has none.
// In English, the plan's word only when it is English ("dimension"): a Thai
// plan's words do not head an English report.
std::string strategy_word(const Locale& l, bool heading = false);
std::string indicator_word(const Locale& l);
// The classifier a Thai count takes: of strategies ประเด็น (ประเด็นยุทธศาสตร์
// ๔ ประเด็น), else the plan's word itself (องค์ประกอบ ๓ องค์ประกอบ); of
// indicators ตัว (ตัวชี้วัด, ตัวบ่งชี้), else รายการ (หมวด ๗ รายการ).
std::string strategies_classifier(const Locale& l);
std::string indicators_classifier(const Locale& l);
// An English word's plural for a count of `n` ("strategy", 2 → "strategies",
// "dimension" → "dimensions", "area" → "areas"); Thai unchanged.
std::string plural(const std::string& w, std::size_t n);
// "strategy" → "Strategy", at a heading's or a label's start (Thai unchanged).
std::string capitalised(std::string w);

// Why a node is NA, in the locale's language: the plan's reason as written,
// or, when nothing of it is scored (NaKind::NothingScored), what that is for
// a strategy, a group or an indicator of weighted sub-indicators.
std::string na_words(const eval::Node& n, const Locale& l);

}  // namespace planc::report
