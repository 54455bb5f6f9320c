// The grammar's hand-written matchers against the combinator forms their
// comments give (grammar/plan_grammar.hpp): `name_rest_star`, `string_run`,
// `spacing` and `value` match exactly what those forms match, on every short
// string over an alphabet chosen for each (ASCII, Thai letters and digits,
// other UTF-8, invalid bytes, quotes, escapes, blanks, `;`, `//`, ...) and on
// longer strings where a matcher works by strides. `number` has its own test
// beside the parser's (Grammar.OneStepNumberIsTheCombinatorsNumber).
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

#include <fmt/format.h>

#include "grammar/plan_grammar.hpp"
#include "support/utf8.hpp"

namespace g = planc::grammar;
namespace pegtl = tao::pegtl;

// ---- the combinator forms, as the matchers' comments give them -------------
namespace reference {
using namespace tao::pegtl;
// star<name_rest>
struct name_rest : sor<ascii::alnum, one<'_', '-'>, g::unicode_letter, g::thai_digit> {};
struct name_rest_star : star<name_rest> {};
// plus<not_one<'"', '\\', '\n'>>
struct string_run : plus<not_one<'"', '\\', '\n'>> {};
// star<sor<blank, [one<'\n'>,] [one<';'>,] line_comment, [Blank]>>
template <bool Newlines, bool Semicolons, typename Blank = void>
struct spacing : star<sor<g::blank, std::conditional_t<Newlines, one<'\n'>, failure>,
                          std::conditional_t<Semicolons, one<';'>, failure>, g::line_comment,
                          std::conditional_t<std::is_void_v<Blank>, failure, Blank>>> {};
// sor<text_block, quoted, value_number, value_name, symbol, stray>
struct value : sor<g::text_block, g::quoted, g::value_number, g::value_name, g::symbol, g::stray> {};
// The characters pasted from Word, as PEGTL's utf8 rules: one of them, and
// one that reads as a space or as nothing.
struct stray_space : utf8::ranges<0x00A0, 0x00A0, 0x1680, 0x1680, 0x2000, 0x200A, 0x202F, 0x202F, 0x205F, 0x205F,
                                  0x3000, 0x3000> {};
struct stray_invisible : utf8::ranges<0x00AD, 0x00AD, 0x180E, 0x180E, 0x200B, 0x200F, 0x202A, 0x202E, 0x2060,
                                      0x206F, 0xFEFF, 0xFEFF> {};
struct stray_looks_like : utf8::ranges<0x2010, 0x2015, 0x2212, 0x2212, 0xFE63, 0xFE63, 0x2018, 0x201F, 0xFF01,
                                       0xFF5E> {};
struct stray : sor<stray_space, stray_invisible, stray_looks_like> {};
struct stray_blank : plus<sor<stray_space, stray_invisible>> {};
}  // namespace reference

namespace {

// What a rule does at the start of s, through tao::pegtl::parse (no actions,
// the default control): the bytes it matches, -1 when it does not match, or
// -2 - b when it raises a parse error (a must<> failed) at byte b.
template <typename Rule>
long outcome(const std::string& s) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(s, "t");
  try {
    if (!pegtl::parse<Rule>(in)) return -1;
  } catch (const pegtl::parse_error& e) {
    return -2 - static_cast<long>(e.positions().front().byte);
  }
  return static_cast<long>(in.current() - s.data());
}

// s readable in a failure message: `\\` for a backslash, `\xE0\xB8` for
// bytes that are not printable ASCII.
std::string shown(const std::string& s) {
  std::string r;
  for (unsigned char c : s)
    r += c == '\\' ? std::string("\\\\")
         : c >= 0x20 && c < 0x7F ? std::string(1, static_cast<char>(c))
                                 : fmt::format("\\x{:02X}", c);
  return "`" + r + "`";
}

// Calls f on every concatenation of up to `max` tokens of the alphabet (the
// empty string included), depth first, none kept; the number of strings.
std::size_t each_string(const std::vector<std::string>& alphabet, int max,
                        const std::function<void(const std::string&)>& f) {
  std::size_t n = 0;
  std::string s;
  std::function<void(int)> grow = [&](int left) {
    f(s);
    ++n;
    if (left == 0) return;
    for (const auto& c : alphabet) {
      s += c;
      grow(left - 1);
      s.resize(s.size() - c.size());
    }
  };
  grow(max);
  return n;
}

// The matcher and its combinator form do the same on s (counted in `failures`
// so that one broken matcher does not print a million lines).
template <typename Matcher, typename Reference>
void same(const std::string& s, int& failures) {
  long m = outcome<Matcher>(s), r = outcome<Reference>(s);
  if (m != r && ++failures <= 20) ADD_FAILURE() << shown(s) << ": the matcher " << m << ", its combinator form " << r;
}

