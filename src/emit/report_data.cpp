// The report model as JSON (`render --format json`) and Part 2 as CSV.
#include <fmt/format.h>

#include "emit/report.hpp"
#include "emit/spreadsheet.hpp"
#include "emit/strategies.hpp"
#include "support/json_writer.hpp"
#include "support/utf8.hpp"

namespace planc::emit {
namespace {

using json::Writer;

void paragraphs(Writer& w, const std::vector<report::Paragraphs>& v) {
  w.begin_array();
  for (auto& p : v) w.strings(p);
  w.end_array();
}

void findings(Writer& w, const std::vector<report::Finding>& fs) {
  w.begin_array();
  for (auto& f : fs) {
    w.begin_object().field("code", f.code).field("severity", f.severity).field("message", f.message);
    w.key("notes").strings(f.notes).field("hint", f.hint).key("places").strings(f.places).end_object();
  }
  w.end_array();
}

// One strategy, rows and all, on lines of its own inside the report's
// "strategies" (each row a line). The copy to hand in (`handed_in`) has no
// keys for published figures or findings.
std::string strategy(const report::Strategy& s, bool handed_in) {
  std::string text;
  Writer w(text);
  w.begin_object().field("id", s.id).field("title", s.title).field("mission", s.mission);
  w.key("goals").strings(s.goals);
  w.field("weight_sum", s.weight_sum).field("weighted_sum", s.weighted_sum).field("score", s.score);
  w.field("percent", s.percent);
  if (!handed_in) w.field("published_score", s.published_score);
  if (!s.weighted.empty()) w.field("weight", s.weight).field("weighted", s.weighted);  // strategies that weigh
  if (!s.published_weighted.empty()) w.field("published_weighted", s.published_weighted);
  if (!s.quality.empty()) w.field("quality", s.quality);
  if (!s.quality.empty() && !handed_in) w.field("published_quality", s.published_quality);
  if (!s.earlier_scores.empty()) {  // a report with neighbours: its score and Σ (W × SM) in the earlier rounds
    w.key("earlier_scores").strings(s.earlier_scores);
    w.key("earlier_weighted_sums").strings(s.earlier_weighted_sums);
  }
  if (!handed_in) findings(w.key("findings"), s.findings);
  w.line_break(5).key("rows").begin_array(json::lines(6, 5, true));
  for (auto& r : s.rows) {
    w.begin_object().field("id", r.id).field("number", r.number).field("sub", r.sub).field("title", r.title);
    w.field("unit", r.unit).field("target", r.target).field("result", r.result).field("na", r.na);
    w.field("na_reason", r.na_reason);
    w.key("account").strings(r.account);
    w.key("offices").strings(r.offices);
    w.key("projects").begin_array();
    for (auto& p : r.projects)
      w.begin_object().field("title", p.title).field("budget", p.budget).field("disbursed", p.disbursed)
          .field("remaining", p.remaining).field("status", p.status).field("note", p.note).end_object();
    w.end_array();
    w.key("notes").strings(r.notes);
    w.field("weight", r.weight).field("percent", r.percent).field("band", r.band).field("score", r.score);
    w.field("weighted", r.weighted).field("status", r.status);
    w.key("steps").strings(r.steps);
    if (!handed_in) findings(w.key("findings"), r.findings);
    if (!r.earlier.empty()) {  // a report with neighbours: the earlier rounds of the year
      w.key("earlier").begin_array();
      for (auto& x : r.earlier)
        w.begin_object().field("result", x.result).field("score", x.score).field("weighted", x.weighted)
            .field("status", x.status).field("note", x.note).end_object();
      w.end_array();
    }
    w.end_object();
  }
  w.end_array().end_object();
  return text;
}

}  // namespace

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void report_json(const report::Model& m, Sink& o) {
  Writer w([&](std::string_view piece) { o += piece; });
  w.begin_object(json::lines(2, 0));
  w.field("title", m.title).field("plan", m.plan_title).field("agency", m.agency).field("by", m.by);
  w.field("round", m.round).field("date", m.date).field("lang", m.lang).field("digits", m.thai_digits ? "thai" : "arabic");
  // The copy handed in (planc render --findings none): no findings, no published figures.
  if (m.handed_in) w.field("handed_in", true);
  w.field("score", m.score).field("percent", m.percent);
  if (!m.earlier_rounds.empty()) {
    w.key("earlier_rounds").strings(m.earlier_rounds);
    w.key("earlier_overall").strings(m.earlier_overall);
    if (!m.earlier_quality.empty()) w.key("earlier_quality").strings(m.earlier_quality);
    if (!m.earlier_errors.empty()) w.key("earlier_errors").strings(m.earlier_errors);
  }
  if (m.show_quality) {  // the quality levels (`quality NAME`): the overall's, and each band's
    w.field("quality", m.quality).field("quality_scale", m.quality_title);
    w.key("quality_bands").strings(m.quality_rows);
  }
  if (!m.handed_in) {
    w.key("published").begin_object().field("score", m.published_score).field("percent", m.published_percent);
    if (m.show_quality) w.field("quality", m.published_quality);
    w.end_object();
  }
  w.key("counts").begin_object().field("scored", m.scored).field("na", m.na).field("unweighted", m.unweighted);
  w.field("total", m.total).end_object();
  w.key("preface").strings(m.preface);
  w.key("introduction").strings(m.introduction);
  w.key("objectives").strings(m.objectives);
  if (!m.frozen.empty()) w.field("frozen", m.frozen);
  if (!m.restatements.empty()) {
    w.key("restated").begin_array();
    for (auto& r : m.restatements) w.begin_object().field("date", r.date).field("reason", r.reason).end_object();
    w.end_array();
  }
  w.key("method").strings(m.method);
  if (!m.body.empty()) w.field("body", m.body);
  if (!m.assessment.empty()) w.field("assessment", m.assessment);
  w.key("strategies").begin_array(json::lines(4, 2, true));
  each_strategy<std::string>(
      m, report::Model::Content::All, [&](const report::Strategy& s) { return strategy(s, m.handed_in); },
      [&](const std::string& text) { w.raw(text); });
  w.end_array();
  if (!m.groups.empty()) {
    w.key("groups").begin_array(json::lines(4, 2, true));
    for (auto& g : m.groups) {
      w.begin_object().field("id", g.id).field("title", g.title).key("strategies").strings(g.strategies);
      w.field("weight", g.weight).field("score", g.score).field("weighted", g.weighted);
      if (!m.handed_in)
        w.key("published").begin_object().field("score", g.published_score).field("weighted", g.published_weighted).end_object();
      w.end_object();
    }
    w.end_array();
  }
  if (!m.adjustments.empty()) {
    w.key("adjustments").begin_array(json::lines(4, 2, true));
    for (auto& a : m.adjustments)
      w.begin_object().field("kind", a.kind).field("target", a.target).field("amount", a.amount)
          .field("reason", a.reason).end_object();
    w.end_array();
  }
  paragraphs(w.key("recommendations"), m.recommendations);
  if (!m.handed_in) findings(w.key("findings"), m.findings);
  w.end_object().text("\n");
}

// Part 2 for Excel: a byte-order mark first (without one Excel reads UTF-8 as
// the machine's code page and Thai comes out garbled), the headers in the
// report's language (an English report keeps the names other tools read),
// the figures in ASCII digits whatever the report's digits (Excel reads ๓.๙๔
// as text: it could not sum it), texts in the report's digits, each
// strategy's total and the overall row at the end.
void csv(const report::Model& m, Sink& o) {
  auto figure = [](const std::string& s) {  // a number column: "-" (no score) is left empty
    return sheet::number(s) ? csv_field(utf8::to_arabic_digits(s)) : std::string();
  };
  auto text = [](const std::string& s) { return csv_field(sheet::guard_formula(s)); };
  std::string head, blanks;
  if (m.lang == "en") {
    head = "strategy,id,indicator,unit,target,result,weight,percent,score,weighted,status";
    for (auto& h : m.earlier_rounds) head += "," + text(fmt::format("result {}", h)) + "," + text(fmt::format("score {}", h));
  } else {
    const sheet::Headers& w = sheet::headers(m.lang);
    for (const char* h : {w.strategy, w.id, w.indicator, w.unit, w.target, w.result, w.weight, w.percent, w.score,
                          w.weighted, w.status})
      head += (head.empty() ? "" : ",") + text(h);
    for (auto& h : m.earlier_rounds)
      head += "," + text(fmt::format("{} {}", w.earlier_result, h)) + "," + text(fmt::format("{} {}", w.earlier_score, h));
  }
  for (std::size_t k = 0; k < m.earlier_rounds.size(); ++k) blanks += ",,";
  o += "\xEF\xBB\xBF";
  o += head + "\n";
  each_strategy<std::string>(m, report::Model::Content::All, [&](const report::Strategy& s) {
    std::string out;
    for (auto& r : s.rows) {
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}", text(s.id), text(r.id), text(r.title), text(r.unit),
                         text(r.target), text(r.result_is_score ? r.values : r.result), figure(r.weight), figure(sheet::percent_of_target(r)),
                         figure(r.score), figure(r.weighted), text(r.status));
      for (auto& x : r.earlier) out += "," + text(x.result) + "," + figure(x.score);
      out += "\n";
    }
    out += fmt::format("{},{},{},,,,{},{},{},{},total{}\n", text(s.id), text(s.id), text(s.title),
                       figure(s.weight_sum), figure(s.percent), figure(s.score), figure(s.weighted_sum), blanks);
    if (!s.weighted.empty())  // strategies that weigh: its own weight, its score and its contribution
      out += fmt::format("{},{},{},,,,{},,{},{},contribution{}\n", text(s.id), text(s.id), text(s.title),
                         figure(s.weight), figure(s.score), figure(s.weighted), blanks);
    return out;
  }, [&](const std::string& piece) { o += piece; });
  for (auto& g : m.groups) {  // each group: its strategies, weight, score and contribution
    std::string ids;
    for (auto& s : g.strategies) ids += (ids.empty() ? "" : ", ") + utf8::to_arabic_digits(s);
    o += fmt::format("{},{},{},,,,{},,{},{},group{}\n", text(ids), text(g.id), text(g.title), figure(g.weight),
                     figure(g.score), figure(g.weighted), blanks);
  }
  std::string overall = m.overall_label.empty() ? std::string(report::labels(m.lang).overall_score) : m.overall_label;
  o += fmt::format(",,{},,,,,{},{},,overall{}\n", text(overall), figure(m.percent), figure(m.score), blanks);
  for (auto& a : m.adjustments)  // the round's adjustments: the amount in the score column, the reason as the title
    o += fmt::format(",{},{},,,,,,{},,{}{}\n", text(a.target), text(a.reason), figure(a.amount), a.kind, blanks);
}

std::string report_json(const report::Model& m) {
  return collect([&](Sink& out) { report_json(m, out); });
}

std::string csv(const report::Model& m) {
  return collect([&](Sink& out) { csv(m, out); });
}

}  // namespace planc::emit
