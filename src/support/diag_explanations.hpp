// Long explanations of diagnostic codes (`planc explain-code E0xx`).
#pragma once
#include <string_view>

namespace planc {

struct Explanation {
  std::string_view text;     // what it means and why
  std::string_view example;  // a plan fragment that gets the diagnostic
  std::string_view fix;      // the fragment fixed
};

const Explanation* explanation(std::string_view code);

}  // namespace planc
