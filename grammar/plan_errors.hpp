// The parse-error table: one message (and hint) for every rule that can fail
// under `must<>` in plan_grammar.hpp. Planners read these, never a rule name.
// `{found}` is replaced by what the parser found there ("the end of the line",
// "`]`", "a text in quotes"), `{key}` by the field being read.
// The parser's control refuses to compile when a must<> rule has no entry.
#pragma once
#include "grammar/plan_grammar.hpp"

namespace planc::grammar {

template <typename Rule>
inline constexpr const char* error_message = nullptr;
template <typename Rule>
inline constexpr const char* error_hint = nullptr;

template <> inline constexpr const char* error_message<item> =
    "expected a field name such as `title` or `indicator`, found {found}";
template <> inline constexpr const char* error_hint<item> =
    "each line starts with a field name, then its values: `target >= 80`";

template <> inline constexpr const char* error_message<item_end> =
    "unexpected {found} after `{key}`: expected a value, `{{` or the end of the line";
template <> inline constexpr const char* error_hint<item_end> =
    "values are texts in quotes (\"...\"), numbers, names or symbols such as `>=`; "
    "separate items with a new line or `;`";

template <> inline constexpr const char* error_message<block_close> =
    "the block of `{key}` is not closed: expected `}}` before {found}";
template <> inline constexpr const char* error_hint<block_close> =
    "add `}}` on a line of its own after the last item of this block";

template <> inline constexpr const char* error_message<string_body> =
    "this text is not closed: a `\"` is missing before the end of the line";
template <> inline constexpr const char* error_hint<string_body> =
    "close the text with `\"`; for text over several lines use `\"\"\"` ... `\"\"\"`";

template <> inline constexpr const char* error_message<escape_code> = "unknown escape `\\{found}` in a text";
template <> inline constexpr const char* error_hint<escape_code> =
    "write `\\\"` for a quote, `\\\\` for a backslash, `\\n` for a new line";

template <> inline constexpr const char* error_message<text_body> =
    "this text block is not closed: `\"\"\"` is missing";
template <> inline constexpr const char* error_hint<text_body> = "end the text block with `\"\"\"`";

template <> inline constexpr const char* error_message<fraction_den> = "expected a number after `/`, found {found}";
template <> inline constexpr const char* error_hint<fraction_den> = "write a fraction without spaces, such as `1/3`";

}  // namespace planc::grammar
