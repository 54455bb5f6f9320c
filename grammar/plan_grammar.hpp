// The PEGTL grammar of the plan language (the concrete syntax).
//
// A plan file is a sequence of items. An item is a field name, zero or more
// values on the same line, and optionally a block `{ ... }` of nested items:
//
//     indicator 1 "ระดับความสำเร็จ ..." {
//       unit level
//       target >= 3
//     }
//
// What each field means and which values it takes is decided in the next phase
// (src/ast/lower.cpp), which turns this concrete syntax tree into the typed AST.
// Keeping the grammar this small makes error recovery simple (skip to the next
// item) and lets every construct share one lexical layer: texts, numbers in Thai
// or Arabic digits, names, symbols and comments. grammar/plan.peg is the
// readable summary of these rules; keep both in step.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace planc::grammar {
namespace pegtl = tao::pegtl;
using namespace pegtl;

// A rule matched in one step, without a rule match per byte: Derived::scan(p, e)
// says how many bytes the rule takes at p (the input ends at e), or -1 when
// it does not match. To PEGTL, a rule like its own (rule_t, subs_t, match);
// what it takes stays on one line.
template <typename Derived>
struct one_step {
  using rule_t = Derived;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&...) {
    const std::ptrdiff_t n = Derived::scan(in.current(), in.end());
    if (n < 0) return false;
    in.bump_in_this_line(static_cast<std::size_t>(n));
    return true;
  }
};

