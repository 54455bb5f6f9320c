// The whole pipeline, each phase run only as far as the one before allows and
// every diagnostic collected:
//
//   load (syntax, ast) -> check -> eval -> reconcile -> report -> emit
//
// compile() runs it up to reconciliation (planc check, eval, explain, diff,
// the editor server); draft() takes a compiled plan through the report and
// an emitter into a sink (planc render). The command line parses options and
// calls these; it runs no phase itself.
#pragma once
#include <optional>
#include <string>

#include "check/model.hpp"
#include "driver/loader.hpp"
#include "emit/sink.hpp"
#include "eval/evaluator.hpp"
#include "report/build.hpp"
#include "support/timing.hpp"

namespace planc::driver {

struct Neighbourhood;

struct Options {
  Limits limits;
  // Where the files come from; the disk when null.
  const SourceProvider* sources = nullptr;
  // Scoring: rows kept (a report, `explain`, `eval`) and each figure's steps
  // recorded (a report, `explain`). `planc check` needs neither: each
  // strategy is reconciled as soon as it is scored and its rows let go.
  bool keep_rows = true;
  bool explain = true;
  // Warnings count as errors (--strict).
  bool strict = false;
  // Each phase's time and memory are recorded (--timings) into Compilation::timings.
  bool timings = false;
  // The checker records every name's use (check::Options::record_uses).
  bool record_uses = false;
};

struct Compilation {
  Program program;
  std::optional<check::PlanModel> model;
  std::optional<eval::ScoredPlan> scored;  // the scored plan (points into the model)
  Timings timings;                         // the phases run, in order (Options::timings)
  bool timed = false;                      // Options::timings of the compilation

  // Where its phases record their times: `timings` when timed, else nowhere.
  Timings* recording() { return timed ? &timings : nullptr; }

  Compilation() = default;
  Compilation(const Compilation&) = delete;  // the scored plan points into the model
  Compilation& operator=(const Compilation&) = delete;
};

// Loads the plan at `path`, checks, scores and reconciles it. The diagnostics
// are final when it returns: sorted, warnings promoted under Options::strict.
void compile(Compilation& c, const std::string& path, const Options& o = {});
// The same with the main file's text given (an editor's unsaved buffer, a
// test) as if it were at `path`; its imports come from Options::sources, and
// from nowhere but the standard library when that is null.
void compile_text(Compilation& c, const std::string& path, std::string text, const Options& o = {});

// The report's formats: text ones, and the documents a unit hands in or
// keeps: an Excel workbook (emit/xlsx.cpp), a Word document (emit/docx.cpp)
// and the HTML printed to PDF by Chromium (emit/pdf.cpp).
enum class DraftFormat { Markdown, Html, Json, Csv, Xlsx, Docx, Pdf };

struct DraftOptions {
  DraftFormat format = DraftFormat::Html;
  report::Options report;
  // The round's neighbours (planc render): when the round is in a plan
  // folder with earlier rounds of its fiscal year, those compiled
  // (driver/neighbours.hpp, neighbourhood()), and each row shows their
  // results and scores beside its own. report.neighbours is then set by draft().
  const Neighbourhood* neighbours = nullptr;
};

// The report of a compiled plan (compiled with its rows and steps), laid out
// by the emitter of `o.format` into `out` a strategy at a time. False, with
// nothing written, when the plan could not be scored or was scored without
// its rows or steps, when the copy to hand in is refused (handed_in_refusal),
// or when the emitter could not make its document (no Chromium for a PDF):
// then `why`, when given, says so.
bool draft(Compilation& c, const DraftOptions& o, emit::Sink& out, std::string* why = nullptr);

}  // namespace planc::driver
