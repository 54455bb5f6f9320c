#include "eval/evaluator.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <fmt/format.h>

#include "eval/scale.hpp"
#include "support/runs.hpp"

namespace planc::eval {

const char* to_string(Status s) {
  switch (s) {
    case Status::Scored: return "scored";
    case Status::Na: return "na";
    case Status::Unweighted: return "unweighted";
    case Status::Missing: return "missing";
    case Status::Error: return "error";
  }
  return "error";
}

namespace {

std::string d(const Rational& r) { return r.to_decimal(0, 6); }
// A scale's title as declared ("เกณฑ์ ๕ ระดับ ร้อยละ ๖๐-๑๐๐ (เทียบสัดส่วน)"), or "": the Thai steps name it so.
std::string title_of(const ast::ScaleDecl& s) { return s.title ? std::string(s.title->value) : std::string(); }

class Evaluator {
 public:
  Evaluator(const check::PlanModel& m, Diagnostics& diags, const Options& o)
      : m_(m), d_(diags), o_(o) {
    if (m.round && m.round->months) months_ = static_cast<int>(m.round->months->value.to_int64().value_or(12));
    rows_ = m.rounding.mode == ast::Rounding::Mode::Rows;
    places_ = m.rounding.places;
    every_row_ = m.header && m.header->overall_rows();
    for (const auto& [name, sc] : m.scales) prepared_.emplace_back(*sc);
    for (const check::AdjustmentModel& a : m.adjustments)
      if (a.row) adjusted_.emplace(a.row, &a);
  }

  ScoredPlan run() {
    ScoredPlan r;
    r.model = &m_;
    r.places = places_;
    r.rows = o_.keep_rows;
    r.explained = o_.explain;
    r.title = m_.header->title.value;
    // Runs of strategies on the threads (support/runs.hpp), each with its
    // own evaluator and diagnostics, joined in the order of the strategies.
    const auto& ss = m_.strategies;
    StrategyRuns runs(ss.size(), o_.threads, o_.parallel_min_indicators,
                      [&](std::size_t k) { return ss[k].indicators.size(); });
    if (!runs.parallel()) {
      score(r, 0, ss.size(), r.strategies);
    } else {
      std::vector<std::vector<Node>> nodes(runs.size());
      runs.each(d_, [&](std::size_t k, std::size_t from, std::size_t to, Diagnostics& d) {
        Evaluator(m_, d, o_).score(r, from, to, nodes[k]);
      });
      r.strategies.reserve(ss.size());
      for (auto& run : nodes) std::move(run.begin(), run.end(), std::back_inserter(r.strategies));
    }
    overall(r);
    return r;
  }

  Node strategy(std::size_t k) { return strategy(m_.strategies[k]); }

 private:
  const check::PlanModel& m_;
  Diagnostics& d_;
  const Options& o_;  // o_.explain: record the steps of each figure (planc explain, reports)
  std::optional<int> months_;
  bool rows_ = false;
  int places_ = 2;
  bool every_row_ = false;  // `overall rows`: each strategy keeps Σ SM of its rows; a row without weight counts once
  std::vector<PreparedScale> prepared_;  // the plan's scales (a handful), sorted once
  std::optional<Rational> full_marks_;   // `weights points`: the plan's full marks, once the overall is scored
  // The round's adjustments of rows (`deduct 1.2 0.2 "..."`): few, usually none.
  std::unordered_multimap<const check::IndicatorModel*, const check::AdjustmentModel*> adjusted_;

  ScaleStep scale_score(const ast::ScaleDecl& sc, const Rational& x) const {
    for (const PreparedScale& p : prepared_)
      if (&p.decl() == &sc) return apply_scale(p, x, o_.explain);
    return apply_scale(sc, x, o_.explain);
  }

  // Scores strategies [from, to) into `out`. `r` is the report being made:
  // only its settings are read (it is shared by the threads).
  void score(const ScoredPlan& r, std::size_t from, std::size_t to, std::vector<Node>& out) {
    out.reserve(to - from);
    for (std::size_t k = from; k < to; ++k) {
      out.push_back(strategy(m_.strategies[k]));
      if (o_.strategy_done) o_.strategy_done(r, out.back(), d_);
      if (!o_.keep_rows) std::vector<Node>().swap(out.back().children);
    }
  }

  Rational policy(const Rational& x) { return rows_ ? x.round(places_) : x; }

  // A weight as the fraction it stands for: `weights percent` writes 30 for 0.3.
  Rational weight_of(const ast::Number& w) const {
    return m_.header->weights_percent ? w.value / Rational(100) : w.value;
  }

