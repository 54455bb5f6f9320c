// planc import: reading cells as plan values, the rules file, and a workbook's
// rows into plan text whose items know their cells (src/import/).
#include <gtest/gtest.h>

#include "ast/program.hpp"
#include "driver/loader.hpp"
#include "import/mapping.hpp"
#include "import/rules.hpp"
#include "import/values.hpp"

namespace {

using namespace planc;
using namespace planc::imports;

TEST(ImportValues, Numbers) {
  EXPECT_EQ(number("๘๐"), "80");
  EXPECT_EQ(number(" 1,234.50 "), "1234.50");
  EXPECT_EQ(number("๑,๗๐๐,๐๐๐"), "1700000");
  EXPECT_EQ(number("34%"), "34");
  EXPECT_EQ(number("-2"), "-2");
  EXPECT_EQ(number("12,34"), std::nullopt);  // not a thousands separator
  EXPECT_EQ(number("1,2345"), std::nullopt);
  EXPECT_EQ(number("แปด"), std::nullopt);
  EXPECT_EQ(number(""), std::nullopt);
  EXPECT_EQ(number("1.2.3"), std::nullopt);
  // A workbook's stored doubles: binary noise past 15 digits rounded off, exponents expanded.
  EXPECT_EQ(number("1.7000000000000002", true), "1.7");
  EXPECT_EQ(number("0.30000000000000004", true), "0.3");
  EXPECT_EQ(number("2.9999999999999996", true), "3");
  EXPECT_EQ(number("1E-3", true), "0.001");
  EXPECT_EQ(number("1.5E+10", true), "15000000000");
  EXPECT_EQ(number("-0.34", true), "-0.34");
  EXPECT_EQ(number("131400", true), "131400");
  EXPECT_EQ(number("1e999", true), std::nullopt);
}

TEST(ImportValues, Targets) {
  auto t = target("ไม่น้อยกว่า ๘๐");
  EXPECT_EQ(t.form, Target::Form::Number);
  EXPECT_EQ(t.cmp, Target::Cmp::AtLeast);
  EXPECT_EQ(t.value, "80");
  EXPECT_EQ(t.words, "");
  t = target("ไม่เกิน 30 นาที");
  EXPECT_EQ(t.cmp, Target::Cmp::AtMost);
  EXPECT_EQ(t.value, "30");
  EXPECT_EQ(t.unit, "นาที");
  t = target("≥ ๑ ช่องทาง");
  EXPECT_EQ(t.value, "1");
  EXPECT_EQ(t.unit, "ช่องทาง");
  t = target("ไม่น้อยกว่าร้อยละ ๙๐");
  EXPECT_EQ(t.value, "90");
  EXPECT_EQ(t.unit, "ร้อยละ");
  t = target("= 100");
  EXPECT_EQ(t.cmp, Target::Cmp::Equal);
  t = target("๖/๑๒ เล่ม/ปี");
  EXPECT_EQ(t.form, Target::Form::Compound);
  EXPECT_EQ(t.value, "6/12");
  t = target("ผ่านการประเมินระดับพื้นฐาน (Basic) ๑ หมวด");
  EXPECT_EQ(t.form, Target::Form::Number);  // one number among words: at least it, the words kept
  EXPECT_EQ(t.value, "1");
  EXPECT_EQ(t.words, "ผ่านการประเมินระดับพื้นฐาน (Basic) ๑ หมวด");
  t = target("ค่าเป้าหมายตามรายโครงการ/กิจกรรม");
  EXPECT_EQ(t.form, Target::Form::Words);
}

TEST(ImportValues, Results) {
  auto r = result("๘๕.๕", false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->form, Result::Form::Value);
  EXPECT_EQ(r->values, std::vector<std::string>{"85.5"});
  r = result("๗ หมวด", false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->values, std::vector<std::string>{"7"});
  EXPECT_EQ(r->says, "๗ หมวด");
  r = result("๕๐, ๓๕, ๕๐, ๕๐", false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->form, Result::Form::Values);
  EXPECT_EQ(r->values, (std::vector<std::string>{"50", "35", "50", "50"}));
  r = result("NA", false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->form, Result::Form::NA);
  r = result("", false);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->form, Result::Form::Empty);
  EXPECT_FALSE(result("แปดสิบห้า", false));
  EXPECT_FALSE(result("5 จาก 10", false));  // two numbers that are not a list
  r = result("2728", true);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->values, std::vector<std::string>{"2728"});
}

