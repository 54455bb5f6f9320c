// What keeps a large plan small in memory: names interned once per
// compilation, and parsed source pages let go (docs/performance.md).
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <vector>
#include <thread>
#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "driver/pipeline.hpp"
#include "emit/report.hpp"
#include "report/build.hpp"
#include "support/allocator.hpp"
#include "support/names.hpp"
#include "support/source.hpp"
#include "syntax/parser.hpp"

namespace {

// Resident kilobytes of the mapping that contains `addr` (from /proc/self/smaps).
long resident_kb(const void* addr) {
  std::ifstream in("/proc/self/smaps");
  std::string line;
  auto a = reinterpret_cast<std::uintptr_t>(addr);
  bool inside = false;
  while (std::getline(in, line)) {
    unsigned long lo = 0, hi = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &lo, &hi) == 2 && line.find(':') > line.find(' ')) {
      inside = lo <= a && a < hi;
      continue;
    }
    long kb = 0;
    if (inside && std::sscanf(line.c_str(), "Rss: %ld kB", &kb) == 1) return kb;
  }
  return -1;
}

}  // namespace

TEST(NameTable, OneCopyPerName) {
  planc::NameTable t;
  std::string a = "percent", b = "percent", c = "ประเด็น";
  auto x = t.intern(a);
  auto y = t.intern(b);
  EXPECT_EQ(x, "percent");
  EXPECT_EQ(x.data(), y.data());  // the same name is the same pointer
  EXPECT_NE(x.data(), a.data());  // a copy owned by the table
  EXPECT_EQ(t.intern(c), c);
  EXPECT_NE(t.intern("percen").data(), x.data());
  EXPECT_EQ(t.intern(""), "");
  EXPECT_EQ(t.size(), 3u);
}

TEST(NameTable, GrowingKeepsEveryName) {
  planc::NameTable t;
  std::vector<std::string_view> first;
  for (int i = 0; i < 20000; ++i) first.push_back(t.intern(fmt::format("o{}", i)));
  EXPECT_EQ(t.size(), 20000u);
  for (int i = 0; i < 20000; ++i) {
    auto again = t.intern(fmt::format("o{}", i));
    ASSERT_EQ(again.data(), first[static_cast<std::size_t>(i)].data()) << i;
    ASSERT_EQ(again, fmt::format("o{}", i));
  }
}

// The hash takes eight bytes at a time and the rest at the end: names that
// share their first words, or differ only in their last byte or their length,
// stay apart.
TEST(NameTable, NamesSharingTheirFirstWordsStayApart) {
  planc::NameTable t;
  std::vector<std::string> names;
  for (std::size_t len = 1; len <= 40; ++len) {
    names.push_back(std::string(len, 'a'));
    names.push_back(std::string(len - 1, 'a') + "b");
    names.push_back(std::string("\0", 1) + std::string(len, 'a'));  // a zero byte where a tail is padded
  }
  for (int k = 0; k < 12; ++k) names.push_back(fmt::format("สำนักงานยุทธศาสตร์{}", k));
  std::vector<std::string_view> kept;
  for (auto& n : names) kept.push_back(t.intern(n));
  EXPECT_EQ(t.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(kept[i], names[i]) << i;
    EXPECT_EQ(t.intern(std::string(names[i])).data(), kept[i].data()) << i;
  }
}

// Names are looked up in a small table of the names seen last (by hash)
// before the whole table: in any order of first and repeated sightings,
// colliding or not, a name is always the one copy made on first sight.
TEST(NameTable, RecentNamesAreTheSameCopies) {
  planc::NameTable t;
  std::mt19937 rng(7);
  std::map<std::string, const char*> first;
  for (int i = 0; i < 60000; ++i) {
    std::string n = fmt::format("n{}", std::uniform_int_distribution<int>(0, 3000)(rng));
    auto v = t.intern(n);
    ASSERT_EQ(v, n);
    auto [it, fresh] = first.emplace(n, v.data());
    ASSERT_EQ(it->second, v.data()) << n;  // the same copy every time
  }
  EXPECT_EQ(t.size(), first.size());
  // A table absorbed into another starts again empty: its recent names went too.
  planc::NameTable u;
  auto kept = u.intern("n1");
  u.absorb(std::move(t));
  EXPECT_EQ(u.intern("n1").data(), kept.data());
  EXPECT_EQ(u.intern("n2").data(), first["n2"]);
  EXPECT_EQ(t.size(), 0u);  // NOLINT(bugprone-use-after-move): absorb leaves it empty
  auto again = t.intern("n2");
  EXPECT_EQ(again, "n2");
  EXPECT_EQ(t.size(), 1u);
}

TEST(NameTable, ParsedNamesAreInternedNotViewsOfTheFile) {
  planc::SourceManager sm;
  planc::Diagnostics d;
  auto f = sm.add("t.plan", "", std::string("unit ครั้ง \"ครั้ง\" count\noffice o1 \"a\"\noffice o1 \"b\"\n"));
  auto file = planc::syntax::parse(sm, f, d, {});
  ASSERT_EQ(file.items.size(), 3u);
  auto unit = file.items[0].values[0].text;
  auto o1 = file.items[1].values[0].text, o1b = file.items[2].values[0].text;
  EXPECT_EQ(unit, "ครั้ง");
  EXPECT_EQ(o1.data(), o1b.data());
  std::string_view text = sm.get(f).text;
  EXPECT_FALSE(o1.data() >= text.data() && o1.data() < text.data() + text.size());
}