  // Records one step of how a figure was computed, when steps are asked for
  // (Options::explain): its kind and its figures (eval/step.hpp), which
  // `figures` writes out, so that they are not even formatted otherwise.
  using Args = std::vector<std::string>;
  template <typename F>
  Step* step(std::vector<Step>& steps, StepKind kind, Span at, F&& figures) {
    if (!o_.explain) return nullptr;
    return &steps.emplace_back(Step{kind, Args(figures()), at, {}});
  }
  Step* step(std::vector<Step>& steps, StepKind kind, Span at = {}) {
    return step(steps, kind, at, [] { return Args{}; });
  }

  Node strategy(const check::StrategyModel& s) {
    Node n;
    n.children.reserve(s.indicators.size());
    n.id = s.id;
    n.kind = "strategy";
    n.title = s.ast->title.value;
    n.span = s.ast->span;
    n.strategy = &s;
    if (s.ast->weight) n.weight = weight_of(*s.ast->weight);
    for (auto& i : s.indicators) indicator(i, n.children.emplace_back());
    for (const Node& c : n.children) {
      ++n.rows_by_status[static_cast<std::size_t>(c.status)];
      if (c.status == Status::Error && c.indicator && weighs(*c.indicator) && !n.errors_in_sums++)
        n.first_error_in_sums = c.id;
      for (const Node& sub : c.children) {
        ++n.rows_by_status[static_cast<std::size_t>(sub.status)];
        if (c.status == Status::Na && sub.status == Status::Missing) ++n.missing_under_na;
        if (sub.status == Status::Error && sub.indicator && weighs(*sub.indicator) && c.indicator &&
            weighs(*c.indicator) && !n.errors_in_sums++)
          n.first_error_in_sums = sub.id;
      }
    }
    Weighted w;
    try {
      w = weighted(n.children);
    } catch (const std::exception&) {
      d_.report(msg::StrategyInexact, s.ast->number.span, s.id);
      n.status = Status::Error;
      return n;
    }
    if (w.rows == 0 || w.sw.is_zero()) {
      n.status = Status::Na;
      n.na_kind = NaKind::NothingScored;
      n.na_reason = "no weighted indicator has a result in this round";
      step(n.steps, StepKind::StrategyNa, s.ast->number.span);
      return n;
    }
    n.weight_sum = w.sw;
    n.weighted_sum = w.swsm;
    n.score_sum = w.ssm;
    n.rows_scored = w.once;
    if (m_.header->weights_points) {  // category points: the strategy's points are its rows' sum
      points(s, n, w);
      return n;
    }
    n.once = every_row_ && w.unweighted;
    try {
      n.score = policy(w.swsm / w.sw);
      n.status = Status::Scored;
      if (n.once) {  // a QA table: each indicator once, the score their mean (no weights to speak of)
        step(n.steps, StepKind::StrategyOnce, s.ast->number.span, [&] {
          return Args{w.plain, std::to_string(w.rows), d(*n.score), rows_ ? "rounded" : ""};
        });
      } else {
        step(n.steps, StepKind::SumWeighted, s.ast->number.span, [&] { return Args{w.terms, d(w.swsm)}; });
        step(n.steps, StepKind::SumWeights, {}, [&] { return Args{d(w.sw), std::to_string(w.rows)}; });
        // The plan's weights sum to 1 with the NA rows; in the round they drop out.
        if (o_.explain) {
          Step out{StepKind::DroppedOut, {d(w.sw)}, {}, {}};
          for (const Node& c : n.children)
            if (c.status == Status::Na && c.indicator && c.indicator->weight && !c.indicator->weight->value.is_zero())
              out.parts.push_back({StepKind::DroppedRow,
                                   {c.id, d(c.indicator->weight->value),
                                    c.na_kind == NaKind::Cancelled    ? "cancelled"
                                    : c.na_kind == NaKind::NotStarted ? "not started"
                                                                      : "NA"},
                                   {},
                                   {}});
          if (!out.parts.empty()) n.steps.push_back(std::move(out));
        }
        step(n.steps, StepKind::StrategyScore, {},
             [&] { return Args{d(w.swsm), d(w.sw), d(*n.score), rows_ ? "rounded" : ""}; });
      }
      if (s.scale && m_.header->has_column("percent")) {
        if (auto p = invert_scale(*s.scale, *n.score)) {
          n.percent = policy(*p);
          step(n.steps, StepKind::AsPercent, {},
               [&] { return Args{d(*n.score), std::string(s.scale->name.value), d(*n.percent), title_of(*s.scale)}; });
        }
      }
      // Its contribution to the overall score, W × its score, when strategies weigh.
      if (n.weight && m_.header->strategies_weigh()) {
        n.weighted = policy(*n.weight * *n.score);
        step(n.steps, StepKind::StrategyWeighted, s.ast->weight->span,
             [&] { return Args{d(*n.weight), d(*n.score), d(*n.weighted)}; });
      }
    } catch (const std::exception&) {
      d_.report(msg::StrategyInexact, s.ast->number.span, s.id);
      n.status = Status::Error;
    }
    return n;
  }


