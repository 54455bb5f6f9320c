// libFuzzer target: the editor server's message handler (src/lsp/). The
// input is either a byte stream of framed messages, read by the server's own
// frame reader after an `initialize` (first byte even), or the text of a
// document opened in memory and asked every request at positions taken from
// the input (first byte odd). Every answer must be one JSON object; nothing
// may crash or hang. Built with -DPLANC_FUZZ=ON and clang; run by tests/fuzz/run.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lsp/protocol.hpp"
#include "lsp/server.hpp"

namespace {

void check(std::string_view body) {
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) __builtin_trap();  // the server sent something that is not a message
}

struct Bytes {
  std::string_view rest;
};
std::size_t read_bytes(void* ctx, char* buf, std::size_t n) {
  auto* b = static_cast<Bytes*>(ctx);
  std::size_t k = std::min(n, b->rest.size());
  std::copy_n(b->rest.data(), k, buf);
  b->rest.remove_prefix(k);
  return k;
}

const char* kInit = R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})";
const char* kUri = "file:///tmp/planc-fuzz-lsp/round.plan";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (1u << 16)) return 0;
  planc::lsp::Server server([](std::string_view body) { check(body); });
  server.receive(kInit);
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    Bytes b{input};
    planc::lsp::FrameReader r(read_bytes, &b);
    for (int k = 0; k < 64; ++k) {
      auto f = r.next();
      if (f.kind == planc::lsp::FrameReader::Frame::Kind::End) break;
      if (f.kind == planc::lsp::FrameReader::Frame::Kind::Message) server.receive(f.body);
      else server.bad_frame(f.detail);
      if (server.exited()) return 0;
    }
    server.idle();
    return 0;
  }
  using nlohmann::json;
  json open{{"jsonrpc", "2.0"},
            {"method", "textDocument/didOpen"},
            {"params", {{"textDocument", {{"uri", kUri}, {"languageId", "plan"}, {"version", 1}, {"text", std::string(input)}}}}}};
  server.receive(open.dump(-1, ' ', false, json::error_handler_t::replace));
  server.idle();
  // Every request at a few positions the input picks (past the ends too).
  const char* methods[] = {"textDocument/hover", "textDocument/definition", "textDocument/references",
                           "textDocument/completion", "textDocument/codeAction", "textDocument/inlayHint",
                           "textDocument/documentSymbol", "textDocument/formatting", "textDocument/rangeFormatting"};
  int id = 1;
  for (std::size_t k = 0; k < 3; ++k) {
    unsigned line = size > k * 2 + 1 ? data[k * 2 + 1] % 40 : 0, ch = size > k * 2 + 2 ? data[k * 2 + 2] % 80 : 0;
    json pos{{"line", line}, {"character", ch}};
    json range{{"start", {{"line", 0}, {"character", 0}}}, {"end", pos}};
    for (const char* m : methods) {
      json req{{"jsonrpc", "2.0"}, {"id", id++}, {"method", m},
               {"params", {{"textDocument", {{"uri", kUri}}}, {"position", pos}, {"range", range},
                           {"context", {{"diagnostics", json::array()}, {"includeDeclaration", true}}},
                           {"options", {{"tabSize", 2}, {"insertSpaces", true}}}}}};
      server.receive(req.dump());
    }
  }
  json change = json::parse(R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"version":2},
      "contentChanges":[{"range":{"start":{"line":0,"character":3},"end":{"line":2,"character":1}},"text":"x\n"}]}})");
  change["params"]["textDocument"]["uri"] = kUri;
  server.receive(change.dump());
  server.idle();
  server.receive(R"({"jsonrpc":"2.0","id":99,"method":"workspace/symbol","params":{"query":"1"}})");
  return 0;
}
