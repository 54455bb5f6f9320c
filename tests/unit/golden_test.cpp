// Golden tests: run the planc binary on real plans and on one small plan per
// diagnostic, and compare everything it prints (and its exit code) with the
// files checked in under tests/golden/expected/. To accept a change after
// looking at it:  cmake --build build --target update-golden && git diff tests/golden
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "support/diagnostics.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = PLANC_SOURCE_DIR;
const fs::path kGolden = kRoot / "tests/golden";

struct Case {
  std::string name;  // expected output: tests/golden/expected/<name>.txt
  std::string cwd;   // relative to the source root
  std::string args;  // planc arguments
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Case> cases() {
  std::vector<Case> out;
  // 1. The manifest: real plans and commands.
  std::istringstream m(slurp(kGolden / "cases.txt"));
  std::string line;
  while (std::getline(m, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    Case c;
    ls >> c.name >> c.cwd;
    std::getline(ls, c.args);
    c.args.erase(0, c.args.find_first_not_of(' '));
    out.push_back(c);
  }
  // 2. Every small plan under diag/ and syntax/: `check` as text and as JSON.
  for (const char* dir : {"diag", "syntax"}) {
    std::vector<fs::path> files;
    for (auto& e : fs::directory_iterator(kGolden / dir))
      if (e.path().extension() == ".plan") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (auto& f : files) {
      std::string stem = f.stem().string();
      std::string extra;
      // Optional extra flags in a first-line comment: `// planc: --max-depth 3`
      std::string first = slurp(f).substr(0, 200);
      if (first.rfind("// planc:", 0) == 0) extra = " " + first.substr(9, first.find('\n') - 9);
      std::string rel = "tests/golden/" + std::string(dir);
      // In English and in Thai (each code's words in both languages), and as JSON.
      out.push_back({std::string(dir) + "-" + stem, rel,
                     "check " + f.filename().string() + extra + " --color never --lang en"});
      out.push_back({std::string(dir) + "-" + stem + ".th", rel,
                     "check " + f.filename().string() + extra + " --color never --lang th"});
      out.push_back({std::string(dir) + "-" + stem + ".json", rel,
                     "check " + f.filename().string() + extra + " --diagnostics json --lang en"});
    }
  }
  return out;
}

// Runs planc; stdout, then stderr, then the exit code (kept apart so the
// order of the two streams cannot vary).
std::string run(const Case& c) {
  fs::path err = fs::temp_directory_path() / ("planc-golden-" + c.name + ".stderr");
  // The environment's locale decides the language when neither --lang nor a plan does: fixed here.
  std::string cmd = "cd '" + (kRoot / c.cwd).string() + "' && LC_ALL= LC_MESSAGES= LANG=C.UTF-8 '" + PLANC_BINARY +
                    "' " + c.args + " 2>'" +
                    err.string() + "'; echo \"--- exit: $?\"; echo '--- stderr'; cat '" + err.string() + "'";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return "popen failed";
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  pclose(p);
  fs::remove(err);
  return out;
}

class Golden : public ::testing::TestWithParam<Case> {};

TEST_P(Golden, Output) {
  const Case& c = GetParam();
  fs::path expected = kGolden / "expected" / (c.name + ".txt");
  std::string actual = "$ planc " + c.args + "\n" + run(c);
  if (std::getenv("PLANC_UPDATE_GOLDEN")) {
    fs::create_directories(expected.parent_path());
    std::ofstream(expected, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << expected;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no golden file " << expected
                                    << "; run: cmake --build build --target update-golden";
  std::string want = slurp(expected);
  if (want != actual) {
    fs::path tmp = fs::temp_directory_path() / ("planc-golden-" + c.name + ".txt");
    std::ofstream(tmp, std::ios::binary) << actual;
    std::string diff = "diff -u '" + expected.string() + "' '" + tmp.string() + "' 2>&1 | head -80";
    FILE* p = popen(diff.c_str(), "r");
    std::string d;
    std::array<char, 4096> buf{};
    std::size_t n;
    while (p && (n = fread(buf.data(), 1, buf.size(), p)) > 0) d.append(buf.data(), n);
    if (p) pclose(p);
    FAIL() << "output differs from " << expected << ":\n" << d;
  }
}

INSTANTIATE_TEST_SUITE_P(All, Golden, ::testing::ValuesIn(cases()), [](const auto& info) {
  std::string n = info.param.name;
  for (char& ch : n)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
});

// Every diagnostic code must appear in at least one golden output.
TEST(GoldenCoverage, EveryCodeHasAGoldenTest) {
  std::string all;
  for (auto& e : fs::directory_iterator(kGolden / "expected")) all += slurp(e.path());
  for (const auto& ci : planc::all_codes()) {
    std::string needle = "[" + std::string(ci.code) + "]";
    std::string json = "\"code\":\"" + std::string(ci.code) + "\"";
    EXPECT_TRUE(all.find(needle) != std::string::npos && all.find(json) != std::string::npos)
        << ci.code << " (" << ci.title << ") has no golden test in text and JSON form; add tests/golden/diag/"
        << ci.code << "-*.plan";
  }
}

}  // namespace
