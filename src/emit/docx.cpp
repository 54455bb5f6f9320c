// The report draft as a Word document (.docx, Office Open XML), written here
// part by part and zipped in memory with libzip: cover page, preface with its
// signature block, a table-of-contents field, the summary, Part 1 and Part 2
// (its table with merged header cells), method, scale, recommendations and
// findings. Layout only: every figure comes formatted in the model.
// Deterministic: fixed timestamps in the zip and in docProps/core.xml.
#include <zip.h>

#include <type_traits>

#include <cstdint>
#include <ctime>
#include <memory>

#include <fmt/format.h>

#include "emit/columns.hpp"
#include "emit/keep_words.hpp"
#include "emit/report.hpp"
#include "emit/strategies.hpp"
#include "emit/loaded.hpp"
#include "support/utf8.hpp"

// libzip, loaded when the first Word document is made (emit/loaded.hpp).
#define PLANC_ZIP_FUNCTIONS(X) X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init) X(zip_error_strerror) X(zip_file_add) X(zip_file_set_mtime) X(zip_open_from_source) X(zip_set_file_compression) X(zip_source_buffer) X(zip_source_buffer_create) X(zip_source_close) X(zip_source_free) X(zip_source_keep) X(zip_source_open) X(zip_source_read) X(zip_source_seek) X(zip_source_tell) X(zip_strerror)
namespace planc::emit {
PLANC_LOADED_TABLE(ZipApi, zipapi, PLANC_ZIP_FUNCTIONS, "libzip.so.4", "libzip.so", "libzip4")
}  // namespace planc::emit

