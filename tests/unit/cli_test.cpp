// The command line as a new planner meets it: `planc init` in both languages
// (a plan that checks clean and scores every kind of indicator; never a file
// written over), did you mean for subcommands and options, a short help, and
// ids and numbers in Thai digits. Runs the planc binary.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_planc.hpp"

namespace fs = std::filesystem;
using namespace planc_test;

namespace {

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

bool has_thai_digit(const std::string& s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xE0 && static_cast<unsigned char>(s[i + 1]) == 0xB9 &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99)
      return true;
  return false;
}

// Every indicator row of `planc eval --format json`: id -> the row.
void rows(const nlohmann::json& node, std::map<std::string, nlohmann::json>& out) {
  for (const auto& c : node["children"]) {
    if (c["kind"] == "indicator") out[c["id"].get<std::string>()] = c;
    rows(c, out);
  }
}

// `planc init DIR --lang L`, then check --strict, fmt --check and eval.
void init_and_score(const std::string& lang) {
  TempDir t;
  fs::path dir = t.path / ("plan-" + lang);  // not there yet: init makes it
  Output init = planc("init '" + dir.string() + "' --lang " + lang);
  ASSERT_EQ(init.rc, 0) << init.err;
  EXPECT_EQ(init.err, "");
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"2569-6.plan", "README.md", "plan.plan"}));
  // It says what it wrote and what to run next.
  for (const char* f : {"plan.plan", "2569-6.plan", "README.md"})
    EXPECT_NE(init.out.find((dir / f).string()), std::string::npos) << init.out;
  EXPECT_NE(init.out.find("planc check " + (dir / "2569-6.plan").string()), std::string::npos) << init.out;

  std::string plan = slurp(dir / "plan.plan"), round = slurp(dir / "2569-6.plan"), readme = slurp(dir / "README.md");
  if (lang == "th") {
    EXPECT_NE(plan.find("language th"), std::string::npos);
    EXPECT_NE(plan.find("digits thai"), std::string::npos);
    EXPECT_NE(plan.find("target >= ๘๐"), std::string::npos);  // numbers as Thai reports write them
    EXPECT_NE(round.find("value ๗๒"), std::string::npos);
    EXPECT_NE(plan.find("strategy ๑ \"พัฒนา"), std::string::npos);  // Thai titles
    EXPECT_NE(readme.find("คำสั่งถัดไป"), std::string::npos);
    EXPECT_NE(init.out.find("ขั้นต่อไป"), std::string::npos);
  } else {
    EXPECT_NE(plan.find("language en"), std::string::npos);
    EXPECT_NE(plan.find("digits arabic"), std::string::npos);
    for (const std::string* s : {&plan, &round, &readme}) EXPECT_FALSE(has_thai_digit(*s));
    EXPECT_NE(plan.find("strategy 1 \"A digital organisation\""), std::string::npos);
    EXPECT_NE(readme.find("Next commands"), std::string::npos);
    EXPECT_NE(init.out.find("Next, check it"), std::string::npos);
  }
  // Each kind of indicator once, and one NA.
  EXPECT_NE(plan.find("unit ช่องทาง"), std::string::npos);   // a Thai count unit
  EXPECT_NE(plan.find("scale milestone"), std::string::npos);  // a level with its scale
  EXPECT_NE(plan.find("target per-project"), std::string::npos);
  EXPECT_NE(plan.find("budget"), std::string::npos);
  EXPECT_NE(round.find("na \""), std::string::npos);
  for (const char* word : {"check", "eval", "explain", "render"})
    EXPECT_NE(readme.find(std::string("planc ") + word + " 2569-6.plan"), std::string::npos) << word;

  // It checks clean, is laid out as planc fmt lays it out, and scores every kind.
  Output check = planc("check --strict 2569-6.plan", dir);
  EXPECT_EQ(check.rc, 0) << check.err;
  // Clean: nothing but the one-line summary, in the plan's language.
  EXPECT_EQ(check.out, "");
  EXPECT_EQ(check.err.rfind(lang == "th" ? "ผ่าน: `2569-6.plan`" : "ok: `2569-6.plan`", 0), 0u) << check.err;
  EXPECT_EQ(std::count(check.err.begin(), check.err.end(), '\n'), 1) << check.err;
  Output fmt = planc("fmt --check plan.plan 2569-6.plan", dir);
  EXPECT_EQ(fmt.rc, 0) << fmt.out;
  Output eval = planc("eval 2569-6.plan --format json", dir);
  ASSERT_EQ(eval.rc, 0) << eval.err;
  auto j = nlohmann::json::parse(eval.out);
  std::map<std::string, nlohmann::json> r;
  rows(j, r);
  ASSERT_EQ(r.size(), 6u);
  const std::map<std::string, std::string> score = {
      {"1.1", "4"},     // percent: 72 of at least 80, 90 %
      {"1.2", "3"},     // count: 4 of at least 5 channels, 80 %
      {"1.3", "4"},     // level 4 on the milestone scale
      {"2.1", "10/3"},  // lower is better: at most 15 days, 18 days, 83.33 %
      {"2.2", "3"},     // per project: 90 and 70, mean 80 %, basis direct
  };
  for (const auto& [id, s] : score) {
    EXPECT_EQ(r[id]["status"], "scored") << id;
    EXPECT_EQ(r[id]["exact"]["score"], s) << id;
  }
  EXPECT_EQ(r["2.3"]["status"], "na");
  EXPECT_EQ(j["exact"]["score"], "103/30");
  // explain works on it, with Thai digits too.
  Output th_id = planc("explain 2569-6.plan ๒.๑", dir), en_id = planc("explain 2569-6.plan 2.1", dir);
  EXPECT_EQ(th_id.rc, 0) << th_id.err;
  EXPECT_EQ(th_id.out, en_id.out);
}