// ---- characters a plan does not use ----------------------------------------
// Text pasted from Word, a web page or a PDF brings characters that look like
// a space, like nothing at all, or like a character of the language. None of
// them is part of a name; outside texts, the parser reports each by its code
// point (E015) and reads it as what it stands for (syntax/parser.cpp, `stray`),
// so that one pasted character gives one error, not many.
enum class Stray : std::uint8_t {
  None,
  Space,      // a no-break or typographic space: read as a space
  Invisible,  // zero-width characters, a byte order mark inside the file, direction marks, a soft hyphen: read as nothing
  Dash,       // en and em dashes, the minus sign: read as `-`
  Quote,      // curly quotes: read as `"`
  FullWidth,  // the full-width forms of ASCII, U+FF01..U+FF5E: read as their ASCII character
};
constexpr Stray stray_kind(char32_t c) {
  if (c < 0xA0) return Stray::None;
  if (c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000)
    return Stray::Space;
  if (c == 0x00AD || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF)
    return Stray::Invisible;
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63) return Stray::Dash;
  if (c >= 0x2018 && c <= 0x201F) return Stray::Quote;
  if (c >= 0xFF01 && c <= 0xFF5E) return Stray::FullWidth;
  return Stray::None;
}
// The code point of the UTF-8 sequence at p (before e) and its length, or 0
// when it is not valid as PEGTL's utf8 rules decode (the shortest form, no
// surrogate, at most U+10FFFF).
inline int code_point_at(const char* p, const char* e, char32_t& cp) {
  if (p == e) return 0;
  const auto* q = reinterpret_cast<const unsigned char*>(p);
  unsigned char c = q[0];
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || e - p < len) return 0;
  char32_t v = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) {
    if ((q[k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (q[k] & 0x3F);
  }
  constexpr char32_t shortest[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < shortest[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  cp = v;
  return len;
}
// What the character at p is, and its length (0 when it is none of them).
inline int stray_at(const char* p, const char* e, Stray& kind, char32_t& cp) {
  int n = code_point_at(p, e, cp);
  kind = n ? stray_kind(cp) : Stray::None;
  return kind == Stray::None ? 0 : n;
}
// The length of the stray character at p, or -1; with Blanks, of the run of
// those that read as a space or as nothing. Asked only at a byte that starts
// neither ASCII nor Thai, and out of line: the hot rules that ask it stay as
// small, and as inlined, as they were (see value::rare).
template <bool Blanks>
[[gnu::noinline]] std::ptrdiff_t stray_length(const char* p, const char* e) {
  const char* q = p;
  Stray k;
  char32_t cp;
  while (int n = stray_at(q, e, k, cp)) {
    if (!Blanks) return n;
    if (k != Stray::Space && k != Stray::Invisible) break;
    q += n;
  }
  return q == p ? -1 : q - p;
}
// One such character, where a value may be (as utf8::ranges<...> of them all
// would match; the parser's control reads more: what it stands for).
struct stray : one_step<stray> {
  static std::ptrdiff_t scan(const char* p, const char* e) { return stray_length<false>(p, e); }
};
// Where a space may be: a run of those that read as a space or as nothing
// (reported once: a line indented with no-break spaces is one mistake).
struct stray_blank : one_step<stray_blank> {
  static std::ptrdiff_t scan(const char* p, const char* e) { return stray_length<true>(p, e); }
};

// ---- spacing and comments -------------------------------------------------
struct line_comment : seq<two<'/'>, star<not_one<'\n'>>> {};
struct blank : one<' ', '\t', '\r'> {};
// star<sor<blank, [one<'\n'>,] [one<';'>,] line_comment>> in one step: a run of
// spacing is skipped without a rule match per byte, and line_comment (which
// has an action: the formatter keeps comments) is matched only where `//` is.
// With Blank (stray_blank), also [Blank]: no-break spaces and zero-width
// characters (a byte at or above 0xC2 that does not start a Thai letter is
// looked at once more; the parser reports them, E015).
template <bool Newlines, bool Semicolons, typename Blank = void>
struct spacing {
  using rule_t = spacing;
  using subs_t = std::conditional_t<std::is_void_v<Blank>, type_list<line_comment>, type_list<line_comment, Blank>>;
  template <apply_mode A, rewind_mode, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&... st) {
    for (;;) {
      const char* p = in.current();
      const char* e = in.end();
      const char* q = p;
      while (q != e && (*q == ' ' || *q == '\t' || *q == '\r' || (Newlines && *q == '\n') || (Semicolons && *q == ';')))
        ++q;
      in.bump(static_cast<std::size_t>(q - p));
      if constexpr (!std::is_void_v<Blank>) {
        if (q != e && static_cast<unsigned char>(*q) >= 0xC2 && static_cast<unsigned char>(*q) != 0xE0 &&
            blanks<A, Action, Control>(in, st...))
          continue;
      }
      if (e - q < 2 || q[0] != '/' || q[1] != '/') return true;
      (void)Control<line_comment>::template match<A, rewind_mode::dontcare, Action, Control>(in, st...);  // it cannot fail after `//`
    }
  }
  // [Blank], out of line (see value::rare).
  template <apply_mode A, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  [[gnu::noinline]] static bool blanks(ParseInput& in, States&&... st) {
    return Control<Blank>::template match<A, rewind_mode::dontcare, Action, Control>(in, st...);
  }
};
// Spacing inside one line (a comment ends the line's content).
struct sp : spacing<false, false> {};
// Spacing between items: blank lines, comments, `;` and [stray_blank].
struct skip : spacing<true, true, stray_blank> {};
// Spacing allowed after a comma: a list may go on on the next line.
struct sp_nl : spacing<true, false> {};

// ---- numbers --------------------------------------------------------------
struct thai_digit : utf8::range<0x0E50, 0x0E59> {};
// The value (0-9) of the Thai digit U+0E50..U+0E59, bytes E0 B9 90..99, that
// starts at p (before e), or -1: for the rules and actions that look at bytes.
inline int thai_digit_at(const char* p, const char* e) {
  if (e - p < 3 || static_cast<unsigned char>(p[0]) != 0xE0 || static_cast<unsigned char>(p[1]) != 0xB9) return -1;
  auto d = static_cast<unsigned char>(p[2]);
  return d >= 0x90 && d <= 0x99 ? d - 0x90 : -1;
}
// The length of the digit (ASCII, or a Thai digit's three bytes) at p, or 0.
inline int digit_at(const char* p, const char* e) {
  if (p == e) return 0;
  if (*p >= '0' && *p <= '9') return 1;
  return thai_digit_at(p, e) >= 0 ? 3 : 0;
}
// 12, 1,700,000, 34,943.72, 0.34, and dotted numbers such as 2.1 or 3.2.1
// (indicator numbers), which the next phase tells apart by field. A comma
// followed by exactly three digits is a thousands separator. In one step,
// the same as
//   digit  <- [0-9] / [๐-๙]
//   number <- digit+ (',' digit digit digit !digit)* ('.' digit+)*
// (with PEGTL's combinators, each digit was a rule match of its own; the test
// Grammar.OneStepNumberIsTheCombinatorsNumber holds the two to the same language).
struct number : one_step<number> {
  static std::ptrdiff_t scan(const char* p, const char* e) {
    // The end of a run of digits starting at q (q itself when none).
    auto run = [e](const char* q) {
      while (int n = digit_at(q, e)) q += n;
      return q;
    };
    const char* q = run(p);
    if (q == p) return -1;
    while (q != e && *q == ',') {  // thousands groups
      const char* r = q + 1;
      int k = 0;
      for (; k < 3; ++k) {
        int n = digit_at(r, e);
        if (n == 0) break;
        r += n;
      }
      if (k < 3 || digit_at(r, e) != 0) break;
      q = r;
    }
    while (q != e && *q == '.') {  // decimals, or the parts of 2.1.3
      const char* r = run(q + 1);
      if (r == q + 1) break;
      q = r;
    }
    return q - p;
  }
};
struct fraction_den : number {};
// The `/den` of a fraction: 1/3 or ๖/๑๒, without spaces.
struct fraction_tail : seq<one<'/'>, must<fraction_den>> {};

// ---- names ----------------------------------------------------------------
// Non-ASCII code points that are not letters of a name: arrows and
// comparisons (symbols), and the characters above. One list, for the rule
// and for name_rest_star's check.
struct not_in_names : one_step<not_in_names> {
  // (Out of line: name_rest_star asks only for code points neither ASCII nor Thai.)
  [[gnu::noinline]] static bool contains(char32_t c) {
    return c == 0x2192 || c == 0x2264 || c == 0x2265 || stray_kind(c) != Stray::None;
  }
  static std::ptrdiff_t scan(const char* p, const char* e) {
    if (p == e || static_cast<unsigned char>(*p) == 0xE0) return -1;  // U+0800..U+0FFF, Thai among them: none
    char32_t cp;
    int n = code_point_at(p, e, cp);
    return n && contains(cp) ? n : -1;
  }
};
struct unicode_letter : seq<not_at<sor<thai_digit, not_in_names>>, utf8::range<0x0080, 0x10FFFF>> {};
struct name_start : sor<ascii::alpha, one<'_'>, unicode_letter> {};
struct name_rest : sor<ascii::alnum, one<'_', '-'>, unicode_letter, thai_digit> {};
// star<name_rest> in one step: Thai letters and digits (E0 B8 xx, E0 B9 xx)
// and ASCII are taken without a rule match per character; other code points
// are decoded and checked against the same list as unicode_letter.
struct name_rest_star : one_step<name_rest_star> {
  static std::ptrdiff_t scan(const char* begin, const char* end) {
    const auto* p = reinterpret_cast<const unsigned char*>(begin);
    const auto* e = reinterpret_cast<const unsigned char*>(end);
    const auto* q = p;
    while (q != e) {
      unsigned char c = *q;
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
          ++q;
          continue;
        }
        break;
      }
      if (c == 0xE0 && e - q >= 3 && (q[1] == 0xB8 || q[1] == 0xB9) && (q[2] & 0xC0) == 0x80) {
        q += 3;  // U+0E00..U+0E7F
        continue;
      }
      int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
      if (len == 0 || e - q < len) break;
      char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      bool ok = true;
      for (int k = 1; k < len; ++k) {
        if ((q[k] & 0xC0) != 0x80) ok = false;
        cp = (cp << 6) | (q[k] & 0x3F);
      }
      // Valid as PEGTL's utf8 rules decode: the shortest form, no surrogate.
      constexpr char32_t shortest[5] = {0, 0, 0x80, 0x800, 0x10000};
      if (!ok || cp < shortest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || not_in_names::contains(cp))
        break;
      q += len;
    }
    return q - p;
  }
};
struct name : seq<name_start, name_rest_star> {};

// ---- texts ----------------------------------------------------------------
struct escape_code : sor<one<'"', '\\', 'n', 't', '/'>, seq<one<'u'>, one<'{'>, rep_min_max<1, 6, xdigit>, one<'}'>>> {};
struct escape : seq<one<'\\'>, must<escape_code>> {};
// A run of ordinary characters, taken in one step (the same as
// plus<not_one<'"', '\\', '\n'>>, without a rule match per byte).
struct string_run : one_step<string_run> {
  static std::ptrdiff_t scan(const char* p, const char* e) {
    const char* q = p;
#if defined(__SSE2__)
    // Sixteen bytes at a time (SSE2 is part of every x86-64): compare with the
    // three stop bytes at once, and find the first by the mask's low bit.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), newline = _mm_set1_epi8('\n');
    while (e - q >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
      __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                 _mm_cmpeq_epi8(v, newline));
      if (int mask = _mm_movemask_epi8(hit)) {
        q += __builtin_ctz(static_cast<unsigned>(mask));
        return q == p ? -1 : q - p;
      }
      q += 16;
    }
#endif
    // Eight bytes at a time: a byte equal to `"`, `\` or a newline has a zero
    // after the XOR with that byte repeated (the classic "has zero byte" test).
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    while (e - q >= 8) {
      std::uint64_t w;
      std::memcpy(&w, q, 8);
      if (has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\')) | has_zero(w ^ (ones * '\n'))) break;
      q += 8;
    }
    while (q != e && *q != '"' && *q != '\\' && *q != '\n') ++q;
    return q == p ? -1 : q - p;
  }
};
struct string_char : sor<string_run, escape> {};
struct string_close : one<'"'> {};
struct string_body : seq<star<string_char>, string_close> {};
struct quoted : seq<one<'"'>, must<string_body>> {};
struct text_quotes : string<'"', '"', '"'> {};
struct text_body : until<text_quotes> {};
// """ ... """ may span lines; the common indentation is removed.
struct text_block : seq<text_quotes, must<text_body>> {};

// ---- symbols --------------------------------------------------------------
struct symbol
    : sor<string<'>', '='>, string<'<', '='>, string<'-', '>'>, one<'=', '<', '>', '-', '%', '/'>,
          utf8::one<0x2265, 0x2264, 0x2192>> {};

// ---- items ----------------------------------------------------------------
// A number, or a fraction when a `/` follows it: the number is read once.
struct value_number : seq<number, opt<fraction_tail>> {};
struct value_name : name {};
// A `%` (a symbol): a rule of its own, for the parser to tell `95%` apart.
struct percent : one<'%'> {};
// sor<text_block, quoted, value_number, value_name, symbol, stray>, with the
// alternative chosen by the first byte: the others could not match there
// (a `"` starts only texts, a digit only numbers, an ASCII letter or `_` only
// names, `>` `<` `=` `-` `/` only symbols, `%` only `percent` (a symbol too);
// a character pasted from Word is neither a name nor a symbol, and other
// non-ASCII code points are tried as a name, then as a symbol). The same
// language, without trying three or four alternatives in turn before each
// name and at each line's end.
struct value {
  using rule_t = value;
  using subs_t = type_list<text_block, quoted, value_number, value_name, symbol, percent, stray>;
  template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&... st) {
    if (in.empty()) return false;
    const auto c = static_cast<unsigned char>(in.peek_char());
    if (c == '"') {
      if (in.size(3) >= 3 && in.peek_char(1) == '"' && in.peek_char(2) == '"')
        return rare<A, M, Action, Control>(in, st...);
      return Control<quoted>::template match<A, M, Action, Control>(in, st...);
    }
    if ((c >= '0' && c <= '9') || thai_digit_at(in.current(), in.end()) >= 0)
      return Control<value_number>::template match<A, M, Action, Control>(in, st...);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
      return Control<value_name>::template match<A, M, Action, Control>(in, st...);
    if (c >= 0x80) {
      if (c != 0xE0 && stray::scan(in.current(), in.end()) > 0) return rare<A, M, Action, Control>(in, st...);
      return Control<sor<value_name, symbol>>::template match<A, M, Action, Control>(in, st...);
    }
    if (c == '>' || c == '<' || c == '=' || c == '-' || c == '/')
      return Control<symbol>::template match<A, M, Action, Control>(in, st...);
    if (c == '%') return rare<A, M, Action, Control>(in, st...);
    return false;
  }
  // A text block, a `%`, a character pasted from Word: out of line. (GCC
  // inlines this rule into the item's only while it is small: with a few
  // more instructions in it, it and other rules were called instead, 3 to 5 %
  // more instructions for `check`; a text block, rare, makes the room.)
  template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  [[gnu::noinline]] static bool rare(ParseInput& in, States&&... st) {
    const char c = in.peek_char();
    if (c == '"') return Control<text_block>::template match<A, M, Action, Control>(in, st...);
    if (c == '%') return Control<percent>::template match<A, M, Action, Control>(in, st...);
    return Control<stray>::template match<A, M, Action, Control>(in, st...);
  }
};
struct comma : one<','> {};
struct separator : seq<sp, opt<comma, sp_nl>> {};
struct values : star<separator, value> {};