namespace planc::emit {

namespace {

using report::Finding;
using report::Model;

// Text for XML element content and attribute values: & < > " ' escaped,
// characters XML 1.0 forbids (C0 controls but tab, U+FFFE, U+FFFF, broken
// UTF-8) left out. Line breaks become spaces (a paragraph's text is one line).
std::string x(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    unsigned char c = u[i];
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t': out += '\t'; break;
        case '\n': case '\r': out += ' '; break;
        default:
          if (c >= 0x20) out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    // A UTF-8 sequence: copied when well formed and allowed.
    std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool ok = len != 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) ok = (u[i + k] & 0xC0) == 0x80;
    if (ok && len == 3) {
      std::uint32_t cp = ((c & 0x0F) << 12) | ((u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
      ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF;
    }
    if (ok && len == 4) {
      std::uint32_t cp = ((c & 0x07) << 18) | ((u[i + 1] & 0x3F) << 12) | ((u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
      ok = cp >= 0x10000 && cp <= 0x10FFFF;
    }
    if (ok) {
      out.append(s.data() + i, len);
      i += len;
    } else {
      ++i;  // a stray byte: dropped
    }
  }
  return out;
}

}  // namespace

std::string xml_text(std::string_view s) { return x(s); }

namespace {

// Page: A4 portrait, margins 3 cm left, 2 cm right, 2.5 cm top and bottom.
constexpr int kPageW = 11906, kPageH = 16838, kLeft = 1701, kRight = 1134, kTop = 1418, kBottom = 1418;
constexpr int kText = kPageW - kLeft - kRight;  // 9071 twips of text width

// A section's properties: A4 portrait (or landscape, for Part 2's wide
// table), the footer with the page number; the cover (first page of the
// first section) without it.
// The page numbers' digits are the section's (w:pgNumType), Thai for a
// Thai-digit report: the footer's PAGE field has no format switch of its own,
// since LibreOffice reads PAGE's "\* ThaiArabic" as Thai letters (ข, ค).
std::string sect_pr(bool landscape, bool first, bool thai_digits) {
  int wd = landscape ? kPageH : kPageW, ht = landscape ? kPageW : kPageH;
  return fmt::format(
      "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:type w:val=\"nextPage\"/>"
      "<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" "
      "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>{}{}</w:sectPr>",
      wd, ht, landscape ? " w:orient=\"landscape\"" : "", kTop, kRight, kBottom, kLeft,
      thai_digits ? "<w:pgNumType w:fmt=\"thaiNumbers\"/>" : "", first ? "<w:titlePg/>" : "");
}
// A section break: the paragraph that ends a section.
std::string section_end(bool landscape, bool first, bool thai_digits) {
  return "<w:p><w:pPr>" + sect_pr(landscape, first, thai_digits) + "</w:pPr></w:p>";
}
constexpr int kWide = kPageH - kLeft - kRight;  // Part 2's landscape text width
// A score's column and a weighted score's: "๑๐๐.๐๐" on one line in the font
// LibreOffice puts for TH Sarabun New when it is not installed (at 1100 twips
// it printed "๑๐ / ๐.๐๐", two numbers), "(W × SM)" whole under its heading;
// Part 2's weight column (1150) "น้ำหนัก (ร้อยละ)" in two lines, not four.
// The weighted score's heading "คะแนน / ถ่วงน้ำหนัก / (W × SM)" in three lines:
// at 1350 twips LibreOffice broke "ถ่วงน้ำ / หนัก", and the fourth line was
// cut from the heading repeated at the top of each page.
constexpr int kScoreTwips = 1300, kWeightedTwips = 1550;

struct Cell {
  std::string xml;    // the cell's paragraphs (built by the caller)
  int span = 1;       // w:gridSpan
  const char* vmerge = nullptr;  // "restart", "continue" or none
  bool shade = false;
};

struct Docx {
  const Model& m;
  const report::Labels& L;
  Sink& out;
  bool th = m.lang == "th";

  void w(std::string_view s) { out += s; }

  // A run of text; `props` extra run properties (bold: "<w:b/><w:bCs/>").
  static std::string run(const std::string& text, std::string_view props = {}) {
    std::string r = "<w:r>";
    if (!props.empty()) r += fmt::format("<w:rPr>{}</w:rPr>", props);
    r += "<w:t xml:space=\"preserve\">" + x(formulas_kept(text)) + "</w:t></w:r>";
    return r;
  }
  // The formulas' terms on one line, as the HTML keeps them (emit/keep_words.hpp):
  // their spaces no-break, since LibreOffice broke "(W / × SM)" in a narrow heading.
  static std::string formulas_kept(const std::string& text) {
    if (text.find("\xCE\xA3") == std::string::npos && text.find("(W × SM)") == std::string::npos) return text;
    std::string out = text;
    for (std::string_view f : kKeptFormulas) {
      std::string nb;
      for (char c : f) nb += c == ' ' ? std::string("\u00A0") : std::string(1, c);
      for (std::size_t at = out.find(f); at != std::string::npos; at = out.find(f, at + nb.size()))
        out.replace(at, f.size(), nb);
    }
    return out;
  }
  static constexpr std::string_view kBold = "<w:b/><w:bCs/>";
  static constexpr std::string_view kItalic = "<w:i/><w:iCs/>";

  // A paragraph of runs in a style, with extra paragraph properties.
  static std::string para(std::string_view runs, std::string_view style = {}, std::string_view ppr = {}) {
    std::string p = "<w:p>";
    if (!style.empty() || !ppr.empty()) {
      p += "<w:pPr>";
      if (!style.empty()) p += fmt::format("<w:pStyle w:val=\"{}\"/>", style);
      p += ppr;
      p += "</w:pPr>";
    }
    p += runs;
    p += "</w:p>";
    return p;
  }
  static std::string text(const std::string& t, std::string_view style = {}, std::string_view ppr = {}) {
    return para(run(t), style, ppr);
  }
  static std::string heading(int level, const std::string& t) {
    return para(run(t), fmt::format("Heading{}", level));
  }
  static std::string page_break() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

  // A table cell's paragraph: table text, right-aligned for figures.
  static std::string ct(const std::string& t, bool num = false, std::string_view props = {}, bool keep = false) {
    std::string ppr = num ? "<w:jc w:val=\"right\"/>" : "";
    if (keep) ppr = "<w:keepNext/>" + ppr;
    return para(t.empty() ? std::string() : run(t, props), "TableText", ppr);
  }

  // A table: column widths (twips), header rows (repeated on each page),
  // body rows (never split across pages).
  static std::string table(const std::vector<int>& widths, const std::vector<std::vector<Cell>>& head,
                           const std::vector<std::vector<Cell>>& body) {
    std::string t = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>";
    int total = 0;
    for (int wd : widths) total += wd;
    t += fmt::format("<w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>", total);
    t += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
         "w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (int wd : widths) t += fmt::format("<w:gridCol w:w=\"{}\"/>", wd);
    t += "</w:tblGrid>";
    auto rows = [&](const std::vector<std::vector<Cell>>& rs, bool header) {
      for (auto& r : rs) {
        t += "<w:tr><w:trPr><w:cantSplit/>";
        if (header) t += "<w:tblHeader/>";
        t += "</w:trPr>";
        std::size_t col = 0;
        for (auto& c : r) {
          int wd = 0;
          for (int k = 0; k < c.span && col + k < widths.size(); ++k) wd += widths[col + k];
          col += c.span;
          t += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", wd);
          if (c.span > 1) t += fmt::format("<w:gridSpan w:val=\"{}\"/>", c.span);
          if (c.vmerge) t += fmt::format("<w:vMerge w:val=\"{}\"/>", c.vmerge);
          if (header || c.shade) t += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>";
          if (header) t += "<w:vAlign w:val=\"center\"/>";
          t += "</w:tcPr>";
          t += c.xml.empty() ? para("", "TableText") : c.xml;
          t += "</w:tc>";
        }
        t += "</w:tr>";
      }
    };
    rows(head, true);
    rows(body, false);
    t += "</w:tbl>";
    t += para("", "TableGap");  // Word wants a paragraph between a table and the next
    return t;
  }
  static Cell hc(const std::string& t, int span = 1, const char* vmerge = nullptr) {
    return Cell{para(run(joined(t), kBold), "TableText", "<w:jc w:val=\"center\"/>"), span, vmerge};
  }

  std::string finding_text(const Finding& f) const {
    std::string s = fmt::format("{} {}: {}", f.severity_word, f.code, f.message);
    for (auto& n : f.notes) s += "; " + n;
    if (!f.hint.empty()) s += fmt::format(" ({}: {})", f.hint_word, f.hint);
    return s;
  }

  // The headings of the document's top level, in order (the table of
  // contents is filled with them until Word or LibreOffice updates it).
  std::vector<std::string> toc_entries() const {
    std::vector<std::string> e{L.summary};
    if (!m.restatements.empty()) e.push_back(L.restatements);
    if (!m.introduction.empty()) e.push_back(L.introduction);
    if (!m.objectives.empty()) e.push_back(L.objectives);
    e.push_back(m.part1_title);
    e.push_back(m.part2_title);
    if (!m.method.empty()) e.push_back(L.method);
    e.push_back(L.scoring);
    if (!m.recommendations.empty()) e.push_back(L.recommendations);
    if (!m.handed_in) e.push_back(L.findings);  // (not in the copy handed in)
    return e;
  }

  void run_all() {
    toc_ = toc_entries();
    cover();
    if (!m.preface.empty()) preface();  // no empty คำนำ page (the round's `preface` writes one), as in HTML
    toc();
    summary();
    if (!m.restatements.empty()) {
      w(heading1(L.restatements));
      w(text(fmt::format(fmt::runtime(L.restatements_lead), m.frozen)));
      for (auto& r : m.restatements) w(text("• " + r.date + ": " + r.reason, "ListText"));
    }
    section(L.introduction, m.introduction);
    if (!m.objectives.empty()) {
      w(heading1(L.objectives));
      for (auto& o : m.objectives) w(text(o, "ListText"));
    }
    // Part 1 on portrait pages, or landscape ones for its eight columns
    // (emit/columns.hpp); Part 2 on landscape pages, its table wide enough for
    // its twelve columns.
    const bool wide1 = part1_columns(m, kWide).landscape;
    if (wide1) w(section_end(false, true, m.thai_digits));
    w(heading1(m.part1_title, !wide1));
    strategies(Model::Content::Plan, &Docx::part1_strategy);
    w(section_end(wide1, !wide1, m.thai_digits));
    w(heading1(m.part2_title));
    strategies(Model::Content::Scores, &Docx::part2_strategy);
    w(section_end(true, false, m.thai_digits));
    section(L.method, m.method);
    scoring();
    if (!m.recommendations.empty()) {
      w(heading1(L.recommendations));
      for (auto& r : m.recommendations)
        for (auto& para_text : r) w(text(para_text, "BodyText"));
    }
    if (m.handed_in) return;  // the copy handed in
    w(heading1(L.findings));
    if (m.findings.empty()) w(text(m.errors + m.warnings ? m.findings_elsewhere : std::string(L.no_findings)));
    for (auto& f : m.findings) w(text("• " + finding_text(f), "ListText"));
  }

  void section(const char* title, const report::Paragraphs& body) {
    if (body.empty()) return;
    w(heading1(title));
    for (auto& p : body) w(text(p, "BodyText"));
  }

  // A cover line's terms, years and the agency's name (when it fits a line,
  // as the HTML's cover) whole.
  std::string cover_kept(const std::string& t) const {
    return joined(t, m.agency.empty() || utf8::display_width(m.agency) > 30 ? std::string_view{} : m.agency);
  }

  void cover() {
    const char* center = "<w:jc w:val=\"center\"/>";
    w(para("", {}, "<w:spacing w:before=\"1200\"/>"));
    // Its lines' terms and years whole (emit/keep_words.hpp): LibreOffice set
    // "ประจำ / ปีงบประมาณ" and "พ.ศ. / ๒๕๖๓ - ๒๕๖๕" across the title's lines.
    if (!m.agency.empty()) w(text(joined(m.agency), "CoverLine", center));
    w(text(cover_kept(m.title), "Title"));
    // As the HTML cover: the round and its year, then the plan when the title does not already name it.
    if (!m.cover_round.empty()) w(text(joined(m.cover_round), "CoverLine", center));
    if (!m.cover_plan.empty()) w(text(cover_kept(m.cover_plan), "CoverLine", center));
    w(para("", {}, "<w:spacing w:before=\"1800\"/>"));
    if (!m.by.empty()) w(text(m.by, "CoverLine", center));
    if (!m.agency.empty() && m.agency != m.by) w(text(m.agency, "CoverLine", center));
    if (!m.date.empty()) w(text(m.date, "CoverLine", center));
    w(page_break());
  }

  void preface() {
    w(heading1(L.preface));
    for (auto& p : m.preface) w(text(p, "BodyText"));
    // The signature block: the unit that wrote the report, and the date.
    const char* sig = "<w:spacing w:before=\"480\" w:after=\"0\"/><w:ind w:left=\"4536\"/><w:jc w:val=\"center\"/>";
    const char* sig2 = "<w:spacing w:after=\"0\"/><w:ind w:left=\"4536\"/><w:jc w:val=\"center\"/>";
    if (!m.by.empty()) w(text(m.by, {}, sig));
    if (!m.agency.empty() && m.agency != m.by) w(text(m.agency, {}, m.by.empty() ? sig : sig2));
    if (!m.date.empty()) w(text(m.date, {}, sig2));
    w(page_break());
  }

  // A top heading; one the contents list, inside a bookmark the list's page
  // reference points to (_Toc1, _Toc2, … in the contents' order). On a new
  // page (`new_page`): the heading starts it, not a paragraph of its own
  // holding a page break, which a full page sent over alone (a blank page).
  std::string heading1(const std::string& t, bool new_page = false) {
    auto at = std::find(toc_.begin(), toc_.end(), t);
    const char* before = new_page ? "<w:pageBreakBefore/>" : "";
    if (at == toc_.end()) return para(run(t), "Heading1", before);
    std::size_t k = static_cast<std::size_t>(at - toc_.begin()) + 1;
    return fmt::format("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>{2}</w:pPr><w:bookmarkStart w:id=\"{0}\" "
                       "w:name=\"_Toc{0}\"/>{1}<w:bookmarkEnd w:id=\"{0}\"/></w:p>",
                       k, run(t), before);
  }
  std::vector<std::string> toc_;  // toc_entries(), set by run_all

  void toc() {
    w(para(run(th ? "สารบัญ" : "Contents"), "TOCHeading"));
    // The top headings, as the HTML's contents, each linked to its heading's
    // bookmark with a PAGEREF field for its page: LibreOffice fills them as it
    // lays the pages out, Word when it opens the document (the fields are
    // marked dirty, and settings.xml asks to update fields). A TOC field's
    // result was left without page numbers until Word updated it, and
    // LibreOffice never did.
    const std::string ppr = "<w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" "
                            "w:pos=\"9061\"/></w:tabs></w:pPr>";
    auto field = [](const std::string& code, const std::string& shown) {
      return "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + code +
             "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + shown +
             "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    };
    for (std::size_t i = 0; i < toc_.size(); ++i) {
      w("<w:p>" + ppr);
      std::string mark = fmt::format("_Toc{}", i + 1);
      w(fmt::format("<w:hyperlink w:anchor=\"{}\" w:history=\"1\">{}<w:r><w:tab/></w:r>{}</w:hyperlink>", mark,
                    run(toc_[i]), field(fmt::format(" PAGEREF {} \\h ", mark), "")));
      w("</w:p>");
    }
    w(page_break());
  }

  void summary() {
    w(heading1(L.summary));
    std::vector<std::vector<Cell>> body;
    auto kv = [&](const std::string& k, const std::string& v, bool bold = false) {
      body.push_back({Cell{ct(k)}, Cell{ct(v, true, bold ? kBold : std::string_view{})}});
    };
    // " (as published: X)", or nothing when the report published none.
    auto pubq = [&](const std::string& x) { return x.empty() ? std::string() : fmt::format(" ({}: {})", L.as_published, x); };
    if (m.show_overall) kv(this_round(m.overall_label), m.score + pubq(m.published_score), true);
    if (m.show_overall && m.show_percent) kv(L.overall_percent, m.percent + pubq(m.published_percent), true);
    if (m.show_overall && m.show_quality)  // the overall score's quality level
      kv(this_round(m.quality_label), m.quality + pubq(m.published_quality), true);
    // The earlier rounds' overall (the body's own assessment beside the committee's).
    // Each with its quality level after it, when the plan words its scores.
    for (std::size_t k = 0; m.show_overall && k < m.earlier_rounds.size() && k < m.earlier_overall.size(); ++k) {
      kv(m.overall_label + " " + m.earlier_rounds[k], m.earlier_overall[k], true);
      if (k < m.earlier_quality.size()) kv(m.quality_label + " " + m.earlier_rounds[k], m.earlier_quality[k], true);
    }
    kv(m.scored_label, m.scored_text);
    if (m.show_met_missed) {
      kv(m.met_label, m.met_text);
      kv(m.missed_label, m.missed_text);
      if (m.uncompared) kv(m.uncompared_label, m.uncompared_text);
    }
    kv(m.na_label, m.na_text);
    if (m.unweighted) kv(m.unweighted_label, m.unweighted_text);
    if (!m.budget_total.empty()) {
      kv(L.budget_total, m.budget_total);
      kv(L.disbursed_total, m.disbursed_total);
      if (!m.disbursement_rate.empty()) kv(L.disbursement_rate, m.disbursement_rate);
    }
    w(table({4200, kText - 4200}, {}, body));
    for (auto& x : m.earlier_errors) w(para(run(x, kBold), "BodyText"));  // an earlier round with errors

    std::vector<std::vector<Cell>> rows;
    // The published figures' column only when the report printed some: empty, it was a column of nothing.
    const bool published = std::any_of(m.strategies.begin(), m.strategies.end(),
                                       [](const report::Strategy& s) { return !s.published.empty(); });
    // Each strategy's score, the earlier rounds' beside it.
    for (auto& s : m.strategies) {
      std::vector<Cell> row{Cell{ct(s.number, true)}, Cell{ct(s.title)}};
      for (auto& x : s.earlier_scores) row.push_back(Cell{ct(x, true)});
      row.push_back(Cell{ct(s.score, true)});
      if (m.show_percent) row.push_back(Cell{ct(s.percent, true)});
      if (m.show_quality) row.push_back(Cell{ct(s.quality)});
      if (published) row.push_back(Cell{ct(s.published, true)});
      rows.push_back(std::move(row));
    }
    // With earlier rounds, the score's heading spans them and each column is
    // headed by its round alone (as in Parts 1 and 2).
    Heads head;
    head.add(L.col_no, kNoTwips);
    head.add(m.strategy_word, 0);
    head.rounds(m.summary_score_label, m, kScoreTwips);
    if (m.show_percent) head.add(L.overall_percent, kScoreTwips);
    if (m.show_quality) head.add(this_round(m.quality_label), 1400);
    if (published) head.add(L.as_published, 1200);
    w(table(head.widths(kText, 2000), head.rows(), rows));
    if (m.strategy_weighted || !m.groups.empty()) weights_table();
    bars();
    // The evaluator's steps are in English: a Thai report leaves them out, as print leaves the HTML's out
    // (the scoring section says the method in the report's words).
    if (!m.overall_steps.empty() && !th) {
      w(text(L.how, "BodyText", "<w:keepNext/>"));
      for (auto& s : m.overall_steps) w(text("• " + s, "ListText"));
    }
  }

  // The summary's chart, as the HTML's: a bar per strategy, its length the
  // score out of the top score, labelled by number. A table without borders
  // whose middle cell holds a bar (a one-row table of a filled and an empty
  // cell): Word and LibreOffice print it alike, where a chart part would need
  // its data twice and print differently in each. Captioned, the caption kept with the first bar.
  void bars() {
    if (m.strategies.empty()) return;  // a table without rows is a damaged document to Word
    constexpr int label = 3300, value = 1300, gap = 200, area = kText - label - value;
    constexpr int bar = area - 2 * gap;
    const std::string none = "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                             "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";
    auto fill = [](const char* colour) {
      return fmt::format("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>", colour);
    };
    // A bar cell's paragraph: small, so that the row is the bar's height.
    const std::string dot = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/>"
                            "<w:rPr><w:sz w:val=\"4\"/><w:szCs w:val=\"4\"/></w:rPr></w:pPr></w:p>";
    const std::string caption = para(run(fmt::format(fmt::runtime(L.chart_of), m.strategy_scores_label), kBold),
                                     "BodyText", "<w:spacing w:before=\"240\"/><w:ind w:firstLine=\"0\"/>");
    std::string t = fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/>{}<w:tblLayout w:type=\"fixed\"/>"
                                "</w:tblPr><w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/>"
                                "</w:tblGrid>",
                                kText, none, label, area, value);
    for (auto& s : m.strategies) {
      // Its length in twips (report::Strategy::bar, the percent of the full bar); none below zero.
      const int filled = static_cast<int>(std::clamp<long long>(hundredths_of(s.bar, bar) / 100, 0, bar));
      std::string inner = fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/>{}<w:tblLayout w:type=\"fixed\"/>"
                                      "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
                                      "</w:tblCellMar></w:tblPr><w:tblGrid>",
                                      bar, none);
      std::vector<std::pair<int, const char*>> parts;
      if (filled > 0) parts.push_back({filled, "1F5FA8"});
      if (filled < bar) parts.push_back({bar - filled, "EEF1F6"});
      for (auto& [wd, _] : parts) inner += fmt::format("<w:gridCol w:w=\"{}\"/>", wd);
      inner += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"360\" w:hRule=\"exact\"/></w:trPr>";
      for (auto& [wd, colour] : parts)
        inner += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}</w:tcPr>{}</w:tc>", wd, fill(colour), dot);
      inner += "</w:tr></w:tbl>";
      t += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
      t += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>{}</w:tc>",
                       label, para(run(joined(m.strategy_word + " " + s.number, m.strategy_word + " " + s.number)), "TableText"));
      // The bar, then the paragraph a cell must end with.
      t += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>{}"
                       "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>"
                       "<w:rPr><w:sz w:val=\"4\"/><w:szCs w:val=\"4\"/></w:rPr></w:pPr></w:p></w:tc>",
                       area, inner);
      t += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>{}</w:tc>",
                       value, para(run(s.score, kBold), "TableText"));
      t += "</w:tr>";
    }
    t += "</w:tbl>";
    // The caption and the chart in the one cell of a borderless table whose
    // row never splits: the chart whole on one page with its caption. Rows
    // that kept with the next did not do it: LibreOffice reads a row's
    // keepNext as the whole table's keep with what follows, and took pa's
    // chart to a page of its own ahead of the page break after it; without
    // them its last bar went over to the next page alone.
    w(fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{0}\" w:type=\"dxa\"/>{1}<w:tblLayout w:type=\"fixed\"/>"
                  "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
                  "</w:tblPr><w:tblGrid><w:gridCol w:w=\"{0}\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>"
                  "<w:tcPr><w:tcW w:w=\"{0}\" w:type=\"dxa\"/></w:tcPr>{2}{3}{4}</w:tc></w:tr></w:tbl>",
                  kText, none, caption, t, para("", "TableGap")));
    // No empty paragraph after it: on a full page (pa's copy handed in) it
    // went over alone, and a page break after it left a blank page.
  }
  // The contributions to the overall score: each strategy's W × score (when
  // strategies weigh), or each group's above them.
  void weights_table() {
    // The published figures' column: not in the copy to hand in.
    const bool published = !m.handed_in;
    std::vector<std::vector<Cell>> rows;
    if (m.groups.empty())
      for (auto& s : m.strategies) {
        rows.push_back({Cell{ct(s.number, true)}, Cell{ct(s.title)}, Cell{ct(s.weight_text, true)}, Cell{ct(s.score, true)},
                        Cell{ct(s.weighted, true)}});
        if (published) rows.back().push_back(Cell{ct(s.published_weighted, true)});
      }
    for (auto& g : m.groups) {
      std::string of;
      for (auto& n : g.strategies) of += (of.empty() ? "" : ", ") + n;
      rows.push_back({Cell{ct(g.number, true)}, Cell{ct(fmt::format("{} ({} {})", g.title, m.strategy_word, of))},
                      Cell{ct(g.weight, true)}, Cell{ct(g.score, true)}, Cell{ct(g.weighted, true)}});
      std::string pub = g.published_score;
      if (!g.published_weighted.empty()) pub += (pub.empty() ? "" : ", ") + g.published_weighted;
      if (published) rows.back().push_back(Cell{ct(pub, true)});
    }
    // The title takes what the narrow columns leave (about half the text width).
    const int pub_width = published ? 1200 : 0;
    std::vector<int> widths{800, kText - 800 - 1000 - kScoreTwips - kWeightedTwips - pub_width, 1000, kScoreTwips,
                            kWeightedTwips};
    std::vector<Cell> head{hc(L.col_no), hc(m.groups.empty() ? m.strategy_word : m.group_word),
                           hc(m.weight_label), hc(L.col_score), hc(L.col_weighted)};
    if (published) {
      widths.push_back(pub_width);
      head.push_back(hc(L.as_published));
    }
    w(table(widths, {head}, rows));
  }

  // Each strategy laid out by `part` into a text of its own (on a worker
  // thread for a streamed model), the texts written in order.
  void strategies(Model::Content what, void (Docx::*part)(const report::Strategy&)) {
    each_strategy<std::string>(
        m, what,
        [&](const report::Strategy& s) {
          return collect([&](Sink& to) {
            Docx d{m, L, to};
            (d.*part)(s);
          });
        },
        [&](const std::string& t) { w(t); });
  }

  // A table's headings in one or two rows, and its columns' widths: a
  // heading that spans columns (the five score bands, or the rounds under
  // "ผล") heads them from the first row and their own headings are in the
  // second; every other heading spans both rows.
  struct Heads {
    struct Col {
      std::string top;
      std::vector<std::string> under;  // the spanned columns' headings
      std::vector<int> widths;         // twips; 0: the column that takes the rest
    };
    std::vector<Col> cols;
    void add(const std::string& t, int width) { cols.push_back({t, {}, {width}}); }
    void span(const std::string& t, const std::vector<std::string>& under, int width) {
      cols.push_back({t, under, std::vector<int>(under.size(), width)});
    }
    // The columns of a figure of each round: this round's alone, or the
    // earlier rounds' and this one's under one heading; `widths` theirs,
    // the earlier rounds' first.
    void rounds(const std::string& t, const Model& m, const std::vector<int>& widths) {
      if (m.earlier_rounds.empty()) return add(t, widths.back());
      Col c{t, m.earlier_rounds, widths};
      c.under.push_back(m.this_round);
      cols.push_back(std::move(c));
    }
    // Each as wide as its round's name needs, at least `least`.
    void rounds(const std::string& t, const Model& m, int least) { rounds(t, m, round_columns_twips(m, least, least)); }
    // The columns' widths fitted into `total` (emit/columns.hpp): the title
    // takes what the others leave, at least `least`.
    std::vector<int> widths(int total, int least) const {
      std::vector<int> out;
      for (auto& c : cols) out.insert(out.end(), c.widths.begin(), c.widths.end());
      return fit_columns(std::move(out), total, least);
    }
    std::vector<std::vector<Cell>> rows() const {
      bool two = std::any_of(cols.begin(), cols.end(), [](const Col& c) { return !c.under.empty(); });
      std::vector<Cell> h1, h2;
      for (auto& c : cols) {
        if (c.under.empty()) {
          h1.push_back(hc(c.top, 1, two ? "restart" : nullptr));
          if (two) h2.push_back(hc("", 1, "continue"));
          continue;
        }
        h1.push_back(hc(c.top, static_cast<int>(c.under.size())));
        for (auto& u : c.under) h2.push_back(hc(u));
      }
      if (!two) return {h1};
      return {h1, h2};
    }
  };

  std::string strategy_title(const report::Strategy& s) const {
    return fmt::format("{} {}: {}", m.strategy_word, s.number, s.title);
  }
  std::string this_round(std::string_view what) const {
    return m.earlier_rounds.empty() ? std::string(what) : fmt::format("{} {}", what, m.this_round);
  }

  void part1_strategy(const report::Strategy& s) {
    w(heading(2, strategy_title(s)));
    if (!s.mission.empty()) w(para(run(std::string(L.mission) + ": ", kBold) + run(s.mission), "BodyText"));
    if (!s.goals.empty()) {
      w(para(run(L.goals, kBold), "BodyText", "<w:keepNext/>"));
      for (auto& g : s.goals) w(text("• " + g, "ListText"));
    }
    const Part1Columns c = part1_columns(m, kWide);  // emit/columns.hpp
    Heads head;
    head.add(L.col_no, c.no);
    head.add(m.indicator_word, c.title);
    head.add(L.col_unit, c.unit);
    head.add(L.col_target, c.target);
    head.rounds(L.col_result, m, c.results);
    if (m.show_offices) head.add(L.col_offices, c.offices);
    std::vector<std::vector<Cell>> rows;
    for (auto& r : s.rows) {
      std::string title = ct(r.title);
      for (auto& n : r.notes) title += ct(n, false, kItalic);
      std::vector<Cell> row{Cell{ct(r.number, true)}, Cell{title}, Cell{ct(r.unit)}, Cell{ct(r.target, true)}};
      for (auto& e : r.earlier) row.push_back(Cell{ct(e.result.empty() ? "-" : e.result, true)});
      row.push_back(Cell{ct(r.result, true)});
      if (m.show_offices) {
        std::string offices;
        for (auto& o : r.offices) offices += ct(o);
        row.push_back(Cell{offices});
      }
      rows.push_back(std::move(row));
    }
    w(table(head.widths(c.total, c.title), head.rows(), rows));
    for (auto& r : s.rows) {
      bool na_reason = r.na && !r.na_reason.empty();
      // The row's notes are in its cell above (as the HTML has them): not again here.
      if (r.account.empty() && r.projects.empty() && !na_reason) continue;
      w(heading(3, r.full_number + " " + r.title));
      if (na_reason) w(para(run(std::string(L.na) + ": " + r.na_reason, kItalic), "BodyText"));
      for (auto& a : r.account) w(text(a, "BodyText"));
      if (!r.projects.empty()) {
        // At 12pt, as the HTML prints them: at the tables' 14pt, LibreOffice
        // (with its font for TH Sarabun New) broke ๑,๗๐๐,๐๐๐.๐๐ into "๑ /
        // ,๗๐๐,๐๐๐.๐๐" in its 1850 twips, a figure misread. Money columns
        // only when a project gives money.
        static constexpr std::string_view kSmall = "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>";
        static const std::string kSmallItalic = std::string(kItalic) + std::string(kSmall);
        static const std::string kSmallBold = std::string(kBold) + std::string(kSmall);
        const bool money = report::any_money(r.projects);
        auto head = [&](const std::string& t) {
          return Cell{para(run(t, kSmallBold), "TableText", "<w:jc w:val=\"center\"/>")};
        };
        std::vector<std::vector<Cell>> prs;
        for (auto& pr : r.projects) {
          std::string title = ct(pr.title, false, kSmall);
          if (!pr.note.empty()) title += ct(pr.note, false, kSmallItalic);
          std::vector<Cell> row{Cell{title}};
          if (money)
            for (const std::string* v : {&pr.budget, &pr.disbursed, &pr.remaining}) row.push_back(Cell{ct(*v, true, kSmall)});
          row.push_back(Cell{ct(pr.status, false, kSmall)});
          prs.push_back(std::move(row));
        }
        // Money to the satang in Thai digits (๑,๒๐๐,๐๐๐.๐๐) on one line: 1850 twips.
        if (money)
          w(table({c.total - 3 * 1850 - 1500, 1850, 1850, 1850, 1500},
                  {{head(m.projects_label), head(L.budget), head(L.disbursed), head(L.remaining), head(L.status)}}, prs));
        else
          w(table({c.total - 1500, 1500}, {{head(m.projects_label), head(L.status)}}, prs));
      }
    }
  }

  void part2_strategy(const report::Strategy& s) {
    w(heading(2, strategy_title(s)));
    std::size_t ne = m.earlier_rounds.size();
    bool bands = m.band_columns;
    // Columns: no, indicator, weight, five bands (or one of each row's
    // criteria), earlier scores, score, weighted (when the table has it).
    // "score band" spans the five band columns, the score's and the weighted
    // score's headings their rounds; every other heading spans both rows.
    Heads head;
    head.add(L.col_no, kNoTwips);
    head.add(m.indicator_word, 0);
    if (m.show_weights) head.add(m.weight_label, 1150);
    if (bands) head.span(L.col_bands, m.band_labels, 950);
    else head.add(m.criteria_label, 3000);
    std::size_t ns = m.show_score ? ne : 0;  // the earlier rounds' scores stand beside the score column
    if (m.show_score) head.rounds(m.score_label, m, kScoreTwips);
    std::size_t nw = m.earlier_weighted ? ne : 0;  // the body's own weighted scores beside the committee's
    if (m.show_weighted) {
      if (nw) head.rounds(m.weighted_label, m, kWeightedTwips);
      else head.add(m.weighted_label, kWeightedTwips);
    }
    std::vector<std::vector<Cell>> rows;
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
      auto& r = s.rows[i];
      bool keep = i + 2 >= s.rows.size();  // the last two rows stay with the total row
      std::string title = ct(r.title, false, {}, keep);
      std::vector<Cell> row{Cell{ct(r.number, true, {}, keep)}, Cell{title}};
      if (m.show_weights) row.push_back(Cell{ct(r.weight, true, {}, keep)});
      if (!bands) row.push_back(Cell{ct(r.criteria, false, {}, keep)});
      else if (!r.criteria.empty()) row.push_back(Cell{ct(r.criteria, false, {}, keep), 5});
      else
        for (int b = 1; b <= 5; ++b)
          row.push_back(Cell{ct(r.band == b ? r.percent : (r.score.empty() ? "" : "-"), true, {}, keep)});
      if (m.show_score) {
        for (auto& e : r.earlier) row.push_back(Cell{ct(e.score.empty() ? "-" : e.score, true, {}, keep)});
        row.push_back(Cell{ct(!r.score.empty() ? r.score : r.na ? std::string(L.na) : "", true, {}, keep)});
      }
      for (std::size_t k = 0; k < nw && k < r.earlier.size(); ++k)
        row.push_back(Cell{ct(r.earlier[k].weighted.empty() ? "-" : r.earlier[k].weighted, true, {}, keep)});
      if (m.show_weighted) row.push_back(Cell{ct(r.weighted, true, {}, keep)});
      rows.push_back(std::move(row));
    }
    std::string total = ct(m.strategy_score_label, false, kBold);
    std::vector<Cell> last{Cell{ct(""), 1, nullptr, true}, Cell{total, 1, nullptr, true}};
    if (m.show_weights) last.push_back(Cell{ct(s.weight_sum, true, kBold), 1, nullptr, true});
    last.push_back(Cell{ct(""), bands ? 5 : 1, nullptr, true});
    for (std::size_t k = 0; k < ns; ++k)  // the earlier rounds' totals
      last.push_back(Cell{ct(k < s.earlier_scores.size() ? s.earlier_scores[k] : "-", true), 1, nullptr, true});
    if (m.show_score) last.push_back(Cell{ct(s.score, true, kBold), 1, nullptr, true});
    for (std::size_t k = 0; k < nw; ++k)
      last.push_back(Cell{ct(k < s.earlier_weighted_sums.size() ? s.earlier_weighted_sums[k] : "-", true), 1, nullptr, true});
    if (m.show_weighted) last.push_back(Cell{ct(s.weighted_sum, true, kBold), 1, nullptr, true});
    rows.push_back(std::move(last));
    w(table(head.widths(kWide, 2000), head.rows(), rows));
    // The findings on the rows and the total follow the table (in a cell a
    // long one would make a row taller than a page, and rows are never split).
    for (auto& r : s.rows)
      for (auto& f : r.findings) w(para(run(r.full_number + " ", kBold) + run(finding_text(f), kItalic), "ListText"));
    for (auto& f : s.findings)
      w(para(run(m.strategy_score_label + " ", kBold) + run(finding_text(f), kItalic), "ListText"));
  }

  void scoring() {
    w(heading1(L.scoring));
    w(text(m.formula, "BodyText"));
    if (m.show_quality) {  // the quality levels: each band of the score and its word
      w(text(m.quality_heading + ":", "BodyText", "<w:keepNext/>"));
      for (auto& b : m.quality_rows) w(text("• " + b, "ListText"));
    }
    if (!m.scale_rows.empty() && m.band_columns) {
      w(text(m.scale_title, "BodyText", "<w:keepNext/>"));
      std::vector<Cell> head, row;
      std::vector<int> widths;
      for (std::size_t i = 0; i < m.scale_rows.size(); ++i) {
        head.push_back(hc(m.scale_heads[i]));
        row.push_back(Cell{ct(m.scale_rows[i], true)});
        widths.push_back(kText / static_cast<int>(m.scale_rows.size()));
      }
      w(table(widths, {head}, {row}));
    }
    w(text(m.rounding, "BodyText"));
  }
};