TEST(ImportValues, IdsWeightsStatuses) {
  EXPECT_EQ(id("๑.๒"), "1.2");
  EXPECT_EQ(id("ตัวชี้วัดที่ 2.2.1"), "2.2.1");
  EXPECT_EQ(id("ยุทธศาสตร์ที่ ๓ : ..."), "3");
  EXPECT_EQ(id("1.10"), "1.10");
  EXPECT_EQ(id("01.02"), "1.2");
  EXPECT_EQ(id("ไม่มีเลข"), std::nullopt);
  EXPECT_EQ(id("1.2.3.4.5"), std::nullopt);
  EXPECT_EQ(weight("๐.๓๔", false), "0.34");
  EXPECT_EQ(weight("34%", false), "0.34");
  EXPECT_EQ(weight("5%", false), "0.05");
  EXPECT_EQ(weight("100%", false), "1");
  EXPECT_EQ(weight("1/3", false), "1/3");
  EXPECT_EQ(weight("0.33999999999999997", true), "0.34");
  // A third as Excel stores it (typed =1/3, or written by planc's workbook) is a third again.
  EXPECT_EQ(weight("0.33333333333333331", true), "1/3");
  EXPECT_EQ(weight("0.333333333333333", true), "1/3");
  EXPECT_EQ(weight("0.14285714285714285", true), "1/7");
  EXPECT_EQ(weight("0.34", true), "0.34");
  EXPECT_EQ(weight("0.12500000000000001", true), "0.125");
  EXPECT_EQ(fraction_of_stored("0.123456789012345"), std::nullopt);  // no small fraction is that close
  EXPECT_EQ(weight("ครึ่ง", false), std::nullopt);
  EXPECT_EQ(status("อยู่ระหว่างดำเนินการ"), "in-progress");
  EXPECT_EQ(status("Done"), "done");
  EXPECT_EQ(status("เสร็จแล้วมั้ง"), std::nullopt);
  EXPECT_EQ(plan_text("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
}

Rules rules_of(const std::string& text, ast::Program& p) {
  FileId f = p.sources.add("r.rules", "r.rules", text);
  return parse_rules(p.sources, f, p.diags);
}

TEST(ImportRules, Directives) {
  ast::Program p;
  Rules r = rules_of("# comment\nsheet \"ตัวชี้วัด\"\nheader-rows 3 - 4\ncolumn result G  // the result\n"
                     "column title \"ชื่อ ตัวชี้วัด\"\nprojects-sheet 2\nproject-column budget D\nyears ๒๕๖๗ - ๒๕๖๙\n"
                     "year 2567\nmonths ๖\nround \"รอบ ๖ เดือน\"\nwrite round\n",
                     p);
  EXPECT_FALSE(p.diags.has_errors());
  ASSERT_EQ(r.indicators.sheets.size(), 1u);
  EXPECT_EQ(r.indicators.sheets[0].name, "ตัวชี้วัด");
  EXPECT_EQ(r.indicators.header_first, 3u);
  EXPECT_EQ(r.indicators.header_last, 4u);
  EXPECT_EQ(r.indicators.columns[static_cast<std::size_t>(Field::Result)]->col, 6u);
  EXPECT_EQ(r.indicators.columns[static_cast<std::size_t>(Field::Title)]->header, "ชื่อ ตัวชี้วัด");
  ASSERT_EQ(r.projects.sheets.size(), 1u);
  EXPECT_EQ(r.projects.sheets[0].index, 1u);
  EXPECT_TRUE(r.projects_sheet);
  EXPECT_EQ(r.years_from.value, "2567");
  EXPECT_EQ(r.years_to.value, "2569");
  EXPECT_EQ(r.months.value, "6");
  EXPECT_EQ(r.round.value, "รอบ ๖ เดือน");
  EXPECT_EQ(r.write, Rules::Write::Round);
}

TEST(ImportRules, EveryMistakeAtItsPlace) {
  ast::Program p;
  rules_of("sheet\nheader-row สาม\ncolumn reslt G\ncolum title B\nyear 25\ncolumn id A\ncolumn id B\nplan \"open\n", p);
  std::vector<std::uint32_t> lines;
  for (const auto& d : p.diags.all()) {
    EXPECT_EQ(d.code, Code::ImportLayout);
    lines.push_back(p.sources.line(d.span));
  }
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{1, 2, 3, 4, 5, 7, 8}));
}