TEST(CliInit, ThaiChecksCleanAndScoresEachKind) { init_and_score("th"); }
TEST(CliInit, EnglishChecksCleanAndScoresEachKind) { init_and_score("en"); }

TEST(CliInit, LanguageFromTheEnvironment) {
  TempDir t;
  Output th = planc("init th", t.path, "th_TH.UTF-8");
  ASSERT_EQ(th.rc, 0) << th.err;
  EXPECT_NE(slurp(t.path / "th/plan.plan").find("language th"), std::string::npos);
  EXPECT_NE(th.out.find("สร้างแผนใหม่"), std::string::npos) << th.out;
  Output en = planc("init en", t.path, "en_GB.UTF-8");
  ASSERT_EQ(en.rc, 0) << en.err;
  EXPECT_NE(slurp(t.path / "en/plan.plan").find("language en"), std::string::npos);
  // The current folder by default; the next command is then a plain name.
  fs::create_directory(t.path / "here");
  Output here = planc("init --lang en", t.path / "here");
  ASSERT_EQ(here.rc, 0) << here.err;
  EXPECT_NE(here.out.find("  planc check 2569-6.plan\n"), std::string::npos) << here.out;
  EXPECT_EQ(listing(t.path / "here").size(), 3u);
}

TEST(CliInit, NeverWritesOverAFile) {
  TempDir t;
  fs::path dir = t.path / "p";
  fs::create_directory(dir);
  std::ofstream(dir / "README.md") << "mine\n";
  Output r = planc("init '" + dir.string() + "' --lang en");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("`" + (dir / "README.md").string() + "` already exists; nothing was written"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(slurp(dir / "README.md"), "mine\n");
  EXPECT_EQ(listing(dir), std::vector<std::string>{"README.md"});  // and no temporary file left

  // In Thai, naming the file; a link (even to nowhere) counts as a file.
  fs::path other = t.path / "q";
  fs::create_directory(other);
  fs::create_symlink(t.path / "nowhere", other / "plan.plan");
  Output th = planc("init '" + other.string() + "' --lang th");
  EXPECT_EQ(th.rc, 1);
  EXPECT_NE(th.err.find("มี `" + (other / "plan.plan").string() + "` อยู่แล้ว จึงไม่ได้เขียนไฟล์ใด"), std::string::npos)
      << th.err;
  EXPECT_EQ(listing(other), std::vector<std::string>{"plan.plan"});
  EXPECT_FALSE(fs::exists(t.path / "nowhere"));

  // Running init twice: the second writes nothing and changes nothing.
  fs::path twice = t.path / "twice";
  ASSERT_EQ(planc("init '" + twice.string() + "' --lang th").rc, 0);
  std::string before = slurp(twice / "plan.plan");
  EXPECT_EQ(planc("init '" + twice.string() + "' --lang en").rc, 1);
  EXPECT_EQ(slurp(twice / "plan.plan"), before);
  EXPECT_EQ(listing(twice).size(), 3u);
}

TEST(CliInit, AFileIsNotAFolder) {
  TempDir t;
  std::ofstream(t.path / "f") << "x";
  Output r = planc("init '" + (t.path / "f").string() + "' --lang en");
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("is a file, not a folder"), std::string::npos) << r.err;
}

TEST(CliUsage, DidYouMeanASubcommand) {
  Output r = planc("chek x.plan");
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("`chek` is not a subcommand of planc; did you mean `check`?"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("init, check, eval, explain, render"), std::string::npos) << r.err;
  Output th = planc("chek x.plan", kRoot, "th_TH.UTF-8");
  EXPECT_EQ(th.rc, 2);
  EXPECT_NE(th.err.find("`chek` ไม่ใช่คำสั่งย่อยของ planc หมายถึง `check` หรือไม่"), std::string::npos) << th.err;
  // A plan given without a subcommand: how to check it.
  Output file = planc("x.plan");
  EXPECT_EQ(file.rc, 2);
  EXPECT_NE(file.err.find("planc check x.plan"), std::string::npos) << file.err;
}