  // Σ W and Σ (W × SM) over the rows scored with a weight (a strategy's
  // indicators, an indicator's sub-indicators), and the terms when explaining.
  // Each an exact RationalSum (num/rational.hpp).
  struct Weighted {
    Rational sw, swsm, ssm;  // Σ W, Σ (W × SM), Σ SM (`overall rows`: of the rows of weight > 0)
    std::size_t once = 0;    // `overall rows`: those rows
    bool unweighted = true;  // no scored row has a weight of its own (`overall rows` gives each 1)
    std::string terms, plain;  // "1×5 + 1×4"; "5 + 4" (each once)
    int rows = 0;
  };
  Weighted weighted(const std::vector<Node>& rows) const {
    RationalSum sw, swsm, ssm;
    Weighted w;
    for (const Node& c : rows) {
      if (c.status != Status::Scored || !c.weight || !c.weighted) continue;
      sw.add(*c.weight);
      swsm.add(*c.weighted);
      // `overall rows`: each row that weighs counts once in the plan's mean.
      if (every_row_ && c.score && !c.weight->is_zero()) {
        ssm.add(*c.score);
        ++w.once;
      }
      ++w.rows;
      if (!c.indicator || c.indicator->weight) w.unweighted = false;
      if (o_.explain) {
        w.terms += fmt::format("{}{}×{}", w.terms.empty() ? "" : " + ", d(*c.weight), d(*c.score));
        w.plain += fmt::format("{}{}", w.plain.empty() ? "" : " + ", d(*c.score));
      }
    }
    w.sw = sw.value();
    w.swsm = swsm.value();
    w.ssm = ssm.value();
    return w;
  }

  // `weights points`: a strategy's figure is the points its rows earned, out
  // of their full marks; as a percent, the share of the full marks earned.
  void points(const check::StrategyModel& s, Node& n, const Weighted& w) {
    n.score = w.swsm;
    n.status = Status::Scored;
    step(n.steps, StepKind::Points, s.ast->number.span, [&] { return Args{w.terms, d(w.swsm), d(w.sw)}; });
    if (m_.header->has_column("percent")) {
      n.percent = policy(w.swsm / w.sw * Rational(100));
      step(n.steps, StepKind::PointsPercent, {}, [&] { return Args{d(w.swsm), d(w.sw), d(*n.percent)}; });
    }
  }

  // Scores an indicator into n, a new row already in its parent's list
  // (filled in place: docs/performance.md, "Micro-architecture notes").
  void indicator(const check::IndicatorModel& im, Node& n) {
    n.id = im.id;
    n.kind = im.is_sub ? "sub-indicator" : "indicator";
    n.title = im.ast->title.value;
    n.span = im.ast->span;
    n.indicator = &im;
    n.children.reserve(im.subs.size());
    for (auto& sub : im.subs) indicator(sub, n.children.emplace_back());
    const ast::Result* r = im.result;
    bool weighted_subs = std::any_of(im.subs.begin(), im.subs.end(), [](auto& x) { return x.weight != nullptr; });
    bool active = check::standing(*im.ast, months_) == check::Standing::Active;
    if (active && weighted_subs && (!r || (r->values.empty() && !r->na))) {
      roll_up(im, n);
      return;
    }
    // Cancelled in the plan, or not started yet: NA, with no weight.
    if (auto st = check::standing(*im.ast, months_); st != check::Standing::Active) {
      n.status = Status::Na;
      const ast::Schedule& sc = *im.ast->schedule;
      if (st == check::Standing::Cancelled) {
        n.na_kind = NaKind::Cancelled;
        n.na_reason = sc.cancelled->value;
        step(n.steps, StepKind::Cancelled, sc.cancelled->span, [&] { return Args{std::string(sc.cancelled->value)}; });
      } else {
        n.na_kind = NaKind::NotStarted;
        step(n.steps, StepKind::NotStarted, sc.starts->span, [&] { return Args{d(sc.starts->value)}; });
      }
      return;
    }
    if (!r) {
      n.status = Status::Missing;
      step(n.steps, StepKind::NoResult, im.ast->number.span);
      return;
    }
    if (r->na) {
      n.status = Status::Na;
      n.na_kind = r->cancelled ? NaKind::Cancelled : NaKind::Na;
      n.na_reason = r->na->value;
      step(n.steps, r->cancelled ? StepKind::ResultCancelled : StepKind::ResultNa, r->na->span,
           [&] { return Args{std::string(r->na->value)}; });
      if (im.weight)
        step(n.steps, r->cancelled ? StepKind::CancelledNoWeight : StepKind::NaNoWeight, im.weight->span);
      return;
    }
    if (r->values.empty() && !r->published_mean()) {
      n.status = Status::Error;
      return;
    }
    try {
      compute(im, *r, n);
    } catch (const std::exception&) {
      d_.report(msg::IndicatorInexact, r->id.span, im.id);
      n.status = Status::Error;
    }
  }

