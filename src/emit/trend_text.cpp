// The trend as a text table (the default of planc trend) and as Markdown:
// both lay out the same tables, one padded to display columns, one with pipes.
#include <algorithm>
#include <fmt/format.h>

#include "emit/report.hpp"
#include "emit/trend.hpp"
#include "report/model.hpp"
#include "support/utf8.hpp"

namespace planc::emit {
namespace {

using report::TrendModel;

struct Table {
  int level = 2;           // the heading's level (2: a section, 3: under one)
  std::string heading;     // "" for none
  std::vector<std::string> head;
  std::vector<bool> right;  // a column of figures
  std::vector<std::vector<std::string>> rows;
  std::string note;  // a line after the table ("" for none)
};

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

std::vector<Table> tables(const TrendModel& m) {
  const report::TrendLabels& L = *m.labels;
  const report::Labels& R = *m.report_labels;  // those shared with the round report
  std::vector<Table> out;

  // A plan whose table has no percents (`columns score, weighted`) shows none here either.
  Table rounds{2, L.rounds, {L.round, L.file, m.overall_label}, {false, false, true}, {}, {}};
  if (m.show_percent) {
    rounds.head.push_back(R.overall_percent);
    rounds.right.push_back(true);
  }
  for (auto& s : m.strategies) {
    rounds.head.push_back(fmt::format("{} {}", m.strategy_word, s.number));
    rounds.right.push_back(true);
  }
  for (auto& r : m.rounds) {
    std::vector<std::string> row{r.label, r.file, or_dash(r.score.text)};
    if (m.show_percent) row.push_back(or_dash(r.percent.text));
    for (auto& f : r.strategies) row.push_back(or_dash(f.text));
    rounds.rows.push_back(std::move(row));
  }
  out.push_back(std::move(rounds));

  out.push_back({2, m.indicators_title, {}, {}, {}, {}});
  for (auto& t : m.indicators) {
    Table ind{3, fmt::format("{} {}", t.full_number, t.title), {L.round, L.result}, {false, true}, {}, {}};
    if (t.per_round()) {
      ind.head.push_back(L.target_part);
      ind.right.push_back(true);
    }
    for (const std::string& h : {std::string(L.percent), m.score_label}) {
      if (h == L.percent && !m.show_percent) continue;
      ind.head.push_back(h);
      ind.right.push_back(true);
    }
    ind.head.push_back(L.status);
    ind.right.push_back(false);
    for (std::size_t k = 0; k < t.rounds.size() && k < m.rounds.size(); ++k) {
      const report::TrendCell& c = t.rounds[k];
      std::vector<std::string> row{m.rounds[k].label, or_dash(c.result)};
      if (t.per_round()) row.push_back(or_dash(c.target.text));
      if (m.show_percent) row.push_back(or_dash(c.percent.text));
      row.push_back(or_dash(c.score.text));
      row.push_back(c.status_text);
      ind.rows.push_back(std::move(row));
    }
    std::string what;
    for (auto* part : {&t.unit, &t.target})
      if (!part->empty()) what += (what.empty() ? "" : "; ") + *part;
    if (!what.empty()) ind.note = fmt::format("{}: {}", L.target, what);
    out.push_back(std::move(ind));
  }

  if (m.projects.empty()) return out;
  out.push_back({2, L.budgets, {}, {}, {}, {}});
  auto money_head = [&](Table& t) {
    for (const char* h : {L.budget, L.disbursed, L.remaining, L.rate}) {
      t.head.push_back(h);
      t.right.push_back(true);
    }
  };
  auto money_row = [&](const report::TrendRound& r, const report::TrendMoney& t, bool status) {
    std::vector<std::string> row{r.label, or_dash(t.budget.text), or_dash(t.disbursed.text),
                                 or_dash(t.remaining.text), or_dash(t.rate.text)};
    if (status) row.push_back(t.reported ? t.status : L.not_reported);
    return row;
  };
  for (auto& b : m.budgets) {
    Table tot{3, fmt::format("{} {}: {}", m.strategy_total, b.number, b.title), {L.round}, {false}, {}, {}};
    money_head(tot);
    for (std::size_t k = 0; k < b.rounds.size() && k < m.rounds.size(); ++k)
      tot.rows.push_back(money_row(m.rounds[k], b.rounds[k], false));
    out.push_back(std::move(tot));
    for (auto& p : m.projects) {
      if (p.strategy != b.id) continue;
      Table pt{4, fmt::format("{} {}", p.indicator_number, p.title), {L.round}, {false}, {}, {}};
      money_head(pt);
      pt.head.push_back(L.status);
      pt.right.push_back(false);
      for (std::size_t k = 0; k < p.rounds.size() && k < m.rounds.size(); ++k)
        pt.rows.push_back(money_row(m.rounds[k], p.rounds[k], true));
      out.push_back(std::move(pt));
    }
  }
  return out;
}

std::string pad(const std::string& s, int width, bool right) {
  std::string fill(static_cast<std::size_t>(std::max(0, width - utf8::display_width(s))), ' ');
  return right ? fill + s : s + fill;
}

std::string meta(const TrendModel& m, const char* sep) {
  std::string line;
  for (auto* s : {&m.agency, &m.years})
    if (!s->empty()) line += (line.empty() ? "" : sep) + *s;
  return line;
}

}  // namespace

void trend_text(const TrendModel& m, Sink& out) {
  out += m.title + "\n";
  if (std::string line = meta(m, " · "); !line.empty()) out += line + "\n";
  for (const Table& t : tables(m)) {
    std::string indent(t.level > 2 ? 2 * static_cast<std::size_t>(t.level - 2) : 0, ' ');
    if (!t.heading.empty()) out += (t.level == 2 ? "\n" : "") + indent + t.heading + "\n";
    if (t.head.empty()) continue;
    std::vector<int> width(t.head.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
      for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
        width[i] = std::max(width[i], utf8::display_width(row[i]));
    };
    measure(t.head);
    for (auto& r : t.rows) measure(r);
    auto line = [&](const std::vector<std::string>& row) {
      std::string s = indent + " ";
      for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
        s += " " + (i + 1 == row.size() && !t.right[i] ? row[i] : pad(row[i], width[i], t.right[i])) + " ";
      while (!s.empty() && s.back() == ' ') s.pop_back();
      out += s + "\n";
    };
    line(t.head);
    for (auto& r : t.rows) line(r);
    if (!t.note.empty()) out += indent + "  " + t.note + "\n";
    if (t.level > 2) out += "\n";
  }
}

void trend_markdown(const TrendModel& m, Sink& out) {
  out += "# " + md_escape(m.title) + "\n\n";
  if (std::string line = meta(m, " · "); !line.empty()) out += md_escape(line) + "\n\n";
  for (const Table& t : tables(m)) {
    if (!t.heading.empty()) out += std::string(static_cast<std::size_t>(t.level), '#') + " " + md_escape(t.heading) + "\n\n";
    if (t.head.empty()) continue;
    if (!t.note.empty()) out += md_escape(t.note) + "\n\n";
    auto row = [&](const std::vector<std::string>& cells) {
      std::string s = "|";
      for (auto& c : cells) s += " " + (c.empty() ? std::string(" ") : md_escape(c)) + " |";
      out += s + "\n";
    };
    row(t.head);
    std::string sep = "|";
    for (bool r : t.right) sep += r ? "--:|" : "---|";
    out += sep + "\n";
    for (auto& r : t.rows) row(r);
    out += "\n";
  }
  out += m.report_labels->generated;
  out += "\n";
}

}  // namespace planc::emit