// ---- the package's other parts ----

std::string styles_xml(const Model& m) {
  bool th = m.lang == "th";
  // Thai: TH Sarabun New 16 pt body, 14 pt tables; English: a plain font, 11/10 pt.
  std::string font = th ? "TH Sarabun New" : "Liberation Sans";
  int body = th ? 32 : 22, small = th ? 28 : 20;
  int h1 = th ? 40 : 32, h2 = th ? 36 : 28, h3 = th ? 32 : 24, title = th ? 48 : 40;
  // Latin text's language (w:val) is English, and Thai, a complex script, is
  // w:bidi's: with w:val th-TH LibreOffice broke English words inside Thai
  // cells by Thai rules ("(Applicati / on Report)", "Smart Parlia / ment").
  // An English report's Thai titles break as Thai too.
  std::string lang = th ? "<w:lang w:val=\"en-US\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/>"
                        : "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"th-TH\"/>";
  auto sz = [](int hp) { return fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", hp); };
  std::string s =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";
  s += fmt::format(
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{0}\" w:hAnsi=\"{0}\" w:eastAsia=\"{0}\" w:cs=\"{0}\"/>"
      "{1}{2}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
      "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>",
      x(font), sz(body), lang);
  auto pstyle = [&](const char* id, const char* name, const char* based, std::string ppr, std::string rpr,
                    bool is_default = false, const char* next = nullptr) {
    s += fmt::format("<w:style w:type=\"paragraph\"{} w:styleId=\"{}\"><w:name w:val=\"{}\"/>",
                     is_default ? " w:default=\"1\"" : "", id, name);
    if (based) s += fmt::format("<w:basedOn w:val=\"{}\"/>", based);
    if (next) s += fmt::format("<w:next w:val=\"{}\"/>", next);
    s += "<w:qFormat/>";
    if (!ppr.empty()) s += "<w:pPr>" + ppr + "</w:pPr>";
    if (!rpr.empty()) s += "<w:rPr>" + rpr + "</w:rPr>";
    s += "</w:style>";
  };
  pstyle("Normal", "Normal", nullptr, "", "", true);
  pstyle("BodyText", "Body Text", "Normal",
         th ? "<w:spacing w:after=\"120\"/><w:ind w:firstLine=\"720\"/><w:jc w:val=\"thaiDistribute\"/>"
            : "<w:spacing w:after=\"120\"/>",
         "");
  pstyle("ListText", "List Paragraph", "Normal", "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"288\"/>",
         "");
  pstyle("Title", "Title", "Normal", "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
         "<w:b/><w:bCs/>" + sz(title));
  pstyle("CoverLine", "Cover Line", "Normal", "<w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>",
         "<w:b/><w:bCs/>" + sz(h2));
  const int lv[3] = {h1, h2, h3};
  for (int i = 1; i <= 3; ++i) {
    std::string id = fmt::format("Heading{}", i), name = fmt::format("heading {}", i);
    pstyle(id.c_str(), name.c_str(), "Normal",
           fmt::format("<w:keepNext/><w:keepLines/><w:spacing w:before=\"{}\" w:after=\"120\"/>"
                       "<w:outlineLvl w:val=\"{}\"/>{}",
                       i == 1 ? 360 : 240, i - 1, i == 1 ? "<w:pageBreakBefore w:val=\"0\"/>" : ""),
           "<w:b/><w:bCs/>" + sz(lv[i - 1]), false, "BodyText");
  }
  pstyle("TOCHeading", "TOC Heading", "Normal", "<w:keepNext/><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>",
         "<w:b/><w:bCs/>" + sz(h1));
  for (int i = 1; i <= 3; ++i) {
    std::string id = fmt::format("TOC{}", i), name = fmt::format("toc {}", i);
    pstyle(id.c_str(), name.c_str(), "Normal",
           fmt::format("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{}\"/></w:tabs>"
                       "<w:spacing w:after=\"60\"/><w:ind w:left=\"{}\"/>",
                       kText - 10, (i - 1) * 440),
           "");
  }
  pstyle("TableText", "Table Text", "Normal", "<w:spacing w:before=\"0\" w:after=\"0\"/>", sz(small));
  pstyle("TableGap", "Table Gap", "Normal", "<w:spacing w:after=\"120\"/>", sz(small));
  pstyle("Footer", "footer", "Normal", "<w:jc w:val=\"center\"/>", sz(small));
  // The table style: single borders everywhere, narrow cell margins.
  s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
       "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
       "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
       "</w:tblCellMar></w:tblPr></w:style>";
  s += "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
       "<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>";
  for (const char* b : {"top", "left", "bottom", "right", "insideH", "insideV"})
    s += fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", b);
  s += "</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
       "</w:tblCellMar></w:tblPr></w:style>";
  s += "</w:styles>";
  return s;
}

constexpr const char* kNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string footer_xml(const Model& m) {
  // The page number: a PAGE field, in the section's digits (sect_pr).
  std::string shown = m.thai_digits ? "๒" : "2";
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr {}><w:p><w:pPr><w:pStyle "
      "w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
      "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      "<w:r><w:t>{}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>",
      kNs, shown);
}

