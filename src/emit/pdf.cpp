// The report as a PDF: the HTML draft printed by headless Chromium (Debian's
// `chromium`), A4 with the page numbers and margins of emit/html.cpp's page
// style. Printed twice: the first time with a marker at each section's start,
// found by page in the text of the PDF (poppler's `pdftotext`), so that the
// second print's table of contents gives each section's page.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "emit/report.hpp"
#include "report/format.hpp"

extern char** environ;

namespace planc::emit {

namespace {

namespace fs = std::filesystem;

// The first of `names` on PATH (or `env` when set), or "".
std::string find_program(const char* env, std::initializer_list<const char*> names) {
  if (const char* given = std::getenv(env); given && *given) return given;
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (const char* n : names) {
    std::size_t start = 0;
    while (start <= dirs.size()) {
      std::size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      fs::path p = fs::path(dirs.substr(start, end - start)) / n;
      if (::access(p.c_str(), X_OK) == 0) return p.string();
      start = end + 1;
    }
  }
  return {};
}

// Runs `args` with standard output into `out_file` (or nowhere) and standard
// error nowhere; false when it cannot start, fails, or runs past `seconds`.
bool run(const std::vector<std::string>& args, const std::string& out_file, int seconds) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, out_file.empty() ? "/dev/null" : out_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return false;
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  for (;;) {
    int status = 0;
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (r < 0) return false;
    if (std::chrono::steady_clock::now() > until) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A folder of its own, removed with what is in it.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "planc-pdf-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw EmitError("--format pdf: cannot make a temporary folder");
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

namespace {

std::string chromium_program() {
  std::string chromium = find_program("PLANC_CHROMIUM", {"chromium", "chromium-browser", "google-chrome"});
  if (chromium.empty())
    throw EmitError("--format pdf prints the HTML draft with Chromium, which is not installed "
                    "(Debian: apt install chromium; or set PLANC_CHROMIUM to its path); "
                    "--format html gives the same page to print from a browser");
  return chromium;
}

// Chromium prints `page` (an HTML document) to `pdf_path`, in `tmp`.
void print_page(const std::string& chromium, const TempDir& tmp, const std::string& page_html,
                const fs::path& pdf_path) {
  fs::path page = tmp.path / "report.html";
  {
    std::ofstream f(page, std::ios::binary);
    f << page_html;
    if (!f) throw EmitError("--format pdf: cannot write the page to print in " + tmp.path.string());
  }
  std::vector<std::string> args{chromium,
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-quic",
                                "--disable-extensions",
                                "--user-data-dir=" + (tmp.path / "profile").string(),
                                "--no-pdf-header-footer",
                                "--print-to-pdf=" + pdf_path.string(),
                                "file://" + page.string()};
  if (!run(args, "", 300) || !fs::exists(pdf_path))
    throw EmitError(fmt::format("--format pdf: Chromium ({}) did not print the page", chromium));
}

}  // namespace

void pdf(const report::Model& m, Sink& out) {
  std::string chromium = chromium_program();
  std::string pdftotext = find_program("PLANC_PDFTOTEXT", {"pdftotext"});
  if (pdftotext.empty())
    throw EmitError("--format pdf finds each section's page with pdftotext, which is not installed "
                    "(Debian: apt install poppler-utils)");
  TempDir tmp;
  auto print = [&](const HtmlOptions& o, const fs::path& pdf_path) {
    print_page(chromium, tmp, collect([&](Sink& s) { html(m, s, o); }), pdf_path);
  };

  // First print: where each section starts.
  HtmlOptions first;
  first.markers = true;
  fs::path draft = tmp.path / "first.pdf";
  print(first, draft);
  fs::path text_path = tmp.path / "first.txt";
  if (!run({pdftotext, "-enc", "UTF-8", draft.string(), "-"}, text_path.string(), 120))
    throw EmitError("--format pdf: pdftotext could not read Chromium's PDF");
  std::string text = slurp(text_path);
  std::map<std::string, std::string> pages;
  int page = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\f') {
      ++page;
    } else if (text.compare(i, 6, "@@toc-") == 0) {
      std::size_t end = text.find("@@", i + 6);
      if (end == std::string::npos) break;
      pages.emplace(text.substr(i + 6, end - i - 6), report::digits(std::to_string(page), m.thai_digits));
      i = end + 1;
    }
  }
  // Second print: the contents with their pages.
  HtmlOptions second;
  second.pages = &pages;
  fs::path final_pdf = tmp.path / "report.pdf";
  print(second, final_pdf);
  out += slurp(final_pdf);
}

void pdf_of_html(const std::string& page_html, Sink& out) {
  std::string chromium = chromium_program();
  TempDir tmp;
  fs::path printed = tmp.path / "page.pdf";
  print_page(chromium, tmp, page_html, printed);
  out += slurp(printed);
}

}  // namespace planc::emit
