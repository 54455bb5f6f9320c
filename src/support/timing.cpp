#include "support/timing.hpp"

#include <cstdio>

#include <unistd.h>

namespace planc {

std::size_t resident_bytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long size = 0, resident = 0;
  int got = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  long page = sysconf(_SC_PAGESIZE);
  return got == 2 && page > 0 ? resident * static_cast<std::size_t>(page) : 0;
}

}  // namespace planc
