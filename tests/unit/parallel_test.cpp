// A large plan is parsed in parts, a few per thread (driver/loader.cpp), and
// scored by runs of strategies, a few per thread (eval/evaluator.cpp): the
// output must be the same, byte for byte, whatever the number of threads and
// wherever the cuts fall, with and without errors.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "driver/pipeline.hpp"
#include "support/jobs.hpp"
#include "emit/report.hpp"
#include "report/build.hpp"

namespace {

std::size_t parts_used = 0;  // in how many parts the last call parsed the text

// Everything planc says about a plan text: diagnostics, then the three drafts
// (or, as `planc check` runs, without rows kept: the diagnostics alone).
// One part per thread unless asked (the tests below place errors and cuts
// by halves, thirds, ...).
std::string everything(const std::string& text, std::size_t threads, bool keep_rows = true,
                       std::size_t parts_per_thread = 1) {
  planc::driver::Compilation c;
  planc::driver::Limits l;
  l.threads = threads;
  l.parts_per_thread = parts_per_thread;
  l.parallel_min_bytes = 0;       // parts even for a small text,
  l.parallel_min_indicators = 0;  // and threads to check and score it
  planc::driver::compile_text(c, "big.plan", text, planc::driver::Options{.limits = l, .keep_rows = keep_rows, .explain = keep_rows});
  parts_used = c.program.main_parts;
  std::string out;
  c.program.diags.sort();
  for (auto& d : c.program.diags.all()) out += planc::render_text(c.program.sources, d, {});
  if (!c.scored) return out + "(no report)\n";
  if (!keep_rows) return out + fmt::format("score {}\n", c.scored->score ? c.scored->score->to_fraction() : "none");
  auto m = planc::report::build(*c.scored, c.program.sources, c.program.diags, {});
  return out + planc::emit::markdown(m) + planc::emit::html(m) + planc::emit::report_json(m);
}

// Strategies of indicators, a round whose text block has lines that look like
// items at the start of a line (a cut may fall inside it; without
// `tricky_preface`, the round has no text block), and results.
std::string plan(int strategies, const std::string& extra_in_middle = "", bool tricky_preface = true) {
  std::string s = "use \"std/units\"\nuse \"std/scales\"\n";
  s += "plan \"แผนทดสอบ\" {\n  agency \"หน่วยงาน\"\n  scale five-band\n}\n";
  s += "office o1 \"สำนักหนึ่ง\"\noffice o2 \"สำนักสอง\"\n";
  for (int k = 1; k <= strategies; ++k) {
    s += fmt::format("strategy {} \"ยุทธศาสตร์ที่ {}\" {{\n", k, k);
    for (int i = 1; i <= 4; ++i)
      s += fmt::format("  indicator {} \"ตัวชี้วัด {}.{}\" {{\n    unit percent\n    target >= 80\n"
                       "    weight 1/4\n    offices o1, o2\n  }}\n", i, k, i);
    s += "}\n";
    if (k == strategies / 3) {
      s += extra_in_middle;
      s += "round \"รอบ ๑๒ เดือน\" {\n  months 12\n  year 2567\n";
      if (tricky_preface) {
        s += "  preface \"\"\"\n";
        for (int line = 0; line < 10; ++line)
          s += fmt::format("result {}.1 {{ value 1 }}\nstrategy {} \"not a strategy\" {{\n", k, k + 100);
        s += "  \"\"\"\n";
      }
      s += "}\n";
    }
  }
  for (int k = 1; k <= strategies; ++k)
    for (int i = 1; i <= 4; ++i) {
      if ((k + i) % 7 == 0) s += fmt::format("result {}.{} {{ na \"ไตรมาส ๔\" }}\n", k, i);
      else s += fmt::format("result {}.{} {{\n  value {}\n  account \"ผล {}\"\n}}\n", k, i, 50 + (k * i) % 50, k);
    }
  return s;
}

}  // namespace

