#include "emit/text.hpp"

#include <fmt/format.h>

#include "report/format.hpp"
#include "report/steps.hpp"
#include "support/utf8.hpp"

namespace planc::emit {
namespace {

std::string cell(const std::optional<Rational>& r, int places) { return r ? r->to_fixed(places) : "-"; }

// Cuts a text to `width` display columns.
std::string cut(std::string_view s, int width) {
  std::string out;
  int w = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    char32_t c = utf8::decode(s, i);
    int cw = utf8::width(c);
    if (w + cw > width) {
      out += "…";
      return out;
    }
    w += cw;
    out.append(s, j, i - j);
  }
  return out;
}

std::string pad_left(const std::string& s, int width) {
  int w = utf8::display_width(s);
  return std::string(static_cast<std::size_t>(std::max(0, width - w)), ' ') + s;
}

// s and spaces to `width` display columns (fmt's width counts a Thai vowel
// above or below its letter as a column of its own).
std::string pad_right(const std::string& s, int width) {
  int w = utf8::display_width(s);
  return s + std::string(static_cast<std::size_t>(std::max(0, width - w)), ' ');
}

// The words of `planc eval`'s table in one language.
struct TableWords {
  const char *id, *weight, *percent, *score, *weighted, *status;
  const char *scored, *na, *unweighted, *missing, *error, *cancelled;
  const char *met, *missed;  // a row scored on its percent of target: 100 % or more, or less
  const char *not_started;    // "not started (starts with the {}-month round)"
  // The total row's formula: {0} Σ (W × SM) (Σ SM of a table without
  // weights), {1} the rows, {2} Σ W, {3} the score.
  const char *total, *total_once, *total_rows, *total_points, *contribution, *no_overall, *overall;
  const char* group;  // "group 1" / "กลุ่มที่ ๑"
  const char* as_percent;  // a total's score as a percent, after its formula
};
constexpr TableWords kTableEn = {
    "id", "weight", "percent", "score", "weighted", "status",
    "scored", "na", "unweighted", "missing", "error", "cancelled",
    "met", "not met",
    "not started (starts with the {}-month round)",
    "total", "score = Σ SM ÷ n = {0} ÷ {1} = {3} (each indicator once)", "score = Σ (W × SM) ÷ Σ W = {0} ÷ {2} = {3}",
    "score = Σ (W × SM) = {0} (points)", "contribution  W × score = {} × {} = {}", "overall score none (overall none)",
    "overall score", "group {}", " ({} %)"};
constexpr TableWords kTableTh = {
    "ตัวชี้วัด", "น้ำหนัก (W)", "ร้อยละของเป้าหมาย", "คะแนน (SM)", "คะแนนถ่วงน้ำหนัก", "สถานะ",
    "ประเมินแล้ว", "NA", "ไม่ถ่วงน้ำหนัก", "ไม่มีผล", "คำนวณไม่ได้", "ยกเลิก",
    "บรรลุ", "ไม่บรรลุ",
    "ยังไม่เริ่ม (เริ่มรอบ {} เดือน)",
    "รวม", "คะแนน = Σ SM ÷ จำนวน = {0} ÷ {1} = {3} (ไม่ถ่วงน้ำหนัก)", "คะแนน = Σ (W × SM) ÷ Σ W = {0} ÷ {2} = {3}",
    "คะแนน = Σ (W × SM) = {0} (คะแนนรวม)", "คะแนนถ่วงน้ำหนัก  W × คะแนน = {} × {} = {}",
    "ไม่มีคะแนนภาพรวม (overall none)", "คะแนนภาพรวม", "กลุ่มที่ {}", " (คิดเป็นร้อยละ {})"};

}  // namespace

