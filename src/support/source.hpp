// Source files and spans. Every AST node carries a Span; columns count Unicode
// code points (so a Thai line reports the column a planner sees in an editor).
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "support/arena.hpp"
#include "support/names.hpp"

namespace planc {

using FileId = std::uint32_t;

inline constexpr FileId kNoFile = UINT32_MAX;

// A span is three integers: the file and two byte offsets. Its line and
// column (in code points, as an editor shows them) are computed from the
// source only when a diagnostic or a dump prints them (SourceManager::line,
// ::col), so the parser does no position bookkeeping and every node is smaller.
struct Span {
  FileId file = kNoFile;
  std::uint32_t begin = 0;  // byte offset
  std::uint32_t end = 0;    // byte offset, exclusive
  bool valid() const { return file != kNoFile; }
};
static_assert(sizeof(Span) == 12, "a Span is on every node: three 32-bit integers");

// A file's bytes mapped read-only into memory (mmap): no copy, and pages come
// straight from the operating system's file cache.
class MappedText {
 public:
  MappedText() = default;
  // Maps the file; false (with nothing mapped) when it cannot be mapped.
  bool map(const std::string& path);
  MappedText(MappedText&& o) noexcept : data_(o.data_), size_(o.size_) { o.data_ = nullptr; o.size_ = 0; }
  MappedText& operator=(MappedText&& o) noexcept;
  MappedText(const MappedText&) = delete;
  MappedText& operator=(const MappedText&) = delete;
  ~MappedText();
  std::string_view view() const { return {static_cast<const char*>(data_), size_}; }
  // Unmaps the whole pages inside [begin, end) from this process: they leave
  // its resident memory, and stay valid: touching one again maps it again
  // from the operating system's file cache (a minor fault, no disk read).
  void release(std::size_t begin, std::size_t end);

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

struct SourceFile {
  std::string name;     // as shown in diagnostics
  std::string path;     // filesystem path ("" for embedded stdlib)
  std::string_view text;  // the bytes: owned (a string) or mapped, see the constructors
  // Byte offset of each line's start. Built on first use: only diagnostics,
  // dumps and explanations print positions, and a clean 400 MB plan never
  // needs its 13 million line starts. Safe to call from several threads.
  const std::vector<std::uint32_t>& line_starts() const;
  // Texts derived from this file (unescaped, dedented, digits converted): the
  // trees hold views into `text` or into this arena, never copies of their own.
  Arena derived;

  SourceFile(std::string n, std::string p, std::string t);
  SourceFile(std::string n, std::string p, MappedText m);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;
  // 1-based line of a byte offset.
  std::uint32_t line_of(std::uint32_t offset) const;
  // 1-based code-point column of a byte offset.
  std::uint32_t col_of(std::uint32_t offset) const;
  std::string_view line_text(std::uint32_t line) const;
  // A file that stands for a workbook (planc import): each line is the text
  // of one cell, and places[line - 1] names it ("Sheet1!C12"). Diagnostics
  // then say `book.xlsx:Sheet1!C12:` and show the cell under its name, not
  // lines and columns. Empty for every plan file.
  std::vector<std::string> places;
  // The place of a byte offset: places' entry for its line, or "" for a plan file.
  std::string_view place_of(std::uint32_t offset) const;
  // Lets the pages of [begin, end) go from resident memory once parsed (see
  // MappedText::release); a no-op for a file held as a string. The trees'
  // views stay valid. Names are interned, so checking never touches them again.
  void release(std::uint32_t begin, std::uint32_t end);

 private:
  std::string owned_;
  MappedText mapped_;
  mutable std::vector<std::uint32_t> line_starts_;
  mutable std::once_flag indexed_;  // threads may ask for lines at once (a report's rows)
};

class SourceManager {
 public:
  FileId add(std::string name, std::string path, std::string text);
  FileId add(std::string name, std::string path, MappedText text);
  const SourceFile& get(FileId id) const { return *files_[id]; }
  SourceFile& get(FileId id) { return *files_[id]; }
  std::size_t size() const { return files_.size(); }
  Span span(FileId f, std::uint32_t begin, std::uint32_t end) const { return Span{f, begin, end}; }
  // 1-based line and code-point column where a span begins (0 for no span).
  std::uint32_t line(const Span& s) const { return s.valid() ? get(s.file).line_of(s.begin) : 0; }
  std::uint32_t col(const Span& s) const { return s.valid() ? get(s.file).col_of(s.begin) : 0; }
  // The names of every file of this compilation, interned (see NameTable).
  NameTable& names() { return names_; }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  NameTable names_;
};

}  // namespace planc
