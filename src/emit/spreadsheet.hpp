// What the two drafts for a spreadsheet share (the CSV for Excel in
// report_data.cpp, the workbook in xlsx.cpp): which figures are numbers, how a
// figure of the model reads as a number, and the words of their headers.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "report/model.hpp"

namespace planc::emit::sheet {

// A figure of the model ("๐.๓๔", "87.50", "1,700,000.00", "-2") as a number:
// its value, its decimal places as written, and whether it was written with
// thousands separators. nullopt for anything else ("", "-", "NA", "๕๐, ๓๕").
struct Number {
  double value = 0;
  int places = 0;
  bool grouped = false;
  std::string text;  // the figure in ASCII digits, without separators: "1700000.00"
};
std::optional<Number> number(std::string_view figure);

// A text as a spreadsheet must take it: one Excel would read as a formula
// (=, +, -, @, a tab or a carriage return first: "=HYPERLINK(...)" in a
// title) gets an apostrophe before it, as Excel itself marks text typed so;
// a number ("-2"), a lone "-" and every other text are left as they are.
std::string guard_formula(const std::string& s);

// The row's percent of target as the model writes it, or "" when the row has
// none: a row scored on its value itself (a level on a scale `of value`, such
// as std/scales' milestone) has that value in the model's band column, which
// is not a percent and is not put in a percent column.
std::string percent_of_target(const report::Row& r);

// Part 2's columns, in the report's language.
struct Headers {
  const char *strategy, *id, *indicator, *unit, *target, *result, *weight, *percent, *score, *weighted, *status;
  const char *kind, *offices, *note, *project, *budget, *disbursed, *remaining, *rate;
  const char *earlier_result, *earlier_score;  // before an earlier round's heading
};
const Headers& headers(const std::string& lang);

}  // namespace planc::emit::sheet
