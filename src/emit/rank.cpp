#include "emit/rank.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "emit/keep_words.hpp"
#include "emit/report.hpp"
#include "report/model.hpp"
#include "support/utf8.hpp"

namespace planc::emit {

namespace {

std::string pad(const std::string& s, int width, bool left) {
  int w = utf8::display_width(s);
  std::string fill(static_cast<std::size_t>(std::max(0, width - w)), ' ');
  return left ? fill + s : s + fill;
}

}  // namespace

void rank_text(const report::RankModel& m, Sink& out) {
  out += m.title + "\n" + m.subtitle + "\n\n";
  int wr = utf8::display_width(m.col_rank), wb = utf8::display_width(m.col_body);
  int ws = utf8::display_width(m.col_score), wp = utf8::display_width(m.col_percent);
  for (auto& r : m.rows) {
    wr = std::max(wr, utf8::display_width(r.rank));
    wb = std::max(wb, utf8::display_width(r.body));
    ws = std::max(ws, utf8::display_width(r.score));
    wp = std::max(wp, utf8::display_width(r.percent));
  }
  auto line = [&](const std::string& a, const std::string& b, const std::string& c, const std::string& d,
                  const std::string& note) {
    std::string s = pad(a, wr, true) + "  " + pad(b, wb, false) + "  " + pad(c, ws, true);
    if (m.show_percent) s += "  " + pad(d, wp, true);
    if (!note.empty()) s += "  " + note;
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out += s + "\n";
  };
  line(m.col_rank, m.col_body, m.col_score, m.col_percent, "");
  for (auto& r : m.rows) line(r.rank, r.body, r.score, r.percent, r.reason);
}

void rank_markdown(const report::RankModel& m, Sink& out) {
  out += "# " + md_escape(m.title) + "\n\n" + md_escape(m.subtitle) + "\n\n";
  out += fmt::format("| {} | {} | {} |{}\n", m.col_rank, m.col_body, m.col_score,
                     m.show_percent ? " " + m.col_percent + " |" : "");
  out += m.show_percent ? "|--:|---|--:|--:|\n" : "|--:|---|--:|\n";
  for (auto& r : m.rows) {
    std::string body = md_escape(r.body) + (r.reason.empty() ? "" : " (" + md_escape(r.reason) + ")");
    out += fmt::format("| {} | {} | {} |{}\n", r.rank, body, r.score, m.show_percent ? " " + r.percent + " |" : "");
  }
}

// A page to read or print (A4 portrait, the report's style sheet): the
// ranking's table, the bodies without the figure after it with their reason.
void rank_html(const report::RankModel& m, Sink& to) {
  // Thai terms kept whole on a line, as in the report (emit/keep_words.hpp).
  write_kept(to, [&](Sink& out) {
    auto e = [](const std::string& s) { return html_escape(s); };
    out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"planc\">\n<title>{}</title>\n<style>{}{}</style>\n"
                       "</head>\n<body class=\"rank\">\n",
                       e(m.lang), e(m.title), html_style(),
                       "\n@page { size: A4 portrait; margin: 18mm 16mm; }\n"
                       "table.rank { width: 100%; } table.rank td.rank { width: 4em; text-align: center; }\n"
                       "table.rank tr.unranked td { color: var(--muted); }\n");
    out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n</header>\n<section>\n", e(m.title),
                       e(m.subtitle));
    out += fmt::format("<table class=\"rank\">\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th>",
                       e(m.col_rank), e(m.col_body), e(m.col_score));
    if (m.show_percent) out += fmt::format("<th class=\"num\">{}</th>", e(m.col_percent));
    out += "</tr></thead>\n<tbody>\n";
    for (auto& r : m.rows) {
      out += fmt::format("<tr{}><td class=\"rank\">{}</td><td>{}{}</td><td class=\"num\">{}</td>",
                         r.rank.empty() ? " class=\"unranked\"" : "", e(r.rank), e(r.body),
                         r.reason.empty() ? "" : "<br><small>" + e(r.reason) + "</small>", e(r.score));
      if (m.show_percent) out += fmt::format("<td class=\"num\">{}</td>", e(r.percent));
      out += "</tr>\n";
    }
    out += fmt::format("</tbody>\n</table>\n</section>\n<footer>{}</footer>\n</body>\n</html>\n",
                       report::labels(m.lang).generated);
  });
}

void rank_csv(const report::RankModel& m, Sink& out) {
  // UTF-8 with its mark, so that Excel reads the Thai (as the report's CSV).
  out += "\xEF\xBB\xBF";
  out += csv_field(m.col_rank) + "," + csv_field(m.col_body) + "," + csv_field(m.col_score);
  if (m.show_percent) out += "," + csv_field(m.col_percent);
  out += ",file,note\n";
  for (auto& r : m.rows) {
    out += csv_field(r.rank) + "," + csv_field(r.body) + "," + csv_field(r.score == "-" ? "" : r.score);
    if (m.show_percent) out += "," + csv_field(r.percent == "-" ? "" : r.percent);
    out += "," + csv_field(r.file) + "," + csv_field(r.reason) + "\n";
  }
}

}  // namespace planc::emit