TEST(Parallel, SameOutputWhateverTheThreads) {
  std::string text = plan(40);
  std::string one = everything(text, 1);
  ASSERT_NE(one.find("ยุทธศาสตร์ที่ 40"), std::string::npos) << one.substr(0, 2000);
  EXPECT_EQ(one.find("error["), std::string::npos) << one.substr(0, 2000);
  EXPECT_EQ(parts_used, 1u);
  std::size_t in_parts = 0;
  for (std::size_t n : {2, 3, 4, 5, 7, 8, 16, 64}) {
    EXPECT_EQ(everything(text, n), one) << n << " threads";
    EXPECT_LE(parts_used, n);
    if (n == 2) {
      EXPECT_EQ(parts_used, 2u);  // the cut falls between two items
    }
    in_parts += parts_used > 1;
  }
  EXPECT_GE(in_parts, 2u);
  EXPECT_LT(in_parts, 8u);  // with many parts, some cut falls in the text block: parsed at once
}

// The checker's weight sums run in runs of strategies too: wrong sums in
// strategies far apart are reported once each, in the same order, with the
// same notes, whatever the threads.
TEST(Parallel, WeightSumsSameWhateverTheThreads) {
  std::string text = plan(40);
  for (int k : {3, 17, 38}) {
    std::string from = fmt::format("\"ตัวชี้วัด {}.2\" {{\n    unit percent\n    target >= 80\n    weight 1/4", k);
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << k;
    text.replace(at + from.size() - 3, 3, "1/3");
  }
  std::string one = everything(text, 1, false);
  for (int k : {3, 17, 38})
    EXPECT_NE(one.find(fmt::format("the weights of strategy {} sum to", k)), std::string::npos) << one;
  for (std::size_t n : {2, 3, 8}) EXPECT_EQ(everything(text, n, false), one) << n << " threads";
}

// A row in error silences the totals it would have entered and says so
// (N147) the same whatever the threads: a strategy scored on a thread reports
// into its own diagnostics, which do not hold the round's other errors.
TEST(Parallel, FollowOnsOfARowInErrorSameWhateverTheThreads) {
  std::string text = plan(40);
  const std::string from = "result 30.2 {\n  value ";
  auto at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  text.replace(at + from.size(), text.find('\n', at + from.size()) - (at + from.size()), "many");
  text += "reported 30 { score 1 }\nreported 31 { score 1 }\nreported overall { score 1 }\n";
  std::string one = everything(text, 1);
  EXPECT_NE(one.find("note[N147]: strategy 30's published figures are not compared while its indicator 30.2"),
            std::string::npos) << one.substr(0, 3000);
  EXPECT_NE(one.find("note[N147]: the published overall figures"), std::string::npos);
  EXPECT_NE(one.find("warning[W141]: the report prints 1 for strategy 31"), std::string::npos);
  for (std::size_t n : {2, 3, 8}) {
    EXPECT_EQ(everything(text, n), one) << n << " threads";
    EXPECT_EQ(everything(text, n, false), everything(text, 1, false)) << n << " threads, no rows kept";
  }
}

TEST(Parallel, ErrorsAreThoseOfOneParse) {
  // An error in one part: the parts before it are kept, the rest of the file
  // is parsed again at once (all of it when the error is in the first part).
  std::string text = plan(30, "strategy 99 \"broken\" {\n  indicator 1 \"x\" {\n    weight heavy\n  }\n}\n");
  std::string one = everything(text, 1);
  EXPECT_NE(one.find("error["), std::string::npos);
  std::size_t kept = 0;
  for (std::size_t n : {2, 3, 4, 8}) {
    EXPECT_EQ(everything(text, n), one) << n << " threads";
    kept += parts_used > 1;
  }
  EXPECT_EQ(everything(text, 2), one);
  EXPECT_EQ(parts_used, 1u);  // the error is in the first half: parsed at once
  EXPECT_GE(kept, 1u);        // in a later part: the parts before it kept
}

