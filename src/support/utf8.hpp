// Minimal UTF-8 helpers: validation, code point counting, display width for
// Thai (combining vowels and tone marks take no column).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace planc::utf8 {

// Byte offset of the first invalid sequence, or nullopt when valid. Uses
// AVX2 where the processor has it (32 bytes at a time), with the same answer
// as first_invalid_portable, the byte-at-a-time validator, which it falls
// back to for the exact byte (and which the tests compare it with).
std::optional<std::size_t> first_invalid(std::string_view s);
std::optional<std::size_t> first_invalid_portable(std::string_view s);
std::size_t count_code_points(std::string_view s);
// Replaces each invalid byte with U+FFFD so the text can be printed.
std::string sanitize(std::string_view s);
// Decodes one code point at s[i] (assumes valid UTF-8); advances i.
char32_t decode(std::string_view s, std::size_t& i);
void encode(char32_t c, std::string& out);
// Columns a code point takes on a terminal: 0 for combining marks, 2 for wide.
int width(char32_t c);
int display_width(std::string_view s);
// Thai digits (U+0E50..U+0E59) to ASCII and back.
std::string to_arabic_digits(std::string_view s);
std::string to_thai_digits(std::string_view s);

}  // namespace planc::utf8
