#include <fmt/format.h>

#include "emit/report.hpp"
#include "emit/strategies.hpp"

namespace planc::emit {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t run = 0;  // start of the bytes not yet copied: copied as one run
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* entity;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(s, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s, run);
  return out;
}

// length × percent / 100 with decimal strings only (no floating point).
std::string svg_length(const std::string& percent, int length) {
  std::size_t dot = percent.find('.');
  long long whole = std::stoll(percent.substr(0, dot));
  long long frac = dot == std::string::npos ? 0 : std::stoll((percent.substr(dot + 1) + "00").substr(0, 2));
  long long hundredths = (whole * 100 + frac) * length / 100;  // pixels × 100
  return fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
}

std::string cut_text(const std::string& s, std::size_t max_cp) {
  std::size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max_cp) return s.substr(0, i) + "…";
      ++n;
    }
  }
  return s;
}

std::string svg_bars(const std::vector<SvgBar>& bars, std::string_view title, std::string_view colour,
                     std::string_view cls) {
  const int row = 34, label_w = 520, bar_w = 420;
  int h = row * static_cast<int>(bars.size()) + 8;
  std::string out = fmt::format("<svg {}role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" width=\"100%\" "
                                "xmlns=\"http://www.w3.org/2000/svg\">\n",
                                cls.empty() ? std::string() : fmt::format("class=\"{}\" ", cls), title,
                                label_w + bar_w + 80, h);
  int y = 4;
  for (auto& b : bars) {
    out += fmt::format("<text x=\"0\" y=\"{}\" font-size=\"13\">{} {}</text>\n", y + 20, html_escape(b.number),
                       html_escape(cut_text(b.title, 70)));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"22\" fill=\"#eef1f6\"/>\n", label_w, y + 4, bar_w);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"22\" fill=\"{}\"><title>{}</title></rect>\n",
                       label_w, y + 4, svg_length(b.bar, bar_w), colour, html_escape(b.value));
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"13\" font-weight=\"700\">{}</text>\n", label_w + bar_w + 8,
                       y + 20, html_escape(b.value));
    y += row;
  }
  return out + "</svg>\n";
}

