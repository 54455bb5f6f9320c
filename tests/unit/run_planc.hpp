// Runs the planc binary as a person would (tests/unit/*_test.cpp that drive
// the command line): its output, errors and exit code; a temporary folder.
#pragma once
#include <stdlib.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace planc_test {

namespace fs = std::filesystem;


inline const fs::path kRoot = PLANC_SOURCE_DIR;
inline const fs::path kRef = kRoot / "plans/th-hor-2563";

struct Output {
  std::string out, err;
  int rc = -1;
};

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `planc ARGS` in `cwd` with the language of the environment set to
// `lang` (th_TH.UTF-8, C, ...): stdout, stderr and the exit code.
inline Output planc(const std::string& args, const fs::path& cwd = kRoot, const std::string& lang = "C") {
  static int n = 0;
  fs::path err = fs::temp_directory_path() / ("planc-cli-test-" + std::to_string(getpid()) + "-" +
                                              std::to_string(++n) + ".stderr");
  std::string cmd = "cd '" + cwd.string() + "' && env -u LC_ALL -u LC_MESSAGES LANG=" + lang + " '" + PLANC_BINARY +
                    "' " + args + " 2>'" + err.string() + "'; echo \"~rc=$?\"";
  Output r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  std::size_t k;
  while ((k = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), k);
  pclose(p);
  auto at = r.out.rfind("~rc=");
  if (at != std::string::npos) {
    r.rc = std::stoi(r.out.substr(at + 4));
    r.out.erase(at);
  }
  r.err = slurp(err);
  fs::remove(err);
  return r;
}

// A fresh temporary folder, removed with everything in it at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string t = (fs::temp_directory_path() / "planc-cli-XXXXXX").string();
    path = mkdtemp(t.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace planc_test
