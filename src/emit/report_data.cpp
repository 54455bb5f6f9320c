// The report model as JSON (`render --format json`) and Part 2 as CSV.
#include <fmt/format.h>

#include "emit/report.hpp"
#include "emit/strategies.hpp"
#include "support/diagnostics.hpp"

namespace planc::emit {
namespace {

std::string q(const std::string& s) { return "\"" + json_escape(s) + "\""; }

std::string list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + q(v[i]);
  return out + "]";
}

std::string paras(const std::vector<report::Paragraphs>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + list(v[i]);
  return out + "]";
}

std::string findings(const std::vector<report::Finding>& fs) {
  std::string out = "[";
  for (std::size_t i = 0; i < fs.size(); ++i) {
    auto& f = fs[i];
    out += fmt::format("{}{{\"code\": {}, \"severity\": {}, \"message\": {}, \"notes\": {}, \"hint\": {}}}", i ? ", " : "",
                       q(f.code), q(f.severity), q(f.message), list(f.notes), q(f.hint));
  }
  return out + "]";
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

void report_json(const report::Model& m, Sink& o) {
  o += "{\n";
  o += fmt::format("  \"title\": {},\n  \"plan\": {},\n  \"agency\": {},\n  \"by\": {},\n  \"round\": {},\n  \"date\": {},\n",
                   q(m.title), q(m.plan_title), q(m.agency), q(m.by), q(m.round), q(m.date));
  o += fmt::format("  \"lang\": {},\n  \"digits\": {},\n", q(m.lang), q(m.thai_digits ? "thai" : "arabic"));
  o += fmt::format("  \"score\": {},\n  \"percent\": {},\n  \"published\": {{\"score\": {}, \"percent\": {}}},\n",
                   q(m.score), q(m.percent), q(m.published_score), q(m.published_percent));
  o += fmt::format("  \"counts\": {{\"scored\": {}, \"na\": {}, \"unweighted\": {}, \"total\": {}}},\n", m.scored, m.na,
                   m.unweighted, m.total);
  o += fmt::format("  \"preface\": {},\n  \"introduction\": {},\n  \"objectives\": {},\n  \"method\": {},\n",
                   list(m.preface), list(m.introduction), list(m.objectives), list(m.method));
  o += "  \"strategies\": [\n";
  std::size_t si = 0;
  each_strategy<std::string>(m, report::Model::Content::All, [&](const report::Strategy& s) {
    std::string text;
    text += fmt::format("    {{\"id\": {}, \"title\": {}, \"mission\": {}, \"goals\": {}, \"weight_sum\": {}, "
                     "\"weighted_sum\": {}, \"score\": {}, \"percent\": {}, \"published_score\": {}, \"findings\": {},\n",
                     q(s.id), q(s.title), q(s.mission), list(s.goals), q(s.weight_sum), q(s.weighted_sum), q(s.score),
                     q(s.percent), q(s.published_score), findings(s.findings));
    text += "     \"rows\": [\n";
    for (std::size_t ri = 0; ri < s.rows.size(); ++ri) {
      auto& r = s.rows[ri];
      std::string projects = "[";
      for (std::size_t k = 0; k < r.projects.size(); ++k) {
        auto& p = r.projects[k];
        projects += fmt::format("{}{{\"title\": {}, \"budget\": {}, \"disbursed\": {}, \"remaining\": {}, \"status\": {}, "
                                "\"note\": {}}}",
                                k ? ", " : "", q(p.title), q(p.budget), q(p.disbursed), q(p.remaining), q(p.status), q(p.note));
      }
      projects += "]";
      text += fmt::format("      {{\"id\": {}, \"number\": {}, \"sub\": {}, \"title\": {}, \"unit\": {}, \"target\": {}, "
                       "\"result\": {}, \"na\": {}, \"na_reason\": {}, \"account\": {}, \"offices\": {}, \"projects\": {}, "
                       "\"notes\": {}, \"weight\": {}, \"percent\": {}, \"band\": {}, \"score\": {}, \"weighted\": {}, "
                       "\"status\": {}, \"steps\": {}, \"findings\": {}}}{}\n",
                       q(r.id), q(r.number), r.sub ? "true" : "false", q(r.title), q(r.unit), q(r.target), q(r.result),
                       r.na ? "true" : "false", q(r.na_reason), list(r.account), list(r.offices), projects, list(r.notes),
                       q(r.weight), q(r.percent), r.band, q(r.score), q(r.weighted), q(r.status), list(r.steps),
                       findings(r.findings), ri + 1 < s.rows.size() ? "," : "");
    }
    text += "     ]}";
    return text;
  }, [&](const std::string& text) {
    o += text;
    o += ++si < m.strategies.size() ? ",\n" : "\n";
  });
  o += "  ],\n";
  o += fmt::format("  \"recommendations\": {},\n  \"findings\": {}\n}}\n", paras(m.recommendations), findings(m.findings));
}

void csv(const report::Model& m, Sink& o) {
  o += "strategy,id,indicator,unit,target,result,weight,percent,score,weighted,status\n";
  each_strategy<std::string>(m, report::Model::Content::All, [&](const report::Strategy& s) {
    std::string text;
    for (auto& r : s.rows)
      text += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(s.id), csv_field(r.id), csv_field(r.title),
                       csv_field(r.unit), csv_field(r.target), csv_field(r.result), csv_field(r.weight),
                       csv_field(r.percent), csv_field(r.score), csv_field(r.weighted), csv_field(r.status));
    text += fmt::format("{},{},{},,,,{},,{},{},total\n", csv_field(s.id), csv_field(s.id), csv_field(s.title),
                     csv_field(s.weight_sum), csv_field(s.score), csv_field(s.weighted_sum));
    return text;
  }, [&](const std::string& text) { o += text; });
}

std::string report_json(const report::Model& m) {
  return collect([&](Sink& out) { report_json(m, out); });
}

std::string csv(const report::Model& m) {
  return collect([&](Sink& out) { csv(m, out); });
}

}  // namespace planc::emit