TEST(CliUsage, DidYouMeanAnOption) {
  Output r = planc("check --diagnostic json x.plan");
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("planc check: there is no option `--diagnostic`; did you mean `--diagnostics`?"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("--jobs/-j"), std::string::npos) << r.err;
  Output eq = planc("eval x.plan --formt=json", kRoot, "th_TH.UTF-8");
  EXPECT_EQ(eq.rc, 2);
  EXPECT_NE(eq.err.find("ไม่มีตัวเลือก `--formt` หมายถึง `--format` หรือไม่"), std::string::npos) << eq.err;
  Output top = planc("--verison");
  EXPECT_EQ(top.rc, 2);
  EXPECT_NE(top.err.find("did you mean `--version`?"), std::string::npos) << top.err;
  // Other mistakes (a missing FILE) still get CLI11's message.
  Output missing = planc("explain");
  EXPECT_EQ(missing.rc, 2);
  EXPECT_NE(missing.err.find("FILE is required"), std::string::npos) << missing.err;
  // `check` without FILE checks the folder it is run in (here one without a plan: E040).
  Output here = planc("check --lang en");
  EXPECT_EQ(here.rc, 1);
  EXPECT_NE(here.err.find("error[E040]"), std::string::npos) << here.err;
}

TEST(CliUsage, NoSubcommandIsAShortHelp) {
  Output r = planc("");
  EXPECT_EQ(r.rc, 2);
  for (const char* sub : {"init", "check", "eval", "explain", "render", "fmt", "diff", "explain-code", "dump"})
    EXPECT_NE(r.out.find(std::string("  ") + sub + " "), std::string::npos) << sub << "\n" << r.out;
  EXPECT_NE(r.out.find("planc init my-plan"), std::string::npos) << r.out;
  Output th = planc("", kRoot, "th_TH.UTF-8");
  EXPECT_NE(th.out.find("วิธีใช้: planc คำสั่งย่อย"), std::string::npos) << th.out;
}

TEST(CliThaiDigits, ExplainAnIndicatorOfTheReferencePlan) {
  for (auto [thai, arabic] : {std::pair{"๓.๘", "3.8"}, {"๒.๑", "2.1"}, {"๔", "4"}, {"ภาพรวม", "overall"}}) {
    Output t = planc(std::string("explain 2563-h1.plan ") + thai + " --color never", kRef);
    Output a = planc(std::string("explain 2563-h1.plan ") + arabic + " --color never", kRef);
    EXPECT_EQ(a.rc, 0) << arabic;
    EXPECT_EQ(t.rc, a.rc) << thai << t.err;
    EXPECT_EQ(t.out, a.out) << thai;
    EXPECT_EQ(t.err, a.err) << thai;
    EXPECT_FALSE(t.out.empty());
  }
}

TEST(CliThaiDigits, NumbersAndCodes) {
  Output a = planc("check 2563-h1.plan -j 2 --max-depth 32 --max-file-size 1000000 --color never", kRef);
  Output t = planc("check 2563-h1.plan -j ๒ --max-depth=๓๒ --max-file-size ๑,๐๐๐,๐๐๐ --color never", kRef);
  EXPECT_EQ(t.rc, a.rc) << t.err;
  EXPECT_EQ(t.err, a.err);
  Output range = planc("check 2563-h1.plan -j ๙๙", kRef);
  EXPECT_EQ(range.rc, 2);  // still checked against its range
  Output code = planc("explain-code E๑๑๐"), ascii = planc("explain-code E110");
  EXPECT_EQ(code.rc, 0) << code.err;
  EXPECT_EQ(code.out, ascii.out);
}

// The counts of a git revision: HEAD~๑ is HEAD~1 (a repository of its own,
// made from `planc init`'s plan, one result changed in the second commit).
TEST(CliThaiDigits, GitRevisionCounts) {
  TempDir t;
  fs::path dir = t.path / "repo";
  ASSERT_EQ(planc("init '" + dir.string() + "' --lang th").rc, 0);
  std::string git = "cd '" + dir.string() + "' && git -c user.name=t -c user.email=t@example.org ";
  ASSERT_EQ(std::system((git + "init -q && " + git + "add . && " + git + "commit -qm one").c_str()), 0);
  std::string round = slurp(dir / "2569-6.plan");
  auto at = round.find("value ๗๒");
  ASSERT_NE(at, std::string::npos);
  round.replace(at, std::string("value ๗๒").size(), "value ๘๐");
  std::ofstream(dir / "2569-6.plan", std::ios::binary) << round;
  ASSERT_EQ(std::system((git + "commit -qam two").c_str()), 0);
  Output a = planc("diff --git HEAD~1 2569-6.plan", dir), th = planc("diff --git HEAD~๑ 2569-6.plan", dir);
  EXPECT_EQ(a.rc, 0) << a.err;
  EXPECT_NE(a.out.find("indicator 1.1 changed"), std::string::npos) << a.out;
  EXPECT_EQ(th.rc, a.rc) << th.err;
  EXPECT_EQ(th.out, a.out);
}

}  // namespace
