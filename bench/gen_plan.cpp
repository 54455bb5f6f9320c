// planc_gen --indicators N [--seed S] [--format plan|ledger|json]
//
// Writes one synthetic, self-contained plan (it uses only the standard
// library) to standard output; with --format ledger or json, the equivalent
// records for the peers planc is measured against (bench/compare_peers.sh).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "generator.hpp"

int main(int argc, char** argv) {
  std::size_t n = 0;
  std::uint64_t seed = 1;
  std::string format = "plan";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--indicators")) n = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--format")) format = argv[i + 1];
    else n = 0;
  }
  if (n == 0 || (format != "plan" && format != "ledger" && format != "json")) {
    std::fprintf(stderr, "usage: planc_gen --indicators N [--seed S] [--format plan|ledger|json]\n");
    return 2;
  }
  std::string text = format == "ledger" ? planc::bench::generate_ledger(n, seed)
                     : format == "json" ? planc::bench::generate_json(n, seed)
                                        : planc::bench::generate_plan(n, seed);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}
