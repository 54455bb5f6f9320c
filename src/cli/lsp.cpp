#include "cli/lsp.hpp"

#include <thread>

#include <CLI/CLI.hpp>

#include "lsp/server.hpp"

namespace planc::cli {

CLI::App* add_lsp(CLI::App& app, LspOptions& o) {
  auto* cmd = app.add_subcommand("lsp", "serve an editor: the language server (LSP 3.17, JSON-RPC over standard "
                                        "input and output); see docs/editors.md");
  cmd->add_flag("--stdio", o.stdio, "talk over standard input and output (the default and only way)");
  cmd->add_option("-j,--threads", o.threads, "threads for a large plan (default: the machine's cores)")
      ->check(CLI::Range(0, 256));
  return cmd;
}

int run_lsp(const LspOptions& o) {
  lsp::ServerOptions so;
  so.threads = o.threads > 0 ? static_cast<std::size_t>(o.threads)
                             : std::max(1u, std::thread::hardware_concurrency());
  return lsp::serve_stdio(so);
}

}  // namespace planc::cli
