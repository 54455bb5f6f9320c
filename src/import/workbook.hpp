// A workbook as `planc import` reads it: its sheets' cells as texts, whatever
// door it came through (an Excel workbook, import/xlsx.cpp; a CSV file,
// import/csv.cpp). The mapping (import/mapping.cpp) reads only this.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace planc::imports {

struct Cell {
  enum class Kind : std::uint8_t {
    Text,     // a shared or inline string, a formula's string result, a CSV field
    Number,   // text: the number as stored ("131400", "0.34", "-2.5E-3"), never reformatted
    Bool,     // text: "TRUE" / "FALSE"
    Date,     // a number with a date format: text "2020-03-31" (or "2020-03-31T12:00:00")
    Error,    // text: the cached error ("#DIV/0!", "#REF!")
    NoValue,  // a formula with no cached value (the workbook was never recalculated): text is the formula
  };
  std::uint32_t row = 0;  // 0-based
  std::uint32_t col = 0;  // 0-based
  Kind kind = Kind::Text;
  std::string text;
  // A Number shown as a percent (a format with %: Excel stores "91.2%" typed
  // in a cell as 0.912). The text stays the number stored; what it means is
  // its column's to say (a result's 91.2, a weight's 0.912).
  bool percent = false;
};

// A merged range, inclusive, 0-based: its value is in its top-left cell.
struct Merge {
  std::uint32_t first_row = 0, first_col = 0, last_row = 0, last_col = 0;
};

struct Sheet {
  std::string name;          // as the workbook names it ("Sheet1", "ตัวชี้วัด"); a CSV's is its file's stem
  std::vector<Cell> cells;   // non-empty cells only, by row then column
  std::vector<Merge> merges;
};

struct Workbook {
  std::string name;  // the file as diagnostics name it ("book.xlsx")
  std::vector<Sheet> sheets;
};

// What a reader refuses to read, so that no workbook can exhaust memory or time.
struct Limits {
  std::uint64_t max_file = 256ull << 20;           // the file itself
  std::uint64_t max_uncompressed = 1024ull << 20;  // all the parts read, uncompressed, counted as inflated
  std::uint64_t max_ratio = 200;                   // an entry inflating beyond 200 × its compressed size (past 1 MiB)
  std::uint32_t max_rows = 200000;                 // rows with a cell, per sheet
  std::uint32_t max_cols = 16384;                  // Excel's own (XFD)
  std::uint32_t max_cell = 32767;                  // characters in a cell: Excel's own limit
  std::uint32_t max_sheets = 255;
};

// A workbook that cannot be read: the message says why and what to do, in
// English and Thai; `cell` is "Sheet1!C12" where the fault is in one cell
// (or "Sheet1" for a whole sheet), else "".
struct ReadError : std::runtime_error {
  std::string th;    // the same message in Thai
  std::string cell;
  ReadError(std::string en, std::string th_, std::string cell_ = "")
      : std::runtime_error(std::move(en)), th(std::move(th_)), cell(std::move(cell_)) {}
};

// The fault of a cell longer than `max` characters (Excel's own limit), as
// both readers report it.
ReadError cell_too_long(const std::string& cell, std::uint32_t max);

// "C12" for row 11, column 2 (0-based); "AA1", "XFD1048576".
std::string cell_name(std::uint32_t row, std::uint32_t col);
// "Sheet1!C12"; a sheet name with spaces or punctuation is quoted as Excel
// writes it: "'My sheet'!C12".
std::string cell_ref(std::string_view sheet, std::uint32_t row, std::uint32_t col);

// An Excel workbook (.xlsx, .xlsm) from its bytes: every worksheet in the
// workbook's order (chart sheets skipped), shared and inline strings, rich
// text, numbers, booleans, errors, dates by their number format (the 1900
// and 1904 systems), merged ranges. Throws ReadError.
Workbook read_xlsx(std::string_view bytes, const std::string& name, const Limits& limits = {});

// A CSV file from its bytes (RFC 4180: quotes, doubled quotes, line breaks
// inside quotes; a byte-order mark; comma, semicolon or tab, whichever the
// first line uses most): one sheet of texts. Throws ReadError.
Workbook read_csv(std::string_view bytes, const std::string& name, const Limits& limits = {});

}  // namespace planc::imports