// Bytes that, concatenated with one another and with whole characters, make
// up valid and invalid UTF-8: lone lead and continuation bytes, truncated
// Thai (E0 B8), the shortest forms and overlong ones (E0 A0 80 and E0 8F 80,
// F0 8F 80 80, C0 80), a surrogate (ED A0 80) and its neighbour (ED 80 80),
// the last code points and past them (F4 8F 80 80, F4 A0 80 80), a byte never
// in UTF-8 (FF).
const std::vector<std::string> kBytes = {"\xE0", "\xB8", "\x80", "\xA0", "\xED", "\xF0", "\xF4", "\x8F", "\xC0", "\xFF"};

}  // namespace

TEST(Matchers, NameRestStarIsStarOfNameRest) {
  std::vector<std::string> alphabet = {
      "a", "Z", "0", "_", "-", ".", " ",
      "ก", "ั", "๕", "๚",                // Thai: a letter, a vowel mark, a digit, a sign (E0 B9 9A)
      "é", "中", "😀",                   // two, three and four bytes
      "→", "\u00A0", "\uFEFF", "“", "–",  // not in names
      "\u200B", "\u3000", "８", "Ａ", "\u2212", "\u00AD",  // nor these (pasted from Word)
  };
  alphabet.insert(alphabet.end(), kBytes.begin(), kBytes.end());
  int failures = 0;
  auto check = [&](const std::string& s) { same<g::name_rest_star, reference::name_rest_star>(s, failures); };
  std::size_t n = each_string(alphabet, 4, check);
  // Longer strings of the loose bytes and a few name characters: every
  // sequence of up to four bytes, valid or not, with what may come before
  // and after it.
  std::vector<std::string> bytes = kBytes;
  bytes.insert(bytes.end(), {"a", "ก", "é"});
  n += each_string(bytes, 6, check);
  EXPECT_GT(n, 5000000u);
  // Longer names, cut at every byte (a cut may split a character).
  for (std::string s : {"ตัวชี้วัด_ที่-๑๒abc", "ผลลัพธ์→ค่า", "mixed中文😀x y", "a\xE0\xB8\xE0\xB8\x81z", "\xEF\xBB\xBF"})
    for (std::size_t k = 0; k <= s.size(); ++k) same<g::name_rest_star, reference::name_rest_star>(s.substr(0, k), failures);
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(outcome<g::name_rest_star>("ตัวชี้วัด๑ x"), 30);
  EXPECT_EQ(outcome<g::name_rest_star>("→"), 0);
}

TEST(Matchers, StringRunIsPlusOfNotQuoteBackslashNewline) {
  // Bytes next to the stop bytes (`"` 22, `\` 5C, newline 0A) and the same
  // with the high bit set: the eight-byte test must not take them for one.
  const std::vector<std::string> alphabet = {"a", "\"", "\\", "\n", " ", "\t", "\r", "ก", "\x23", "\xA2", "\xDC",
                                             "\x8A", std::string(1, '\0'), "\xFF"};
  int failures = 0;
  std::size_t n = each_string(alphabet, 6, [&](const std::string& s) {
    same<g::string_run, reference::string_run>(s, failures);
  });
  EXPECT_GT(n, 8000000u);

  // The 16- and 8-byte strides: every length up to 50, a stop byte (or none)
  // at every position, after runs of each kind of byte.
  const std::vector<char> stops = {'"', '\\', '\n'};
  const std::vector<std::string> fillers = {"a", "\x21", "\x23", "\x5B", "\x5D", "\x0B", "\x09", "\xA2",
                                            "\xDC", "\x8A", "\xFF", "\x80", std::string(1, '\0'), "ก"};
  std::size_t long_cases = 0;
  for (const auto& fill : fillers)
    for (std::size_t len = 0; len <= 50; ++len) {
      std::string run;
      while (run.size() < len) run += fill;
      run.resize(len);  // may cut a Thai letter: its bytes are ordinary bytes here
      for (std::size_t at = 0; at <= len; ++at)
        for (char stop : stops) {
          std::string s = run;
          if (at < len) s[at] = stop;
          same<g::string_run, reference::string_run>(s, failures);
          same<g::string_run, reference::string_run>(s + "tail", failures);
          ++long_cases;
        }
    }
  EXPECT_GT(long_cases, 50000u);
  // Random strings of up to 70 bytes, stop bytes rare.
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string s(rng() % 71, 'x');
    for (auto& c : s) {
      unsigned r = rng() % 64;
      c = r == 0 ? '"' : r == 1 ? '\\' : r == 2 ? '\n' : static_cast<char>(rng() % 256);
    }
    same<g::string_run, reference::string_run>(s, failures);
  }
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(outcome<g::string_run>(std::string(40, 'a') + "\"b"), 40);
  EXPECT_EQ(outcome<g::string_run>("\\n"), -1);
}

