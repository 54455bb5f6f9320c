#include "driver/loader.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>

#include <malloc.h>
#include <unistd.h>

#include <fmt/format.h>

#include "ast/lower.hpp"
#include "driver/stdlib.hpp"
#include "support/allocator.hpp"
#include "support/jobs.hpp"
#include "support/utf8.hpp"
#include "syntax/parser.hpp"

namespace planc::driver {
namespace fs = std::filesystem;

namespace {

// Where to cut a large text into parts of about equal size, `per_thread` for
// each thread: just after a newline (which no UTF-8 sequence contains), and,
// when `at_keyword`, before a line that begins as a top-level item does (a-z).
// The offsets begin with 0 and end with the text's size; fewer than three
// (one part) when the text is to be handled whole.
std::vector<std::uint32_t> cut_points(std::string_view text, const Limits& limits, bool at_keyword,
                                      std::size_t per_thread = 1) {
  std::size_t threads = std::min<std::size_t>(limits.threads, 64);
  std::size_t n = threads * std::max<std::size_t>(per_thread, 1);
  if (threads < 2 || text.size() < limits.parallel_min_bytes || text.size() < 2 * n) return {};
  std::vector<std::uint32_t> cuts{0};
  for (std::size_t k = 1; k < n; ++k) {
    std::size_t at = std::max<std::size_t>(text.size() / n * k, cuts.back());
    for (std::size_t nl = text.find('\n', at); nl != std::string_view::npos && nl - at < (1u << 20);
         nl = text.find('\n', nl + 1)) {
      if (nl + 1 < text.size() && nl + 1 > cuts.back() &&
          (!at_keyword || (text[nl + 1] >= 'a' && text[nl + 1] <= 'z'))) {
        cuts.push_back(static_cast<std::uint32_t>(nl + 1));
        break;
      }
    }
  }
  cuts.push_back(static_cast<std::uint32_t>(text.size()));
  return cuts;
}

// The first byte that is not UTF-8 and the first NUL byte of a text: a large
// text is scanned in parts, a thread each, once for both.
struct Scan {
  std::optional<std::size_t> invalid, nul;
};

// The bytes [begin, end) of a text. Cut at the start of a line (after a
// `\n`, which no UTF-8 sequence contains), a text's parts have between them
// the text's first bad byte and first NUL (first()).
Scan scan_range(std::string_view text, std::size_t begin, std::size_t end) {
  std::string_view part = text.substr(begin, end - begin);
  Scan s;
  if (auto bad = utf8::first_invalid(part)) s.invalid = begin + *bad;
  if (auto nul = part.find('\0'); nul != std::string_view::npos) s.nul = begin + nul;
  return s;
}
// The scan of a whole text from those of its parts, in order.
Scan first(const std::vector<Scan>& parts) {
  Scan first;
  for (auto& s : parts) {
    if (!first.invalid) first.invalid = s.invalid;
    if (!first.nul) first.nul = s.nul;
  }
  return first;
}

Scan scan(std::string_view text, const Limits& limits) {
  std::vector<std::uint32_t> cuts = cut_points(text, limits, false);
  if (cuts.size() < 3) return scan_range(text, 0, text.size());
  std::vector<Scan> found(cuts.size() - 1);
  run_jobs(found.size(), [&](std::size_t k) { found[k] = scan_range(text, cuts[k], cuts[k + 1]); });
  return first(found);
}

// Reports what a scan of file f found; false when the file is unusable.
bool usable(Program& p, FileId f, const Scan& found) {
  const SourceFile& sf = p.sources.get(f);
  if (auto bad = found.invalid) {
    auto off = static_cast<std::uint32_t>(*bad);
    auto& d = p.diags.report(Code::InvalidUtf8, p.sources.span(f, off, off + 1),
                             fmt::format("byte {} is not valid UTF-8 (0x{:02X})", off,
                                         static_cast<unsigned char>(sf.text[off])));
    d.hint = "save the file as UTF-8; planc reads plans only in UTF-8";
    return false;
  }
  if (auto nul = found.nul) {
    auto off = static_cast<std::uint32_t>(*nul);
    auto& d = p.diags.report(Code::NulByte, p.sources.span(f, off, off + 1),
                             fmt::format("the file contains a NUL byte at byte {}", off));
    d.hint = "this looks like a binary file, not a plan";
    return false;
  }
  return true;
}

// Validates the bytes of a file; reports and returns false when unusable.
bool validate(Program& p, FileId f, const Limits& limits) { return usable(p, f, scan(p.sources.get(f).text, limits)); }

// Reports a file over the limit (E004). Past 4 GiB no limit helps: byte
// offsets in spans are 32-bit.
bool too_large(Program& p, const Limits& limits, const std::string& name, std::size_t size, Span use) {
  if (size > Limits::kMaxFileBytes) {
    auto& d = p.diags.report(Code::FileTooLarge, use,
                             fmt::format("`{}` is {} bytes; planc reads files of up to {} bytes", name, size,
                                         Limits::kMaxFileBytes));
    d.hint = "split the plan into files that `use` one another";
    return true;
  }
  if (size > limits.max_file_bytes) {
    p.diags.report(Code::FileTooLarge, use,
                   fmt::format("`{}` is {} bytes; the limit is {} (--max-file-size)", name, size,
                               limits.max_file_bytes));
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

  // Each top-level item is lowered as soon as it is parsed, then dropped: the
  // concrete tree of the whole file never exists at once. What is parsed and
  // lowered leaves resident memory, a window at a time: the trees keep views
  // into it, read again from the file cache only when a later phase prints
  // them (titles in a report, a diagnostic's line).
  syntax::ItemSink lower_into(ast::ModuleBuilder& builder, FileId f, std::uint32_t& released) {
    return [this, &builder, f, &released](syntax::Item&& it) {
      builder.add(it);
      if (limits.release_window != 0 && it.span.end - released >= limits.release_window) {
        p.sources.get(f).release(released, it.span.end);
        // The trees of the next window, at once: about 1.5 bytes for each byte of text.
        prefault_heap(std::size_t{it.span.end - released} * 3 / 2);
        released = it.span.end;
      }
    };
  }

  // Runs f(); timed for `--timings` when it works on the main file (the
  // imports' own phases are part of the main file's "imports").
  template <typename F>
  void phase(const char* name, F&& f, FileId file, int depth = 1) {
    if (file == main_file) timed(timings, name, depth, f);
    else f();
  }

  // Whether a file's bytes are known to be UTF-8 without NUL: a large main
  // file's are checked part by part as each part is parsed (parse_in_parts),
  // not in a pass of their own before.
  enum class Bytes { Checked, Unchecked, Unusable };

  // The module's index, or nullopt when its bytes were unchecked and are
  // not usable (reported).
  std::optional<std::size_t> parse_module(FileId f, bool is_std, Bytes bytes = Bytes::Checked) {
    syntax::ParseLimits pl;
    pl.max_depth = limits.max_depth;
    std::optional<ast::Module> parsed;
    phase("parse", [&] {
      parsed = parse_in_parts(f, pl, bytes);
      if (!parsed && bytes == Bytes::Unchecked) bytes = validate(p, f, limits) ? Bytes::Checked : Bytes::Unusable;
      if (bytes == Bytes::Unusable) return;
      if (!parsed) {
        ast::ModuleBuilder builder(f, p.diags);
        std::uint32_t released = 0;
        syntax::parse(p.sources, f, p.diags, pl, lower_into(builder, f, released));
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

  // A large file is parsed in parts (Limits::parts_per_thread for each
  // thread; a thread takes the next part when done with one), cut where a
  // line begins with a keyword (a-z) near equal shares. A part that parses without
  // a diagnostic ends between two top-level items (an unclosed block, text or
  // value list at its end would be an error), so the next part begins where
  // parsing the file at once would begin its next item. From the first part
  // with a diagnostic on, the rest of the file is parsed again in one piece;
  // when that is the first part, or a plan or round is declared in two parts,
  // the whole file is (nullopt). Either way the trees and the diagnostics are
  // those of one parse: the output does not depend on the threads.
  std::optional<ast::Module> parse_in_parts(FileId f, const syntax::ParseLimits& pl, Bytes& bytes) {
    std::string_view text = p.sources.get(f).text;
    std::vector<std::uint32_t> cuts = cut_points(text, limits, true, limits.parts_per_thread);
    if (cuts.size() < 3) return std::nullopt;
    struct Part {
      Diagnostics diags;
      Arena derived;
      NameTable names;
      std::optional<ast::Module> module;
      Scan scan;  // of its bytes, when they were unchecked
    };
    std::vector<Part> parts(cuts.size() - 1);
    auto parse_part = [&](std::size_t k) {
      Part& part = parts[k];
      if (bytes == Bytes::Unchecked) {  // the part's bytes first, by the thread that parses them (they are in its cache then)
        part.scan = scan_range(text, cuts[k], cuts[k + 1]);
        if (part.scan.invalid || part.scan.nul) return;
      }
      ast::ModuleBuilder builder(f, part.diags);
      std::uint32_t released = cuts[k];
      syntax::parse_part(p.sources, f, cuts[k], cuts[k + 1], part.diags, pl, lower_into(builder, f, released),
                         part.derived, part.names);
      part.module = builder.finish();
      // The part's text after its last full window leaves memory too: with
      // several parts per thread, these tails would add up.
      if (limits.release_window != 0) p.sources.get(f).release(released, cuts[k + 1]);
    };
    run_jobs(parts.size(), parse_part, limits.threads);  // rethrows what a part threw
    // Trees dropped here were made on other threads, in their malloc arenas:
    // that memory is given back before a tree is made anew.
    auto dropped = [&]() -> std::optional<ast::Module> {
      parts.clear();
      malloc_trim(0);
      return std::nullopt;
    };
    if (bytes == Bytes::Unchecked) {  // as validate() would have found and reported it, with nothing parsed
      std::vector<Scan> scans;
      for (const Part& part : parts) scans.push_back(part.scan);
      bytes = usable(p, f, first(scans)) ? Bytes::Checked : Bytes::Unusable;
      if (bytes == Bytes::Unusable) return dropped();
    }
    // The parts before the first with a diagnostic each end between two
    // top-level items, as the parse at once does at their cuts. From the first
    // part with a diagnostic on, the text is parsed again in one piece: from
    // an item boundary with no error before it, as the parse at once goes on
    // from there, so the diagnostics are exactly that parse's.
    std::size_t clean = 0;
    while (clean < parts.size() && parts[clean].diags.all().empty()) ++clean;
    if (clean == 0) return dropped();
    if (clean < parts.size()) {
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(clean) + 1, parts.end());
      Part& tail = parts.back();
      tail.diags = {};
      tail.derived = Arena();
      tail.names = NameTable();
      tail.module.reset();
      malloc_trim(0);
      cuts[clean + 1] = static_cast<std::uint32_t>(text.size());
      parse_part(clean);
    }
    ast::Module m = std::move(*parts[0].module);
    bool joined = true;
    phase("join", [&] {
      for (std::size_t k = 1; k < parts.size() && joined; ++k) joined = ast::join(m, std::move(*parts[k].module));
      if (!joined) return;
      for (Part& part : parts) {
        p.sources.get(f).derived.absorb(std::move(part.derived));
        p.sources.names().absorb(std::move(part.names));
      }
    }, f, 2);
    if (!joined) return dropped();  // a plan or round in two parts: the parse at once reports it
    p.diags.append(std::move(parts.back().diags));
    if (f == main_file) p.main_parts = parts.size();
    return m;
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
        p.diags.report(Code::ImportNotFound, u.span,
                       fmt::format("`{}` cannot be found from `{}`, which is part of the standard library; only `std/` files can",
                                   u.path, sf.name));
        return;
      }
      target = fs::path(sf.path).parent_path() / u.path;
      fs::path canon = sources.canonical(target);
      key = canon.string();
      auto rel = canon.lexically_relative(root);
      if (rel.empty() || *rel.begin() == "..") {
        auto& d = p.diags.report(Code::ImportOutside, u.span,
                                 fmt::format("`{}` is outside the plan's folder", u.path));
        d.hint = fmt::format("a plan may use files in `{}` and its sub-folders only; copy the file there",
                             root_name());
        return;
      }
    }
    if (std::find(stack.begin(), stack.end(), key) != stack.end()) {
      auto& d = p.diags.report(Code::ImportCycle, u.span,
                               fmt::format("`{}` is already being loaded: the imports form a cycle", u.path));
      std::string chain;
      for (auto& s : stack) chain += fs::path(s).filename().string() + " -> ";
      d.notes.push_back({Span{}, fmt::format("the cycle: {}{}", chain, fs::path(key).filename().string())});
      d.hint = "remove one of the `use` lines in the cycle";
      return;
    }
    if (auto it = first_use.find(key); it != first_use.end()) {
      if (it->second.file == u.span.file) {
        auto& d = p.diags.report(Code::ImportTwice, u.span, fmt::format("`{}` is used twice in this file", u.path));
        d.notes.push_back({it->second, "first used here"});
        d.hint = "remove the second `use`";
      }
      return;  // already loaded (diamond imports are fine)
    }
    first_use[key] = u.span;
    if (done.size() >= limits.max_imports) {
      p.diags.report(Code::ImportNotFound, u.span, fmt::format("more than {} files imported", limits.max_imports));
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
      auto& d = p.diags.report(Code::ImportNotFound, u.span, fmt::format("there is no standard file `{}`", u.path));
      std::string best = closest(u.path, names);
      if (!best.empty()) d.hint = fmt::format("did you mean `{}`?", best);
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
      auto& d = p.diags.report(use.valid() ? Code::ImportNotFound : Code::CannotRead, use,
                               fmt::format("cannot find `{}`", display_name(path)));
      if (use.valid()) d.hint = "the path is relative to the file that has the `use`";
      return false;
    }
    if (st.size && too_large(p, limits, display_name(path), *st.size, use)) return false;
    std::optional<SourceProvider::Bytes> bytes = sources.read(path);
    if (!bytes) {
      p.diags.report(Code::CannotRead, use, fmt::format("cannot read `{}`", display_name(path)));
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
  timed(timings, "read", 1, [&] { read = l.read(path, Span{}, l.display_name(path), main.string(), f); });
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
