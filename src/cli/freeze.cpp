#include "cli/freeze.hpp"

#include <chrono>
#include <ctime>

#include "review/freeze.hpp"
#include "review/textdiff.hpp"

namespace planc::cli {

namespace {

// Today in ISO form (UTC), for `frozen` and `restated`.
std::string today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

CLI::App* add_freeze(CLI::App& app, Common& c, FreezeOptions& o) {
  auto* cmd = app.add_subcommand("freeze",
                                 "record a round's computed figures as its published ones (`reported`), so that a "
                                 "later change that moves one is flagged");
  add_common(cmd, c);
  cmd->get_option("FILE")->description("the round file");
  cmd->add_option("--restate", o.restate,
                  "the reason for changing figures already published (a restatement, shown in the report)");
  cmd->add_option("--date", o.date, "the date written with `frozen` or `restated` (default: today, YYYY-MM-DD)");
  cmd->add_flag("--check", o.check, "change nothing: print what freezing would change, exit 1 if anything");
  return cmd;
}

int run_freeze(const Common& c, const FreezeOptions& fo) {
  driver::Compilation comp;
  driver::Options opts = options(c);
  opts.explain = false;
  driver::compile(comp, c.file, opts);
  driver::Program& p = comp.program;
  Locale l = locale_of(p, c);
  bool th = l.lang == Lang::Th;
  if (p.io_error) {
    print_diagnostics(p, c, true);
    return 2;
  }
  const ast::Module& main = p.modules[p.main];
  if (!main.round) {
    std::cerr << (th ? fmt::format("planc: `{}` ไม่ใช่ไฟล์รอบ (ไม่มีส่วนหัว `round`) จึงตรึงตัวเลขไม่ได้\n", c.file)
                     : fmt::format("planc: `{}` is not a round (it has no `round` header): nothing to freeze\n", c.file));
    return 2;
  }
  if (p.diags.has_errors() || !comp.scored) {
    print_diagnostics(p, c, true);
    std::cerr << (th ? fmt::format("planc: `{}` มีข้อผิดพลาด จึงยังตรึงตัวเลขไม่ได้ แก้ข้อผิดพลาดก่อน\n", c.file)
                     : fmt::format("planc: `{}` has errors: mend them before freezing its figures\n", c.file));
    return 1;
  }
  review::FreezeOptions o{fo.date.empty() ? today() : fo.date, fo.restate};
  const SourceFile& src = p.sources.get(main.file);
  review::Frozen f = review::freeze(src, main.file, *comp.scored, o);
  if (!f.moved.empty() && fo.restate.empty()) {
    std::cerr << (th ? fmt::format("planc: ตัวเลขที่เผยแพร่แล้วใน `{}` จะเปลี่ยน:\n", c.file)
                     : fmt::format("planc: freezing `{}` would change figures already published:\n", c.file));
    for (const auto& m : f.moved) std::cerr << "  " << m << "\n";
    std::cerr << (th ? "ถ้าตั้งใจเปลี่ยน ให้ระบุเหตุผลด้วย `--restate \"เหตุผล\"` (จะแสดงในรายงาน) ไม่มีการเขียนไฟล์\n"
                     : "if the change is deliberate, give its reason with `--restate \"reason\"` (the report shows "
                       "it); nothing was written\n");
    return 1;
  }
  if (f.moved.empty() && !fo.restate.empty()) {
    std::cerr << (th ? "planc: ไม่มีตัวเลขที่เผยแพร่แล้วเปลี่ยน จึงไม่ต้องปรับปรุง (`--restate`) ไม่มีการเขียนไฟล์\n"
                     : "planc: no published figure changes: there is nothing to restate; nothing was written\n");
    return 1;
  }
  driver::Program fp;
  std::optional<std::string> text = canonical(fp, src.path, f.text);
  if (!text) {
    print_diagnostics(fp, c, true);
    std::cerr << fmt::format("planc: internal error: freezing `{}` would break it; file left as it is\n", c.file);
    return 2;
  }
  if (*text == src.text) {
    std::cerr << (th ? fmt::format("ตรึงแล้ว: ตัวเลขใน `{}` ตรงกับที่คำนวณได้ ไม่มีอะไรเปลี่ยน\n", c.file)
                     : fmt::format("frozen: `{}` already publishes its computed figures; nothing changed\n", c.file));
    return 0;
  }
  if (fo.check) {
    std::cout << review::unified_diff(std::string(src.text), *text, c.file, c.file + " (frozen)");
    return 1;
  }
  if (!replace_file(src.path, *text)) return 2;
  std::size_t n = f.moved.size();
  if (th)
    std::cerr << in_digits(n ? fmt::format("ปรับปรุงตัวเลขแล้ว: `{}` เปลี่ยนตัวเลขที่เผยแพร่ {} รายการ เหตุผล: {}\n", c.file, n,
                                           fo.restate)
                             : fmt::format("ตรึงตัวเลขแล้ว: `{}` บันทึกตัวเลขที่คำนวณได้เป็นตัวเลขที่เผยแพร่ ({})\n", c.file, o.date),
                           l);
  else
    std::cerr << (n ? fmt::format("restated: `{}`: {} published figure{} changed; reason: {}\n", c.file, n,
                                  n == 1 ? "" : "s", fo.restate)
                    : fmt::format("frozen: `{}` publishes its computed figures ({})\n", c.file, o.date));
  return 0;
}

}  // namespace planc::cli
