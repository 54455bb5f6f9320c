// The workbook readers (import/xlsx.cpp, import/csv.cpp) on workbooks made by
// the tools agencies use — openpyxl, LibreOffice — and by hand, and on
// damaged and hostile files: each of those must be a ReadError naming the
// fault (and its cell), never a crash. The books are made once per build tree
// by tests/import/books/make_books.py.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "import/workbook.hpp"

namespace fs = std::filesystem;
using namespace planc::imports;
using Kind = Cell::Kind;

namespace {

const fs::path script = fs::path(PLANC_SOURCE_DIR) / "tests/import/books/make_books.py";

// The books, made when the script is newer than them; made in a folder of
// their own and renamed into place, so test processes run side by side by
// ctest never see half a set.
const fs::path& books() {
  static const fs::path dir = [] {
    auto stamp = fs::last_write_time(script).time_since_epoch().count();
    fs::path final_dir = fs::path(PLANC_BINARY).parent_path() / fmt::format("import-books-{}", stamp);
    if (fs::exists(final_dir / "lo_fods.xlsx")) return final_dir;
    fs::path tmp = final_dir.string() + fmt::format(".tmp{}", ::getpid());
    std::string cmd = fmt::format("/usr/bin/python3 '{}' '{}' --big", script.string(), tmp.string());
    if (std::system(cmd.c_str()) != 0) throw std::runtime_error("make_books.py failed: " + cmd);
    std::error_code ec;
    fs::rename(tmp, final_dir, ec);
    if (ec) fs::remove_all(tmp);  // another process made them first
    return final_dir;
  }();
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Workbook xlsx(const char* file, const Limits& limits = {}) { return read_xlsx(slurp(books() / file), file, limits); }

const Cell* at(const Sheet& s, const std::string& name) {
  for (auto& c : s.cells)
    if (cell_name(c.row, c.col) == name) return &c;
  return nullptr;
}

#define EXPECT_CELL(sheet, name, k, t)                  \
  do {                                                  \
    const Cell* c_ = at(sheet, name);                   \
    ASSERT_NE(c_, nullptr) << name;                     \
    EXPECT_EQ(c_->kind, k) << name;                     \
    EXPECT_EQ(c_->text, t) << name;                     \
  } while (0)

// The ReadError `f` throws: its cell, and a message in both languages
// mentioning `what`.
template <typename F>
void expect_error(F f, const std::string& cell, const std::string& what) {
  try {
    f();
    ADD_FAILURE() << "no ReadError; expected one about " << what;
  } catch (const ReadError& e) {
    EXPECT_EQ(e.cell, cell) << e.what();
    EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
    EXPECT_FALSE(e.th.empty());
    EXPECT_NE(e.th.find("\xE0\xB8"), std::string::npos) << "the Thai message is in Thai: " << e.th;
  }
}

}  // namespace

TEST(ImportCells, NamesAndReferences) {
  EXPECT_EQ(cell_name(0, 0), "A1");
  EXPECT_EQ(cell_name(11, 2), "C12");
  EXPECT_EQ(cell_name(0, 25), "Z1");
  EXPECT_EQ(cell_name(0, 26), "AA1");
  EXPECT_EQ(cell_name(0, 701), "ZZ1");
  EXPECT_EQ(cell_name(0, 702), "AAA1");
  EXPECT_EQ(cell_name(1048575, 16383), "XFD1048576");
  EXPECT_EQ(cell_ref("Sheet1", 11, 2), "Sheet1!C12");
  EXPECT_EQ(cell_ref("My sheet", 11, 2), "'My sheet'!C12");
  EXPECT_EQ(cell_ref("O'Brien", 0, 0), "'O''Brien'!A1");
  EXPECT_EQ(cell_ref("ตัวชี้วัด", 0, 0), "ตัวชี้วัด!A1");
  EXPECT_EQ(cell_ref("แผ่นที่ ๑", 0, 0), "'แผ่นที่ ๑'!A1");
  EXPECT_EQ(cell_ref("2019", 0, 0), "'2019'!A1");
  EXPECT_EQ(cell_ref("AB12", 0, 0), "'AB12'!A1");
  EXPECT_EQ(cell_ref("data_2019", 0, 0), "data_2019!A1");
  EXPECT_EQ(cell_ref("", 0, 0), "''!A1");
}

TEST(ImportXlsx, OpenpyxlWorkbook) {
  Workbook wb = xlsx("openpyxl.xlsx");
  EXPECT_EQ(wb.name, "openpyxl.xlsx");
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_EQ(wb.sheets[0].name, "ตัวชี้วัด");
  EXPECT_EQ(wb.sheets[1].name, "Data 2024");
  const Sheet& s = wb.sheets[0];
  EXPECT_CELL(s, "A1", Kind::Text, "แผนปฏิบัติราชการ ๒๕๖๗");
  EXPECT_CELL(s, "A2", Kind::Text, "ตัวชี้วัด");
  EXPECT_CELL(s, "B2", Kind::Text, "ค่าเป้าหมาย");
  EXPECT_CELL(s, "C2", Kind::Text, "วันที่");
  EXPECT_CELL(s, "A3", Kind::Text, "ร้อยละ ๘๐");
  EXPECT_CELL(s, "B3", Kind::Number, "131400");
  EXPECT_CELL(s, "C3", Kind::Date, "2020-03-31");
  EXPECT_CELL(s, "A4", Kind::Text, "ผ่าน");
  EXPECT_CELL(s, "B4", Kind::Bool, "TRUE");
  EXPECT_CELL(s, "C4", Kind::Date, "2020-03-31T12:30:00");
  EXPECT_CELL(s, "B5", Kind::Number, "0.34");
  EXPECT_CELL(s, "B6", Kind::NoValue, "B3*2");
  EXPECT_EQ(s.cells.size(), 12u);
  ASSERT_EQ(s.merges.size(), 1u);
  EXPECT_EQ(s.merges[0].first_row, 0u);
  EXPECT_EQ(s.merges[0].first_col, 0u);
  EXPECT_EQ(s.merges[0].last_row, 0u);
  EXPECT_EQ(s.merges[0].last_col, 2u);
  const Sheet& d = wb.sheets[1];
  ASSERT_EQ(d.cells.size(), 1u);
  EXPECT_CELL(d, "B2", Kind::Text, "x");
  ASSERT_EQ(d.merges.size(), 1u);
  EXPECT_EQ(d.merges[0].first_row, 4u);
  EXPECT_EQ(d.merges[0].last_row, 5u);
  EXPECT_EQ(d.merges[0].last_col, 1u);
  for (std::size_t i = 1; i < s.cells.size(); ++i)
    EXPECT_TRUE(std::tie(s.cells[i - 1].row, s.cells[i - 1].col) < std::tie(s.cells[i].row, s.cells[i].col));
}

TEST(ImportXlsx, HandMadeParts) {
  Workbook wb = xlsx("hand.xlsx");
  ASSERT_EQ(wb.sheets.size(), 1u) << "the chart sheet is skipped";
  const Sheet& s = wb.sheets[0];
  EXPECT_EQ(s.name, "My sheet");
  EXPECT_CELL(s, "A1", Kind::Text, "plain");
  EXPECT_CELL(s, "B1", Kind::Text, "rich text ");  // runs joined, the phonetic guide left out
  EXPECT_CELL(s, "C1", Kind::Text, "ภาษาไทย");     // no r: the next column
  EXPECT_CELL(s, "A2", Kind::Text, "inline");      // a row without r: the next row
  EXPECT_CELL(s, "B2", Kind::Text, "plain!");
  EXPECT_CELL(s, "C2", Kind::Number, "2");
  EXPECT_CELL(s, "D2", Kind::NoValue, "SUM(A1:A9)");
  EXPECT_CELL(s, "E2", Kind::Error, "#DIV/0!");
  EXPECT_CELL(s, "A5", Kind::Date, "2020-03-31");
  EXPECT_CELL(s, "B5", Kind::Date, "2020-03-31T12:00:00");
  EXPECT_CELL(s, "C5", Kind::Number, "60");  // 29 February 1900, which never was
  EXPECT_CELL(s, "D5", Kind::Date, "1900-03-01");
  EXPECT_CELL(s, "E5", Kind::Number, "1.5");  // [h]:mm, a duration
  EXPECT_CELL(s, "F5", Kind::Number, "2.5");  // "day" 0.00: the d is quoted
  EXPECT_CELL(s, "G5", Kind::Bool, "FALSE");
  EXPECT_CELL(s, "H5", Kind::Number, "-2.5E-3");
  EXPECT_CELL(s, "I5", Kind::Date, "1900-02-28");
  EXPECT_EQ(at(s, "J5"), nullptr);
  ASSERT_EQ(s.merges.size(), 1u);
  EXPECT_EQ(s.merges[0].last_row, 1u);
  EXPECT_EQ(s.merges[0].last_col, 2u);
}

TEST(ImportXlsx, Date1904) {
  Workbook wb = xlsx("date1904.xlsx");
  EXPECT_CELL(wb.sheets[0], "A1", Kind::Date, "1904-01-01");
  EXPECT_CELL(wb.sheets[0], "B1", Kind::Date, "2020-03-31");
}

TEST(ImportXlsx, LibreOfficeFromCsv) {
  Workbook wb = xlsx("lo_csv.xlsx");
  ASSERT_EQ(wb.sheets.size(), 1u);
  const Sheet& s = wb.sheets[0];
  EXPECT_CELL(s, "A1", Kind::Text, "ชื่อ");
  EXPECT_CELL(s, "C1", Kind::Text, "หมายเหตุ");
  EXPECT_CELL(s, "A2", Kind::Text, "หน่วยงาน ก");
  EXPECT_CELL(s, "B2", Kind::Number, "131400");
  EXPECT_CELL(s, "C2", Kind::Text, "มี, จุลภาค");
  EXPECT_CELL(s, "B3", Kind::Number, "0.5");
  EXPECT_CELL(s, "C3", Kind::Text, "๑๒๓");
  EXPECT_EQ(s.cells.size(), 9u);
}

TEST(ImportXlsx, LibreOfficeFromFods) {
  Workbook wb = xlsx("lo_fods.xlsx");
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_EQ(wb.sheets[0].name, "แผ่นที่ ๑");
  EXPECT_EQ(wb.sheets[1].name, "Second");
  const Sheet& s = wb.sheets[0];
  EXPECT_CELL(s, "A1", Kind::Text, "หัวเรื่อง");
  EXPECT_CELL(s, "A2", Kind::Number, "42");
  // A boolean in a flat ODS without LibreOffice's BOOLEAN number style is saved as the number 1.
  EXPECT_CELL(s, "B2", Kind::Number, "1");
  ASSERT_EQ(s.merges.size(), 1u);
  EXPECT_EQ(s.merges[0].last_col, 1u);
  EXPECT_EQ(s.merges[0].last_row, 0u);
  EXPECT_CELL(wb.sheets[1], "A1", Kind::Text, "two");
}

TEST(ImportXlsx, NotAZip) {
  expect_error([] { read_xlsx("hello, world", "x.xlsx"); }, "", "not an Excel workbook");
  expect_error([] { read_xlsx("", "x.xlsx"); }, "", "not an Excel workbook");
  expect_error([] { read_xlsx("PK\x03\x04 but nothing more", "x.xlsx"); }, "", "damaged");
}

TEST(ImportXlsx, OldAndEncryptedWorkbooks) {
  std::string cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  cfb.resize(1024, '\0');
  expect_error([&] { read_xlsx(cfb, "old.xls"); }, "", ".xls");
  std::string name16;
  for (char ch : std::string("EncryptedPackage")) name16 += ch, name16 += '\0';
  std::string encrypted = cfb + name16 + std::string(64, '\0');
  expect_error([&] { read_xlsx(encrypted, "secret.xlsx"); }, "", "password");
}

TEST(ImportXlsx, OtherZips) {
  expect_error([] { xlsx("spreadsheet.ods"); }, "", "OpenDocument");
  expect_error([] { xlsx("not_workbook.zip"); }, "", "xl/workbook.xml");
  expect_error([] { xlsx("binary.xlsb"); }, "", ".xlsb");
}

TEST(ImportXlsx, ZipBomb) {
  expect_error([] { xlsx("zip_bomb.xlsx"); }, "", "zip bomb");
  // The total, counted as inflated, even for entries that inflate modestly.
  Limits small;
  small.max_uncompressed = 1000;
  expect_error([&] { xlsx("openpyxl.xlsx", small); }, "", "zip bomb");
}

TEST(ImportXlsx, EntitiesRefused) {
  expect_error([] { xlsx("entity_bomb.xlsx"); }, "", "DOCTYPE");
  expect_error([] { xlsx("entity_bomb.xlsx"); }, "", "xl/sharedStrings.xml");
  expect_error([] { xlsx("external_entity.xlsx"); }, "", "xl/workbook.xml");
}

TEST(ImportXlsx, MalformedXmlNamesPartAndLine) {
  expect_error([] { xlsx("bad_xml.xlsx"); }, "", "xl/worksheets/sheet1.xml is not well-formed XML at line 2");
}

TEST(ImportXlsx, TooManyRows) {
  expect_error([] { xlsx("million_rows.xlsx"); }, "'My sheet'!A200001", "200000 rows");
}

TEST(ImportXlsx, HugeCell) {
  expect_error([] { xlsx("big_cell.xlsx"); }, "'My sheet'!A1", "32767 characters");
}

TEST(ImportXlsx, BadSharedStringAndReference) {
  expect_error([] { xlsx("bad_shared.xlsx"); }, "'My sheet'!B7", "shared string 99");
  expect_error([] { xlsx("bad_ref.xlsx"); }, "My sheet", "XFE1");
}

TEST(ImportXlsx, TooManySheets) {
  Limits one;
  one.max_sheets = 1;
  expect_error([&] { xlsx("openpyxl.xlsx", one); }, "", "more than 1 sheets");
}

TEST(ImportXlsx, TruncatedAnywhere) {
  std::string whole = slurp(books() / "openpyxl.xlsx");
  for (std::size_t n = 0; n < whole.size(); n += 37) {
    try {
      read_xlsx(std::string_view(whole).substr(0, n), "cut.xlsx");
      ADD_FAILURE() << "a workbook cut at " << n << " bytes was read";
    } catch (const ReadError& e) {
      EXPECT_FALSE(std::string(e.what()).empty());
    }
  }
}

// Not a timed assertion: the figures for docs/import.md. The peak is the
// process's, so it means something when this test runs alone
// (--gtest_filter=ImportXlsx.MeasureTenThousandRows).
TEST(ImportXlsx, MeasureTenThousandRows) {
  std::string bytes = slurp(books() / "big_10000x14.xlsx");
  auto status = [](const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
      if (line.starts_with(key)) return std::stol(line.substr(std::strlen(key)));
    return 0L;
  };
  read_xlsx(slurp(books() / "hand.xlsx"), "hand.xlsx");  // libzip, libcrypto and libexpat loaded first: not this read's cost
  std::ofstream("/proc/self/clear_refs") << "5";  // the peak (VmHWM) back to the present
  long before = status("VmRSS:");
  auto t0 = std::chrono::steady_clock::now();
  Workbook wb = read_xlsx(bytes, "big.xlsx");
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  long peak = status("VmHWM:");
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].cells.size(), 140000u);
  EXPECT_CELL(wb.sheets[0], "B10000", Kind::Number, "9999");
  // The result's own share of the peak: the cells, and their texts too long to be kept inside them.
  std::size_t result = wb.sheets[0].cells.capacity() * sizeof(Cell);
  for (auto& c : wb.sheets[0].cells)
    if (c.text.capacity() > 15) result += c.text.capacity() + 1;
  std::printf("read_xlsx, 10,000 rows x 14 columns (%zu KiB file): %.1f ms, peak memory +%ld KiB, of which the "
              "result %zu KiB\n",
              bytes.size() / 1024, ms, peak - before, result / 1024);
}