// The directives "did you mean" and the unknown directive's hint offer are
// the ones the parser knows: each alone (its arguments missing) is at worst
// a mistake in its arguments, never an unknown directive.
TEST(ImportRules, EveryListedDirectiveIsKnown) {
  for (const std::string& d : rules_directives()) {
    ast::Program p;
    rules_of(d + "\n", p);
    for (const auto& diag : p.diags.all())
      EXPECT_EQ(diag.message.str({}).find("is not a directive"), std::string::npos) << d;
  }
  ast::Program p;
  rules_of("colour result G\n", p);
  ASSERT_EQ(p.diags.all().size(), 1u);
  EXPECT_NE(p.diags.all()[0].message.str({}).find("is not a directive"), std::string::npos);
}

TEST(ImportRules, ColumnLetters) {
  EXPECT_EQ(column_of("A"), 0u);
  EXPECT_EQ(column_of("z"), 25u);
  EXPECT_EQ(column_of("AA"), 26u);
  EXPECT_EQ(column_of("XFD"), 16383u);
  EXPECT_EQ(column_of("XFE"), std::nullopt);
  EXPECT_EQ(column_of("A1"), std::nullopt);
}

// A workbook made in the test: rows of texts on one sheet.
Workbook book(std::vector<std::vector<std::string>> rows, std::vector<Merge> merges = {}) {
  Workbook wb;
  wb.name = "book.xlsx";
  Sheet s;
  s.name = "ตัวชี้วัด";
  for (std::uint32_t r = 0; r < rows.size(); ++r)
    for (std::uint32_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty()) s.cells.push_back(Cell{r, c, Cell::Kind::Text, rows[r][c]});
  s.merges = std::move(merges);
  wb.sheets.push_back(std::move(s));
  return wb;
}

struct Mapped {
  ast::Program p;
  BookFile bf;
  Imported out;
};
std::unique_ptr<Mapped> map(const Workbook& wb, const std::string& rules = "", Options o = {}) {
  auto m = std::make_unique<Mapped>();
  Rules r;
  if (!rules.empty()) r = rules_of(rules, m->p);
  m->bf = book_file(wb);
  if (o.year.empty()) o.year = "2567";
  m->out = map_workbook(wb, m->bf, r, o, m->p.diags);
  m->bf.materialize(m->p.sources, wb, "book.xlsx", true, m->p.diags);
  return m;
}

