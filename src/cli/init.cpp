// planc init: a new plan folder in the planner's language, written all or
// nothing and never over a file that is already there.
#include "cli/init.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>

#include "support/lang.hpp"
#include "support/utf8.hpp"

namespace planc::cli {

namespace {

namespace fs = std::filesystem;

// What a file is, in a word, for the list printed after writing.
std::string describe(std::string_view name, Lang lang) {
  bool th = lang == Lang::Th;
  if (name == "plan.plan")
    return th ? "แผน: ประเด็นยุทธศาสตร์ ตัวชี้วัด ค่าเป้าหมาย น้ำหนัก และโครงการ"
              : "the plan: strategies, indicators with their targets and weights, projects";
  if (name.ends_with(".md")) return th ? "คำอธิบายแต่ละไฟล์ และคำสั่งถัดไป" : "what each file is, and the next commands";
  // A round: YEAR-MONTHS.plan (2569-6.plan).
  auto dash = name.find('-'), dot = name.rfind(".plan");
  if (name.ends_with(".plan") && dash != std::string_view::npos && dash < dot) {
    std::string year(name.substr(0, dash)), months(name.substr(dash + 1, dot - dash - 1));
    if (th)
      return utf8::to_thai_digits(
          fmt::format("ผลการดำเนินงานรอบ {} เดือน ปีงบประมาณ พ.ศ. {} (มีตัวชี้วัดหนึ่งตัวเป็น NA)", months, year));
    std::string_view words[] = {"three", "six", "nine", "twelve"};
    std::string_view n = months == "3" ? words[0] : months == "6" ? words[1] : months == "9" ? words[2]
                       : months == "12" ? words[3] : std::string_view(months);
    return fmt::format("the results of the {}-month round of fiscal year {} (one of them NA)", n, year);
  }
  return "";
}

// A path as the planner would type it: the folder given, then the name.
std::string shown(const fs::path& dir, std::string_view name) {
  if (dir == "." || dir.empty()) return std::string(name);
  return (dir / name).string();
}

std::string quoted_list(const std::vector<std::string>& names, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += std::string(i == 0 ? "" : i + 1 < names.size() ? ", " : lang == Lang::Th ? " และ " : " and ") + "`" +
           names[i] + "`";
  return out;
}

// A path as a shell reads it.
std::string shell_quoted(const std::string& s) {
  if (s.find_first_of(" \t'\"$`\\*?[]{}()<>|&;#~!") == std::string::npos) return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Files written so far and folders made, undone when a later step fails.
struct Undo {
  std::vector<fs::path> files;
  std::vector<fs::path> dirs;  // deepest first
  bool keep = false;
  ~Undo() {
    if (keep) return;
    std::error_code ec;
    for (auto it = files.rbegin(); it != files.rend(); ++it) fs::remove(*it, ec);
    for (const auto& d : dirs) fs::remove(d, ec);  // only when empty
  }
};

// Writes `text` to a new file at `path` (O_EXCL: never one that exists).
bool write_new(const fs::path& path, std::string_view text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return false;
  const char* p = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int saved = errno;
      ::close(fd);
      errno = saved;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0;
}

// Puts the finished temporary file at its name, failing (EEXIST) when a file
// appeared there meanwhile: a hard link, or on a file system without them a
// rename (the names were checked just before).
bool place(const fs::path& tmp, const fs::path& path) {
  if (::link(tmp.c_str(), path.c_str()) == 0) {
    ::unlink(tmp.c_str());
    return true;
  }
  if (errno == EEXIST) return false;
  struct stat sb;
  if (::lstat(path.c_str(), &sb) == 0) {
    errno = EEXIST;
    return false;
  }
  return ::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace

CLI::App* add_init(CLI::App& app, InitOptions& o) {
  auto* cmd = app.add_subcommand(
      "init", "start a plan: write an example plan, its first round and a README (Thai or English) into DIR");
  cmd->add_option("DIR", o.dir, "the folder to write into (default: the current folder; made when missing)");
  cmd->add_option("--lang", o.lang,
                  "th or en: the language of the plan and its comments (default: the environment's, "
                  "from LC_ALL, LC_MESSAGES or LANG)")
      ->check([](const std::string& s) { return parse_lang(s) ? std::string() : std::string("th or en"); });
  return cmd;
}

int run_init(const InitOptions& o) {
  const Lang lang = o.lang.empty() ? environment_lang() : parse_lang(o.lang).value_or(Lang::En);
  const bool th = lang == Lang::Th;
  const fs::path dir = o.dir.empty() ? fs::path(".") : fs::path(o.dir);

  // The files, in the order a planner reads them: the plan, the round, the README.
  std::vector<const InitFile*> files;
  for (const auto& f : init_files())
    if (f.lang() == lang_code(lang)) files.push_back(&f);
  auto rank = [](std::string_view n) { return n == "plan.plan" ? 0 : n.ends_with(".plan") ? 1 : 2; };
  std::stable_sort(files.begin(), files.end(),
                   [&](const InitFile* a, const InitFile* b) { return rank(a->name()) < rank(b->name()); });

  auto fail = [&](const std::string& th_text, const std::string& en_text, int rc) {
    std::cerr << "planc init: " << (th ? th_text : en_text) << "\n";
    return rc;
  };

  // 1. Nothing is written when any of the files is there (a link, even broken, too).
  std::error_code ec;
  auto st = fs::status(dir, ec);
  if (fs::exists(st) && !fs::is_directory(st))
    return fail(fmt::format("`{}` เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงไม่ได้เขียนไฟล์ใด", dir.string()),
                fmt::format("`{}` is a file, not a folder; nothing was written", dir.string()), 2);
  std::vector<std::string> there;
  for (const auto* f : files)
    if (fs::symlink_status(dir / f->name(), ec).type() != fs::file_type::not_found) there.push_back(shown(dir, f->name()));
  if (!there.empty())
    return fail(fmt::format("มี {} อยู่แล้ว จึงไม่ได้เขียนไฟล์ใด (planc init ไม่เขียนทับไฟล์เดิม: "
                            "เลือกโฟลเดอร์อื่น หรือย้ายไฟล์นั้นออกก่อน)",
                            quoted_list(there, lang)),
                fmt::format("{} already exist{}; nothing was written (planc init never writes over a file: "
                            "choose another folder, or move {} away)",
                            quoted_list(there, lang), there.size() == 1 ? "s" : "", there.size() == 1 ? "it" : "them"),
                1);

  // 2. The folder, made when missing (and removed again if a later step fails).
  Undo undo;
  for (fs::path p = dir; !p.empty() && fs::symlink_status(p, ec).type() == fs::file_type::not_found;
       p = p.parent_path()) {
    undo.dirs.push_back(p);
    if (p == p.parent_path()) break;
  }
  fs::create_directories(dir, ec);
  if (ec)
    return fail(fmt::format("สร้างโฟลเดอร์ `{}` ไม่ได้: {}", dir.string(), ec.message()),
                fmt::format("cannot make the folder `{}`: {}", dir.string(), ec.message()), 2);

  // 3. Each file written beside its name, then all put in place.
  std::vector<fs::path> temps;
  for (const auto* f : files) {
    fs::path tmp = dir / fmt::format(".{}.planc-init-{}.tmp", f->name(), ::getpid());
    if (!write_new(tmp, f->text)) {
      std::string why = std::strerror(errno);
      ::unlink(tmp.c_str());
      for (const auto& t : temps) ::unlink(t.c_str());
      return fail(fmt::format("เขียน `{}` ไม่ได้: {} จึงไม่ได้เขียนไฟล์ใด", shown(dir, f->name()), why),
                  fmt::format("cannot write `{}`: {}; nothing was written", shown(dir, f->name()), why), 2);
    }
    temps.push_back(tmp);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    fs::path path = dir / files[i]->name();
    if (!place(temps[i], path)) {
      bool exists = errno == EEXIST;
      std::string why = std::strerror(errno);
      for (std::size_t j = i; j < temps.size(); ++j) ::unlink(temps[j].c_str());
      std::string name = shown(dir, files[i]->name());
      if (exists)
        return fail(fmt::format("มี `{}` เกิดขึ้นระหว่างเขียน จึงไม่ได้เขียนไฟล์ใด", name),
                    fmt::format("`{}` appeared while writing; nothing was written", name), 1);
      return fail(fmt::format("เขียน `{}` ไม่ได้: {} จึงไม่ได้เขียนไฟล์ใด", name, why),
                  fmt::format("cannot write `{}`: {}; nothing was written", name, why), 2);
    }
    undo.files.push_back(path);
  }
  undo.keep = true;

  // 4. What was written, and what to run next.
  std::string where = dir == "." ? (th ? "โฟลเดอร์นี้" : "this folder") : "`" + dir.string() + "`";
  std::cout << (th ? fmt::format("สร้างแผนใหม่ใน{}:\n", dir == "." ? where : "โฟลเดอร์ " + where)
                   : fmt::format("Wrote a new plan into {}:\n", where));
  int width = 0;
  for (const auto* f : files) width = std::max(width, utf8::display_width(shown(dir, f->name())));
  std::string round;
  for (const auto* f : files) {
    std::string name = shown(dir, f->name());
    std::cout << "  " << name << std::string(static_cast<std::size_t>(width - utf8::display_width(name)) + 3, ' ')
              << describe(f->name(), lang) << "\n";
    if (round.empty() && f->name() != "plan.plan" && f->name().ends_with(".plan")) round = name;
  }
  std::cout << (th ? "ขั้นต่อไป ตรวจแผนและผลการดำเนินงาน:\n" : "Next, check it:\n") << "  planc check " << shell_quoted(round)
            << "\n";
  return 0;
}

}  // namespace planc::cli