  // An indicator whose sub-indicators carry weights: its score is their
  // weighted mean, Σ(w × SM) ÷ Σ w over the sub-indicators scored this round.
  void roll_up(const check::IndicatorModel& im, Node& n) {
    Weighted w = weighted(n.children);
    if (w.sw.is_zero()) {
      n.status = Status::Na;
      n.na_kind = NaKind::NothingScored;
      n.na_reason = "no weighted sub-indicator has a result in this round";
      step(n.steps, StepKind::RollUpNa, im.ast->number.span);
      return;
    }
    n.score = policy(w.swsm / w.sw);
    step(n.steps, StepKind::SubIndicators, im.ast->number.span, [&] { return Args{w.terms, d(w.sw), d(*n.score)}; });
    if (im.scale && m_.header->has_column("percent"))
      if (auto p = invert_scale(*im.scale, *n.score)) n.percent = policy(*p);
    weigh(im, n);
  }

  // Whether a row scored would enter its strategy's (or its indicator's) sums,
  // as weigh() gives it a weight: a non-zero one, or once under `overall rows`.
  bool weighs(const check::IndicatorModel& im) const {
    return im.weight ? !im.weight->value.is_zero() : !im.is_sub && every_row_;
  }

  void weigh(const check::IndicatorModel& im, Node& n) {
    if (!adjusted_.empty()) adjust(im, n);
    if (!im.weight && !im.is_sub && every_row_) {
      // `overall rows` (a QA summary): an indicator without a weight counts
      // once, in its strategy's mean as in the overall. (A strategy that
      // weighs some of its rows and not others is E113's.)
      n.weight = Rational(1);
      n.weighted = n.score;
      n.status = Status::Scored;
      step(n.steps, StepKind::WeightOnce);
      return;
    }
    if (!im.weight) {
      n.status = Status::Unweighted;
      step(n.steps, im.is_sub ? StepKind::SubUnweighted : StepKind::NoWeight);
      return;
    }
    n.weight = weight_of(*im.weight);
    n.weighted = policy(*n.weight * *n.score);
    n.status = Status::Scored;
    step(n.steps, im.result && im.result->weight ? StepKind::WeightOfRound : StepKind::Weight, im.weight->span, [&] {
      // Under `weights percent`, 60 is the fraction 0.6 that W × SM uses.
      return m_.header->weights_percent ? Args{std::string(im.weight->raw()), d(*n.weight)}
                                        : Args{std::string(im.weight->raw())};
    });
    step(n.steps, StepKind::Weighted, {}, [&] { return Args{d(*n.weight), d(*n.score), d(*n.weighted)}; });
  }

  // The round's adjustments of this row's score, each a step with its reason;
  // a score is not taken below 0.
  void adjust(const check::IndicatorModel& im, Node& n) {
    auto [from, to] = adjusted_.equal_range(&im);
    if (from == to) return;
    std::vector<const check::AdjustmentModel*> as;
    for (auto it = from; it != to; ++it) as.push_back(it->second);
    std::sort(as.begin(), as.end(), [](auto* a, auto* b) { return a->ast->span.begin < b->ast->span.begin; });
    n.scaled = n.score;
    for (const check::AdjustmentModel* a : as) n.score = adjusted(*n.score, *a->ast, n.steps);
  }

