#include <fmt/format.h>

#include "emit/report.hpp"
#include "emit/strategies.hpp"

namespace planc::emit {

std::string md_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t run = 0;  // start of the bytes not yet copied: copied as one run
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '&': case '~': case '$': case '\n':
        break;
      case '#': case '-': case '+': case '=':  // a heading, list or rule only at the start
        if (i == 0) break;
        continue;
      default: continue;
    }
    out.append(s, run, i - run);
    run = i + 1;
    if (c == '\n') {
      out += "<br>";
    } else {
      out += '\\';
      out += c;
    }
  }
  out.append(s, run);
  return out;
}

namespace {

using report::Finding;
using report::Model;

std::string cell(const std::string& s) { return s.empty() ? " " : md_escape(s); }

struct Md {
  const Model& m;
  const report::Labels& L;
  Sink& out;
  std::vector<std::string> footnotes;

  void p(std::string_view s) {
    out += s;
    out += '\n';
  }
  std::string footnote(const std::string& label, const std::string& text) {
    footnotes.push_back(fmt::format("[^{}]: {}", label, text));
    return fmt::format("[^{}]", label);
  }
  std::string finding_text(const Finding& f) {
    std::string s = fmt::format("**{} {}**: {}", f.severity_word, f.code, md_escape(f.message));
    for (auto& n : f.notes) s += "; " + md_escape(n);
    if (!f.hint.empty()) s += fmt::format(" ({}: {})", f.hint_word, md_escape(f.hint));
    return s;
  }
  std::string finding_refs(const std::vector<Finding>& fs, const std::string& where) {
    std::string refs;
    for (std::size_t i = 0; i < fs.size(); ++i)
      refs += footnote(fmt::format("{}-{}-{}", fs[i].code, where, i + 1), finding_text(fs[i]));
    return refs;
  }
  void section(const char* title, const report::Paragraphs& body) {
    if (body.empty()) return;
    p(fmt::format("## {}\n", title));
    section_body(body);
  }

  void run() {
    p(fmt::format("# {}\n", md_escape(m.title)));
    std::string line;
    for (auto& x : m.meta) line += (line.empty() ? "" : " · ") + md_escape(x);
    p(line + "\n");
    summary();
    if (!m.restatements.empty()) {
      p(fmt::format("## {}\n", L.restatements));
      p(md_escape(fmt::format(fmt::runtime(L.restatements_lead), m.frozen)) + "\n");
      for (auto& r : m.restatements) p("- " + md_escape(r.date) + ": " + md_escape(r.reason));
      p("");
    }
    section(L.preface, m.preface);
    section(L.introduction, m.introduction);
    if (!m.objectives.empty()) {
      p(fmt::format("## {}\n", L.objectives));
      for (auto& o : m.objectives) p("- " + md_escape(o));
      p("");
    }
    part1();
    part2();
    section(L.method, m.method);
    scoring();
    if (!m.recommendations.empty()) {
      p(fmt::format("## {}\n", L.recommendations));
      for (auto& r : m.recommendations) section_body(r);
    }
    if (!m.handed_in) {  // (not in the copy handed in)
      p(fmt::format("## {}\n", L.findings));
      if (m.findings.empty()) p(fmt::format("{}\n", m.errors + m.warnings ? md_escape(m.findings_elsewhere) : std::string(L.no_findings)));
      for (auto& f : m.findings) p("- " + finding_text(f));
      if (!m.findings.empty()) p("");
    }
    if (!footnotes.empty()) {
      p("---\n");
      for (auto& f : footnotes) p(f);
    }
  }

  void section_body(const report::Paragraphs& body) {
    for (auto& para : body) {
      out += md_escape(para);
      out += "\n\n";
    }
  }

