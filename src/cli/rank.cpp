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
  cmd->add_option("--format", r.format, "text, md, csv, html or pdf (default text)")
      ->check(CLI::IsMember({"text", "md", "csv", "html", "pdf"}));
  cmd->add_option("-o,--output", r.out, "write to this file instead of standard output");
  cmd->add_option("--digits", r.digits, "thai or arabic (default: the plan's `digits`)")
      ->check(CLI::IsMember({"thai", "arabic"}));
  return cmd;
}

int run_rank(RankCommand& r, const std::string& lang) {
  Common& c = r.c;
  if (c.lang.empty()) c.lang = lang;
  driver::FolderCompilation f;
  Locale l;
  if (int rc = compile_scored(f, c, l, "rank", "ลำดับ", "ranking")) return rc;
  if (over_own_file(f, r.out, l, "ลำดับ", "ranking")) return 2;
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
    if (!f.superseded(round)) picked.push_back(&round);
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
    if (r.by == "overall") {  // the plan says `overall none`
      say(l, fmt::format("แผนนี้ไม่มีคะแนนรวม (`overall none`) จึงจัดลำดับตามคะแนนรวมไม่ได้ (คำแนะนำ: ระบุ `--by` เป็น {} หรือเลขตัวชี้วัด เช่น 1.2)", choices),
          fmt::format("the plan has no overall score (`overall none`) to rank by (hint: give `--by` {}, or an "
                      "indicator's number such as 1.2)", choices));
      return 1;
    }
    say(l, fmt::format("`--by {}` ไม่ใช่สิ่งที่จัดลำดับได้ในแผนนี้ (คำแนะนำ: ใช้ {} หรือเลขตัวชี้วัด เช่น 1.2)", r.by, choices),
        fmt::format("`--by {}` names nothing this plan can be ranked by (hint: use {}, or an indicator's number "
                    "such as 1.2)", r.by, choices));
    return 1;
  }
  if (pdf_to_terminal(r.format, r.out)) return 2;
  bool written = write_draft(r.out, [&](emit::Sink& out) {
    if (r.format == "pdf") return page_pdf([&](emit::Sink& s) { emit::rank_html(m, s); }, out);
    if (r.format == "md") emit::rank_markdown(m, out);
    else if (r.format == "csv") emit::rank_csv(m, out);
    else if (r.format == "html") emit::rank_html(m, out);
    else emit::rank_text(m, out);
    return true;
  });
  return written ? 0 : 2;
}

}  // namespace planc::cli
