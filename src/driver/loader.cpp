#include "driver/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "ast/lower.hpp"
#include "driver/parse_parts.hpp"
#include "driver/stdlib.hpp"
#include "syntax/parser.hpp"

namespace planc::driver {
namespace fs = std::filesystem;

namespace {

// Reports a file over the limit (E004). Past 4 GiB no limit helps: byte
// offsets in spans are 32-bit.
bool too_large(Program& p, const Limits& limits, const std::string& name, std::size_t size, Span use) {
  if (size > Limits::kMaxFileBytes) {
    auto& d = p.diags.report(msg::FileBeyondOffsets, use, name, size, Limits::kMaxFileBytes);
    d.help(txt::SplitThePlan);
    return true;
  }
  if (size > limits.max_file_bytes) {
    p.diags.report(msg::FileOverLimit, use, name, size, limits.max_file_bytes);
    return true;
  }
  return false;
}

struct Loader {
  Program& p;
  const SourceProvider& sources;
  Limits limits;
  Timings* timings = nullptr;
  fs::path root;                                // folder of the main file
  std::map<std::string, std::size_t> done;      // canonical path -> module index
  std::map<std::string, Span> first_use;        // canonical path -> first `use`
  std::vector<std::string> stack;               // files being loaded (cycle detection)
  FileId main_file = kNoFile;

  // Runs f(); timed for `--timings` when it works on the main file (the
  // imports' own phases are part of the main file's "imports").
  template <typename F>
  void phase(const char* name, F&& f, FileId file, int depth = 1) {
    if (file == main_file) timed(timings, name, depth, f);
    else f();
  }

  // The module's index, or nullopt when its bytes were unchecked and are
  // not usable (reported).
  std::optional<std::size_t> parse_module(FileId f, bool is_std, Bytes bytes = Bytes::Checked) {
    syntax::ParseLimits pl;
    pl.max_depth = limits.max_depth;
    std::optional<ast::Module> parsed;
    phase("parse", [&] {
      parsed = parse_in_parts(p, f, limits, pl, bytes, f == main_file ? timings : nullptr,
                              f == main_file ? &p.main_parts : nullptr);
      if (!parsed && bytes == Bytes::Unchecked) bytes = validate(p, f, limits) ? Bytes::Checked : Bytes::Unusable;
      if (bytes == Bytes::Unusable) return;
      if (!parsed) {
        ast::ModuleBuilder builder(f, p.diags);
        std::uint32_t released = 0;
        syntax::parse(p.sources, f, p.diags, pl, lower_into(p, limits, builder, f, released));
        parsed = builder.finish();
      }
    }, f);
    if (bytes == Bytes::Unusable) return std::nullopt;
    ast::Module m = std::move(*parsed);
    std::string key = p.sources.get(f).path.empty() ? p.sources.get(f).name : p.sources.get(f).path;
    stack.push_back(key);
    phase("imports", [&] {
      for (const ast::Use& u : m.uses) resolve(u, f);
    }, f);
    stack.pop_back();
    p.modules.push_back(std::move(m));
    p.is_stdlib.push_back(is_std);
    done[key] = p.modules.size() - 1;
    return p.modules.size() - 1;
  }

  // The main file: its bytes checked (a large file's as its parts are
  // parsed, see parse_in_parts), parsed, and its imports loaded.
  void load_main(FileId f) {
    main_file = f;
    bool large = limits.threads >= 2 && p.sources.get(f).text.size() >= limits.parallel_min_bytes;
    if (!large) {
      bool valid = true;
      timed(timings, "validate", 1, [&] { valid = validate(p, f, limits); });
      if (!valid) return;
    }
    if (auto m = parse_module(f, false, large ? Bytes::Unchecked : Bytes::Checked)) p.main = *m;
  }

