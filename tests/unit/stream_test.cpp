// planc render builds its report a strategy at a time (report::stream): each
// strategy is built from the scored plan's rows (the evaluator is not called
// again), laid out on worker threads (emit::each_strategy, through
// planc::pipeline) and written in order into a Sink. The drafts must be those
// of the whole model, byte for byte, whatever the threads.
#include <gtest/gtest.h>

#include <cstdio>
#include <fmt/format.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "report/build.hpp"
#include "support/jobs.hpp"

namespace {

const char* kPlans[] = {
    "plans/th-hor-2563/2563-h1.plan",              // the reference: published figures that differ (findings)
    "plans/examples/district-health/2567-12m.plan",  // projects, sub-indicators
    "plans/examples/city-library/2567-12m.plan",  // English
    "tests/golden/render/hostile-text.plan",       // text to escape everywhere
    "tests/golden/syntax/weighted-subs.plan",       // weighted sub-indicators
    "tests/golden/diag/W140-reported-row.plan",     // a finding on a row
    "tests/golden/diag/E112-na-weighted.plan",      // errors, still a report
    "tests/golden/diag/W107-no-result.plan",        // rows without results
    "tests/golden/diag/E021-row-in-error-follow-ons.plan",  // notes (N147) among the findings
};

struct Drafts {
  std::string md, html, json, csv;
  bool operator==(const Drafts&) const = default;
};

Drafts drafts(const planc::report::Model& m) {
  return {planc::emit::markdown(m), planc::emit::html(m), planc::emit::report_json(m), planc::emit::csv(m)};
}

// As planc render does it: streamed, a strategy at a time, on threads.
Drafts streamed(const std::string& rel, std::size_t threads) {
  planc::driver::Compilation c;
  planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/" + rel, planc::driver::Options{});
  if (!c.scored) return {};
  planc::report::Options o;
  o.threads = threads;
  o.parallel_min_indicators = 0;  // threads even for these small plans
  return drafts(planc::report::stream(*c.scored, c.program.sources, c.program.diags, o));
}

// The whole model from an evaluation with every row and step.
Drafts whole(const std::string& rel) {
  planc::driver::Compilation c;
  planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/" + rel);
  if (!c.scored) return {};
  return drafts(planc::report::build(*c.scored, c.program.sources, c.program.diags, {}));
}

}  // namespace

TEST(Stream, DraftsAreThoseOfTheWholeModel) {
  for (const char* rel : kPlans) {
    SCOPED_TRACE(rel);
    Drafts w = whole(rel);
    ASSERT_FALSE(w.html.empty());
    for (std::size_t threads : {1, 2, 3, 8}) {
      SCOPED_TRACE(threads);
      Drafts s = streamed(rel, threads);
      EXPECT_EQ(s.md, w.md);
      EXPECT_EQ(s.html, w.html);
      EXPECT_EQ(s.json, w.json);
      EXPECT_EQ(s.csv, w.csv);
    }
  }
}

TEST(Stream, FindingsGoToTheirRowsAndStrategies) {
  planc::driver::Compilation c;
  planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan", planc::driver::Options{});
  ASSERT_TRUE(c.scored);
  auto m = planc::report::stream(*c.scored, c.program.sources, c.program.diags, {});
  ASSERT_TRUE(m.full_strategy);
  // Strategy 3's published total differs (W141): on the strategy itself, in
  // the light model too; its rows come with the full strategy only.
  auto has = [](const std::vector<planc::report::Finding>& fs, const char* code) {
    for (auto& f : fs)
      if (f.code == code) return true;
    return false;
  };
  EXPECT_TRUE(has(m.strategies[2].findings, "W141"));
  EXPECT_TRUE(m.strategies[2].rows.empty());
  using Content = planc::report::Model::Content;
  planc::report::Strategy full = m.full_strategy(2, Content::All);
  EXPECT_FALSE(full.rows.empty());
  EXPECT_TRUE(has(full.findings, "W141"));
  EXPECT_FALSE(full.steps.empty());  // scored again with its steps
  EXPECT_FALSE(full.rows[0].steps.empty());
  EXPECT_FALSE(full.rows[0].score.empty());
  EXPECT_FALSE(full.rows[0].unit.empty());
  // Part 1 needs no scores (the strategy is not scored again for it), Part 2
  // no plan texts; both have every row, its identity and its findings.
  planc::report::Strategy plan = m.full_strategy(2, Content::Plan);
  planc::report::Strategy scores = m.full_strategy(2, Content::Scores);
  ASSERT_EQ(plan.rows.size(), full.rows.size());
  ASSERT_EQ(scores.rows.size(), full.rows.size());
  EXPECT_TRUE(plan.steps.empty());
  for (std::size_t i = 0; i < full.rows.size(); ++i) {
    EXPECT_EQ(plan.rows[i].title, full.rows[i].title);
    EXPECT_EQ(plan.rows[i].unit, full.rows[i].unit);
    EXPECT_TRUE(plan.rows[i].score.empty() && plan.rows[i].steps.empty());
    EXPECT_EQ(scores.rows[i].full_number, full.rows[i].full_number);
    EXPECT_EQ(scores.rows[i].score, full.rows[i].score);
    EXPECT_EQ(scores.rows[i].findings.size(), full.rows[i].findings.size());
    EXPECT_TRUE(scores.rows[i].unit.empty() && scores.rows[i].account.empty());
  }
  // The counts of the summary come from the rows' statuses kept per strategy.
  auto w = planc::report::build(*c.scored, c.program.sources, c.program.diags, {});
  EXPECT_EQ(m.scored, w.scored);
  EXPECT_EQ(m.na, w.na);
  EXPECT_EQ(m.total, w.total);
  EXPECT_GT(m.scored, 0);
}

