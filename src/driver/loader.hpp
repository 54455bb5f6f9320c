// Loads a plan and everything it imports: reads files through a source
// provider (driver/sources.hpp) with input limits, parses, lowers, and follows
// `use` with cycle and containment checks. Its product is an ast::Program.
#pragma once
#include <string>

#include "ast/program.hpp"
#include "driver/limits.hpp"
#include "driver/sources.hpp"
#include "support/timing.hpp"
#include "syntax/cst.hpp"

namespace planc::driver {


using ast::Program;

// Parses the file at `path` and its imports, all read from `sources`.
// Diagnostics are collected, never thrown. The phases it runs are timed into
// `timings` when one is given (`--timings`).
void load(Program& p, const std::string& path, const SourceProvider& sources, const Limits& limits = {},
          Timings* timings = nullptr);
// The same from the disk.
void load(Program& p, const std::string& path, const Limits& limits = {}, Timings* timings = nullptr);

// The main file given as text (an editor's unsaved buffer, a test), as if it
// were at `path`: its `use`s are resolved from there and read from `sources`.
void load_text(Program& p, const std::string& path, std::string text, const SourceProvider& sources,
               const Limits& limits = {}, Timings* timings = nullptr);

// An in-memory text as the main file, with no files beside it: it may use the
// standard library; other imports are reported as not found. For fuzzing and tests.
void load_source(Program& p, const std::string& name, std::string text, const Limits& limits = {},
                 Timings* timings = nullptr);

// Parses one in-memory text without imports (for tests and tools).
syntax::SyntaxFile parse_text(Program& p, const std::string& name, std::string text, const Limits& limits = {});

}  // namespace planc::driver
