// Google Benchmark: each phase alone and the whole pipeline on generated plans
// of 1k, 10k, 100k and 1M indicators (bytes/s and indicators/s), and the whole
// process on the reference plan. docs/performance.md has the figures.
#include <benchmark/benchmark.h>

#include <map>
#include <spawn.h>
#include <sys/wait.h>

#include "ast/lower.hpp"
#include "check/checker.hpp"
#include "check/reconcile.hpp"
#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "generator.hpp"
#include "report/build.hpp"
#include "syntax/parser.hpp"

namespace {

const std::string& plan(std::size_t n) {
  static std::map<std::size_t, std::string> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, planc::bench::generate_plan(n, 1)).first;
  return it->second;
}

void account(benchmark::State& st, std::size_t n) {
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations() * plan(n).size()));
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations() * n));
}

void BM_Parse(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  const std::string& text = plan(n);
  for (auto _ : st) {
    planc::driver::Program p;
    auto cst = planc::driver::parse_text(p, "gen.plan", text);
    benchmark::DoNotOptimize(cst.items.data());
  }
  account(st, n);
}

void BM_Lower(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  planc::driver::Program p;
  auto cst = planc::driver::parse_text(p, "gen.plan", plan(n));
  for (auto _ : st) {
    planc::Diagnostics d;
    auto m = planc::ast::lower(cst, d);
    benchmark::DoNotOptimize(m.strategies.data());
  }
  account(st, n);
}

void BM_CheckAndEval(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  for (auto _ : st) {
    st.PauseTiming();
    auto c = std::make_unique<planc::driver::Compilation>();
    planc::driver::load_source(c->program, "gen.plan", plan(n));
    st.ResumeTiming();
    auto model = planc::check::check(c->program);
    auto report = planc::eval::evaluate(*model, c->program.diags);
    planc::check::reconcile(report, c->program.diags);
    benchmark::DoNotOptimize(report.score);
    st.PauseTiming();
    c.reset();
    st.ResumeTiming();
  }
  account(st, n);
}

void BM_Pipeline(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  for (auto _ : st) {
    planc::driver::Compilation c;
    planc::driver::compile_source(c, "gen.plan", plan(n));
    benchmark::DoNotOptimize(c.report->score);
  }
  account(st, n);
}

template <std::string (*Emit)(const planc::report::Model&)>
void BM_Render(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  planc::driver::Compilation c;
  planc::driver::compile_source(c, "gen.plan", plan(n));
  for (auto _ : st) {
    auto model = planc::report::build(*c.report, c.program.sources, c.program.diags, {});
    std::string out = Emit(model);
    benchmark::DoNotOptimize(out.data());
  }
  account(st, n);
}

// The whole process, start-up included, on the reference plan.
void run_planc(benchmark::State& st, std::vector<std::string> args) {
  std::vector<char*> argv;
  std::string bin = PLANC_BINARY;
  argv.push_back(bin.data());
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", 0x1 /*O_WRONLY*/, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", 0x1, 0);
  for (auto _ : st) {
    pid_t pid;
    if (posix_spawn(&pid, bin.c_str(), &fa, nullptr, argv.data(), environ) != 0) st.SkipWithError("spawn failed");
    int status;
    waitpid(pid, &status, 0);
  }
  posix_spawn_file_actions_destroy(&fa);
}

void BM_ProcessCheckReference(benchmark::State& st) {
  run_planc(st, {"check", std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan"});
}
void BM_ProcessRenderReference(benchmark::State& st) {
  run_planc(st, {"render", std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan", "--format", "html"});
}

}  // namespace

#define SIZES ->Arg(1000)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()
BENCHMARK(BM_Parse) SIZES;
BENCHMARK(BM_Lower) SIZES;
BENCHMARK(BM_CheckAndEval) SIZES;
BENCHMARK(BM_Pipeline) SIZES;
BENCHMARK_TEMPLATE(BM_Render, planc::emit::markdown) SIZES;
BENCHMARK_TEMPLATE(BM_Render, planc::emit::html) SIZES;
BENCHMARK_TEMPLATE(BM_Render, planc::emit::report_json) SIZES;
BENCHMARK(BM_ProcessCheckReference)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ProcessRenderReference)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
