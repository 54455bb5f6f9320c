// JSON out (support/json_writer.hpp): the streaming writer's layouts, and its
// string escaping, which must give the same bytes as nlohmann::json (the
// diagnostics' JSON and SARIF) so that every JSON planc writes escapes alike.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "support/json_writer.hpp"

namespace {

using planc::json::Writer;

// nlohmann's escaping as planc configures it, without the quotes.
std::string nlohmann_escape(const std::string& s) {
  std::string q = nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return q.substr(1, q.size() - 2);
}

}  // namespace

TEST(JsonEscape, AsBefore) {
  EXPECT_EQ(planc::json_escape(""), "");
  EXPECT_EQ(planc::json_escape("ไทย \"q\" a\\b"), "ไทย \\\"q\\\" a\\\\b");
  EXPECT_EQ(planc::json_escape(std::string("\n\r\t\x01x\x1f", 6)), "\\n\\r\\t\\u0001x\\u001f");
  EXPECT_EQ(planc::json_escape("a/b"), "a/b");                  // `/` as it is
  EXPECT_EQ(planc::json_escape("๑๒๓ €😀\x7f"), "๑๒๓ €😀\x7f");  // UTF-8 and DEL as they are
  EXPECT_EQ(planc::json_escape(std::string("\0", 1)), "\\u0000");
  // Backspace and form feed by their short escapes, as nlohmann writes them.
  EXPECT_EQ(planc::json_escape("\b\f"), "\\b\\f");
}

TEST(JsonEscape, SameBytesAsNlohmann) {
  // Every single byte, every code point class, and text that is not UTF-8:
  // truncated, overlong, surrogates, past U+10FFFF, stray continuation bytes.
  std::vector<std::string> cases;
  for (int c = 0; c < 256; ++c) cases.emplace_back(1, static_cast<char>(c));
  for (const char* s : {"ก", "ไทย", "é", "€", "😀", "\xe0\xb8", "\xe0\xb8x", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80",
                        "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\x80", "a\xbf" "b", "\xf0\x9f\x98", "ok\xff", "\xc3\xa9\xc3"})
    cases.emplace_back(s);
  for (auto& c : cases) EXPECT_EQ(planc::json_escape(c), nlohmann_escape(c)) << "case of " << c.size() << " bytes";

  // Random strings over bytes that matter: ASCII, escapes, lead and
  // continuation bytes of every length, bytes never valid.
  const unsigned char alphabet[] = {'a', '"', '\\', '/', '\n', '\b', 0x01, 0x1f, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc2,
                                    0xdf, 0xe0, 0xb8, 0xed, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff};
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string s(rng() % 12, ' ');
    for (char& ch : s) ch = static_cast<char>(alphabet[rng() % sizeof alphabet]);
    ASSERT_EQ(planc::json_escape(s), nlohmann_escape(s)) << "random case " << i;
  }
}

TEST(JsonWriter, InlineAndLines) {
  std::string out;
  {
    Writer w(out);
    w.begin_object(planc::json::lines(2, 0));
    w.field("title", "ไทย").field("n", 3).field("ok", true).key("none").null();
    w.key("list").strings({"a", "b"});
    w.key("empty").strings({});
    w.key("inner").begin_object().field("x", "1").key("raw").raw("2.500000").end_object();
    w.key("rows").begin_array(planc::json::lines(4, 2, true)).end_array();
    w.line_break(1).key("last").begin_array(planc::json::lines(4, 2)).value("x").value("y").end_array();
    w.end_object().text("\n");
  }
  EXPECT_EQ(out,
            "{\n"
            "  \"title\": \"ไทย\",\n"
            "  \"n\": 3,\n"
            "  \"ok\": true,\n"
            "  \"none\": null,\n"
            "  \"list\": [\"a\", \"b\"],\n"
            "  \"empty\": [],\n"
            "  \"inner\": {\"x\": \"1\", \"raw\": 2.500000},\n"
            "  \"rows\": [\n  ],\n"
            " \"last\": [\n    \"x\",\n    \"y\"\n  ]\n"
            "}\n");
}

TEST(JsonWriter, CompactLayoutParsesLikeNlohmann) {
  constexpr planc::json::Layout kCompact{"", "", "", "", ":"};
  std::string out;
  Writer w(out);
  w.begin_object(kCompact).field("a", std::string("q\"\n")).key("b").begin_array(kCompact).value(1).value(-2).end_array();
  w.end_object();
  nlohmann::ordered_json j = {{"a", "q\"\n"}, {"b", {1, -2}}};
  EXPECT_EQ(out, j.dump());
}

TEST(JsonWriter, DrainsIntoACallbackInPieces) {
  std::string whole, drained;
  int calls = 0;
  std::string big(100 * 1024, 'x');
  {
    Writer w([&](std::string_view piece) {
      drained += piece;
      ++calls;
    });
    Writer s(whole);
    for (Writer* x : {&w, &s}) {
      x->begin_array(planc::json::lines(2, 0));
      for (int i = 0; i < 5000; ++i) x->value("ข้อความ " + std::to_string(i));
      x->raw("\"" + big + "\"");  // a large piece goes out whole
      x->end_array().text("\n");
    }
  }
  EXPECT_EQ(drained, whole);
  EXPECT_GT(calls, 2);
}
