// The grammar and the parser: analysis of the grammar, every lexical form,
// both digit systems, recovery, and parse errors with their exact text.
#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "driver/loader.hpp"
#include "grammar/plan_grammar.hpp"
#include "syntax/parser.hpp"

using planc::syntax::ValueKind;

namespace {

struct Parsed {
  planc::driver::Program p;
  planc::syntax::SyntaxFile f;
};

std::unique_ptr<Parsed> parse(std::string text) {
  auto r = std::make_unique<Parsed>();
  r->f = planc::driver::parse_text(r->p, "t.plan", std::move(text));
  return r;
}

std::string messages(const Parsed& r) {
  std::string s;
  for (auto& d : r.p.diags.all())
    s += std::string(planc::info(d.code).code) + " " + std::to_string(r.p.sources.line(d.span)) + ":" +
         std::to_string(r.p.sources.col(d.span)) + " " + d.message.str() + "\n";
  return s;
}

}  // namespace

TEST(Grammar, AnalyzeFindsNoProblems) {
  // pegtl::analyze reports rules that could loop without consuming input.
  EXPECT_EQ(tao::pegtl::analyze<planc::grammar::file>(), 0u);
}

TEST(Parser, ItemsValuesAndBlocks) {
  auto r = parse("indicator 1 \"title\" {\n  unit level\n  target >= 3\n}\n");
  ASSERT_EQ(messages(*r), "");
  ASSERT_EQ(r->f.items.size(), 1u);
  auto& it = r->f.items[0];
  EXPECT_EQ(it.key, "indicator");
  ASSERT_EQ(it.values.size(), 2u);
  EXPECT_EQ(it.values[0].kind, ValueKind::Number);
  EXPECT_EQ(it.values[1].kind, ValueKind::String);
  EXPECT_EQ(it.values[1].text, "title");
  ASSERT_EQ(it.children.size(), 2u);
  EXPECT_EQ(it.children[1].values[0].kind, ValueKind::Symbol);
  EXPECT_EQ(it.children[1].values[0].text, ">=");
  EXPECT_EQ(r->p.sources.line(it.span), 1u);
  EXPECT_EQ(r->p.sources.line(it.children[1].span), 3u);
  EXPECT_EQ(r->p.sources.col(it.children[1].span), 3u);
}

TEST(Parser, ThaiAndArabicDigitsAreTheSameNumbers) {
  auto r = parse("a ๑,๗๐๐,๐๐๐.๕๐ 1,700,000.50 ๖/๑๒ 0.34 ๒.๒.๑\n");
  ASSERT_EQ(messages(*r), "");
  auto& v = r->f.items[0].values;
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].text, "1700000.50");
  EXPECT_TRUE(v[0].thai_digits);
  EXPECT_EQ(v[1].text, "1700000.50");
  EXPECT_FALSE(v[1].thai_digits);
  EXPECT_EQ(v[2].kind, ValueKind::Fraction);
  EXPECT_EQ(v[2].text, "6");
  EXPECT_EQ(v[2].den, "12");
  EXPECT_EQ(v[4].text, "2.2.1");
  EXPECT_EQ(v[4].raw, "๒.๒.๑");
}

// Numbers longer than the converter's stack buffer (64 bytes: 22 Thai digits)
// and digits of both scripts in one number read the same as ASCII.
TEST(Parser, LongAndMixedThaiNumbersConvertDigitByDigit) {
  std::string thai, ascii;
  const char* th[] = {"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"};
  for (int k = 0; k < 40; ++k) {
    thai += th[(k * 7 + 3) % 10];
    ascii += static_cast<char>('0' + (k * 7 + 3) % 10);
  }
  auto r = parse("a " + thai + "." + thai.substr(0, 9) + " 1๒,3๔5 ๑/2" + th[5] + "\n");
  ASSERT_EQ(messages(*r), "");
  auto& v = r->f.items[0].values;
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].text, ascii + "." + ascii.substr(0, 3));
  EXPECT_TRUE(v[0].thai_digits);
  EXPECT_EQ(v[1].text, "12345");
  EXPECT_TRUE(v[1].thai_digits);
  EXPECT_EQ(v[2].kind, ValueKind::Fraction);
  EXPECT_EQ(v[2].text, "1");
  EXPECT_EQ(v[2].den, "25");
}

