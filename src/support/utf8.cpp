#include "support/utf8.hpp"

#include <utf8proc.h>

#include <cstring>

namespace planc::utf8 {

std::optional<std::size_t> first_invalid(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    auto c = p[i];
    if (c < 0x80) {
      // Runs of ASCII eight bytes at a time.
      while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
      }
      while (i < n && p[i] < 0x80) ++i;
      continue;
    }
    // Thai (U+0E00..U+0E7F) is E0 B8 xx or E0 B9 xx: the common case here,
    // checked a character at a time with one load and one mask.
    if (c == 0xE0) {
      std::uint32_t w;
      while (i + 4 <= n && (std::memcpy(&w, p + i, 4), (w & 0x00C0FEFFu) == 0x0080B8E0u)) i += 3;
      if (i >= n || p[i] != 0xE0) continue;
    }
    int len;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (int k = 1; k < len; ++k) {
      auto cc = p[i + k];
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += static_cast<std::size_t>(len);
  }
  return std::nullopt;
}

std::string sanitize(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    auto bad = first_invalid(s);
    if (!bad) {
      out.append(s);
      break;
    }
    out.append(s.substr(0, *bad));
    out += "\xEF\xBF\xBD";
    s.remove_prefix(*bad + 1);
  }
  return out;
}

std::size_t count_code_points(std::string_view s) {
  // Code points = bytes − continuation bytes (10xxxxxx), eight bytes at a time.
  const char* p = s.data();
  std::size_t n = s.size(), cont = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    std::uint64_t m = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;  // 1 in each continuation byte
    cont += static_cast<std::size_t>((m * 0x0101010101010101ull) >> 56);  // their sum
  }
  for (; i < n; ++i) cont += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
  return n - cont;
}

char32_t decode(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

void encode(char32_t c, std::string& out) {
  if (c < 0x80) out += static_cast<char>(c);
  else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

int width(char32_t c) {
  // utf8proc knows the terminal width of every code point: 0 for combining
  // marks (Thai vowels above and below, tone marks), 2 for wide characters.
  if (c < 0x20 || c == 0x7F) return 1;  // shown as a placeholder
  int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
  return w < 0 ? 1 : w;
}

int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = decode(s, i);
    w += c == '\t' ? 1 : width(c);
  }
  return w;
}

std::string to_arabic_digits(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    char32_t c = decode(s, i);
    if (c >= 0x0E50 && c <= 0x0E59) out += static_cast<char>('0' + (c - 0x0E50));
    else out.append(s.substr(j, i - j));
  }
  return out;
}

std::string to_thai_digits(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') encode(0x0E50 + (ch - '0'), out);
    else out += ch;
  }
  return out;
}

}  // namespace planc::utf8
