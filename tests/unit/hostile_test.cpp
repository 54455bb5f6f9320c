// No input crashes planc: each hostile input gets a clear diagnostic, in
// bounded time and memory. CI runs these under AddressSanitizer and
// UndefinedBehaviorSanitizer (-DPLANC_SANITIZE=ON).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "report/build.hpp"

namespace {

namespace fs = std::filesystem;

struct Run {
  planc::driver::Compilation c;
  std::string codes;  // "E010 E012 ..."
};

// Runs the whole pipeline, renders every format, and lists the codes reported.
std::unique_ptr<Run> run(std::string text, planc::driver::Limits limits = {}) {
  auto r = std::make_unique<Run>();
  planc::driver::compile_text(r->c, "hostile.plan", std::move(text), planc::driver::Options{.limits = limits});
  auto& p = r->c.program;
  p.diags.sort();
  for (auto& d : p.diags.all()) {
    (void)planc::render_text(p.sources, d, {});
    r->codes += std::string(planc::info(d.code).code) + " ";
  }
  if (r->c.scored) {
    auto m = planc::report::build(*r->c.scored, p.sources, p.diags, {});
    (void)planc::emit::html(m);
    (void)planc::emit::markdown(m);
  }
  return r;
}

bool has(const Run& r, const char* code) { return r.codes.find(code) != std::string::npos; }

const char* kPlan = "use \"std/units\"\nuse \"std/scales\"\nplan \"p\" { scale five-band }\n";

}  // namespace

TEST(Hostile, InvalidUtf8SaysWhere) {
  auto r = run(std::string("plan \"ok\" {}\nplan \"\xC3\x28\" {}\n"));
  EXPECT_EQ(r->codes, "E001 ");
  const auto& sm = r->c.program.sources;
  EXPECT_EQ(sm.line(r->c.program.diags.all()[0].span), 2u);
  EXPECT_EQ(sm.col(r->c.program.diags.all()[0].span), 7u);
}

TEST(Hostile, NulByte) { EXPECT_EQ(run(std::string("plan \"a\0b\" {}\n", 15))->codes, "E003 "); }

TEST(Hostile, BinaryJunk) {
  std::string junk;
  std::uint32_t x = 2463534242u;
  for (int i = 0; i < 100000; ++i) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    junk += static_cast<char>(x & 0xFF);
  }
  auto r = run(junk);
  EXPECT_TRUE(has(*r, "E001") || has(*r, "E003"));
}

TEST(Hostile, PrintableJunkIsReportedItemByItem) {
  std::string junk;
  std::uint32_t x = 88172645u;
  for (int i = 0; i < 200000; ++i) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    junk += static_cast<char>(32 + (x % 95));
    if (x % 37 == 0) junk += '\n';
  }
  auto r = run(junk);
  EXPECT_TRUE(r->c.program.diags.has_errors());
}

TEST(Hostile, EmptyFile) {
  auto r = run("");
  EXPECT_EQ(r->codes, "E105 ");  // no plan: a clear error, not a crash
}

TEST(Hostile, TenMegabyteLine) {
  std::string line = "plan \"" + std::string(10u << 20, 'x') + "\" {}\n";
  auto r = run(line);
  EXPECT_EQ(r->codes, "");
  ASSERT_TRUE(r->c.scored);
  EXPECT_EQ(r->c.scored->title.size(), 10u << 20);
}

TEST(Hostile, TenMegabyteLineOfNonsense) {
  auto r = run(std::string(10u << 20, '}'));
  EXPECT_TRUE(has(*r, "E010"));
  EXPECT_LE(r->c.program.diags.all().size(), 2u);  // recovery skips the line, not 10 million errors
}

TEST(Hostile, HundredThousandNestedBlocks) {
  std::string s;
  for (int i = 0; i < 100000; ++i) s += "a {\n";
  auto r = run(s);
  EXPECT_TRUE(has(*r, "E013"));
  EXPECT_LE(r->c.program.diags.all().size(), 3u);
}

TEST(Hostile, HundredThousandBraces) {
  auto r = run(std::string(100000, '{'));
  EXPECT_TRUE(has(*r, "E010"));
  auto r2 = run("a " + std::string(100000, '{'));
  EXPECT_TRUE(r2->c.program.diags.has_errors());
}