// A text's ordinary characters are taken sixteen or eight bytes at a time:
// an escape, the closing quote or the end of the line found at any offset in
// such a block, after ASCII or Thai characters, ends the run where it is.
TEST(Parser, TextsEndWhereverTheirStopByteFalls) {
  for (std::size_t k = 0; k <= 40; ++k) {
    std::string run(k, 'x');
    std::string thai;
    for (std::size_t i = 0; i < k / 3; ++i) thai += "ก";
    thai += std::string(k % 3, 'y');
    auto r = parse("a \"" + run + "\\\"" + thai + "\" \"" + thai + "\"\n");
    ASSERT_EQ(messages(*r), "") << k;
    auto& v = r->f.items[0].values;
    ASSERT_EQ(v.size(), 2u) << k;
    EXPECT_EQ(v[0].text, run + "\"" + thai) << k;
    EXPECT_EQ(v[1].text, thai) << k;
    auto open = parse("b \"" + thai + run + "\nc 1\n");
    EXPECT_EQ(messages(*open).substr(0, 9), "E011 1:3 ") << k;  // not closed on its line
    ASSERT_FALSE(open->f.items.empty()) << k;
    EXPECT_EQ(open->f.items.back().key, "c") << k;                // the next line is an item of its own
  }
}

TEST(Parser, CommasSeparateListsUnlessFollowedByThreeDigits) {
  auto r = parse("values 50, 35,50, 1,500\n");
  ASSERT_EQ(messages(*r), "");
  auto& v = r->f.items[0].values;
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[1].text, "35");
  EXPECT_EQ(v[2].text, "50");
  EXPECT_EQ(v[3].text, "1500");
}

TEST(Parser, TrailingCommaContinuesOnTheNextLine) {
  auto r = parse("offices a, b,\n        c\nunit x\n");
  ASSERT_EQ(messages(*r), "");
  ASSERT_EQ(r->f.items.size(), 2u);
  EXPECT_EQ(r->f.items[0].values.size(), 3u);
}

TEST(Parser, NegativeNumbersAndRanges) {
  auto r = parse("w -0.5\nyears 2563-2565\nyears 2563 - 2565\n");
  ASSERT_EQ(messages(*r), "");
  EXPECT_EQ(r->f.items[0].values[0].text, "-0.5");
  EXPECT_EQ(r->f.items[1].values.size(), 3u);  // 2563, -, 2565
  EXPECT_EQ(r->f.items[2].values.size(), 3u);
}

TEST(Parser, TextsEscapesAndBlocks) {
  auto r = parse("a \"q\\\"b\\\\c\\n\\u{0E01}\"\nb \"\"\"\n    first\n      second\n\n    third\n    \"\"\"\n");
  ASSERT_EQ(messages(*r), "");
  EXPECT_EQ(r->f.items[0].values[0].text, "q\"b\\c\nก");
  EXPECT_EQ(r->f.items[1].values[0].kind, ValueKind::Text);
  EXPECT_EQ(r->f.items[1].values[0].text, "first\n  second\n\nthird");
}

TEST(Parser, ThaiNamesAndComments) {
  auto r = parse("// comment\noffice สนผ \"สำนักนโยบายและแผน\" // trailing\nunit ระดับคะแนน\n");
  ASSERT_EQ(messages(*r), "");
  EXPECT_EQ(r->f.items[0].values[0].kind, ValueKind::Name);
  EXPECT_EQ(r->f.items[0].values[0].text, "สนผ");
  EXPECT_EQ(r->f.items[1].values[0].text, "ระดับคะแนน");
  EXPECT_EQ(r->f.comments.size(), 2u);
}

TEST(Parser, SemicolonsSeparateItemsOnOneLine) {
  auto r = parse("project p \"t\" { budget 1; status done }\n");
  ASSERT_EQ(messages(*r), "");
  EXPECT_EQ(r->f.items[0].children.size(), 2u);
}

TEST(Parser, ColumnsCountCodePoints) {
  auto r = parse("plan \"ทดสอบ\" { agency 5 $ }\n");
  // `$` is the 25th code point of the line (each Thai letter counts one).
  EXPECT_EQ(messages(*r), "E010 1:25 unexpected `$` after `agency`: expected a value, `{` or the end of the line\n");
}

