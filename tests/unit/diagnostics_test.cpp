// The diagnostics registry and its renderers.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "driver/loader.hpp"
#include "support/diag_explanations.hpp"
#include "support/diagnostics.hpp"
#include "support/utf8.hpp"

namespace {
bool has_thai(std::string_view s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xE0 &&
        (static_cast<unsigned char>(s[i + 1]) == 0xB8 || static_cast<unsigned char>(s[i + 1]) == 0xB9))
      return true;
  return false;
}
std::string outside_code(std::string_view s) {
  std::string out;
  bool code = false;
  for (char c : s) {
    if (c == '`') code = !code;
    else if (!code) out += c;
  }
  return out;
}
}  // namespace

TEST(Registry, CodesAreUniqueAndWellFormed) {
  std::set<std::string_view> seen;
  for (const auto& ci : planc::all_codes()) {
    EXPECT_TRUE(seen.insert(ci.code).second) << ci.code;
    ASSERT_EQ(ci.code.size(), 4u);
    EXPECT_EQ(ci.code[0], ci.severity == planc::Severity::Error     ? 'E'
                          : ci.severity == planc::Severity::Warning ? 'W'
                                                                    : 'N')
        << ci.code;
    EXPECT_FALSE(ci.title.empty());
    EXPECT_TRUE(islower(static_cast<unsigned char>(ci.title[0]))) << ci.code << ": titles start lower case";
    EXPECT_NE(ci.title.back(), '.') << ci.code << ": no full stop";
    EXPECT_TRUE(has_thai(ci.title_th)) << ci.code << " has no Thai title";
  }
}

