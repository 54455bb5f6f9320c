#include "cli/import.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "driver/sources.hpp"
#include "import/mapping.hpp"
#include "import/rules.hpp"
#include "import/workbook.hpp"
#include "support/utf8.hpp"

namespace planc::cli {

namespace fs = std::filesystem;

CLI::App* add_import(CLI::App& app, Common& c, ImportOptions& o) {
  auto* cmd = app.add_subcommand("import",
                                 "make plan files from a unit's workbook (Excel .xlsx or CSV): the plan and a round, "
                                 "checked before they are written");
  cmd->add_option("FILE", c.file, "the workbook (.xlsx) or CSV file")->required();
  cmd->add_option("--rules", o.rules, "a rules file saying how the workbook is laid out (docs/import.md)");
  cmd->add_option("-o,--out", o.out, "the folder to write into (default: the current folder)");
  cmd->add_flag("--force", o.force, "overwrite files that exist");
  cmd->add_flag("--print", o.print, "print the files instead of writing them");
  cmd->add_option("--year", o.year, "the round's fiscal year (Buddhist Era), when the workbook does not say it");
  cmd->add_option("--months", o.months, "the round's months (6, 9, 12 ...), when the workbook does not say it");
  cmd->add_option("--diagnostics", c.diagnostics, "how to print diagnostics")
      ->check(CLI::IsMember({"text", "json", "sarif", "short"}));
  cmd->add_option("--color", c.color, "color diagnostics")->check(CLI::IsMember({"auto", "always", "never"}));
  add_lang(cmd, c);
  return cmd;
}

namespace {

// The whole file, or nullopt (said on stderr) when it cannot be read or is too large.
std::optional<std::string> slurp(const std::string& path, std::uint64_t limit, bool th) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    std::cerr << (th ? fmt::format("planc: ไม่พบไฟล์ `{}`\n", path) : fmt::format("planc: `{}` not found\n", path));
    return std::nullopt;
  }
  auto size = fs::file_size(path, ec);
  if (ec || size > limit) {
    std::cerr << (th ? fmt::format("planc: `{}` ใหญ่เกิน {} MiB ที่ planc import อ่านได้\n", path, limit >> 20)
                     : fmt::format("planc: `{}` is larger than the {} MiB planc import reads\n", path, limit >> 20));
    return std::nullopt;
  }
  std::ifstream f(path, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  if (!f && !f.eof()) {
    std::cerr << fmt::format("planc: cannot read `{}`\n", path);
    return std::nullopt;
  }
  return ss.str();
}

bool is_xlsx(const std::string& bytes, const std::string& path) {
  if (bytes.rfind("PK\x03\x04", 0) == 0 || bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0) return true;
  std::string ext = fs::path(path).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".ods";
}

// A workbook in Thai: its first cells have Thai letters (the language its
// diagnostics are printed in when neither --lang nor the rules say).
bool thai_book(const imports::Workbook& wb) {
  std::size_t seen = 0;
  for (const auto& s : wb.sheets)
    for (const auto& c : s.cells) {
      if (c.text.find("\xE0\xB8") != std::string::npos) return true;
      if (++seen > 2000) return false;
    }
  return false;
}

// Moves the diagnostics of `from` (about the workbook's cells and the rules,
// before the files made from it were checked) into `to`, before its own; the
// rules file's places become those of `rules_to`, its copy in `to`.
void move_diagnostics(ast::Program& from, ast::Program& to, FileId rules_from, FileId rules_to) {
  auto remap = [&](Span s) {
    if (s.file == rules_from && rules_from != kNoFile) s.file = rules_to;
    else if (s.file != imports::kPendingBook) s = Span{};  // else only the workbook's cells are carried over
    return s;
  };
  Diagnostics moved;
  for (const Diagnostic& d : from.diags.all()) {
    Diagnostic& n = moved.report_text(d.code, remap(d.span), d.message);
    n.hint = d.hint;
    for (const Note& x : d.notes) n.notes.push_back(Note{remap(x.span), x.message});
  }
  moved.append(std::move(to.diags));
  to.diags = std::move(moved);
}

}  // namespace