  Rational adjusted(const Rational& score, const ast::Adjustment& a, std::vector<Step>& steps) {
    Rational out = a.deduct ? score - a.amount.value : score + a.amount.value;
    bool floored = out.sign() < 0;
    if (floored) out = Rational(0);
    out = policy(out);
    steps.push_back({a.deduct ? StepKind::Deducted : StepKind::Added,
                     {d(score), d(a.amount.value), d(out), floored ? "floored" : "", std::string(a.reason.value)},
                     a.span,
                     {}});
    return out;
  }

  void compute(const check::IndicatorModel& im, const ast::Result& r, Node& n) {
    // 1. the result (several per-project values are aggregated first)
    ast::Aggregate agg = r.aggregate.value_or(im.ast->aggregate.value_or(ast::Aggregate::Mean));
    if (r.values.empty()) {  // published as a sum and a count: the mean of the inputs
      const ast::Reported& rep = *r.reported;
      Rational v = rep.sum->value / rep.count->value;
      n.value = v;
      step(n.steps, StepKind::ResultSumCount, rep.sum->span,
           [&] { return Args{std::string(rep.sum->raw()), std::string(rep.count->raw()), d(v)}; });
      scored(im, r, v, n);
      return;
    }
    Rational v = r.values[0].value;
    std::string raw;
    for (std::size_t i = 0; o_.explain && i < r.values.size(); ++i) {
      if (i) raw += ", ";
      raw += r.values[i].raw();
    }
    if (r.values.size() > 1) {
      Rational acc = r.values[0].value;
      for (std::size_t i = 1; i < r.values.size(); ++i) {
        const Rational& x = r.values[i].value;
        switch (agg) {
          case ast::Aggregate::Mean:
          case ast::Aggregate::Sum: acc += x; break;
          case ast::Aggregate::Min: acc = std::min(acc, x); break;
          case ast::Aggregate::Max: acc = std::max(acc, x); break;
        }
      }
      if (agg == ast::Aggregate::Mean) acc = acc / Rational(static_cast<std::int64_t>(r.values.size()));
      v = acc;
      step(n.steps, StepKind::ResultAggregate, r.values[0].span,
           [&] { return Args{std::string(ast::to_string(agg)), raw, d(v)}; });
    } else {
      step(n.steps, StepKind::Result, r.values[0].span, [&] { return Args{raw, d(v)}; });
    }
    n.value = v;
    scored(im, r, v, n);
  }

