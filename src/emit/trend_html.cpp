// The trend as one self-contained HTML page, print-ready like the round
// report's (its style sheet, A4 landscape): the rounds with each strategy's
// score as lines, the indicators below target in the last round as bars (inline
// SVG, lengths computed from decimal strings, no floating point), every
// indicator round by round, the projects' budgets round by round.
#include <fmt/format.h>

#include "emit/keep_words.hpp"
#include "emit/report.hpp"
#include "emit/trend.hpp"
#include "report/format.hpp"
#include "report/model.hpp"

namespace planc::emit {
namespace {

using report::TrendModel;

constexpr const char* kTrendStyle = R"CSS(
@page { size: A4 landscape; margin: 12mm; }
@media print { body { font-size: 10pt; line-height: 1.5; } table, table.projects, .finding { font-size: inherit; }
               h2 { font-size: 15pt; } }
table.indicators { table-layout: fixed; }
table.indicators col.indicator { width: 24%; } table.indicators col.target { width: 10%; }
.trend td.cell { text-align: right; }
.trend td.cell .fig { display: block; font-size: 8.5pt; color: var(--muted); }
.trend td.cell.below { background: #fdecea; }
.trend td.cell.na { color: var(--muted); white-space: normal; font-size: 8.5pt; text-align: left; }
tr.project td { background: #f7f8fb; font-weight: 700; }
.legend { list-style: none; padding: 0; margin: 4px 0 12px; columns: 2; font-size: 9.5pt; }
.legend li { break-inside: avoid; } .legend .key { display: inline-block; width: 18px; height: 4px; vertical-align: middle; margin-right: 6px; }
svg.chart { max-width: 1000px; } .chartbox { break-inside: avoid; page-break-inside: avoid; }
@media print { svg.chart { max-width: 80%; } }
)CSS";

// The strategies' line colours, in turn.
constexpr const char* kColours[] = {"#1f5fa8", "#b3261e", "#2e7d32", "#9a6200", "#6a1b9a", "#00838f", "#5d4037", "#c2185b"};

std::string colour(std::size_t i) { return kColours[i % (sizeof kColours / sizeof *kColours)]; }

// `percent` (ASCII, two decimals) of `length` as hundredths, for sums.
long long hundredths(const std::string& percent, int length) {
  std::string s = svg_length(percent, length);
  std::size_t dot = s.find('.');
  return std::stoll(s.substr(0, dot)) * 100 + std::stoll(s.substr(dot + 1));
}

std::string px(long long h) { return fmt::format("{}.{:02}", h / 100, h % 100); }

struct TrendHtml {
  const TrendModel& m;
  const report::TrendLabels& L;
  const report::Labels& R;  // those shared with the round report
  Sink& out;

  void w(std::string_view s) { out += s; }
  static std::string e(const std::string& s) { return html_escape(s); }
  std::string digits(const std::string& s) const { return report::digits(s, m.thai_digits); }

  void run() {
    w(fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"planc\">\n<title>{}</title>\n<style>{}{}</style>\n</head>\n"
                  "<body class=\"trend\">\n",
                  e(m.lang), e(m.title), html_style(), kTrendStyle));
    w(fmt::format("<header>\n<h1>{}</h1>\n<p class=\"meta\">", e(m.title)));
    std::string meta;
    for (auto* x : {&m.agency, &m.years})
      if (!x->empty()) meta += (meta.empty() ? "" : " · ") + e(*x);
    w(meta + "</p>\n</header>\n");
    rounds();
    indicators();
    budgets();
    w(fmt::format("<footer>{}</footer>\n</body>\n</html>\n", R.generated));
  }

  void rounds() {
    w(fmt::format("<section>\n<h2 class=\"first\">{}</h2>\n", L.rounds));
    w(fmt::format("<table class=\"rounds\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th>", L.round, m.overall_label));
    if (m.show_percent) w(fmt::format("<th class=\"num\">{}</th>", R.overall_percent));
    for (auto& s : m.strategies) w(fmt::format("<th class=\"num\">{} {}</th>", e(m.strategy_word), e(s.number)));
    w("</tr></thead>\n<tbody>\n");
    for (auto& r : m.rounds) {
      w(fmt::format("<tr><td>{}<br><small class=\"meta\">{}</small></td><td class=\"num\"><strong>{}</strong></td>",
                    e(r.label), e(r.file), e(dash(r.score.text))));
      if (m.show_percent) w(fmt::format("<td class=\"num\">{}</td>", e(dash(r.percent.text))));
      for (auto& f : r.strategies) w(fmt::format("<td class=\"num\">{}</td>", e(dash(f.text))));
      w("</tr>\n");
    }
    w("</tbody>\n</table>\n");
    lines();
    shortfalls();
    w("</section>\n");
  }

  static std::string dash(const std::string& s) { return s.empty() ? "-" : s; }

  // Each strategy's score round by round, a line each, over a grid of whole scores.
  void lines() {
    const int left = 48, top = 12, plot_w = 860, plot_h = 200, bottom = 52;
    std::size_t n = m.rounds.size();
    int width = left + plot_w + 24, height = top + plot_h + bottom;
    w(fmt::format("<div class=\"chartbox\">\n<h3>{}</h3>\n<ul class=\"legend\">\n", e(m.strategies_chart)));
    for (std::size_t i = 0; i < m.strategies.size(); ++i)
      w(fmt::format("<li><span class=\"key\" style=\"background:{}\"></span>{} {}: {}</li>\n", colour(i), e(m.strategy_word),
                    e(m.strategies[i].number), e(m.strategies[i].title)));
    w(fmt::format("</ul>\n<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" width=\"100%\" "
                  "xmlns=\"http://www.w3.org/2000/svg\">\n",
                  e(m.strategies_chart), width, height));
    // Grid: whole scores up to the top score (at most ten lines).
    long long top_h = hundredths("100.00", plot_h);
    std::string top_ascii = report::digits(m.top_score, false);
    int whole = top_ascii.find('.') == std::string::npos ? std::atoi(top_ascii.c_str()) : 0;
    bool by_score = whole > 0 && whole <= 10;
    int steps = by_score ? whole : 5;  // else the grid is in fifths of the top score
    for (int i = 0; i <= steps; ++i) {
      long long y = top * 100 + top_h - top_h * i / steps;
      w(fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#c9ced8\" stroke-width=\"1\"/>\n", left, px(y),
                    left + plot_w, px(y)));
      std::string label = by_score ? digits(std::to_string(i)) : digits(std::to_string(i * 20)) + "%";
      w(fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>\n", left - 6, px(y + 400),
                    e(label)));
    }
    auto x_of = [&](std::size_t k) -> long long {
      long long step = n > 1 ? static_cast<long long>(plot_w) * 100 / static_cast<long long>(n) : plot_w * 100LL;
      return left * 100LL + step * static_cast<long long>(k) + step / 2;
    };
    for (std::size_t k = 0; k < n; ++k) {
      const report::TrendRound& r = m.rounds[k];
      long long x = x_of(k);
      if (k && r.year != m.rounds[k - 1].year) {  // a new fiscal year: a dashed line before it
        long long between = (x + x_of(k - 1)) / 2;
        w(fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#5b6475\" stroke-dasharray=\"4 4\"/>\n",
                      px(between), top, px(between), top + plot_h + 36));
      }
      w(fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\">{}</text>\n", px(x),
                    top + plot_h + 18, e(r.short_label)));
      if (!r.year_text.empty())
        w(fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6475\">{}</text>\n",
                      px(x), top + plot_h + 34, e(r.year_text)));
    }
    for (std::size_t i = 0; i < m.plot.size(); ++i) {
      std::string points, dots;
      auto flush = [&] {
        if (points.find(' ') != std::string::npos)
          w(fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" points=\"{}\"/>\n", colour(i), points));
        points.clear();
      };
      for (std::size_t k = 0; k < m.plot[i].size() && k < n; ++k) {
        const std::string& p = m.plot[i][k];
        if (p.empty()) {  // not scored this round: the line breaks
          flush();
          continue;
        }
        long long y = top * 100LL + top_h - hundredths(p, plot_h);
        std::string at = px(x_of(k)) + "," + px(y);
        points += (points.empty() ? "" : " ") + at;
        dots += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{}\"><title>{} {}: {}</title></circle>\n",
                            px(x_of(k)), px(y), colour(i), e(m.strategies[i].number), e(m.rounds[k].label),
                            e(m.rounds[k].strategies[i].text));
      }
      flush();
      w(dots);
    }
    w("</svg>\n</div>\n");
  }

  // The indicators below their target in the last round, a bar each.
  void shortfalls() {
    w(fmt::format("<h3>{}</h3>\n", e(m.below_chart)));
    if (m.shortfalls.empty()) {
      w(fmt::format("<p>{}</p>\n", e(m.none_below)));
      return;
    }
    std::vector<SvgBar> rows;
    for (auto& s : m.shortfalls) rows.push_back({s.full_number, s.title, s.bar, s.percent});
    w(svg_bars(rows, e(m.below_chart), "#b3261e", "chart"));
  }

  void round_heads() {
    for (auto& r : m.rounds)
      w(fmt::format("<th class=\"num\">{}{}</th>", e(r.short_label), r.year_text.empty() ? "" : "<br>" + e(r.year_text)));
  }

  void indicators() {
    w(fmt::format("<section>\n<h2>{}</h2>\n", e(m.indicators_title)));
    for (auto& s : m.strategies) {
      w(fmt::format("<h3>{} {}: {}</h3>\n", e(m.strategy_word), e(s.number), e(s.title)));
      w("<table class=\"indicators\">\n<colgroup><col class=\"indicator\"><col class=\"target\">");
      for (std::size_t k = 0; k < m.rounds.size(); ++k) w("<col>");
      w(fmt::format("</colgroup>\n<thead><tr><th>{}</th><th>{}</th>", e(m.indicator_label), L.target));
      round_heads();
      w("</tr></thead>\n<tbody>\n");
      for (auto& t : m.indicators) {
        if (t.id.substr(0, t.id.find('.')) != s.id) continue;
        w(fmt::format("<tr class=\"{}\"><td>{} {}</td><td>{}{}</td>", t.sub ? "sub" : "row", e(t.full_number),
                      e(t.title), e(t.target), t.unit.empty() ? "" : "<br><small>" + e(t.unit) + "</small>"));
        for (std::size_t k = 0; k < t.rounds.size() && k < m.rounds.size(); ++k) cell(t, t.rounds[k]);
        w("</tr>\n");
      }
      w("</tbody>\n</table>\n");
    }
    if (m.show_percent)
      w(fmt::format("<p class=\"meta\">{} — {} · {}</p>\n</section>\n", L.result, L.percent, m.score_label));
    else
      w(fmt::format("<p class=\"meta\">{} — {}</p>\n</section>\n", L.result, m.score_label));
  }

  void cell(const report::TrendIndicator& t, const report::TrendCell& c) {
    if (c.status.empty()) {
      w("<td class=\"cell\"></td>");
      return;
    }
    if (!c.status_text.empty()) {
      w(fmt::format("<td class=\"cell na\">{}</td>", e(c.status_text)));
      return;
    }
    std::string figs = c.percent.text.empty() ? "" : c.percent.text + "%";
    if (!c.score.text.empty()) figs += (figs.empty() ? "" : " · ") + c.score.text;
    if (t.per_round() && !c.target.text.empty()) figs = fmt::format("{} {}<br>{}", L.target_part, e(c.target.text), e(figs));
    else figs = e(figs);
    w(fmt::format("<td class=\"cell{}\"><strong>{}</strong><span class=\"fig\">{}</span></td>", c.below ? " below" : "",
                  e(dash(c.result)), figs));
  }

  void budgets() {
    if (m.budgets.empty()) return;
    w(fmt::format("<section>\n<h2>{}</h2>\n", L.budgets));
    for (auto& b : m.budgets) {
      w(fmt::format("<h3>{} {}: {}</h3>\n", e(m.strategy_word), e(b.number), e(b.title)));
      w(fmt::format("<table class=\"budgets\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>"
                    "<th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                    L.round, L.budget, L.disbursed, L.remaining, L.rate, L.status));
      for (auto& p : m.projects) {
        if (p.strategy != b.id) continue;
        w(fmt::format("<tr class=\"project\"><td colspan=\"6\">{} {}: {}</td></tr>\n", e(m.indicator_label),
                      e(p.indicator_number), e(p.title)));
        for (std::size_t k = 0; k < p.rounds.size() && k < m.rounds.size(); ++k)
          money(m.rounds[k], p.rounds[k], true, "");
      }
      w(fmt::format("<tr class=\"project\"><td colspan=\"6\">{} {}</td></tr>\n", e(m.strategy_total), e(b.number)));
      for (std::size_t k = 0; k < b.rounds.size() && k < m.rounds.size(); ++k)
        money(m.rounds[k], b.rounds[k], false, " total");
      w("</tbody>\n</table>\n");
    }
    w("</section>\n");
  }

  void money(const report::TrendRound& r, const report::TrendMoney& t, bool status, const char* cls) {
    w(fmt::format("<tr class=\"row{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                  "<td class=\"num\">{}</td><td>{}</td></tr>\n",
                  cls, e(r.label), e(dash(t.budget.text)), e(dash(t.disbursed.text)), e(dash(t.remaining.text)),
                  e(dash(t.rate.text)), status ? e(t.reported ? t.status : L.not_reported) : ""));
  }
};

}  // namespace

void trend_html(const TrendModel& m, Sink& out) {
  // Thai terms kept whole on a line, as in the report (emit/keep_words.hpp).
  write_kept(out, [&](Sink& to) {
    TrendHtml h{m, *m.labels, *m.report_labels, to};
    h.run();
  });
}

}  // namespace planc::emit
