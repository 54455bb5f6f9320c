#include "driver/parse_parts.hpp"

#include <algorithm>
#include <vector>

#include <malloc.h>

#include <fmt/format.h>

#include "support/allocator.hpp"
#include "support/jobs.hpp"
#include "support/utf8.hpp"

namespace planc::driver {

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

}  // namespace

Scan scan(std::string_view text, const Limits& limits) {
  std::vector<std::uint32_t> cuts = cut_points(text, limits, false);
  if (cuts.size() < 3) return scan_range(text, 0, text.size());
  std::vector<Scan> found(cuts.size() - 1);
  run_jobs(found.size(), [&](std::size_t k) { found[k] = scan_range(text, cuts[k], cuts[k + 1]); });
  return first(found);
}

bool usable(Program& p, FileId f, const Scan& found) {
  const SourceFile& sf = p.sources.get(f);
  if (auto bad = found.invalid) {
    auto off = static_cast<std::uint32_t>(*bad);
    auto& d = p.diags.report(msg::InvalidByte, p.sources.span(f, off, off + 1), off,
                             static_cast<unsigned char>(sf.text[off]));
    d.help(txt::SaveAsUtf8);
    return false;
  }
  if (auto nul = found.nul) {
    auto off = static_cast<std::uint32_t>(*nul);
    auto& d = p.diags.report(msg::NulAt, p.sources.span(f, off, off + 1), off);
    d.help(txt::LooksBinary);
    return false;
  }
  return true;
}

bool validate(Program& p, FileId f, const Limits& limits) { return usable(p, f, scan(p.sources.get(f).text, limits)); }

// Each top-level item is lowered as soon as it is parsed, then dropped: the
// concrete tree of the whole file never exists at once. What is parsed and
// lowered leaves resident memory, a window at a time: the trees keep views
// into it, read again from the file cache only when a later phase prints
// them (titles in a report, a diagnostic's line).
syntax::ItemSink lower_into(Program& p, const Limits& limits, ast::ModuleBuilder& builder, FileId f,
                            std::uint32_t& released) {
  return [&p, &limits, &builder, f, &released](syntax::Item&& it) {
    builder.add(it);
    if (limits.release_window != 0 && it.span.end - released >= limits.release_window) {
      p.sources.get(f).release(released, it.span.end);
      // The trees of the next window, at once: about 1.5 bytes for each byte of text.
      prefault_heap(std::size_t{it.span.end - released} * 3 / 2);
      released = it.span.end;
    }
  };
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
std::optional<ast::Module> parse_in_parts(Program& p, FileId f, const Limits& limits, const syntax::ParseLimits& pl,
                                          Bytes& bytes, Timings* timings, std::size_t* parts_used) {
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
    syntax::parse_part(p.sources, f, cuts[k], cuts[k + 1], part.diags, pl, lower_into(p, limits, builder, f, released),
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
  timed(timings, "join", 2, [&] {
    for (std::size_t k = 1; k < parts.size() && joined; ++k) joined = ast::join(m, std::move(*parts[k].module));
    if (!joined) return;
    for (Part& part : parts) {
      p.sources.get(f).derived.absorb(std::move(part.derived));
      p.sources.names().absorb(std::move(part.names));
    }
  });
  if (!joined) return dropped();  // a plan or round in two parts: the parse at once reports it
  p.diags.append(std::move(parts.back().diags));
  if (parts_used) *parts_used = parts.size();
  return m;
}

}  // namespace planc::driver
