#include "emit/text.hpp"

#include <fmt/format.h>

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

}  // namespace

std::string eval_table(const eval::ScoredPlan& r) {
  const int p = r.places;
  const ast::PlanHeader& h = *r.model->header;
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
  // A weight in the plan's terms: a percent under `weights percent` (4, 12.5, 100: as written), else a fraction.
  auto weight = [&](const std::optional<Rational>& w) {
    if (!w || !h.weights_percent) return cell(w, p);
    return (*w * Rational(100)).to_decimal(0, p) + " %";
  };
  std::string out;
  out += r.title + "\n";
  if (r.model->round) { out += r.model->round->name.value; out += "\n"; }
  out += "\n";
  // One line of the table: id, weight, [percent], score, [weighted], and what follows.
  auto line = [&](const std::string& id, const std::optional<Rational>& w, const std::optional<Rational>& pc,
                  const std::optional<Rational>& sc, const std::optional<Rational>& wt, std::string_view rest) {
    out += fmt::format("  {:<8}", id);
    if (weights) out += pad_left(weight(w), 8);
    if (percent) out += pad_left(cell(pc, p), 10);
    out += pad_left(cell(sc, p), 8);
    if (weighted) out += pad_left(cell(wt, p), 10);
    out += fmt::format("  {}\n", rest);
  };
  for (auto& s : r.strategies) {
    out += fmt::format("strategy {}  {}\n", s.id, cut(s.title, 60));
    out += fmt::format("  {:<8}", "id");
    if (weights) out += fmt::format("{:>8}", "weight");
    if (percent) out += fmt::format("{:>10}", "percent");
    out += fmt::format("{:>8}", "score");
    if (weighted) out += fmt::format("{:>10}", "weighted");
    out += "  status\n";
    auto row = [&](const eval::Node& n, const std::string& indent) {
      std::string status = eval::to_string(n.status);
      if (n.status == eval::Status::Na) {
        if (n.na_kind == eval::NaKind::NotStarted && n.indicator && n.indicator->ast->schedule)
          status = fmt::format("not started (starts with the {}-month round)",
                               n.indicator->ast->schedule->starts->value.to_decimal(0, 0));
        else status = (n.na_kind == eval::NaKind::Cancelled ? "cancelled: " : "na: ") + cut(n.na_reason, 40);
      }
      line(indent + n.id, n.weight, n.percent, n.score, n.weighted, status);
    };
    for (auto& i : s.children) {
      row(i, "");
      for (auto& sub : i.children) row(sub, " ");
    }
    if (s.status == eval::Status::Scored && s.once) {  // each indicator once: their mean
      line("total", s.weight_sum, s.percent, s.score, std::nullopt,
           fmt::format("Σ SM = {}; score = Σ SM ÷ {} (each indicator once)", cell(s.weighted_sum, p), s.rows_scored));
    } else if (s.status == eval::Status::Scored) {
      line("total", s.weight_sum, s.percent, s.score, s.weighted_sum,
           fmt::format("Σ W × SM = {}; score = Σ (W × SM){}", cell(s.weighted_sum, p),
                       h.weights_points ? " (points)" : " ÷ Σ W"));
      // Its contribution to the overall score, when strategies weigh (W × its score).
      if (h.strategies_weigh() && s.weight && s.weighted)
        out += fmt::format("  contribution  W × score = {} × {} = {}\n", weight(s.weight), cell(s.score, p),
                           cell(s.weighted, p));
    } else {
      out += fmt::format("  total: {}\n", s.na_reason);
    }
    out += "\n";
  }
  // Groups above strategies: each group's score and weighted score.
  for (std::size_t g = 0; g < r.groups.size(); ++g) {
    const eval::Node& n = r.groups[g];
    std::string strategies;
    for (std::size_t k : r.model->groups[g].strategies)
      strategies += (strategies.empty() ? "" : ", ") + r.model->strategies[k].id;
    out += fmt::format("group {}  {} (strategies {})\n", n.id, cut(n.title, 60), strategies);
    if (n.status == eval::Status::Scored)
      out += fmt::format("  weight {}  score {}  weighted {}\n", weight(n.weight), cell(n.score, p), cell(n.weighted, p));
    else
      out += fmt::format("  {}\n", n.na_reason);
  }
  if (!r.groups.empty()) out += "\n";
  // The plan's table may have no overall figure (`overall none`), or show no percents (`columns`).
  if (h.no_overall()) out += "overall score none (overall none)\n";
  else if (!percent) out += fmt::format("overall score {}\n", cell(r.score, p));
  else out += fmt::format("overall score {}  ({} %)\n", cell(r.score, p), cell(r.percent, p));
  return out;
}

std::string explain(const eval::ScoredPlan& r, const SourceManager& sm, const std::string& id) {
  std::string out;
  auto steps = [&](const std::vector<eval::Step>& st) {
    for (auto& s : st) {
      out += fmt::format("  {:<18} {}\n", s.what, s.detail);
      if (s.span.valid()) {
        const SourceFile& f = sm.get(s.span.file);
        const std::uint32_t line_no = sm.line(s.span);
        std::string line(f.line_text(line_no));
        std::size_t b = line.find_first_not_of(" \t");
        line = b == std::string::npos ? "" : line.substr(b);
        out += fmt::format("  {:<18} {}:{}:{}: {}\n", "", f.name, line_no, sm.col(s.span), cut(line, 70));
      }
    }
  };
  if (id == "overall" || id.empty()) {
    out += fmt::format("overall score of {}\n", r.title);
    for (auto& s : r.strategies)
      out += fmt::format("  strategy {:<9} {}\n", s.id, s.score ? s.score->to_decimal(2, 6) : "-");
    for (auto& g : r.groups) {
      out += fmt::format("  group {:<12} {}\n", g.id, g.score ? g.score->to_decimal(2, 6) : "-");
      steps(g.steps);
    }
    steps(r.steps);
    return out;
  }
  const eval::Node* n = eval::find(r, id);
  if (!n) return "";
  out += fmt::format("{} {}: {}\n", n->kind, n->id, n->title);
  steps(n->steps);
  if (n->kind != "strategy") {
    auto dot = n->id.find('.');
    const eval::Node* s = eval::find(r, n->id.substr(0, dot));
    if (s) {
      out += fmt::format("in strategy {}:\n", s->id);
      steps(s->steps);
    }
  }
  return out;
}

}  // namespace planc::emit