std::string settings_xml(const Model& m) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:updateFields w:val=\"true\"/><w:defaultTabStop w:val=\"720\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
      "<w:themeFontLang w:val=\"{}\" w:bidi=\"th-TH\"/><w:compat>"
      "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
      "</w:compat></w:settings>",
      m.lang == "th" ? "th-TH" : "en-GB");
}

constexpr const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>";

constexpr const char* kRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
    "Target=\"docProps/app.xml\"/></Relationships>";

constexpr const char* kDocRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
    "Target=\"settings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
    "Target=\"footer1.xml\"/></Relationships>";

// Fixed: a document made from the same plan has the same bytes.
constexpr const char* kFixedDate = "2020-01-01T00:00:00Z";

std::string core_xml(const Model& m) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language>"
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created>"
      "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified></cp:coreProperties>",
      x(m.title), x(m.by.empty() ? m.agency : m.by), m.lang == "th" ? "th-TH" : "en", kFixedDate, kFixedDate);
}

constexpr const char* kApp =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>planc</Application></Properties>";

std::string document_xml(const Model& m) {
  std::string body = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {}><w:body>", kNs);
  {
    Sink to(body);
    Docx d{m, *m.labels, to};
    d.run_all();
  }
  // The last section: A4 portrait, like the first.
  body += sect_pr(false, false, m.thai_digits) + "</w:body></w:document>";
  return body;
}