TEST(ImportMap, TwoRowHeaderUnderAMergedHeading) {
  // "ผลการดำเนินงาน" merged over its two sub-headings; the strategy's number merged down its rows.
  Workbook wb = book({{"ยุทธศาสตร์", "ลำดับ", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "", "หน่วยนับ"},
                      {"", "", "", "", "ผล", "คะแนนที่ได้", ""},
                      {"1", "1.1", "ตัวชี้วัดแรก", "ไม่น้อยกว่า 80", "85", "4", "ร้อยละ"},
                      {"", "1.2", "ตัวชี้วัดที่สอง", "ไม่น้อยกว่า 10", "12", "5", "ครั้ง"}},
                     {Merge{0, 4, 0, 5}, Merge{2, 0, 3, 0}});
  auto m = map(wb);
  ASSERT_FALSE(m->p.diags.has_errors()) << m->p.diags.all().size();
  ASSERT_EQ(m->out.files.size(), 2u);
  const std::string& round = m->out.files[1].text;
  EXPECT_NE(round.find("result ๑.๑ {"), std::string::npos) << round;
  EXPECT_NE(round.find("value ๘๕"), std::string::npos) << round;
  EXPECT_NE(round.find("reported { score ๔ }"), std::string::npos) << round;
  EXPECT_NE(m->out.files[0].text.find("unit ครั้ง"), std::string::npos);
}

TEST(ImportMap, EachItemKnowsItsCell) {
  Workbook wb = book({{"ลำดับ", "ตัวชี้วัด", "หน่วยนับ", "เป้าหมาย", "น้ำหนัก", "ผล"},
                      {"1.1", "ก", "ร้อยละ", "80", "1", "90"}});
  auto m = map(wb);
  ASSERT_EQ(m->out.files.size(), 2u);
  const OutFile& plan = m->out.files[0];
  auto at = plan.text.find("weight");
  ASSERT_NE(at, std::string::npos);
  CellRef c = plan.cell_at(static_cast<std::uint32_t>(at));
  ASSERT_TRUE(c.valid());
  EXPECT_EQ(wb.sheets[c.sheet].cells[c.index].col, 4u);  // column E
  // The span of a cell names it once the file of the cells named is made.
  ast::Program p;
  Diagnostics d;
  d.report(msg::CellNotId, m->bf.span(c), "x");
  m->bf.materialize(p.sources, wb, "book.xlsx", true, d);
  EXPECT_EQ(p.sources.get(d.all()[0].span.file).place_of(d.all()[0].span.begin), "ตัวชี้วัด!E2");
  EXPECT_EQ(p.sources.get(d.all()[0].span.file).text, "1\n");
  const OutFile& round = m->out.files[1];
  c = round.cell_at(static_cast<std::uint32_t>(round.text.find("value")));
  ASSERT_TRUE(c.valid());
  EXPECT_EQ(wb.sheets[c.sheet].cells[c.index].col, 5u);
}

TEST(ImportMap, EveryBadCellIsAnErrorAndNothingIsMade) {
  Workbook wb = book({{"ลำดับ", "ตัวชี้วัด", "น้ำหนัก", "ผล"},
                      {"1.1", "ก", "ครึ่ง", "90"},
                      {"1.2", "ข", "0.5", "เก้าสิบ"},
                      {"1.1", "ค", "0.5", "90"},
                      {"จ", "ไม่มีเลข", "", ""}});
  auto m = map(wb);
  EXPECT_TRUE(m->out.files.empty());
  std::vector<std::string> places;
  for (const auto& d : m->p.diags.all()) places.emplace_back(m->p.sources.get(d.span.file).place_of(d.span.begin));
  EXPECT_EQ(places, (std::vector<std::string>{"ตัวชี้วัด!C2", "ตัวชี้วัด!D3", "ตัวชี้วัด!A4", "ตัวชี้วัด!A5"}));
}