  void summary() {
    p(fmt::format("## {}\n", L.summary));
    p("| | |");
    p("|---|---|");
    // " (as published: X)", or nothing when the report published none.
    auto pubq = [&](const std::string& x) { return x.empty() ? std::string() : fmt::format(" ({}: {})", L.as_published, x); };
    if (m.show_overall) p(fmt::format("| {} | **{}**{} |", this_round(m.overall_label), m.score, md_escape(pubq(m.published_score))));
    if (m.show_overall && m.show_percent)
      p(fmt::format("| {} | **{}**{} |", L.overall_percent, m.percent, md_escape(pubq(m.published_percent))));
    if (m.show_overall && m.show_quality)
      p(fmt::format("| {} | **{}**{} |", this_round(m.quality_label), md_escape(m.quality), md_escape(pubq(m.published_quality))));
    // The earlier rounds' overall (the body's own assessment beside the committee's).
    // Each with its quality level after it, when the plan words its scores ("-" as the score's is written).
    for (std::size_t k = 0; m.show_overall && k < m.earlier_rounds.size() && k < m.earlier_overall.size(); ++k) {
      p(fmt::format("| {} {} | {} |", m.overall_label, md_escape(m.earlier_rounds[k]), m.earlier_overall[k]));
      if (k < m.earlier_quality.size())
        p(fmt::format("| {} {} | {} |", m.quality_label, md_escape(m.earlier_rounds[k]),
                      m.earlier_quality[k] == "-" ? std::string("-") : md_escape(m.earlier_quality[k])));
    }
    p(fmt::format("| {} | {} |", m.scored_label, m.scored_text));
    if (m.show_met_missed) {  // as the HTML's and Word's summaries
      p(fmt::format("| {} | {} |", m.met_label, m.met_text));
      p(fmt::format("| {} | {} |", m.missed_label, m.missed_text));
      if (m.uncompared) p(fmt::format("| {} | {} |", m.uncompared_label, m.uncompared_text));
    }
    p(fmt::format("| {} | {} |", m.na_label, m.na_text));
    if (m.unweighted) p(fmt::format("| {} | {} |", m.unweighted_label, m.unweighted_text));
    p("");
    for (auto& x : m.earlier_errors) p(fmt::format("**{}**\n", md_escape(x)));  // an earlier round with errors
    // Each strategy's score, the earlier rounds' beside it.
    // Each strategy's score, the earlier rounds' beside it; its percent and
    // quality level (when the table has them); the published figures.
    std::string head = fmt::format("| {} |", m.strategy_word) + earlier_heads(m.summary_score_label) + " " +
                       this_round(m.summary_score_label) + " |";
    std::string seps = "|---|" + earlier_seps() + "--:|";
    if (m.show_percent) head += fmt::format(" {} |", L.overall_percent), seps += "--:|";
    if (m.show_quality) head += fmt::format(" {} |", this_round(m.quality_label)), seps += "---|";
    if (!m.handed_in) head += fmt::format(" {} |", L.as_published), seps += "--:|";
    p(head);
    p(seps);
    for (auto& s : m.strategies) {
      std::string earlier;
      for (auto& x : s.earlier_scores) earlier += " " + cell(x) + " |";
      p(fmt::format("| {} {} |{} {} |{}{}{}", s.number, cell(s.title), earlier, cell(s.score),
                    m.show_percent ? " " + cell(s.percent) + " |" : "", m.show_quality ? " " + cell(s.quality) + " |" : "",
                    !m.handed_in ? " " + cell(s.published) + " |" : ""));
    }
    p("");
    if (m.strategy_weighted || !m.groups.empty()) weights_table();
  }

  // The contributions to the overall score: each strategy's W × score (when
  // strategies weigh), and each group's above them.
  void weights_table() {
    p(fmt::format("| {} | {} | {} | {} |", m.groups.empty() ? m.strategy_word : m.group_word, m.weight_label,
                  L.col_score, L.col_weighted));
    p("|---|--:|--:|--:|");
    if (m.groups.empty()) {
      for (auto& s : m.strategies)
        p(fmt::format("| {} {} | {} | {} | {}{} |", s.number, cell(s.title), cell(s.weight_text), cell(s.score),
                      cell(s.weighted),
                      s.published_weighted.empty() ? ""
                                                   : md_escape(fmt::format(" ({}: {})", L.as_published, s.published_weighted))));
    }
    for (auto& g : m.groups) {
      std::string pub = g.published_score.empty() && g.published_weighted.empty()
                            ? ""
                            : fmt::format(" ({}: {}{})", L.as_published, g.published_score,
                                          g.published_weighted.empty() ? "" : ", " + g.published_weighted);
      std::string of;
      for (auto& n : g.strategies) of += (of.empty() ? "" : ", ") + n;
      p(fmt::format("| {} {} ({} {}) | {} | {} | {}{} |", g.number, cell(g.title), m.strategy_word, of,
                    cell(g.weight), cell(g.score), cell(g.weighted), md_escape(pub)));
    }
    p("");
  }

  void part1() {
    p(fmt::format("## {}\n", m.part1_title));
    strategies(report::Model::Content::Plan, &Md::part1_strategy);
  }

  // What laying out one strategy gives: its text, and the footnotes it refers
  // to (which go at the end of the draft, in order).
  struct Piece {
    std::string text;
    std::vector<std::string> footnotes;
  };

