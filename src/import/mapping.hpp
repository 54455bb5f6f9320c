// A workbook's rows into plan text (`planc import`): the indicators' sheet
// (and a projects' sheet, and planc's own "Report" sheet) read through the
// rules, into `plan.plan` and a round file in the canonical layout of
// `planc fmt`, each item of which knows the cell it came from.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "import/rules.hpp"
#include "import/workbook.hpp"
#include "support/diagnostics.hpp"
#include "support/source.hpp"

namespace planc::imports {

// A cell of the workbook: its sheet and its place in Sheet::cells.
struct CellRef {
  std::uint32_t sheet = UINT32_MAX, index = UINT32_MAX;
  bool valid() const { return sheet != UINT32_MAX; }
};

// Where a line of a generated file came from: a cell of the workbook, or a
// directive of the rules file (`levels-scale`, `group`, `weights` ...), or neither.
struct From {
  CellRef cell;
  Span rule;
  From() = default;
  From(CellRef c) : cell(c) {}  // NOLINT: a cell is where most lines come from
  From(Span s) : rule(s) {}     // NOLINT
  bool valid() const { return cell.valid() || rule.valid(); }
};

// The workbook as a file of diagnostics (SourceFile::places): a line for each
// cell a diagnostic names, its text, named "Sheet1!C12" (a CSV file's just
// "C12"). Spans of cells are made before that file exists (span() gives a
// span of kPendingBook); materialize() then adds the file, holding only the
// cells named, and points the spans at it. A workbook of 10,000 rows is not
// copied whole into a file of diagnostics for the three cells that have one.
inline constexpr FileId kPendingBook = kNoFile - 1;
struct BookFile {
  std::vector<std::uint32_t> first;  // per sheet: the number of cells in the sheets before it
  Span span(CellRef c) const;
  // Adds the file of the cells `diags` name (their spans and their notes') to
  // `sm` and points those spans at it. Call before printing.
  void materialize(SourceManager& sm, const Workbook& wb, const std::string& path, bool sheet_names,
                   Diagnostics& diags) const;
};
BookFile book_file(const Workbook& wb);

struct Options {
  std::string year, months;  // --year, --months (override the workbook and the rules)
  std::string lang;          // th or en: the words planc writes (round names); "" from the workbook
};

// A generated file: its text, and for each item of it (by byte range) the
// cell or rules directive it came from.
struct OutFile {
  std::string name;  // "plan.plan", "2567-12m.plan"
  std::string text;
  struct Origin {
    std::uint32_t begin, end;
    From from;
  };
  std::vector<Origin> origins;
  // Where the innermost item containing `offset` came from, if anywhere.
  From from_at(std::uint32_t offset) const;
  CellRef cell_at(std::uint32_t offset) const { return from_at(offset).cell; }
};

struct Imported {
  std::vector<OutFile> files;  // plan first, then the round
  std::string lang;            // the plan's language
};

// The plan and round of a workbook; problems are reported at their cells
// (E051, E052, W053). Nothing is returned when there is an error.
Imported map_workbook(const Workbook& wb, const BookFile& book, const Rules& rules, const Options& o,
                      Diagnostics& diags);

}  // namespace planc::imports