struct item;
struct block_close : one<'}'> {};
struct block_open : one<'{'> {};
struct item_or_recover;
struct block_items : star<not_at<one<'}'>>, not_at<eof>, item_or_recover, skip> {};
struct block : seq<block_open, skip, block_items, must<block_close>> {};
struct item_end : sor<one<'\n'>, one<';'>, at<one<'}'>>, eof> {};
struct key : name {};
struct item : seq<key, values, sp, opt<block, sp>, must<item_end>> {};

// After an error, skip the rest of the item: to the end of its line, or past
// its block when the line opened one. Inside a block, a `}` at depth 0 ends
// the skip (it closes the enclosing block); at the top level there is no
// enclosing block, so a stray `}` is skipped with the rest of its line.
template <bool TopLevel>
struct recover {
  using rule_t = recover;
  using subs_t = empty_list;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&...) {
    std::size_t depth = 0;
    bool in_string = false, moved = false;
    while (!in.empty()) {
      const char c = in.peek_char();
      if (!TopLevel && !in_string && c == '}' && depth == 0) return moved;
      in.bump(1);
      moved = true;
      if (in_string) {
        if (c == '\\' && !in.empty() && in.peek_char() != '\n') in.bump(1);
        else if (c == '"') in_string = false;
        else if (c == '\n') {  // an unclosed text ends at the end of its line
          in_string = false;
          if (depth == 0) return true;
        }
        continue;
      }
      if (c == '"' && in.size(2) >= 2 && in.peek_char(0) == '"' && in.peek_char(1) == '"') {
        // a text block: skip to its end (or to the end of the file)
        in.bump(2);
        while (!in.empty() && !(in.size(3) >= 3 && in.peek_char(0) == '"' && in.peek_char(1) == '"' &&
                                in.peek_char(2) == '"'))
          in.bump(1);
        if (!in.empty()) in.bump(3);
      } else if (c == '"') in_string = true;
      else if (c == '{') ++depth;
      else if (c == '}' && depth > 0) --depth;
      else if (c == '\n' && depth == 0) return true;
    }
    return moved;
  }
};

