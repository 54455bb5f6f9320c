#include <algorithm>

#include <fmt/format.h>

#include "emit/columns.hpp"
#include "emit/keep_words.hpp"
#include "emit/report.hpp"
#include "emit/strategies.hpp"
#include "support/utf8.hpp"

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
long long hundredths_of(const std::string& percent, int length) {
  std::size_t dot = percent.find('.');
  long long whole = std::stoll(percent.substr(0, dot));
  long long frac = dot == std::string::npos ? 0 : std::stoll((percent.substr(dot + 1) + "00").substr(0, 2));
  return (whole * 100 + frac) * length / 100;
}

std::string svg_length(const std::string& percent, int length) {
  long long hundredths = hundredths_of(percent, length);  // pixels × 100
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
body { font-family: "TH Sarabun New", "Sarabun", "TH SarabunPSK", "Laksaman", "Noto Sans Thai", "Loma", sans-serif;
       color: var(--ink); font-size: 13pt; line-height: 1.5; margin: 0 auto; max-width: 1400px; padding: 16px 24px; }
h1 { font-size: 20pt; margin: 0 0 4px; } h2 { font-size: 17pt; margin: 28px 0 8px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 15pt; margin: 20px 0 6px; } p { margin: 4px 0 8px; }
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
.account .label { font-size: 0.85em; color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.w { white-space: nowrap; }  /* a Thai term kept on one line: ถ่วงน้ำหนัก, not ถ่วง / น้ำหนัก (emit/keep_words.hpp) */
tr.sub td:nth-child(2) { padding-left: 22px; }
tr.total td { font-weight: 700; background: #f7f8fb; }
tr.na td { color: var(--muted); }
.account p { margin: 0 0 4px; }
table.projects { font-size: 0.9em; margin-top: 6px; }
table.projects th { white-space: nowrap; }  /* เบิกจ่าย, not เบิ / ก / จ่า / ย: its column takes the heading's width */
.finding { border-left: 4px solid var(--warn); background: #fff8e6; padding: 4px 8px; margin: 4px 0; font-size: 0.9em; }
.finding.error { border-color: var(--err); background: #fdecea; }
.finding.note { border-color: #8a8f98; background: #f3f4f6; }
.finding ul { margin: 2px 0 0 18px; padding: 0; }
details summary { cursor: pointer; }
details ol { margin: 4px 0 0 18px; padding: 0; font-size: 0.85em; text-align: left; white-space: normal; }
ol.own-numbers { list-style: none; padding-left: 0; }
svg text { font-family: inherit; }
figure.chart { margin: 12px 0 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: 700; margin-bottom: 4px; }
.cover { text-align: center; padding: 24px 0; }
.cover .agency { font-size: 20pt; font-weight: 700; margin-bottom: 1.5em; }
.cover h1 { font-size: 24pt; line-height: 1.4; }
.cover .round { font-size: 18pt; margin-top: 0.8em; }
.cover .by { margin-top: 3em; font-size: 16pt; }
.signature { margin: 2.5em 0 0 55%; text-align: center; }
nav.toc ol { list-style: none; padding: 0; }
nav.toc li { display: flex; gap: 8px; margin: 4px 0; }
nav.toc li a { color: inherit; text-decoration: none; }
nav.toc li .dots { flex: 1; border-bottom: 1px dotted var(--muted); margin-bottom: 0.35em; }
nav.toc li .pg { min-width: 2.5em; text-align: right; }
.toc-marker { position: absolute; font-size: 1px; color: transparent; }
table.strategies td.score { font-weight: 700; }
.places li { margin: 2px 0; }
footer { margin-top: 32px; color: var(--muted); font-size: 9pt; }
@media screen { .cover { border-bottom: 2px solid var(--accent); } nav.toc .pg:empty, nav.toc .dots { display: none; } }
@media print {
  body { max-width: none; padding: 0; font-size: 16pt; line-height: 1.3; }
  table { font-size: 14pt; }
  table.part2, .finding, details ol { font-size: 14pt; }
  /* A row's projects: four columns of money and a status in the account's
     cell; at 14pt three budgets of millions ran past the page's edge and were
     cut ("คง" for คงเหลือ). */
  table.projects { font-size: 12pt; width: 100%; }
  h2 { break-before: page; font-size: 18pt; } h2.first { break-before: auto; }
  /* The padding keeps a heading's stacked Thai marks (ที่) inside its box: a
     heading pushed to the next page left them painted at this one's foot. */
  h2, h3 { break-after: avoid; page-break-after: avoid; padding-top: 0.25em; }
  h3 + p, h3 + table { break-before: avoid; }
  /* A strategy's heading, mission and goals go with its table's first rows:
     they were left at a page's foot, the table on the next. */
  .strategy > h3 ~ p, .strategy > h3 ~ ul, .strategy > ul + table, .strategy > p + table { break-before: avoid; }
  .strategy > h3, .strategy > ul, .strategy > p { break-inside: avoid; }
  /* "รายละเอียดผลการดำเนินงาน" with its first lines, not the last line of a page. */
  .account .label { break-after: avoid; }
  table.projects th.status { width: 5.5em; }  /* อยู่ระหว่าง / ดำเนินการ, not ดำเนิน / การ */
  /* A short strategy's heading and table on one page, not a row or two over
     the break; a long one breaks between rows as before. */
  .keep { break-inside: avoid; page-break-inside: avoid; }
  /* The short sections at the end follow on from the one before. */
  h2.flow { break-before: auto; }
  tr.total { break-before: avoid; page-break-before: avoid; }
  .cover { height: 24cm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .preface .signature { break-before: avoid; }
  details ol { display: none; }
  details.how { display: none; }  /* "how it was computed" alone, its steps hidden: not printed */
  details summary { list-style: none; cursor: auto; }
  details summary::-webkit-details-marker { display: none; }
  details summary::marker { content: ""; }
  a { color: inherit; text-decoration: none; }
  .summary { grid-template-columns: 1fr; gap: 8px; }
  /* The summary's figures in two columns, so that the chart fits on the
     summary's page (it went over to a page of its own, three quarters
     empty): the score as wide as its lines, the counts in what is left (at
     least a third: a committee's and a body's own scores have long labels). */
  .summary .figures { display: grid; grid-template-columns: minmax(0, max-content) minmax(33%, 1fr); gap: 0 32px;
                      align-items: start; }
  .summary .figures ul.counts { margin: 0 0 4px; }
  /* Its labels at about 12pt, its bars a third shorter than on screen. */
  figure.chart svg { width: 80%; }
  footer { display: none; }
  th.num { white-space: normal; }
  /* Part 2's wide table on landscape pages of its own. */
  section.part2, section.part1.wide { page: wide; }
  table.part2 { table-layout: auto; }
  table.part2 td:nth-child(2) { width: 38%; }
  table.part1, table.scores { table-layout: fixed; }
  /* A word longer than its column broken, not a word that fits (break-word,
     not anywhere: anywhere let a projects table inside a row shrink its
     columns to a letter, "in progres / s"). */
  table.part1 td { overflow-wrap: break-word; }
  table.projects td { overflow-wrap: normal; }
  /* An account that runs over a page: its last line's Thai marks below the
     line (ุ ู) were painted at the top of the next page, clipped here. */
  td.account { overflow: hidden; }
}
th.group, th.round { text-align: center; }
)CSS";

// The printed page: A4, margins of a Thai official document (3 cm left, 2 cm
// right), page numbers at the foot in the report's digits, none on the cover.
std::string page_style(bool thai_digits) {
  return fmt::format(R"CSS(
@page {{ size: A4; margin: 2.5cm 2cm 2cm 3cm;
  @bottom-center {{ content: counter(page, {}); font-family: "TH Sarabun New", "Sarabun", "Laksaman", sans-serif; font-size: 14pt; }} }}
@page :first {{ @bottom-center {{ content: none; }} }}
@page wide {{ size: A4 landscape; margin: 2cm 2cm 2cm 2.5cm; }}
)CSS",
                     thai_digits ? "thai" : "decimal");
}

struct Html {
  const Model& m;
  const report::Labels& L;
  Sink& out;
  const HtmlOptions& o;
  KeepWords* keep = nullptr;  // the document's writer keeps Thai terms whole; a strategy's text goes through it

  void w(std::string_view s) {
    if (keep) keep->write(s);
    else out += s;
  }
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

  // A section of the document: its heading (an entry of the table of
  // contents) and, when printing for the contents' pages, its marker.
  struct Entry {
    std::string id, title;
  };
  std::vector<Entry> toc;
  void open_section(const std::string& id, const std::string& title, const char* cls = "", const char* h2 = "") {
    w(fmt::format("<section id=\"{}\"{}>\n", id, *cls ? fmt::format(" class=\"{}\"", cls) : ""));
    if (o.markers) w(fmt::format("<span class=\"toc-marker\">@@toc-{}@@</span>", id));
    w(fmt::format("<h2{}>{}</h2>\n", *h2 ? fmt::format(" class=\"{}\"", h2) : "", e(title)));
  }

  // Every section the document has, in order (the table of contents).
  std::vector<Entry> sections() const {
    std::vector<Entry> out;
    out.push_back({"s-summary", L.summary});
    if (!m.restatements.empty()) out.push_back({"s-restated", L.restatements});
    if (!m.introduction.empty()) out.push_back({"s-introduction", L.introduction});
    if (!m.objectives.empty()) out.push_back({"s-objectives", L.objectives});
    out.push_back({"s-part1", m.part1_title});
    out.push_back({"s-part2", m.part2_title});
    if (!m.method.empty()) out.push_back({"s-method", L.method});
    out.push_back({"s-scoring", L.scoring});
    if (!m.recommendations.empty()) out.push_back({"s-recommendations", L.recommendations});
    if (!m.handed_in) out.push_back({"s-findings", L.findings});
    if (any_places) out.push_back({"s-places", L.places});
    return out;
  }
  bool any_places = false;

  void run() {
    any_places = !m.handed_in && has_places();
    w(fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"planc\">\n<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
                  e(m.lang), e(m.title), kStyle, page_style(m.thai_digits)));
    cover();
    if (!m.preface.empty()) {
      open_section("s-preface", L.preface, "preface", "first");
      paragraphs(m.preface);
      // The signature block: the unit that wrote it, and when.
      if (!m.by.empty() || !m.date.empty()) {
        w("<div class=\"signature\">");
        if (!m.by.empty()) w("<div>" + e(m.by) + "</div>");
        if (!m.date.empty()) w("<div>" + e(m.date) + "</div>");
        w("</div>\n");
      }
      w("</section>\n");
    }
    contents();
    summary();
    if (!m.restatements.empty()) {
      open_section("s-restated", L.restatements, "restated");
      w(fmt::format("<p>{}</p>\n<ul>\n", e(fmt::format(fmt::runtime(L.restatements_lead), m.frozen))));
      for (auto& r : m.restatements) w(fmt::format("<li>{}: {}</li>\n", e(r.date), e(r.reason)));
      w("</ul>\n</section>\n");
    }
    text_section("s-introduction", L.introduction, m.introduction);
    if (!m.objectives.empty()) {
      open_section("s-objectives", L.objectives);
      // Objectives that number themselves ("๑) เพื่อ...") are not numbered again.
      bool own = std::all_of(m.objectives.begin(), m.objectives.end(), [](const std::string& x) { return numbered(x); });
      w(own ? "<ol class=\"own-numbers\">\n" : "<ol>\n");
      for (auto& ob : m.objectives) w("<li>" + e(ob) + "</li>\n");
      w("</ol>\n</section>\n");
    }
    part1();
    part2();
    text_section("s-method", L.method, m.method);
    scoring();
    if (!m.recommendations.empty()) {
      open_section("s-recommendations", L.recommendations);
      for (auto& r : m.recommendations) paragraphs(r);
      w("</section>\n");
    }
    if (!m.handed_in) {  // (not in the copy handed in)
      open_section("s-findings", L.findings, "", "flow");
      if (m.findings.empty()) w(fmt::format("<p>{}</p>\n", m.errors + m.warnings ? e(m.findings_elsewhere) : std::string(L.no_findings)));
      findings(m.findings);
      w("</section>\n");
    }
    if (any_places) places();
    w(fmt::format("<footer>{}</footer>\n</body>\n</html>\n", m.handed_in ? L.made : L.generated));
  }

  // "๑) ..." , "1. ...", "(1) ...": a text that numbers itself.
  static bool numbered(const std::string& s) {
    std::size_t i = s[0] == '(' ? 1 : 0, digits = 0;
    while (i < s.size()) {
      if (s[i] >= '0' && s[i] <= '9') ++i, ++digits;
      else if (s.compare(i, 2, "\xE0\xB9") == 0 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
               static_cast<unsigned char>(s[i + 2]) <= 0x99)
        i += 3, ++digits;
      else break;
    }
    return digits > 0 && i < s.size() && (s[i] == ')' || s[i] == '.');
  }

  // A cover's line with the agency's name kept on one line where it appears
  // ("ตามคำรับรองการปฏิบัติราชการ กรม / ตัวอย่าง" was split at a line's end),
  // when the name is short enough for a line of the cover's title.
  std::string agency_kept(const std::string& text) {
    std::string out = e(text);
    const std::string name = e(m.agency);
    if (name.empty() || utf8::display_width(m.agency) > 30) return out;
    const std::string kept = "<span class=\"w\">" + name + "</span>";
    for (std::size_t at = out.find(name); at != std::string::npos; at = out.find(name, at + kept.size()))
      out.replace(at, name.size(), kept);
    return out;
  }

  void cover() {
    w("<header class=\"cover\">\n");
    if (!m.agency.empty()) w("<div class=\"agency\">" + e(m.agency) + "</div>\n");
    w("<h1>" + agency_kept(m.title) + "</h1>\n");
    if (!m.cover_round.empty()) w("<div class=\"round\">" + e(m.cover_round) + "</div>\n");
    if (!m.cover_plan.empty()) w("<div class=\"meta\">" + agency_kept(m.cover_plan) + "</div>\n");
    if (!m.date.empty()) w("<div class=\"date\">" + e(m.date) + "</div>\n");
    if (!m.by.empty()) w(fmt::format("<div class=\"by\">{} {}</div>\n", L.prepared_by, e(m.by)));
    w("</header>\n");
  }

  // สารบัญ: each section, with its page once printed (o.pages).
  void contents() {
    std::vector<Entry> all = sections();
    w("<nav class=\"toc\" id=\"s-contents\">\n");
    w(fmt::format("<h2{}>{}</h2>\n<ol>\n", m.preface.empty() ? " class=\"first\"" : "", L.contents));
    for (auto& en : all) {
      std::string page;
      if (o.pages) {
        auto it = o.pages->find(en.id);
        if (it != o.pages->end()) page = it->second;
      }
      w(fmt::format("<li><a href=\"#{}\">{}</a><span class=\"dots\"></span><span class=\"pg\">{}</span></li>\n",
                    en.id, e(en.title), e(page)));
    }
    w("</ol>\n</nav>\n");
  }

  bool has_places() const {
    bool any = std::any_of(m.findings.begin(), m.findings.end(), [](const Finding& f) { return !f.places.empty(); });
    return any || m.errors + m.warnings > 0;
  }

  // The appendix: where each finding is in the plan's files, for the planner.
  void places() {
    open_section("s-places", L.places);
    w(fmt::format("<p>{}</p>\n<ul class=\"places\">\n", L.places_lead));
    place_list(m.findings);
    strategies(report::Model::Content::Scores, &Html::places_strategy);
    w("</ul>\n</section>\n");
  }
  void place_list(const std::vector<Finding>& fs) {
    for (auto& f : fs) {
      if (f.places.empty()) continue;
      std::string where;
      for (auto& p : f.places) where += (where.empty() ? "" : ", ") + e(p);
      w(fmt::format("<li><strong>{} {}</strong> {}: {}</li>\n", e(f.severity_word), e(f.code), e(f.message),
                    where));
    }
  }
  void places_strategy(const report::Strategy& s) {
    place_list(s.findings);
    for (auto& r : s.rows) place_list(r.findings);
  }

  void text_section(const char* id, const char* title, const report::Paragraphs& body) {
    if (body.empty()) return;
    open_section(id, title);
    paragraphs(body);
    w("</section>\n");
  }

  // The executive summary: the overall score and percent, how many
  // indicators met their target, missed it or had no result, each
  // strategy's score, and a chart large enough to read printed.
  void summary() {
    w("<section id=\"s-summary\" class=\"summary-section\">\n");
    if (o.markers) w("<span class=\"toc-marker\">@@toc-s-summary@@</span>");
    w(fmt::format("<h2>{}</h2>\n<div class=\"summary\">\n<div class=\"figures\">\n<div class=\"headline\">\n", L.summary));
    if (m.show_overall) {
      w(fmt::format("<div>{}</div><div class=\"big\">{}</div>\n",
                    m.earlier_rounds.empty() ? e(m.overall_label) : e(m.overall_label + " " + m.this_round), e(m.score)));
      if (!m.published_score.empty())
        w(fmt::format("<div class=\"{}\">{}: {}</div>\n", m.score_differs ? "published differs" : "published",
                      L.as_published, e(m.published_score)));
    }
    if (m.show_overall && m.show_quality) {  // the overall score's quality level
      w(fmt::format("<div>{} <strong>{}</strong></div>\n",
                    e(m.earlier_rounds.empty() ? m.quality_label : m.quality_label + " " + m.this_round), e(m.quality)));
      if (!m.published_quality.empty())
        w(fmt::format("<div class=\"{}\">{}: {}</div>\n", m.quality_differs ? "published differs" : "published",
                      L.as_published, e(m.published_quality)));
    }
    if (m.show_overall && m.show_percent)
      w(fmt::format("<div>{} <strong>{}</strong></div>\n", L.overall_percent, e(m.percent)));
    if (m.show_overall && m.show_percent && !m.published_percent.empty())
      w(fmt::format("<div class=\"{}\">{}: {}</div>\n", m.percent_differs ? "published differs" : "published",
                    L.as_published, e(m.published_percent)));
    // The earlier rounds' overall (the body's own assessment beside the committee's).
    // Each with its quality level after it, when the plan words its scores.
    for (std::size_t k = 0; m.show_overall && k < m.earlier_rounds.size() && k < m.earlier_overall.size(); ++k) {
      w(fmt::format("<div class=\"earlier\">{} {}: <strong>{}</strong></div>\n", e(m.overall_label),
                    e(m.earlier_rounds[k]), e(m.earlier_overall[k])));
      if (k < m.earlier_quality.size())
        w(fmt::format("<div class=\"earlier\">{} {}: <strong>{}</strong></div>\n", e(m.quality_label),
                      e(m.earlier_rounds[k]), e(m.earlier_quality[k])));
    }
    for (auto& x : m.earlier_errors) w(fmt::format("<div class=\"published differs\">{}</div>\n", e(x)));
    w("</div>\n<div class=\"tallies\">\n");
    // The counts' labels carry the plan's word for an indicator (`levels`): escaped.
    w(fmt::format("<ul class=\"counts\"><li>{}: <strong>{}</strong></li>", e(m.scored_label), m.scored_text));
    if (m.show_met_missed)
      w(fmt::format("<li>{}: <strong>{}</strong></li><li>{}: <strong>{}</strong></li>", e(m.met_label), m.met_text,
                    e(m.missed_label), m.missed_text));
    if (m.show_met_missed && m.uncompared)
      w(fmt::format("<li>{}: <strong>{}</strong></li>", e(m.uncompared_label), m.uncompared_text));
    w(fmt::format("<li>{}: <strong>{}</strong></li>", e(m.na_label), m.na_text));
    if (m.unweighted) w(fmt::format("<li>{}: <strong>{}</strong></li>", e(m.unweighted_label), m.unweighted_text));
    w("</ul>\n");
    if (!m.budget_total.empty()) {
      w(fmt::format("<ul class=\"counts money\"><li>{}: <strong>{}</strong></li><li>{}: <strong>{}</strong></li>",
                    L.budget_total, e(m.budget_total), L.disbursed_total, e(m.disbursed_total)));
      if (!m.disbursement_rate.empty())
        w(fmt::format("<li>{}: <strong>{}</strong></li>", L.disbursement_rate, e(m.disbursement_rate)));
      w("</ul>\n");
    }
    if (!m.overall_steps.empty()) {
      w(fmt::format("<details class=\"how\"><summary>{}</summary><ol>", L.how));
      for (auto& st : m.overall_steps) w("<li>" + e(st) + "</li>");
      w("</ol></details>\n");
    }
    w("</div>\n</div>\n<div>\n");
    // The earlier rounds' scores beside this round's, under one heading.
    const bool grouped = !m.earlier_rounds.empty();
    const char* rows2 = grouped ? " rowspan=\"2\"" : "";
    // The quality levels, and the ones the report printed (not in the copy to hand in).
    const bool quality_published = m.show_quality && !m.handed_in;
    // Widths as Part 1's: ลำดับ unbroken, each round's name in two lines.
    std::vector<int> widths{9, 0};  // the title (0) takes the rest, at least 20 %
    for (auto& h : m.earlier_rounds) widths.push_back(std::max(10, round_column_percent(h)));
    widths.push_back(grouped ? std::max(12, round_column_percent(m.this_round)) : 16);  // คะแนนที่ได้ / (SM)
    if (m.show_quality) widths.push_back(std::max(14, grouped ? round_column_percent(m.this_round) : 0));
    if (quality_published) widths.push_back(14);
    widths = fit_columns(std::move(widths), 100, 20);
    w(fmt::format("<h3>{}</h3>\n<table class=\"strategies scores\"><colgroup>", e(m.strategy_scores_label)));
    for (int wd : widths) w(fmt::format("<col style=\"width:{}%\">", wd));
    w(fmt::format("</colgroup><thead><tr><th{}class=\"num\">{}</th><th{}>{}</th>", grouped ? " rowspan=\"2\" " : " ",
                  L.col_no, rows2, e(m.strategy_word)));
    if (grouped)
      w(fmt::format("<th colspan=\"{}\" class=\"group\">{}</th>", m.earlier_rounds.size() + 1, e(m.summary_score_label)));
    else w(fmt::format("<th class=\"num\">{}</th>", e(m.summary_score_label)));
    if (m.show_quality) w(fmt::format("<th{}>{}</th>", rows2, this_round(m.quality_label)));
    if (quality_published) w(fmt::format("<th{}>{}</th>", rows2, L.as_published));
    w("</tr>");
    round_heads();
    w("</thead><tbody>\n");
    for (auto& st : m.strategies) {
      w(fmt::format("<tr><td class=\"num\">{}</td><td>{}</td>", e(st.number), e(st.title)));
      for (auto& x : st.earlier_scores) w(fmt::format("<td class=\"num earlier\">{}</td>", e(x)));
      w(fmt::format("<td class=\"num score\">{}</td>", e(st.score)));
      if (m.show_quality) w(fmt::format("<td>{}</td>", e(st.quality)));  // its quality level
      if (quality_published)  // and the one the report printed
        w(fmt::format("<td class=\"{}\">{}</td>", st.quality_differs ? "published differs" : "published", e(st.published)));
      w("</tr>\n");
    }
    w("</tbody></table>\n");
    if (m.strategy_weighted || !m.groups.empty()) weights_table();
    if (!m.strategies.empty()) bars();
    w("</div>\n</div>\n</section>\n");
  }

  // One bar per strategy, its length the score out of the top score; labelled
  // by number (the titles are in the table above), so that the labels print
  // large: the chart is drawn at about the width of the printed page.
  void bars() {
    const int row = 38, label_w = 230, bar_w = 330;
    int h = row * static_cast<int>(m.strategies.size()) + 8;
    // Captioned, caption and bars on one page: a chart that went over to the
    // next page alone was a picture of nothing in particular.
    const std::string caption = fmt::format(fmt::runtime(L.chart_of), m.strategy_scores_label);
    w(fmt::format("<figure class=\"chart\"><figcaption>{}</figcaption>\n", e(caption)));
    w(fmt::format("<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {}\" width=\"100%\" "
                  "xmlns=\"http://www.w3.org/2000/svg\">\n",
                  e(caption), label_w + bar_w + 110, h));  // room for "๑๐๐.๐๐" in bold (it was cut: "๑๐๐.๐(")
    int y = 4;
    for (auto& st : m.strategies) {
      w(fmt::format("<text x=\"0\" y=\"{}\" font-size=\"22\">{} {}</text>\n", y + 25, e(m.strategy_word), e(st.number)));
      w(fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"28\" fill=\"#eef1f6\"/>\n", label_w, y + 4, bar_w));
      w(fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"28\" fill=\"#1f5fa8\"><title>{}</title></rect>\n",
                    label_w, y + 4, svg_length(st.bar, bar_w), e(st.score)));
      w(fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"22\" font-weight=\"700\">{}</text>\n", label_w + bar_w + 8,
                    y + 25, e(st.score)));
      y += row;
    }
    w("</svg></figure>\n");
  }

  void part1() {
    open_section("s-part1", m.part1_title, part1_columns(m).landscape ? "part1 wide" : "part1");
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
            Html h{m, L, to, o};
            (h.*part)(s);
          });
        },
        [&](const std::string& text) { w(text); });
  }

  // Under a heading that spans the rounds: a column per earlier round of the
  // year (a 9- or 12-month report, or the body's own assessment) headed by
  // its name, then this round's.
  // `sized`: each as wide as its name needs (Part 2's table, laid out by its
  // content, has no column widths of its own).
  void round_cells(bool sized = false) {
    auto cell = [&](const std::string& name, const char* cls) {
      std::string style = sized ? fmt::format(" style=\"width:{:.1f}cm\"", round_column_twips(name) / 567.0) : "";
      w(fmt::format("<th class=\"{}\"{}>{}</th>", cls, style, e(name)));
    };
    for (auto& h : m.earlier_rounds) cell(h, "round earlier");
    cell(m.this_round, "round");
  }
  void round_heads() {
    if (m.earlier_rounds.empty()) return;
    w("<tr>");
    round_cells();
    w("</tr>");
  }
  // This round's heading: with its round when earlier rounds stand beside it.
  std::string this_round(std::string_view what) const {
    return m.earlier_rounds.empty() ? std::string(what) : fmt::format("{}<br>{}", what, html_escape(m.this_round));
  }
  void earlier_cell(const std::string& shown, const report::Earlier& x) {
    std::string title = x.note.empty() ? "" : fmt::format(" title=\"{}\"", e(x.note));
    w(fmt::format("<td class=\"num earlier\"{}{}>{}</td>", title, wraps(shown), e(shown.empty() ? std::string("-") : shown)));
  }
  // A result in words ("ระดับ 5 (ร้อยละ 15.07)", "ไม่ได้รายงาน 1 ครั้ง") wraps in
  // its narrow column; a number stays on one line (td.num), as before.
  static const char* wraps(const std::string& shown) {
    return shown.find(' ') == std::string::npos ? "" : " style=\"white-space: normal\"";
  }

  // A strategy's heading and table in a block of its own; a short one (no
  // account under its rows, few findings) is kept on one page when printed.
  void open_strategy(const report::Strategy& s, bool short_rows) {
    w(fmt::format("<div class=\"strategy{}\">\n", short_rows && s.rows.size() <= kKeptRows ? " keep" : ""));
    w(fmt::format("<h3>{} {}: {}</h3>\n", e(m.strategy_word), e(s.number), e(s.title)));
  }
  static constexpr std::size_t kKeptRows = 10;

  void part1_strategy(const report::Strategy& s) {
    open_strategy(s, std::none_of(s.rows.begin(), s.rows.end(), [](const report::Row& r) {
                    return !r.account.empty() || !r.projects.empty() || (r.na && !r.na_reason.empty());
                  }));
    if (!s.mission.empty()) w(fmt::format("<p><strong>{}</strong>: {}</p>\n", L.mission, e(s.mission)));
    if (!s.goals.empty()) {
      w(fmt::format("<p><strong>{}</strong></p>\n<ul>\n", L.goals));
      for (auto& g : s.goals) w("<li>" + e(g) + "</li>\n");
      w("</ul>\n");
    }
    // Column widths (emit/columns.hpp), in percent of the page's width.
    const Part1Columns c = part1_columns(m);
    auto col = [&](int twips) { w(fmt::format("<col style=\"width:{}%\">", (twips * 100 + c.total / 2) / c.total)); };
    w("<table class=\"part1\">\n<colgroup>");
    for (int twips : {c.no, c.title, c.unit, c.target}) col(twips);
    for (int r : c.results) col(r);
    if (m.show_offices) col(c.offices);
    w("</colgroup>\n");
    const int earlier = static_cast<int>(m.earlier_rounds.size());
    // With earlier rounds beside this one, "ผล" heads them all and each
    // column is headed by its round alone (two short lines, not five).
    const char* rows2 = earlier ? " rowspan=\"2\"" : "";
    w(fmt::format("<thead><tr><th{0}>{1}</th><th{0}>{2}</th><th{0}>{3}</th><th{0}>{4}</th>", rows2, L.col_no,
                  e(m.indicator_word), L.col_unit, L.col_target));
    if (earlier) w(fmt::format("<th colspan=\"{}\" class=\"group\">{}</th>", earlier + 1, L.col_result));
    else w(fmt::format("<th>{}</th>", L.col_result));
    if (m.show_offices) w(fmt::format("<th{}>{}</th>", rows2, L.col_offices));
    w("</tr>");
    round_heads();
    w("</thead>\n<tbody>\n");
    for (auto& r : s.rows) {
      bool detail = !r.account.empty() || !r.projects.empty() || (r.na && !r.na_reason.empty());
      w(fmt::format("<tr id=\"p1-{}\" class=\"{}{}{}\"><td class=\"num\">{}</td><td>{}", e(r.id), r.sub ? "sub" : "row",
                    r.na ? " na" : "", detail ? " has-detail" : "", e(r.number), e(r.title)));
      for (auto& n : r.notes) w("<br><em>" + e(n) + "</em>");
      w(fmt::format("</td><td>{}</td><td>{}</td>", e(r.unit), e(r.target)));
      for (auto& x : r.earlier) earlier_cell(x.result, x);
      w(fmt::format("<td class=\"num\"{}>{}</td>", wraps(r.result), e(r.result)));
      if (m.show_offices) {
        w("<td>");
        for (std::size_t i = 0; i < r.offices.size(); ++i) w((i ? "<br>" : "") + e(r.offices[i]));
        w("</td>");
      }
      w("</tr>\n");
      if (!detail) continue;
      // The account of the work gets a full-width row of its own: it may run
      // over a page, the indicator's row above it never does.
      const std::size_t columns = (m.show_offices ? 5 : 4) + m.earlier_rounds.size();
      const bool account = !r.account.empty() || (r.na && !r.na_reason.empty());
      if (account) {
        w(fmt::format("<tr class=\"detail{}{}\"><td></td><td colspan=\"{}\" class=\"account\">", r.na ? " na" : "",
                      r.projects.empty() ? "" : " has-detail", columns));
        w(fmt::format("<div class=\"label\">{}</div>", L.col_account));
        if (r.na && !r.na_reason.empty()) w("<p><em>" + e(r.na_reason) + "</em></p>");
        for (auto& a : r.account) w("<p>" + e(a) + "</p>");
      }
      if (!r.projects.empty()) {
        // The projects across the whole row, the number's column too: four
        // columns of money and a status did not fit beside it (three budgets
        // of millions ran past the page's edge, "คง" for คงเหลือ).
        if (account) w("</td></tr>\n");
        w(fmt::format("<tr class=\"detail{}\"><td colspan=\"{}\" class=\"account\">", r.na ? " na" : "", columns + 1));
        // Money columns only when a project has money to show: three empty
        // columns beside projects that give none said nothing.
        const bool money = report::any_money(r.projects);
        w(fmt::format("<table class=\"projects\"><thead><tr><th>{}</th>", e(m.projects_label)));
        if (money) w(fmt::format("<th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>", L.budget,
                                 L.disbursed, L.remaining));
        w(fmt::format("<th class=\"status\">{}</th></tr></thead><tbody>", L.status));
        for (auto& p : r.projects) {
          w("<tr><td>" + e(p.title));
          if (!p.note.empty()) w("<br><em>" + e(p.note) + "</em>");
          w("</td>");
          if (money)
            w(fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>", e(p.budget),
                          e(p.disbursed), e(p.remaining)));
          w(fmt::format("<td>{}</td></tr>", e(p.status)));
        }
        w("</tbody></table>");
      }
      w("</td></tr>\n");
    }
    w("</tbody>\n</table>\n</div>\n");
  }

  // A row's score with how it was computed (the figure: its score, or the
  // figure shown instead of it), or NA.
  void score_cell(const report::Row& r, const std::string& figure = {}) {
    const std::string& shown = figure.empty() ? r.score : figure;
    if (!shown.empty()) {
      w("<details><summary>" + e(shown) + "</summary><ol>");
      for (auto& st : r.steps) w("<li>" + e(st) + "</li>");
      w("</ol></details>");
    } else if (r.na) {
      w(e(L.na));
    }
  }

  // The contributions to the overall score: each strategy's W × score (when
  // strategies weigh), or each group's above them.
  void weights_table() {
    w(fmt::format("<table class=\"strategies weights\"><thead><tr><th class=\"num\">{}</th><th>{}</th>"
                  "<th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>\n",
                  L.col_no, e(m.groups.empty() ? m.strategy_word : m.group_word), e(m.weight_label), L.col_score,
                  L.col_weighted));
    if (m.groups.empty())
      for (auto& st : m.strategies)
        w(fmt::format("<tr><td class=\"num\">{}</td><td>{}{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                      "<td class=\"num score\">{}</td></tr>\n",
                      e(st.number), e(st.title),
                      st.published_weighted.empty()
                          ? ""
                          : fmt::format("<div class=\"published\">{}: {}</div>", L.as_published, e(st.published_weighted)),
                      e(st.weight_text), e(st.score), e(st.weighted)));
    for (auto& g : m.groups) {
      std::string of;
      for (auto& n : g.strategies) of += (of.empty() ? "" : ", ") + n;
      std::string pub = g.published_score;
      if (!g.published_weighted.empty()) pub += (pub.empty() ? "" : ", ") + g.published_weighted;
      w(fmt::format("<tr><td class=\"num\">{}</td><td>{} <span class=\"of\">({} {})</span>{}</td>"
                    "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num score\">{}</td></tr>\n",
                    e(g.number), e(g.title), e(m.strategy_word), e(of),
                    pub.empty() ? "" : fmt::format("<div class=\"published\">{}: {}</div>", L.as_published, e(pub)),
                    e(g.weight), e(g.score), e(g.weighted)));
    }
    w("</tbody></table>\n");
  }

  void part2() {
    open_section("s-part2", m.part2_title, "part2");
    strategies(report::Model::Content::Scores, &Html::part2_strategy);
    w("</section>\n");
  }

  void part2_strategy(const report::Strategy& s) {
    std::size_t notes = s.findings.size();
    for (auto& r : s.rows) notes += r.findings.size();
    open_strategy(s, notes <= 2);
    // The band columns when some row is shown in a band (a row that is not:
    // its criteria across them); else one column of each row's criteria.
    // A second header row for the band columns' labels, and for the rounds
    // under a heading that spans them (the earlier rounds' scores, or the
    // body's own weighted scores, beside this round's).
    const std::size_t earlier = m.earlier_rounds.size();
    const bool scores_grouped = m.show_score && earlier, weighted_grouped = m.show_weighted && m.earlier_weighted && earlier;
    const bool two = m.band_columns || scores_grouped || weighted_grouped;
    const char* rows2 = two ? " rowspan=\"2\"" : "";
    w(fmt::format("<table class=\"part2\">\n<thead><tr><th{0}>{1}</th><th{0}>{2}</th>", rows2, L.col_no,
                  e(m.indicator_word)));
    if (m.show_weights) w(fmt::format("<th{} class=\"num\">{}</th>", rows2, e(m.weight_label)));
    if (m.band_columns) w(fmt::format("<th colspan=\"5\">{}</th>", L.col_bands));
    else w(fmt::format("<th{}>{}</th>", rows2, m.criteria_label));
    auto head = [&](const std::string& label, bool grouped) {
      if (grouped) w(fmt::format("<th colspan=\"{}\" class=\"group\">{}</th>", earlier + 1, e(label)));
      else w(fmt::format("<th{} class=\"num\">{}</th>", rows2, e(label)));
    };
    if (m.show_score) head(m.score_label, scores_grouped);
    if (m.show_weighted) head(m.weighted_label, weighted_grouped);
    w("</tr>\n");
    if (two) {
      w("<tr>");
      if (m.band_columns)
        for (auto& b : m.band_labels) w("<th class=\"num\">" + e(b) + "</th>");
      if (scores_grouped) round_cells(true);
      if (weighted_grouped) round_cells(true);
      w("</tr>");
    }
    w("</thead>\n<tbody>\n");
    for (auto& r : s.rows) {
      w(fmt::format("<tr id=\"p2-{}\" class=\"{}{}\"><td class=\"num\">{}</td><td>{}", e(r.id), r.sub ? "sub" : "row",
                    r.na ? " na" : "", e(r.number), e(r.title)));
      findings(r.findings);
      w("</td>");
      if (m.show_weights) w(fmt::format("<td class=\"num\">{}</td>", e(r.weight)));
      if (!m.band_columns) w(fmt::format("<td>{}</td>", e(r.criteria)));
      else if (!r.criteria.empty()) w(fmt::format("<td colspan=\"5\">{}</td>", e(r.criteria)));
      else
        for (int b = 1; b <= 5; ++b)
          w(fmt::format("<td class=\"num\">{}</td>", r.band == b ? e(r.percent) : (r.score.empty() ? "" : "-")));
      if (m.show_score) {
        for (auto& x : r.earlier) earlier_cell(x.score, x);
        w("<td class=\"num\">");
        score_cell(r);
        w("</td>");
      }
      if (m.earlier_weighted)
        for (auto& x : r.earlier) earlier_cell(x.weighted, x);
      if (m.show_weighted) {
        w("<td class=\"num\">");
        if (m.show_score) w(e(r.weighted));
        else score_cell(r, r.weighted);  // the steps go with the figure the table shows
        w("</td>");
      }
      w("</tr>\n");
    }
    w(fmt::format("<tr class=\"total\"><td></td><td>{}", e(m.strategy_score_label)));
    findings(s.findings);
    w("</td>");
    if (m.show_weights) w(fmt::format("<td class=\"num\">{}</td>", e(s.weight_sum)));
    w(fmt::format("<td colspan=\"{}\"></td>", m.band_columns ? 5 : 1));
    for (std::size_t k = 0; m.show_score && k < s.earlier_scores.size(); ++k)  // the earlier rounds' totals
      w(fmt::format("<td class=\"num earlier\">{}</td>", e(s.earlier_scores[k])));
    auto total = [&](const std::string& figure) {
      w("<td class=\"num\">");
      if (!s.steps.empty() && s.score != "-") {
        w("<details><summary>" + e(figure) + "</summary><ol>");
        for (auto& st : s.steps) w("<li>" + e(st) + "</li>");
        w("</ol></details>");
      } else {
        w(e(figure));
      }
      w("</td>");
    };
    if (m.show_score) total(s.score);
    for (std::size_t k = 0; m.earlier_weighted && k < s.earlier_weighted_sums.size(); ++k)
      w(fmt::format("<td class=\"num earlier\">{}</td>", e(s.earlier_weighted_sums[k])));
    if (m.show_weighted) {
      if (m.show_score) w(fmt::format("<td class=\"num\">{}</td>", e(s.weighted_sum)));
      else total(s.weighted_sum);
    }
    w("</tr>\n</tbody>\n</table>\n</div>\n");
  }

  void scoring() {
    // On from the method before it (the reference's scoring rules took a page of
    // their own after a method of half a page); after Part 2's landscape pages
    // the portrait page starts anew anyway.
    open_section("s-scoring", L.scoring, "", "flow");
    w(fmt::format("<p>{}</p>\n", m.formula));
    if (m.show_quality) {  // the quality levels: each band of the score and its word
      w(fmt::format("<p>{}:</p>\n<ul class=\"quality\">", e(m.quality_heading)));
      for (auto& b : m.quality_rows) w("<li>" + e(b) + "</li>");
      w("</ul>\n");
    }
    if (!m.scale_rows.empty() && m.band_columns) {  // the plan's bands, when a row is scored in them
      w(fmt::format("<p>{}</p>\n<table class=\"scale\"><thead><tr>", e(m.scale_title)));
      for (auto& h : m.scale_heads) w(fmt::format("<th class=\"num\">{}</th>", e(h)));
      w("</tr></thead><tbody><tr>");
      for (auto& r : m.scale_rows) w("<td class=\"num\">" + e(r) + "</td>");
      w("</tr></tbody></table>\n");
    }
    w(fmt::format("<p>{}</p>\n</section>\n", e(m.rounding)));
  }
};

}  // namespace

std::string_view html_style() { return kStyle; }

void html(const Model& m, Sink& out, const HtmlOptions& o) {
  KeepWords keep(out);
  Html h{m, *m.labels, out, o, &keep};
  h.run();
}

void html(const Model& m, Sink& out) { html(m, out, HtmlOptions{}); }

std::string html(const Model& m) {
  return collect([&](Sink& out) { html(m, out); });
}

}  // namespace planc::emit
