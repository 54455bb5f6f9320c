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
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace planc::grammar {
namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- spacing and comments -------------------------------------------------
struct line_comment : seq<two<'/'>, star<not_one<'\n'>>> {};
struct blank : one<' ', '\t', '\r'> {};
// Spacing inside one line (a comment ends the line's content).
struct sp : star<sor<blank, line_comment>> {};
// Spacing between items: blank lines, comments and `;`.
struct skip : star<sor<blank, one<'\n', ';'>, line_comment>> {};
// Spacing allowed after a comma: a list may go on on the next line.
struct sp_nl : star<sor<blank, one<'\n'>, line_comment>> {};

// ---- numbers --------------------------------------------------------------
struct thai_digit : utf8::range<0x0E50, 0x0E59> {};
struct digit : sor<ascii::digit, thai_digit> {};
// A comma followed by exactly three digits is a thousands separator.
struct group : seq<one<','>, digit, digit, digit, not_at<digit>> {};
struct digits : seq<plus<digit>, star<group>> {};
// 12, 1,700,000, 34,943.72, 0.34, and dotted numbers such as 2.1 or 3.2.1
// (indicator numbers), which the next phase tells apart by field.
struct number : seq<digits, star<one<'.'>, plus<digit>>> {};
struct fraction_den : number {};
// 1/3 or ๖/๑๒ without spaces.
struct fraction : seq<number, one<'/'>, must<fraction_den>> {};

// ---- names ----------------------------------------------------------------
struct unicode_letter
    : seq<not_at<sor<thai_digit, utf8::one<0x00A0, 0x2192, 0x2264, 0x2265, 0x201C, 0x201D,
                                          0x2018, 0x2019, 0x2013, 0x2014, 0xFEFF>>>,
          utf8::range<0x0080, 0x10FFFF>> {};
struct name_start : sor<ascii::alpha, one<'_'>, unicode_letter> {};
struct name_rest : sor<ascii::alnum, one<'_', '-'>, unicode_letter, thai_digit> {};
struct name : seq<name_start, star<name_rest>> {};

// ---- texts ----------------------------------------------------------------
struct escape_code : sor<one<'"', '\\', 'n', 't', '/'>, seq<one<'u'>, one<'{'>, rep_min_max<1, 6, xdigit>, one<'}'>>> {};
struct escape : seq<one<'\\'>, must<escape_code>> {};
struct string_char : sor<escape, not_one<'"', '\\', '\n'>> {};
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
struct value_number : number {};
struct value_name : name {};
struct value : sor<text_block, quoted, fraction, value_number, value_name, symbol> {};
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
}  // namespace tao::pegtl