// Every message, note, hint and term of the registry has its words in both
// languages: Thai words (outside `code`) wherever the English has words.
TEST(Registry, EveryTextIsInThaiAndEnglish) {
  std::size_t messages = 0;
  for (const auto& t : planc::all_texts()) {
    messages += t.message;
    EXPECT_FALSE(t.words->en.empty()) << t.name;
    EXPECT_FALSE(t.words->th.empty()) << t.name;
    std::string en = outside_code(t.words->en), th = outside_code(t.words->th);
    EXPECT_FALSE(has_thai(en)) << t.name << ": Thai outside `code` in the English text";
    bool en_has_words = std::any_of(en.begin(), en.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (en_has_words) {
      EXPECT_TRUE(has_thai(th)) << t.name << " has no Thai words: " << t.words->th;
    }
    EXPECT_EQ(std::count(t.words->th.begin(), t.words->th.end(), '`') % 2, 0) << t.name << ": unbalanced `";
    EXPECT_EQ(std::count(t.words->en.begin(), t.words->en.end(), '`') % 2, 0) << t.name << ": unbalanced `";
  }
  EXPECT_GT(messages, 90u);
}

// A message is put into words when it is printed, in the language asked for;
// numbers outside `code` in Thai digits only for Thai with Thai digits.
TEST(Registry, TextsArePrintedInTheLanguageAskedFor) {
  planc::Text t = planc::text(planc::msg::IndicatorNumberTwice, 3, 12);
  EXPECT_EQ(t.str(), "strategy 3 has two indicators numbered 12");
  EXPECT_EQ(t.str({planc::Lang::Th, false}), "ประเด็นยุทธศาสตร์ที่ 3 มีตัวชี้วัดเลข 12 สองตัว");
  EXPECT_EQ(t.str({planc::Lang::Th, true}), "ประเด็นยุทธศาสตร์ที่ ๓ มีตัวชี้วัดเลข ๑๒ สองตัว");
  EXPECT_EQ(t.str({planc::Lang::En, true}), "strategy 3 has two indicators numbered 12");  // Thai digits only in Thai
  // Quoted code keeps its digits as written; a term follows the message's language.
  planc::Text q = planc::text(planc::msg::NoSuchName, planc::txt::KindUnit, "ระดับ๒");
  EXPECT_EQ(q.str({planc::Lang::Th, true}), "ไม่มีหน่วยนับ `ระดับ๒`");
  EXPECT_EQ(q.str({planc::Lang::En, false}), "there is no unit `ระดับ๒`");
  // Thai digits outside code print as Arabic digits for a reader of Arabic digits.
  planc::Text w = planc::text(planc::msg::WeightRange, "๑.๕");
  EXPECT_EQ(w.str(), "a weight is between 0 and 1, not 1.5");
  // A text inside a text.
  planc::Text n = planc::text(planc::msg::WeightsSumNotOne, planc::text(planc::txt::GroupStrategy, "2"), "0.8");
  EXPECT_EQ(n.str({planc::Lang::Th, true}), "น้ำหนักของตัวชี้วัดในประเด็นยุทธศาสตร์ที่ ๒ รวมกันได้ ๐.๘ ไม่เท่ากับ ๑");
}

// A plan's own words for its levels (`levels "องค์ประกอบ" "ตัวบ่งชี้"`) in Thai
// messages: before a number, outside code; English and code as they are.
TEST(Registry, ThaiMessagesUseThePlansLevelWords) {
  planc::Locale qa{planc::Lang::Th, true, "องค์ประกอบ", "ตัวบ่งชี้"};
  planc::Text t = planc::text(planc::msg::IndicatorNumberTwice, 3, 12);
  EXPECT_EQ(t.str(qa), "องค์ประกอบที่ ๓ มีตัวบ่งชี้เลข ๑๒ สองตัว");  // wherever the message names a level
  // "น้ำหนักของยุทธศาสตร์", "ยุทธศาสตร์อื่น": the words of a text inside the message too.
  planc::Text sum = planc::text(planc::msg::WeightsSumNot100, planc::text(planc::txt::TheStrategies), "105");
  EXPECT_EQ(sum.str(qa).rfind("น้ำหนักขององค์ประกอบ รวมกันได้ร้อยละ ๑๐๕", 0), 0u) << sum.str(qa);
  planc::Text other = planc::text(planc::msg::StrategyWithoutWeight, "1", std::size_t{1});
  EXPECT_NE(other.str(qa).find("ขณะที่องค์ประกอบอื่น ๑ รายการมีน้ำหนัก"), std::string::npos) << other.str(qa);
  // A value given to a message (a title, a weight as written) is never reworded.
  planc::Text given = planc::text(planc::txt::StrategyWeight, "1", "ตัวชี้วัด ยุทธศาสตร์");
  EXPECT_EQ(given.str(qa), "องค์ประกอบที่ ๑: น้ำหนัก ตัวชี้วัด ยุทธศาสตร์");
  // A level word with braces is put in as it is (it is not a format).
  planc::Locale braces{planc::Lang::Th, false, "มิติ{0}", "ข้อ}"};
  EXPECT_EQ(t.str(braces), "มิติ{0}ที่ 3 มีข้อ}เลข 12 สองตัว");
  planc::Text w = planc::text(planc::msg::StrategyWeightedDiffers, "71", "1", "70.00");
  EXPECT_EQ(w.str(qa), "รายงานระบุคะแนนถ่วงน้ำหนักขององค์ประกอบที่ ๑ (W × คะแนน) เป็น ๗๑ แต่ค่าที่คำนวณจากแผนคือ ๗๐.๐๐");
  planc::Text r = planc::text(planc::msg::RowHasNoPercent, "1.2");
  EXPECT_EQ(r.str(qa), "ตัวบ่งชี้ ๑.๒ ไม่มีร้อยละให้เผยแพร่ เพราะคะแนนเป็นคะแนนที่ผู้ประเมินให้ หรือคิดจากระดับค่าเป้าหมาย");
  // "ตัวชี้วัดที่ 8" too (the example of `result 3.8`).
  planc::Text ex = planc::text(planc::txt::WantResultId);
  EXPECT_NE(ex.str(qa).find("องค์ประกอบที่ ๓ ตัวบ่งชี้ที่ ๘"), std::string::npos) << ex.str(qa);
  planc::Locale en = qa;
  en.lang = planc::Lang::En;
  EXPECT_EQ(w.str(en), "the report prints 71 as strategy 1's weighted score (W × its score), but it is 70.00");
  // Only the strategy word given: indicators keep theirs.
  planc::Locale dims{planc::Lang::Th, false, "มิติ", ""};
  EXPECT_EQ(r.str(dims), "ตัวชี้วัด 1.2 ไม่มีร้อยละให้เผยแพร่ เพราะคะแนนเป็นคะแนนที่ผู้ประเมินให้ หรือคิดจากระดับค่าเป้าหมาย");
  EXPECT_EQ(w.str(dims), "รายงานระบุคะแนนถ่วงน้ำหนักของมิติที่ 1 (W × คะแนน) เป็น 71 แต่ค่าที่คำนวณจากแผนคือ 70.00");
  // No word given: the report's, as its tables print them ("ประเด็นยุทธศาสตร์ที่ ๑").
  planc::Locale plain{planc::Lang::Th, false, "", ""};
  EXPECT_EQ(w.str(plain), "รายงานระบุคะแนนถ่วงน้ำหนักของประเด็นยุทธศาสตร์ที่ 1 (W × คะแนน) เป็น 71 แต่ค่าที่คำนวณจากแผนคือ 70.00");
  EXPECT_EQ(r.str(plain), "ตัวชี้วัด 1.2 ไม่มีร้อยละให้เผยแพร่ เพราะคะแนนเป็นคะแนนที่ผู้ประเมินให้ หรือคิดจากระดับค่าเป้าหมาย");
}

TEST(Registry, EveryCodeHasALongExplanation) {
  for (const auto& ci : planc::all_codes()) {
    const auto* ex = planc::explanation(ci.code);
    ASSERT_NE(ex, nullptr) << ci.code << " has no entry in src/support/diag_explanations.cpp";
    EXPECT_GT(ex->text.size(), 40u) << ci.code;
    EXPECT_FALSE(ex->example.empty()) << ci.code;
    EXPECT_FALSE(ex->fix.empty()) << ci.code;
  }
}

TEST(Width, ThaiCombiningMarksTakeNoColumn) {
  EXPECT_EQ(planc::utf8::display_width("ระดับ"), 4);      // MAI HAN-AKAT sits above
  EXPECT_EQ(planc::utf8::display_width("ที่"), 1);        // SARA II and MAI EK sit above THO THAHAN
  EXPECT_EQ(planc::utf8::display_width("ร้อยละ"), 5);
  EXPECT_EQ(planc::utf8::display_width("abc"), 3);
  EXPECT_EQ(planc::utf8::display_width("表"), 2);         // wide
}

TEST(Render, CaretSitsUnderTheThaiSpan) {
  planc::driver::Program p;
  std::string line = "  indicator ๑ \"ที่ดี\" { unit ระดบ }";
  planc::FileId f = p.sources.add("t.plan", "", line + "\n");
  auto b = static_cast<std::uint32_t>(line.find("ระดบ"));
  planc::Diagnostic d{planc::Code::UnknownName, planc::Severity::Error,
                      p.sources.span(f, b, b + static_cast<std::uint32_t>(std::string("ระดบ").size())),
                      planc::text(planc::msg::NoSuchName, planc::txt::KindUnit, "ระดบ"), {}, {}};
  std::string out = planc::render_text(p.sources, d, {});
  // `  indicator ๑ "ที่ดี" { unit ` is 29 code points but 26 columns (three marks sit above).
  EXPECT_EQ(p.sources.col(d.span), 30u);
  EXPECT_NE(out.find("\n  | " + std::string(26, ' ') + "^^^^\n"), std::string::npos) << out;
}

TEST(Render, ShortAndSarif) {
  planc::driver::Program p;
  planc::FileId f = p.sources.add("t.plan", "", "weight 1/0\n");
  planc::Diagnostic d{planc::Code::BadNumber, planc::Severity::Error, p.sources.span(f, 7, 10),
                      planc::text(planc::msg::DividesByZero, "1/0"), {}, planc::text(planc::txt::FractionDenominator)};
  EXPECT_EQ(planc::render_short(p.sources, d), "t.plan:1:8: error[E024]: `1/0` divides by zero\n");
  EXPECT_EQ(planc::render_short(p.sources, d, {planc::Lang::Th, true}), "t.plan:1:8: error[E024]: `1/0` หารด้วยศูนย์\n");
  std::string th = planc::render_text(p.sources, d, {.color = false, .locale = {planc::Lang::Th, true}});
  EXPECT_NE(th.find("t.plan:1:8: ข้อผิดพลาด[E024]: `1/0` หารด้วยศูนย์\n"), std::string::npos) << th;
  EXPECT_NE(th.find("  = คำแนะนำ: ตัวส่วนของเศษส่วนต้องไม่เป็น ๐ เช่น `1/3`\n"), std::string::npos) << th;
  EXPECT_NE(planc::render_sarif(p.sources, {d}, {planc::Lang::Th, false}).find(R"("language":"th")"), std::string::npos);
  EXPECT_NE(planc::render_json(p.sources, {d}, {planc::Lang::Th, false}).find(R"("lang":"th","message":"`1/0` หารด้วยศูนย์")"),
            std::string::npos);
  std::string sarif = planc::render_sarif(p.sources, {d});
  EXPECT_NE(sarif.find(R"("region":{"startLine":1,"startColumn":8,"endLine":1,"endColumn":11})"), std::string::npos)
      << sarif;
  EXPECT_NE(sarif.find(R"("ruleId":"E024","level":"error")"), std::string::npos);
}

namespace {
// The reference for the validators: decode one code point at a time.
std::optional<std::size_t> plain_first_invalid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    char32_t cp = len == 1 ? c : c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}
}  // namespace

