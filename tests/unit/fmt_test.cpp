// planc fmt on every plan in plans/ and every golden input: the output parses,
// is idempotent, keeps every comment, and evaluates exactly as the input does.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/pipeline.hpp"
#include "emit/eval_json.hpp"
#include "review/format.hpp"
#include "review/textdiff.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = PLANC_SOURCE_DIR;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Formats a text; nullopt when it does not parse.
std::optional<std::string> format_plan(const std::string& text, std::size_t* comments = nullptr) {
  planc::driver::Program p;
  auto cst = planc::driver::parse_text(p, "t.plan", text);
  if (p.diags.has_errors()) return std::nullopt;
  if (comments) *comments = cst.comments.size();
  return planc::review::format(p.sources.get(cst.file), cst);
}

std::vector<fs::path> all_plans() {
  std::vector<fs::path> out;
  for (auto dir : {"plans", "tests/golden", "stdlib"})
    for (auto& e : fs::recursive_directory_iterator(kRoot / dir))
      if (e.path().extension() == ".plan") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// What a plan evaluates to, with diagnostics reduced to their codes (their
// positions move when the layout does).
std::string meaning(const fs::path& file) {
  planc::driver::Compilation c;
  planc::driver::compile(c, file.string());
  std::string codes = "[";
  for (auto& d : c.program.diags.all()) codes += "\"" + std::string(planc::info(d.code).code) + "\",";
  codes += "]";
  if (!c.scored) return "no report; " + codes;
  return planc::emit::eval_json(*c.scored, codes);
}

}  // namespace

TEST(Fmt, IdempotentAndKeepsComments) {
  int formatted = 0;
  for (auto& path : all_plans()) {
    std::string text = slurp(path);
    std::size_t comments = 0, comments_after = 0;
    auto once = format_plan(text, &comments);
    if (!once) continue;  // inputs of syntax-error tests
    ++formatted;
    auto twice = format_plan(*once, &comments_after);
    ASSERT_TRUE(twice) << path << ": the formatted text does not parse";
    EXPECT_EQ(*twice, *once) << path << " is not idempotent:\n" << planc::review::unified_diff(*once, *twice, "once", "twice");
    EXPECT_EQ(comments_after, comments) << path << ": comments lost";
  }
  EXPECT_GE(formatted, 50);
}

TEST(Fmt, PreservesWhatEveryPlanMeans) {
  // Copy each folder of plans, format every file of the copy, and evaluate both.
  auto tmp = fs::temp_directory_path() / "planc-fmt-semantics";
  fs::remove_all(tmp);
  int compared = 0;
  for (auto dir : {"plans/th-hor-2563", "plans/examples/city-library", "plans/examples/district-health",
                   "tests/golden/syntax", "tests/golden/diag", "tests/golden/render", "tests/golden/fmt"}) {
    fs::path copy = tmp / dir;
    fs::create_directories(copy);
    for (auto& e : fs::directory_iterator(kRoot / dir)) {
      if (!e.is_regular_file()) continue;
      std::string text = slurp(e.path());
      auto f = e.path().extension() == ".plan" ? format_plan(text) : std::nullopt;
      std::ofstream(copy / e.path().filename(), std::ios::binary) << (f ? *f : text);
    }
    for (auto& e : fs::directory_iterator(kRoot / dir)) {
      if (e.path().extension() != ".plan" || !format_plan(slurp(e.path()))) continue;
      if (std::string(dir) == "tests/golden/diag" && e.path().filename().string().rfind("E03", 0) == 0) continue;
      EXPECT_EQ(meaning(copy / e.path().filename()), meaning(e.path())) << e.path();
      ++compared;
    }
  }
  EXPECT_GE(compared, 40);
}

TEST(Fmt, RefusesFilesWithSyntaxErrors) { EXPECT_FALSE(format_plan("plan \"unclosed {\n")); }

TEST(Fmt, CanonicalChoices) {
  EXPECT_EQ(*format_plan("unit x {kind count;th \"x\"}\n"), "unit x { kind count; th \"x\" }\n");
  EXPECT_EQ(*format_plan("strategy 1 \"s\" { mission \"m\" }\n"), "strategy 1 \"s\" {\n  mission \"m\"\n}\n");
  EXPECT_EQ(*format_plan("office a \"A\"\noffice bbb \"B\"\n"), "office a   \"A\"\noffice bbb \"B\"\n");
  EXPECT_EQ(*format_plan("values ๕๐,๓๕ , 1,000\n"), "values ๕๐, ๓๕, 1,000\n");  // digits kept as written
  EXPECT_EQ(*format_plan("a 1\n\n\n\nb 2 // why\n"), "a 1\n\nb 2  // why\n");
}
