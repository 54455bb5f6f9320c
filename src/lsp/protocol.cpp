#include "lsp/protocol.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace planc::lsp {

bool FrameReader::fill() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  } else if (pos_ > (std::size_t{1} << 20)) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  char tmp[65536];
  std::size_t n = source_(ctx_, tmp, sizeof tmp);
  if (n == 0) {
    eof_ = true;
    return false;
  }
  buf_.append(tmp, n);
  return true;
}

std::optional<std::string> FrameReader::line() {
  for (;;) {
    std::size_t nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      std::string l = buf_.substr(pos_, nl - pos_);
      pos_ = nl + 1;
      if (!l.empty() && l.back() == '\r') l.pop_back();
      return l;
    }
    if (buf_.size() - pos_ > 8192) {  // no header line is this long: drop it
      std::string l = buf_.substr(pos_, 80);
      pos_ = buf_.size();
      return l + "...";
    }
    if (!fill()) {
      if (pos_ < buf_.size()) {
        std::string l = buf_.substr(pos_);
        pos_ = buf_.size();
        return l;
      }
      return std::nullopt;
    }
  }
}

namespace {
bool iequals_prefix(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}
}  // namespace

FrameReader::Frame FrameReader::next() {
  constexpr std::string_view kLength = "content-length:";
  std::optional<std::size_t> length;
  std::string bad;
  bool any = false;
  for (;;) {
    std::optional<std::string> l = line();
    if (!l) {
      if (any && bad.empty()) return {Frame::Kind::BadHeader, {}, "the input ended inside a message's headers"};
      return {};
    }
    if (l->empty()) {
      if (!any) continue;  // blank lines between messages
      break;
    }
    any = true;
    if (iequals_prefix(*l, kLength)) {
      std::string_view v(*l);
      v.remove_prefix(kLength.size());
      while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
      while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
      std::size_t n = 0;
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc() || p != v.data() + v.size() || v.empty())
        bad = fmt::format("`{}` is not a Content-Length", *l);
      else
        length = n;
    } else if (l->find(':') == std::string::npos && bad.empty()) {
      bad = fmt::format("`{}` is not a header", l->substr(0, 80));
    }
  }
  if (!bad.empty()) return {Frame::Kind::BadHeader, {}, bad};
  if (!length) return {Frame::Kind::BadHeader, {}, "a message without a Content-Length header"};
  if (*length > kMaxMessage) {
    // Skipped, so that the next message is read where it starts.
    std::size_t left = *length;
    while (left > 0) {
      if (pos_ == buf_.size() && !fill()) break;
      std::size_t take = std::min(left, buf_.size() - pos_);
      pos_ += take;
      left -= take;
    }
    return {Frame::Kind::TooLarge, {}, fmt::format("a message of {} bytes (at most {})", *length, kMaxMessage)};
  }
  while (buf_.size() - pos_ < *length)
    if (!fill()) return {Frame::Kind::BadHeader, {}, "the input ended inside a message"};
  Frame f{Frame::Kind::Message, buf_.substr(pos_, *length), {}};
  pos_ += *length;
  return f;
}

std::string frame(std::string_view body) { return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body); }

LineIndex::LineIndex(std::string_view text) {
  for (std::size_t i = 0; (i = text.find('\n', i)) != std::string_view::npos; ++i)
    starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

namespace {
// The length of the UTF-8 sequence at s[i] and its UTF-16 units (1 for a byte
// that starts no valid sequence).
std::pair<std::size_t, std::uint32_t> step(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return {1, 1};
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return {1, 1};
  return {n, n == 4 ? 2u : 1u};
}
}  // namespace

std::uint32_t utf16_length(std::string_view s) {
  std::uint32_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto [n, u] = step(s, i);
    i += n;
    units += u;
  }
  return units;
}

Position LineIndex::position(std::string_view text, std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  auto line = static_cast<std::uint32_t>(it - starts_.begin() - 1);
  std::uint32_t start = starts_[line];
  return {line, utf16_length(text.substr(start, offset - start))};
}

std::uint32_t LineIndex::offset(std::string_view text, Position p) const {
  if (p.line >= starts_.size()) return static_cast<std::uint32_t>(text.size());
  std::size_t i = starts_[p.line];
  std::size_t end = p.line + 1 < starts_.size() ? starts_[p.line + 1] - 1 : text.size();
  std::uint32_t units = 0;
  while (i < end && units < p.character) {
    auto [n, u] = step(text, i);
    if (units + u > p.character) break;  // inside a surrogate pair: its start
    i += n;
    units += u;
  }
  return static_cast<std::uint32_t>(i);
}

std::optional<std::string> path_of_uri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (!iequals_prefix(uri, kScheme)) return std::nullopt;
  uri.remove_prefix(kScheme.size());
  std::size_t slash = uri.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view host = uri.substr(0, slash);
  if (!host.empty() && host != "localhost") return std::nullopt;
  uri.remove_prefix(slash);
  std::string path;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    char c = uri[i];
    if (c == '?' || c == '#') break;
    if (c == '%' && i + 2 < uri.size()) {
      int v = 0;
      auto [p, ec] = std::from_chars(uri.data() + i + 1, uri.data() + i + 3, v, 16);
      if (ec == std::errc() && p == uri.data() + i + 3) {
        path += static_cast<char>(v);
        i += 2;
        continue;
      }
    }
    path += c;
  }
  if (path.find('\0') != std::string::npos) return std::nullopt;
  return path;
}

std::string uri_of_path(std::string_view path) {
  std::string uri = "file://";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    if (keep) uri += c;
    else uri += fmt::format("%{:02X}", u);
  }
  return uri;
}

}  // namespace planc::lsp
