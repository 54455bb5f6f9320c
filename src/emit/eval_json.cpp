#include "emit/eval_json.hpp"

#include <fmt/format.h>

#include "support/diagnostics.hpp"

namespace planc::emit {

std::string number_json(const std::optional<Rational>& r) {
  if (!r) return "null";
  return r->to_decimal(6, 12);
}

namespace {

std::string disp(const std::optional<Rational>& r, int places) {
  if (!r) return "null";
  return "\"" + r->to_fixed(places) + "\"";
}

std::string exact(const std::optional<Rational>& r) {
  if (!r) return "null";
  return "\"" + r->to_fraction() + "\"";
}

void node(std::string& out, const eval::Node& n, int places, int depth) {
  std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  out += pad + "{\n";
  auto field = [&](const char* k, const std::string& v, bool last = false) {
    out += fmt::format("{}  \"{}\": {}{}\n", pad, k, v, last ? "" : ",");
  };
  field("id", "\"" + json_escape(n.id) + "\"");
  field("kind", fmt::format("\"{}\"", n.kind));
  field("title", "\"" + json_escape(n.title) + "\"");
  field("status", fmt::format("\"{}\"", eval::to_string(n.status)));
  if (!n.na_reason.empty()) field("na_reason", "\"" + json_escape(n.na_reason) + "\"");
  field("value", number_json(n.value));
  field("target", number_json(n.target));
  field("weight", number_json(n.weight));
  field("percent", number_json(n.percent));
  field("score", number_json(n.score));
  field("weighted", number_json(n.weighted));
  if (n.kind == "strategy") {
    field("weight_sum", number_json(n.weight_sum));
    field("weighted_sum", number_json(n.weighted_sum));
  }
  field("exact", fmt::format("{{\"weight\": {}, \"percent\": {}, \"score\": {}, \"weighted\": {}}}", exact(n.weight),
                             exact(n.percent), exact(n.score), exact(n.weighted)));
  field("display", fmt::format("{{\"weight\": {}, \"percent\": {}, \"score\": {}, \"weighted\": {}}}",
                               disp(n.weight, places), disp(n.percent, places), disp(n.score, places),
                               disp(n.weighted, places)));
  if (n.children.empty()) {
    field("children", "[]", true);
  } else {
    out += pad + "  \"children\": [\n";
    for (std::size_t i = 0; i < n.children.size(); ++i) {
      node(out, n.children[i], places, depth + 2);
      if (i + 1 < n.children.size()) out.insert(out.size() - 1, ",");
    }
    out += pad + "  ]\n";
  }
  out += pad + "}\n";
}

}  // namespace

std::string eval_json(const eval::ScoredPlan& r, const std::string& diagnostics_json) {
  std::string out = "{\n";
  const auto& m = *r.model;
  out += fmt::format("  \"title\": \"{}\",\n", json_escape(r.title));
  out += fmt::format("  \"round\": {},\n", m.round ? "\"" + json_escape(m.round->name.value) + "\"" : "null");
  out += fmt::format("  \"rounding\": {{\"mode\": \"{}\", \"places\": {}}},\n",
                     m.rounding.mode == ast::Rounding::Mode::Rows ? "rows" : "none", r.places);
  out += fmt::format("  \"score\": {},\n", number_json(r.score));
  out += fmt::format("  \"percent\": {},\n", number_json(r.percent));
  out += fmt::format("  \"exact\": {{\"score\": {}, \"percent\": {}}},\n", exact(r.score), exact(r.percent));
  out += fmt::format("  \"display\": {{\"score\": {}, \"percent\": {}}},\n", disp(r.score, r.places),
                     disp(r.percent, r.places));
  out += "  \"children\": [\n";
  for (std::size_t i = 0; i < r.strategies.size(); ++i) {
    node(out, r.strategies[i], r.places, 2);
    if (i + 1 < r.strategies.size()) out.insert(out.size() - 1, ",");
  }
  out += "  ],\n";
  out += "  \"diagnostics\": " + diagnostics_json + "\n}\n";
  return out;
}

}  // namespace planc::emit
