// A line diff in unified format (for `planc fmt --check`).
#pragma once
#include <string>

namespace planc::review {

// Unified diff of two texts with 3 lines of context; empty when equal.
std::string unified_diff(const std::string& a, const std::string& b, const std::string& name_a,
                         const std::string& name_b);

}  // namespace planc::review
