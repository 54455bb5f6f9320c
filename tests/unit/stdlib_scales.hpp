// The standard library's scales (stdlib/scales.plan), loaded once for the
// tests that score with them (scale_test, format_test).
#pragma once
#include <stdexcept>
#include <string>

#include "driver/loader.hpp"

namespace planc::testing {

struct Stdlib {
  planc::driver::Program p;
  // The stdlib is compiled in; load it through a tiny in-memory plan that uses
  // it (no temporary file: ctest runs the tests of a file in parallel).
  Stdlib() { planc::driver::load_source(p, "use.plan", "use \"std/scales\"\nplan \"t\" {}\n"); }
  const planc::ast::ScaleDecl& scale(const std::string& name) const {
    for (auto& m : p.modules)
      for (auto& s : m.scales)
        if (s.name.value == name) return s;
    throw std::runtime_error("no scale " + name);
  }
};

inline const Stdlib& stdlib() {
  static Stdlib s;
  return s;
}

}  // namespace planc::testing