TEST(Hostile, DepthLimitIsConfigurable) {
  planc::driver::Limits l;
  l.max_depth = 2;
  auto r = run("a { b { c { d 1 } } }\n", l);
  EXPECT_TRUE(has(*r, "E013"));
  l.max_depth = 10;
  EXPECT_FALSE(has(*run("a { b { c { d 1 } } }\n", l), "E013"));
}

TEST(Hostile, FileSizeLimit) {
  planc::driver::Limits l;
  l.max_file_bytes = 100;
  EXPECT_EQ(run(std::string(200, ' '), l)->codes, "E004 ");
}

TEST(Hostile, FourHundredDigitNumbers) {
  std::string big(400, '9');
  auto r = run(std::string(kPlan) + "strategy 1 \"s\" { indicator 1 \"i\" { unit count; target >= " + big +
               "; weight 1 } }\nresult 1.1 { value " + big + "." + big + " }\n");
  EXPECT_TRUE(has(*r, "E024"));
}

TEST(Hostile, DivisionByZeroWeight) {
  auto r = run(std::string(kPlan) + "strategy 1 \"s\" { indicator 1 \"i\" { unit count; target >= 1; weight 1/0 } }\n");
  EXPECT_TRUE(has(*r, "E024"));
}

TEST(Hostile, TargetOfZero) {
  auto r = run(std::string(kPlan) +
               "strategy 1 \"s\" { indicator 1 \"i\" { unit count; target >= 0; weight 1 } }\nresult 1.1 { value 5 }\n");
  EXPECT_TRUE(has(*r, "E121"));
  ASSERT_TRUE(r->c.scored);
  EXPECT_FALSE(r->c.scored->strategies[0].children[0].score);  // no NaN, no score
}

TEST(Hostile, WeightsWithHugeDenominatorsStayExact) {
  // Past 64 bits the arithmetic widens: the sum is exact and shown as such.
  auto r = run(std::string(kPlan) +
               "strategy 1 \"s\" {\n indicator 1 \"a\" { unit count; target >= 1; weight 1/999999999989 }\n"
               " indicator 2 \"b\" { unit count; target >= 1; weight 1/999999999971 }\n"
               " indicator 3 \"c\" { unit count; target >= 1; weight 1/999999999961 }\n}\n"
               "result 1.1 { value 1 }\nresult 1.2 { value 1 }\nresult 1.3 { value 1 }\n");
  EXPECT_TRUE(has(*r, "E110"));
  EXPECT_FALSE(has(*r, "E132"));
  ASSERT_TRUE(r->c.scored);
  EXPECT_EQ(*r->c.scored->strategies[0].score, planc::Rational(5));  // Σ(W×5)/ΣW, exactly
}

TEST(Hostile, ArithmeticPastTheBoundIsAnError) {
  // Six weights with 60-digit denominators: their sum needs more than 1024 bits.
  std::string s = std::string(kPlan) + "strategy 1 \"s\" {\n";
  const char* dens[] = {"999999999999999999999999999999999999999999999999999999999989",
                        "999999999999999999999999999999999999999999999999999999999971",
                        "999999999999999999999999999999999999999999999999999999999961",
                        "999999999999999999999999999999999999999999999999999999999947",
                        "999999999999999999999999999999999999999999999999999999999929",
                        "999999999999999999999999999999999999999999999999999999999917"};
  for (int i = 0; i < 6; ++i)
    s += " indicator " + std::to_string(i + 1) + " \"x\" { unit count; target >= 1; weight 1/" + dens[i] + " }\n";
  s += "}\n";
  auto r = run(s);
  EXPECT_TRUE(has(*r, "E132"));
}

TEST(Hostile, HugeValuesInEveryPosition) {
  std::string n = "999999999999999999";
  auto r = run(std::string(kPlan) + "strategy 1 \"s\" { indicator 1 \"i\" { unit count; target >= 0.000000000000000001; weight 1 } }\n"
               "result 1.1 { values " + n + ", " + n + ", " + n + " }\nreported 1 { score " + n + " }\n");
  ASSERT_TRUE(r->c.scored);
  EXPECT_EQ(*r->c.scored->strategies[0].score, planc::Rational(5));
  EXPECT_TRUE(has(*r, "W141"));  // the published 999... is reconciled, exactly
}

