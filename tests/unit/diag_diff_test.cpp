// planc diff's diagnostics introduced and resolved (review/diag_diff): a
// diagnostic keeps its identity when lines move; equal diagnostics are
// counted; a plan file's diagnostic found by several rounds is one.
#include <gtest/gtest.h>

#include <string>

#include "driver/pipeline.hpp"
#include "review/diag_diff.hpp"

namespace {

using planc::review::DiagnosticRecord;

// A plan of one strategy and its round in one file; `results` follow it.
std::string plan(const std::string& before, const std::string& results) {
  return before +
         "use \"std/units\"\nuse \"std/scales\"\n"
         "plan \"p\" { language en; scale five-band }\n"
         "round \"r\" { months 12 }\n"
         "strategy 1 \"s\" {\n"
         "  indicator 1 \"a\" { unit percent; target >= 80; weight 0.5 }\n"
         "  indicator 2 \"b\" { unit percent; target >= 80; weight 0.5 }\n"
         "}\n" +
         results;
}

// The diagnostics of a version, as `planc diff` records them.
std::vector<DiagnosticRecord> records(const std::string& text) {
  planc::driver::Compilation c;
  planc::driver::compile_text(c, "dir/p.plan", text);
  const auto& p = c.program;
  planc::review::DiagnosticSet set;
  set.add(p.sources, p.diags.all(), "dir", p.modules.at(p.main).file, "p.plan", "dir");
  return set.take();
}

DiagnosticRecord record(std::uint32_t line, const std::string& message) {
  DiagnosticRecord r;
  r.file = "p.plan";
  r.code = "W125";
  r.severity = planc::Severity::Warning;
  r.identity_message = message;
  r.source = "0.7";
  r.line = line;
  r.col = 5;
  return r;
}

TEST(DiagDiff, LinesMovedAreNoChange) {
  std::string results = "result 1.1 { value 0.7 }\nresult 1.2 { value 90 }\n";
  auto before = records(plan("", results));
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].code, "W125");
  // Three lines above, and the result reformatted: the same diagnostic.
  auto after = records(plan("// a comment\n// and another\n\n", "result 1.1 {\n  value   0.7\n}\nresult 1.2 { value 90 }\n"));
  ASSERT_EQ(after.size(), 1u);
  EXPECT_NE(after[0].line, before[0].line);
  auto c = planc::review::compare(before, after);
  EXPECT_TRUE(c.introduced.empty());
  EXPECT_TRUE(c.resolved.empty());
}

TEST(DiagDiff, SameMessageTwiceOneFixedIsOneResolved) {
  auto before = records(plan("", "result 1.1 { value 0.7 }\nresult 1.2 { value 0.7 }\n"));
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0].identity_message, before[1].identity_message);
  EXPECT_EQ(before[0].source, before[1].source);
  auto after = records(plan("", "result 1.1 { value 70 }\nresult 1.2 { value 0.7 }\n"));
  auto c = planc::review::compare(before, after);
  EXPECT_TRUE(c.introduced.empty());
  ASSERT_EQ(c.resolved.size(), 1u);
  EXPECT_EQ(c.resolved[0].line, before[0].line);  // the one fixed, where it was
  EXPECT_EQ(c.introduced_errors(), 0u);
}

TEST(DiagDiff, AnErrorIntroducedIsCountedWithItsNewPosition) {
  auto before = records(plan("", "result 1.1 { value 70 }\nresult 1.2 { value 90 }\n"));
  EXPECT_TRUE(before.empty());
  auto after = records(plan("\n", "result 1.1 { value 70 }\nresult 1.2 { valeu 90 }\n"));
  auto c = planc::review::compare(before, after);
  ASSERT_EQ(c.introduced.size(), 1u);
  EXPECT_EQ(c.introduced[0].code, "E020");
  EXPECT_EQ(c.introduced[0].file, "p.plan");
  EXPECT_EQ(c.introduced[0].line, 11u);
  EXPECT_EQ(c.introduced[0].source, "valeu");
  EXPECT_EQ(c.introduced_errors(), 1u);
  EXPECT_TRUE(c.resolved.empty());
}

TEST(DiagDiff, OneDiagnosticFoundByTwoRoundsIsOne) {
  planc::review::DiagnosticSet set;
  set.add(record(7, "m"));
  set.add(record(7, "m"));  // the plan file's, through a second round
  set.add(record(9, "m"));  // another, with the same words
  auto all = set.take();
  ASSERT_EQ(all.size(), 2u);
  // The version that fixed the one at line 9 resolved one, not two.
  auto c = planc::review::compare(all, {record(7, "m")});
  ASSERT_EQ(c.resolved.size(), 1u);
  EXPECT_EQ(c.resolved[0].line, 9u);
}

TEST(DiagDiff, EqualDiagnosticsPairWithTheNearest) {
  // Lines 10 and 20 before; a line added above 20 and an equal diagnostic
  // added at 15: the one at 15 is new, 21 is the old 20 moved.
  auto c = planc::review::compare({record(10, "m"), record(20, "m")}, {record(10, "m"), record(15, "m"), record(21, "m")});
  ASSERT_EQ(c.introduced.size(), 1u);
  EXPECT_EQ(c.introduced[0].line, 15u);
  EXPECT_TRUE(c.resolved.empty());
}

TEST(DiagDiff, AnotherFileOrMessageIsAnotherDiagnostic) {
  DiagnosticRecord other_file = record(10, "m"), other_message = record(10, "n");
  other_file.file = "q.plan";
  auto c = planc::review::compare({record(10, "m")}, {other_file, other_message});
  EXPECT_EQ(c.introduced.size(), 2u);
  EXPECT_EQ(c.resolved.size(), 1u);
}

}  // namespace

namespace {

TEST(DiagDiff, PathsInMessagesAreRelativeToTheFolder) {
  // The same missing import in two versions kept in folders of other names
  // (a git version lives in a temporary folder): one diagnostic, no change.
  auto in = [](const std::string& dir) {
    planc::driver::Compilation c;
    planc::driver::compile_text(c, dir + "/p.plan", "use \"missing.plan\"\n");
    const auto& p = c.program;
    planc::review::DiagnosticSet set;
    set.add(p.sources, p.diags.all(), dir, p.modules.at(p.main).file, "p.plan", "plans/x");
    return set.take();
  };
  auto before = in("/tmp/planc-diff-1/old/plans/x"), after = in("plans/x");
  ASSERT_FALSE(after.empty());
  EXPECT_EQ(after[0].code, "E030");
  EXPECT_EQ(after[0].message_in({}).find("/tmp"), std::string::npos) << after[0].message_in({});
  EXPECT_NE(after[0].message_in({}).find("`missing.plan`"), std::string::npos) << after[0].message_in({});
  auto c = planc::review::compare(before, after);
  EXPECT_TRUE(c.introduced.empty());
  EXPECT_TRUE(c.resolved.empty());
}

}  // namespace