// The zip, made in memory: a source buffer kept past zip_close, then read back.
struct ZipError {
  zip_error_t e;
  ZipError() { zipapi().zip_error_init(&e); }
  ~ZipError() { zipapi().zip_error_fini(&e); }
};

std::string zip_parts(const std::vector<std::pair<const char*, std::string>>& parts) {
  ZipError err;
  zip_source_t* src = zipapi().zip_source_buffer_create(nullptr, 0, 0, &err.e);
  if (!src) throw EmitError(fmt::format("docx: {}", zipapi().zip_error_strerror(&err.e)));
  zipapi().zip_source_keep(src);
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> keep(src, zipapi().zip_source_free);
  zip_t* za = zipapi().zip_open_from_source(src, ZIP_TRUNCATE, &err.e);
  if (!za) throw EmitError(fmt::format("docx: {}", zipapi().zip_error_strerror(&err.e)));
  // A fixed time for every entry: 1 January 2020, 00:00 (local DOS time as libzip stores it).
  std::tm tm{};
  tm.tm_year = 120;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  tm.tm_isdst = -1;
  time_t fixed = std::mktime(&tm);
  auto fail = [&](const char* what) {
    std::string msg = fmt::format("docx: {}: {}", what, zipapi().zip_strerror(za));
    zipapi().zip_discard(za);
    throw EmitError(msg);
  };
  for (auto& [name, data] : parts) {
    zip_source_t* s = zipapi().zip_source_buffer(za, data.data(), data.size(), 0);
    if (!s) fail(name);
    zip_int64_t idx = zipapi().zip_file_add(za, name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (idx < 0) {
      zipapi().zip_source_free(s);
      fail(name);
    }
    if (zipapi().zip_file_set_mtime(za, static_cast<zip_uint64_t>(idx), fixed, 0) < 0) fail(name);
    if (zipapi().zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_DEFLATE, 6) < 0) fail(name);
  }
  if (zipapi().zip_close(za) < 0) fail("close");
  std::string bytes;
  zip_stat_t st;
  if (zipapi().zip_source_open(src) < 0) throw EmitError("docx: cannot read the zip back");
  if (zipapi().zip_source_seek(src, 0, SEEK_END) < 0) throw EmitError("docx: cannot read the zip back");
  zip_int64_t size = zipapi().zip_source_tell(src);
  if (size < 0 || zipapi().zip_source_seek(src, 0, SEEK_SET) < 0) throw EmitError("docx: cannot read the zip back");
  bytes.resize(static_cast<std::size_t>(size));
  zip_int64_t got = zipapi().zip_source_read(src, bytes.data(), static_cast<zip_uint64_t>(size));
  zipapi().zip_source_close(src);
  (void)st;
  if (got != size) throw EmitError("docx: cannot read the zip back");
  return bytes;
}

}  // namespace

void docx(const Model& m, Sink& out) {
  // Every part made first, then zipped: nothing goes into the sink until the
  // whole document is made.
  std::vector<std::pair<const char*, std::string>> parts{
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kRels},
      {"word/document.xml", document_xml(m)},
      {"word/styles.xml", styles_xml(m)},
      {"word/settings.xml", settings_xml(m)},
      {"word/footer1.xml", footer_xml(m)},
      {"word/_rels/document.xml.rels", kDocRels},
      {"docProps/core.xml", core_xml(m)},
      {"docProps/app.xml", kApp},
  };
  out += zip_parts(parts);
}

}  // namespace planc::emit