// The UTF-8 validator's fast paths (ASCII words, Thai characters, 32 bytes at
// a time with AVX2) against a plain decoder, on valid and broken text with
// the fault at every offset.
TEST(Utf8, FastPathsAgreeWithThePlainDecoder) {
  auto plain = plain_first_invalid;
  const std::string good = "ระดับความสำเร็จ abc ๑๒๓ é → 😀 สำนัก";
  EXPECT_EQ(planc::utf8::first_invalid(good), std::nullopt);
  EXPECT_EQ(planc::utf8::count_code_points(good), 35u);
  for (std::size_t at = 0; at <= good.size(); ++at)
    for (std::string bad : {"\xE0", "\xE0\xB8", "\xFF", "\xC0\x80", "\xED\xA0\x80", "\xE0\xB8\x41"}) {
      std::string s = good.substr(0, at) + bad + good.substr(at);
      EXPECT_EQ(planc::utf8::first_invalid(s), plain(s)) << at << " " << bad.size();
      EXPECT_EQ(planc::utf8::first_invalid_portable(s), plain(s)) << at << " " << bad.size();
    }
  for (std::size_t at = 0; at <= good.size(); ++at) {
    std::string_view s(good.data(), at);
    std::size_t n = 0;
    for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    EXPECT_EQ(planc::utf8::count_code_points(s), n) << at;
  }
}

