// The Word document (render --format docx): the same bytes every time, a zip,
// and plan text made safe for XML. tests/tools/docx_test.sh looks at the
// document itself (its parts, LibreOffice printing it).
#include <gtest/gtest.h>

#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "report/build.hpp"

namespace {

std::string docx_of(const std::string& rel, const std::string& title = {}) {
  planc::driver::Compilation c;
  planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/" + rel);
  planc::report::Model m = planc::report::build(*c.scored, c.program.sources, c.program.diags, {});
  if (!title.empty()) m.title = title;
  return planc::emit::collect([&](planc::emit::Sink& out) { planc::emit::docx(m, out); });
}

}  // namespace

TEST(Docx, EscapesAndDropsWhatXmlForbids) {
  EXPECT_EQ(planc::emit::xml_text("<script>alert(1)</script> \"&<>'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&lt;&gt;&apos;");
  EXPECT_EQ(planc::emit::xml_text("ไทย ๓.๙๔"), "ไทย ๓.๙๔");
  EXPECT_EQ(planc::emit::xml_text(std::string("a\x01" "b\x1f" "c\td\ne", 10)), "abc\td e");
  EXPECT_EQ(planc::emit::xml_text("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");  // U+FFFE, U+FFFF
  EXPECT_EQ(planc::emit::xml_text("a\xC3" "b\xED\xA0\x80" "c\xFF"), "abc");     // broken UTF-8, a surrogate
  EXPECT_EQ(planc::emit::xml_text("\xF0\x9F\x93\x84"), "\xF0\x9F\x93\x84");     // 📄 stays
}

TEST(Docx, SameBytesEveryTime) {
  std::string a = docx_of("plans/th-hor-2563/2563-h1.plan");
  std::string b = docx_of("plans/th-hor-2563/2563-h1.plan");
  ASSERT_GT(a.size(), 10000u);
  EXPECT_EQ(a.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_TRUE(a == b);
  std::string en = docx_of("plans/examples/city-library/2568-12m.plan");
  EXPECT_EQ(en.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_TRUE(en == docx_of("plans/examples/city-library/2568-12m.plan"));
}

TEST(Docx, ControlCharactersAndALongTitleMakeADocument) {
  std::string title(2000, 'x');
  title += std::string("\x01\x02<script>", 10);
  EXPECT_EQ(docx_of("plans/examples/city-library/2568-12m.plan", title).substr(0, 2), "PK");
}
