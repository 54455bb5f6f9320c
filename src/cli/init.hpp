// planc init: writes a new plan folder (a plan, its first round and a README,
// in Thai or English) from templates embedded at build time
// (src/cli/init/<lang>/*, embedded by src/support/embed_files.cmake).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace planc::cli {

struct InitOptions {
  std::string dir = ".";  // where to write; made when missing
  std::string lang;       // "th", "en", or empty: the environment's language
};

// Registers `planc init [DIR] [--lang th|en]` on the application.
CLI::App* add_init(CLI::App& app, InitOptions& o);

// Writes the files, all or none: 0 written, 1 a file is already there
// (nothing written), 2 a folder or file that cannot be made.
int run_init(const InitOptions& o);

// One embedded template file (generated into the build: init_embed.cpp).
struct InitFile {
  std::string_view path;  // "th/plan.plan": the language's folder under src/cli/init/, the file's name
  std::string_view text;
  std::string_view lang() const { return path.substr(0, path.find('/')); }  // "th" or "en"
  std::string_view name() const { return path.substr(path.find('/') + 1); }  // as written
};
const std::vector<InitFile>& init_files();

}  // namespace planc::cli
