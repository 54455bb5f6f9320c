#include "reconcile/reconcile.hpp"

#include <algorithm>
#include <numeric>
#include <fmt/format.h>

#include "eval/scale.hpp"

namespace planc::reconcile {

namespace {

std::string d(const Rational& r) { return r.to_decimal(0, 6); }

// A figure at `places`, the exact one before it when rounding moved it ("4.505 ≈ 4.51").
std::string at_places(const Rational& r, int places) {
  const Rational rounded = r.round(places);
  return rounded == r ? rounded.to_fixed(places) : fmt::format("{} ≈ {}", d(r), rounded.to_fixed(places));
}

class Reconciler {
 public:
  Reconciler(const eval::ScoredPlan& r, Diagnostics& d) : r_(r), d_(d) {}

  void run() {
    for (auto& s : r_.strategies) run_strategy(s);
    overall();
  }
  void run_strategy(const eval::Node& s) {
    for (auto& i : s.children) row(i);
    strategy(s);
  }

 private:
  const eval::ScoredPlan& r_;
  Diagnostics& d_;

  // A frozen round's published figures are planc's own: one that differs was
  // moved by a change since (docs/trend.md, "Frozen rounds").
  void frozen(Diagnostic& e) const {
    const ast::RoundDecl* round = r_.model->round;
    if (!round || !round->frozen) return;
    e.note(round->frozen->span, txt::FrozenRoundMoved, round->frozen->value);
    e.help(txt::RestateIfDeliberate);
  }

  int places(const ast::Number& n) const { return std::max(n.places(), r_.places); }
  bool same(const ast::Number& published, const Rational& computed) const {
    int p = places(published);
    return published.value.round(p) == computed.round(p);
  }

  void row(const eval::Node& n) {
    if (!n.indicator || !n.indicator->result || !n.indicator->result->reported) return;
    // A sub-indicator in error is left out of the row's score (has_errors).
    if (std::any_of(n.children.begin(), n.children.end(), [](const eval::Node& c) {
          return c.status == eval::Status::Error && c.indicator && c.indicator->weight &&
                 !c.indicator->weight->value.is_zero();
        }))
      return;
    const ast::Reported& rep = *n.indicator->result->reported;
    auto mismatch = [&](const ast::Number& pub, const Rational& comp, Term what) {
      if (within_rounded_inputs(n, rep, pub, comp, what)) return;
      auto& e = d_.report(msg::RowDiffers, pub.span, what, pub.raw(), n.id, comp.to_fixed(places(pub)));
      e.note(Span{}, txt::RecomputedExactly, d(comp));
      e.help(txt::CheckRowAgainstTable);
      frozen(e);
    };
    if (rep.percent && n.percent) {
      Rational shown = eval::band_percent(n.indicator->scale, *n.percent);
      if (!same(*rep.percent, shown)) mismatch(*rep.percent, shown, txt::FigPercent);
    }
    if (rep.score && n.score && !same(*rep.score, *n.score)) mismatch(*rep.score, *n.score, txt::FigScore);
    if (rep.weighted && n.weighted && !same(*rep.weighted, *n.weighted))
      mismatch(*rep.weighted, *n.weighted, txt::FigWeighted);
    if (!rep.weighted && rep.score && n.status == eval::Status::Scored && n.weighted &&
        r_.model->header->has_column("weighted")) {
      auto& e = d_.report(msg::CellLeftEmpty, rep.span, n.id, d(*n.weight), d(*n.score),
                          n.weighted->to_fixed(r_.places));
      e.help(txt::TotalLeavesRowOut);
    }
  }

  // A result published as a sum and a count of inputs each printed rounded
  // to the sum's places: the true mean lies within half a unit of the last
  // place of the mean of the printed inputs. A published figure equal to the
  // result itself (a given score, a direct percent) that differs from
  // sum ÷ count only by as much is a note (N144), not a warning.
  bool within_rounded_inputs(const eval::Node& n, const ast::Reported& rep, const ast::Number& pub,
                             const Rational& comp, Term what) {
    if (!rep.sum || !rep.count || !n.value || comp != *n.value) return false;
    int sp = rep.sum->places();
    Rational h = Rational(1) / (Rational(2) * pow10(sp));
    Rational lo = *n.value - h, hi = *n.value + h;
    int p = places(pub);
    Rational half_ulp = Rational(1) / (Rational(2) * pow10(p));
    if (pub.value + half_ulp < lo || pub.value - half_ulp > hi) return false;
    auto& e = d_.report(msg::WithinRoundedInputs, pub.span, what, pub.raw(), n.id, comp.to_fixed(p), sp,
                        lo.to_fixed(p + 1), hi.to_fixed(p + 1));
    e.note(rep.sum->span, txt::InputsWereRounded);
    return true;
  }