TEST(ParseErrors, ExactMessages) {
  EXPECT_EQ(messages(*parse("\"x\"\n")),
            "E010 1:1 expected a field name such as `title` or `indicator`, found a text in quotes\n");
  EXPECT_EQ(messages(*parse("a \"open\n")),
            "E011 1:3 this text is not closed: a `\"` is missing before the end of the line\n");
  EXPECT_EQ(messages(*parse("a {\n  b 1\n")),
            "E012 1:3 the block of `a` is not closed: expected `}` before the end of the file\n");
  EXPECT_EQ(messages(*parse("a \"\\x\"\n")), "E014 1:4 unknown escape `\\x` in a text\n");
  EXPECT_EQ(messages(*parse("a 1/\n")), "E010 1:5 expected a number after `/`, found the end of the line\n");
  EXPECT_EQ(messages(*parse("a b ]\n")),
            "E010 1:5 unexpected `]` after `a`: expected a value, `{` or the end of the line\n");
}

TEST(ParseErrors, RecoveryReportsEveryErrorOnce) {
  auto r = parse("a ]\nb ok\nc ]\nd {\n  e ]\n  f ok\n}\ng ok\n");
  EXPECT_EQ(r->p.diags.errors(), 3u);
  ASSERT_EQ(r->f.items.size(), 3u);  // b, d, g survive
  EXPECT_EQ(r->f.items[1].key, "d");
  EXPECT_EQ(r->f.items[1].children.size(), 1u);  // f
  EXPECT_TRUE(r->f.items[1].had_error);
}

TEST(ParseErrors, DeepNestingIsAnErrorNotACrash) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "a {";
  auto r = parse(deep);
  EXPECT_GE(r->p.diags.errors(), 1u);
  EXPECT_EQ(r->p.diags.all()[0].code, planc::Code::TooDeep);
}

TEST(ParseErrors, LongLineStaysLinear) {
  std::string line = "values ";
  for (int i = 0; i < 200000; ++i) line += "1, ";
  line += "1\n";
  auto r = parse(line);
  EXPECT_EQ(messages(*r), "");
  EXPECT_EQ(r->f.items[0].values.size(), 200001u);
  EXPECT_EQ(r->p.sources.col(r->f.items[0].values.back().span), 600008u);
}

TEST(ParseErrors, EmptyFileIsEmpty) {
  auto r = parse("");
  EXPECT_EQ(messages(*r), "");
  EXPECT_TRUE(r->f.items.empty());
}

// Texts are scanned eight bytes at a time: an escape or the closing quote at
// every position of a word must be found all the same.
TEST(Parser, TextsWithEscapesAtEveryOffset) {
  for (std::size_t at = 0; at < 20; ++at) {
    std::string body = std::string(at, 'a') + "\\\"" + std::string(19 - at, 'b');
    auto r = parse("title \"" + body + "\"\n");
    ASSERT_EQ(r->f.items.size(), 1u) << at;
    EXPECT_EQ(r->f.items[0].values[0].text, std::string(at, 'a') + "\"" + std::string(19 - at, 'b')) << at;
  }
  for (std::size_t len = 0; len < 20; ++len) {
    auto r = parse("title \"" + std::string(len, 'x') + "\" \"ก\"\n");
    ASSERT_EQ(r->f.items[0].values.size(), 2u) << len;
    EXPECT_EQ(r->f.items[0].values[0].text.size(), len);
    EXPECT_EQ(r->f.items[0].values[1].text, "ก");
  }
  auto r = parse("title \"abcdefghijklmnop\nrest\"\n");
  EXPECT_NE(messages(*r).find("E011 1:7"), std::string::npos) << messages(*r);  // a text ends at its line
}

