#include "emit/eval_json.hpp"

#include "support/json_writer.hpp"

namespace planc::emit {

std::string number_json(const std::optional<Rational>& r) {
  if (!r) return "null";
  return r->to_decimal(6, 12);
}

namespace {

using json::Writer;

void exact(Writer& w, const std::optional<Rational>& r) {
  if (r) w.value(r->to_fraction());
  else w.null();
}

void display(Writer& w, const std::optional<Rational>& r, int places) {
  if (r) w.value(r->to_fixed(places));
  else w.null();
}

// A node `depth` levels of two spaces in: a key a line, `exact` and
// `display` on one line each, its children a line each (`[]` when none).
void node(Writer& w, const eval::Node& n, int places, int depth) {
  auto num = [&](const char* k, const std::optional<Rational>& r) { w.key(k).raw(number_json(r)); };
  w.begin_object(json::lines(2 * depth + 2, 2 * depth));
  w.field("id", n.id).field("kind", n.kind).field("title", n.title).field("status", eval::to_string(n.status));
  if (!n.na_reason.empty()) w.field("na_reason", n.na_reason);
  num("value", n.value);
  num("target", n.target);
  num("weight", n.weight);
  num("percent", n.percent);
  num("score", n.score);
  num("weighted", n.weighted);
  if (n.kind == "strategy") {
    num("weight_sum", n.weight_sum);
    num("weighted_sum", n.weighted_sum);
  }
  w.key("exact").begin_object();
  exact(w.key("weight"), n.weight);
  exact(w.key("percent"), n.percent);
  exact(w.key("score"), n.score);
  exact(w.key("weighted"), n.weighted);
  w.end_object();
  w.key("display").begin_object();
  display(w.key("weight"), n.weight, places);
  display(w.key("percent"), n.percent, places);
  display(w.key("score"), n.score, places);
  display(w.key("weighted"), n.weighted, places);
  w.end_object();
  w.key("children").begin_array(json::lines(2 * depth + 4, 2 * depth + 2));
  for (const eval::Node& c : n.children) node(w, c, places, depth + 2);
  w.end_array().end_object();
}

}  // namespace

std::string eval_json(const eval::ScoredPlan& r, const std::string& diagnostics_json) {
  std::string out;
  Writer w(out);
  const auto& m = *r.model;
  w.begin_object(json::lines(2, 0)).field("title", r.title);
  if (m.round) w.field("round", m.round->name.value);
  else w.key("round").null();
  w.key("rounding").begin_object();
  w.field("mode", m.rounding.mode == ast::Rounding::Mode::Rows ? "rows" : "none").field("places", r.places);
  w.end_object();
  w.key("score").raw(number_json(r.score));
  w.key("percent").raw(number_json(r.percent));
  w.key("exact").begin_object();
  exact(w.key("score"), r.score);
  exact(w.key("percent"), r.percent);
  w.end_object();
  w.key("display").begin_object();
  display(w.key("score"), r.score, r.places);
  display(w.key("percent"), r.percent, r.places);
  w.end_object();
  w.key("children").begin_array(json::lines(4, 2, true));
  for (const eval::Node& s : r.strategies) node(w, s, r.places, 2);
  w.end_array();
  w.key("diagnostics").raw(diagnostics_json);
  w.end_object().text("\n");
  return out;
}

}  // namespace planc::emit
