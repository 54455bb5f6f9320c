// Reading a workbook cell's text as the plan language's values: numbers (Thai
// or Arabic digits, thousands separators, a percent sign, Excel's stored
// doubles), targets with their comparator words, results (a number, a number
// with words, several numbers, NA) and indicator ids ("๑.๒", "ตัวชี้วัดที่ 1.2").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planc::imports {

// Blanks (spaces, no-break spaces, tabs, line breaks) at both ends removed and
// runs inside made one space; Thai digits kept.
std::string tidy(std::string_view s);

// A number as the plan language writes it ("1234.5", "-2", "0.34"), from a
// text with Thai or Arabic digits, thousands separators, an optional sign and
// percent sign; nullopt for anything else. `stored` is true for a number cell
// of a workbook ("1.7000000000000002", "1E-3"): exponents are expanded, and a
// double's binary noise past 15 significant digits (all Excel shows) rounded off.
std::optional<std::string> number(std::string_view text, bool stored = false);

// A target as written in a cell.
struct Target {
  enum class Cmp { AtLeast, AtMost, Equal } cmp = Cmp::AtLeast;
  enum class Form { Number, Compound, Words } form = Form::Words;
  std::string value;  // Number: "80"; Compound: "6/12"
  std::string words;  // the cell's own wording, when it says more than the comparator and the number
  std::string unit;   // the unit the wording names: "ร้อยละ" before the number, or the one word after it ("ครั้ง")
};
// "ไม่น้อยกว่า ๘๐", ">= 80", "≥ ๑ ช่องทาง", "ร้อยละ 80", "80", "ไม่เกิน 30 นาที",
// "๖/๑๒ เล่ม/ปี", "ผ่านการประเมิน ๑ หมวด" (one number among words: at least
// it, the words kept), "ค่าเป้าหมายตามรายโครงการ" (words only).
Target target(std::string_view text);

// A result as written in a cell.
struct Result {
  enum class Form { Empty, Value, Values, NA } form = Form::Empty;
  std::vector<std::string> values;  // Value: one; Values: several ("๕๐, ๓๕, ๕๐")
  std::string says;                 // the cell's wording: words beside its number ("๗ หมวด"), a list as written
};
// NA words: "NA", "N/A", "-", "ไม่มีผล", "ยังไม่มีผล", "ยังไม่ได้ดำเนินการ", "ไม่ได้ประเมิน".
// nullopt when the text is none of the forms (words without a number).
std::optional<Result> result(std::string_view text, bool stored_number);

// An indicator or strategy id in Arabic digits ("1.2", "2.2.1", "3") from
// "๑.๒", "1.2", "ตัวชี้วัดที่ 1.2", "1.2)", "ยุทธศาสตร์ที่ ๓"; nullopt when the
// text has no id. A number cell of 1.1 reads as "1.1" (a stored 1.1 is "1.1").
std::optional<std::string> id(std::string_view text);

// A weight: "0.34", "๐.๓๔", "1/3", "34%" (a percent: 0.34); nullopt else.
std::optional<std::string> weight(std::string_view text, bool stored_number);

// A stored double that is a fraction Excel could only approximate
// ("0.3333333333333333" → "1/3", from `=1/3` or a weight of one third);
// nullopt for a double written in fewer than 15 significant digits (0.34).
std::optional<std::string> fraction_of_stored(std::string_view text);

// A project's status in the language's words (in-progress, ...), from the
// language's words or their Thai ("อยู่ระหว่างดำเนินการ"); nullopt else.
std::optional<std::string> status(std::string_view text);

// The plan language's quoted text: `"` and `\` escaped; line breaks as `\n`.
std::string plan_text(std::string_view text);

}  // namespace planc::imports