  // Rows scored, none of which weighs: the strategy has no score.
  static bool only_unweighted(const eval::Node& s) {
    return s.rows_by_status[static_cast<std::size_t>(eval::Status::Unweighted)] > 0 &&
           s.rows_by_status[static_cast<std::size_t>(eval::Status::Scored)] == 0;
  }

  // A strategy with a row in error that would have entered its sums (a
  // result that could not be read, a target it cannot be scored against;
  // eval::Node::errors_in_sums): the row is left out, so every published total
  // over it would differ for that reason alone. Those differences follow from
  // the error and are not said; once it is mended the totals are compared
  // again. Every row the evaluator cannot score has an error of its own (the
  // parser's, the checker's or the evaluator's). Not d_.has_errors(): a
  // strategy checked and scored on a thread reports into its own Diagnostics,
  // which need not hold the round's other errors.
  bool has_errors(const eval::Node& s) const {
    return s.status == eval::Status::Error || s.errors_in_sums > 0;
  }
  // The first strategy (of `ids`, else of all) with such a row that reaches
  // the figure above it (a strategy of weight 0 does not, where strategies
  // weigh), one that names its row first; null when none.
  const eval::Node* first_with_errors(const std::vector<std::size_t>* ids = nullptr) const {
    const eval::Node* found = nullptr;
    auto take = [&](const eval::Node& s) {
      if (!has_errors(s) || (s.weight && s.weight->is_zero() && r_.model->header->strategies_weigh())) return false;
      if (!found || (found->first_error_in_sums.empty() && !s.first_error_in_sums.empty())) found = &s;
      return !found->first_error_in_sums.empty();
    };
    if (!ids) {
      for (const eval::Node& s : r_.strategies)
        if (take(s)) break;
    } else {
      for (std::size_t k : *ids)
        if (k < r_.strategies.size() && take(r_.strategies[k])) break;
    }
    return found;
  }
  const eval::Node* first_with_errors(const std::vector<std::size_t>& ids) const { return first_with_errors(&ids); }

  // A strategy's NA rows (NA, cancelled, not started).
  static std::size_t na_rows(const eval::Node& s) {
    return static_cast<std::size_t>(s.rows_by_status[static_cast<std::size_t>(eval::Status::Na)]);
  }
  // Every row NA this round (none scored, none missing or in error): no
  // score, and nothing for the reader to mend but the published figure.
  static bool only_na(const eval::Node& s) {
    const auto& n = s.rows_by_status;
    const int missing = n[static_cast<std::size_t>(eval::Status::Missing)];
    // The sub-indicators of an NA indicator without results of their own are not assessed either.
    return na_rows(s) > 0 &&
           na_rows(s) + static_cast<std::size_t>(s.missing_under_na) == static_cast<std::size_t>(std::accumulate(n.begin(), n.end(), 0)) &&
           missing == s.missing_under_na;
  }
  // A mean printed as the sum over every row, the NA ones counted as zero
  // ((5 + 3.6) ÷ 3 where one of three is NA): said when it is the published figure.
  bool na_as_zero(Diagnostic& e, const ast::Number& pub, const Rational& sum, std::size_t rows, std::size_t na, int p) {
    if (!na) return false;
    const std::size_t all = rows + na;
    if ((sum / Rational(static_cast<long long>(all))).round(p) != pub.value.round(p)) return false;
    e.note(Span{}, txt::NaCountedAsZero, pub.raw(), d(sum), all, na);
    return true;
  }

  // The first published figure of `rep`, if any.
  static const ast::Number* first_published(const ast::ReportedTotal& rep) {
    for (const std::optional<ast::Number>* n : {&rep.score, &rep.percent, &rep.weighted, &rep.weight_sum})
      if (*n) return &**n;
    return nullptr;
  }
  // ... or its published quality level, as the report prints it ("ดีมาก").
  struct Printed {
    std::string text;
    Span span;
  };
  static std::optional<Printed> first_printed(const ast::ReportedTotal& rep) {
    if (const ast::Number* n = first_published(rep)) return Printed{std::string(n->raw()), n->span};
    if (rep.quality) return Printed{fmt::format("`{}`", rep.quality->value), rep.quality->span};
    return std::nullopt;
  }

