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

// The workbook as a file of diagnostics (SourceFile::places): a line per
// non-empty cell, its text, named "Sheet1!C12" (a CSV file's just "C12").
struct BookFile {
  FileId file = kNoFile;
  std::vector<std::vector<std::uint32_t>> offset;  // per sheet, per cell: where its line begins
  Span span(CellRef c) const;
};
BookFile add_book(SourceManager& sm, const Workbook& wb, const std::string& path, bool sheet_names = true);

struct Options {
  std::string year, months;  // --year, --months (override the workbook and the rules)
  std::string lang;          // th or en: the words planc writes (round names); "" from the workbook
};

// A generated file: its text, and for each item of it (by byte range) the
// cell it came from.
struct OutFile {
  std::string name;  // "plan.plan", "2567-12m.plan"
  std::string text;
  struct Origin {
    std::uint32_t begin, end;
    CellRef cell;
  };
  std::vector<Origin> origins;
  // The cell of the innermost item containing `offset`, if any.
  CellRef cell_at(std::uint32_t offset) const;
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