TEST(Parallel, SyntaxErrorsLateInTheFile) {
  // Syntax errors (recovered from) in the last parts only, an unclosed text
  // among them: the rest of the file from the first such part is parsed again.
  std::string text = plan(40);
  std::size_t at = text.size() * 3 / 4;
  at = text.find("\nresult ", at) + 1;
  text.insert(at, "result 1.1 { value ]] }\nresult 1.2 { account \"not closed\n}\n");
  text += "strategy 41 \"x\" { indicator 1 \"y\" { weight 1 }\n";  // an unclosed block at the end
  std::string one = everything(text, 1);
  EXPECT_NE(one.find("error["), std::string::npos);
  for (std::size_t n : {2, 3, 4, 8, 16}) {
    EXPECT_EQ(everything(text, n), one) << n << " threads";
    // With 4 parts or more, a cut falls in the round's text block, near the
    // start: the first part has an error, and the file is parsed at once.
    if (n <= 3) {
      EXPECT_EQ(parts_used, n) << n << " threads";
    }
  }
}

TEST(Parallel, TwoRoundsInTwoPartsAreStillReported) {
  // Each part alone is clean; only joining them finds the second round.
  std::string text = plan(30);
  text += "round \"again\" { months 6 }\n";
  std::string one = everything(text, 1);
  EXPECT_NE(one.find("a file declares one `round`"), std::string::npos) << one.substr(0, 2000);
  for (std::size_t n : {2, 4}) {
    EXPECT_EQ(everything(text, n), one) << n << " threads";
    EXPECT_EQ(parts_used, 1u);
  }
}

TEST(Parallel, AnUnclosedBlockAtTheEndOfAPart) {
  // Lines at the start of a line inside an unindented block: a cut there
  // leaves a part with an unclosed block, so the file is parsed at once.
  std::string text = plan(20);
  std::string block = "strategy 50 \"flat\" {\n";
  for (int i = 1; i <= 200; ++i) block += fmt::format("indicator {} \"i\" {{ unit percent; weight 1/200; target >= 1 }}\n", i);
  block += "}\n";
  text.insert(text.find("round "), block);
  std::string one = everything(text, 1);
  for (std::size_t n : {2, 3, 5}) EXPECT_EQ(everything(text, n), one) << n << " threads";
}

TEST(Parallel, InvalidUtf8IsFoundAtTheSameByte) {
  // The bytes are checked in parts too: the first bad byte is the file's first.
  std::string text = plan(40);
  for (double at : {0.1, 0.45, 0.5, 0.9}) {
    std::string bad = text;
    bad.insert(static_cast<std::size_t>(static_cast<double>(bad.size()) * at), "\xE0\xB8");  // a cut-off Thai letter
    bad.insert(static_cast<std::size_t>(static_cast<double>(bad.size()) * 0.95), "\xFF");
    std::string one = everything(bad, 1);
    EXPECT_NE(one.find("error[E001]"), std::string::npos) << one.substr(0, 500);
    for (std::size_t n : {2, 3, 4, 8}) EXPECT_EQ(everything(bad, n), one) << n << " threads, at " << at;
    // A large file's bytes are checked part by part as each is parsed: with
    // several parts per thread, the first bad byte is still the one reported,
    // and nothing parsed is kept.
    for (std::size_t n : {2, 3}) EXPECT_EQ(everything(bad, n, true, 4), one) << n << " threads, 4 parts each, at " << at;
  }
}

TEST(Parallel, EvaluationDiagnosticsAreThoseOfOneThread) {
  // Diagnostics of the evaluation (no target) and of the reconciliation
  // (published figures that differ) in many strategies: each thread collects
  // its own; joined, they are one thread's, in the same order.
  std::string s = "use \"std/units\"\nuse \"std/scales\"\n";
  s += "plan \"แผน\" {\n  agency \"หน่วยงาน\"\n  scale five-band\n}\n";
  for (int k = 1; k <= 60; ++k) {
    s += fmt::format("strategy {} \"ยุทธศาสตร์ {}\" {{\n", k, k);
    for (int i = 1; i <= 3; ++i)
      s += fmt::format("  indicator {} \"ตัวชี้วัด\" {{ unit percent; {}weight 1/3 }}\n", i,
                       i == 3 && k % 5 == 0 ? "" : "target >= 80; ");
    s += "}\n";
  }
  s += "round \"รอบ ๑๒ เดือน\" { months 12 }\n";
  for (int k = 1; k <= 60; ++k)
    for (int i = 1; i <= 3; ++i)
      s += fmt::format("result {}.{} {{ value {}{} }}\n", k, i, 40 + (k * 7 + i) % 60,
                       (k + i) % 4 == 0 ? "; reported { percent 1; score 1; weighted 0.01 }" : "");
  for (bool keep_rows : {true, false}) {
    std::string one = everything(s, 1, keep_rows);
    EXPECT_NE(one.find("error[E122]"), std::string::npos) << one.substr(0, 2000);
    EXPECT_NE(one.find("warning[W140]"), std::string::npos) << one.substr(0, 2000);
    for (std::size_t n : {2, 3, 7, 64}) EXPECT_EQ(everything(s, n, keep_rows), one) << n << " threads";
  }
}