TEST(ImportCsv, QuotesBreaksAndLineEnds) {
  Workbook wb = read_csv("\xEF\xBB\xBFname,value\r\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\r\rx", "dir/กอง.csv");
  ASSERT_EQ(wb.sheets.size(), 1u);
  const Sheet& s = wb.sheets[0];
  EXPECT_EQ(s.name, "กอง");
  EXPECT_CELL(s, "A1", Kind::Text, "name");
  EXPECT_CELL(s, "B1", Kind::Text, "value");
  EXPECT_CELL(s, "A2", Kind::Text, "a, b");
  EXPECT_CELL(s, "B2", Kind::Text, "say \"hi\"");
  EXPECT_CELL(s, "A3", Kind::Text, "two\nlines");
  EXPECT_CELL(s, "B3", Kind::Text, "3");
  EXPECT_CELL(s, "A5", Kind::Text, "x");
  EXPECT_EQ(s.cells.size(), 7u);
}

TEST(ImportCsv, Delimiters) {
  Workbook semicolon = read_csv("a;b;\"c;d\"\n1,5;2", "x.csv");
  EXPECT_CELL(semicolon.sheets[0], "A2", Kind::Text, "1,5");
  Workbook tab = read_csv("a\tb,c\td\n1\t2", "x.csv");
  EXPECT_CELL(tab.sheets[0], "B1", Kind::Text, "b,c");
  Workbook tie = read_csv("a\tb,c\n1\t2", "x.csv");
  EXPECT_CELL(tie.sheets[0], "A1", Kind::Text, "a\tb");  // a tie: the comma
  Workbook comma = read_csv("a,b\n", "x.csv");
  EXPECT_CELL(comma.sheets[0], "B1", Kind::Text, "b");
}