std::string eval_table(const eval::ScoredPlan& r, const Locale& l) {
  const int p = r.places;
  const ast::PlanHeader& h = *r.model->header;
  const bool th = l.lang == Lang::Th;
  const TableWords& T = th ? kTableTh : kTableEn;
  auto dg = [&](std::string_view x) { return report::digits(x, l.thai_digits); };
  const std::string strategy = report::strategy_word(l, true);
  // The columns the plan's table has (`columns`; all of them when it does not say).
  const bool percent = h.has_column("percent"), weighted = h.has_column("weighted");
  // A QA table (`overall rows`, no weights): each indicator counts once, and no weight column says 1.0.
  bool any_once = false, all_once = true;
  for (const eval::Node& s : r.strategies)
    if (s.status == eval::Status::Scored) {
      any_once = any_once || s.once, all_once = all_once && s.once;
      for (const eval::Node& i : s.children)  // a sub-indicator's weight (0.8 : 0.2) is shown
        for (const eval::Node& sub : i.children) all_once = all_once && !(sub.indicator && sub.indicator->weight);
    }
  const bool weights = !(any_once && all_once);
  auto num = [&](const std::optional<Rational>& x) { return dg(report::grouped(cell(x, p))); };
  // A weight in the plan's terms: a percent under `weights percent` (4, 12.5, 100: as written), else a fraction.
  auto weight = [&](const std::optional<Rational>& w) {
    if (!w || !h.weights_percent) return num(w);
    return dg((*w * Rational(100)).to_decimal(0, p)) + " %";
  };
  std::string out;
  out += r.title + "\n";
  if (r.model->round) { out += r.model->round->name.value; out += "\n"; }
  out += "\n";
  // One line of the table: id, weight, [percent], score, [weighted], and what follows.
  // Each column as wide as its heading needs (a Thai one is wider than the English).
  auto width = [](const char* head, int at_least) { return std::max(at_least, utf8::display_width(head) + 2); };
  // Rows whose results are percents already (`basis direct`: a category's
  // percent) have no percent of a target: when every row is such, the Thai
  // column says ร้อยละ, not ร้อยละของเป้าหมาย.
  const bool all_direct = [&] {
    bool any = false;
    for (const eval::Node& s : r.strategies)
      for (const eval::Node& i : s.children) {
        if (i.status != eval::Status::Scored || !i.indicator || !i.indicator->ast) continue;
        if (i.indicator->ast->basis != ast::Basis::Direct) return false;
        any = true;
      }
    return any;
  }();
  const char* percent_head = th && all_direct ? "ร้อยละ" : T.percent;
  const int ww = width(T.weight, 8), pw = width(percent_head, 10), sw = width(T.score, 8), tw = width(T.weighted, 10);
  // A cell wider than its column (a percent of 123,456.78) keeps a space before it.
  auto cell_at = [](const std::string& x, int width) {
    return (utf8::display_width(x) >= width ? " " : "") + pad_left(x, width);
  };
  auto line = [&](const std::string& id, const std::string& w, const std::string& pc, const std::string& sc,
                  const std::string& wt, std::string_view rest) {
    out += "  " + pad_right(id, 8);
    if (weights) out += cell_at(w, ww);
    if (percent) out += cell_at(pc, pw);
    out += cell_at(sc, sw);
    if (weighted) out += cell_at(wt, tw);
    out += fmt::format("  {}\n", rest);
  };
  for (auto& s : r.strategies) {
    out += fmt::format("{} {}  {}\n", strategy, dg(s.id), cut(s.title, 60));
    line(th && !l.indicator_word.empty() ? l.indicator_word : T.id, T.weight, percent_head, T.score, T.weighted, T.status);
    auto row = [&](const eval::Node& n, const std::string& indent) {
      std::string status;
      switch (n.status) {
        case eval::Status::Scored:
          // Met or not, as the report's summary counts them (eval::Node::met:
          // a percent of target of 100 or more; a result that is the percent,
          // its target's value). A row scored by level, given, or of a
          // category's points (whose percent is no target) is scored only.
          status = n.met && !h.weights_points ? (*n.met ? T.met : T.missed) : T.scored;
          break;
        case eval::Status::Unweighted: status = T.unweighted; break;
        case eval::Status::Missing: status = T.missing; break;
        case eval::Status::Error: status = T.error; break;
        case eval::Status::Na:
          if (n.na_kind == eval::NaKind::NotStarted && n.indicator && n.indicator->ast->schedule)
            status = fmt::format(fmt::runtime(T.not_started), dg(n.indicator->ast->schedule->starts->value.to_decimal(0, 0)));
          else if (n.na_reason.empty())  // NA without a reason
            status = th ? "NA (ไม่ระบุเหตุผล)" : "na (no reason given)";
          else
            status = fmt::format("{}: {}", n.na_kind == eval::NaKind::Cancelled ? T.cancelled : T.na,
                                 cut(report::na_words(n, l), 40));
          break;
      }
      line(indent + dg(n.id), weight(n.weight), num(n.percent), num(n.score), num(n.weighted), status);
    };
    for (auto& i : s.children) {
      row(i, "");
      for (auto& sub : i.children) row(sub, " ");
    }
    // The total's percent is its score as a percent (the plan's conversion),
    // not a percent of any target: said after the formula, not under the
    // percent-of-target column (a Thai reader took ๘๙.๙๐ there for one).
    auto as_percent = [&](const eval::Node& n) {
      // Not when it is the score (a table of points out of 100).
      return n.percent && percent && n.percent != n.score ? fmt::format(fmt::runtime(T.as_percent), num(n.percent))
                                                          : std::string();
    };
    if (s.status == eval::Status::Scored && s.once) {  // each indicator once: their mean
      line(T.total, weight(s.weight_sum), "", num(s.score), num(std::nullopt),
           fmt::format(fmt::runtime(T.total_once), num(s.weighted_sum), dg(std::to_string(s.rows_scored)),
                       weight(s.weight_sum), num(s.score)) + as_percent(s));
    } else if (s.status == eval::Status::Scored) {
      line(T.total, weight(s.weight_sum), "", num(s.score), num(s.weighted_sum),
           fmt::format(fmt::runtime(h.weights_points ? T.total_points : T.total_rows), num(s.weighted_sum),
                       dg(std::to_string(s.rows_scored)), weight(s.weight_sum), num(s.score)) + as_percent(s));
      // Its contribution to the overall score, when strategies weigh (W × its score).
      if (h.strategies_weigh() && s.weight && s.weighted)
        out += "  " + fmt::format(fmt::runtime(T.contribution), weight(s.weight), num(s.score), num(s.weighted)) + "\n";
    } else {
      out += fmt::format("  {}: {}\n", T.total, report::na_words(s, l));
    }
    out += "\n";
  }
  // Groups above strategies: each group's score and weighted score.
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const eval::Node& n = r.groups[g];
    std::string strategies;
    for (std::size_t k : r.model->groups[g].strategies)
      strategies += (strategies.empty() ? "" : ", ") + dg(r.model->strategies[k].id);
    out += th ? fmt::format("{}  {} ({} {})\n", fmt::format(fmt::runtime(T.group), dg(n.id)), cut(n.title, 60), strategy, strategies)
              : fmt::format("group {}  {} (strategies {})\n", n.id, cut(n.title, 60), strategies);
    if (n.status == eval::Status::Scored)
      out += fmt::format("  {} {}  {} {}  {} {}\n", T.weight, weight(n.weight), T.score, num(n.score), T.weighted,
                         num(n.weighted));
    else
      out += fmt::format("  {}\n", report::na_words(n, l));
  }
  if (!r.groups.empty()) out += "\n";
  // The plan's table may have no overall figure (`overall none`), or show no percents (`columns`).
  if (h.no_overall()) out += std::string(T.no_overall) + "\n";
  else if (!percent) out += fmt::format("{} {}\n", T.overall, num(r.score));
  else if (th) out += fmt::format("{} {}  (ร้อยละ {})\n", T.overall, num(r.score), num(r.percent));
  else out += fmt::format("{} {}  ({} %)\n", T.overall, num(r.score), num(r.percent));
  return out;
}

