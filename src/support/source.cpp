#include "support/source.hpp"

#include <algorithm>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/utf8.hpp"

namespace planc {

bool MappedText::map(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return false;
  }
  auto n = static_cast<std::size_t>(st.st_size);
  // Not MAP_POPULATE: the pages are mapped as the parser reaches them (the
  // kernel maps the neighbours of each page faulted in, and reads ahead for a
  // sequential mapping), so the whole file is never resident at once.
  void* p = ::mmap(nullptr, n, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return false;
  ::madvise(p, n, MADV_SEQUENTIAL);
  data_ = p;
  size_ = n;
  return true;
}

MappedText& MappedText::operator=(MappedText&& o) noexcept {
  std::swap(data_, o.data_);
  std::swap(size_, o.size_);
  return *this;
}

void MappedText::release(std::size_t begin, std::size_t end) {
  static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  end = std::min(end, size_);
  begin = (begin + page - 1) / page * page;  // whole pages inside [begin, end)
  end = end / page * page;
  if (data_ == nullptr || begin >= end) return;
  // The mapping is private, read-only and never written: its pages are the
  // file's, and a page touched again is mapped again from the file cache.
  ::madvise(static_cast<char*>(data_) + begin, end - begin, MADV_DONTNEED);
}

MappedText::~MappedText() {
  if (data_) ::munmap(data_, size_);
}

SourceFile::SourceFile(std::string n, std::string p, std::string t)
    : name(std::move(n)), path(std::move(p)), owned_(std::move(t)) {
  text = owned_;
}

SourceFile::SourceFile(std::string n, std::string p, MappedText m)
    : name(std::move(n)), path(std::move(p)), mapped_(std::move(m)) {
  text = mapped_.view();
}

void SourceFile::release(std::uint32_t begin, std::uint32_t end) { mapped_.release(begin, end); }

const std::vector<std::uint32_t>& SourceFile::line_starts() const {
  std::call_once(indexed_, [this] {
    std::vector<std::uint32_t>& ls = line_starts_;
    ls.push_back(0);
    const char* b = text.data();
    const char* e = b + text.size();
    for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p))));)
      ls.push_back(static_cast<std::uint32_t>(++p - b));
  });
  return line_starts_;
}

std::uint32_t SourceFile::line_of(std::uint32_t offset) const {
  const auto& ls = line_starts();
  return static_cast<std::uint32_t>(std::upper_bound(ls.begin(), ls.end(), offset) - ls.begin());
}

std::uint32_t SourceFile::col_of(std::uint32_t offset) const {
  std::uint32_t start = line_starts()[line_of(offset) - 1];
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
  return static_cast<std::uint32_t>(
             utf8::count_code_points(std::string_view(text).substr(start, offset - start))) +
         1;
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  const auto& ls = line_starts();
  if (line == 0 || line > ls.size()) return {};
  std::uint32_t b = ls[line - 1];
  std::uint32_t e = line < ls.size() ? ls[line] : text.size();
  std::string_view s = std::string_view(text).substr(b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

FileId SourceManager::add(std::string name, std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(path), std::move(text)));
  return static_cast<FileId>(files_.size() - 1);
}

FileId SourceManager::add(std::string name, std::string path, MappedText text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(path), std::move(text)));
  return static_cast<FileId>(files_.size() - 1);
}

std::string_view SourceFile::place_of(std::uint32_t offset) const {
  if (places.empty()) return {};
  std::uint32_t line = line_of(offset);
  return line >= 1 && line <= places.size() ? std::string_view(places[line - 1]) : std::string_view();
}

}  // namespace planc
