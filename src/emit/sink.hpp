// Where an emitter's draft goes: a string, or a file written while the draft
// is made, a megabyte at a time, so that a large plan's draft is never whole
// in memory (planc render; see report::stream for the model's side).
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace planc::emit {

class Sink {
 public:
  // Appends to `to`.
  explicit Sink(std::string& to) : buf_(&to) {}
  // Writes to `to` (not closed here); what is left is written by flush().
  explicit Sink(std::FILE* to) : buf_(&own_), file_(to) { own_.reserve(kFlushAt + 64 * 1024); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  ~Sink() { flush(); }

  Sink& operator+=(std::string_view s) {
    buf_->append(s);
    if (file_ && buf_->size() >= kFlushAt) flush();
    return *this;
  }
  Sink& operator+=(char c) { return *this += std::string_view(&c, 1); }

  // Writes what is buffered to the file, if any.
  void flush() {
    if (!file_ || own_.empty()) return;
    if (std::fwrite(own_.data(), 1, own_.size(), file_) != own_.size()) failed_ = true;
    own_.clear();
  }
  // False once a write to the file failed.
  bool ok() const { return !failed_; }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  std::string own_;
  std::string* buf_;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
};

// What `write(sink)` writes, as one string.
template <typename Write>
std::string collect(Write&& write) {
  std::string text;
  Sink to(text);
  write(to);
  return text;  // a string sink writes straight into `text`: nothing is left to flush
}

}  // namespace planc::emit