int run_import(const Common& c, const ImportOptions& o) {
  Lang lang = parse_lang(c.lang).value_or(environment_lang());
  bool th = lang == Lang::Th;
  imports::Limits limits;
  auto bytes = slurp(c.file, limits.max_file, th);
  if (!bytes) return 2;
  std::string name = fs::path(c.file).filename().string();

  // The workbook and the rules, as files of diagnostics.
  // A workbook in Thai (Thai letters in its first 64 KiB, as UTF-8 or in a
  // CSV's Windows-874) is spoken to in Thai before it is read, when neither
  // --lang nor the rules say: its reading errors are then Thai too.
  if (c.lang.empty()) {
    std::string_view head = std::string_view(*bytes).substr(0, 64 << 10);
    bool thai = head.find("\xE0\xB8") != std::string_view::npos || head.find("\xE0\xB9") != std::string_view::npos;
    if (!thai && !is_xlsx(*bytes, c.file) && utf8::first_invalid(head))  // not UTF-8: Windows-874's Thai letters
      for (unsigned char ch : head) thai = thai || (ch >= 0xA1 && ch <= 0xFB);
    if (thai) {
      lang = Lang::Th;
      th = true;
    }
  }
  ast::Program p;
  FileId rules_file = kNoFile;
  if (!o.rules.empty()) {
    auto text = slurp(o.rules, 1 << 20, th);
    if (!text) return 2;
    rules_file = p.sources.add(o.rules, o.rules, std::move(*text));
  }
  imports::Rules rules = imports::parse_rules(p.sources, rules_file, p.diags);
  if (rules.language && c.lang.empty()) {  // the rules say it
    lang = rules.language.value == "en" ? Lang::En : Lang::Th;
    th = lang == Lang::Th;
  }
  // Before there is a plan to say so, a Thai run prints Thai digits (as Thai official documents do).
  Locale locale;
  locale.lang = lang;
  locale.thai_digits = th && !(rules.digits && rules.digits.value == "arabic");

  imports::Workbook wb;
  bool xlsx = is_xlsx(*bytes, c.file);
  try {
    wb = xlsx ? imports::read_xlsx(*bytes, name, limits) : imports::read_csv(*bytes, name, limits);
  } catch (const imports::ReadError& e) {
    // The cell, when the fault is in one, named as a place of its own.
    Span at;
    if (!e.cell.empty()) {
      FileId f = p.sources.add(name, c.file, std::string("\n"));
      // A CSV file's cells have no sheet: "B2", not "book!B2".
      std::string cell = e.cell;
      if (!xlsx && cell.find('!') != std::string::npos) cell = cell.substr(cell.rfind('!') + 1);
      p.sources.get(f).places = {cell};
      at = Span{f, 0, 0};
    }
    // The cell's name in code quotes: a Thai run's digits leave `Sheet1!B2` as it is.
    std::string reason = th ? e.th : std::string(e.what());
    if (!e.cell.empty())
      for (std::size_t at_ = reason.find(e.cell); at_ != std::string::npos; at_ = reason.find(e.cell, at_ + e.cell.size() + 2)) {
        reason.insert(at_ + e.cell.size(), "`");
        reason.insert(at_, "`");
      }
    p.diags.report(msg::BookCannotRead, at, name, reason).help(txt::BookSaveAgain);
  }
  bytes.reset();
  if (c.lang.empty() && !rules.language && thai_book(wb)) {
    lang = Lang::Th;
    th = true;
    locale.lang = lang;
    locale.thai_digits = !(rules.digits && rules.digits.value == "arabic");
  }
  imports::BookFile book = imports::book_file(wb);
  imports::Options mo;
  mo.year = o.year;
  mo.months = o.months;
  imports::Imported imported;
  if (!p.diags.has_errors()) imported = imports::map_workbook(wb, book, rules, mo, p.diags);
  if (p.diags.has_errors() || imported.files.empty()) {
    book.materialize(p.sources, wb, c.file, xlsx, p.diags);
    print_diagnostics(p, c, true, locale);
    std::cerr << (th ? "planc: ไม่ได้เขียนไฟล์ใด\n" : "planc: nothing written\n");
    return 1;
  }
  if (c.lang.empty() && !rules.language) {
    lang = imported.lang == "en" ? Lang::En : Lang::Th;
    th = lang == Lang::Th;
    locale.lang = lang;
    locale.thai_digits = th && !(rules.digits && rules.digits.value == "arabic");
  }

  // Checked in memory, beside whatever the folder already has.
  driver::DiskSources disk;
  driver::MemorySources mem(&disk);
  std::vector<std::string> paths;
  for (const auto& f : imported.files) {
    paths.push_back((fs::path(o.out) / f.name).lexically_normal().string());
    mem.set(paths.back(), f.text);
  }
  driver::Compilation comp;
  driver::Options opts = options(c);
  opts.sources = &mem;
  opts.explain = false;
  driver::compile(comp, paths.back(), opts);
  ast::Program& cp = comp.program;
  // The rules file, as a file of the check's diagnostics too (the lines it made are pointed at).
  FileId rules_in_cp = kNoFile;
  if (rules_file != kNoFile) {
    const SourceFile& rf = p.sources.get(rules_file);
    rules_in_cp = cp.sources.add(rf.name, rf.path, std::string(rf.text));
  }
  // Each diagnostic about a generated file says which cell, or which line of
  // the rules, its line came from: the place a generated file's place came from, if any.
  auto origin_of = [&](Span s) -> Span {
    if (!s.valid()) return {};
    const SourceFile& f = cp.sources.get(s.file);
    for (std::size_t k = 0; k < paths.size(); ++k)
      if (fs::path(f.path).lexically_normal() == fs::path(paths[k]).lexically_normal() ||
          f.name == imported.files[k].name) {
        imports::From from = imported.files[k].from_at(s.begin);
        if (from.cell.valid()) return book.span(from.cell);
        if (from.rule.valid() && rules_in_cp != kNoFile) return Span{rules_in_cp, from.rule.begin, from.rule.end};
      }
    return {};
  };
  for (Diagnostic& d : cp.diags.all_for_notes()) {
    // A note about another line of the generated files points at that line's cell instead.
    for (Note& n : d.notes)
      if (Span c = origin_of(n.span); c.valid()) n.span = c;
    if (Span c = origin_of(d.span); c.valid())
      d.notes.insert(d.notes.begin(),
                     Note{c, text(c.file == rules_in_cp ? txt::LineFromRules : txt::LineFromCell)});
  }
  move_diagnostics(p, cp, rules_file, rules_in_cp);
  book.materialize(cp.sources, wb, c.file, xlsx, cp.diags);
  if (c.lang.empty()) locale = locale_of(cp, c);
  bool json = c.diagnostics == "json" || c.diagnostics == "sarif";
  print_diagnostics(cp, c, true, locale);
  if (cp.diags.has_errors()) {
    std::cerr << (th ? "planc: ไฟล์ที่สร้างจากสมุดงานมีข้อผิดพลาด จึงไม่ได้เขียนไฟล์ใด\n"
                     : "planc: the files made from the workbook have errors: nothing written\n");
    return 1;
  }
  if (o.print) {  // on standard output, unless the diagnostics are (as JSON or SARIF)
    if (!json)
      for (const auto& f : imported.files) std::cout << "==> " << f.name << " <==\n" << f.text;
    return 0;
  }
  // All or nothing: no file is written unless every one can be.
  std::error_code ec;
  fs::create_directories(o.out, ec);
  for (const auto& path : paths)
    if (fs::exists(path) && !o.force) {
      std::cerr << (th ? fmt::format("planc: มีไฟล์ `{}` อยู่แล้ว ไม่ได้เขียนไฟล์ใด (ใช้ `--force` เพื่อเขียนทับ)\n", path)
                       : fmt::format("planc: `{}` exists: nothing written (`--force` overwrites it)\n", path));
      return 1;
    }
  std::vector<std::string> written;
  for (std::size_t k = 0; k < paths.size(); ++k) {
    if (!replace_file(paths[k], imported.files[k].text)) {
      for (const auto& w : written) fs::remove(w, ec);  // none half-done: the ones written are taken back
      return 1;
    }
    written.push_back(paths[k]);
  }
  for (const auto& path : paths) std::cerr << (th ? "planc: เขียน " : "planc: wrote ") << path << "\n";
  return 0;
}

}  // namespace planc::cli
