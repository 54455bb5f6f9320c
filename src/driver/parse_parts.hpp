// A large file checked and parsed in parts, a thread each: the performance
// machinery of the front end, behind one seam. The loader calls scan() and
// validate() for a file's bytes, lower_into() to lower each item as it is
// parsed, and parse_in_parts() for a main file of Limits::parallel_min_bytes
// or more. Nothing planc prints depends on the number of threads.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "ast/lower.hpp"
#include "ast/program.hpp"
#include "driver/limits.hpp"
#include "support/timing.hpp"
#include "syntax/parser.hpp"

namespace planc::driver {

using ast::Program;

// The first byte that is not UTF-8 and the first NUL byte of a text.
struct Scan {
  std::optional<std::size_t> invalid, nul;
};
// Scans a text, a large one in parts on the threads.
Scan scan(std::string_view text, const Limits& limits);
// Reports what a scan of file f found; false when the file is unusable.
bool usable(Program& p, FileId f, const Scan& found);
// Validates the bytes of a file; reports and returns false when unusable.
bool validate(Program& p, FileId f, const Limits& limits);

// Each top-level item is lowered into `builder` as soon as it is parsed; the
// parsed text leaves resident memory a window (Limits::release_window) at a
// time, and the heap for the next window's trees is asked for at once.
syntax::ItemSink lower_into(Program& p, const Limits& limits, ast::ModuleBuilder& builder, FileId f,
                            std::uint32_t& released);

// Whether a file's bytes are known to be UTF-8 without NUL: a large main
// file's are checked part by part as each part is parsed (parse_in_parts),
// not in a pass of their own before.
enum class Bytes { Checked, Unchecked, Unusable };

// A large file parsed in parts (see the definition); nullopt when it is to be
// parsed in one piece (too small, or its first part has a diagnostic, or a
// plan or round is declared in two parts), or when its bytes were unchecked
// and are unusable (`bytes` says which; reported). The join is timed into
// `timings` when given; `parts_used` receives the number of parts.
std::optional<ast::Module> parse_in_parts(Program& p, FileId f, const Limits& limits, const syntax::ParseLimits& pl,
                                          Bytes& bytes, Timings* timings, std::size_t* parts_used);

}  // namespace planc::driver