  // Each strategy laid out by `part` into a piece of its own (on a worker
  // thread for a streamed model), the pieces written in order.
  void strategies(report::Model::Content what, void (Md::*part)(const report::Strategy&)) {
    each_strategy<Piece>(
        m, what,
        [&](const report::Strategy& s) {
          Piece piece;
          piece.text = collect([&](Sink& to) {
            Md md{m, L, to, {}};
            (md.*part)(s);
            piece.footnotes = std::move(md.footnotes);
          });
          return piece;
        },
        [&](const Piece& piece) {
          out += piece.text;
          footnotes.insert(footnotes.end(), piece.footnotes.begin(), piece.footnotes.end());
        });
  }

  // A column per earlier round of the year (a 9- or 12-month report), headed
  // by what it shows and the round: "ผล รอบ ๖ เดือน".
  std::string earlier_heads(std::string_view what) const {
    std::string out;
    for (auto& h : m.earlier_rounds) out += fmt::format(" {} {} |", what, md_escape(h));
    return out;
  }
  // This round's heading: with its round when earlier rounds stand beside it.
  std::string this_round(std::string_view what) const {
    return m.earlier_rounds.empty() ? std::string(what) : fmt::format("{} {}", what, md_escape(m.this_round));
  }
  std::string earlier_seps() const {
    std::string out;
    for (std::size_t k = 0; k < m.earlier_rounds.size(); ++k) out += "--:|";
    return out;
  }
  static std::string earlier_cell(const std::string& shown) { return shown.empty() ? "-" : md_escape(shown); }

  void part1_strategy(const report::Strategy& s) {
    p(fmt::format("### {} {}: {}\n", m.strategy_word, s.number, md_escape(s.title)));
    if (!s.mission.empty()) p(fmt::format("**{}**: {}\n", L.mission, md_escape(s.mission)));
    if (!s.goals.empty()) {
      p(fmt::format("**{}**\n", L.goals));
      for (auto& g : s.goals) p("- " + md_escape(g));
      p("");
    }
    // The offices' column when some row names one.
    std::string offices_head = m.show_offices ? fmt::format(" {} |", L.col_offices) : "";
    p(fmt::format("| {} | {} | {} | {} |{} {} |{}", L.col_no, m.indicator_word, L.col_unit, L.col_target,
                  earlier_heads(L.col_result), this_round(L.col_result), offices_head));
    p("|---|---|---|---|" + earlier_seps() + "---|" + (m.show_offices ? "---|" : ""));
    for (auto& r : s.rows) {
      std::string result = cell(r.result);
      if (r.na) result += footnote("na-" + r.id, r.na_reason.empty() ? "-" : md_escape(r.na_reason));
      std::string offices;
      for (auto& o : r.offices) offices += (offices.empty() ? "" : "<br>") + md_escape(o);
      std::string earlier;
      for (auto& x : r.earlier) earlier += " " + earlier_cell(x.result) + " |";
      p(fmt::format("| {} | {} | {} | {} |{} {} |{}", r.number, cell(r.title), cell(r.unit), cell(r.target), earlier,
                    result, m.show_offices ? " " + (offices.empty() ? std::string(" ") : offices) + " |" : ""));
    }
    p("");
    for (auto& r : s.rows) {
      if (r.account.empty() && r.projects.empty() && r.notes.empty()) continue;
      p(fmt::format("#### {} {}\n", r.full_number, md_escape(r.title)));
      for (auto& n : r.notes) p(fmt::format("*{}*\n", md_escape(n)));
      for (auto& a : r.account) p(md_escape(a) + "\n");
      if (!r.projects.empty()) {
        p(fmt::format("| {} | {} | {} | {} | {} |", md_escape(m.projects_label), L.budget, L.disbursed, L.remaining, L.status));
        p("|---|--:|--:|--:|---|");
        for (auto& pr : r.projects) {
          std::string title = md_escape(pr.title) + (pr.note.empty() ? "" : "<br>*" + md_escape(pr.note) + "*");
          p(fmt::format("| {} | {} | {} | {} | {} |", title, cell(pr.budget), cell(pr.disbursed),
                        cell(pr.remaining), cell(pr.status)));
        }
        p("");
      }
    }
  }

  void part2() {
    p(fmt::format("## {}\n", m.part2_title));
    strategies(report::Model::Content::Scores, &Md::part2_strategy);
  }