  // The row's x and score from its result's value v (steps 2 to 4).
  void scored(const check::IndicatorModel& im, const ast::Result& r, const Rational& v, Node& n) {
    ast::Basis basis = im.ast->basis.value_or(ast::Basis::Ratio);
    if (basis == ast::Basis::Given) {  // an assessor's score: no percent, no scale to read it through
      n.score = policy(v);
      step(n.steps, StepKind::Given, r.values.empty() ? r.span : r.values[0].span, [&] { return Args{d(v)}; });
      weigh(im, n);
      return;
    }
    const ast::ScaleDecl* sc = im.scale;
    if (sc && sc->points.empty()) {  // reported when the scale was declared (E023)
      n.status = Status::Error;
      return;
    }
    if (!sc) {
      auto& e = d_.report(msg::NoScaleFor, im.ast->number.span, im.id);
      e.help(txt::GiveADefaultScale);
      n.status = Status::Error;
      return;
    }
    // 2. x: the percent of target, or the value itself
    Rational x;
    bool of_value = sc->of == ast::ScaleDecl::Of::Value;
    if (sc->of == ast::ScaleDecl::Of::Level) {
      const ast::Target* lt = check::target_of(*im.ast, m_.year);  // this year's levels
      if (!lt || lt->kind != ast::Target::Kind::Levels || lt->parts.size() < 2) {  // E136, reported by the checker
        // ... but no target at all this year is said here, as for a target of a value.
        if (!lt && !im.ast->incomplete) d_.report(msg::NoNumericTarget, r.id.span, im.id).help(txt::GiveATarget);
        n.status = Status::Error;
        return;
      }
      x = level_reached(*lt, v);
      step(n.steps, StepKind::LevelReached, lt->span, [&] {
        std::string levels;
        for (auto& p : lt->parts) levels += (levels.empty() ? "" : ", ") + std::string(p.raw());
        // Where the result stands among the levels, for the words: short of
        // the first, at level k, between k and k + 1, or beyond the last.
        const auto count = static_cast<std::int64_t>(lt->parts.size());
        const std::int64_t k = x.floor().to_int64().value_or(0);
        const char* where = x < Rational(1) ? "short" : k >= count && x > Rational(count) ? "beyond"
                            : x == Rational(k)                                         ? "at"
                                                                                       : "between";
        return Args{d(v), levels, d(x), where, std::to_string(std::min(std::max<std::int64_t>(k, 1), count)),
                    std::to_string(count)};
      });
    } else if (of_value) {
      x = v;
      step(n.steps, StepKind::OfValue, sc->span, [&] { return Args{std::string(sc->name.value)}; });
    } else if (basis == ast::Basis::Direct) {
      x = policy(v);
      n.percent = x;
      // The result is the percent: reached when it meets its target's value.
      if (const ast::Target* t = check::target_of(*im.ast, m_.year))
        if (t->kind == ast::Target::Kind::Value || t->kind == ast::Target::Kind::Compound)
          if (std::optional<Rational> tv = check::target_for_round(*t, months_))
            n.met = t->cmp == ast::Comparator::AtLeast ? v >= *tv : t->cmp == ast::Comparator::AtMost ? v <= *tv
                                                                                                      : v == *tv;
      step(n.steps, StepKind::Direct, im.ast->basis ? im.ast->span : Span{}, [&] { return Args{d(x)}; });
    } else {
      const ast::Target* t = check::target_of(*im.ast, m_.year);  // this year's
      if (t && t->kind == ast::Target::Kind::Levels) {  // levels need a scale `of level`: E136, reported by the checker
        n.status = Status::Error;
        return;
      }
      std::optional<Rational> tv = t ? check::target_for_round(*t, months_) : std::nullopt;
      if (!tv) {
        // An indicator with an error of its own (a misspelt `target`, a
        // target that did not parse) has that error reported where it is:
        // "no target" would only repeat it, before its cause.
        if (!im.ast->incomplete) {
          auto& e = d_.report(msg::NoNumericTarget, r.id.span, im.id);
          if (t) e.note(t->span, txt::TheTarget);
          e.help(txt::GiveATarget);
        }
        n.status = Status::Error;
        return;
      }
      n.target = *tv;
      if (tv->is_zero()) {  // reported by the checker (E121)
        n.status = Status::Error;
        return;
      }
      bool lower = t->cmp == ast::Comparator::AtMost;
      // A compound target (`target 40/100`): the part of it for this round.
      auto part = [&](Step* st) {
        if (st && t->kind == ast::Target::Kind::Compound)
          st->parts.push_back({StepKind::Compound,
                               {std::string(t->parts.front().raw()), std::string(t->parts.back().raw()),
                                std::to_string(months_.value_or(12))},
                               {},
                               {}});
      };
      if (lower) {
        if (v.is_zero()) {
          // nothing at all of an at-most quantity: the best there is, the scale's top point
          x = ast::top_x(*sc).value_or(Rational(100));
          part(step(n.steps, StepKind::PercentAtMostZero, t->span, [&] { return Args{d(*tv)}; }));
        } else {
          x = policy(*tv / v * Rational(100));
          part(step(n.steps, StepKind::PercentAtMost, t->span, [&] { return Args{d(*tv), d(v), d(x)}; }));
        }
      } else {
        x = policy(v / *tv * Rational(100));
        part(step(n.steps, StepKind::Percent, t->span, [&] { return Args{d(v), d(*tv), d(x)}; }));
      }
      n.percent = x;
      n.met = x >= Rational(100);
    }
    // 3. the score through the scale
    ScaleStep st = scale_score(*sc, x);
    n.score = policy(st.score);
    if (Step* how = step(n.steps, StepKind::Score, sc->span, [&] {
          // Its title and whether its points are target levels, for the Thai words
          // (report/steps.cpp: "ค่าเป้าหมาย ๓ ระดับ …: อยู่ระหว่างระดับ ๒ … และระดับ ๓").
          return Args{std::string(sc->name.value), d(st.score), rows_ && *n.score != st.score ? d(*n.score) : "",
                      title_of(*sc),
                      sc->of == ast::ScaleDecl::Of::Level ? "level" : ""};
        }))
      how->parts.push_back(std::move(st.how));
    // 4. weight and weighted score
    weigh(im, n);
  }