namespace {
template <bool Newlines, bool Semicolons>
std::size_t spacing_same(const std::vector<std::string>& alphabet, int& failures) {
  return each_string(alphabet, 6, [&](const std::string& s) {
    same<g::spacing<Newlines, Semicolons>, reference::spacing<Newlines, Semicolons>>(s, failures);
  });
}
}  // namespace

// Each character planc reports as pasted from Word is the grammar's stray,
// and only those: every code point, against PEGTL's utf8 rules.
TEST(Matchers, StrayIsTheCharactersPastedFromWord) {
  int failures = 0;
  std::string s;
  for (char32_t c = 0x80; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    s.clear();
    planc::utf8::encode(c, s);
    same<g::stray, reference::stray>(s, failures);
    same<g::stray_blank, reference::stray_blank>(s, failures);
    same<g::unicode_letter, tao::pegtl::seq<tao::pegtl::not_at<tao::pegtl::sor<reference::stray, g::thai_digit,
                                                                                  tao::pegtl::utf8::one<0x2192, 0x2264, 0x2265>>>,
                                               tao::pegtl::utf8::any>>(s, failures);
  }
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(outcome<g::stray_blank>("\u00A0\u200B\u00A0x"), 7);
  EXPECT_EQ(outcome<g::stray_blank>("\u201C"), -1);
  EXPECT_EQ(outcome<g::stray>("\u201Cx"), 3);
}

TEST(Matchers, SpacingIsStarOfBlanksNewlinesSemicolonsAndComments) {
  const std::vector<std::string> alphabet = {" ", "\t", "\r", "\n", ";", "/", "//", "a", "\"", "ก", "\x80"};
  int failures = 0;
  std::size_t n = spacing_same<false, false>(alphabet, failures);  // sp
  n += spacing_same<true, true>(alphabet, failures);               // (skip without strays)
  n += spacing_same<true, false>(alphabet, failures);              // sp_nl
  n += spacing_same<false, true>(alphabet, failures);              // (not used)
  // With the characters pasted from Word (skip).
  const std::vector<std::string> strays = {" ", "\n", ";", "//", "a", "ก", "\u00A0", "\u200B", "“", "\xC2"};
  n += each_string(strays, 6, [&](const std::string& s) {
    same<g::skip, reference::spacing<true, true, reference::stray_blank>>(s, failures);
  });
  EXPECT_GT(n, 8000000u);
  for (std::string s : {"  // a comment ก\n  ; // another\r\n\t x", "////\n//\n;;\n", " /x", "\t//"})
    for (std::size_t k = 0; k <= s.size(); ++k) {
      same<g::sp, reference::spacing<false, false>>(s.substr(0, k), failures);
      same<g::skip, reference::spacing<true, true, reference::stray_blank>>(s.substr(0, k), failures);
      same<g::sp_nl, reference::spacing<true, false>>(s.substr(0, k), failures);
    }
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(outcome<g::skip>(" // c\n; x"), 8);
  EXPECT_EQ(outcome<g::skip>(" \u00A0\n\u200B x"), 8);
  EXPECT_EQ(outcome<g::sp>(" \u00A0x"), 1);
  EXPECT_EQ(outcome<g::sp>(" // c\n; x"), 5);
}

TEST(Matchers, ValueIsSorOfItsAlternatives) {
  // Every first byte the matcher tells apart, and what may follow: texts
  // (and their errors: an unclosed quote, a bad escape), numbers and
  // fractions (ASCII and Thai digits), names, symbols (ASCII and Unicode).
  const std::vector<std::string> alphabet = {"\"", "\"\"\"", "\\", "n", "u", "{", "}", "1", "๕", ",", ".", "/", "-",
                                             "<", ">", "=", "%", "_", "ก", "≥", "→", " ", "\n", ";", "\x80",
                                             "\u00A0", "“", "８"};
  int failures = 0;
  std::size_t n = each_string(alphabet, 4, [&](const std::string& s) {
    same<g::value, reference::value>(s, failures);
  });
  EXPECT_GT(n, 600000u);
  for (std::string s : {"\"\"\"a\n  b\"\"\" x", "\"a\\u{E01}b\\\"\" x", "๑,๗๐๐.๕/๓ x", "<= 3", "≤≥→", "ไม่น้อยกว่า 80",
                        "\xEF\xBB\xBFx", "\u00A0x", "“x”"})
    for (std::size_t k = 0; k <= s.size(); ++k) same<g::value, reference::value>(s.substr(0, k), failures);
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(outcome<g::value>("1/3 x"), 3);
  EXPECT_EQ(outcome<g::value>("\"ab"), -2 - 3);  // the text is not closed: an error at its end
  EXPECT_EQ(outcome<g::value>(";"), -1);
}