TEST(Stream, SinkToAFileWritesWhatAStringGets) {
  planc::driver::Compilation c;
  planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan");
  ASSERT_TRUE(c.scored);
  auto m = planc::report::build(*c.scored, c.program.sources, c.program.diags, {});
  std::string expected = planc::emit::html(m);
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    planc::emit::Sink out(f);
    for (int k = 0; k < 40; ++k) planc::emit::html(m, out);  // over a megabyte: flushed on the way
    out.flush();
    EXPECT_TRUE(out.ok());
  }
  std::string got(expected.size() * 40, '\0');
  std::rewind(f);
  ASSERT_EQ(std::fread(got.data(), 1, got.size(), f), got.size());
  EXPECT_EQ(std::fgetc(f), EOF);
  std::fclose(f);
  for (int k = 0; k < 40; ++k) EXPECT_EQ(got.compare(k * expected.size(), expected.size(), expected), 0);
}

TEST(Pipeline, ItemsAreConsumedInOrder) {
  for (std::size_t workers : {0, 1, 2, 5}) {
    for (std::size_t n : {0, 1, 2, 7, 1000}) {
      std::vector<std::size_t> got;
      planc::pipeline<std::string>(
          n, workers, 3, [](std::size_t k) { return std::to_string(k * k); },
          [&](const std::string& s) { got.push_back(std::stoul(s)); });
      ASSERT_EQ(got.size(), n);
      for (std::size_t k = 0; k < n; ++k) EXPECT_EQ(got[k], k * k);
    }
  }
}

TEST(Pipeline, AtMostAheadItemsWaitToBeConsumed) {
  std::atomic<std::size_t> made{0};
  std::size_t consumed = 0, worst = 0;
  planc::pipeline<int>(
      500, 2, 4,
      [&](std::size_t k) {
        ++made;
        return static_cast<int>(k);
      },
      [&](int) {
        ++consumed;
        worst = std::max(worst, made.load() - consumed);
      });
  EXPECT_EQ(consumed, 500u);
  EXPECT_LE(worst, 4u);
}

TEST(Pipeline, AnExceptionIsRethrownAndTheWorkersStop) {
  for (std::size_t workers : {0, 1, 3}) {
    std::size_t consumed = 0;
    EXPECT_THROW(planc::pipeline<int>(
                     100, workers, 4,
                     [](std::size_t k) {
                       if (k == 37) throw std::runtime_error("make failed");
                       return static_cast<int>(k);
                     },
                     [&](int) { ++consumed; }),
                 std::runtime_error);
    EXPECT_EQ(consumed, 37u);  // every item before the failed one, in order
    consumed = 0;
    EXPECT_THROW(planc::pipeline<int>(
                     100, workers, 4, [](std::size_t k) { return static_cast<int>(k); },
                     [&](int k) {
                       if (k == 10) throw std::logic_error("consume failed");
                       ++consumed;
                     }),
                 std::logic_error);
    EXPECT_EQ(consumed, 10u);
  }
}