  void overall(ScoredPlan& r) {
    std::vector<const Node*> scored;
    for (auto& s : r.strategies)
      if (s.status == Status::Scored && s.score) scored.push_back(&s);
    if (scored.empty()) return;
    if (m_.header->no_overall()) {  // a table with no overall figure (bodies ranked, say)
      r.steps.push_back({StepKind::OverallNone, {}, {}, {}});
      return;
    }
    if (!m_.groups.empty()) {
      grouped(r);
      return;
    }
    if (m_.header->weights_points || m_.header->weights_whole) {
      whole(r, scored);
      return;
    }
    if (every_row_) {
      every_row(r, scored);
      return;
    }
    try {
      bool weighted = m_.header->strategies_weigh();  // points have their own path (whole)
      RationalSum products, weights;
      std::string terms;
      for (auto* s : scored) {
        if (weighted && s->weight) {
          products.add(*s->weight * *s->score);
          weights.add(*s->weight);
          terms += fmt::format("{}{}×{}", terms.empty() ? "" : " + ", d(*s->weight), d(*s->score));
        } else {
          products.add(*s->score);
          weights.add(Rational(1));
          terms += (terms.empty() ? "" : " + ") + d(*s->score);
        }
      }
      Rational sum = products.value(), wsum = weights.value();
      r.score = policy(sum / wsum);
      // Recorded even without Options::explain: one line, and the report's
      // summary shows it while its rows are scored again (rescore).
      r.steps.push_back(weighted ? Step{StepKind::OverallWeighted, {terms, d(wsum), d(*r.score)}, {}, {}}
                                 : Step{StepKind::OverallMean, {std::to_string(scored.size()), terms, d(*r.score)}, {}, {}});
      as_percent(r);
    } catch (const std::exception&) {
      d_.report(msg::OverallInexact, m_.header->span);
    }
    overall_adjusted(r);
  }

  // The round's adjustments of the overall score (`deduct overall 0.5 "..."`),
  // and its percent then taken again from the adjusted score (the percent of
  // the score before them would describe a score the report does not print).
  void overall_adjusted(ScoredPlan& r) {
    bool any = false;
    for (const check::AdjustmentModel& a : m_.adjustments)
      if (!a.row && r.score) {
        r.score = adjusted(*r.score, *a.ast, r.steps);
        any = true;
      }
    if (!any || !r.percent) return;
    std::erase_if(r.steps, [](const Step& st) {
      return st.kind == StepKind::AsPercent || st.kind == StepKind::OverallPointsPercent;
    });
    r.percent.reset();
    if (m_.header->weights_points && full_marks_) {
      r.percent = policy(*r.score / *full_marks_ * Rational(100));
      r.steps.push_back({StepKind::OverallPointsPercent, {d(*r.score), d(*full_marks_), d(*r.percent)}, {}, {}});
    } else {
      as_percent(r);
    }
  }

  // `weights whole`: Σ (W × SM) ÷ Σ W over every row of the plan (the
  // strategies weigh by their rows' shares); `weights points`: the sum of
  // the points earned, out of the full marks.
  void whole(ScoredPlan& r, const std::vector<const Node*>& scored) {
    try {
      RationalSum earned, marks;
      std::string terms;
      for (auto* s : scored) {
        earned.add(*s->weighted_sum);
        marks.add(*s->weight_sum);
        terms += (terms.empty() ? "" : " + ") + d(*s->weighted_sum);
      }
      Rational sum = earned.value(), wsum = marks.value();
      if (m_.header->weights_points) {
        r.score = sum;
        full_marks_ = wsum;
        r.steps.push_back({StepKind::OverallPoints, {terms, d(sum), d(wsum)}, {}, {}});
        if (m_.header->has_column("percent")) {
          r.percent = policy(sum / wsum * Rational(100));
          r.steps.push_back({StepKind::OverallPointsPercent, {d(sum), d(wsum), d(*r.percent)}, {}, {}});
        }
      } else {
        r.score = policy(sum / wsum);
        r.steps.push_back({StepKind::OverallWhole, {terms, d(wsum), d(*r.score)}, {}, {}});
        as_percent(r);
      }
    } catch (const std::exception&) {
      d_.report(msg::OverallInexact, m_.header->span);
    }
    overall_adjusted(r);
  }

  // `overall rows`: the mean of every scored indicator of the plan, each
  // once whatever its weight (a QA summary's เฉลี่ยคะแนนรวมทุกตัวบ่งชี้ของทุก
  // องค์ประกอบ): Σ SM over the strategies' rows ÷ their number.
  void every_row(ScoredPlan& r, const std::vector<const Node*>& scored) {
    try {
      RationalSum sum;
      std::size_t rows = 0;
      std::string terms;
      for (auto* s : scored) {
        sum.add(*s->score_sum);
        rows += s->rows_scored;
        terms += (terms.empty() ? "" : " + ") + d(*s->score_sum);
      }
      if (rows == 0) return;
      Rational total = sum.value();
      r.score = policy(total / Rational(static_cast<long long>(rows)));
      r.steps.push_back({StepKind::OverallEveryRow, {std::to_string(rows), terms, d(total), d(*r.score)}, {}, {}});
      as_percent(r);
    } catch (const std::exception&) {
      d_.report(msg::OverallInexact, m_.header->span);
    }
    overall_adjusted(r);
  }

