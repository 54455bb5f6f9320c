// `planc check DIR` and `planc eval DIR`: a plan folder's every round
// (driver/folder.hpp), one summary.
#pragma once
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

}  // namespace planc::cli
