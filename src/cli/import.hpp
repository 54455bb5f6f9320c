// `planc import`: a unit's workbook (XLSX or CSV) into plan files, checked
// before anything is written (src/import/, docs/import.md).
#pragma once
#include <string>

#include "cli/common.hpp"

namespace planc::cli {

struct ImportOptions {
  std::string rules;      // --rules FILE
  std::string out = ".";  // -o DIR
  bool force = false;     // overwrite existing files
  bool print = false;     // print the files instead of writing them
  std::string year, months;
};

CLI::App* add_import(CLI::App& app, Common& c, ImportOptions& o);
int run_import(const Common& c, const ImportOptions& o);

}  // namespace planc::cli
