// The trend as JSON (docs/trend.md) and as CSV: figures as the eval JSON
// gives them (a number, the exact fraction, the display string).
#include <initializer_list>
#include <utility>
#include <fmt/format.h>

#include "emit/eval_json.hpp"
#include "emit/report.hpp"
#include "emit/trend.hpp"
#include "support/json_writer.hpp"

namespace planc::emit {
namespace {

using json::Writer;
using report::Figure;
using Named = std::initializer_list<std::pair<const char*, const Figure*>>;

// Each figure as a number, then all of them exact and as shown.
void figures(Writer& w, Named fs) {
  for (auto& [k, f] : fs) w.key(k).raw(number_json(f->exact));
  w.key("exact").begin_object();
  for (auto& [k, f] : fs) {
    if (f->exact) w.field(k, f->exact->to_fraction());
    else w.key(k).null();
  }
  w.end_object().key("display").begin_object();
  for (auto& [k, f] : fs) {
    if (f->exact) w.field(k, f->text);
    else w.key(k).null();
  }
  w.end_object();
}

void when(Writer& w, const report::TrendRound& r) {
  if (r.year) w.field("year", r.year);
  else w.key("year").null();
  if (r.months) w.field("months", r.months);
  else w.key("months").null();
}

void money(Writer& w, const report::TrendRound& r, const report::TrendMoney& t) {
  w.begin_object();
  when(w, r);
  w.field("reported", t.reported).field("status", t.status);
  figures(w, {{"budget", &t.budget}, {"disbursed", &t.disbursed}, {"remaining", &t.remaining}, {"rate", &t.rate}});
  w.end_object();
}

}  // namespace

void trend_json(const report::TrendModel& m, Sink& o) {
  Writer w([&](std::string_view piece) { o += piece; });
  w.begin_object(json::lines(2, 0));
  w.field("title", m.title).field("plan", m.plan_title).field("agency", m.agency).field("years", m.years);
  w.field("lang", m.lang).field("digits", m.thai_digits ? "thai" : "arabic");
  w.key("strategies").begin_array(json::lines(4, 2));
  for (auto& s : m.strategies) w.begin_object().field("id", s.id).field("title", s.title).end_object();
  w.end_array();
  w.key("rounds").begin_array(json::lines(4, 2));
  for (auto& r : m.rounds) {
    w.begin_object();
    when(w, r);
    w.field("file", r.file).field("label", r.label);
    figures(w, {{"score", &r.score}, {"percent", &r.percent}});
    w.key("strategies").begin_array();
    for (std::size_t i = 0; i < r.strategies.size() && i < m.strategies.size(); ++i) {
      w.begin_object().field("id", m.strategies[i].id);
      figures(w, {{"score", &r.strategies[i]}});
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("indicators").begin_array(json::lines(4, 2));
  for (auto& t : m.indicators) {
    w.begin_object(json::lines(6, 4)).field("id", t.id).field("title", t.title).field("unit", t.unit);
    w.field("sub", t.sub).field("target", t.target).field("compound", t.compound).field("by_year", t.by_year);
    w.key("rounds").begin_array(json::lines(8, 6));
    for (std::size_t k = 0; k < t.rounds.size() && k < m.rounds.size(); ++k) {
      const report::TrendCell& c = t.rounds[k];
      w.begin_object();
      when(w, m.rounds[k]);
      w.field("status", c.status).field("status_text", c.status_text).field("result", c.result);
      figures(w, {{"value", &c.value}, {"target", &c.target}, {"percent", &c.percent}, {"score", &c.score}});
      w.field("below", c.below).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("projects").begin_array(json::lines(4, 2));
  for (auto& p : m.projects) {
    w.begin_object(json::lines(6, 4)).field("strategy", p.strategy).field("indicator", p.indicator);
    w.field("name", p.name).field("title", p.title);
    w.key("rounds").begin_array(json::lines(8, 6));
    for (std::size_t k = 0; k < p.rounds.size() && k < m.rounds.size(); ++k) money(w, m.rounds[k], p.rounds[k]);
    w.end_array().end_object();
  }
  w.end_array();
  w.key("budgets").begin_array(json::lines(4, 2));
  for (auto& b : m.budgets) {
    w.begin_object(json::lines(6, 4)).field("strategy", b.id).field("title", b.title);
    w.key("rounds").begin_array(json::lines(8, 6));
    for (std::size_t k = 0; k < b.rounds.size() && k < m.rounds.size(); ++k) money(w, m.rounds[k], b.rounds[k]);
    w.end_array().end_object();
  }
  w.end_array();
  w.end_object().text("\n");
}

// One record a line, its kind first: a round's overall score, a strategy's
// score in a round, an indicator in a round, a project in a round, a
// strategy's budget totals in a round.
void trend_csv(const report::TrendModel& m, Sink& o) {
  o += "record,year,months,file,strategy,id,title,result,target,percent,score,status,budget,disbursed,remaining,rate\n";
  auto line = [&](std::string_view record, const report::TrendRound& r, std::initializer_list<std::string> rest) {
    std::string s = fmt::format("{},{},{},{}", record, r.year_text, r.months_text, csv_field(r.file));
    for (auto& f : rest) s += "," + csv_field(f);
    o += s + "\n";
  };
  for (auto& r : m.rounds) {
    line("round", r, {"", "", "", "", "", r.percent.text, r.score.text, "", "", "", "", ""});
    for (std::size_t i = 0; i < r.strategies.size() && i < m.strategies.size(); ++i)
      line("strategy", r, {m.strategies[i].id, m.strategies[i].id, m.strategies[i].title, "", "", "",
                           r.strategies[i].text, "", "", "", "", ""});
  }
  for (auto& t : m.indicators)
    for (std::size_t k = 0; k < t.rounds.size() && k < m.rounds.size(); ++k) {
      const report::TrendCell& c = t.rounds[k];
      std::string strategy = t.id.substr(0, t.id.find('.'));
      line("indicator", m.rounds[k], {strategy, t.id, t.title, c.result, c.target.text, c.percent.text, c.score.text,
                                      c.status_text.empty() ? c.status : c.status_text, "", "", "", ""});
    }
  auto money = [&](std::string_view record, const report::TrendRound& r, const std::string& strategy,
                   const std::string& id, const std::string& title, const report::TrendMoney& t) {
    line(record, r, {strategy, id, title, "", "", "", "", t.status, t.budget.text, t.disbursed.text, t.remaining.text,
                     t.rate.text});
  };
  for (auto& p : m.projects)
    for (std::size_t k = 0; k < p.rounds.size() && k < m.rounds.size(); ++k)
      money("project", m.rounds[k], p.strategy, p.indicator, p.title, p.rounds[k]);
  for (auto& b : m.budgets)
    for (std::size_t k = 0; k < b.rounds.size() && k < m.rounds.size(); ++k)
      money("budget", m.rounds[k], b.id, b.id, b.title, b.rounds[k]);
}

}  // namespace planc::emit
