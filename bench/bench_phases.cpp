// Google Benchmark: each phase alone (parse to the AST, check, eval, the three
// report emitters) and the whole pipeline on generated plans of 1k, 10k, 100k
// and 1M indicators (bytes/s and indicators/s), and the whole process
// (start-up included) on the reference plan. docs/performance.md has the
// figures and how to run it.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <spawn.h>
#include <sys/wait.h>

#include "ast/lower.hpp"
#include "check/checker.hpp"
#include "reconcile/reconcile.hpp"
#include "driver/pipeline.hpp"
#include "support/allocator.hpp"
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

// Generated plans are larger than the default file-size limit at 1M. From
// 10k on (8 MiB) the front end parses in parts, `threads` at once.
planc::driver::Limits big(std::size_t threads = planc::driver::Limits::default_threads()) {
  planc::driver::Limits l;
  l.max_file_bytes = std::size_t{4} << 30;
  l.threads = threads;
  return l;
}

// Parse: the front end, text to typed AST (PEGTL parse, each top-level item
// lowered as it is parsed), what `planc check` does before checking; the
// second argument is the number of threads.
void BM_Parse(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  const std::string& text = plan(n);
  for (auto _ : st) {
    planc::driver::Program p;
    planc::driver::load_source(p, "gen.plan", text, big(static_cast<std::size_t>(st.range(1))));
    benchmark::DoNotOptimize(p.modules.data());
    st.PauseTiming();  // freeing the trees is not part of parsing
    p = {};
    st.ResumeTiming();
  }
  account(st, n);
}

// The concrete tree alone (what `planc fmt` reads), for comparison.
void BM_ParseConcrete(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  const std::string& text = plan(n);
  for (auto _ : st) {
    planc::driver::Program p;
    auto cst = planc::driver::parse_text(p, "gen.plan", text, big());
    benchmark::DoNotOptimize(cst.items.data());
  }
  account(st, n);
}

// Check: names, numbering, weights, budgets -> the checked model.
void BM_Check(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  planc::driver::Program p;
  planc::driver::load_source(p, "gen.plan", plan(n), big());
  for (auto _ : st) {
    planc::Diagnostics saved = p.diags;
    auto model = planc::check::check(p);
    benchmark::DoNotOptimize(model->strategies.data());
    st.PauseTiming();
    p.diags = std::move(saved);
    model.reset();
    st.ResumeTiming();
  }
  account(st, n);
}

// Eval: scores, strategy and overall figures, reconciliation of published ones.
void BM_Eval(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  planc::driver::Program p;
  planc::driver::load_source(p, "gen.plan", plan(n), big());
  auto model = planc::check::check(p);
  for (auto _ : st) {
    planc::Diagnostics d;
    planc::eval::Options o;
    o.explain = false;
    auto report = planc::eval::evaluate(*model, d, o);
    planc::reconcile::reconcile(report, d);
    benchmark::DoNotOptimize(report.score);
  }
  account(st, n);
}

// The whole in-memory pipeline, as `planc check` runs it (the second argument
// is the number of threads parsing, checking and scoring).
void BM_Pipeline(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  const std::string& text = plan(n);  // generated before the timing, as in the other benchmarks
  for (auto _ : st) {
    auto c = std::make_unique<planc::driver::Compilation>();
    planc::driver::compile_text(*c, "gen.plan", text, planc::driver::Options{.limits = big(static_cast<std::size_t>(st.range(1))), .keep_rows = false, .explain = false});
    benchmark::DoNotOptimize(c->scored->score);
    st.PauseTiming();
    c.reset();
    st.ResumeTiming();
  }
  account(st, n);
}

// A report draft as `planc render` makes it (the report and emitter phases):
// the model is streamed from the scored plan, each strategy built and laid
// out on the threads (the second argument), and the
// draft written to /dev/null a megabyte at a time.
template <void (*Emit)(const planc::report::Model&, planc::emit::Sink&)>
void BM_Render(benchmark::State& st) {
  auto n = static_cast<std::size_t>(st.range(0));
  auto threads = static_cast<std::size_t>(st.range(1));
  planc::driver::Compilation c;
  planc::driver::compile_text(c, "gen.plan", plan(n), planc::driver::Options{.limits = big()});
  std::FILE* null = std::fopen("/dev/null", "wb");
  for (auto _ : st) {
    planc::report::Options o;
    o.threads = threads;
    auto model = planc::report::stream(*c.scored, c.program.sources, c.program.diags, o);
    planc::emit::Sink out(null);
    Emit(model, out);
    out.flush();
    if (!out.ok()) st.SkipWithError("write failed");
  }
  std::fclose(null);
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
#define SIZES_THREADS \
  ->ArgsProduct({{1000, 10000, 100000, 1000000}, {1, 2}})->Unit(benchmark::kMillisecond)->UseRealTime()
BENCHMARK(BM_Parse) SIZES_THREADS;
BENCHMARK(BM_ParseConcrete) SIZES;
BENCHMARK(BM_Check) SIZES;
BENCHMARK(BM_Eval) SIZES;
BENCHMARK(BM_Pipeline) SIZES_THREADS;
BENCHMARK_TEMPLATE(BM_Render, planc::emit::markdown) SIZES_THREADS;
BENCHMARK_TEMPLATE(BM_Render, planc::emit::html) SIZES_THREADS;
BENCHMARK_TEMPLATE(BM_Render, planc::emit::report_json) SIZES_THREADS;
BENCHMARK(BM_ProcessCheckReference)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ProcessRenderReference)->Unit(benchmark::kMillisecond)->UseRealTime();
// BENCHMARK_MAIN, with the allocator set as planc sets it.
int main(int argc, char** argv) {
  planc::tune_allocator();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
