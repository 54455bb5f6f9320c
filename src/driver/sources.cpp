#include "driver/sources.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace planc::driver {
namespace fs = std::filesystem;

std::string DiskSources::canonical(const fs::path& path) const {
  std::error_code ec;
  return fs::weakly_canonical(path, ec).string();
}

SourceProvider::Stat DiskSources::stat(const fs::path& path) const {
  std::error_code ec;
  if (!fs::exists(path, ec) || fs::is_directory(path, ec)) return {};
  Stat s{true, std::nullopt};
  auto size = fs::file_size(path, ec);
  if (!ec) s.size = static_cast<std::size_t>(size);
  return s;
}

std::optional<SourceProvider::Bytes> DiskSources::read(const fs::path& path) const {
  MappedText m;
  if (m.map(path.string())) return Bytes{std::move(m)};
  std::ifstream in(path, std::ios::binary);  // not mappable (empty, a pipe, ...): read it
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return Bytes{std::move(ss).str()};
}

// One form for every path, held or not: over another provider, its canonical
// form (on disk, symbolic links resolved, so that a buffer set under a linked
// folder is the file the loader reaches through the real one); else the
// absolute path, tidied as text.
std::string MemorySources::key(const fs::path& path) const {
  if (fallback_) return fallback_->canonical(path);
  std::error_code ec;
  fs::path abs = path.is_absolute() ? path : fs::current_path(ec) / path;
  return abs.lexically_normal().string();
}

void MemorySources::set(const fs::path& path, std::string text) { files_[key(path)] = std::move(text); }
void MemorySources::erase(const fs::path& path) { files_.erase(key(path)); }
bool MemorySources::holds(const fs::path& path) const { return files_.count(key(path)) != 0; }

std::string MemorySources::canonical(const fs::path& path) const { return key(path); }

SourceProvider::Stat MemorySources::stat(const fs::path& path) const {
  auto it = files_.find(key(path));  // (a path's key does not depend on whether it is held)
  if (it != files_.end()) return {true, it->second.size()};
  return fallback_ ? fallback_->stat(path) : Stat{};
}

std::optional<SourceProvider::Bytes> MemorySources::read(const fs::path& path) const {
  auto it = files_.find(key(path));
  if (it != files_.end()) return Bytes{it->second};
  return fallback_ ? fallback_->read(path) : std::nullopt;
}

}  // namespace planc::driver
