// A plan folder (driver/folder.hpp): which file is the plan and which are
// rounds, the rounds' order, each diagnostic once, the folder's mistakes,
// targets and weights by fiscal year.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "driver/folder.hpp"

namespace fs = std::filesystem;
using namespace planc;

namespace {

struct TempFolder {
  fs::path dir;
  TempFolder() {
    static int n = 0;
    dir = fs::temp_directory_path() / ("planc-folder-test-" + std::to_string(getpid()) + "-" + std::to_string(++n));
    fs::create_directories(dir);
  }
  ~TempFolder() { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(dir / name) << text; }
};

const char* kPlan = R"(use "std/units"
use "std/scales"
// A comment that says
// round "not a round" { months 6 }
plan "Plan" {
  years 2566 - 2568
  scale five-band
}
strategy 1 "S" {
  mission """
round "text blocks do not make a file a round"
plan "nor a plan"
    """
  indicator 1 "I" { unit percent; target >= 80; target >= 90 for 2567; weight 1 }
}
)";

std::string round_file(int year, int months, int value) {
  return "use \"plan.plan\"\nround \"R\" { year " + std::to_string(year) + "; months " + std::to_string(months) +
         " }\nresult 1.1 { value " + std::to_string(value) + " }\n";
}

std::vector<std::string> codes(const ast::Program& p) {
  std::vector<std::string> out;
  for (const auto& d : p.diags.all()) out.emplace_back(info(d.code).code);
  return out;
}

}  // namespace

TEST(Folder, FindsThePlanAndOrdersTheRoundsByYearThenMonths) {
  TempFolder t;
  t.write("plan.plan", kPlan);
  t.write("a-last.plan", round_file(2566, 6, 72));
  t.write("b.plan", round_file(2567, 6, 81));
  t.write("c.plan", round_file(2566, 12, 85));
  t.write("notes.txt", "not a plan");
  driver::FolderCompilation f;
  driver::compile_folder(f, t.dir.string());
  EXPECT_EQ(fs::path(f.plan).filename(), "plan.plan");
  ASSERT_EQ(f.rounds.size(), 3u);
  EXPECT_EQ(f.rounds[0].name, "a-last.plan");
  EXPECT_EQ(f.rounds[1].name, "c.plan");
  EXPECT_EQ(f.rounds[2].name, "b.plan");
  EXPECT_EQ(f.rounds[2].year, 2567);
  EXPECT_EQ(f.rounds[2].months, 6);
  EXPECT_FALSE(f.has_errors()) << codes(f.diagnostics()).size();
  // The earlier rounds of a year: the 6-month one before the 12-month one, not last year's.
  auto earlier = f.earlier_in_year(1);
  ASSERT_EQ(earlier.size(), 1u);
  EXPECT_EQ(earlier[0]->name, "a-last.plan");
  EXPECT_TRUE(f.earlier_in_year(2).empty());
}

TEST(Folder, EachRoundIsScoredAgainstItsYearsTarget) {
  TempFolder t;
  t.write("plan.plan", kPlan);
  t.write("2566.plan", round_file(2566, 12, 72));  // 72 / 80 = 90 %
  t.write("2567.plan", round_file(2567, 12, 72));  // 72 / 90 = 80 %
  driver::FolderCompilation f;
  driver::compile_folder(f, t.dir.string());
  ASSERT_EQ(f.rounds.size(), 2u);
  for (const auto& r : f.rounds) ASSERT_TRUE(r.compilation->scored) << r.name;
  EXPECT_EQ(*f.rounds[0].compilation->scored->percent, Rational(90));
  EXPECT_EQ(*f.rounds[1].compilation->scored->percent, Rational(80));
}

TEST(Folder, APlanErrorIsReportedOnceWhateverTheRounds) {
  TempFolder t;
  std::string plan = kPlan;
  plan.replace(plan.find("weight 1 }"), 10, "weight 0.9 }");  // E110, found by every round
  t.write("plan.plan", plan);
  for (int m : {6, 9, 12}) t.write(std::to_string(m) + ".plan", round_file(2566, m, 80));
  for (std::size_t threads : {1u, 2u}) {
    driver::FolderOptions o;
    o.compile.limits.threads = threads;
    driver::FolderCompilation f;
    driver::compile_folder(f, t.dir.string(), o);
    ast::Program all = f.diagnostics();
    EXPECT_EQ(codes(all), std::vector<std::string>{"E110"}) << threads;
    EXPECT_TRUE(f.has_errors());
  }
}

TEST(Folder, TheFoldersOwnMistakes) {
  {
    TempFolder t;  // only rounds
    t.write("r.plan", round_file(2566, 6, 80));
    driver::FolderCompilation f;
    driver::compile_folder(f, t.dir.string());
    EXPECT_EQ(codes(f.diagnostics()), std::vector<std::string>{"E040"});
    EXPECT_TRUE(f.rounds.empty());
  }
  {
    TempFolder t;  // two plans: plan.plan is the folder's, the other is the mistake
    t.write("plan.plan", kPlan);
    t.write("a-old.plan", kPlan);
    t.write("r.plan", round_file(2566, 6, 80));
    driver::FolderCompilation f;
    driver::compile_folder(f, t.dir.string());
    ast::Program all = f.diagnostics();
    ASSERT_EQ(codes(all), std::vector<std::string>{"E041"});
    EXPECT_EQ(fs::path(all.sources.get(all.diags.all()[0].span.file).path).filename(), "a-old.plan");
  }
  {
    TempFolder t;  // the same round twice; a round of no year in a plan of three
    t.write("plan.plan", kPlan);
    t.write("r1.plan", round_file(2566, 6, 80));
    t.write("r2.plan", round_file(2566, 6, 81));
    t.write("r3.plan", "use \"plan.plan\"\nround \"R\" { months 9 }\nresult 1.1 { value 1 }\n");
    driver::FolderCompilation f;
    driver::compile_folder(f, t.dir.string());
    auto c = codes(f.diagnostics());
    std::sort(c.begin(), c.end());
    EXPECT_EQ(c, (std::vector<std::string>{"E042", "E044"}));
  }
  {
    TempFolder t;  // a plan and no round yet: the plan alone is checked
    t.write("plan.plan", kPlan);
    driver::FolderCompilation f;
    driver::compile_folder(f, t.dir.string());
    ASSERT_TRUE(f.plan_alone);
    EXPECT_FALSE(f.has_errors());
  }
}