namespace {

using report::Finding;
using report::Model;

constexpr const char* kStyle = R"CSS(
:root { --ink: #1d2433; --muted: #5b6475; --line: #c9ced8; --head: #eef1f6; --accent: #1f5fa8; --warn: #9a6200; --err: #b3261e; }
* { box-sizing: border-box; }
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", sans-serif; color: var(--ink);
       font-size: 11pt; line-height: 1.5; margin: 0 auto; max-width: 1400px; padding: 16px 24px; }
h1 { font-size: 20pt; margin: 0 0 4px; } h2 { font-size: 15pt; margin: 28px 0 8px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 13pt; margin: 20px 0 6px; } p { margin: 4px 0 8px; }
.meta { color: var(--muted); }
.summary { display: grid; grid-template-columns: 260px 1fr; gap: 24px; align-items: start; margin-top: 12px; }
.big { font-size: 34pt; font-weight: 700; color: var(--accent); line-height: 1.1; }
.counts { list-style: none; padding: 0; margin: 8px 0; } .counts li { margin: 2px 0; }
.published { color: var(--muted); } .published.differs { color: var(--err); font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: var(--head); }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.has-detail { break-after: avoid; page-break-after: avoid; }
tr.detail { break-inside: auto; page-break-inside: auto; }
tr.detail td { border-top: none; }
tr.has-detail td { border-bottom: none; }
.account .label { font-size: 9pt; color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.sub td:nth-child(2) { padding-left: 22px; }
tr.total td { font-weight: 700; background: #f7f8fb; }
tr.na td { color: var(--muted); }
.account p { margin: 0 0 4px; }
table.projects { font-size: 9.5pt; margin-top: 6px; }
.finding { border-left: 4px solid var(--warn); background: #fff8e6; padding: 4px 8px; margin: 4px 0; font-size: 9.5pt; }
.finding.error { border-color: var(--err); background: #fdecea; }
.finding ul { margin: 2px 0 0 18px; padding: 0; }
details summary { cursor: pointer; }
details ol { margin: 4px 0 0 18px; padding: 0; font-size: 9pt; text-align: left; white-space: normal; }
svg text { font-family: inherit; }
footer { margin-top: 32px; color: var(--muted); font-size: 9pt; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-before: page; } h2.first { break-before: auto; }
  h2, h3 { break-after: avoid; }
  details ol { display: none; }
}
)CSS";

struct Html {
  const Model& m;
  const report::Labels& L;
  Sink& out;

  void w(std::string_view s) { out += s; }
  std::string e(const std::string& s) { return html_escape(s); }

  void findings(const std::vector<Finding>& fs) {
    for (auto& f : fs) {
      w(fmt::format("<div class=\"finding {}\"><strong>{} {}</strong>: {}", e(f.severity), e(f.severity_word), e(f.code),
                    e(f.message)));
      if (!f.notes.empty() || !f.hint.empty()) {
        w("<ul>");
        for (auto& n : f.notes) w("<li>" + e(n) + "</li>");
        if (!f.hint.empty()) w("<li><em>" + e(f.hint) + "</em></li>");
        w("</ul>");
      }
      w("</div>");
    }
  }

  void paragraphs(const report::Paragraphs& body) {
    for (auto& para : body) w("<p>" + e(para) + "</p>\n");
  }

  void run() {
    w(fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"planc\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
                  e(m.lang), e(m.title), kStyle));
    w(fmt::format("<header>\n<h1>{}</h1>\n<p class=\"meta\">", e(m.title)));
    std::string meta;
    for (auto& x : m.meta) meta += (meta.empty() ? "" : " · ") + e(x);
    w(meta + "</p>\n</header>\n");
    summary();
    if (!m.restatements.empty()) {
      w(fmt::format("<section class=\"restated\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>\n", L.restatements,
                    e(fmt::format(fmt::runtime(L.restatements_lead), m.frozen))));
      for (auto& r : m.restatements) w(fmt::format("<li>{}: {}</li>\n", e(r.date), e(r.reason)));
      w("</ul>\n</section>\n");
    }
    text_section(L.preface, m.preface);
    text_section(L.introduction, m.introduction);
    if (!m.objectives.empty()) {
      w(fmt::format("<section>\n<h2>{}</h2>\n<ol>\n", L.objectives));
      for (auto& o : m.objectives) w("<li>" + e(o) + "</li>\n");
      w("</ol>\n</section>\n");
    }
    part1();
    part2();
    text_section(L.method, m.method);
    scoring();
    if (!m.recommendations.empty()) {
      w(fmt::format("<section>\n<h2>{}</h2>\n", L.recommendations));
      for (auto& r : m.recommendations) paragraphs(r);
      w("</section>\n");
    }
    w(fmt::format("<section>\n<h2>{}</h2>\n", L.findings));
    if (m.findings.empty()) w(fmt::format("<p>{}</p>\n", L.no_findings));
    findings(m.findings);
    w("</section>\n");
    w(fmt::format("<footer>{}</footer>\n</body>\n</html>\n", L.generated));
  }

  void text_section(const char* title, const report::Paragraphs& body) {
    if (body.empty()) return;
    w(fmt::format("<section>\n<h2>{}</h2>\n", title));
    paragraphs(body);
    w("</section>\n");
  }

  void summary() {
    w(fmt::format("<section class=\"summary-section\">\n<h2 class=\"first\">{}</h2>\n<div class=\"summary\">\n<div>\n",
                  L.summary));
    w(fmt::format("<div>{}</div><div class=\"big\">{}</div>\n", L.overall_score, e(m.score)));
    if (!m.published_score.empty())
      w(fmt::format("<div class=\"{}\">{}: {}</div>\n", m.score_differs ? "published differs" : "published",
                    L.as_published, e(m.published_score)));
    w(fmt::format("<div>{} <strong>{}</strong></div>\n", L.overall_percent, e(m.percent)));
    if (!m.published_percent.empty())
      w(fmt::format("<div class=\"{}\">{}: {}</div>\n", m.percent_differs ? "published differs" : "published",
                    L.as_published, e(m.published_percent)));
    w(fmt::format("<ul class=\"counts\"><li>{}: <strong>{}</strong></li><li>{}: <strong>{}</strong></li>", L.indicators_scored,
                  m.scored_text, L.indicators_na, m.na_text));
    if (m.unweighted) w(fmt::format("<li>{}: <strong>{}</strong></li>", L.indicators_unweighted, m.unweighted_text));
    w("</ul>\n");
    if (!m.overall_steps.empty()) {
      w(fmt::format("<details><summary>{}</summary><ol>", L.how));
      for (auto& s : m.overall_steps) w("<li>" + e(s) + "</li>");
      w("</ol></details>\n");
    }
    w("</div>\n");
    bars();
    w("</div>\n</section>\n");
  }

  // One bar per strategy, its length the score out of the top score.
  void bars() {
    std::vector<SvgBar> rows;
    for (auto& s : m.strategies) rows.push_back({s.number, s.title, s.bar, s.score});
    w(svg_bars(rows, L.summary, "#1f5fa8", ""));
  }

  void part1() {
    w(fmt::format("<section class=\"part1\">\n<h2>{}</h2>\n", L.part1));
    strategies(report::Model::Content::Plan, &Html::part1_strategy);
    w("</section>\n");
  }

  // Each strategy laid out by `part` into a text of its own (on a worker
  // thread for a streamed model), the texts written in order.
  void strategies(report::Model::Content what, void (Html::*part)(const report::Strategy&)) {
    each_strategy<std::string>(
        m, what,
        [&](const report::Strategy& s) {
          return collect([&](Sink& to) {
            Html h{m, L, to};
            (h.*part)(s);
          });
        },
        [&](const std::string& text) { w(text); });
  }

  // A column per earlier round of the year (a 9- or 12-month report), headed
  // by what it shows and the round: "ผล รอบ ๖ เดือน".
  void earlier_heads(const char* what, const char* attrs = "") {
    for (auto& h : m.earlier_rounds)
      w(fmt::format("<th{} class=\"num earlier\" style=\"white-space: normal\">{}<br>{}</th>", attrs, what, e(h)));
  }
  // This round's heading: with its round when earlier rounds stand beside it.
  std::string this_round(const char* what) const {
    return m.earlier_rounds.empty() ? std::string(what) : fmt::format("{}<br>{}", what, html_escape(m.this_round));
  }
  void earlier_cell(const std::string& shown, const report::Earlier& x) {
    std::string title = x.note.empty() ? "" : fmt::format(" title=\"{}\"", e(x.note));
    w(fmt::format("<td class=\"num earlier\"{}>{}</td>", title, e(shown.empty() ? std::string("-") : shown)));
  }

  void part1_strategy(const report::Strategy& s) {
    w(fmt::format("<h3>{} {}: {}</h3>\n", L.strategy, e(s.number), e(s.title)));
    if (!s.mission.empty()) w(fmt::format("<p><strong>{}</strong>: {}</p>\n", L.mission, e(s.mission)));
    if (!s.goals.empty()) {
      w(fmt::format("<p><strong>{}</strong></p>\n<ul>\n", L.goals));
      for (auto& g : s.goals) w("<li>" + e(g) + "</li>\n");
      w("</ul>\n");
    }
    w(fmt::format("<table class=\"part1\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>", L.col_no,
                  L.col_indicator, L.col_unit, L.col_target));
    earlier_heads(L.col_result);
    w(fmt::format("<th>{}</th><th>{}</th></tr></thead>\n<tbody>\n", this_round(L.col_result), L.col_offices));
    for (auto& r : s.rows) {
      bool detail = !r.account.empty() || !r.projects.empty() || (r.na && !r.na_reason.empty());
      w(fmt::format("<tr id=\"p1-{}\" class=\"{}{}{}\"><td class=\"num\">{}</td><td>{}", e(r.id), r.sub ? "sub" : "row",
                    r.na ? " na" : "", detail ? " has-detail" : "", e(r.number), e(r.title)));
      for (auto& n : r.notes) w("<br><em>" + e(n) + "</em>");
      w(fmt::format("</td><td>{}</td><td>{}</td>", e(r.unit), e(r.target)));
      for (auto& x : r.earlier) earlier_cell(x.result, x);
      w(fmt::format("<td class=\"num\">{}</td><td>", e(r.result)));
      for (std::size_t i = 0; i < r.offices.size(); ++i) w((i ? "<br>" : "") + e(r.offices[i]));
      w("</td></tr>\n");
      if (!detail) continue;
      // The account of the work gets a full-width row of its own: it may run
      // over a page, the indicator's row above it never does.
      w(fmt::format("<tr class=\"detail{}\"><td></td><td colspan=\"{}\" class=\"account\">", r.na ? " na" : "",
                    5 + m.earlier_rounds.size()));
      w(fmt::format("<div class=\"label\">{}</div>", L.col_account));
      if (r.na && !r.na_reason.empty()) w("<p><em>" + e(r.na_reason) + "</em></p>");
      for (auto& a : r.account) w("<p>" + e(a) + "</p>");
      if (!r.projects.empty()) {
        w(fmt::format("<table class=\"projects\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>"
                      "<th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
                      L.projects, L.budget, L.disbursed, L.remaining, L.status));
        for (auto& p : r.projects) {
          w("<tr><td>" + e(p.title));
          if (!p.note.empty()) w("<br><em>" + e(p.note) + "</em>");
          w(fmt::format("</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                        e(p.budget), e(p.disbursed), e(p.remaining), e(p.status)));
        }
        w("</tbody></table>");
      }
      w("</td></tr>\n");
    }
    w("</tbody>\n</table>\n");
  }

  void part2() {
    w(fmt::format("<section class=\"part2\">\n<h2>{}</h2>\n", L.part2));
    strategies(report::Model::Content::Scores, &Html::part2_strategy);
    w("</section>\n");
  }

  void part2_strategy(const report::Strategy& s) {
    w(fmt::format("<h3>{} {}: {}</h3>\n", L.strategy, e(s.number), e(s.title)));
    w(fmt::format("<table class=\"part2\">\n<thead><tr><th rowspan=\"2\">{}</th><th rowspan=\"2\">{}</th>"
                  "<th rowspan=\"2\" class=\"num\">{}</th><th colspan=\"5\">{}</th>",
                  L.col_no, L.col_indicator, L.col_weight, L.col_bands));
    earlier_heads(L.col_score, " rowspan=\"2\"");
    w(fmt::format("<th rowspan=\"2\" class=\"num\">{}</th><th rowspan=\"2\" class=\"num\">{}</th></tr>\n<tr>",
                  this_round(L.col_score), L.col_weighted));
    for (auto& b : m.band_labels) w("<th class=\"num\">" + e(b) + "</th>");
    w("</tr></thead>\n<tbody>\n");
    for (auto& r : s.rows) {
      w(fmt::format("<tr id=\"p2-{}\" class=\"{}{}\"><td class=\"num\">{}</td><td>{}", e(r.id), r.sub ? "sub" : "row",
                    r.na ? " na" : "", e(r.number), e(r.title)));
      findings(r.findings);
      w(fmt::format("</td><td class=\"num\">{}</td>", e(r.weight)));
      for (int b = 1; b <= 5; ++b)
        w(fmt::format("<td class=\"num\">{}</td>", r.band == b ? e(r.percent) : (r.score.empty() ? "" : "-")));
      for (auto& x : r.earlier) earlier_cell(x.score, x);
      w("<td class=\"num\">");
      if (!r.score.empty()) {
        w("<details><summary>" + e(r.score) + "</summary><ol>");
        for (auto& st : r.steps) w("<li>" + e(st) + "</li>");
        w("</ol></details>");
      } else if (r.na) {
        w(e(L.na));
      }
      w(fmt::format("</td><td class=\"num\">{}</td></tr>\n", e(r.weighted)));
    }
    w(fmt::format("<tr class=\"total\"><td></td><td>{}", L.strategy_score));
    findings(s.findings);
    w(fmt::format("</td><td class=\"num\">{}</td><td colspan=\"{}\"></td><td class=\"num\">", e(s.weight_sum),
                  5 + m.earlier_rounds.size()));
    if (!s.steps.empty() && s.score != "-") {
      w("<details><summary>" + e(s.score) + "</summary><ol>");
      for (auto& st : s.steps) w("<li>" + e(st) + "</li>");
      w("</ol></details>");
    }
    w(fmt::format("</td><td class=\"num\">{}</td></tr>\n", e(s.weighted_sum)));
    w("</tbody>\n</table>\n");
  }

  void scoring() {
    w(fmt::format("<section>\n<h2>{}</h2>\n<p>{}</p>\n", L.scoring, L.formula));
    if (!m.scale_rows.empty()) {
      w(fmt::format("<p>{}</p>\n<table class=\"scale\"><thead><tr>", e(m.scale_title)));
      for (std::size_t i = 0; i < m.scale_rows.size(); ++i) w(fmt::format("<th class=\"num\">{}</th>", i + 1));
      w("</tr></thead><tbody><tr>");
      for (auto& r : m.scale_rows) w("<td class=\"num\">" + e(r) + "</td>");
      w("</tr></tbody></table>\n");
    }
    w(fmt::format("<p>{}</p>\n</section>\n", e(m.rounding)));
  }
};

}  // namespace

std::string_view html_style() { return kStyle; }

void html(const Model& m, Sink& out) {
  Html h{m, *m.labels, out};
  h.run();
}

std::string html(const Model& m) {
  return collect([&](Sink& out) { html(m, out); });
}

}  // namespace planc::emit