  void strategy(const eval::Node& s) {
    const ast::ReportedTotal* rep = s.strategy ? s.strategy->reported : nullptr;
    if (!rep) return;
    if (has_errors(s)) {  // said once, at its first published figure
      if (auto pub = first_printed(*rep); pub && !s.first_error_in_sums.empty())
        d_.report(msg::StrategyUncompared, pub->span, s.id, s.first_error_in_sums).help(txt::ComparedOnceMended);
      return;
    }
    // A published figure of a strategy none of whose rows weighs (a QA table
    // without `overall rows`, say): said, not passed over.
    if (!s.score && only_unweighted(s)) {
      if (auto pub = first_printed(*rep)) {
        auto& e = d_.report(msg::StrategyUnscored, pub->span, pub->text, s.id);
        e.help(txt::WeighOrOverallRows);
      }
      return;
    }
    if (!s.score && only_na(s)) {  // every row NA: the published figures have nothing to be compared with
      if (auto pub = first_printed(*rep)) {
        auto& e = d_.report(msg::StrategyAllNa, pub->span, pub->text, s.id);
        e.help(txt::ResultsOrLeaveOut);
      }
      return;
    }
    // A published Σ W in the plan's own terms (`weights percent`: 100, not 1).
    std::optional<Rational> sum_shown = s.weight_sum;
    if (sum_shown && r_.model->header->weights_percent) sum_shown = *sum_shown * Rational(100);
    if (rep->weight_sum && sum_shown && !same(*rep->weight_sum, *sum_shown)) {
      auto& e = d_.report(msg::WeightSumDiffers, rep->weight_sum->span, rep->weight_sum->raw(), s.id,
                          d(*sum_shown));
      e.help(txt::FormulaDividesBySumW);
      frozen(e);
    }
    // A strategy's published percent: the score as a percent through the plan's scale, as overall.
    if (rep->percent && s.percent && !same(*rep->percent, *s.percent)) {
      auto& e = d_.report(msg::StrategyPercentDiffers, rep->percent->span, rep->percent->raw(), s.id,
                          s.percent->to_fixed(places(*rep->percent)));
      e.help(txt::StrategyPercentFollows);
      frozen(e);
    }
    if (!s.strategy || !r_.model->weights_refused(*s.strategy)) contribution(rep, s, msg::StrategyWeightedDiffers);
    quality(*rep, s.score, &s.id);
    if (!rep->score || !s.score) return;
    if (same(*rep->score, *s.score)) return;
    int p = places(*rep->score);
    Rational diff = *s.score - rep->score->value;
    auto& e = d_.report(msg::StrategyTotalDiffers, rep->score->span, rep->score->raw(), s.id, s.score->to_fixed(p),
                        diff.sign() > 0 ? Term(txt::ShortBy) : Term(txt::OverBy), diff.abs().to_fixed(p));
    if (r_.model->header->weights_points) {  // a sum of points: no division to have gone wrong
      e.note(s.span, txt::PointsOfStrategy, d(*s.weighted_sum), d(*s.weight_sum));
    } else if (s.once) {  // a QA table's mean of its indicators, each once; then what explains the difference
      e.note(s.span, txt::MeanOfEveryRow, d(*s.weighted_sum), s.rows_scored, d(*s.score));
      if (!na_as_zero(e, *rep->score, *s.weighted_sum, s.rows_scored, na_rows(s), p)) explain(s, *rep->score, diff, p, e);
    } else {
      e.note(s.span, txt::SumsOfStrategy, d(*s.weighted_sum), d(*s.weight_sum), d(*s.score));
      explain(s, *rep->score, diff, p, e);
    }
    frozen(e);
  }

  // A strategy's or a group's published weighted score: W × its score.
  void contribution(const ast::ReportedTotal* rep, const eval::Node& n, const Message<std::string_view, std::string_view, std::string_view>& m) {
    if (!rep || !rep->weighted || !n.weighted || same(*rep->weighted, *n.weighted)) return;
    int p = places(*rep->weighted);
    auto& e = d_.report(m, rep->weighted->span, rep->weighted->raw(), n.id, n.weighted->to_fixed(p));
    e.note(n.span, txt::WeightTimesScore, d(*n.weight), d(*n.score), d(*n.weighted));
    frozen(e);
  }