  void resolve(const ast::Use& u, FileId from) {
    std::string key;
    bool is_std = u.path.rfind("std/", 0) == 0;
    fs::path target;
    if (is_std) {
      key = u.path;
    } else {
      const SourceFile& sf = p.sources.get(from);
      if (sf.path.empty()) {  // the standard library's files use only one another
        p.diags.report(msg::ImportFromStdlib, u.span, u.path, sf.name);
        return;
      }
      target = fs::path(sf.path).parent_path() / u.path;
      fs::path canon = sources.canonical(target);
      key = canon.string();
      auto rel = canon.lexically_relative(root);
      if (rel.empty() || *rel.begin() == "..") {
        auto& d = p.diags.report(msg::ImportOutsideFolder, u.span, u.path);
        d.help(txt::CopyIntoFolder, root_name());
        return;
      }
    }
    if (std::find(stack.begin(), stack.end(), key) != stack.end()) {
      auto& d = p.diags.report(msg::ImportCycleAt, u.span, u.path);
      std::string chain;
      for (auto& s : stack) chain += fs::path(s).filename().string() + " -> ";
      d.note(Span{}, txt::TheCycle, chain + fs::path(key).filename().string());
      d.help(txt::RemoveACycleUse);
      return;
    }
    if (auto it = first_use.find(key); it != first_use.end()) {
      if (it->second.file == u.span.file) {
        auto& d = p.diags.report(msg::ImportUsedTwice, u.span, u.path);
        d.note(it->second, txt::FirstUsedHere);
        d.help(txt::RemoveSecondUse);
      }
      return;  // already loaded (diamond imports are fine)
    }
    first_use[key] = u.span;
    if (done.size() >= limits.max_imports) {
      auto& d = p.diags.report(msg::ImportsBeyondLimit, u.span, limits.max_imports);
      d.help(txt::JoinOrRaiseImports);
      return;
    }
    if (is_std) {
      for (const auto& e : stdlib::entries())
        if (e.name == u.path) {
          FileId f = p.sources.add(std::string(e.name) + ".plan", "", std::string(e.text));
          parse_module(f, true);
          return;
        }
      std::vector<std::string> names;
      for (const auto& e : stdlib::entries()) names.emplace_back(e.name);
      auto& d = p.diags.report(msg::NoStandardFile, u.span, u.path);
      std::string best = closest(u.path, names);
      if (!best.empty()) d.help(txt::DidYouMean, best);
      return;
    }
    FileId f;
    if (!read(target, u.span, display_name(target), key, f)) return;
    if (!validate(p, f, limits)) return;
    parse_module(f, false);
  }

  std::string root_name() {
    std::string r = display_name(root);
    return r.empty() || r == "." ? "." : r;
  }

  std::string display_name(const fs::path& path) {
    // Paths are shown relative to the current folder when inside it.
    std::error_code ec;
    auto rel = fs::path(sources.canonical(path)).lexically_relative(fs::current_path(ec));
    if (!rel.empty() && *rel.begin() != "..") return rel.string();
    return path.lexically_normal().string();
  }

  // Reads a file through the source provider and adds it to the sources as `name`.
  bool read(const fs::path& path, Span use, std::string name, std::string canonical, FileId& id) {
    SourceProvider::Stat st = sources.stat(path);
    if (!st.found) {
      auto& d = use.valid() ? p.diags.report(msg::ImportMissing, use, display_name(path))
                            : p.diags.report(msg::CannotFindMain, use, display_name(path));
      if (use.valid()) d.help(txt::RelativeToUse);
      return false;
    }
    if (st.size && too_large(p, limits, display_name(path), *st.size, use)) return false;
    std::optional<SourceProvider::Bytes> bytes = sources.read(path);
    if (!bytes) {
      p.diags.report(msg::CannotReadFile, use, display_name(path));
      return false;
    }
    if (auto* mapped = std::get_if<MappedText>(&*bytes)) {
      id = p.sources.add(std::move(name), std::move(canonical), std::move(*mapped));
      return true;
    }
    std::string& text = std::get<std::string>(*bytes);  // not mapped (empty, a pipe, in memory): its size is known now
    if (too_large(p, limits, display_name(path), text.size(), use)) return false;
    id = p.sources.add(std::move(name), std::move(canonical), std::move(text));
    return true;
  }
};

}  // namespace

std::size_t Limits::default_threads() {
  return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
}

void load(Program& p, const std::string& path, const SourceProvider& sources, const Limits& limits,
          Timings* timings) {
  Loader l{p, sources, limits, timings};
  fs::path main = sources.canonical(fs::path(path));
  l.root = main.parent_path();
  FileId f;
  bool read = false;
  timed(timings, "read", 1, [&] { read = l.read(main, Span{}, l.display_name(path), main.string(), f); });
  if (!read) {
    p.io_error = true;
    return;
  }
  l.load_main(f);
}

void load(Program& p, const std::string& path, const Limits& limits, Timings* timings) {
  load(p, path, DiskSources{}, limits, timings);
}

void load_text(Program& p, const std::string& path, std::string text, const SourceProvider& sources,
               const Limits& limits, Timings* timings) {
  Loader l{p, sources, limits, timings};
  if (too_large(p, limits, path, text.size(), Span{})) return;
  fs::path main = sources.canonical(fs::path(path));
  l.root = main.parent_path();
  FileId f = p.sources.add(l.display_name(path), main.string(), std::move(text));
  l.load_main(f);
}

void load_source(Program& p, const std::string& name, std::string text, const Limits& limits, Timings* timings) {
  MemorySources none;
  load_text(p, name, std::move(text), none, limits, timings);
}

syntax::SyntaxFile parse_text(Program& p, const std::string& name, std::string text, const Limits& limits) {
  FileId f = p.sources.add(name, "", std::move(text));
  if (!validate(p, f, limits)) return {};
  syntax::ParseLimits pl;
  pl.max_depth = limits.max_depth;
  return syntax::parse(p.sources, f, p.diags, pl);
}

}  // namespace planc::driver
