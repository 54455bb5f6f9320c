// The parse-error table: one message (and hint) for every rule that can fail
// under `must<>` in plan_grammar.hpp, in English and Thai. Planners read these,
// never a rule name. {0} is what the parser found there ("the end of the
// line", "`]`", "a text in quotes"), {1} the field being read.
// The parser's control refuses to compile when a must<> rule has no entry.
#pragma once
#include "grammar/plan_grammar.hpp"
#include "support/diagnostics.hpp"

namespace planc::grammar {

using ErrorText = Phrase<Text, std::string_view>;

template <typename Rule>
inline constexpr const ErrorText* error_message = nullptr;
template <typename Rule>
inline constexpr const ErrorText* error_hint = nullptr;
// Whether a rule has them, as constants: comparing a variable's address with
// nullptr is not a constant expression under GCC's sanitizers.
template <typename Rule>
inline constexpr bool has_error_message = false;
template <typename Rule>
inline constexpr bool has_error_hint = false;

#define PLANC_GRAMMAR_ERROR(rule, en, th) \
  inline constexpr ErrorText rule##_message{en, th}; \
  template <> inline constexpr const ErrorText* error_message<rule> = &rule##_message; \
  template <> inline constexpr bool has_error_message<rule> = true;
#define PLANC_GRAMMAR_HINT(rule, en, th) \
  inline constexpr ErrorText rule##_hint{en, th}; \
  template <> inline constexpr const ErrorText* error_hint<rule> = &rule##_hint; \
  template <> inline constexpr bool has_error_hint<rule> = true;

PLANC_GRAMMAR_ERROR(item, "expected a field name such as `title` or `indicator`, found {0}",
                    "ต้องเริ่มด้วยชื่อฟิลด์ เช่น `title` หรือ `indicator` แต่พบ{0}")
PLANC_GRAMMAR_HINT(item, "each line starts with a field name, then its values: `target >= 80`",
                   "แต่ละบรรทัดขึ้นต้นด้วยชื่อฟิลด์ ตามด้วยค่า เช่น `target >= 80`")

PLANC_GRAMMAR_ERROR(item_end, "unexpected {0} after `{1}`: expected a value, `{{` or the end of the line",
                    "ไม่คาดว่าจะพบ{0} หลัง `{1}` ที่นี่ควรเป็นค่า `{{` หรือท้ายบรรทัด")
PLANC_GRAMMAR_HINT(item_end,
                   "values are texts in quotes (\"...\"), numbers, names or symbols such as `>=`; "
                   "separate items with a new line or `;`",
                   "ค่าเป็นข้อความในเครื่องหมายคำพูด (\"...\") ตัวเลข ชื่อ หรือสัญลักษณ์ เช่น `>=` "
                   "แยกแต่ละรายการด้วยการขึ้นบรรทัดใหม่หรือ `;`")

PLANC_GRAMMAR_ERROR(block_close, "the block of `{1}` is not closed: expected `}}` before {0}",
                    "บล็อกของ `{1}` ไม่ได้ปิด ต้องมี `}}` ก่อน{0}")
PLANC_GRAMMAR_HINT(block_close, "add `}}` on a line of its own after the last item of this block",
                   "เพิ่ม `}}` ในบรรทัดของตัวเองหลังรายการสุดท้ายของบล็อกนี้")

PLANC_GRAMMAR_ERROR(string_body, "this text is not closed: a `\"` is missing before the end of the line",
                    "ข้อความนี้ไม่ได้ปิด ขาด `\"` ก่อนท้ายบรรทัด")
PLANC_GRAMMAR_HINT(string_body, "close the text with `\"`; for text over several lines use `\"\"\"` ... `\"\"\"`",
                   "ปิดข้อความด้วย `\"` ถ้าข้อความยาวหลายบรรทัดให้ใช้ `\"\"\"` ... `\"\"\"`")

PLANC_GRAMMAR_ERROR(escape_code, "unknown escape `\\{0}` in a text", "ไม่รู้จักรหัสหลีก `\\{0}` ในข้อความ")
PLANC_GRAMMAR_HINT(escape_code, "write `\\\"` for a quote, `\\\\` for a backslash, `\\n` for a new line",
                   "เขียน `\\\"` แทนเครื่องหมายคำพูด `\\\\` แทนแบ็กสแลช และ `\\n` แทนการขึ้นบรรทัดใหม่")

PLANC_GRAMMAR_ERROR(text_body, "this text block is not closed: `\"\"\"` is missing",
                    "บล็อกข้อความนี้ไม่ได้ปิด ขาด `\"\"\"`")
PLANC_GRAMMAR_HINT(text_body, "end the text block with `\"\"\"`", "ปิดบล็อกข้อความด้วย `\"\"\"`")

PLANC_GRAMMAR_ERROR(fraction_den, "expected a number after `/`, found {0}", "ต้องมีตัวเลขหลัง `/` แต่พบ{0}")
PLANC_GRAMMAR_HINT(fraction_den, "write a fraction without spaces, such as `1/3`", "เขียนเศษส่วนโดยไม่เว้นวรรค เช่น `1/3`")

#undef PLANC_GRAMMAR_ERROR
#undef PLANC_GRAMMAR_HINT

}  // namespace planc::grammar