TEST(Release, PagesLeaveResidentMemoryAndStayReadable) {
  std::string path = testing::TempDir() + "planc_release_test.bin";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < (1 << 20) / 8; ++i) out << fmt::format("{:07}\n", i);
  }
  planc::MappedText m;
  ASSERT_TRUE(m.map(path));
  std::string_view v = m.view();
  unsigned sum = 0;
  for (std::size_t i = 0; i < v.size(); i += 512) sum += static_cast<unsigned char>(v[i]);
  EXPECT_GE(resident_kb(v.data()), 900);  // all of it, once read
  m.release(0, v.size());
  EXPECT_LE(resident_kb(v.data()), 8);  // let go
  EXPECT_EQ(v.substr(8 * 100000, 8), "0100000\n");  // and still the file's bytes
  unsigned again = 0;
  for (std::size_t i = 0; i < v.size(); i += 512) again += static_cast<unsigned char>(v[i]);
  EXPECT_EQ(again, sum);
  std::remove(path.c_str());
}

TEST(Release, OutputIsTheSameWhetherOrNotParsedPagesAreLetGo) {
  auto everything = [](std::size_t window) {
    planc::driver::Compilation c;
    planc::driver::Limits l;
    l.release_window = window;  // 1: after every item; 0: never
    planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/plans/th-hor-2563/2563-h1.plan", planc::driver::Options{.limits = l});
    std::string out;
    for (auto& d : c.program.diags.all()) out += planc::render_text(c.program.sources, d, {});
    if (!c.scored) return out;
    auto m = planc::report::build(*c.scored, c.program.sources, c.program.diags, {});
    return out + planc::emit::markdown(m) + planc::emit::html(m) + planc::emit::report_json(m);
  };
  std::string kept = everything(0);
  EXPECT_GT(kept.size(), 100000u);
  EXPECT_NE(kept.find("W141"), std::string::npos);  // diagnostics print source lines too
  EXPECT_EQ(everything(1), kept);
}

#if defined(__SANITIZE_ADDRESS__)
#define PLANC_SANITIZED_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLANC_SANITIZED_ALLOCATOR 1
#endif
#endif

// The allocator's settings (support/allocator.hpp): a block of 1 MiB comes
// from the heap rather than a mapping of its own, and the heap, when it grows,
// grows by at least 64 MiB (glibc's default: what the block needs, plus 128 KiB).
TEST(Allocator, BlocksComeFromAHeapThatGrowsInLargeSteps) {
#if !defined(__GLIBC__) || defined(PLANC_SANITIZED_ALLOCATOR)
  GTEST_SKIP() << "glibc's own allocator only";
#else
  planc::tune_allocator();
  std::vector<void*> blocks;
  struct mallinfo2 before = mallinfo2();
  blocks.push_back(std::malloc(1 << 20));
  struct mallinfo2 after = mallinfo2();
  EXPECT_EQ(after.hblks, before.hblks) << "a 1 MiB block was given a mapping of its own";
  // Blocks (never written, so never resident) until the heap grows once.
  std::size_t grown = 0;
  for (int i = 0; i < 1000 && grown == 0; ++i) {
    before = mallinfo2();
    blocks.push_back(std::malloc(1 << 20));
    after = mallinfo2();
    grown = after.arena - before.arena;
  }
  EXPECT_GE(grown, static_cast<std::size_t>(planc::kAllocatorTopPad)) << "the heap grew by " << grown << " bytes";
  for (void* b : blocks) std::free(b);
#endif
}

// prefault_heap: the pages of the next blocks this thread allocates are
// resident before they are written. On a thread of its own, blocks are taken
// until one is fresh (not resident: never written), then the heap is
// prefaulted and the next block is resident.
TEST(Allocator, PrefaultedHeapIsResidentBeforeUse) {
#if !defined(__GLIBC__) || defined(PLANC_SANITIZED_ALLOCATOR)
  GTEST_SKIP() << "glibc's own allocator only";
#else
  planc::tune_allocator();
  constexpr std::size_t kBlock = std::size_t{4} << 20;
  auto resident = [](void* p, std::size_t n) {  // the share of the block's whole pages that are resident
    auto from = (reinterpret_cast<std::uintptr_t>(p) + 4095) & ~std::uintptr_t{4095};
    auto to = (reinterpret_cast<std::uintptr_t>(p) + n) & ~std::uintptr_t{4095};
    std::vector<unsigned char> in((to - from) / 4096);
    if (mincore(reinterpret_cast<void*>(from), to - from, in.data()) != 0) return -1.0;
    double r = 0;
    for (unsigned char c : in) r += c & 1;
    return r / static_cast<double>(in.size());
  };
  double fresh = 1, prefaulted = 0;
  std::thread([&] {
    std::vector<void*> held;
    for (int i = 0; i < 64 && fresh > 0.01; ++i) {
      held.push_back(std::malloc(kBlock));
      fresh = resident(held.back(), kBlock);
    }
    planc::prefault_heap(2 * kBlock);
    held.push_back(std::malloc(kBlock));
    prefaulted = resident(held.back(), kBlock);
    for (void* b : held) std::free(b);
  }).join();
  ASSERT_LE(fresh, 0.01) << "no fresh block to start from";
  EXPECT_GE(prefaulted, 0.99);
#endif
}
