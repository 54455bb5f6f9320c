// planc_gen --indicators N [--seed S]: writes one synthetic, self-contained
// plan (it uses only the standard library) to standard output.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "generator.hpp"

int main(int argc, char** argv) {
  std::size_t n = 0;
  std::uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--indicators")) n = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
  }
  if (n == 0) {
    std::fprintf(stderr, "usage: planc_gen --indicators N [--seed S]\n");
    return 2;
  }
  std::string plan = planc::bench::generate_plan(n, seed);
  std::fwrite(plan.data(), 1, plan.size(), stdout);
  return 0;
}
