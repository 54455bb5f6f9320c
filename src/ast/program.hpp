// The front end's product: every module of a plan, parsed and lowered, with
// the sources they view and the diagnostics found so far. The loader
// (driver/loader) fills it; the checker and every later phase read it.
#pragma once
#include <cstddef>
#include <vector>

#include "ast/ast.hpp"
#include "support/diagnostics.hpp"
#include "support/source.hpp"

namespace planc::ast {

struct Program {
  SourceManager sources;
  Diagnostics diags;
  std::vector<Module> modules;  // dependencies before the files that use them
  std::vector<bool> is_stdlib;  // per module
  std::size_t main = 0;         // index of the main module
  bool io_error = false;        // the main file could not be read (exit 2)
  std::size_t main_parts = 1;   // parts the main file was parsed in (driver::Limits)
};

}  // namespace planc::ast