  // The published figures of the groups above strategies.
  void groups() {
    const check::PlanModel& m = *r_.model;
    for (std::size_t g = 0; g < r_.groups.size() && g < m.groups.size(); ++g) {
      const eval::Node& n = r_.groups[g];
      const ast::ReportedTotal* rep = m.groups[g].reported;
      if (!rep) continue;
      const auto& ids = m.groups[g].strategies;
      if (const eval::Node* bad = first_with_errors(ids)) {  // a row in error: its figures follow from it (has_errors)
        if (auto pub = first_printed(*rep); pub && !bad->first_error_in_sums.empty())
          d_.report(msg::GroupUncompared, pub->span, n.id, bad->first_error_in_sums).help(txt::ComparedOnceMended);
        continue;
      }
      // Every strategy of the group NA this round: no score, and its printed
      // figures are said, as a strategy's are (W145).
      if (!n.score && !ids.empty() && std::all_of(ids.begin(), ids.end(), [&](std::size_t k) {
            return k < r_.strategies.size() && only_na(r_.strategies[k]);
          })) {
        if (auto pub = first_printed(*rep)) d_.report(msg::GroupAllNa, pub->span, pub->text, n.id).help(txt::ResultsOrLeaveOut);
        continue;
      }
      if (m.groups[g].strategy_weights_refused) continue;  // its score weighs its strategies; its contribution too
      if (rep->score && n.score && !same(*rep->score, *n.score)) {
        int p = places(*rep->score);
        auto& e = d_.report(msg::GroupScoreDiffers, rep->score->span, rep->score->raw(), n.id, n.score->to_fixed(p));
        frozen(e);
      }
      if (!m.group_weights_refused) contribution(rep, n, msg::GroupWeightedDiffers);
    }
  }

  // Looks for one reason that accounts for the whole difference.
  void explain(const eval::Node& s, const ast::Number& pub, const Rational& diff, int p, Diagnostic& e) {
    // (a) the undivided sum: Σ (W × SM) printed as the score when Σ W ≠ 1
    if (*s.weight_sum != Rational(1) && s.weighted_sum->round(p) == pub.value.round(p)) {
      e.note(Span{}, txt::NotDividedBySumW, pub.raw(), d(*s.weight_sum), s.score->to_fixed(p));
      return;
    }
    // (b) one weighted row left out of the sum; a row whose published
    // weighted-score cell is empty is the prime suspect.
    std::vector<const eval::Node*> fits;
    const eval::Node* empty_cell = nullptr;
    for (auto& i : s.children) {
      if (i.status != eval::Status::Scored || !i.weighted) continue;
      Rational without = (*s.weighted_sum - *i.weighted) / *s.weight_sum;
      if (without.round(p) != pub.value.round(p) && i.weighted->round(p) != diff.abs().round(p)) continue;
      fits.push_back(&i);
      auto& rep = i.indicator->result->reported;
      if (rep && !rep->weighted && !empty_cell) empty_cell = &i;
    }
    const eval::Node* culprit = empty_cell ? empty_cell : fits.size() == 1 ? fits[0] : nullptr;
    if (culprit) {
      e.note(culprit->indicator->result->id.span, culprit == empty_cell ? txt::RowLeftOutEmptyCell : txt::RowLeftOut,
             culprit->id, d(*culprit->weight), d(*culprit->score), culprit->weighted->to_fixed(p));
      e.help(txt::TotalWithIndicator, culprit->id, s.score->to_fixed(p));
      return;
    }
    if (fits.size() > 1) {
      std::string ids;
      for (auto* f : fits) ids += (ids.empty() ? "" : ", ") + f->id;
      e.note(Span{}, txt::AnyOneOf, ids);
      return;
    }
    // (c) the sum of the printed (rounded) rows
    Rational printed = 0;
    bool all = true;
    for (auto& i : s.children) {
      if (i.status != eval::Status::Scored) continue;
      auto* rep = i.indicator && i.indicator->result ? &i.indicator->result->reported : nullptr;
      if (!rep || !*rep || !(*rep)->weighted) { all = false; break; }
      printed += (*rep)->weighted->value;
    }
    if (all && (printed / *s.weight_sum).round(p) == pub.value.round(p))
      e.note(Span{}, txt::SumOfPrintedRows, pub.raw(), p);
  }

