// `planc fmt`: the canonical layout of a plan file, from its concrete syntax
// tree. Values are kept as written (digits, separators, escapes); comments stay
// where they were; the result is idempotent. See docs/fmt-diff.md.
#pragma once
#include <optional>
#include <string>

#include "support/diagnostics.hpp"
#include "syntax/cst.hpp"

namespace planc::review {

struct FormatOptions {
  int indent = 2;
  int line_width = 100;  // a block fits on one line only within this many columns
};

// The formatted text of a file that parsed without errors.
std::string format(const SourceFile& src, const syntax::SyntaxFile& cst, const FormatOptions& o = {});

}  // namespace planc::review