  void part2_strategy(const report::Strategy& s) {
    p(fmt::format("### {} {}: {}\n", m.strategy_word, s.number, md_escape(s.title)));
    // The band columns (a row with no band: its criteria in the first), or one
    // column of each row's criteria; the weighted score when the table has it.
    std::string head = fmt::format("| {} | {} |", L.col_no, m.indicator_word);
    std::string sep = "|---|---|";
    if (m.show_weights) {
      head += " " + m.weight_label + " |";
      sep += "--:|";
    }
    if (m.band_columns) {
      for (auto& b : m.band_labels) head += " " + b + " |";
      sep += "--:|--:|--:|--:|--:|";
    } else {
      head += fmt::format(" {} |", m.criteria_label);
      sep += "---|";
    }
    if (m.show_score) {  // the score column, with the earlier rounds' beside it
      head += earlier_heads(m.score_label) + " " + this_round(m.score_label) + " |";
      sep += earlier_seps() + "--:|";
    }
    if (m.show_weighted) {  // the weighted column, with the body's own beside the committee's
      head += (m.earlier_weighted ? earlier_heads(m.weighted_label) + " " + this_round(m.weighted_label)
                                  : " " + m.weighted_label) +
              " |";
      sep += (m.earlier_weighted ? earlier_seps() : "") + "--:|";
    }
    p(head);
    p(sep);
    for (auto& r : s.rows) {
      std::string bands;
      if (!m.band_columns) bands = " " + cell(r.criteria) + " |";
      else if (!r.criteria.empty()) bands = " " + cell(r.criteria) + " | | | | |";
      else
        for (int b = 1; b <= 5; ++b) bands += " " + (r.band == b ? r.percent : std::string(r.score.empty() ? " " : "-")) + " |";
      if (m.show_score)
        for (auto& x : r.earlier) bands += " " + earlier_cell(x.score) + " |";
      std::string weighted;
      if (m.earlier_weighted)
        for (auto& x : r.earlier) weighted += " " + earlier_cell(x.weighted) + " |";
      if (m.show_weighted) weighted += " " + cell(r.weighted) + " |";
      std::string notes = finding_refs(r.findings, r.id);
      p(fmt::format("| {} | {}{} |{}{}{}{}", r.number, cell(r.title), notes,
                    m.show_weights ? " " + cell(r.weight) + " |" : "", bands,
                    m.show_score ? " " + cell(r.score.empty() && r.na ? std::string(L.na) : r.score) + " |" : "", weighted));
    }
    // The strategy's total, the earlier rounds' beside it.
    std::string notes = finding_refs(s.findings, "s" + s.id);
    std::string blanks = m.band_columns ? " | | | | |" : " |";
    for (std::size_t k = 0; m.show_score && k < s.earlier_scores.size(); ++k) blanks += " " + s.earlier_scores[k] + " |";
    std::string weighted;
    for (std::size_t k = 0; m.earlier_weighted && k < s.earlier_weighted_sums.size(); ++k)
      weighted += " " + s.earlier_weighted_sums[k] + " |";
    if (m.show_weighted) weighted += " **" + s.weighted_sum + "** |";
    p(fmt::format("| | **{}**{} |{}{}{}{}", m.strategy_score_label, notes,
                  m.show_weights ? " **" + s.weight_sum + "** |" : "", blanks,
                  m.show_score ? " **" + s.score + "** |" : "", weighted));
    p("");
  }

  void scoring() {
    p(fmt::format("## {}\n", L.scoring));
    p(fmt::format("{}\n", m.formula));
    if (m.show_quality) {  // the quality levels: each band of the score and its word
      p(fmt::format("{}:\n", md_escape(m.quality_heading)));
      for (auto& b : m.quality_rows) p("- " + md_escape(b));
      p("");
    }
    if (!m.scale_rows.empty() && m.band_columns) {
      p(fmt::format("{}\n", md_escape(m.scale_title)));
      std::string head = "|", sep = "|", row = "|";
      for (std::size_t i = 0; i < m.scale_rows.size(); ++i) {
        head += fmt::format(" {} |", m.scale_heads[i]);
        sep += "--:|";
        row += " " + m.scale_rows[i] + " |";
      }
      p(head);
      p(sep);
      p(row + "\n");
    }
    p(md_escape(m.rounding) + "\n");
  }
};

}  // namespace

void markdown(const Model& m, Sink& out) {
  Md md{m, *m.labels, out, {}};
  md.run();
}

std::string markdown(const Model& m) {
  return collect([&](Sink& out) { markdown(m, out); });
}

}  // namespace planc::emit
