// What the checker knows about figures that cannot be right (W125-W129,
// W134, W135; docs/diagnostics.md, "Figures that cannot be right").
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ast/ast.hpp"

namespace planc::check {

// Units of kind count that count whole things (villages, people, reports):
// `count` and the count nouns of std/units. A figure of one of them with a
// fraction (32.5 villages) is W127. The other count units of std/units are
// amounts measured, where a fraction is ordinary (1.5 million baht, 12.5
// days); so are a plan's own count units, unless their Thai label is one of
// these nouns (`unit villages { kind count; th "หมู่บ้าน" }`).
std::span<const std::string_view> counted_nouns();
// The count units of std/units that measure an amount: money and time.
std::span<const std::string_view> measured_units();

// Whether a figure of unit `u` must be a whole number.
bool counts_whole_things(const ast::UnitDecl& u);

// The number of groups a number is written in: 1 for `100`, 2 for `100,750`.
std::size_t comma_groups(std::string_view raw);

// `raw` with a space after each comma: `100,750` -> `100, 750`.
std::string spaced_commas(std::string_view raw);

// Whether every comma-separated group of `raw` (digits Thai or Arabic, the
// last one maybe with decimals) is at most `limit`: `85,100` is 85 and 100.
bool groups_at_most(std::string_view raw, int limit);

// The target that applies in a round of `months`, as written (the part of a
// compound target for the round; see target_for_round), or nullptr.
const ast::Number* target_number_for_round(const ast::Target& t, std::optional<int> months);

}  // namespace planc::check