TEST(ImportMap, FormulasWithoutValuesAndErrorValues) {
  Workbook wb = book({{"ลำดับ", "ตัวชี้วัด", "น้ำหนัก", "ผล"}, {"1.1", "ก", "1", ""}, {"1.2", "ข", "1", ""}});
  wb.sheets[0].cells.push_back(Cell{1, 3, Cell::Kind::NoValue, "SUM(A1:A2)"});
  wb.sheets[0].cells.push_back(Cell{2, 3, Cell::Kind::Error, "#DIV/0!"});
  std::sort(wb.sheets[0].cells.begin(), wb.sheets[0].cells.end(),
            [](const Cell& a, const Cell& b) { return std::tie(a.row, a.col) < std::tie(b.row, b.col); });
  auto m = map(wb);
  ASSERT_EQ(m->p.diags.all().size(), 2u);
  EXPECT_NE(m->p.diags.all()[0].message.str().find("SUM(A1:A2)"), std::string::npos);
  EXPECT_NE(m->p.diags.all()[1].message.str().find("#DIV/0!"), std::string::npos);
}

TEST(ImportMap, RulesNameTheSheetAndColumns) {
  Workbook wb = book({{"ชื่อหน่วยงาน"}, {"a", "b", "c"}, {"x", "1.1", "เรื่องแรก", "", "", "", "", "99"}});
  auto m = map(wb, "sheet 1\nheader-row 2\ncolumn id B\ncolumn title C\ncolumn result H\n");
  ASSERT_FALSE(m->p.diags.has_errors());
  ASSERT_EQ(m->out.files.size(), 2u);
  EXPECT_NE(m->out.files[1].text.find("value ๙๙"), std::string::npos) << m->out.files[1].text;
  auto bad = map(wb, "sheet \"ไม่มี\"\n");
  ASSERT_EQ(bad->p.diags.all().size(), 1u);
  EXPECT_EQ(bad->p.diags.all()[0].code, Code::ImportLayout);
}

// A strategy a sheet: every sheet with the header is read, in the workbook's order.
TEST(ImportMap, ASheetPerStrategy) {
  Workbook wb = book({{"ลำดับ", "ตัวชี้วัด", "ผล"}, {"1.1", "ก", "1"}});
  Workbook second = book({{"ลำดับ", "ตัวชี้วัด", "ผล"}, {"2.1", "ข", "2"}, {"2.2", "ค", "3"}});
  second.sheets[0].name = "ยุทธศาสตร์ ๒";
  wb.sheets.push_back(second.sheets[0]);
  auto m = map(wb);
  ASSERT_FALSE(m->p.diags.has_errors());
  ASSERT_EQ(m->out.files.size(), 2u);
  EXPECT_NE(m->out.files[0].text.find("strategy ๒"), std::string::npos) << m->out.files[0].text;
  EXPECT_NE(m->out.files[1].text.find("result ๒.๒ { value ๓ }"), std::string::npos) << m->out.files[1].text;
  // The rules may name them, each once.
  auto named = map(wb, "sheet 2\nsheet \"ตัวชี้วัด\"\n");
  ASSERT_FALSE(named->p.diags.has_errors());
  EXPECT_LT(named->out.files[1].text.find("result ๒.๑"), named->out.files[1].text.find("result ๑.๑"));
}

TEST(ImportMap, OutputIsAlreadyFormatted) {
  Workbook wb = book({{"ลำดับ", "ตัวชี้วัด", "หน่วยนับ", "เป้าหมาย", "น้ำหนัก", "ผล", "หน่วยงานรับผิดชอบ"},
                      {"1.1", "ตัวชี้วัดที่ยาวมาก \"มีเครื่องหมายคำพูด\" และ \\ ทับ", "ร้อยละ", "80", "0.5", "NA", "ก\nข"},
                      {"1.2", "ข", "หน่วยที่ไม่มีในมาตรฐาน", "ไม่เกิน 5", "0.5", "3", "ข"}});
  auto m = map(wb);
  ASSERT_EQ(m->out.files.size(), 2u);
  for (const auto& f : m->out.files) {
    ast::Program p;
    auto cst = driver::parse_text(p, f.name, f.text);
    ASSERT_FALSE(p.diags.has_errors()) << f.text;
  }
}

}  // namespace
