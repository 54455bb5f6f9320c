// `planc check DIR` and `planc eval DIR`: a plan folder's every round
// (driver/folder.hpp), one summary.
#pragma once
#include <functional>
#include <string>

#include "cli/common.hpp"
#include "driver/folder.hpp"

namespace planc::cli {

enum class FolderCommand { Check, Eval };

// `.` when no FILE was given (planc check inside a plan folder).
std::string default_path(const std::string& given);

// Compiles the folder `c.file` and prints what `command` prints for each of
// its rounds; the exit code (0, 1 an error in any round or in the folder, 2 I/O).
int run_folder(const Common& c, FolderCommand command, const std::string& format);

// `planc explain DIR`, `planc render DIR`: these take one round's file. Said,
// naming the folder's round files (found by their `round` header); 2.
// `rest`: what follows the file in the command suggested (explain's ID).
int round_file_wanted(const Common& c, const char* command, const std::string& rest);

// A message of a folder command itself (trend, rank), in the run's language.
void say(const Locale& l, const std::string& th, const std::string& en);

// What `planc trend` and `planc rank` share: the folder `c.file` compiled
// with every round's rows, its diagnostics printed in `l` (set here). 0 when
// every round was scored without an error; else the exit code, the reason
// said (`what` is what was not written: "แนวโน้ม" / "trend").
int compile_scored(driver::FolderCompilation& f, Common& c, Locale& l, const char* command, const char* what_th,
                   const char* what_en);

// True when `out` would be written over one of the folder's files (said).
bool over_own_file(const driver::FolderCompilation& f, const std::string& out, const Locale& l, const char* what_th,
                   const char* what_en);

// A folder's page (rank's, trend's) as PDF: `page` writes its HTML, which
// Chromium prints into `out`. False, said on stderr, when it cannot.
bool page_pdf(const std::function<void(emit::Sink&)>& page, emit::Sink& out);

// A PDF asked for on a terminal (no -o): said, and true.
bool pdf_to_terminal(const std::string& format, const std::string& out_path);

}  // namespace planc::cli
