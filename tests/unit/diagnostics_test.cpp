// The diagnostics registry and its renderers.
#include <gtest/gtest.h>

#include <set>

#include "driver/loader.hpp"
#include "support/diag_explanations.hpp"
#include "support/diagnostics.hpp"
#include "support/utf8.hpp"

TEST(Registry, CodesAreUniqueAndWellFormed) {
  std::set<std::string_view> seen;
  for (const auto& ci : planc::all_codes()) {
    EXPECT_TRUE(seen.insert(ci.code).second) << ci.code;
    ASSERT_EQ(ci.code.size(), 4u);
    EXPECT_EQ(ci.code[0], ci.severity == planc::Severity::Error ? 'E' : 'W') << ci.code;
    EXPECT_FALSE(ci.title.empty());
    EXPECT_TRUE(islower(static_cast<unsigned char>(ci.title[0]))) << ci.code << ": titles start lower case";
    EXPECT_NE(ci.title.back(), '.') << ci.code << ": no full stop";
  }
}

TEST(Registry, EveryCodeHasALongExplanation) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code << " has no entry in src/support/diag_explanations.cpp";
    EXPECT_GT(ex->text.size(), 40u) << ci.code;
    EXPECT_FALSE(ex->example.empty()) << ci.code;
    EXPECT_FALSE(ex->fix.empty()) << ci.code;
  }
}

TEST(Width, ThaiCombiningMarksTakeNoColumn) {
  EXPECT_EQ(planc::utf8::display_width("ระดับ"), 4);      // MAI HAN-AKAT sits above
  EXPECT_EQ(planc::utf8::display_width("ที่"), 1);        // SARA II and MAI EK sit above THO THAHAN
  EXPECT_EQ(planc::utf8::display_width("ร้อยละ"), 5);
  EXPECT_EQ(planc::utf8::display_width("abc"), 3);
  EXPECT_EQ(planc::utf8::display_width("表"), 2);         // wide
}

TEST(Render, CaretSitsUnderTheThaiSpan) {
  planc::driver::Program p;
  std::string line = "  indicator ๑ \"ที่ดี\" { unit ระดบ }";
  planc::FileId f = p.sources.add("t.plan", "", line + "\n");
  auto b = static_cast<std::uint32_t>(line.find("ระดบ"));
  planc::Diagnostic d{planc::Code::UnknownName, planc::Severity::Error,
                      p.sources.span(f, b, b + static_cast<std::uint32_t>(std::string("ระดบ").size())),
                      "there is no unit `ระดบ`", {}, ""};
  std::string out = planc::render_text(p.sources, d, {});
  // `  indicator ๑ "ที่ดี" { unit ` is 29 code points but 26 columns (three marks sit above).
  EXPECT_EQ(d.span.col, 30u);
  EXPECT_NE(out.find("\n  | " + std::string(26, ' ') + "^^^^\n"), std::string::npos) << out;
}

TEST(Render, ShortAndSarif) {
  planc::driver::Program p;
  planc::FileId f = p.sources.add("t.plan", "", "weight 1/0\n");
  planc::Diagnostic d{planc::Code::BadNumber, planc::Severity::Error, p.sources.span(f, 7, 10), "`1/0` divides by zero",
                      {}, "a fraction needs a denominator other than 0"};
  EXPECT_EQ(planc::render_short(p.sources, d), "t.plan:1:8: error[E024]: `1/0` divides by zero\n");
  std::string sarif = planc::render_sarif(p.sources, {d});
  EXPECT_NE(sarif.find(R"("region":{"startLine":1,"startColumn":8,"endLine":1,"endColumn":11})"), std::string::npos)
      << sarif;
  EXPECT_NE(sarif.find(R"("ruleId":"E024","level":"error")"), std::string::npos);
}
