// The command line's own words: Thai digits wherever it reads an id or a
// number, and what it says when it cannot read a command (did you mean ...?).
#pragma once

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace planc::cli {

// Thai digits (๐-๙) read as Arabic ones in every id and number of the command
// line: each numeric option (-j, --max-depth, ...), explain's ID (๓.๘ is 3.8,
// ภาพรวม is overall), explain-code's CODE (E๑๑๐) and the counts of a git
// revision (--git HEAD~๒). Call once every subcommand is registered.
void accept_thai_digits(CLI::App& app);

// What to print when the command line cannot be parsed, in the environment's
// language (or that of a `--lang` on the command line): no subcommand, a short
// help; an unknown subcommand or option, did you mean the closest, and the list;
// else CLI11's message. Returns the exit code: 0 for --help and --version, 2
// otherwise.
int usage_error(CLI::App& app, const CLI::ParseError& e, int argc, char** argv);

}  // namespace planc::cli
