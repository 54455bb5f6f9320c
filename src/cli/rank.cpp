#include "cli/rank.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "cli/folder.hpp"
#include "driver/folder.hpp"
#include "emit/rank.hpp"
#include "report/rank.hpp"

namespace planc::cli {

CLI::App* add_rank(CLI::App& app, RankCommand& r) {
  auto* cmd = app.add_subcommand("rank", "rank the bodies a plan folder scores on one set of indicators (each "
                                         "round's `body`) by their overall score, or a strategy's or an indicator's");
  add_common(cmd, r.c);
  cmd->get_option("FILE")->required(false)->description("the plan folder (default: this folder)");
  cmd->add_option("--by", r.by, "overall (default), a strategy's number (2) or an indicator's (2.3)");
  cmd->add_option("--year", r.year, "the year to rank (default: the latest the folder holds)");
  cmd->add_option("--months", r.months, "the round to rank, in months (default: the latest of that year)");
  cmd->add_option("--format", r.format, "text, md or csv (default text)")->check(CLI::IsMember({"text", "md", "csv"}));
  cmd->add_option("-o,--output", r.out, "write to this file instead of standard output");
  cmd->add_option("--digits", r.digits, "thai or arabic (default: the plan's `digits`)")
      ->check(CLI::IsMember({"thai", "arabic"}));
  return cmd;
}

namespace {

void say(const Locale& l, const std::string& th, const std::string& en) {
  std::cerr << "planc: " << (l.lang == Lang::Th ? in_digits(th, l) : en) << "\n";
}

}  // namespace

int run_rank(RankCommand& r, const std::string& lang) {
  Common& c = r.c;
  if (c.lang.empty()) c.lang = lang;
  c.file = default_path(c.file);
  if (!driver::is_folder(c.file)) {
    Locale l{parse_lang(c.lang).value_or(environment_lang()), false};
    say(l, fmt::format("`{}` ไม่ใช่โฟลเดอร์ของแผน: planc rank ต้องการโฟลเดอร์ที่มีแผนและผลของแต่ละหน่วยงาน", c.file),
        fmt::format("`{}` is not a plan folder: planc rank takes a folder with a plan and each body's round", c.file));
    return 2;
  }
  driver::FolderCompilation f;
  driver::FolderOptions o;
  o.compile = options(c);
  o.compile.keep_rows = true;
  o.compile.explain = false;
  driver::compile_folder(f, c.file, o);
  driver::Program all = f.diagnostics();
  if (c.strict) all.diags.promote_warnings();
  Locale l = !f.rounds.empty() ? locale_of(f.rounds.front().compilation->program, c)
             : f.plan_alone    ? locale_of(f.plan_alone->program, c)
                               : locale_of(f.folder, c);
  print_diagnostics(all, c, true, l);
  if (all.io_error) return 2;
  bool failed = all.diags.has_errors() || f.has_errors();
  for (const auto& round : f.rounds)
    if (round.compilation->program.diags.has_errors() || !round.compilation->scored) failed = true;
  if (failed) {
    say(l, "ไม่ได้เขียนลำดับ: แก้ข้อผิดพลาดแล้วสั่งใหม่", "no ranking written: fix the errors and run it again");
    return 1;
  }
  // The year and months to rank: as asked, else the latest the folder holds.
  // A body's own assessment gives way to the committee's of the same round.
  std::vector<const driver::FolderRound*> picked;
  int year = r.year, months = r.months;
  if (!year)
    for (const auto& round : f.rounds) year = std::max(year, round.year);
  if (!months)
    for (const auto& round : f.rounds)
      if (round.year == year) months = std::max(months, round.months);
  for (const auto& round : f.rounds) {
    if (round.year != year || round.months != months) continue;
    bool self = round.assessment == "self";
    bool verified = std::any_of(f.rounds.begin(), f.rounds.end(), [&](const driver::FolderRound& x) {
      return x.year == year && x.months == months && x.body == round.body && x.assessment != "self";
    });
    if (self && verified) continue;
    picked.push_back(&round);
  }
  if (picked.empty()) {
    if (!months)
      say(l, fmt::format("`{}` ไม่มีรอบของปี {}", c.file, year), fmt::format("`{}` has no round of year {}", c.file, year));
    else
      say(l, fmt::format("`{}` ไม่มีรอบของปี {} รอบ {} เดือน", c.file, year, months),
          fmt::format("`{}` has no round of year {}, {} months", c.file, year, months));
    return 1;
  }
  std::vector<report::RankInput> in;
  for (const auto* round : picked) in.push_back({round->body, round->name, &*round->compilation->scored});
  report::RankModel m;
  try {
    m = report::rank(in, year, months, {r.by, c.lang, r.digits});
  } catch (const std::invalid_argument&) {
    std::string choices;
    for (const std::string& ch : report::rank_choices(*in.front().scored)) choices += (choices.empty() ? "" : ", ") + ch;
    say(l, fmt::format("`--by {}` ไม่ใช่สิ่งที่จัดลำดับได้ในแผนนี้ (คำแนะนำ: ใช้ {} หรือเลขตัวชี้วัด เช่น 1.2)", r.by, choices),
        fmt::format("`--by {}` names nothing this plan can be ranked by (hint: use {}, or an indicator's number "
                    "such as 1.2)", r.by, choices));
    return 1;
  }
  std::error_code ec;
  for (const auto& round : f.rounds)
    for (const std::string& path : {round.path, f.plan})
      if (!r.out.empty() && std::filesystem::equivalent(r.out, path, ec)) {
        say(l, fmt::format("`-o {}` จะเขียนทับแฟ้มของแผน: เลือกชื่ออื่น", r.out),
            fmt::format("`-o {}` would write the ranking over a file of the plan; choose another name", r.out));
        return 2;
      }
  bool written = write_draft(r.out, [&](emit::Sink& out) {
    if (r.format == "md") emit::rank_markdown(m, out);
    else if (r.format == "csv") emit::rank_csv(m, out);
    else emit::rank_text(m, out);
  });
  return written ? 0 : 2;
}

}  // namespace planc::cli
