// `planc freeze` as a planning unit uses it: a round frozen, a later change
// to the plan flagged as moving a published figure, freezing again refused
// without a restatement and never writing half a file, a restatement recorded.
#include <gtest/gtest.h>

#include "run_planc.hpp"

using namespace planc_test;

namespace {

struct Library : TempDir {
  Library() { fs::copy(kRoot / "plans/examples/city-library", path, fs::copy_options::recursive); }
  fs::path file(const std::string& n) const { return path / n; }
};

}  // namespace

TEST(Freeze, FreezesOnceThenFlagsAChangeAndNeedsARestatement) {
  Library lib;
  Output first = planc("freeze 2568-6m.plan --date 2025-04-30", lib.path);
  ASSERT_EQ(first.rc, 0) << first.err;
  std::string frozen = slurp(lib.file("2568-6m.plan"));
  EXPECT_NE(frozen.find("frozen \"2025-04-30\""), std::string::npos) << frozen;
  EXPECT_NE(frozen.find("reported { percent 51.51; score 0.86; weighted 0.29 }"), std::string::npos) << frozen;
  EXPECT_NE(frozen.find("reported overall { score 2.34; percent 73.40 }"), std::string::npos) << frozen;
  // In the canonical layout, and clean.
  EXPECT_EQ(planc("fmt --check 2568-6m.plan", lib.path).rc, 0);
  Output clean = planc("check 2568-6m.plan --strict", lib.path);
  EXPECT_EQ(clean.rc, 0) << clean.err;
  // Freezing again changes nothing.
  Output again = planc("freeze 2568-6m.plan --date 2025-05-01", lib.path);
  EXPECT_EQ(again.rc, 0) << again.err;
  EXPECT_EQ(slurp(lib.file("2568-6m.plan")), frozen);

  // The plan's 2568 target changes: the published figures it moves are flagged, as frozen.
  std::string plan = slurp(lib.file("plan.plan"));
  plan.replace(plan.find("126,000 for 2568"), 16, "125,000 for 2568");
  std::ofstream(lib.file("plan.plan"), std::ios::binary) << plan;
  Output moved = planc("check 2568-6m.plan --diagnostics short", lib.path);
  EXPECT_NE(moved.err.find("warning[W140]: the report prints percent 51.51 for indicator 1.1, but it is 51.92"),
            std::string::npos)
      << moved.err;
  Output frozen_note = planc("check 2568-6m.plan --color never", lib.path);
  EXPECT_NE(frozen_note.err.find("this round was frozen on 2025-04-30"), std::string::npos) << frozen_note.err;
  // Freezing without a reason is refused, and the file is left as it was.
  Output refused = planc("freeze 2568-6m.plan --date 2025-05-01", lib.path);
  EXPECT_EQ(refused.rc, 1);
  EXPECT_NE(refused.err.find("1.1 percent 51.51 -> 51.92"), std::string::npos) << refused.err;
  EXPECT_EQ(slurp(lib.file("2568-6m.plan")), frozen);
  // A restatement writes the new figures and its reason.
  Output restated = planc("freeze 2568-6m.plan --date 2025-05-01 --restate 'target corrected by the board'", lib.path);
  ASSERT_EQ(restated.rc, 0) << restated.err;
  std::string now = slurp(lib.file("2568-6m.plan"));
  EXPECT_NE(now.find("restated \"2025-05-01\" \"target corrected by the board\""), std::string::npos) << now;
  EXPECT_NE(now.find("frozen \"2025-04-30\""), std::string::npos) << now;
  EXPECT_EQ(planc("check 2568-6m.plan --strict", lib.path).rc, 0);
  // Nothing left beside the file.
  for (auto& e : fs::directory_iterator(lib.path)) EXPECT_EQ(e.path().string().find(".tmp"), std::string::npos);
}

TEST(Freeze, RefusesWhatItCannotFreeze) {
  Library lib;
  std::string plan = slurp(lib.file("plan.plan"));
  // Not a round: usage.
  EXPECT_EQ(planc("freeze plan.plan", lib.path).rc, 2);
  EXPECT_EQ(slurp(lib.file("plan.plan")), plan);
  // A round with an error: refused, unchanged.
  std::string round = slurp(lib.file("2568-12m.plan"));
  std::string broken = round;
  broken.replace(broken.find("result 2.1"), 10, "result 9.1");
  std::ofstream(lib.file("2568-12m.plan"), std::ios::binary) << broken;
  Output r = planc("freeze 2568-12m.plan", lib.path);
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("error[E103]"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(lib.file("2568-12m.plan")), broken);
}

TEST(Freeze, TheReferenceReportsErrorsAreNotFrozenOverSilently) {
  // The transcribed report publishes two wrong totals: freezing would replace them.
  TempDir t;
  fs::copy(kRef, t.path, fs::copy_options::recursive);
  std::string before = slurp(t.path / "2563-h1.plan");
  Output r = planc("freeze 2563-h1.plan --lang th", t.path);
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("3 score ๔.๔๔ -> ๔.๖๙"), std::string::npos) << r.err;  // Thai digits, as the plan writes them
  EXPECT_EQ(slurp(t.path / "2563-h1.plan"), before);
  Output check = planc("freeze 2563-h1.plan --check --restate 'แก้ผลรวมยุทธศาสตร์ที่ ๓' --date 2020-07-01", t.path);
  EXPECT_EQ(check.rc, 1);  // --check: the diff, nothing written
  EXPECT_NE(check.out.find("+reported ๓ { weight-sum ๑.๐๐; score ๔.๖๙ }"), std::string::npos) << check.out;
  EXPECT_EQ(slurp(t.path / "2563-h1.plan"), before);
}