TEST(Parallel, WideNumbersSharedByTheThreads) {
  // A scale whose points do not fit in 64 bits: every thread that scores
  // copies them (their count is shared); run under ThreadSanitizer too
  // (docs/testing.md).
  std::string s = "use \"std/units\"\n";
  s += "scale wide {\n  point 60.00000000000000000001 -> 1\n  point 100.00000000000000000001 -> 5\n}\n";
  s += "plan \"แผน\" {\n  agency \"หน่วยงาน\"\n  scale wide\n}\n";
  for (int k = 1; k <= 40; ++k) {
    s += fmt::format("strategy {} \"ยุทธศาสตร์ {}\" {{\n", k, k);
    for (int i = 1; i <= 2; ++i) s += fmt::format("  indicator {} \"ตัวชี้วัด\" {{ unit percent; target >= 80; weight 1/2 }}\n", i);
    s += "}\n";
  }
  s += "round \"รอบ ๑๒ เดือน\" { months 12 }\n";
  for (int k = 1; k <= 40; ++k)
    for (int i = 1; i <= 2; ++i) s += fmt::format("result {}.{} {{ value {} }}\n", k, i, 50 + (k * 3 + i) % 50);
  std::string one = everything(s, 1);
  EXPECT_EQ(one.find("error["), std::string::npos) << one.substr(0, 2000);
  for (std::size_t n : {2, 4, 8}) EXPECT_EQ(everything(s, n), one) << n << " threads";
}

TEST(Parallel, CheckerDiagnosticsAreThoseOfOneThread) {
  // The checker's threads build runs of strategies: unknown names, numbers
  // given twice or skipped, a strategy declared twice, and projects declared
  // twice across strategies (registered in order after the threads), spread
  // over the whole plan.
  std::string s = "use \"std/units\"\nuse \"std/scales\"\n";
  s += "plan \"แผน\" {\n  agency \"หน่วยงาน\"\n  scale five-band\n}\n";
  s += "office o1 \"สำนักหนึ่ง\"\noffice o2 \"สำนักสอง\"\n";
  for (int k = 1; k <= 60; ++k) {
    if (k == 30) continue;  // a gap in the strategies
    s += fmt::format("strategy {} \"ยุทธศาสตร์ {}\" {{\n", k, k);
    for (int i = 1; i <= 4; ++i) {
      int number = k % 11 == 0 && i == 4 ? 3 : k % 13 == 0 && i == 4 ? 6 : i;  // twice, or a gap
      s += fmt::format("  indicator {} \"ตัวชี้วัด\" {{\n    unit {}\n    target >= 80\n    weight 1/4\n"
                       "    offices {}\n", number, k % 7 == 0 && i == 2 ? "percnt" : "percent",
                       k % 9 == 0 && i == 1 ? "o3" : "o1, o2");
      if (i == 1) s += fmt::format("    project p{} \"โครงการ\" {{ budget 1,000 }}\n", k % 17);  // p0..p16, again and again
      s += "  }\n";
    }
    s += "}\n";
    if (k == 45) s += "strategy 12 \"again\" {\n  indicator 1 \"x\" { unit percent; weight 1 }\n}\n";
  }
  std::string one = everything(s, 1, false);
  for (const char* code : {"error[E101]", "error[E100]", "warning[W106]", "error[E102]"})
    EXPECT_NE(one.find(code), std::string::npos) << code << "\n" << one.substr(0, 3000);
  for (std::size_t n : {2, 3, 5, 64}) {
    EXPECT_EQ(everything(s, n, false), one) << n << " threads";
    EXPECT_EQ(everything(s, n, true), everything(s, 1, true)) << n << " threads";
  }
}

