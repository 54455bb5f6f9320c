// `planc lsp`: the language server. JSON-RPC 2.0 over standard input and
// output (LSP 3.17), on the same phases as the command line (lsp/workspace:
// the open buffers compiled through driver::compile_text). Messages are
// handled one at a time, in order; a reader thread reads them as they come,
// so that a change that arrives while a plan compiles makes the diagnostics
// about to be published stale (they are not sent: the newer version wins),
// and a request cancelled while it waits is answered as cancelled.
//
// The handler (Server) only turns messages into messages: the stdio loop
// (serve_stdio), the tests and the fuzzer drive it alike.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace planc::lsp {

struct ServerOptions {
  std::size_t threads = 1;  // a large plan's strategies checked in parallel
};

class Server {
 public:
  using Send = std::function<void(std::string_view body)>;
  explicit Server(Send send, ServerOptions o = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // One message's body, as read. Never throws: a message it cannot use is
  // answered with an error (a request) or dropped (a notification).
  void receive(std::string_view body);
  // A frame that could not be read (a broken header, a message too large).
  void bad_frame(std::string_view detail);
  // Nothing is waiting: compile what changed and publish its diagnostics.
  void idle();
  // `exit` was received: the process ends with exit_code() (0 after a `shutdown`).
  bool exited() const;
  int exit_code() const;

  // Asked before diagnostics are published: true when newer messages wait
  // (the diagnostics would be stale: they are published after those).
  std::function<bool()> newer_waiting;
  // Asked before a request is handled: true when the client cancelled it
  // ($/cancelRequest; the id as JSON text).
  std::function<bool(const std::string& id)> cancelled;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Serves standard input and output until `exit` or the end of the input; the
// process's exit code (1 when the client went away without `shutdown`).
int serve_stdio(const ServerOptions& o = {});

}  // namespace planc::lsp
