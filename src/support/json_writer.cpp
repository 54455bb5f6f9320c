#include "support/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <nlohmann/json.hpp>

namespace planc {
namespace {

// The length of the well-formed UTF-8 sequence at p (2 to 4), or 0: the
// sequences nlohmann's decoder accepts (no overlong forms, no surrogates,
// nothing past U+10FFFF).
inline int utf8_length(const unsigned char* p, const unsigned char* e) {
  unsigned c = p[0];
  auto cont = [](unsigned b) { return (b & 0xC0) == 0x80; };
  if (c < 0xC2) return 0;
  if (c < 0xE0) return e - p >= 2 && cont(p[1]) ? 2 : 0;
  if (c < 0xF0) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return e - p >= 3 && p[1] >= lo && p[1] <= hi && cont(p[2]) ? 3 : 0;
  }
  if (c < 0xF5) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return e - p >= 4 && p[1] >= lo && p[1] <= hi && cont(p[2]) && cont(p[3]) ? 4 : 0;
  }
  return 0;
}

// Text that is not valid UTF-8: nlohmann's own replacement, byte for byte.
void escape_replacing(std::string_view s, std::string& out) {
  std::string quoted = nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out.append(quoted, 1, quoted.size() - 2);
}

}  // namespace

void json_escape(std::string_view s, std::string& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  const auto* run = p;  // start of the bytes not yet copied: copied as one run
  const std::size_t start = out.size();
  while (p != e) {
    unsigned c = *p;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++p;
      continue;
    }
    if (c >= 0x80) {
      int n = utf8_length(p, e);
      if (n == 0) {
        out.resize(start);
        escape_replacing(s, out);
        return;
      }
      p += n;
      continue;
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(u, sizeof u);
      }
    }
    run = ++p;
  }
  out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
}

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  json_escape(s, out);
  return out;
}

namespace json {

namespace {
// A newline and the spaces of the deepest indent, for lines() to take views of.
constexpr std::string_view kBreaks =
    "\n                                                                ";
constexpr int kMaxIndent = static_cast<int>(kBreaks.size()) - 1;

std::string_view line_at(int indent) {
  assert(indent >= 0 && indent <= kMaxIndent);
  return kBreaks.substr(0, static_cast<std::size_t>(1 + std::min(indent, kMaxIndent)));
}
}  // namespace

Layout lines(int indent, int close_indent, bool break_when_empty) {
  return Layout{line_at(indent), line_at(indent), line_at(close_indent),
                break_when_empty ? line_at(close_indent) : std::string_view()};
}

void Writer::item() {
  if (after_key_) {  // a key's value: the key had the separator
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;  // the document itself
  Frame& f = stack_.back();
  if (!f.empty) *out_ += ',';
  *out_ += has_next_ ? next_ : f.empty ? f.layout.open : f.layout.between;
  has_next_ = false;
  f.empty = false;
}

Writer& Writer::key(std::string_view k) {
  item();
  string(k);
  *out_ += stack_.empty() ? std::string_view(": ") : stack_.back().layout.colon;
  after_key_ = true;
  return *this;
}

Writer& Writer::line_break(int indent) {
  next_ = line_at(indent);
  has_next_ = true;
  return *this;
}

Writer& Writer::open(char bracket, const Layout& layout) {
  item();
  *out_ += bracket;
  stack_.push_back(Frame{layout});
  return *this;
}

Writer& Writer::close(char bracket) {
  assert(!stack_.empty());
  const Frame& f = stack_.back();
  *out_ += f.empty ? f.layout.empty : f.layout.close;
  *out_ += bracket;
  stack_.pop_back();
  return done();
}

Writer& Writer::raw(std::string_view json) {
  item();
  if (drain_ && json.size() >= kDrainAt) {  // a large piece goes out as it is, not through the buffer
    flush();
    drain_(json);
    return *this;
  }
  out_->append(json);
  return done();
}

Writer& Writer::strings(const std::vector<std::string>& v, const Layout& layout) {
  begin_array(layout);
  for (const std::string& s : v) value(s);
  return end_array();
}

void Writer::flush() {
  if (!drain_ || own_.empty()) return;
  drain_(own_);
  own_.clear();
}

}  // namespace json
}  // namespace planc