TEST(ImportCsv, ThaiWindows874) {
  // "ตัวชี้วัด,๑๒" as Thai Excel saves it.
  Workbook wb = read_csv("\xB5\xD1\xC7\xAA\xD5\xE9\xC7\xD1\xB4,\xF1\xF2", "x.csv");
  EXPECT_CELL(wb.sheets[0], "A1", Kind::Text, "ตัวชี้วัด");
  EXPECT_CELL(wb.sheets[0], "B1", Kind::Text, "๑๒");
}

TEST(ImportCsv, Faults) {
  // 0xFF is neither UTF-8 nor Windows-874.
  expect_error([] { read_csv("a,b\nc,\xFF", "t.csv"); }, "t!B2", "UTF-8");
  expect_error([] { read_csv("a,b\nc,\"open\nd,e", "t.csv"); }, "t!B2", "never closed");
  Limits l;
  l.max_rows = 2;
  l.max_cell = 5;
  expect_error([&] { read_csv("1\n2\n\n3", "t.csv", l); }, "t!A4", "2 rows");
  expect_error([&] { read_csv("a,\"123456\"", "t.csv", l); }, "t!B1", "5 characters");
  EXPECT_NO_THROW(read_csv("a,\"ตัวชี\"", "t.csv", l));  // 15 bytes, 5 characters
  l.max_file = 3;
  expect_error([&] { read_csv("abcd", "t.csv", l); }, "", "larger than");
}
