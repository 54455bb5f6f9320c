// The standard library: stdlib/*.plan embedded into the binary at build time,
// imported as `use "std/NAME"`.
#pragma once
#include <string_view>
#include <vector>

namespace planc::stdlib {

struct Entry {
  std::string_view name;  // "std/scales"
  std::string_view text;
};

const std::vector<Entry>& entries();

}  // namespace planc::stdlib
