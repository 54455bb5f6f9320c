#include "emit/rank.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "emit/report.hpp"
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