struct item_start : must<item> {};
struct item_or_recover : sor<try_catch<item_start>, recover<false>> {};
struct top_item_or_recover : sor<try_catch<item_start>, recover<true>> {};
struct file : seq<opt<utf8::bom>, skip, star<not_at<eof>, top_item_or_recover, skip>, eof> {};

}  // namespace planc::grammar

namespace tao::pegtl {
// recover<> always consumes input when it succeeds (for pegtl::analyze).
template <typename Name, bool TopLevel>
struct analyze_traits<Name, planc::grammar::recover<TopLevel>> : analyze_any_traits<> {};
// number consumes at least one digit when it succeeds.
template <typename Name>
struct analyze_traits<Name, planc::grammar::number> : analyze_any_traits<> {};
// string_run consumes at least one byte when it succeeds.
template <typename Name>
struct analyze_traits<Name, planc::grammar::string_run> : analyze_any_traits<> {};
// value consumes input when it succeeds (each of its alternatives does).
template <typename Name>
struct analyze_traits<Name, planc::grammar::value> : analyze_any_traits<> {};
// A stray character, a run of stray blanks, a character not in names: one
// code point at least.
template <typename Name>
struct analyze_traits<Name, planc::grammar::stray> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, planc::grammar::stray_blank> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, planc::grammar::not_in_names> : analyze_any_traits<> {};
// spacing<> is a star<>: it may succeed without consuming input.
template <typename Name, bool Newlines, bool Semicolons, typename Blank>
struct analyze_traits<Name, planc::grammar::spacing<Newlines, Semicolons, Blank>> : analyze_opt_traits<> {};
// name_rest_star is a star<>: it may succeed without consuming input.
template <typename Name>
struct analyze_traits<Name, planc::grammar::name_rest_star> : analyze_opt_traits<> {};
}  // namespace tao::pegtl
