// Long explanations of diagnostic codes (`planc explain-code E0xx`), in
// English and in Thai.
#pragma once
#include <string_view>

namespace planc {

struct Explanation {
  std::string_view text;     // what it means and why (English)
  std::string_view text_th;  // the same for a Thai planner
  std::string_view example;  // a plan fragment that gets the diagnostic (language-neutral code)
  std::string_view fix;      // the fragment fixed, or how to fix it (English)
  std::string_view fix_th;   // the same in Thai (the same code fragment when `fix` is code; Thai prose when it is prose)
};

const Explanation* explanation(std::string_view code);

}  // namespace planc
