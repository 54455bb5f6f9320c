// A round's neighbours (planc render of a 9- or 12-month round): the earlier
// rounds of its fiscal year in its plan folder, compiled, so that the report
// shows each indicator's earlier results beside its own. Only those rounds
// are compiled; the folder's other files are only read far enough to know
// their round (driver::load, no checking or scoring).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "driver/folder.hpp"
#include "report/trend.hpp"

namespace planc::driver {

// The rounds of the same plan, fiscal year and body as the compiled round `c`
// (at `path`) with fewer months and the same assessment, from the files
// beside it, by months (one per length: the first by name), each compiled
// with `o`; and, when `c` is the committee's assessment, the body's own
// assessment of the same round (`assessment self`), last. None when the round has
// no known year (a round without `year` in a plan of several years, a plan
// without `years`), when it is not beside its plan, or when no earlier round
// is there. Files that cannot be read or loaded are left out.
// A `.plan` file beside the round that has errors before its round could be
// placed (unreadable, its header or its `use` broken): it may be a round.
struct UnreadFile {
  std::string path;
  std::size_t errors = 0;
  std::string file;  // its first error's file, line, column and message
  std::size_t line = 0, col = 0;
  Text first;
};
std::vector<FolderRound> earlier_rounds(const Compilation& c, const std::string& path, const Options& o,
                                        std::vector<UnreadFile>* unread = nullptr);

// A round's neighbours for its report: the rounds (earlier_rounds, compiled)
// and their figures in the report's language and digits.
struct Neighbourhood {
  std::vector<FolderRound> rounds;
  std::vector<UnreadFile> unread;
  report::Neighbours figures;
};

// The neighbours of the compiled round `c`, for a report in `ro`'s language
// and digits, each compiled on `ro.threads`. One with errors is said in c's
// own diagnostics too (W045, at the round's name; an error under `strict`),
// so that the run, `--strict` and the report's findings say what the report
// shows: its figures are only as far as it could be scored.
Neighbourhood neighbourhood(Compilation& c, const report::Options& ro, bool strict);

// Why the copy to hand in (report::Options::Findings::None) cannot be made
// from `c` and the rounds its report shows beside it, in `l`'s language: each
// file with errors and how many (c's under `strict` count its warnings too;
// the neighbours are compiled without it), and what to do; "" when it can. A
// copy without findings from a round with errors would print figures that are
// not the plan's, with nothing to say so.
std::string handed_in_refusal(const Compilation& c, const Neighbourhood* near, const Locale& l);

}  // namespace planc::driver
