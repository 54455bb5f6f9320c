#include "lsp/server.hpp"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "lsp/features.hpp"

// The reader thread may still wait on standard input when the process ends:
// what it shares with the loop is never freed, and kept reachable from here
// (external linkage, so that the store is kept) so that leak checkers do not
// count it once the thread has ended.
void* planc_lsp_shared_of_this_run = nullptr;

namespace planc::lsp {

namespace {

// JSON-RPC and LSP error codes.
enum ErrorCode {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
  kRequestCancelled = -32800,
};

// Text from the plans may hold bytes that are not UTF-8 (a file on disk):
// replaced, never a reason to fail.
std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json capabilities() {
  return {
      {"positionEncoding", "utf-16"},
      {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", false}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"documentSymbolProvider", true},
      {"workspaceSymbolProvider", true},
      {"completionProvider", {{"triggerCharacters", {" ", ","}}, {"resolveProvider", false}}},
      {"documentFormattingProvider", true},
      {"documentRangeFormattingProvider", true},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
      {"inlayHintProvider", true},
  };
}

}  // namespace

struct Server::Impl {
  Send send;
  Workspace ws;
  bool initialized = false, shutdown = false, exited = false;
  std::map<std::string, std::set<std::string>> published;  // folder -> URIs with diagnostics shown
  Server* self = nullptr;

  Impl(Send s, const ServerOptions& o) : send(std::move(s)), ws(o.threads) {}

