// The drafts for a spreadsheet (emit/spreadsheet.hpp, emit::xlsx, emit::csv):
// how a figure of the model reads as a number, which texts are guarded from
// being formulas, and the workbook the same bytes from a streamed model on
// threads as from the whole model. tests/tools/xlsx_test.sh opens the
// workbooks themselves (openpyxl, LibreOffice).
#include <gtest/gtest.h>

#include <string>

#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "emit/spreadsheet.hpp"
#include "report/build.hpp"

namespace sheet = planc::emit::sheet;

TEST(Spreadsheet, FiguresReadAsNumbers) {
  auto n = sheet::number("๓.๙๔");
  ASSERT_TRUE(n);
  EXPECT_DOUBLE_EQ(n->value, 3.94);
  EXPECT_EQ(n->places, 2);
  EXPECT_FALSE(n->grouped);
  EXPECT_EQ(n->text, "3.94");
  n = sheet::number("๑๐๐");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 100);
  EXPECT_EQ(n->places, 0);
  n = sheet::number("1,700,000.00");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 1700000);
  EXPECT_EQ(n->places, 2);
  EXPECT_TRUE(n->grouped);
  EXPECT_EQ(n->text, "1700000.00");
  n = sheet::number("-2");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, -2);
  n = sheet::number("๒,๗๒๘");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 2728);
  for (const char* not_one : {"", "-", "NA", "๕๐, ๓๕, ๕๐, ๕๐", "1,70", "12,3456", ",100", "1.", ".5", "1.2.3",
                              "7 หมวด", "1e5", "0x10", " 1", "--1", "1,000,00"})
    EXPECT_FALSE(sheet::number(not_one)) << not_one;
}

TEST(Spreadsheet, FormulasStayText) {
  EXPECT_EQ(sheet::guard_formula("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(sheet::guard_formula("@SUM(1+1)"), "'@SUM(1+1)");
  EXPECT_EQ(sheet::guard_formula("+66 2 123"), "'+66 2 123");
  EXPECT_EQ(sheet::guard_formula("-2"), "-2");
  EXPECT_EQ(sheet::guard_formula("-"), "-");
  EXPECT_EQ(sheet::guard_formula("ไม่น้อยกว่า ๘๐"), "ไม่น้อยกว่า ๘๐");
  EXPECT_EQ(sheet::guard_formula("<script>alert(1)</script>"), "<script>alert(1)</script>");
}

TEST(Spreadsheet, ALevelIsNotAPercent) {
  planc::report::Row r;
  r.percent = "๔";  // a level scored on its value: the band column shows the value
  r.of_value = true;
  EXPECT_EQ(sheet::percent_of_target(r), "");
  r.of_value = false;
  r.percent = "๘๐";
  EXPECT_EQ(sheet::percent_of_target(r), "๘๐");
}

TEST(Spreadsheet, HeadersInTheReportsLanguage) {
  EXPECT_STREQ(sheet::headers("th").score, "คะแนนที่ได้ (SM)");
  EXPECT_STREQ(sheet::headers("th").percent, "ร้อยละของเป้าหมาย");
  EXPECT_STREQ(sheet::headers("en").weight, "Weight (W)");
}

namespace {

std::string workbook(const std::string& rel, std::size_t threads) {
  planc::driver::Compilation c;
  planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/" + rel);
  if (!c.scored) return {};
  if (threads == 0) return planc::emit::collect([&](planc::emit::Sink& out) {
      planc::emit::xlsx(planc::report::build(*c.scored, c.program.sources, c.program.diags, {}), out);
    });
  planc::report::Options o;
  o.threads = threads;
  o.parallel_min_indicators = 0;
  planc::report::Model m = planc::report::stream(*c.scored, c.program.sources, c.program.diags, o);
  return planc::emit::collect([&](planc::emit::Sink& out) { planc::emit::xlsx(m, out); });
}

}  // namespace

TEST(Spreadsheet, TheWorkbookIsTheSameWhateverTheThreads) {
  for (const char* rel : {"plans/th-hor-2563/2563-h1.plan", "plans/examples/district-health/2567-12m.plan",
                          "tests/golden/render/hostile-text.plan"}) {
    SCOPED_TRACE(rel);
    std::string whole = workbook(rel, 0);
    ASSERT_GT(whole.size(), 1000u);
    EXPECT_EQ(whole.substr(0, 2), "PK");  // a zip
    for (std::size_t threads : {1, 3}) EXPECT_EQ(workbook(rel, threads), whole) << threads;
  }
}