TEST(Parallel, NulIsFoundAtTheSameByte) {
  // NUL bytes are looked for in the same parts as invalid UTF-8; an invalid
  // byte is reported before a NUL, wherever each is.
  std::string text = plan(40);
  for (double at : {0.1, 0.6, 0.95}) {
    std::string bad = text;
    bad.insert(static_cast<std::size_t>(static_cast<double>(bad.size()) * at), std::string(1, '\0'));
    bad.insert(static_cast<std::size_t>(static_cast<double>(bad.size()) * 0.97), std::string(1, '\0'));
    std::string one = everything(bad, 1);
    EXPECT_NE(one.find("error[E"), std::string::npos) << one.substr(0, 500);
    EXPECT_NE(one.find("NUL byte"), std::string::npos) << one.substr(0, 500);
    for (std::size_t n : {2, 3, 4, 8}) EXPECT_EQ(everything(bad, n), one) << n << " threads, at " << at;
    std::string both = bad;
    both.insert(both.size() * 9 / 10, "\xFF");
    std::string first = everything(both, 1);
    EXPECT_NE(first.find("not valid UTF-8"), std::string::npos) << first.substr(0, 500);
    EXPECT_EQ(first.find("NUL byte"), std::string::npos);
    for (std::size_t n : {2, 4}) EXPECT_EQ(everything(both, n), first) << n << " threads, at " << at;
    EXPECT_EQ(everything(both, 2, true, 4), first) << "4 parts per thread, at " << at;
    EXPECT_EQ(everything(bad, 3, true, 4), one) << "4 parts per thread, at " << at;
  }
}

// Several parts per thread (as planc runs by default: Limits::parts_per_thread),
// taken by the threads as they finish: the same output, and all parts used
// when no cut falls where one part could not end.
TEST(Parallel, SeveralPartsPerThreadSameOutput) {
  std::string text = plan(60, "", false);
  std::string one = everything(text, 1);
  for (std::size_t n : {2, 3}) {
    for (std::size_t per : {2, 4}) {
      EXPECT_EQ(everything(text, n, true, per), one) << n << " threads, " << per << " parts each";
      EXPECT_GT(parts_used, n) << n << " threads, " << per << " parts each";
      EXPECT_LE(parts_used, n * per);
    }
  }
  // An error late in the file: the parts before it kept, the rest parsed again.
  std::string late = text;
  late.insert(late.rfind("\nresult ") + 1, "result 1.1 { value ]] }\n");
  std::string late_one = everything(late, 1);
  EXPECT_NE(late_one.find("error["), std::string::npos);
  EXPECT_EQ(everything(late, 2, true, 4), late_one);
  EXPECT_GT(parts_used, 1u);
}

TEST(Jobs, EveryJobRunsOnceWhateverTheWorkers) {
  for (std::size_t workers : {1, 2, 3, 8, 100}) {
    std::vector<std::atomic<int>> ran(37);
    planc::run_jobs(ran.size(), [&](std::size_t k) { ran[k].fetch_add(1); }, workers);
    for (std::size_t k = 0; k < ran.size(); ++k) EXPECT_EQ(ran[k].load(), 1) << k << ", " << workers << " workers";
  }
  planc::run_jobs(0, [](std::size_t) { FAIL() << "no job to run"; }, 4);
}

TEST(Jobs, TheFirstFailureInOrderIsRethrown) {
  for (std::size_t workers : {1, 2, 4}) {
    std::atomic<int> ran{0};
    try {
      planc::run_jobs(10, [&](std::size_t k) {
        ran.fetch_add(1);
        if (k == 3 || k == 7) throw std::runtime_error(fmt::format("job {}", k));
      }, workers);
      ADD_FAILURE() << "nothing rethrown";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "job 3") << workers << " workers";
    }
    EXPECT_EQ(ran.load(), 10) << "a failed job stops no other";
  }
}