TEST(Parser, NamesNumbersAndFractions) {
  auto r = parse("unit ประเด็น๑ o4_x-y\ntarget ≥๘๐\nweight ๖/๑๒ 1/3 -0.5 1,700,000\n");
  ASSERT_EQ(r->f.items.size(), 3u) << messages(*r);
  auto& u = r->f.items[0].values;
  ASSERT_EQ(u.size(), 2u);
  EXPECT_EQ(u[0].text, "ประเด็น๑");  // Thai digits may follow a name's first letter
  EXPECT_EQ(u[1].text, "o4_x-y");
  auto& t = r->f.items[1].values;
  ASSERT_EQ(t.size(), 2u);  // `≥` is a symbol, not part of a name
  EXPECT_EQ(t[0].kind, ValueKind::Symbol);
  EXPECT_EQ(t[0].text, ">=");
  EXPECT_EQ(t[1].text, "80");
  EXPECT_TRUE(t[1].thai_digits);
  auto& w = r->f.items[2].values;
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[0].kind, ValueKind::Fraction);
  EXPECT_EQ(w[0].text, "6");
  EXPECT_EQ(w[0].den, "12");
  EXPECT_EQ(w[0].raw, "๖/๑๒");
  EXPECT_EQ(w[1].kind, ValueKind::Fraction);
  EXPECT_EQ(w[2].kind, ValueKind::Number);
  EXPECT_EQ(w[2].text, "-0.5");
  EXPECT_EQ(w[2].raw, "-0.5");
  EXPECT_EQ(w[3].text, "1700000");
  EXPECT_EQ(w[3].raw, "1,700,000");
}

// The compiler streams top-level items and resets the tree arena after each:
// what it lowers must be the same as from the whole tree.
TEST(Parser, StreamedItemsAreTheWholeTreesItems) {
  std::string text = "a 1 { b 2 { c 3 } ; d \"x\" }\ne 4\nf { g 5 }\n";
  auto whole = parse(text);
  planc::driver::Program p;
  planc::FileId f = p.sources.add("t.plan", "", text);
  std::vector<std::string> seen;
  planc::syntax::parse(p.sources, f, p.diags, {}, [&](planc::syntax::Item&& it) {
    std::string s(it.key);
    for (auto& c : it.children) {
      s += " " + std::string(c.key);
      for (auto& g : c.children) s += "/" + std::string(g.key);
    }
    seen.push_back(s);
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"a b/c d", "e", "f g"}));
  ASSERT_EQ(whole->f.items.size(), 3u);
  EXPECT_EQ(whole->f.items[0].children[0].children[0].values[0].text, "3");
}

// grammar::number matches in one step what the combinator rules of
// grammar/plan.peg match: the same length on every string of up to six
// characters from digits (ASCII and Thai), `,`, `.`, `/`, a letter and a
// space, and at every prefix of a few long ones.
namespace reference_number {
using namespace tao::pegtl;
struct digit : sor<ascii::digit, planc::grammar::thai_digit> {};
struct group : seq<one<','>, digit, digit, digit, not_at<digit>> {};
struct digits : seq<plus<digit>, star<group>> {};
struct number : seq<digits, star<one<'.'>, plus<digit>>> {};
}  // namespace reference_number

namespace {
// The bytes a rule matches at the start of s, or -1 when it does not match.
template <typename Rule>
long matched(const std::string& s) {
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(s, "t");
  if (!tao::pegtl::parse<Rule>(in)) return -1;
  return static_cast<long>(in.current() - s.data());
}
}  // namespace

TEST(Grammar, OneStepNumberIsTheCombinatorsNumber) {
  const std::vector<std::string> alphabet = {"1", "0", "๕", "๐", ",", ".", "/", "x", " "};
  std::vector<std::string> strings = {""};
  std::size_t checked = 0;
  for (int len = 0; len < 7; ++len) {
    std::vector<std::string> longer;
    for (const auto& s : strings) {
      ASSERT_EQ(matched<planc::grammar::number>(s), matched<reference_number::number>(s)) << "`" << s << "`";
      ++checked;
      for (const auto& c : alphabet) longer.push_back(s + c);
    }
    strings = std::move(longer);
  }
  EXPECT_GT(checked, 60000u);
  for (std::string s : {"1,700,000.25.3,000", "๑,๗๐๐,๐๐๐.๕", "12,345,6789", "1.2.3.4.", "3,14,159", "๑๒,๓๔๕"})
    for (std::size_t n = 0; n <= s.size(); ++n) {
      std::string prefix = s.substr(0, n);  // may cut a Thai digit: its bytes are no digit then
      EXPECT_EQ(matched<planc::grammar::number>(prefix), matched<reference_number::number>(prefix)) << prefix;
    }
  EXPECT_EQ(matched<planc::grammar::number>("1,700,000.25 x"), 12);
  EXPECT_EQ(matched<planc::grammar::number>("12,3456"), 2);  // four digits after the comma: a list, not a group
  EXPECT_EQ(matched<planc::grammar::number>("x1"), -1);
}

