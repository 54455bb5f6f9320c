// How a report prints its figures, in one place for every phase that prints
// them (the report model, planc diff): the band column a score falls in,
// numbers in Thai or Arabic digits, amounts of money, targets in words.
#pragma once
#include <string>
#include <string_view>

#include "ast/ast.hpp"

namespace planc::report {

// Which of Part 2's five band columns (1..5) a row's percent is shown in: the
// whole number of its score, the lowest column below a score of 1 (the
// reference report shows 46.25 %, score 0.77, in column 1) and the top one
// above 5. On the five-band scale: below 70 % -> 1, 70 % -> 2 ... 90 % -> 4,
// 100 % and more -> 5.
int band(const Rational& score);

// The ASCII digits of s as Thai digits (thai), or the Thai digits as ASCII;
// everything else as it is.
std::string digits(std::string_view s, bool thai);

// A diagnostic's words as a report's prose: each `code` span (a plan's word,
// as the terminal shows it) in quotation marks, “ดีมาก”; a lone backtick stays.
std::string prose(std::string_view s);

// An amount of baht: two decimals (half-up), thousands separated by commas:
// 1,700,000.00, -1,234.50; in Thai digits when `thai`.
std::string money(const Rational& amount, bool thai);

// A target as the report states it: the plan's wording when it gives one,
// else "at least 80" / "ไม่น้อยกว่า ๘๐" (the number as written, in the
// report's digits), "6/12" for a compound target, "per project" /
// "ตามรายโครงการ"; empty for a text target without wording.
std::string target_text(const ast::Target& t, bool thai_words, bool thai_digits);

// Level i (from 0) of `count` target levels in words: ขั้นต้น / มาตรฐาน /
// ขั้นสูง (base / standard / advanced) for three, else "ระดับ ๒" / "level 2".
// In ASCII text, each figure of four or more whole digits grouped by
// thousands, as tables print them ("5683.333333" → "5,683.333333"): not a
// fraction's digits, one grouped already, nor digits within a word or a name.
std::string grouped(std::string_view text);
std::string level_name(std::size_t i, std::size_t count, bool thai_words, bool thai_digits);

// A project's status in words: "อยู่ระหว่างดำเนินการ" / "in progress".
const char* project_status(ast::ProjectStatus s, bool thai_words);

// An indicator's unit as the report names it: the unit's label in the
// language when it has one, else its name; "" without a unit.
std::string unit_label(const ast::UnitDecl* unit, bool thai_words);

}  // namespace planc::report