std::string explain(const eval::ScoredPlan& r, const SourceManager& sm, const std::string& id, const Locale& l) {
  const bool th = l.lang == Lang::Th;
  auto dg = [&](std::string_view x) { return report::digits(x, l.thai_digits); };
  // The plan's words for its levels, as its messages say them ("องค์ประกอบที่ ๒", "ตัวบ่งชี้ ๒.๑").
  const std::string indicator = report::indicator_word(l), strategy = report::strategy_word(l, true);
  const std::string group = th ? "กลุ่ม" : "group";
  // The lines first, then the labels padded to the widest (a Thai label may
  // be wider than the English ones' 18 columns).
  struct Line {
    std::string head;         // a heading, as it is
    std::string label, text;  // or a step, or a figure in the overall's list ("ประเด็นยุทธศาสตร์ที่ ๑", "๓.๙๙")
    std::string where;        // the step's source line, under it
  };
  std::vector<Line> lines;
  auto steps = [&](const std::vector<eval::Step>& st) {
    for (auto& s : st) {
      report::StepWords w = report::words(s, l);
      Line line{"", std::move(w.label), std::move(w.text), ""};
      if (s.span.valid()) {
        const SourceFile& f = sm.get(s.span.file);
        const std::uint32_t line_no = sm.line(s.span);
        std::string src(f.line_text(line_no));
        std::size_t b = src.find_first_not_of(" \t");
        src = b == std::string::npos ? "" : src.substr(b);
        line.where = fmt::format("{}:{}:{}: {}", f.name, line_no, sm.col(s.span), cut(src, 70));
      }
      lines.push_back(std::move(line));
    }
  };
  auto score = [&](const std::optional<Rational>& x) { return x ? dg(x->to_decimal(2, 6)) : std::string("-"); };
  auto head = [&](std::string h) { lines.push_back({std::move(h), "", "", ""}); };
  auto print = [&] {
    int width = 18;
    for (const Line& x : lines)
      if (x.head.empty()) width = std::max(width, utf8::display_width(x.label));
    std::string out;
    for (const Line& x : lines) {
      if (!x.head.empty()) {
        out += x.head + "\n";
        continue;
      }
      out += fmt::format("  {} {}\n", pad_right(x.label, width), x.text);
      if (!x.where.empty()) out += fmt::format("  {} {}\n", std::string(static_cast<std::size_t>(width), ' '), x.where);
    }
    return out;
  };
  if (id == "overall" || id.empty()) {
    head(th ? fmt::format("คะแนนภาพรวม: {}", r.title) : fmt::format("overall score of {}", r.title));
    for (auto& s : r.strategies) lines.push_back({"", strategy + " " + dg(s.id), score(s.score), ""});
    for (auto& g : r.groups) {
      lines.push_back({"", group + " " + dg(g.id), score(g.score), ""});
      steps(g.steps);
    }
    steps(r.steps);
    return print();
  }
  const eval::Node* n = eval::find(r, id);
  if (!n) return "";
  std::string kind = n->kind == "strategy"        ? strategy
                     : n->kind == "sub-indicator" ? (th ? indicator + "ย่อย" : "sub-" + indicator)
                     : n->kind == "indicator"     ? indicator
                                                  : std::string(n->kind);
  head(fmt::format("{} {}: {}", kind, dg(n->id), n->title));
  steps(n->steps);
  if (n->kind != "strategy") {
    auto dot = n->id.find('.');
    const eval::Node* s = eval::find(r, n->id.substr(0, dot));
    if (s) {
      head(th ? fmt::format("ใน{} {}:", strategy, dg(s->id)) : fmt::format("in {} {}:", strategy, s->id));
      steps(s->steps);
    }
  }
  return print();
}

}  // namespace planc::emit
