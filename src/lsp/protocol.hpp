// The editor server's wire: JSON-RPC 2.0 messages framed by a Content-Length
// header (LSP 3.17, "Base Protocol"), positions as the protocol counts them
// (line, UTF-16 code unit), and file URIs. Nothing here knows plans.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planc::lsp {

// The largest message body read (a 50 MB document arrives escaped, so
// somewhat larger); a longer one is skipped and answered with an error.
inline constexpr std::size_t kMaxMessage = std::size_t{256} << 20;

// Reads framed messages from a byte source: headers (`Content-Length: N`,
// others ignored) up to an empty line, then N bytes.
class FrameReader {
 public:
  // Up to `n` bytes into `buf`; 0 at the end of the input.
  using Source = std::size_t (*)(void* ctx, char* buf, std::size_t n);
  FrameReader(Source s, void* ctx) : source_(s), ctx_(ctx) {}

  struct Frame {
    enum class Kind { Message, BadHeader, TooLarge, End } kind = Kind::End;
    std::string body;    // Message: the body
    std::string detail;  // BadHeader, TooLarge: what was wrong
  };
  // The next frame. After a bad header the reader looks for the next
  // `Content-Length:` at a line's start, so one broken frame costs only itself.
  Frame next();

 private:
  bool fill();
  std::optional<std::string> line();  // one header line without its CR LF; nullopt at the end
  Source source_;
  void* ctx_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool eof_ = false;
};

// A message as it goes out: `Content-Length: N\r\n\r\n` and the body.
std::string frame(std::string_view body);

// A document's lines, to turn byte offsets into the protocol's positions
// (0-based line, UTF-16 code units into the line) and back. Lines end at
// "\n" (a "\r" before it stays on its line, as for every other character).
struct Position {
  std::uint32_t line = 0, character = 0;
};
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  Position position(std::string_view text, std::uint32_t offset) const;
  // A position past its line's end is the line's end; past the last line, the text's end.
  std::uint32_t offset(std::string_view text, Position p) const;
  std::size_t lines() const { return starts_.size(); }

 private:
  std::vector<std::uint32_t> starts_{0};
};

// UTF-16 code units of UTF-8 text (a four-byte sequence is two; a byte that
// starts no valid sequence counts as one).
std::uint32_t utf16_length(std::string_view s);

// file:///a/b%20c.plan <-> /a/b c.plan. Not a file URI: nullopt.
std::optional<std::string> path_of_uri(std::string_view uri);
std::string uri_of_path(std::string_view absolute_path);

}  // namespace planc::lsp