  // A published quality level (`reported 2 { score 4.5; quality "ดีมาก" }`)
  // against the band the plan's quality scale gives the score planc computed.
  void quality(const ast::ReportedTotal& rep, const std::optional<Rational>& score, const std::string* strategy) {
    const ast::ScaleDecl* q = r_.model->quality;
    if (!q || !rep.quality || !score) return;
    const std::string_view word = eval::trimmed_word(rep.quality->value);
    // An English table words its levels as the scale's `en` words.
    bool english = false, known = false;
    std::string words;
    for (const ast::QualityBand& b : q->bands) {
      known = known || eval::band_says(b, word);
      english = english || (b.en && b.en->value == word);
      words += fmt::format("{}`{}`", words.empty() ? "" : ", ", b.word.value);
    }
    if (!known) {
      auto& e = d_.report(msg::QualityNotAWord, rep.quality->span, word, q->name.value, words);
      e.note(q->span, txt::TheQualityScale);
      e.help(txt::WriteWordAsScale);
      return;
    }
    // The score as the bands compare it: rounded to their places, the exact
    // score beside it when that rounding moved it (4.505 ≈ 4.51).
    const std::string shown = at_places(*score, q->band_places());
    const ast::QualityBand* b = eval::quality_band(*q, *score);
    if (!b) {
      auto& e = d_.report(msg::QualityNoBand, rep.quality->span, shown, word, q->name.value);
      e.note(q->span, txt::TheQualityScale);
      e.help(txt::BandsCoverScores);
      return;
    }
    if (eval::band_says(*b, word)) return;
    std::string_view right = english && b->en ? b->en->value : b->word.value;
    // The scale by its title, as a reader of the report knows it ("ระดับคุณภาพ
    // สกอ. (คะแนน 0-5)", not ohec-quality); by its name when it has none.
    // An English message says its `en` title when it has one.
    std::string_view scale = q->title ? std::string_view(q->title->value) : std::string_view(q->name.value);
    std::string_view scale_en = q->title_en ? std::string_view(q->title_en->value) : scale;
    auto& e = strategy ? d_.report(msg::StrategyQualityDiffers, rep.quality->span, *strategy, word, shown, right,
                                   scale, b->from.raw(), b->to.raw(), scale_en)
                       : d_.report(msg::OverallQualityDiffers, rep.quality->span, word, shown, right, scale,
                                   b->from.raw(), b->to.raw(), scale_en);
    // The word is that of a published score which is itself not the score (its W141 says so).
    bool follows = false;
    if (rep.score && !same(*rep.score, *score))
      if (const ast::QualityBand* pb = eval::quality_band(*q, rep.score->value); pb && eval::band_says(*pb, word)) {
        e.note(Span{}, txt::FollowsPublishedScore, rep.score->raw());
        follows = true;
      }
    // Not "the word is its own error" when it is right for the wrong score printed beside it.
    if (follows) e.help(txt::LevelOfRightScore, right);
    else e.help(txt::PrintTheQuality, right, right);
    frozen(e);
  }

  // The strategies' mean weighted by the weights the plan gives them where
  // those count nowhere (`overall mean`, W119), when every scored strategy
  // has one; with the terms ("0.7 × 5, 0.3 × 1") in `terms`.
  std::optional<Rational> weighted_by_unused_weights(std::string& terms) const {
    const check::PlanModel& m = *r_.model;
    const ast::PlanHeader& h = *m.header;
    if (h.strategies_weigh() || h.no_overall() || h.overall_rows() || h.weights_points || h.weights_whole ||
        !m.groups.empty() ||
        !m.adjustments.empty())
      return std::nullopt;
    Rational sum = 0, weights = 0;
    int n = 0;
    for (const eval::Node& s : r_.strategies) {
      if (s.status != eval::Status::Scored || !s.score) continue;
      if (!s.strategy || !s.strategy->ast->weight) return std::nullopt;
      const ast::Number& w = *s.strategy->ast->weight;
      sum += w.value * *s.score;
      weights += w.value;
      terms += terms.empty() ? "" : ", ";
      terms += fmt::format("{} × {}", w.raw(), d(*s.score));
      ++n;
    }
    if (n < 2 || weights.sign() <= 0) return std::nullopt;
    return sum / weights;
  }