// ---- characters pasted from Word, and `%` after a number ----------------------

namespace {
// Each diagnostic's hint, one a line.
std::string hints(const Parsed& r) {
  std::string s;
  for (auto& d : r.p.diags.all()) s += d.hint.str() + "\n";
  return s;
}
}  // namespace

// Each is named by its code point, once, and read as what it stands for: the
// item is whole (and not marked as having an error), nothing else is reported.
TEST(PastedCharacters, ANoBreakSpaceIsASpace) {
  auto r = parse("target\u00A0>= 80\n");
  EXPECT_EQ(messages(*r), "E015 1:7 unexpected no-break space `U+00A0` after `target`\n");
  EXPECT_EQ(hints(*r), "write an ordinary space instead: this one comes with text pasted from Word or a web page\n");
  ASSERT_EQ(r->f.items.size(), 1u);
  EXPECT_FALSE(r->f.items[0].had_error);
  ASSERT_EQ(r->f.items[0].values.size(), 2u);
  EXPECT_EQ(r->f.items[0].values[0].text, ">=");
  EXPECT_EQ(r->f.items[0].values[1].text, "80");
  // In Thai, with the same code point.
  EXPECT_EQ(r->p.diags.all()[0].message.str({planc::Lang::Th, true}),
            "พบช่องว่างแบบไม่ตัดบรรทัด `U+00A0` หลัง `target`");
}

TEST(PastedCharacters, AZeroWidthSpaceIsNothing) {
  // Inside a name: one name again, its text without the character.
  auto r = parse("unit ร้อย\u200Bละ\n");
  EXPECT_EQ(messages(*r), "E015 1:10 unexpected invisible character `U+200B` (zero-width space) after `ร้อย`\n");
  EXPECT_EQ(hints(*r), "delete it: it often comes with text pasted from Word (VS Code draws a small box where it is)\n");
  ASSERT_EQ(r->f.items[0].values.size(), 1u);
  EXPECT_EQ(r->f.items[0].values[0].kind, ValueKind::Name);
  EXPECT_EQ(r->f.items[0].values[0].text, "ร้อยละ");
  EXPECT_EQ(r->f.items[0].values[0].raw, "ร้อย\u200Bละ");
  // At the end of a name; inside a field name; between digits; two in a row.
  r = parse("unit percent\u200B\nye\u200Car 2567\nvalue 7\u200D0\nunit a\u2060\u200Bb\n");
  EXPECT_EQ(r->p.diags.errors(), 4u) << messages(*r);
  ASSERT_EQ(r->f.items.size(), 4u);
  EXPECT_EQ(r->f.items[0].values[0].text, "percent");
  EXPECT_EQ(r->f.items[1].key, "year");
  ASSERT_EQ(r->f.items[2].values.size(), 1u);
  EXPECT_EQ(r->f.items[2].values[0].text, "70");
  ASSERT_EQ(r->f.items[3].values.size(), 1u);
  EXPECT_EQ(r->f.items[3].values[0].text, "ab");
  for (auto& it : r->f.items) EXPECT_FALSE(it.had_error);
  // Before a number's point: one number (an indicator number too).
  r = parse("result 3\u200B.8\n");
  EXPECT_EQ(r->p.diags.errors(), 1u);
  ASSERT_EQ(r->f.items[0].values.size(), 1u);
  EXPECT_EQ(r->f.items[0].values[0].text, "3.8");
  // Before a word (after a space) it is nothing: the word is a value of its own.
  r = parse("unit \u200Bpercent\n");
  EXPECT_EQ(r->p.diags.errors(), 1u);
  EXPECT_EQ(r->f.items[0].values[0].text, "percent");
}

TEST(PastedCharacters, BlanksBetweenItemsAndAfterABlock) {
  auto r = parse("\u00A0\u00A0a 1\n\uFEFFb 2\nc {\n  d 3\n}\u00A0\ne 4\n");
  EXPECT_EQ(messages(*r),
            "E015 1:1 unexpected no-break space `U+00A0` at the start of the line\n"
            "E015 2:1 unexpected invisible character `U+FEFF` (byte order mark) at the start of the line\n"
            "E015 5:2 unexpected no-break space `U+00A0` after `}`\n");
  ASSERT_EQ(r->f.items.size(), 4u);  // a, b, c, e: none lost
  EXPECT_EQ(r->f.items[2].children.size(), 1u);
  // A byte order mark that starts the file is no mistake.
  EXPECT_EQ(messages(*parse("\uFEFFa 1\n")), "");
}

