// The long explanations of `planc explain-code`: every code of the registry
// has one, in English and in Thai, with an example and its fix.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "support/diag_explanations.hpp"
#include "support/diagnostics.hpp"
#include "support/utf8.hpp"

namespace {

// The Thai block's letters, vowels, tone marks and digits.
bool is_thai(char32_t c) { return c >= 0x0E01 && c <= 0x0E5B; }
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The text outside backticks, each `...` span replaced by a line break (so a
// quoted keyword neither counts as English nor joins the words around it).
std::string outside_backticks(std::string_view s) {
  std::string out;
  bool inside = false;
  for (char c : s) {
    if (c == '`') {
      inside = !inside;
      if (inside) out += '\n';
    } else if (!inside) {
      out += c;
    }
  }
  return out;
}

struct Letters {
  std::size_t thai = 0, ascii = 0;
};

Letters count_letters(std::string_view s) {
  Letters n;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = planc::utf8::decode(s, i);
    if (is_thai(c)) ++n.thai;
    else if (is_ascii_letter(c)) ++n.ascii;
  }
  return n;
}

// An English word: ASCII letters (with `-` or `'` inside), maybe in an opening
// parenthesis, maybe followed by `,`, `.`, `:` or `)`. A `;`, a digit, a quote,
// a Thai letter or a line break ends a run of words.
bool is_english_word(std::string_view w) {
  if (!w.empty() && w.front() == '(') w.remove_prefix(1);
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ':' || w.back() == ')')) w.remove_suffix(1);
  if (w.empty() || !is_ascii_letter(static_cast<unsigned char>(w.front())) ||
      !is_ascii_letter(static_cast<unsigned char>(w.back())))
    return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return is_ascii_letter(static_cast<unsigned char>(c)) || c == '-' || c == '\'';
  });
}

// The longest run of English words in a row, outside backticks.
std::size_t longest_english_run(std::string_view s) {
  std::string text = outside_backticks(s);
  std::size_t longest = 0, run = 0;
  std::string word;
  auto end_word = [&] {
    if (word.empty()) return;
    run = is_english_word(word) ? run + 1 : 0;
    longest = std::max(longest, run);
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      end_word();
    } else if (c == '\n') {
      end_word();
      run = 0;
    } else {
      word += c;
    }
  }
  end_word();
  return longest;
}

// A field is English prose (rather than a code fragment) when it has three
// English words in a row: `keep the right one`, not `unit count; target >= 120`.
constexpr std::size_t kProseRun = 3;
// Thai text may name a thing in English (`Save As`, `Windows-874`), but not
// say a sentence in it.
constexpr std::size_t kMostEnglishWordsInThai = 3;
// At most this share of the letters of a Thai field (outside backticks) are
// ASCII: technical names such as UTF-8, planc, NA, Σ W.
constexpr double kMostAsciiInThai = 0.20;

// What is wrong with a field that should be Thai; empty when nothing is.
std::string thai_problem(std::string_view s) {
  Letters n = count_letters(outside_backticks(s));
  if (n.thai == 0) return "has no Thai letters";
  double ascii = static_cast<double>(n.ascii) / static_cast<double>(n.ascii + n.thai);
  if (ascii > kMostAsciiInThai)
    return "is " + std::to_string(static_cast<int>(ascii * 100)) + "% ASCII letters outside backticks";
  if (std::size_t run = longest_english_run(s); run > kMostEnglishWordsInThai)
    return "has " + std::to_string(run) + " English words in a row outside backticks";
  return "";
}

std::size_t backticks(std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '`')); }

struct Field {
  const char* name;
  std::string_view planc::Explanation::*member;
};
const Field kFields[] = {{"text", &planc::Explanation::text},
                         {"text_th", &planc::Explanation::text_th},
                         {"example", &planc::Explanation::example},
                         {"fix", &planc::Explanation::fix},
                         {"fix_th", &planc::Explanation::fix_th}};

}  // namespace

TEST(Explanations, EveryCodeHasEveryField) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code << " has no entry in src/support/diag_explanations.cpp";
    for (const Field& f : kFields) {
      std::string_view s = ex->*f.member;
      EXPECT_FALSE(s.empty()) << ci.code << ": `" << f.name << "` is empty";
      EXPECT_FALSE(planc::utf8::first_invalid(s)) << ci.code << ": `" << f.name << "` is not valid UTF-8";
    }
  }
}

TEST(Explanations, BackticksAreBalanced) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code;
    for (const Field& f : kFields)
      EXPECT_EQ(backticks(ex->*f.member) % 2, 0u) << ci.code << ": `" << f.name << "` has an unpaired backtick";
  }
}

TEST(Explanations, ThaiTextIsThai) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code;
    std::string problem = thai_problem(ex->text_th);
    EXPECT_TRUE(problem.empty()) << ci.code << ": `text_th` " << problem << ":\n" << ex->text_th;
  }
}

// A fix that is code is the same in both languages; a fix in words has its own
// Thai (and a `fix_th` that differs from `fix` is Thai).
TEST(Explanations, ThaiFixIsTheCodeOrThai) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code;
    if (ex->fix_th == ex->fix) {
      EXPECT_LT(longest_english_run(ex->fix), kProseRun)
          << ci.code << ": `fix` is English prose, and `fix_th` repeats it instead of saying it in Thai:\n" << ex->fix;
    } else {
      std::string problem = thai_problem(ex->fix_th);
      EXPECT_TRUE(problem.empty()) << ci.code << ": `fix_th` " << problem << ":\n" << ex->fix_th;
    }
  }
}

// The examples are printed to readers of both languages: code, with no English
// sentence in them.
TEST(Explanations, ExamplesAreCode) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code;
    EXPECT_LT(longest_english_run(ex->example), kProseRun) << ci.code << ": the example reads as English prose:\n"
                                                           << ex->example;
  }
}

// The helpers above tell Thai from English (so the tests can fail).
TEST(Explanations, TheChecksTellThaiFromEnglish) {
  EXPECT_EQ(thai_problem("ผลรวมน้ำหนักของยุทธศาสตร์ที่ ๑ เท่ากับ ๑.๐๑ ไม่ใช่ ๑"), "");
  EXPECT_EQ(thai_problem("บันทึกไฟล์ใหม่เป็น UTF-8 (โปรแกรมส่วนใหญ่ใช้คำสั่ง Save As แล้วเลือกการเข้ารหัสเป็น UTF-8)"), "");
  EXPECT_EQ(thai_problem("เพิ่ม `use \"std/scales\"; plan \"p\" { scale five-band }` ในไฟล์แผน"), "");
  EXPECT_NE(thai_problem("The weights of a group must sum to 1."), "");
  EXPECT_NE(thai_problem("น้ำหนัก: the weights of a group must sum to 1, exactly, as fractions"), "");
  EXPECT_NE(thai_problem(""), "");
  EXPECT_EQ(longest_english_run("keep the right `unit`, remove the other"), 3u);
  EXPECT_EQ(longest_english_run("unit count; target >= 120"), 1u);
  EXPECT_EQ(longest_english_run("use \"std/scales\"; plan \"p\" { scale five-band }"), 2u);
  EXPECT_EQ(longest_english_run("unit percent\n  target >= 80"), 2u);
  EXPECT_EQ(backticks("`a` and `b"), 3u);
}