// Random texts of Thai, ASCII and other scripts with faults of every kind
// (truncated, stray continuation, overlong, surrogate, beyond U+10FFFF, bad
// lead), at every position relative to the 32-byte blocks of the AVX2 path.
TEST(Utf8, BlockValidatorAgreesOnRandomText) {
  const std::vector<std::string> pieces = {"a", " ", "\n", "ก", "ระดับ", "๑", "é", "→", "😀", "\xF4\x8F\xBF\xBF"};
  const std::vector<std::string> faults = {"\xE0",         "\xE0\xB8",         "\x80",     "\xBF\xBF",
                                           "\xC0\x80",     "\xC1\xBF",         "\xE0\x80\x80", "\xED\xA0\x80",
                                           "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF",
                                           "\xF8\x88\x80\x80\x80", "\xE0\xB8\x41",     "\xF0\x9F\x98"};
  std::mt19937 rng(7);
  std::size_t checked = 0, broken = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    std::size_t len = 1 + rng() % 400;
    while (s.size() < len) s += pieces[rng() % pieces.size()];
    if (round % 4 != 0) {  // three in four have a fault somewhere
      std::size_t at = rng() % (s.size() + 1);
      s.insert(at, faults[rng() % faults.size()]);
    }
    auto want = plain_first_invalid(s);
    broken += want.has_value();
    ASSERT_EQ(planc::utf8::first_invalid(s), want) << "round " << round;
    ASSERT_EQ(planc::utf8::first_invalid_portable(s), want) << "round " << round;
    ++checked;
  }
  EXPECT_EQ(checked, 3000u);
  EXPECT_GT(broken, 1500u);  // faults that a piece completes are valid again, but not most
  // A fault at each byte of four blocks, after Thai text.
  std::string thai;
  while (thai.size() < 128) thai += "ระดับความสำเร็จ ";
  for (const auto& f : faults)
    for (std::size_t at = 0; at <= 128; ++at) {
      std::string s = thai.substr(0, at) + f + thai.substr(at);
      ASSERT_EQ(planc::utf8::first_invalid(s), plain_first_invalid(s)) << at;
    }
}
