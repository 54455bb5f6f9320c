// planc rank DIR: the bodies a plan folder scores on one set of indicators
// (each round's `body`), ranked by their overall score, or by a strategy's
// or an indicator's (report/rank.hpp), as text, Markdown or CSV (docs/rank.md).
#pragma once
#include <string>

#include "cli/common.hpp"

namespace planc::cli {

struct RankCommand {
  Common c;                     // FILE is the folder (default: this folder)
  std::string by = "overall";   // --by: overall, a strategy's id, an indicator's id
  int year = 0, months = 0;     // --year, --months (0: the latest the folder holds)
  std::string format = "text";  // text, md, csv
  std::string out;              // -o
  std::string digits;           // thai, arabic, or empty: the plan's
};

CLI::App* add_rank(CLI::App& app, RankCommand& r);

// 0 written; 1 an error in the folder or a round, no round of that year and
// months, or a `--by` that names nothing (said on stderr, nothing written);
// 2 a usage or I/O problem.
int run_rank(RankCommand& r, const std::string& lang);

}  // namespace planc::cli