 public:
  // The published overall figures.
  void overall() {
    const check::PlanModel& m = *r_.model;
    groups();
    // Refused weights (E110, E113, E115) are the cause of any difference here.
    if (m.weights_refused()) return;
    const ast::ReportedTotal* rep = m.reported_overall;
    if (!rep) return;
    if (const eval::Node* bad = first_with_errors()) {  // a row in error (has_errors)
      if (auto pub = first_printed(*rep); pub && !bad->first_error_in_sums.empty())
        d_.report(msg::OverallUncompared, pub->span, bad->first_error_in_sums).help(txt::ComparedOnceMended);
      return;
    }
    // No overall because no row weighs: the published one is said, not passed over.
    if (!r_.score && !m.header->no_overall() &&
        std::any_of(r_.strategies.begin(), r_.strategies.end(), [](const eval::Node& s) { return only_unweighted(s); })) {
      if (auto pub = first_printed(*rep)) {
        auto& e = d_.report(msg::OverallUnscored, pub->span, pub->text);
        e.help(txt::WeighOrOverallRows);
      }
      return;
    }
    if (!r_.score && !m.header->no_overall() && !r_.strategies.empty() &&
        std::all_of(r_.strategies.begin(), r_.strategies.end(), [](const eval::Node& s) { return only_na(s); })) {
      if (auto pub = first_printed(*rep)) {
        auto& e = d_.report(msg::OverallAllNa, pub->span, pub->text);
        e.help(txt::ResultsOrLeaveOut);
      }
      return;
    }
    quality(*rep, r_.score, nullptr);
    if (rep->score && r_.score && !same(*rep->score, *r_.score)) {
      int p = places(*rep->score);
      auto& e = d_.report(msg::OverallScoreDiffers, rep->score->span, rep->score->raw(), r_.score->to_fixed(p));
      // Does the published overall follow from the published strategy scores?
      Rational sum = 0;
      int n = 0;
      std::string terms;
      for (auto& s : r_.strategies) {
        if (s.status != eval::Status::Scored) continue;
        if (!s.strategy->reported || !s.strategy->reported->score) { n = -1; break; }
        sum += s.strategy->reported->score->value;
        terms += terms.empty() ? "" : ", ";
        terms += s.strategy->reported->score->raw();
        ++n;
      }
      if (n > 0 && m.groups.empty() && !m.header->overall_rows() &&
          (sum / Rational(n)).round(p) == rep->score->value.round(p))
        e.note(Span{}, txt::MeanOfPublished, terms, d(sum / Rational(n)));
      if (m.header->overall_rows()) {  // how the mean of every row was made
        Rational all = 0;
        std::size_t rows = 0;
        for (const eval::Node& s : r_.strategies)
          if (s.status == eval::Status::Scored && s.score_sum) {
            all += *s.score_sum;
            rows += s.rows_scored;
          }
        if (rows) e.note(Span{}, txt::MeanOfEveryRow, d(all), rows, d(all / Rational(static_cast<long long>(rows))));
        std::size_t na = 0;
        for (const eval::Node& s : r_.strategies) na += na_rows(s);
        if (rows) na_as_zero(e, *rep->score, all, rows, na, p);
      }
      // The strategies' weights count nowhere (W119) and the published overall
      // is their weighted mean: the one cause is the missing `overall weighted`.
      std::string weighed;
      auto mean = weighted_by_unused_weights(weighed);
      if (mean && mean->round(p) == rep->score->value.round(p)) {
        e.note(Span{}, txt::WeightedMeanOfStrategies, weighed, d(*mean));
        e.help(txt::SayOverallWeighted);
      } else {
        e.help(txt::OverallRecomputed, at_places(*r_.score, p));  // at the published figure's places
      }
      frozen(e);
    }
    if (rep->percent && r_.percent && !same(*rep->percent, *r_.percent)) {
      auto& e = d_.report(msg::OverallPercentDiffers, rep->percent->span, rep->percent->raw(),
                          r_.percent->to_fixed(places(*rep->percent)));
      e.help(txt::PercentFollowsScore);
      frozen(e);
    }
  }
};

template <typename F>
void guarded(Diagnostics& diags, F&& f) {
  try {
    f();
  } catch (const std::exception&) {  // a published figure too large to compare exactly
    diags.report(msg::PublishedInexact, Span{});
  }
}

}  // namespace

void reconcile(const eval::ScoredPlan& report, Diagnostics& diags) {
  guarded(diags, [&] { Reconciler(report, diags).run(); });
}

void reconcile_strategy(const eval::ScoredPlan& report, const eval::Node& strategy, Diagnostics& diags) {
  guarded(diags, [&] { Reconciler(report, diags).run_strategy(strategy); });
}

void reconcile_overall(const eval::ScoredPlan& report, Diagnostics& diags) {
  guarded(diags, [&] { Reconciler(report, diags).overall(); });
}

}  // namespace planc::reconcile