TEST(PastedCharacters, LookAlikesAreWhatTheyLookLike) {
  auto r = parse("title “ร้อยละ ๘๐”\nyears 2567 – 2568\nw −0.5\npoint 60 –> 1\n");
  EXPECT_EQ(messages(*r),
            "E015 1:7 unexpected `“` (`U+201C`, curly opening quote) after `title`\n"
            "E015 2:12 unexpected `–` (`U+2013`, en dash) after `2567`\n"
            "E015 3:3 unexpected `−` (`U+2212`, minus sign) after `w`\n"
            "E015 4:10 unexpected `–` (`U+2013`, en dash) after `60`\n");
  EXPECT_EQ(hints(*r),
            "write straight quotes `\"` instead of `“` and `”` (Word curls quotes as you type)\n"
            "write a plain `-` instead of `–` (Word lengthens `-` into a dash as you type)\n"
            "write a plain `-` instead of `−` (Word lengthens `-` into a dash as you type)\n"
            "write a plain `-` instead of `–` (Word lengthens `-` into a dash as you type)\n");
  ASSERT_EQ(r->f.items.size(), 4u);
  EXPECT_EQ(r->f.items[0].values[0].kind, ValueKind::String);
  EXPECT_EQ(r->f.items[0].values[0].text, "ร้อยละ ๘๐");
  ASSERT_EQ(r->f.items[1].values.size(), 3u);
  EXPECT_EQ(r->f.items[1].values[1].text, "-");
  ASSERT_EQ(r->f.items[2].values.size(), 1u);  // a minus sign against a number is its sign
  EXPECT_EQ(r->f.items[2].values[0].text, "-0.5");
  EXPECT_EQ(r->f.items[2].values[0].raw, "−0.5");
  ASSERT_EQ(r->f.items[3].values.size(), 3u);
  EXPECT_EQ(r->f.items[3].values[1].text, "->");
}

TEST(PastedCharacters, FullWidthFormsAreTheirAscii) {
  auto r = parse("target >= ６０\nweight １／３\naggregate ｍｅａｎ\ntarget ＞＝ 1\n");
  EXPECT_EQ(messages(*r),
            "E015 1:11 unexpected full-width digit `６` (`U+FF16`) after `>=`\n"
            "E015 2:8 unexpected full-width digit `１` (`U+FF11`) after `weight`\n"
            "E015 3:11 unexpected full-width letter `ｍ` (`U+FF4D`) after `aggregate`\n"
            "E015 4:8 unexpected full-width sign `＞` (`U+FF1E`) after `target`\n");
  EXPECT_EQ(r->p.diags.all()[0].hint.str(),
            "write `60` instead of `６０` (full-width characters come from a Chinese or Japanese keyboard, or from a PDF)");
  ASSERT_EQ(r->f.items.size(), 4u);
  EXPECT_EQ(r->f.items[0].values[1].kind, ValueKind::Number);
  EXPECT_EQ(r->f.items[0].values[1].text, "60");
  EXPECT_EQ(r->f.items[1].values[0].kind, ValueKind::Fraction);
  EXPECT_EQ(r->f.items[1].values[0].text, "1");
  EXPECT_EQ(r->f.items[1].values[0].den, "3");
  EXPECT_EQ(r->f.items[2].values[0].kind, ValueKind::Name);
  EXPECT_EQ(r->f.items[2].values[0].text, "mean");
  EXPECT_EQ(r->f.items[3].values[0].text, ">=");
}

