// Where the loader's files come from. The command line reads the disk
// (DiskSources); tests, the fuzzer and an editor's unsaved buffers give files
// held in memory (MemorySources), optionally over the disk. A `use` is
// resolved the same way in both: relative to the folder of the file that has
// it, contained in the main file's folder.
#pragma once
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <variant>

#include "support/source.hpp"

namespace planc::driver {

class SourceProvider {
 public:
  using Bytes = std::variant<MappedText, std::string>;
  struct Stat {
    bool found = false;                 // a file (not a folder) is there
    std::optional<std::size_t> size;   // its size, when known before reading
  };
  virtual ~SourceProvider() = default;
  // The one key of the file `path` names (an absolute, normal path; on disk
  // with symbolic links resolved): two `use`s of one file load it once.
  virtual std::string canonical(const std::filesystem::path& path) const = 0;
  virtual Stat stat(const std::filesystem::path& path) const = 0;
  // The file's bytes; nullopt when it cannot be read.
  virtual std::optional<Bytes> read(const std::filesystem::path& path) const = 0;
};

// The file system: regular files are mapped (mmap), others (pipes, empty
// files) read.
class DiskSources final : public SourceProvider {
 public:
  std::string canonical(const std::filesystem::path& path) const override;
  Stat stat(const std::filesystem::path& path) const override;
  std::optional<Bytes> read(const std::filesystem::path& path) const override;
};

// Files held in memory, by path (relative paths are taken from the current
// folder, as on disk). A path not held is asked of `fallback` when one is
// given (an editor's open buffers over the files on disk), else not found.
class MemorySources final : public SourceProvider {
 public:
  explicit MemorySources(const SourceProvider* fallback = nullptr) : fallback_(fallback) {}
  void set(const std::filesystem::path& path, std::string text);
  void erase(const std::filesystem::path& path);
  bool holds(const std::filesystem::path& path) const;

  std::string canonical(const std::filesystem::path& path) const override;
  Stat stat(const std::filesystem::path& path) const override;
  std::optional<Bytes> read(const std::filesystem::path& path) const override;

 private:
  std::string key(const std::filesystem::path& path) const;
  std::map<std::string, std::string> files_;
  const SourceProvider* fallback_;
};

}  // namespace planc::driver
