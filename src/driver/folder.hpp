// A plan folder, the unit of work of `planc check DIR`, `eval DIR`, `trend`:
// the file that declares the `plan` and its round files (any names: a round
// is a file with a `round` header), every round compiled (in parallel) and
// ordered by fiscal year, then months.
//
// The folder's own mistakes (no plan, two plans, two rounds of the same year
// and months, a round that scores another plan, a round without its year in a
// plan of several years) are diagnostics of the folder (E040-E045); each
// round's are its compilation's. `diagnostics()` gathers both into one
// Program, each diagnostic once: an error in plan.plan is found by every
// round's compilation but printed once, where it is.
#pragma once
#include <memory>
#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "driver/pipeline.hpp"

namespace planc::driver {

struct FolderRound {
  std::string path;  // dir/name.plan, as given to compile()
  std::string name;  // name.plan (relative to the folder)
  int year = 0;      // fiscal year, Buddhist Era (0: not known: the round has an error)
  int months = 0;    // 1-12 (0: not known)
  std::string body;        // the body it assesses (`body`; "" : the plan's own unit)
  std::string assessment;  // "self" or "committee" (`assessment`; "" : not said, the committee's)
  std::unique_ptr<Compilation> compilation;
};

struct FolderOptions {
  Options compile;  // each round's; its limits.threads is the folder's threads
};

struct FolderCompilation {
  std::string dir;
  std::string plan;                // dir/plan.plan: the file that declares `plan` ("" when none)
  std::vector<FolderRound> rounds;  // by fiscal year, months, then name
  std::unique_ptr<Compilation> plan_alone;  // the plan file, when the folder has no round
  // The folder's own diagnostics and the sources they point into.
  Program folder;

  // Every diagnostic of the folder and of its rounds, each once, sorted; in a
  // Program of its own whose sources are the files they point into.
  Program diagnostics() const;
  bool has_errors() const;
  // The rounds of `year` before round `k` (its earlier rounds in the year, of
  // the same body and assessment), in order: a 9-month report shows the
  // 6-month results beside its own.
  std::vector<const FolderRound*> earlier_in_year(std::size_t k) const;
  // A body's own assessment (`assessment self`) where the committee's of the
  // same round is in the folder too: trend and rank take the committee's.
  bool superseded(const FolderRound& r) const;
};

// What a file's top-level items say it is, read without parsing it: the
// first `plan` and `round` keywords at brace depth 0 (outside comments,
// strings and text blocks), with their byte offsets. Cheap enough to run over
// a whole folder before compiling any of it (and over an editor's buffer).
struct FileHeader {
  std::optional<std::uint32_t> plan, round;
};
FileHeader scan_header(std::string_view text);

// True when `path` is a folder (planc check DIR).
bool is_folder(const std::string& path);

// Finds the plan and its rounds in `dir` (its *.plan files, not those of
// sub-folders) and compiles every round, `o.compile.limits.threads` at a time.
// A folder with a plan and no round compiles the plan alone (`plan_alone`).
// Nothing is written.
void compile_folder(FolderCompilation& f, const std::string& dir, const FolderOptions& o = {});

}  // namespace planc::driver
