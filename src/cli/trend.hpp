// planc trend DIR: a plan folder's every round side by side (driver/folder.hpp
// compiles them, report/trend.hpp builds the trend, emit/trend.hpp lays it
// out): text, JSON, Markdown, HTML or CSV (docs/trend.md).
#pragma once
#include <string>

#include "cli/common.hpp"

namespace planc::cli {

struct TrendCommand {
  Common c;                      // FILE is the folder (default: this folder)
  std::string format = "text";   // text, json, md, html, csv
  std::string out;               // -o: the file to write (standard output when empty)
  std::string digits;            // thai, arabic, or empty: the plan's
  std::string body;              // --body: the body whose rounds to show (a folder of several bodies)
};

// Registers `planc trend [DIR]` and its options on the application.
CLI::App* add_trend(CLI::App& app, TrendCommand& t);

// Compiles the folder and writes its trend: 0 written (warnings allowed), 1
// an error in the folder or in a round (said on stderr, nothing written), 2 a
// usage or I/O problem. `lang` is a --lang given before the subcommand.
int run_trend(TrendCommand& t, const std::string& lang);

}  // namespace planc::cli
