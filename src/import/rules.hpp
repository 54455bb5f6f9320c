// How a unit's own workbook is laid out (`planc import --rules FILE`), in the
// spirit of hledger's CSV rules: one directive a line, `#` or `//` comments,
// texts in double quotes. Without a rules file the layout is found from the
// header row's words (docs/import.md lists them). Every directive:
//
//   sheet "ตัวชี้วัด"            the indicators' sheet, by name or number (1 the first); once per sheet
//   header-row 3                 the row naming the columns (header-rows 3-4 for a two-row header)
//   column result G              a field's column, by letter or by its header's words:
//   column title "ชื่อตัวชี้วัด"
//   projects-sheet "โครงการ"     projects on a sheet of their own, with
//   projects-header-row 1        its header row and
//   project-column budget D      its columns
//   plan "title", agency "...", by "...", years 2567 - 2569, language th, digits thai,
//   scale five-band              the plan's header (else from the workbook)
//   weights percent, overall weighted
//                                the plan's method (else from the workbook, or weights summing to 100)
//   calendar academic, levels "องค์ประกอบ" "ตัวบ่งชี้"
//                                the plan's calendar and its words for a strategy and an indicator
//   levels-scale three-level-50-75-100
//                                the scale of rows with target levels (columns level-1 ... level-5)
//   group 1 "ผลการปฏิบัติราชการ" weight 70 strategies 1-3
//                                a group above strategies, with its weight
//   round "รอบ ๑๒ เดือน", year 2567, months 12, date "...", title "..."
//                                the round's header (else from the workbook)
//   write plan | round | both    which files to write (default: both when the sheet has results)
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.hpp"
#include "support/source.hpp"

namespace planc::imports {

// A column of the indicators' sheet, and of the projects' sheet.
enum class Field : std::uint8_t {
  Kind, Strategy, Id, Title, Unit, Target, Result, Weight, Percent, Score, Weighted, Status, Offices, Note,
  Project, Budget, Disbursed, Remaining, ProjectStatus, ProjectNote, Scale, Value, TargetPlan, Basis,
  PublishedSum, PublishedCount, Level1, Level2, Level3, Level4, Level5,
  Count_
};
inline constexpr std::size_t kFields = static_cast<std::size_t>(Field::Count_);
std::string_view field_name(Field f);  // as rules write it: "result", "na-reason" ...
std::optional<Field> field_of(std::string_view name);

// A column named by letter (col) or by its header's words (header).
struct Column {
  std::optional<std::uint32_t> col;
  std::string header;
  Span at;  // the directive, for diagnostics
};

struct SheetRules {
  // The sheets, by number or name: `sheet` may be given once per sheet (a
  // strategy a sheet); they share the header rows and the columns.
  struct Which {
    std::optional<std::uint32_t> index;  // 0-based
    std::string name;
    Span at;
  };
  std::vector<Which> sheets;
  std::uint32_t header_first = 0, header_last = 0;  // 1-based rows; 0: found from the words
  std::array<std::optional<Column>, kFields> columns;
  Span at;
};

struct Rules {
  SheetRules indicators, projects;
  bool projects_sheet = false;  // a projects' sheet was named
  // The plan's and the round's header: texts as the plan language takes
  // them, each with the directive's span ("" when not given).
  struct Fact {
    std::string value;
    Span at;
    explicit operator bool() const { return !value.empty(); }
  };
  Fact plan, agency, by, years_from, years_to, language, digits, scale;
  // The plan's method: `weights percent` (or `fraction`, `points`,
  // `percent whole`, `fraction whole`) and `overall mean|weighted|none`, as the plan writes them.
  Fact weights, overall;
  // The scale of the rows whose target levels the table gives (ขั้นต้น มาตรฐาน ขั้นสูง): `levels-scale NAME`.
  Fact levels_scale;
  // `calendar academic|fiscal`, and `levels "องค์ประกอบ" "ตัวบ่งชี้"`: the report's words for the two levels.
  Fact calendar, strategy_word, indicator_word;
  Fact round, year, months, date, title;
  // Groups above strategies, as an agreement prints them ("ส่วนที่ ๑ ... ร้อยละ ๗๐"):
  // `group 1 "title" weight 70 strategies 1 2 3` (or `strategies 1-3`).
  struct Group {
    std::string id, title, weight;
    std::vector<std::pair<std::string, Span>> strategies;  // ids, each where the rules name it
    Span at, weight_at;  // the directive, its weight
  };
  std::vector<Group> groups;
  enum class Write { Auto, Plan, Round, Both } write = Write::Auto;
};

// The rules of a file already added to `sm`, or of none (`file` kNoFile):
// the defaults. Mistakes are E051 at their place.
Rules parse_rules(const SourceManager& sm, FileId file, Diagnostics& diags);

// Every directive of a rules file, in the order docs/import.md gives them
// (for "did you mean" and the list of directives an unknown one is shown).
const std::vector<std::string>& rules_directives();

// "A" → 0, "AA" → 26, "XFD" → 16383; nullopt for anything else.
std::optional<std::uint32_t> column_of(std::string_view letters);

}  // namespace planc::imports
