// The language planc speaks to a person: Thai or English, and whether numbers
// it prints are in Thai digits. Chosen once per run (--lang, else the plan's
// `language`, else the environment's locale) and handed to whatever prints
// words: diagnostics, explain-code, the command line's summaries.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace planc {

enum class Lang : unsigned char { En, Th };

struct Locale {
  Lang lang = Lang::En;
  bool thai_digits = false;  // numbers planc prints (not those quoted from the plan) in Thai digits
  // What the plan calls a strategy and an indicator (`levels "องค์ประกอบ"
  // "ตัวบ่งชี้"`): a Thai message then says "องค์ประกอบที่ ๑" where it would
  // say "ยุทธศาสตร์ที่ ๑", and "ตัวบ่งชี้ ๑.๑" for "ตัวชี้วัด ๑.๑". Empty: the usual words.
  std::string strategy_word, indicator_word;
};

// "th" / "en" (also "th_TH.UTF-8", "en-GB" and the like); nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view s);

// The environment's language: LC_ALL, else LC_MESSAGES, else LANG; Thai when it
// starts with "th", English otherwise (and when none is set).
Lang environment_lang();

std::string_view lang_code(Lang l);  // "th" / "en"

}  // namespace planc