  void out(const Json& j) { send(dump(j)); }
  void reply(const Json& id, Json result) { out({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
  void error(const Json& id, int code, std::string message) {
    out({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", std::move(message)}}}});
  }

  void publish() {
    for (const std::string& folder : ws.take_fresh()) {
      std::map<std::string, Json> diags = diagnostics(ws, folder);
      std::set<std::string>& shown = published[folder];
      std::set<std::string> uris = shown;
      for (const auto& [uri, d] : diags) uris.insert(uri);
      for (const auto& [uri, d] : ws.docs())
        if (d.folder == folder) uris.insert(uri);
      std::string last = ws.touched(folder);
      if (!last.empty()) uris.insert(last);
      auto one = [&](const std::string& uri) {
        Json params{{"uri", uri}, {"diagnostics", diags.count(uri) ? diags[uri] : Json::array()}};
        if (const Document* d = ws.doc(uri)) params["version"] = d->version;
        out({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", params}});
      };
      for (const std::string& uri : uris)
        if (uri != last) one(uri);
      if (!last.empty()) one(last);  // last: a client waiting for it has the whole batch
      shown.clear();
      for (const auto& [uri, d] : diags) shown.insert(uri);
    }
  }

  void notification(const std::string& method, const Json& params) {
    if (method == "exit") {
      exited = true;
      return;
    }
    if (!initialized) return;
    if (method == "textDocument/didOpen") {
      const Json& td = params.at("textDocument");
      ws.open(td.at("uri").get<std::string>(), td.at("text").get<std::string>(), td.value("version", 0LL));
    } else if (method == "textDocument/didChange") {
      const Json& td = params.at("textDocument");
      std::vector<ContentChange> changes;
      for (const Json& c : params.at("contentChanges")) {
        ContentChange ch;
        ch.text = c.at("text").get<std::string>();
        if (c.contains("range")) {
          const Json& r = c["range"];
          ch.range = std::pair{Position{r.at("start").at("line").get<std::uint32_t>(),
                                        r.at("start").at("character").get<std::uint32_t>()},
                               Position{r.at("end").at("line").get<std::uint32_t>(),
                                        r.at("end").at("character").get<std::uint32_t>()}};
        }
        changes.push_back(std::move(ch));
      }
      ws.change(td.at("uri").get<std::string>(), changes, td.value("version", 0LL));
    } else if (method == "textDocument/didClose") {
      ws.close(params.at("textDocument").at("uri").get<std::string>());
    } else if (method == "workspace/didChangeWatchedFiles") {
      for (const Json& c : params.at("changes")) ws.disk_changed(c.at("uri").get<std::string>());
    }
    // initialized, didSave, $/setTrace, $/cancelRequest (read by the loop) and unknown notifications: nothing.
  }

  void request(const Json& id, const std::string& method, const Json& params) {
    if (method == "initialize") {
      initialized = true;
      reply(id, {{"capabilities", capabilities()}, {"serverInfo", {{"name", "planc"}, {"version", "0.1.0"}}}});
      return;
    }
    if (!initialized) return error(id, kServerNotInitialized, "the server is not initialized yet");
    if (shutdown) return error(id, kInvalidRequest, "the server is shutting down");
    if (method == "shutdown") {
      shutdown = true;
      return reply(id, nullptr);
    }
    if (self->cancelled && self->cancelled(id.dump())) return error(id, kRequestCancelled, "cancelled");
    if (method == "textDocument/hover") return reply(id, hover(ws, params));
    if (method == "textDocument/definition") return reply(id, definition(ws, params));
    if (method == "textDocument/references") return reply(id, references(ws, params));
    if (method == "textDocument/documentSymbol") return reply(id, document_symbols(ws, params));
    if (method == "workspace/symbol") return reply(id, workspace_symbols(ws, params));
    if (method == "textDocument/completion") return reply(id, completion(ws, params));
    if (method == "textDocument/formatting") return reply(id, formatting(ws, params, false));
    if (method == "textDocument/rangeFormatting") return reply(id, formatting(ws, params, true));
    if (method == "textDocument/codeAction") return reply(id, code_actions(ws, params));
    if (method == "textDocument/inlayHint") return reply(id, inlay_hints(ws, params));
    error(id, kMethodNotFound, fmt::format("planc does not answer `{}`", method.substr(0, 200)));
  }

  void receive(std::string_view body) {
    Json m = Json::parse(body, nullptr, false);
    if (m.is_discarded()) return error(nullptr, kParseError, "the message is not JSON (or not UTF-8)");
    if (!m.is_object() || !m.contains("method") || !m["method"].is_string()) {
      Json id = m.is_object() && m.contains("id") ? m["id"] : Json();
      if (m.is_object() && !m.contains("method") && (m.contains("result") || m.contains("error")))
        return;  // a response to a request of ours: none are sent
      return error(id, kInvalidRequest, "a message needs a `method`");
    }
    std::string method = m["method"].get<std::string>();
    Json params = m.value("params", Json::object());
    bool is_request = m.contains("id");
    Json id = is_request ? m["id"] : Json();
    if (is_request && !id.is_number_integer() && !id.is_string())
      return error(nullptr, kInvalidRequest, "a request's `id` is a number or a string");
    try {
      if (is_request) request(id, method, params);
      else notification(method, params);
    } catch (const Json::exception& e) {
      if (is_request) error(id, kInvalidParams, fmt::format("`{}`: {}", method.substr(0, 200), e.what()));
    } catch (const std::exception& e) {
      if (is_request) error(id, kInternalError, fmt::format("`{}`: {}", method.substr(0, 200), e.what()));
    }
    // Diagnostics go out once nothing else waits (idle), or now, before a
    // request's answer, when a request compiled what changed.
    if (is_request) publish();
  }

  void idle() {
    if (!initialized || exited) return;
    ws.refresh();
    if (self->newer_waiting && self->newer_waiting()) return;  // stale: the newer change wins
    publish();
  }
};

Server::Server(Send send, ServerOptions o) : impl_(std::make_unique<Impl>(std::move(send), o)) { impl_->self = this; }
Server::~Server() = default;
void Server::receive(std::string_view body) { impl_->receive(body); }
void Server::bad_frame(std::string_view detail) {
  impl_->error(nullptr, kParseError, fmt::format("cannot read the message: {}", detail));
}
void Server::idle() { impl_->idle(); }
bool Server::exited() const { return impl_->exited; }
int Server::exit_code() const { return impl_->shutdown ? 0 : 1; }

// ---- standard input and output ------------------------------------------------

namespace {

struct Shared {  // between the reader thread and the loop; outlives both (never freed)
  std::mutex m;
  std::condition_variable cv;
  std::deque<FrameReader::Frame> queue;
  std::set<std::string> cancelled;
};

std::size_t read_stdin(void*, char* buf, std::size_t n) {
  for (;;) {
    ssize_t r = ::read(STDIN_FILENO, buf, n);
    if (r < 0 && errno == EINTR) continue;
    return r > 0 ? static_cast<std::size_t>(r) : 0;
  }
}

bool write_all(std::string_view s) {
  while (!s.empty()) {
    ssize_t w = ::write(STDOUT_FILENO, s.data(), s.size());
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    s.remove_prefix(static_cast<std::size_t>(w));
  }
  return true;
}

}  // namespace

int serve_stdio(const ServerOptions& o) {
  std::signal(SIGPIPE, SIG_IGN);  // a client gone: a failed write, not a killed server
  auto* shared = new Shared;
  planc_lsp_shared_of_this_run = shared;
  bool gone = false;
  Server server([&](std::string_view body) { gone = gone || !write_all(frame(body)); }, o);
  server.newer_waiting = [shared] {
    std::lock_guard lk(shared->m);
    return !shared->queue.empty();
  };
  server.cancelled = [shared](const std::string& id) {
    std::lock_guard lk(shared->m);
    return shared->cancelled.erase(id) > 0;
  };
  std::thread([shared] {
    FrameReader r(read_stdin, nullptr);
    for (;;) {
      FrameReader::Frame f = r.next();
      bool end = f.kind == FrameReader::Frame::Kind::End;
      std::lock_guard lk(shared->m);
      if (f.kind == FrameReader::Frame::Kind::Message && f.body.find("$/cancelRequest") != std::string::npos) {
        Json j = Json::parse(f.body, nullptr, false);
        if (j.is_object() && j.value("method", "") == "$/cancelRequest" && j.contains("params") &&
            j["params"].is_object() && j["params"].contains("id"))
          shared->cancelled.insert(j["params"]["id"].dump());
      }
      shared->queue.push_back(std::move(f));
      shared->cv.notify_one();
      if (end) return;
    }
  }).detach();

  for (;;) {
    FrameReader::Frame f;
    {
      std::unique_lock lk(shared->m);
      if (shared->queue.empty()) {
        lk.unlock();
        server.idle();
        lk.lock();
      }
      shared->cv.wait(lk, [&] { return !shared->queue.empty(); });
      f = std::move(shared->queue.front());
      shared->queue.pop_front();
    }
    using K = FrameReader::Frame::Kind;
    if (f.kind == K::End) return server.exit_code();  // the client went away: 1 unless it asked for a shutdown
    if (f.kind == K::Message) server.receive(f.body);
    else server.bad_frame(f.detail);
    if (server.exited()) return server.exit_code();
    if (gone) return 1;
  }
}

}  // namespace planc::lsp
