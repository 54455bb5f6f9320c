#include "support/utf8.hpp"

#include <utf8proc.h>

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace planc::utf8 {

std::optional<std::size_t> first_invalid_portable(std::string_view s) {
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

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
namespace {

// UTF-8 validation 32 bytes at a time with AVX2: the "lookup" algorithm of
// Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte"
// (Software: Practice and Experience, 2021), as simdjson and simdutf use it.
// Each byte is classified by the high nibble of the byte before it, the low
// nibble of the byte before it and its own high nibble (three 16-entry
// tables); a bit left in all three is an error of that kind. Sequences of
// three and four bytes are checked with the bytes two and three before.
// It says only whether a stretch is valid: where it is not, the portable
// validator finds the exact byte, so that the answer is that validator's.
constexpr std::uint8_t kTooShort = 1 << 0;   // 11______ 0_______ or 11______ 11______
constexpr std::uint8_t kTooLong = 1 << 1;    // 0_______ 10______
constexpr std::uint8_t kOverlong3 = 1 << 2;  // 11100000 100_____
constexpr std::uint8_t kTooLarge = 1 << 3;   // 11110100 1001____ and above
constexpr std::uint8_t kSurrogate = 1 << 4;  // 11101101 101_____
constexpr std::uint8_t kOverlong2 = 1 << 5;  // 1100000_ 10______
constexpr std::uint8_t kTooLarge1000 = 1 << 6;  // 11110101 1000____ and above
constexpr std::uint8_t kOverlong4 = 1 << 6;  // 11110000 1000____
constexpr std::uint8_t kTwoConts = 1 << 7;   // 10______ 10______
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

// A 16-entry table for _mm256_shuffle_epi8, in both 128-bit lanes.
__attribute__((target("avx2"))) inline __m256i table(const std::array<std::uint8_t, 16>& t) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data())));
}

// The length of the prefix of s (a multiple of 32 bytes, less the bytes of a
// sequence the last block leaves open) known to be valid UTF-8; the rest is
// for the portable validator. Stops at the first block with an error.
__attribute__((target("avx2"))) std::size_t valid_prefix_avx2(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size() / 32 * 32;
  const __m256i byte_1_high_t =
      table({kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTwoConts, kTwoConts,
            kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort, kTooShort | kOverlong3 | kSurrogate,
            kTooShort | kTooLarge | kTooLarge1000 | kOverlong4});
  const __m256i byte_1_low_t =
      table({kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry, kCarry | kTooLarge,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000 | kSurrogate, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000});
  const __m256i byte_2_high_t =
      table({kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
            kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
            kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
            kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge, kTooShort, kTooShort, kTooShort, kTooShort});
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i high = _mm256_set1_epi8(static_cast<char>(0x80));
  __m256i prev = _mm256_setzero_si256();
  std::size_t i = 0;
  for (; i < n; i += 32) {
    __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    // The bytes 1, 2 and 3 before each byte of `in` (from `prev` at the start).
    __m256i carried = _mm256_permute2x128_si256(prev, in, 0x21);
    __m256i prev1 = _mm256_alignr_epi8(in, carried, 15);
    __m256i prev2 = _mm256_alignr_epi8(in, carried, 14);
    __m256i prev3 = _mm256_alignr_epi8(in, carried, 13);
    __m256i b1h = _mm256_shuffle_epi8(byte_1_high_t, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
    __m256i b1l = _mm256_shuffle_epi8(byte_1_low_t, _mm256_and_si256(prev1, nibble));
    __m256i b2h = _mm256_shuffle_epi8(byte_2_high_t, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble));
    __m256i special = _mm256_and_si256(_mm256_and_si256(b1h, b1l), b2h);
    // A third or fourth byte of a sequence must be a continuation byte: the
    // lookups mark those as "two continuations", cancelled here.
    __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), high);
    __m256i error = _mm256_xor_si256(must23, special);
    if (!_mm256_testz_si256(error, error)) break;
    prev = in;
  }
  // Back to the first byte of the last sequence begun before i: the rest of
  // that sequence is checked only with the bytes after it.
  std::size_t back = 0;
  while (back < 4 && back < i && (p[i - 1 - back] & 0xC0) == 0x80) ++back;
  if (back < i && back < 4 && p[i - 1 - back] >= 0xC0) ++back;
  return i - back;
}

const bool kHasAvx2 = __builtin_cpu_supports("avx2");

}  // namespace
#endif

std::optional<std::size_t> first_invalid(std::string_view s) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  if (kHasAvx2 && s.size() >= 64) {
    std::size_t ok = valid_prefix_avx2(s);
    auto rest = first_invalid_portable(s.substr(ok));
    if (rest) return ok + *rest;
    return std::nullopt;
  }
#endif
  return first_invalid_portable(s);
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
