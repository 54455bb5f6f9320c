// Report drafts from the report model: Markdown (GitHub-flavoured), one
// self-contained HTML page, JSON, and CSV (Part 2's table). Layout only: every
// figure and label comes formatted in the model.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "emit/sink.hpp"
#include "report/model.hpp"

namespace planc::emit {

// Each writes into a sink (planc render: to the file, as the draft is made,
// from a streamed model, see report::stream) or returns the draft whole.
void markdown(const report::Model& m, Sink& out);
void html(const report::Model& m, Sink& out);
// The HTML page as the PDF prints it: its table of contents' pages are known
// only once it has been printed, so pdf.cpp prints it twice, the first time
// with a marker at each section's start (`@@toc-ID@@`, invisible, out of the
// flow) to find on which page each starts.
struct HtmlOptions {
  const std::map<std::string, std::string>* pages = nullptr;  // section id -> page, in the report's digits
  bool markers = false;
};
void html(const report::Model& m, Sink& out, const HtmlOptions& o);
void report_json(const report::Model& m, Sink& out);
void csv(const report::Model& m, Sink& out);
std::string markdown(const report::Model& m);
std::string html(const report::Model& m);
std::string report_json(const report::Model& m);
std::string csv(const report::Model& m);

// The documents a unit hands in or keeps, as their bytes into the sink:
// an Excel workbook (xlsx.cpp), a Word document (docx.cpp), and the HTML
// page printed to PDF by headless Chromium (pdf.cpp). Each throws EmitError,
// having written nothing, when it cannot make its document.
struct EmitError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
void xlsx(const report::Model& m, Sink& out);
void docx(const report::Model& m, Sink& out);
void pdf(const report::Model& m, Sink& out);
// Any page of planc's (a ranking, a trend) printed to PDF by headless Chromium, once.
void pdf_of_html(const std::string& page_html, Sink& out);

// The report page's style sheet (A4 landscape when printed); the trend page's starts with it.
std::string_view html_style();
// `length` × `percent` / 100 in hundredths, the percent a decimal string
// ("87.50", ASCII), without floating point: a bar's length in SVG or in Word.
long long hundredths_of(const std::string& percent, int length);
// The same to two decimals: an SVG length.
std::string svg_length(const std::string& percent, int length);
// A horizontal bar chart as inline SVG, a bar a row: its number and title
// (cut), its length (a percent of the full bar, ASCII: "87.50") in `colour`,
// its value after it. `cls`: the svg element's class ("" for none).
struct SvgBar {
  std::string number, title, bar, value;
};
std::string svg_bars(const std::vector<SvgBar>& bars, std::string_view title, std::string_view colour,
                     std::string_view cls);
// The first `max_cp` code points of `s`, with "…" when it was longer.
std::string cut_text(const std::string& s, std::size_t max_cp);
// Escapes text for HTML (element content and attribute values).
std::string html_escape(std::string_view s);
// Escapes text for XML (a Word document's parts): & < > " ' as entities,
// characters XML 1.0 forbids (C0 controls but tab, U+FFFE, U+FFFF, broken
// UTF-8) dropped, line breaks as spaces.
std::string xml_text(std::string_view s);
// Escapes text for a Markdown paragraph or table cell.
std::string md_escape(std::string_view s);
// A CSV field, quoted when it must be (RFC 4180).
std::string csv_field(const std::string& s);

}  // namespace planc::emit
