// `planc lsp`: the language server on standard input and output (src/lsp/).
#pragma once

namespace CLI {
class App;
}

namespace planc::cli {

struct LspOptions {
  bool stdio = true;  // --stdio: what editors' clients pass; the only transport
  int threads = 0;    // 0: the machine's
};

CLI::App* add_lsp(CLI::App& app, LspOptions& o);
int run_lsp(const LspOptions& o);

}  // namespace planc::cli
