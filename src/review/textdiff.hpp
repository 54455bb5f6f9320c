// A line diff in unified format (for `planc fmt --check`).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace planc::review {

// Unified diff of two texts with 3 lines of context; empty when equal.
std::string unified_diff(const std::string& a, const std::string& b, const std::string& name_a,
                         const std::string& name_b);

// The same alignment as changes to apply: a's lines [line, line + removed)
// (0-based) replaced by `inserted` (whole lines, each ending in "\n"), in
// order, each against a's numbering (an editor's formatting edits).
struct LineChange {
  std::size_t line = 0, removed = 0;
  std::string inserted;
};
std::vector<LineChange> line_changes(const std::string& a, const std::string& b);

}  // namespace planc::review
