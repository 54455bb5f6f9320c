#include "report/rank.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <fmt/format.h>

#include "report/format.hpp"
#include "report/steps.hpp"

namespace planc::report {

std::vector<std::string> rank_choices(const eval::ScoredPlan& plan) {
  std::vector<std::string> out;
  if (!plan.model || !plan.model->header || !plan.model->header->no_overall()) out.push_back("overall");
  for (const eval::Node& s : plan.strategies) out.push_back(s.id);
  return out;
}

namespace {

struct Figure {
  std::optional<Rational> score, percent;
  std::string reason;
};

// The figure `by` names in one body's scored round.
Figure figure_of(const eval::ScoredPlan& p, const std::string& by, bool th) {
  Figure f;
  if (by == "overall") {
    f.score = p.score;
    f.percent = p.percent;
    if (!f.score) f.reason = th ? "ไม่มีคะแนนรวมในรอบนี้" : "no overall score in this round";
    return f;
  }
  const eval::Node* n = eval::find(p, by);
  if (!n) throw std::invalid_argument(by);
  // Category points: a row's figure is the points it earned, not the share.
  bool points = p.model && p.model->header && p.model->header->weights_points && n->indicator;
  f.score = points ? n->weighted : n->score;
  f.percent = n->percent;
  if (!f.score) {
    if (n->status == eval::Status::Na && !n->na_reason.empty())
      f.reason = na_words(*n, ast::plan_locale(p.model ? p.model->header : nullptr, th ? Lang::Th : Lang::En));
    else f.reason = th ? "ไม่มีคะแนนในรอบนี้" : "not scored in this round";
  }
  return f;
}

}  // namespace

RankModel rank(const std::vector<RankInput>& in, int year, int months, const RankOptions& o) {
  RankModel m;
  if (in.empty()) return m;
  const eval::ScoredPlan& first = *in.front().scored;
  const ast::PlanHeader& h = *first.model->header;
  m.lang = !o.lang.empty() ? o.lang : h.language;
  bool th = m.lang == "th";
  bool thai = !o.digits.empty() ? o.digits == "thai" : h.digits && *h.digits == ast::Digits::Thai;
  auto dg = [&](const std::string& s) { return digits(s, thai); };
  if (o.by == "overall" && h.no_overall()) throw std::invalid_argument(o.by);
  const int places = first.places;
  m.show_percent = h.has_column("percent");
  m.col_rank = th ? "ลำดับ" : "Rank";
  m.col_body = th ? "หน่วยงาน" : "Body";
  m.col_score = th ? "คะแนน" : "Score";
  m.col_percent = th ? "ร้อยละ" : "Percent";
  m.title = th ? fmt::format("ลำดับผลการประเมิน: {}", h.title.value) : fmt::format("Ranking: {}", h.title.value);
  const Locale lv = ast::plan_locale(&h, th ? Lang::Th : Lang::En);
  std::string what;
  if (o.by == "overall") what = th ? "คะแนนรวม" : "overall score";
  else if (o.by.find('.') == std::string::npos)  // the plan's words for its levels (report/steps.hpp)
    what = th ? fmt::format("คะแนนของ{} {}", strategy_word(lv, true), dg(o.by))
              : fmt::format("{} {}'s score", strategy_word(lv), o.by);
  else
    what = th ? fmt::format("คะแนนของ{} {}", indicator_word(lv), dg(o.by))
              : fmt::format("{} {}'s score", indicator_word(lv), o.by);
  const char* year_word = h.academic ? (th ? "ปีการศึกษา" : "academic year") : (th ? "ปีงบประมาณ พ.ศ." : "fiscal year");
  m.subtitle = th ? fmt::format("เรียงตาม{} {} {} รอบ {} เดือน", what, year_word, dg(std::to_string(year)),
                                dg(std::to_string(months)))
                  : fmt::format("by {}, {} {}, {}-month round", what, year_word, year, months);

  struct Entry {
    const RankInput* in;
    Figure f;
  };
  std::vector<Entry> entries;
  for (const RankInput& r : in) entries.push_back({&r, figure_of(*r.scored, o.by, th)});
  // The highest first; ties, and the bodies without the figure, by name.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.f.score.has_value() != b.f.score.has_value()) return a.f.score.has_value();
    if (a.f.score && *a.f.score != *b.f.score) return *a.f.score > *b.f.score;
    return a.in->body < b.in->body;
  });
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Entry& e = entries[k];
    RankRow row;
    row.body = e.in->body.empty() ? (th ? "(หน่วยงานของแผน)" : "(the plan's unit)") : e.in->body;
    row.file = e.in->file;
    if (e.f.score) {
      // Competition ranking: a tie shares the rank of the first of its equals.
      std::size_t first = k;
      while (first > 0 && entries[first - 1].f.score && *entries[first - 1].f.score == *e.f.score) --first;
      row.rank = dg(std::to_string(first + 1));
      row.score = dg(e.f.score->to_fixed(places));
      row.percent = e.f.percent ? dg(e.f.percent->to_fixed(places)) : "-";
    } else {
      row.score = row.percent = "-";
      row.reason = e.f.reason;
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

}  // namespace planc::report
