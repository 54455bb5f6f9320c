// The editor server's wire (framing, UTF-16 positions, URIs) and its
// completion against the language: every field it offers in a block is one
// the lowering takes there. Whole sessions: tests/lsp/ (golden) and
// tests/editors/ (Neovim).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "driver/pipeline.hpp"
#include "lsp/protocol.hpp"
#include "lsp/server.hpp"

namespace {

using planc::lsp::FrameReader;
using Kind = FrameReader::Frame::Kind;

struct Input {
  std::string_view rest;
  std::size_t chunk = 3;  // a few bytes at a time, as a pipe may give them
};
std::size_t read_input(void* ctx, char* buf, std::size_t n) {
  auto* in = static_cast<Input*>(ctx);
  std::size_t k = std::min({n, in->chunk, in->rest.size()});
  std::copy_n(in->rest.data(), k, buf);
  in->rest.remove_prefix(k);
  return k;
}

TEST(LspFrames, MessagesBrokenHeadersAndTooLarge) {
  std::string bytes = "Content-Length: 2\r\n\r\n{}" "content-length:  3 \r\nContent-Type: x\r\n\r\n[1]"
                      "Content-Length: x1\r\n\r\n" "Content-Length: 4\r\n\r\nnull";
  Input in{bytes};
  FrameReader r(read_input, &in);
  auto a = r.next();
  EXPECT_EQ(a.kind, Kind::Message);
  EXPECT_EQ(a.body, "{}");
  auto b = r.next();
  EXPECT_EQ(b.kind, Kind::Message);
  EXPECT_EQ(b.body, "[1]");
  auto c = r.next();
  EXPECT_EQ(c.kind, Kind::BadHeader);
  EXPECT_NE(c.detail.find("x1"), std::string::npos);
  auto d = r.next();  // the reader goes on with the next message
  EXPECT_EQ(d.kind, Kind::Message);
  EXPECT_EQ(d.body, "null");
  EXPECT_EQ(r.next().kind, Kind::End);

  std::string big = "Content-Length: 999999999999\r\n\r\nabc";
  Input in2{big};
  FrameReader r2(read_input, &in2);
  EXPECT_EQ(r2.next().kind, Kind::TooLarge);
  std::string cut = "Content-Length: 10\r\n\r\nabc";
  Input in3{cut};
  FrameReader r3(read_input, &in3);
  EXPECT_EQ(r3.next().kind, Kind::BadHeader);  // the input ended inside the message
}

TEST(LspPositions, Utf16CodeUnits) {
  // Thai letters are one UTF-16 unit each (3 bytes in UTF-8); an emoji is two (4 bytes).
  std::string text = "ก๑ x\n😀ab\n\nlast";
  planc::lsp::LineIndex idx(text);
  EXPECT_EQ(idx.lines(), 4u);
  auto p = idx.position(text, 7);  // after "ก๑ " (3 + 3 + 1 bytes)
  EXPECT_EQ(p.line, 0u);
  EXPECT_EQ(p.character, 3u);
  std::uint32_t emoji_end = 9 + 4;  // line 1 starts at byte 9
  EXPECT_EQ(idx.position(text, emoji_end).character, 2u);
  EXPECT_EQ(idx.offset(text, {1, 2}), emoji_end);
  EXPECT_EQ(idx.offset(text, {1, 1}), 9u);        // inside the surrogate pair: its start
  EXPECT_EQ(idx.offset(text, {0, 99}), 8u);       // past the line's end: the line's end
  EXPECT_EQ(idx.offset(text, {99, 0}), text.size());  // past the last line: the end
  for (std::uint32_t off : {0u, 3u, 6u, 7u, 8u, 9u, 13u, 15u, 16u, 17u, static_cast<std::uint32_t>(text.size())})
    EXPECT_EQ(idx.offset(text, idx.position(text, off)), off) << off;
  EXPECT_EQ(planc::lsp::utf16_length("\xFF\xFE"), 2u);  // bytes that are not UTF-8 count one each
}

TEST(LspUris, ThaiNamesAndSpaces) {
  std::string path = "/แผน ๒๕๖๘/plan.plan";
  std::string uri = planc::lsp::uri_of_path(path);
  EXPECT_EQ(uri.rfind("file:///%E0%B9%81", 0), 0u) << uri;
  EXPECT_EQ(planc::lsp::path_of_uri(uri), path);
  EXPECT_EQ(planc::lsp::path_of_uri("file://localhost/a%20b.plan"), "/a b.plan");
  EXPECT_FALSE(planc::lsp::path_of_uri("untitled:Untitled-1"));
  EXPECT_FALSE(planc::lsp::path_of_uri("file://server/share/a.plan"));
  EXPECT_FALSE(planc::lsp::path_of_uri("file:///a%00b"));
}

// Every field completion offers in a block, written there, is one the
// lowering knows (no E020 "not a field").
TEST(LspCompletion, EveryFieldOfferedIsOneTheLanguageTakes) {
  using nlohmann::json;
  std::vector<json> out;
  planc::lsp::Server s([&](std::string_view b) { out.push_back(json::parse(b)); });
  s.receive(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})");
  struct Case {
    std::string before, after;
  };
  const Case cases[] = {
      {"", ""},
      {"plan \"p\" {\n  ", "\n}\n"},
      {"unit u {\n  ", "\n}\n"},
      {"office o \"O\" {\n  ", "\n}\n"},
      {"scale s {\n  ", "\n}\n"},
      {"strategy 1 \"s\" {\n  ", "\n}\n"},
      {"strategy 1 \"s\" {\n  indicator 1 \"i\" {\n    ", "\n  }\n}\n"},
      {"strategy 1 \"s\" {\n  indicator 1 \"i\" {\n    project p \"P\" {\n      ", "\n    }\n  }\n}\n"},
      {"round \"r\" {\n  ", "\n}\n"},
      {"result 1.1 {\n  ", "\n}\n"},
      {"result 1.1 {\n  reported {\n    ", "\n  }\n}\n"},
      {"result 1.1 {\n  project p {\n    ", "\n  }\n}\n"},
      {"reported {\n  ", "\n}\n"},
  };
  int id = 1, checked = 0;
  for (const Case& c : cases) {
    std::string uri = "untitled:case" + std::to_string(id);
    json open{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
              {"params", {{"textDocument", {{"uri", uri}, {"languageId", "plan"}, {"version", 1},
                                            {"text", c.before + c.after}}}}}};
    s.receive(open.dump());
    planc::lsp::LineIndex idx(c.before + c.after);
    auto pos = idx.position(c.before + c.after, static_cast<std::uint32_t>(c.before.size()));
    json req{{"jsonrpc", "2.0"}, {"id", id}, {"method", "textDocument/completion"},
             {"params", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", pos.line}, {"character", pos.character}}}}}};
    out.clear();
    s.receive(req.dump());
    ASSERT_FALSE(out.empty());
    const json& items = out.back()["result"];
    ASSERT_TRUE(items.is_array()) << c.before;
    EXPECT_FALSE(items.empty()) << "nothing offered in: " << c.before;
    for (const json& item : items) {
      std::string field = item["label"];
      planc::driver::Compilation comp;
      planc::driver::compile_text(comp, "case.plan", c.before + field + " x" + c.after);
      for (const auto& d : comp.program.diags.all())
        EXPECT_NE(planc::info(d.code).code, "E020") << "`" << field << "` is offered in: " << c.before;
      ++checked;
    }
    ++id;
  }
  EXPECT_GT(checked, 60);
}

}  // namespace

namespace {

// A 50 MB document: opened, changed and asked about like any other; the
// server answers and does not fall over.
TEST(LspServer, FiftyMegabyteDocument) {
  using nlohmann::json;
  std::vector<json> out;
  planc::lsp::Server s([&](std::string_view b) { out.push_back(json::parse(b)); });
  s.receive(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})");
  std::string text = "plan \"p\" {\n  years 2568\n}\n";
  std::string line = "// " + std::string(96, 'x') + "\n";
  while (text.size() < (std::size_t{50} << 20)) text += line;
  text += "strategy 1 \"s\" {\n  indicator 1 \"i\" {\n    unit percent\n    target >= 80\n    weight 1\n  }\n}\n";
  json open{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
            {"params", {{"textDocument", {{"uri", "untitled:big"}, {"languageId", "plan"}, {"version", 1}, {"text", text}}}}}};
  s.receive(open.dump());
  s.idle();
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back()["method"], "textDocument/publishDiagnostics");
  auto lines = static_cast<unsigned>(std::count(text.begin(), text.end(), '\n'));
  json hover{{"jsonrpc", "2.0"}, {"id", 1}, {"method", "textDocument/hover"},
             {"params", {{"textDocument", {{"uri", "untitled:big"}}}, {"position", {{"line", lines - 5}, {"character", 14}}}}}};
  s.receive(hover.dump());
  EXPECT_EQ(out.back()["id"], 1);
  EXPECT_TRUE(out.back().contains("result"));
}

}  // namespace