TEST(Hostile, ImportsOfEveryBadKind) {
  auto dir = fs::temp_directory_path() / "planc-hostile-imports";
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "a.plan") << "use \"b.plan\"\nuse \"missing.plan\"\nuse \"../outside.plan\"\nuse \"b.plan\"\n"
                                   "plan \"p\" {}\n";
  std::ofstream(dir / "b.plan") << "use \"sub/c.plan\"\n";
  std::ofstream(dir / "sub" / "c.plan") << "use \"../a.plan\"\n";  // a -> b -> c -> a
  planc::driver::Compilation c;
  planc::driver::compile(c, (dir / "a.plan").string());
  std::string codes;
  for (auto& d : c.program.diags.all()) codes += std::string(planc::info(d.code).code) + " ";
  EXPECT_NE(codes.find("E031"), std::string::npos) << codes;  // the cycle
  EXPECT_NE(codes.find("E030"), std::string::npos) << codes;  // missing
  EXPECT_NE(codes.find("E032"), std::string::npos) << codes;  // outside the folder
  EXPECT_NE(codes.find("W033"), std::string::npos) << codes;  // twice
}

TEST(Hostile, MissingMainFileIsAnIoError) {
  planc::driver::Compilation c;
  planc::driver::compile(c, "/nonexistent/plan.plan");
  EXPECT_TRUE(c.program.io_error);
}

// Found by the fuzzer: a scale with no points, used and reported against.
TEST(Hostile, ScaleWithoutPoints) {
  auto r = run(std::string(kPlan) + "scale empty {}\nstrategy 1 \"s\" { indicator 1 \"i\" { unit percent; target >= 80; "
               "scale empty; weight 1 } }\nresult 1.1 { value 0; reported { percent 100; score 5 } }\n"
               "strategy 2 \"t\" { indicator 1 \"j\" { unit count; target <= 5; scale empty; weight 1 } }\n"
               "result 2.1 { value 0 }\n");
  EXPECT_TRUE(has(*r, "E023"));
  ASSERT_TRUE(r->c.scored);
  EXPECT_FALSE(r->c.scored->strategies[0].children[0].score);
}

// Found by the fuzzer in CI: a 60-digit number with a leading zero (parsed by
// GMP as octal) threw out of the lowering.
TEST(Hostile, LongNumberWithLeadingZero) {
  auto r = run(std::string(kPlan) + "strategy 1 \"s\" { indicator 1 \"i\" { unit count; target >= 1; weight 1/0" +
               std::string(58, '9') + "8 } }\n");
  EXPECT_FALSE(has(*r, "E024"));
  ASSERT_TRUE(r->c.model);
}

// Results find their indicators without an index; a strategy numbered out of
// order, or with gaps, gets one made once: 20 000 indicators in reverse order
// and their results stay fast (a search per result would take minutes).
TEST(Hostile, ManyIndicatorsOutOfOrder) {
  std::string text = "use \"std/units\"\nuse \"std/scales\"\nplan \"p\" { scale five-band }\nround \"r\" { months 12 }\n"
                     "strategy 1 \"s\" {\n";
  const int n = 20000;
  for (int i = n; i >= 1; --i)
    text += fmt::format("  indicator {} \"i\" {{ unit percent; target >= 80; weight 1/{} }}\n", i * 2, n);
  text += "}\n";
  for (int i = 1; i <= n; ++i) text += fmt::format("result 1.{} {{ value 80 }}\n", i * 2);
  text += "result 1.3 { value 1 }\n";  // no such indicator
  auto r = run(text);
  EXPECT_NE(r->codes.find("E1"), std::string::npos);  // the unknown one (and the gaps) are reported
  ASSERT_TRUE(r->c.scored.has_value());
  ASSERT_TRUE(r->c.scored->score.has_value());
  EXPECT_EQ(*r->c.scored->score, planc::Rational(5));  // every result meets its target
}