// Where planc cannot tell what the character stands for, it names it all the
// same, and skips the rest of the item as after any syntax error.
TEST(PastedCharacters, UnreadableOnesAreNamedAllTheSame) {
  auto r = parse("a “open\nb \"x\" ！\nｕｎｉｔ x\nc 1/\u00A02\nw 0.\u200B05\nd ok\n");
  EXPECT_EQ(messages(*r),
            "E015 1:3 unexpected `“` (`U+201C`, curly opening quote) after `a`\n"
            "E015 2:7 unexpected full-width sign `！` (`U+FF01`) after a text\n"
            "E015 3:1 unexpected full-width letter `ｕ` (`U+FF55`) at the start of the line\n"
            "E015 4:5 unexpected no-break space `U+00A0` after `/`\n"
            "E015 5:5 unexpected invisible character `U+200B` (zero-width space) after `.`\n");
  EXPECT_EQ(r->p.diags.all()[3].hint.str(), "delete it: a fraction is written without spaces, such as `1/3`");
  ASSERT_EQ(r->f.items.size(), 1u);
  EXPECT_EQ(r->f.items[0].key, "d");
  // A text opened with `"` and closed with `”`: not closed, and the hint says why.
  r = parse("title \"ร้อยละ”\n");
  EXPECT_EQ(messages(*r), "E011 1:7 this text is not closed: a `\"` is missing before the end of the line\n");
  EXPECT_EQ(hints(*r), "write a straight quote `\"` instead of `”` (Word curls quotes as you type)\n");
}

// A `%` after a number: once, at the `%`; the number is what was meant.
TEST(PercentSign, ReportedOnceAndReadAsTheNumber) {
  auto r = parse("indicator 1 \"i\" {\n  unit ร้อยละ\n  target >= ๙๕%\n  weight 25%\n}\n");
  EXPECT_EQ(messages(*r), "E021 3:15 `target` takes the number without `%`\nE021 4:12 `weight` takes the number without `%`\n");
  EXPECT_EQ(hints(*r),
            "drop the `%`: the unit `ร้อยละ` already says it is a percent\n"
            "a weight is a share of 1: write `0.25`\n");
  EXPECT_EQ(r->p.diags.all()[1].hint.str({planc::Lang::Th, true}), "น้ำหนักเป็นสัดส่วนของ ๑ ให้เขียน `0.25`");
  auto& ind = r->f.items[0];
  EXPECT_FALSE(ind.had_error);
  ASSERT_EQ(ind.children[1].values.size(), 2u);  // >= 95
  EXPECT_EQ(ind.children[1].values[1].text, "95");
  EXPECT_EQ(ind.children[1].values[1].raw, "๙๕");
  ASSERT_EQ(ind.children[2].values.size(), 1u);  // 25% is 0.25
  EXPECT_EQ(ind.children[2].values[0].text, "0.25");
  EXPECT_EQ(ind.children[2].values[0].raw, "25%");
}

TEST(PercentSign, AShareOfOneInThePlansDigits) {
  auto shares = [](const std::string& text) {
    auto r = parse(text);
    std::string s;
    for (auto& it : r->f.items)
      s += std::string(it.values[0].text) + (it.values[0].den.empty() ? "" : "/" + std::string(it.values[0].den)) + " ";
    return s + "| " + hints(*r);
  };
  EXPECT_EQ(shares("weight ๒๕%\n"), "0.25 | a weight is a share of 1: write `๐.๒๕`\n");
  EXPECT_EQ(shares("weight 2.5 %\n"), "0.025 | a weight is a share of 1: write `0.025`\n");
  EXPECT_EQ(shares("weight 100%\n"), "1 | a weight is a share of 1: write `1`\n");
  EXPECT_EQ(shares("weight 1/4%\n"), "1/400 | a weight is a share of 1: write `1/400`\n");
  EXPECT_EQ(shares("tolerance 1%\n"), "0.01 | a tolerance is a share of 1, as weights are: write `0.01`\n");
  EXPECT_EQ(shares("value 85%\n"),
            "85 | drop the `%`: numbers in a plan are written without it; the indicator's `unit` says whether they "
            "are a percent\n");
  EXPECT_EQ(shares("percent 89.47%\n"), "89.47 | drop the `%`: `percent` already says it is a percent\n");
}

TEST(PercentSign, ElsewhereItIsASymbol) {
  auto r = parse("unit %\nvalue ４％\n");
  EXPECT_EQ(messages(*r),
            "E015 2:7 unexpected full-width digit `４` (`U+FF14`) after `value`\n"
            "E021 2:8 `value` takes the number without `%`\n");
  ASSERT_EQ(r->f.items[0].values.size(), 1u);
  EXPECT_EQ(r->f.items[0].values[0].kind, ValueKind::Symbol);
  EXPECT_EQ(r->f.items[0].values[0].text, "%");
  ASSERT_EQ(r->f.items[1].values.size(), 1u);
  EXPECT_EQ(r->f.items[1].values[0].text, "4");
}