  void as_percent(ScoredPlan& r) {
    if (m_.scale && m_.header->has_column("percent"))
      if (auto p = invert_scale(*m_.scale, *r.score)) {
        r.percent = policy(*p);
        r.steps.push_back(
            {StepKind::AsPercent, {d(*r.score), std::string(m_.scale->name.value), d(*r.percent), title_of(*m_.scale)},
             m_.scale->span, {}});
      }
  }

  // Groups above strategies: a group's score combines its strategies as the
  // plan's `overall` says (their weights, or their mean; points: their sum);
  // the overall score is Σ (W × group score) ÷ Σ W over the groups scored
  // (without weights: their mean; points: their sum).
  void grouped(ScoredPlan& r) {
    bool points = m_.header->weights_points;
    bool by_weight = m_.header->strategies_weigh();
    try {
      RationalSum products, weights;
      std::string terms;
      int n_scored = 0;
      for (const check::GroupModel& gm : m_.groups) {
        Node& g = r.groups.emplace_back();
        g.id = gm.id;
        g.kind = "group";
        g.title = gm.ast->title.value;
        g.span = gm.ast->span;
        RationalSum sp, sw;
        std::string gterms;
        int rows = 0;
        for (std::size_t k : gm.strategies) {
          const Node& s = r.strategies[k];
          if (s.status != Status::Scored || !s.score) continue;
          ++rows;
          Rational w = !by_weight || !s.weight ? Rational(1) : *s.weight;
          sp.add(w * *s.score);
          sw.add(w);
          gterms += (gterms.empty() ? "" : " + ") + (w == Rational(1) ? d(*s.score) : d(w) + "×" + d(*s.score));
        }
        if (rows == 0) {
          g.status = Status::Na;
          g.na_kind = NaKind::NothingScored;
          g.na_reason = "no strategy of the group is scored in this round";
          g.steps.push_back({StepKind::GroupNa, {}, gm.ast->number.span, {}});
          continue;
        }
        Rational gsum = sp.value(), gw = sw.value();
        g.status = Status::Scored;
        g.score = points ? gsum : policy(gsum / gw);
        g.steps.push_back(points ? Step{StepKind::GroupPoints, {gterms, d(*g.score)}, gm.ast->number.span, {}}
                                 : Step{StepKind::GroupScore, {gterms, d(gw), d(*g.score)}, gm.ast->number.span, {}});
        if (gm.ast->weight && !points) {
          g.weight = weight_of(*gm.ast->weight);
          g.weighted = policy(*g.weight * *g.score);
          g.steps.push_back({StepKind::GroupWeighted, {d(*g.weight), d(*g.score), d(*g.weighted)}, gm.ast->weight->span, {}});
        }
        Rational w = g.weight ? *g.weight : Rational(1);
        products.add(w * *g.score);
        weights.add(w);
        terms += (terms.empty() ? "" : " + ") + (g.weight ? d(w) + "×" + d(*g.score) : d(*g.score));
        ++n_scored;
      }
      if (n_scored == 0) return;
      Rational sum = products.value(), wsum = weights.value();
      if (points) {
        r.score = sum;
        r.steps.push_back({StepKind::OverallGroupPoints, {terms, d(sum)}, {}, {}});
      } else {
        r.score = policy(sum / wsum);
        r.steps.push_back({StepKind::OverallGroups, {terms, d(wsum), d(*r.score)}, {}, {}});
        as_percent(r);
      }
    } catch (const std::exception&) {
      d_.report(msg::OverallInexact, m_.header->span);
    }
    overall_adjusted(r);
  }
};

const Node* find_in(const std::vector<Node>& nodes, const std::string& id) {
  for (auto& n : nodes) {
    if (n.id == id) return &n;
    if (auto* c = find_in(n.children, id)) return c;
  }
  return nullptr;
}

}  // namespace

ScoredPlan evaluate(const check::PlanModel& m, Diagnostics& diags, const Options& o) {
  return Evaluator(m, diags, o).run();
}


const Node* find(const ScoredPlan& r, const std::string& id) { return find_in(r.strategies, id); }

}  // namespace planc::eval
