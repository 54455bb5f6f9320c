#include "check/checker.hpp"

#include "check/figures.hpp"
#include "support/runs.hpp"
#include "support/utf8.hpp"

#include <algorithm>
#include <memory>
#include <span>
#include <fmt/format.h>

namespace planc::check {


namespace {

std::string places_str(const Rational& r) { return r.to_decimal(0, 6); }

// The numbers of one group (a plan's strategies, a strategy's indicators, an
// indicator's sub-indicators) as they are declared. Groups are nearly always
// numbered in increasing order: then a number cannot repeat one before it and
// a list is enough; the first number out of order moves them into a map.
template <typename T>
class Numbering {
 public:
  // Records `item` as number k; returns the item declared earlier with that
  // number (and records nothing), or nullptr.
  const T* add(int k, const T* item) {
    if (map_.empty()) {
      if (list_.empty() || k > list_.back().first) {
        list_.emplace_back(k, item);
        return nullptr;
      }
      map_.insert(list_.begin(), list_.end());
    }
    auto [it, fresh] = map_.emplace(k, item);
    return fresh ? nullptr : it->second;
  }
  bool empty() const { return list_.empty(); }
  // Each number and its item, in increasing order of number.
  template <typename F>
  void each(F&& f) const {
    if (map_.empty())
      for (auto& [k, item] : list_) f(k, item);
    else
      for (auto& [k, item] : map_) f(k, item);
  }

 private:
  std::vector<std::pair<int, const T*>> list_;
  std::map<int, const T*> map_;
};

class Checker {
 public:
  Checker(ast::Program& p, const Options& o) : p_(p), d_(p.diags), o_(o) { m_.record_uses(o.record_uses); }

  // A checker that builds strategies on a thread of its own (structure()):
  // it reports into `d`, reads a copy of the main checker's declarations
  // (tens of units, scales and offices) and keeps its indicators' ids in its
  // own arena; the projects it meets are registered afterwards, in order,
  // and the uses it records join the main checker's in order.
  Checker(ast::Program& p, Diagnostics& d, const Checker& main)
      : p_(p), d_(d), o_(main.o_), defer_projects_(true), syntax_errors_(main.syntax_errors_) {
    m_.header = main.m_.header;
    m_.round = main.m_.round;
    m_.year = main.m_.year;
    m_.scale = main.m_.scale;
    m_.copy_declarations(main.m_);
  }

  std::optional<PlanModel> run() {
    syntax_errors_ = d_.has_errors();
    declarations();
    if (!m_.header) {
      if (syntax_errors_) return std::nullopt;  // the header may be what an error dropped
      auto& e = d_.report(msg::NoPlanHeader, main_span());
      e.help(txt::AddPlanHeader);
      return std::nullopt;
    }
    timed(o_.timings, "structure", 1, [&] { structure(); });
    timed(o_.timings, "results", 1, [&] {
      results();
      percent_shares();
    });
    groups();
    overall_rows_alone();
    adjustments();
    reported_totals();
    group_weights();
    strategy_weights();
    table_fits();
    timed(o_.timings, "weights", 1, [&] { weights(); });
    m_.drop_caches();
    return std::move(m_);
  }

 private:
  ast::Program& p_;
  Diagnostics& d_;
  Options o_;
  PlanModel m_;
  std::string id_;  // scratch for an indicator id
  bool defer_projects_ = false;  // a thread's checker: projects are registered by the main one
  std::vector<const ast::Project*> deferred_projects_;
  std::size_t unknown_results_ = 0;
  // The groups and strategies refused for having no weight among weighted
  // ones (E113), by their number: their published contribution needs no E138 more.
  std::vector<Span> without_weight_;

  // Percent figures between 0 and 1 (W125), judged once every result is
  // matched: a target's by its indicator's result, a result's by its target,
  // and one with neither by the plan's other percents (percent_shares()).
  struct SmallPercent {
    const ast::Number* n;
    const ast::Strategy* strategy;  // a target's: where its indicator is found
    const ast::Indicator* ind;
    const IndicatorModel* im;  // a result's
  };
  std::vector<SmallPercent> small_percents_;
  std::size_t whole_percents_ = 0;  // percent figures of 1 or more
  const ast::ScaleDecl* top_of_ = nullptr;  // the scale whose top level top_ is (W126)
  std::optional<Rational> top_;

  bool syntax_errors_ = false;  // set before anything is checked: gaps are not reported after a syntax error

  Span main_span() {
    if (p_.modules.empty()) return {};
    return p_.sources.span(p_.modules[p_.main].file, 0, 0);
  }

  // The declaration `n` names, the use recorded (when recording); else
  // E101, with the nearest declared name or how to declare one.
  template <SymbolKind K>
  const Decl<K>* resolve(const ast::Name& n, const char* declare_as) {
    if (const Decl<K>* decl = m_.find<K>(n)) return decl;
    auto& e = d_.report(msg::NoSuchName, n.span, kind_term(K), n.value);
    std::string best = m_.closest(K, n.value);
    if constexpr (K == SymbolKind::Unit) {
      // A unit is most often a count noun the plan has not declared yet: show
      // the declaration with its name, and the near name as a note.
      if (!best.empty()) {
        e.help(txt::DidYouMean, best);
        e.note(Span{}, txt::OrDeclareUnit, n.value);
      } else {
        e.help(txt::DeclareUnit, n.value);
      }
    } else if constexpr (K == SymbolKind::Office) {
      if (!best.empty()) e.help(txt::DidYouMean, best);
      else e.help(txt::DeclareOffice, n.value);
    } else if constexpr (K == SymbolKind::Project) {
      if (!best.empty()) e.help(txt::DidYouMean, best);
      else e.help(txt::DeclareProject, n.value);
    } else {
      if (!best.empty()) e.help(txt::DidYouMean, best);
      else e.help(txt::DeclareItWith, declare_as);
    }
    return nullptr;
  }

  void declarations() {
    for (const ast::Module& mod : p_.modules) {
      if (mod.plan) {
        if (m_.header) {
          auto& e = d_.report(msg::TwoPlanHeaders, mod.plan->title.span);
          e.note(m_.header->span, txt::TheOtherOne);
        } else {
          m_.header = &*mod.plan;
        }
      }
      if (mod.round) {
        if (m_.round) {
          auto& e = d_.report(msg::TwoRounds, mod.round->name.span);
          e.note(m_.round->span, txt::TheOtherRound);
          e.help(txt::OneRoundAtATime);
        } else {
          m_.round = &*mod.round;
        }
      }
      for (auto& u : mod.units) m_.declare(u, d_);
      for (auto& s : mod.scales) m_.declare(s, d_);
      for (auto& o : mod.offices) m_.declare(o, d_);
      for (auto& r : mod.recommendations) m_.recommendations.push_back(&r);
    }
    for (auto& [name, s] : m_.scales) check_scale(*s);
    if (m_.round && m_.round->rounding) m_.rounding = *m_.round->rounding;
    m_.year = round_year(m_.header, m_.round);
    // A round's year outside the plan's years (a typing mistake: 2570 for 2567).
    if (m_.header && m_.header->year_from && m_.round && m_.round->fiscal_year) {
      auto [from, to] = plan_years(*m_.header);
      if (m_.year < from || m_.year > to) {  // 0: not a year at all (2567.5, 0)
        const ast::Number& y = *m_.round->fiscal_year;
        auto& e = d_.report(msg::RoundYearOutsidePlan, y.span, m_.round->name.value, y.raw(), from, to);
        e.note(m_.header->year_from->span, txt::PlanYearsHere);
        // A later year may be the plan's next; an earlier one, or none, is a typing mistake.
        if (m_.year > to) e.help(txt::RoundYearOrPlanYears, y.raw());
        else e.help(txt::RoundYearFix, from, to);
      }
    }
    if (m_.header && m_.round && !m_.year && !m_.round->fiscal_year && m_.header->year_from && m_.header->year_to) {
      auto [from, to] = plan_years(*m_.header);
      auto& e = d_.report(msg::RoundWithoutYear, m_.round->name.span, m_.round->name.value, from, to);
      e.help(txt::GiveRoundYear, from);
    }
  }

  // A target or weight for a fiscal year outside the plan's `years`.
  void year_in_plan(const ast::Number& y) {
    if (!m_.header || !m_.header->year_from) return;
    auto [from, to] = plan_years(*m_.header);
    auto v = y.value.to_int64();
    if (v && *v >= from && *v <= to) return;
    auto& e = d_.report(msg::YearOutsidePlan, y.span, y.raw(), from, to);
    e.note(m_.header->year_from->span, txt::PlanYearsHere);
  }

  // A quality scale's bands rise from the lowest, each beginning one step
  // (of the bounds' last decimal place) after the one before it ends, as a
  // standard prints them: 0.00 - 1.50, 1.51 - 2.50 …
  void check_bands(const ast::ScaleDecl& s) {
    const int places = s.band_places();
    const Rational step = Rational(1) / pow10(places);
    auto backwards = [](const ast::QualityBand& b) { return b.to.value < b.from.value; };
    for (std::size_t i = 0; i < s.bands.size(); ++i) {
      const ast::QualityBand& b = s.bands[i];
      if (backwards(b)) {
        auto& e = d_.report(msg::BandBackwards, b.span, b.word.value, s.name.value, b.from.raw(), b.to.raw());
        e.help(txt::WriteLowerFirst, b.to.raw(), b.from.raw());
        continue;
      }
      // Where a band meets the one before it (not after a band that runs backwards, or
      // when a band was refused: their errors say it).
      if (i == 0 || backwards(s.bands[i - 1]) || s.band_dropped) continue;
      const ast::QualityBand& prev = s.bands[i - 1];
      Rational next = prev.to.value + step;
      if (b.from.value != next) {
        auto& e = d_.report(msg::BandDoesNotFollow, b.from.span, b.word.value, s.name.value, b.from.raw(),
                            prev.to.raw(), next.to_fixed(places));
        e.note(prev.span, txt::TheBandBefore);
        e.help(txt::BandsFollowOn);
      }
    }
  }

  void check_scale(const ast::ScaleDecl& s) {
    if (s.is_quality()) return check_bands(s);
    if (s.points.empty()) return;  // reported by the lowering
    std::vector<const ast::ScalePoint*> pts;
    for (auto& p : s.points) pts.push_back(&p);
    std::sort(pts.begin(), pts.end(), [](auto a, auto b) { return a->x.value < b->x.value; });
    int dir = 0;
    for (std::size_t i = 1; i < pts.size(); ++i) {
      if (pts[i]->x.value == pts[i - 1]->x.value) {
        auto& e = d_.report(msg::ScalePointTwice, pts[i]->span, s.name.value, pts[i]->x.raw());
        e.note(pts[i - 1]->span, txt::TheOtherPoint);
        return;
      }
      int step = (pts[i]->score.value > pts[i - 1]->score.value) - (pts[i]->score.value < pts[i - 1]->score.value);
      if (step != 0 && dir != 0 && step != dir) {
        auto& e = d_.report(msg::ScaleNotMonotone, pts[i]->span, s.name.value);
        e.help(txt::CheckPointOrder);
        return;
      }
      if (step != 0) dir = step;
    }
    if (s.below == ast::ScaleDecl::Below::Proportional && pts.front()->x.value.sign() <= 0) {
      auto& e = d_.report(msg::ScaleProportionalFromZero, s.span, s.name.value);
      e.help(txt::UseBelowZeroOrFirst);
    }
  }

  template <typename OptionalName>  // std::optional, ast::Opt or ast::Box of an ast::Name
  const ast::ScaleDecl* scale_ref(const OptionalName& n) {
    if (!n) return nullptr;
    const ast::ScaleDecl* s = resolve<SymbolKind::Scale>(*n, "scale NAME { point 60 -> 1 ... }");
    if (s && s->is_quality()) {  // bands word a score; they score nothing
      auto& e = d_.report(msg::ScaleIsQuality, n->span, s->name.value);
      e.note(s->span, txt::TheQualityScale);
      e.help(txt::ScoreWithPoints);
    }
    return s;  // (a quality scale's rows are errors in the evaluator, without a second message)
  }
  // The plan's `quality NAME`: a scale of bands.
  const ast::ScaleDecl* quality_ref(const std::optional<ast::Name>& n) {
    if (!n) return nullptr;
    const ast::ScaleDecl* s = resolve<SymbolKind::Scale>(*n, "scale NAME { band 3.51 - 4.50 \"...\" ... }");
    if (s && !s->is_quality() && !s->points.empty()) {  // (a scale of neither has its E023)
      auto& e = d_.report(msg::ScaleNotQuality, n->span, s->name.value);
      e.note(s->span, txt::TheScale);
      e.help(txt::NameQualityScale);
      return nullptr;
    }
    return s;
  }

  // The scores a scale of points gives, from 0 (or its lowest, when below)
  // to its highest.
  static std::pair<Rational, Rational> score_range(const ast::ScaleDecl& s) {
    Rational lo = 0, hi = s.points.front().score.value;
    for (const ast::ScalePoint& p : s.points) {
      lo = std::min(lo, p.score.value);
      hi = std::max(hi, p.score.value);
    }
    return {lo, hi};
  }

  // The plan's quality scale words the scores its scale gives: its bands
  // cover them (0 to the top), and the plan's figures are scores, not points.
  void quality_fits(const ast::Name& at) {
    const ast::ScaleDecl& q = *m_.quality;
    if (m_.header->weights_points) {
      auto& e = d_.report(msg::QualityWithPoints, at.span);
      e.help(txt::RemoveQualityOrPoints);
      m_.quality = nullptr;
      return;
    }
    // No band (a scale with none, reported where it is declared): nothing to compare.
    if (!m_.scale || m_.scale->points.empty() || q.band_dropped || q.bands.empty()) return;
    const auto [lo, hi] = score_range(*m_.scale);
    Rational from = q.bands.front().from.value, to = q.bands.front().to.value;
    for (const ast::QualityBand& b : q.bands) {
      from = std::min(from, b.from.value);
      to = std::max(to, b.to.value);
    }
    const int places = std::max(2, q.band_places());
    if (from <= lo && to >= hi) return;
    auto& e = d_.report(msg::BandsMissScores, at.span, q.name.value, from.to_fixed(places), to.to_fixed(places),
                        m_.scale->name.value, lo.to_decimal(0, 6), hi.to_decimal(0, 6));
    e.note(q.span, txt::TheQualityScale);
    e.help(txt::BandsCoverScores);
  }

  void structure() {
    m_.scale = scale_ref(m_.header->scale);
    m_.quality = quality_ref(m_.header->quality);
    if (m_.quality) quality_fits(*m_.header->quality);
    Numbering<ast::Strategy> seen;
    std::vector<const ast::Strategy*> kept;  // the first strategy of each number
    for (const ast::Module& mod : p_.modules)
      for (const ast::Strategy& s : mod.strategies) {
        int n = s.number.parts[0];
        if (const ast::Strategy* first = seen.add(n, &s)) {
          auto& e = d_.report(msg::StrategyTwice, s.number.span, n);
          e.note(first->number.span, txt::FirstDeclaredHere);
          continue;
        }
        kept.push_back(&s);
      }
    m_.strategies.resize(kept.size());
    // Strategies are checked independently of one another: for a large plan,
    // in runs of about equal size that the threads take as they finish one.
    // Their diagnostics, ids and projects are joined in order, so the output
    // is the same.
    StrategyRuns runs(kept.size(), o_.threads, o_.parallel_min_indicators,
                      [&](std::size_t k) { return kept[k]->indicators.size(); });
    on_runs(
        runs, kept.size(), [&](Checker& c, std::size_t i) { c.build(m_.strategies[i], *kept[i]); },
        [&](Checker& c) {
          m_.ids.absorb(std::move(c.m_.ids));
          m_.join_uses(c.m_);
          for (const ast::Project* project : c.deferred_projects_) m_.declare(*project, d_);
          small_percents_.insert(small_percents_.end(), c.small_percents_.begin(), c.small_percents_.end());
          whole_percents_ += c.whole_percents_;
        },
        [&](const Runs& runs) {
          // One table of the size needed, not grown (and rehashed) a project at a time.
          std::size_t n = m_.projects.size();
          for (auto& c : runs) n += c->deferred_projects_.size();
          m_.projects.reserve(n);
        });
    std::sort(m_.strategies.begin(), m_.strategies.end(),
              [](auto& a, auto& b) { return a.ast->number.parts[0] < b.ast->number.parts[0]; });
    gaps(seen, [] { return text(txt::TheStrategies); });
    m_.index_indicators(m_.strategies);
  }

  // One strategy: its scale, its indicators (numbered once each, without
  // gaps) and theirs.
  void build(StrategyModel& sm, const ast::Strategy& s) {
    int n = s.number.parts[0];
    sm.ast = &s;
    sm.id = s.number.str();
    sm.scale = s.scale ? scale_ref(s.scale) : m_.scale;
    sm.indicators.reserve(s.indicators.size());
    Numbering<ast::Indicator> nums;
    for (const ast::Indicator& ind : s.indicators) {
      int k = ind.number.parts[0];
      if (const ast::Indicator* first = nums.add(k, &ind)) {
        auto& e = d_.report(msg::IndicatorNumberTwice, ind.number.span, n, k);
        e.note(first->number.span, txt::TheFirstOne);
        continue;
      }
      sm.indicators.push_back(indicator(ind, s, sm.scale, false));
    }
    gaps(nums, [&] { return text(txt::StrategysIndicators, n); });
  }

  // `what` is made only when there is a gap to report.
  template <typename T, typename What>
  void gaps(const Numbering<T>& nums, What&& what) {
    if (syntax_errors_) return;  // an item dropped by an error would show as a gap
    if (m_.header && m_.header->numbering_standard) return;  // the standard's numbers: gaps are its own
    int expect = 1;
    nums.each([&](int k, const T* v) {
      if (k != expect) {
        auto& e = d_.report(msg::NumberingSkips, v->number.span, what(), expect - 1, k);
        e.help(txt::NumberThemInOrder);
      }
      expect = k + 1;
    });
  }

  IndicatorModel indicator(const ast::Indicator& ind, const ast::Strategy& s, const ast::ScaleDecl* sscale, bool sub) {
    IndicatorModel im;
    im.ast = &ind;
    im.strategy = &s;
    im.is_sub = sub;
    im.number = ind.number.parts[sub ? 1 : 0];
    id_.clear();
    s.number.append_to(id_);  // 3.8, or 2.2.1 for sub-indicator 2.1
    id_ += '.';
    ind.number.append_to(id_);
    im.id = m_.ids.keep(id_);
    im.scale = ind.scale ? scale_ref(ind.scale) : sscale;
    if (ind.unit) im.unit = resolve<SymbolKind::Unit>(*ind.unit, "unit NAME { kind count }");
    else if (!ind.unit_given && !ind.incomplete) {
      auto& e = d_.report(msg::IndicatorWithoutUnit, ind.number.span, im.id);
      e.help(txt::AddUnit);
    }
    im.weight = plan_weight(ind, months(), m_.year);
    if (ind.schedule) {
      for (const ast::YearTarget& yt : ind.schedule->targets) year_in_plan(yt.year);
      for (const ast::RoundWeight& rw : ind.schedule->weights)
        if (rw.year) year_in_plan(*rw.year);
    }
    for (auto& o : ind.offices) resolve<SymbolKind::Office>(o.name(), "office NAME \"full name\"");
    for (auto& p : ind.projects) {
      if (p.name) {
        if (defer_projects_) deferred_projects_.push_back(&p);
        else m_.declare(p, d_);
      }
      if (p.budget) amount_fits(*p.budget, txt::TheBudget);
    }
    target_fits(im);
    levels_fit(im);
    if (ind.subs.empty()) return im;
    Numbering<ast::Indicator> nums;
    std::vector<IndicatorModel> subs;
    for (const ast::Indicator& si : ind.subs) {
      int k = si.number.parts[1];
      if (const ast::Indicator* first = nums.add(k, &si)) {
        auto& e = d_.report(msg::SubNumberTwice, si.number.span, im.id, si.number.str());
        e.note(first->number.span, txt::TheFirstOne);
        continue;
      }
      subs.push_back(indicator(si, s, im.scale, true));
    }
    im.subs = std::move(subs);
    if (!sub && !nums.empty()) gaps(nums, [&] { return text(txt::GroupSubs, im.id); });
    return im;
  }

  // Every target of the indicator (its plain one and each year's) fits its unit.
  void target_fits(const IndicatorModel& im) {
    const ast::Indicator& ind = *im.ast;
    if (!im.unit) return;
    if (ind.target) target_fits(im, *ind.target);
    if (ind.schedule)
      for (const ast::YearTarget& yt : ind.schedule->targets) target_fits(im, yt.target);
  }

  void target_fits(const IndicatorModel& im, const ast::Target& t) {
    const ast::Indicator& ind = *im.ast;
    auto check_value = [&](const ast::Number& n) {
      const Rational& v = n.value;
      switch (im.unit->kind) {
        case ast::UnitKind::Percent:
          if (v < Rational(0) || v > Rational(100)) {
            auto& e = d_.report(msg::PercentTargetRange, n.span, n.raw());
            e.note(ind.unit->span, txt::UnitIsPercent, im.unit->name.value);
            e.help(txt::PercentTargetAbove100);
          } else if (v.compare(1) >= 0) {
            ++whole_percents_;
          } else if (v.sign() > 0) {
            small_percents_.push_back({&n, im.strategy, im.ast, nullptr});
          }
          break;
        case ast::UnitKind::Level:
          if (!v.is_integer() || v < Rational(1)) {
            auto& e = d_.report(msg::LevelTargetWhole, n.span, n.raw());
            e.note(ind.unit->span, txt::UnitIsLevel, im.unit->name.value);
          } else if (auto top_opt = im.scale && im.scale->of == ast::ScaleDecl::Of::Value ? ast::top_x(*im.scale)
                                                                                          : std::nullopt) {
            Rational top = *top_opt;
            if (v > top) {
              auto& e = d_.report(msg::LevelAboveScale, n.span, n.raw(), places_str(top),
                                            im.scale->name.value);
              e.note(im.scale->span, txt::TheScale);
            }
          }
          break;
        default:
          if (v.sign() < 0)
            d_.report(msg::NegativeCountTarget, n.span, n.raw());
          else if (!v.is_integer())
            count_fraction(im, n, msg::CountTargetFraction);
      }
      bool ratio = !ind.basis || *ind.basis == ast::Basis::Ratio;
      bool of_value = im.scale && im.scale->of == ast::ScaleDecl::Of::Value;
      if (ratio && !of_value && t.kind != ast::Target::Kind::Levels && v.is_zero()) {
        auto& e = d_.report(msg::TargetOfZero, n.span, im.id);
        e.help(txt::TargetAboveZero);
      }
    };
    if (t.value) check_value(*t.value);
    for (auto& p : t.parts) check_value(p);
  }

  // A `levels` target and a scale `of level` go together (E136): the scale
  // gives each level its points; the levels rise, or fall (lower is better).
  void levels_fit(const IndicatorModel& im) {
    const ast::Indicator& ind = *im.ast;
    auto levels = [&](const ast::Target& t) {
      if (t.kind != ast::Target::Kind::Levels || t.parts.size() < 2) return;
      int dir = (t.parts[1].value - t.parts[0].value).sign();
      for (std::size_t i = 1; i < t.parts.size(); ++i)
        if (dir == 0 || (t.parts[i].value - t.parts[i - 1].value).sign() != dir) {
          auto& e = d_.report(msg::LevelsNotInOrder, t.parts[i].span, t.parts[i].raw(), im.id);
          e.help(txt::LevelsExample);
          return;
        }
    };
    bool any_levels = false, all_levels = true;
    auto each = [&](const ast::Target& t) {
      levels(t);
      bool is_levels = t.kind == ast::Target::Kind::Levels;
      any_levels = any_levels || is_levels;
      all_levels = all_levels && is_levels;
    };
    if (ind.target) each(*ind.target);
    if (ind.schedule)
      for (const ast::YearTarget& yt : ind.schedule->targets) each(yt.target);
    if (!im.scale || (ind.basis && *ind.basis == ast::Basis::Given)) return;
    bool of_level = im.scale->of == ast::ScaleDecl::Of::Level;
    if (any_levels && !of_level) {
      auto& e = d_.report(msg::LevelsNeedLevelScale, ind.target ? ind.target->span : ind.number.span, im.id,
                          im.scale->name.value);
      e.note(im.scale->span, txt::TheScale);
      e.help(txt::UseLevelScale);
    } else if (of_level && (!any_levels || !all_levels) && (ind.target || ind.schedule)) {
      // At the plain target, else at the first year's target that is not levels.
      Span at = ind.number.span;
      if (ind.target) at = ind.target->span;
      else
        for (const ast::YearTarget& yt : ind.schedule->targets)
          if (yt.target.kind != ast::Target::Kind::Levels) {
            at = yt.target.span;
            break;
          }
      auto& e = d_.report(msg::LevelScaleNeedsLevels, at, im.id, im.scale->name.value);
      e.note(im.scale->span, txt::TheScale);
      e.help(txt::LevelsExample);
    }
  }

  // A score an assessor gives (`score 4.8`) belongs to an indicator that says
  // `basis given`, and such an indicator's results give a score, not a value
  // (E118); the score lies within its scale's scores when it has a scale.
  void given_fits(const IndicatorModel& im, const ast::Result& r) {
    bool given = im.ast->basis && *im.ast->basis == ast::Basis::Given;
    if (r.na || r.values.empty()) return;
    const ast::Number& v = r.values[0];
    if (r.score_given && !given) {
      auto& e = d_.report(msg::ScoreGivenForScaled, v.span, im.id);
      e.note(im.ast->number.span, txt::TheIndicator);
      e.help(txt::SayBasisGiven);
    } else if (given && !r.score_given) {
      auto& e = d_.report(msg::ValueForGiven, v.span, im.id);
      e.note(im.ast->number.span, txt::IndicatorSaysGiven);
      e.help(txt::WriteGivenScore, v.raw());
    } else if (given && im.scale && !im.scale->points.empty()) {
      const auto [lo, hi] = score_range(*im.scale);
      if (v.value < lo || v.value > hi) {
        auto& e = d_.report(msg::GivenScoreOutside, v.span, v.raw(), im.id, places_str(hi), im.scale->name.value);
        e.note(im.scale->span, txt::TheScale);
      }
    }
    // A row with no percent (a given score, a levels target) has no published percent to compare.
    if (r.reported && r.reported->percent && without_percent(im)) {
      auto& e = d_.report(msg::RowHasNoPercent, r.reported->percent->span, im.id);
      e.help(txt::RowHasNoPercentHint);
    }
  }

  // Figures the plan's table does not have (`overall none`, `columns`) are
  // refused where they are published: a figure planc accepts is compared (E138).
  void table_fits() {
    const ast::PlanHeader& h = *m_.header;
    // The table's columns; when a word of `columns` was not one (its E021
    // says what to mend first), no figure is refused for want of a column.
    auto has = [&](std::string_view c) { return h.columns_unknown || h.has_column(c); };
    const bool shows_contribution = h.columns_unknown || h.shows_contribution();
    // The plan's columns as written, for a hint that names them.
    std::string cols;
    if (h.columns)
      for (const ast::Name& c : *h.columns) {
        if (!cols.empty()) cols += ", ";
        cols += c.value;
      }
    // The note points at what excludes the figure: the columns, or the plan's `overall`.
    // (At the figure's span: a number, or a published quality level's word.)
    auto refuse = [&](Span at, std::string_view what, bool by_overall = false) -> Diagnostic& {
      auto& e = d_.report(msg::FigureNotInTable, at, what);
      if (h.columns && what != "overall" && !by_overall)
        e.note(h.columns->empty() ? h.span : h.columns->front().span, txt::TheColumns);
      else if (h.overall) e.note(h.overall->span, txt::TheOverallRule);
      return e;
    };
    // A column the table lacks: add it, or remove the figure.
    auto lacks = [&](const ast::Number& n, std::string_view what) { refuse(n.span, what).help(txt::AddColumnOrRemove, what, cols); };
    // A strategy's or a group's weighted score refused: why, in its own words.
    // (A strategy's first: its contribution needs `overall weighted` whatever else.)
    // (One refused for want of a weight among weighted ones, its only reason: its E113 says it.)
    auto no_contribution = [&](const ast::Number& n, bool has_weight, bool strategy, Span number) {
      auto same = [&](Span a) { return a.file == number.file && a.begin == number.begin; };
      const bool only_the_weight = shows_contribution && !h.weights_points && (!strategy || h.strategies_weigh());
      if (!has_weight && only_the_weight && std::any_of(without_weight_.begin(), without_weight_.end(), same)) return;
      const bool needs_weighted = strategy && !h.weights_points && !h.strategies_weigh();
      auto& e = refuse(n.span, "weighted", needs_weighted);
      if (h.weights_points) e.help(txt::ContributionUnderPoints);
      else if (needs_weighted)
        e.help(txt::ContributionNeedsWeighted, h.overall ? std::string_view(h.overall->value) : "mean");
      else if (!has_weight && shows_contribution) e.help(txt::ContributionNeedsWeight);  // else the column first
      else e.help(txt::AddColumnOrRemove, "contribution", cols);
    };
    // A published quality level with no quality scale to compare it with.
    auto no_quality = [&](const std::optional<ast::Text>& q, bool overall) {
      const bool no_figure = overall && h.no_overall();  // `overall none`: no overall to word
      if (!q || (!no_figure && (m_.quality || h.quality))) return;  // an unresolved `quality` has its own error
      if (no_figure) refuse(q->span, "overall").help(txt::RemoveOrSayOverall);
      else d_.report(msg::QualityWithoutScale, q->span, q->value).help(txt::QualityNeedsScale);
    };
    if (m_.reported_overall) no_quality(m_.reported_overall->quality, true);
    for (auto& g : m_.groups)
      if (g.reported && g.reported->quality)
        d_.report(msg::GroupQuality, g.reported->quality->span, g.id).help(txt::RemoveGroupQuality);
    for (auto& st : m_.strategies)
      if (st.reported) no_quality(st.reported->quality, false);
    if (const ast::ReportedTotal* t = m_.reported_overall) {
      if (h.no_overall()) {
        if (t->score) refuse(t->score->span, "overall").help(txt::RemoveOrSayOverall);
        if (t->percent) refuse(t->percent->span, "overall").help(txt::RemoveOrSayOverall);
      } else if (t->percent && !has("percent")) {
        lacks(*t->percent, "percent");
      }
      if (t->weighted) refuse(t->weighted->span, "weighted").help(h.no_overall() ? txt::RemoveOrSayOverall : txt::OverallIsAScore);
    }
    // A strategy's or a group's contribution (W × its score) is a figure only
    // where it has a weight that counts and the table a weighted column.
    bool by_weight = h.strategies_weigh();
    for (auto& g : m_.groups) {
      if (!g.reported) continue;
      if (g.reported->weighted && (!g.ast->weight || !shows_contribution || h.weights_points))
        no_contribution(*g.reported->weighted, bool(g.ast->weight), false, g.ast->number.span);
      // A group's score is its figure; planc derives no percent or Σ W for it.
      if (g.reported->percent) refuse(g.reported->percent->span, "percent").help(txt::GroupFiguresAre);
      if (g.reported->weight_sum) refuse(g.reported->weight_sum->span, "weight-sum").help(txt::GroupFiguresAre);
    }
    for (auto& st : m_.strategies) {
      if (st.reported && st.reported->weighted && (!st.ast->weight || !by_weight || !shows_contribution))
        no_contribution(*st.reported->weighted, bool(st.ast->weight), true, st.ast->number.span);
      if (st.reported && st.reported->percent && !has("percent")) lacks(*st.reported->percent, "percent");
      for (auto& i : st.indicators) {
        const ast::Result* r = i.result;
        if (!r || !r->reported) continue;
        // A row without a percent has had its E138 in given_fits.
        if (r->reported->percent && !has("percent") && !without_percent(i))
          lacks(*r->reported->percent, "percent");
        if (r->reported->weighted && !has("weighted")) {
          if (h.has_column("contribution")) refuse(r->reported->weighted->span, "weighted").help(txt::RowsHaveNoWeighted, cols);
          else lacks(*r->reported->weighted, "weighted");
        }
        if (r->reported->score && !has("score")) lacks(*r->reported->score, "score");
      }
    }
  }

  // Groups above strategies: each number once; when the plan has any, every
  // strategy is written in one; their weights are all given or none, and
  // sum to 1 (100 with `weights percent`).
  void groups() {
    std::vector<const ast::Group*> kept;
    for (const ast::Module& mod : p_.modules)
      for (const ast::Group& g : mod.groups) {
        auto first = std::find_if(kept.begin(), kept.end(),
                                  [&](const ast::Group* k) { return k->number.parts[0] == g.number.parts[0]; });
        if (first != kept.end()) {
          auto& e = d_.report(msg::GroupTwice, g.number.span, g.number.parts[0]);
          e.note((*first)->number.span, txt::FirstDeclaredHere);
          continue;
        }
        kept.push_back(&g);
      }
    if (kept.empty()) return;
    std::sort(kept.begin(), kept.end(), [](auto* a, auto* b) { return a->number.parts[0] < b->number.parts[0]; });
    for (const ast::Group* g : kept) m_.groups.push_back(GroupModel{g, g->number.str(), {}, nullptr});
    for (std::size_t k = 0; k < m_.strategies.size(); ++k) {
      StrategyModel& s = m_.strategies[k];
      if (!s.ast->group) {
        auto& e = d_.report(msg::StrategyOutsideGroups, s.ast->number.span, s.id);
        e.note(kept.front()->number.span, txt::TheFirstGroup);
        e.help(txt::WriteStrategyInGroup);
        continue;
      }
      for (std::size_t g = 0; g < m_.groups.size(); ++g)
        if (m_.groups[g].ast->number.parts[0] == s.ast->group->parts[0]) {
          s.group = static_cast<int>(g);
          m_.groups[g].strategies.push_back(k);
          break;
        }
    }
    if (m_.header->weights_whole) {  // the rows weigh by their share of the plan: groups would weigh them again
      auto& e = d_.report(msg::GroupsWithWholeWeights, kept.front()->number.span);
      e.help(txt::GroupsOrWhole);
    }
  }

  // `overall rows` (the mean of every indicator) where another rule makes
  // the overall: groups, weights of the whole plan, points.
  void overall_rows_alone() {
    const ast::PlanHeader& h = *m_.header;
    if (!h.overall_rows()) return;
    Term other = !m_.groups.empty() ? Term(txt::RowsWithGroups)
                 : h.weights_whole  ? Term(txt::RowsWithWholeWeights)
                 : h.weights_points ? Term(txt::RowsWithPoints)
                                    : Term{};
    if (!other.words) return;
    auto& e = d_.report(msg::OverallRowsWith, h.overall->span, other);
    e.help(txt::RowsOrTheOther);
  }

  // The groups' weights (once the published figures are known: a refused set
  // says which of them go uncompared).
  void group_weights() {
    if (m_.groups.empty()) return;
    const ast::PlanHeader& h = *m_.header;
    std::vector<Weighed> set;
    bool broken = false;
    for (const GroupModel& g : m_.groups) {
      if (g.ast->weight && h.weights_points) {  // a points plan sums its groups' points: no weight to give them
        auto& e = d_.report(msg::GroupWeightWithPoints, g.ast->weight->span, g.id);
        e.help(txt::RemoveGroupWeight);
        broken = true;
      }
      set.push_back({g.id, g.ast->number.span, g.ast->weight ? &*g.ast->weight : nullptr});
    }
    // What the groups' weights make: their contributions, the overall.
    bool published = m_.reported_overall != nullptr;
    for (const GroupModel& g : m_.groups) published = published || (g.reported && g.reported->weighted);
    if (!broken)
      weight_set(set, {msg::GroupWithoutWeight, txt::GiveEachGroupWeight, txt::GroupWeight, text(txt::TheGroups)},
                 m_.group_weights_refused, published);
  }

  // One level's weights, the groups' or the strategies' (of the plan, or of
  // one group): each within 0..1 (0..100 with `weights percent`), all given
  // or none, and summing to 1 (100).
  struct Weighed {
    std::string id;
    Span at;                     // its number
    const ast::Number* weight;   // nullptr: none given
  };
  struct WeightWords {
    const Message<std::string_view, std::size_t>& without;  // "group {} has no weight, while {} other groups have one"
    const Phrase<>& give_each;                                // how to mend that
    const Phrase<std::string_view, std::string_view>& each;   // a note per weight: "group {}: weight {}"
    Text whose;                                               // "the groups", in "the weights of the groups sum to …"
  };
  // A refused set marks the model (`refused`: PlanModel::strategy_weights_refused,
  // a group's, or ::group_weights_refused), and its first error says what is
  // left uncompared when the round publishes any of it (`published`).
  void weight_set(const std::vector<Weighed>& set, const WeightWords& words, bool& refused, bool published) {
    const std::size_t before = d_.errors();
    const std::size_t first = d_.all().size();
    weight_set_sound(set, words);
    if (d_.errors() == before) return;
    refused = true;
    if (published) d_.all_for_notes()[first].note(Span{}, txt::NotComparedUntilWeights);
  }
  void weight_set_sound(const std::vector<Weighed>& set, const WeightWords& words) {
    const ast::PlanHeader& h = *m_.header;
    const Rational one = h.weights_percent ? Rational(100) : Rational(1);
    std::vector<const Weighed*> weighted, unweighted;
    RationalSum sum;
    bool broken = false;
    for (const Weighed& x : set) {
      if (!x.weight) {
        unweighted.push_back(&x);
        continue;
      }
      if (x.weight->value.sign() < 0 || x.weight->value > one) {
        d_.report(h.weights_percent ? msg::WeightPercentRange : msg::WeightRange, x.weight->span, x.weight->raw());
        broken = true;
      }
      weighted.push_back(&x);
      sum.add(x.weight->value);
    }
    if (weighted.empty() || broken) return;
    for (const Weighed* x : unweighted) {
      auto& e = d_.report(words.without, x->at, x->id, weighted.size());
      e.help(words.give_each);
      without_weight_.push_back(x->at);
    }
    if (!unweighted.empty()) return;
    Rational total;
    try {
      total = sum.value();
    } catch (const Overflow&) {
      return;
    }
    if (total == one) return;
    auto& e = h.weights_percent ? d_.report(msg::WeightsSumNot100, weighted.front()->at, words.whose, places_str(total))
                                : d_.report(msg::WeightsSumNotOne, weighted.front()->at, words.whose, places_str(total));
    std::string terms;
    for (const Weighed* x : weighted) {
      e.note(x->weight->span, words.each, x->id, x->weight->raw());
      terms += (terms.empty() ? "" : " + ") + std::string(x->weight->raw());
    }
    e.note(Span{}, txt::SumIsExactly, terms, places_str(total), total.to_fraction());
    e.help(h.weights_percent ? txt::ChangeWeights100 : txt::ChangeWeights,
           total > one ? Term(txt::TakeAway) : Term(txt::Add), places_str((total - one).abs()));
  }

  // The strategies' own weights, where they count (`overall weighted`, not
  // points, not shares of the whole plan): the plan's strategies, or each
  // group's, are one set of weights (weight_set). A strategy left without a
  // weight would otherwise weigh 1, a weight of 130 % would count as such.
  void strategy_weights() {
    const ast::PlanHeader& h = *m_.header;
    if (!h.strategies_weigh()) {
      unused_strategy_weights();
      return;
    }
    // Shares of the whole plan: the overall weighs the rows, a strategy's
    // weight makes only its contribution (W × score), checked against a
    // published one; the weights are not a set that sums to 100.
    if (h.weights_whole) return;
    // `group`: the set's group, whose published figures the set makes too.
    auto check = [&](const std::vector<std::size_t>& ks, Text whose, bool& refused, const GroupModel* group) {
      std::vector<Weighed> set;
      bool published = m_.reported_overall != nullptr || (group && group->reported);
      for (std::size_t k : ks) {
        const StrategyModel& s = m_.strategies[k];
        set.push_back({s.id, s.ast->number.span, s.ast->weight ? &*s.ast->weight : nullptr});
        published = published || (s.reported && s.reported->weighted);
      }
      weight_set(set, {msg::StrategyWithoutWeight, txt::GiveEachStrategyWeight, txt::StrategyWeight, std::move(whose)},
                 refused, published);
      m_.strategy_weights_refused |= refused;
    };
    if (m_.groups.empty()) {
      std::vector<std::size_t> all(m_.strategies.size());
      for (std::size_t k = 0; k < all.size(); ++k) all[k] = k;
      check(all, text(txt::TheStrategies), m_.strategy_weights_refused, nullptr);
    }
    for (GroupModel& g : m_.groups)
      check(g.strategies, text(txt::TheStrategiesOfGroup, g.id), g.strategy_weights_refused, &g);
  }

  // Strategies' weights where they do not count (W119): said once, at the
  // first, lest a planner believe the 70 : 30 they wrote weighs anything.
  void unused_strategy_weights() {
    const ast::PlanHeader& h = *m_.header;
    const StrategyModel* first = nullptr;
    std::size_t n = 0;
    for (const StrategyModel& s : m_.strategies)
      if (s.ast->weight) {
        if (!first) first = &s;
        ++n;
      }
    if (!first) return;
    Term why = h.weights_points ? Term(txt::TotalIsPoints)
               : h.no_overall()   ? Term(txt::OverallIsNone)
               : h.overall_rows()  ? Term(txt::OverallIsRows)
               : h.weights_whole   ? Term(txt::OverallIsWhole)
                                   : Term(txt::OverallIsMean);
    auto& e = d_.report(msg::StrategyWeightUnused, first->ast->weight->span, first->id, why);
    if (n > 1) e.note(Span{}, txt::StrategiesWithWeight, n, m_.strategies.size());
    if (h.overall && !h.weights_points && !h.no_overall()) e.note(h.overall->span, txt::TheOverallRule);
    e.help(h.weights_points || h.no_overall() ? txt::RemoveStrategyWeights : txt::SayWeightedOrRemove);
  }

  // A round's adjustments (`deduct 1.2 0.2 "..."`): each names a row of the plan.
  void adjustments() {
    for (const ast::Module& mod : p_.modules)
      for (const ast::Adjustment& a : mod.adjustments) {
        if (!a.id) {
          if (m_.header->no_overall()) {
            auto& e = d_.report(msg::NoOverallToAdjust, a.span);
            if (m_.header->overall) e.note(m_.header->overall->span, txt::TheOverallRule);
            e.help(txt::AdjustARowInstead);
            continue;
          }
          m_.adjustments.push_back({&a, nullptr});
          continue;
        }
        const IndicatorModel* im = m_.find_indicator(*a.id);
        if (!im) {
          d_.report(msg::AdjustNoSuchRow, a.id->span, a.id->str());
          continue;
        }
        m_.adjustments.push_back({&a, im});
      }
  }

  void reported_totals() {
    for (const ast::Module& mod : p_.modules)
      for (const ast::ReportedTotal& t : mod.reported) {
        const ast::ReportedTotal** slot = &m_.reported_overall;
        if (t.group) {
          auto it = std::find_if(m_.groups.begin(), m_.groups.end(), [&](auto& g) { return g.id == t.group->str(); });
          if (it == m_.groups.end()) {
            d_.report(msg::NoSuchGroup, t.group->span, t.group->str());
            continue;
          }
          slot = &it->reported;
        } else if (t.strategy) {
          auto it = std::find_if(m_.strategies.begin(), m_.strategies.end(),
                                 [&](auto& s) { return s.id == t.strategy->str(); });
          if (it == m_.strategies.end()) {
            d_.report(msg::NoSuchStrategy, t.strategy->span, t.strategy->str());
            continue;
          }
          slot = &it->reported;
        }
        if (*slot) {
          auto& e = d_.report(msg::FiguresTwice, t.span);
          e.note((*slot)->span, txt::FirstGivenHere);
          continue;
        }
        *slot = &t;
      }
  }

  // A result for an indicator the plan does not have (E103), reported once
  // every result is matched: the hint offers the indicators that still have
  // none (of its strategy, else of the plan), the closest first.
  void unknown_result(const ast::Result& r) {
    std::string id = r.id.str();
    auto& e = d_.report(msg::NoSuchIndicator, r.id.span, id);
    int sn = r.id.parts[0];
    auto st = std::find_if(m_.strategies.begin(), m_.strategies.end(),
                           [&](auto& s) { return s.ast->number.parts[0] == sn; });
    if (st == m_.strategies.end()) e.note(Span{}, txt::NoStrategyNumbered, sn);
    else e.note(st->ast->number.span, txt::StrategyHasN, sn, st->indicators.size());
    // For the first few such mistakes only, so that a file of wrong ids stays linear.
    if (++unknown_results_ > 20) return;
    std::vector<std::string> open;
    auto gather = [&](const StrategyModel& s) {
      for (const auto& i : s.indicators) {
        if (!i.result && i.subs.empty()) open.emplace_back(i.id);
        for (const auto& sub : i.subs)
          if (!sub.result) open.emplace_back(sub.id);
      }
    };
    if (st != m_.strategies.end()) gather(*st);
    else
      for (const auto& s : m_.strategies) gather(s);
    if (open.empty()) return;
    std::string best = closest(id, open);
    if (!best.empty()) {
      e.help(txt::DidYouMeanResult, best);
      return;
    }
    std::string list;
    for (std::size_t k = 0; k < open.size() && k < 6; ++k) list += (k ? ", " : "") + open[k];
    if (open.size() > 6) list += ", ...";
    e.help(txt::StillWithoutResult, list);
  }

  void results() {
    std::vector<const ast::Result*> unknown;
    for (const ast::Module& mod : p_.modules)
      for (const ast::Result& r : mod.results) {
        if (!r.projects.empty()) budgets(r);
        IndicatorModel* found = m_.find_indicator(r.id);
        if (!found) {
          unknown.push_back(&r);
          continue;
        }
        IndicatorModel& im = *found;
        std::string_view id = im.id;
        if (im.result) {
          auto& e = d_.report(msg::TwoResults, r.id.span, id);
          e.note(im.result->id.span, txt::TheFirstOne);
          continue;
        }
        im.result = &r;
        if (r.weight) {
          im.weight = &*r.weight;
        }
        if (!r.na && r.values.empty() && !r.incomplete && !r.published_mean()) {  // sum ÷ count is a value
          auto& e = d_.report(msg::ResultWithoutValue, r.id.span, id);
          e.help(txt::AddValueOrNa);
        }
        if (!r.values.empty()) {
          Standing st = standing(*im.ast, months());
          if (st == Standing::NotStarted) {
            auto& e = d_.report(msg::ResultBeforeStart, r.values[0].span, id, im.ast->schedule->starts->raw());
            e.note(im.ast->schedule->starts->span, txt::StartsHere);
            e.help(txt::RemoveOrMoveStart);
          } else if (st == Standing::Cancelled) {
            auto& e = d_.report(msg::ResultForCancelled, r.values[0].span, id);
            e.note(im.ast->schedule->cancelled->span, txt::CancelledHere);
            e.help(txt::RemoveResultOfCancelled);
          }
        }
        for (auto& o : r.offices) resolve<SymbolKind::Office>(o.name(), "office NAME \"full name\"");
        for (auto& pp : r.projects)
          if (pp.name) {
            if (const ast::Project* decl = resolve<SymbolKind::Project>(*pp.name, "")) {
              // The project a name stands for is the first declared with it;
              // its owner is the indicator with it among its `projects`.
              const auto& own = im.ast->projects;
              if (std::none_of(own.begin(), own.end(), [&](const ast::Project& p) { return &p == decl; })) {
                auto& e = d_.report(msg::ProjectOfAnother, pp.name->span, pp.name->value);
                e.note(decl->span, txt::DeclaredHere);
              }
            }
          }
        result_fits(im, r);
        given_fits(im, r);
      }
    for (const ast::Result* r : unknown) unknown_result(*r);
    round_weights();
    if (m_.round && !syntax_errors_) {
      for (auto& s : m_.strategies)
        for (auto& i : s.indicators)
          if (!i.result && !has_value(i) && standing(*i.ast, months()) == Standing::Active) {
            auto& e = d_.report(msg::NoResultIn, i.ast->number.span, i.id, m_.round->name.value);
            e.help(txt::AddResult, i.id);
          }
    }
  }

  // One rule for where a strategy's weights come from in a round: from the
  // round when the round gives a weight to any of its indicators (then an
  // indicator it gives none has none), otherwise from the plan (for this
  // round's length: `weight 0.3 for 6`).
  void round_weights() {
    for (auto& s : m_.strategies) {
      s.weights_from_round = std::any_of(s.indicators.begin(), s.indicators.end(),
                                         [](const IndicatorModel& i) { return i.result && i.result->weight; });
      if (!s.weights_from_round) continue;
      for (auto& i : s.indicators) i.weight = i.result && i.result->weight ? &*i.result->weight : nullptr;
    }
  }

  std::optional<int> months() const {
    if (!m_.round || !m_.round->months) return std::nullopt;
    return static_cast<int>(m_.round->months->value.to_int64().value_or(12));
  }

  void result_fits(const IndicatorModel& im, const ast::Result& r) {
    if (!im.unit) return;
    // W128 and W129 first: a value W129 splits is not also a percent above 100.
    bool joined = per_project_values(im, r);
    for (auto& v : r.values) {
      const Rational& x = v.value;
      if (x.sign() < 0) {
        d_.report(msg::NegativeResult, v.span, v.raw());
        continue;
      }
      switch (im.unit->kind) {
        case ast::UnitKind::Percent:
          if (x.compare(1) >= 0) ++whole_percents_;
          else if (x.sign() > 0) small_percents_.push_back({&v, nullptr, nullptr, &im});
          if (x.compare(100) > 0) {
            bool comma = v.raw().find(',') != std::string_view::npos;
            if (comma && joined) break;
            if (comma && groups_at_most(v.raw(), 100)) {
              // `values 90,100` is 90100 %: two percents without a space.
              auto& e = d_.report(msg::CommaJoinsNumbers, v.span, v.raw(), places_str(x));
              e.note(im.ast->unit->span, txt::UnitIsPercent, im.unit->name.value);
              e.help(txt::SpaceAfterComma, spaced_values(r), split_count(r));
              break;
            }
            auto& e = d_.report(msg::PercentAbove100, v.span, v.raw());
            e.help(txt::SuccessRateAtMost100);
          }
          break;
        case ast::UnitKind::Level: level_result(im, v); break;
        case ast::UnitKind::Count:
          if (!x.is_integer()) count_fraction(im, v, msg::CountResultFraction);
          break;
        default: break;
      }
    }
  }

  // W127: a fraction of a unit that counts whole things (32.5 villages).
  template <typename M>
  void count_fraction(const IndicatorModel& im, const ast::Number& n, const M& m) {
    if (!counts_whole_things(*im.unit)) return;  // an amount: 1.5 million baht, 12.5 days
    auto& e = d_.report(m, n.span, n.raw());
    e.note(im.ast->unit->span, txt::UnitCountsThings, im.unit->name.value);
    e.help(txt::CountIsWhole);
  }

  // W126: a level result is a whole level, at most the indicator's top level:
  // its scale's top point when the scale reads the level itself (`of value`),
  // else 5 or its target when that is higher.
  void level_result(const IndicatorModel& im, const ast::Number& v) {
    const Rational& x = v.value;
    const ast::Indicator& ind = *im.ast;
    if (!x.is_integer()) {
      auto& e = d_.report(msg::LevelResultWhole, v.span, v.raw());
      e.note(ind.unit->span, txt::UnitIsLevel, im.unit->name.value);
      e.help(txt::WriteLevelReached, as_written(x.floor(), v.thai_digits));
      return;
    }
    if (im.scale && im.scale->of == ast::ScaleDecl::Of::Value) {
      if (im.scale != top_of_) {  // level indicators mostly share one scale: its top once
        top_of_ = im.scale;
        top_ = ast::top_x(*im.scale);
      }
      if (!top_ || x <= *top_) return;
      auto& e = d_.report(msg::LevelResultAboveTop, v.span, v.raw(), places_str(*top_), im.id);
      e.note(im.scale->span, txt::TheScaleTop, im.scale->name.value);
      e.help(txt::CheckLevelReached, places_str(*top_));
      return;
    }
    if (x.compare(5) <= 0) return;
    Rational top(5);
    if (const ast::Target* t = target_of(ind, m_.year)) {
      if (t->value) top = std::max(top, t->value->value);
      for (auto& p : t->parts) top = std::max(top, p.value);
    }
    if (x <= top) return;
    auto& e = d_.report(msg::LevelResultAboveTop, v.span, v.raw(), places_str(top), im.id);
    e.note(ind.unit->span, txt::LevelsUpToTarget, im.unit->name.value);
    e.help(txt::CheckLevelReached, places_str(top));
  }

  // A number as a planner would type it, in the digits `thai` says.
  static std::string as_written(const Rational& x, bool thai) {
    std::string s = x.to_decimal(0, 6);
    return thai ? utf8::to_thai_digits(s) : s;
  }

  // `values A, B, C` with a space after every comma, as the result's values
  // are written: what a result with values joined by commas meant.
  static std::string spaced_values(const ast::Result& r) {
    std::string s = "values ";
    for (std::size_t i = 0; i < r.values.size(); ++i) {
      if (i) s += ", ";
      s += spaced_commas(r.values[i].raw());
    }
    return s;
  }
  static std::size_t split_count(const ast::Result& r) {
    std::size_t n = 0;
    for (auto& v : r.values) n += comma_groups(v.raw());
    return n;
  }

  // W128 and W129 for an indicator measured per project (its target is
  // `per-project`, or its result has several values): one value per project,
  // or per project under way (a project not started, postponed or cancelled
  // in this round may have none). When values written with commas and no
  // space (`values 100,750`), split, would fit, that is W129 (true returned);
  // else several values that do not fit are W128.
  bool per_project_values(const IndicatorModel& im, const ast::Result& r) {
    std::size_t n = r.values.size();
    // Nearly every result is one value below 1000, which cannot be written
    // with a thousands separator: decided without reading the indicator.
    if (n == 0 || (n == 1 && r.values[0].value.compare(1000) < 0)) return false;
    const ast::Indicator& ind = *im.ast;
    const ast::Target* t = target_of(ind, m_.year);
    bool per_project = t && t->kind == ast::Target::Kind::PerProject;
    if (n < 2 && !per_project) return false;
    std::size_t all = ind.projects.size(), idle = 0;
    for (const ast::ProjectProgress& pp : r.projects) {
      if (!pp.name) ++all;  // a project named only in this round
      if (pp.status && (*pp.status == ast::ProjectStatus::NotStarted ||
                        *pp.status == ast::ProjectStatus::Postponed || *pp.status == ast::ProjectStatus::Cancelled))
        ++idle;
    }
    if (all == 0) return false;
    std::size_t least = all - std::min(idle, all);
    auto fits = [&](std::size_t k) { return k >= least && k <= all; };
    if (fits(n)) return false;
    std::size_t split = split_count(r);
    if (split != n && fits(split)) {
      std::string fix = spaced_values(r);
      for (auto& v : r.values) {
        if (comma_groups(v.raw()) < 2) continue;
        auto& e = d_.report(msg::CommaJoinsNumbers, v.span, v.raw(), places_str(v.value));
        e.note(ind.number.span, txt::IndicatorHasProjects, im.id, all);
        e.help(txt::SpaceAfterComma, fix, split);
      }
      return true;
    }
    if (n < 2) return false;  // one value (the projects' mean, say) is not a list
    Span at{r.values[0].span.file, r.values[0].span.begin, r.values[n - 1].span.end};
    auto& e = d_.report(msg::ValuesForProjects, at, n, all, im.id, all == 1 ? "" : "s");
    // The projects, each where the plan declares it (the first few).
    std::size_t shown = 0;
    for (const ast::Project& p : ind.projects) {
      if (shown == 6) break;
      ++shown;
      const ast::ProjectProgress* row = nullptr;
      if (p.name)
        for (const ast::ProjectProgress& pp : r.projects)
          if (pp.name && pp.name->value == p.name->value) row = &pp;
      std::string_view name = p.name ? p.name->value : p.title.value;
      if (row && row->status && *row->status != ast::ProjectStatus::InProgress &&
          *row->status != ast::ProjectStatus::Done)
        e.note(p.span, txt::ProjectNamedStatus, name, status_term(*row->status));
      else
        e.note(p.span, txt::ProjectNamed, name);
    }
    if (ind.projects.size() > shown) e.note(Span{}, txt::ProjectsNoted, ind.projects.size() - shown);
    e.help(txt::OneValuePerProject);
    return false;
  }

  static Term status_term(ast::ProjectStatus s) {
    switch (s) {
      case ast::ProjectStatus::NotStarted: return txt::StatusNotStarted;
      case ast::ProjectStatus::Postponed: return txt::StatusPostponed;
      default: return txt::StatusCancelled;
    }
  }

  // W125: percent figures between 0 and 1, written as shares of 1 (0.95 for
  // 95 %)? One compared with a figure of 1 or more at least ten times it (a
  // target with its result, a result with its target) is. One with nothing to
  // be compared with is when it is the plan's only percent below 1 not
  // explained so, and the plan has others: in a plan of small percents
  // (0.5 %, 0.3 %) none is.
  void percent_shares() {
    if (small_percents_.empty()) return;
    std::optional<int> months;
    if (m_.round && m_.round->months)
      if (auto m = m_.round->months->value.to_int64()) months = static_cast<int>(*m);
    std::vector<const ast::Number*> against(small_percents_.size(), nullptr);
    std::vector<bool> alone(small_percents_.size(), false);  // nothing to compare it with
    std::size_t unexplained = 0;
    for (std::size_t k = 0; k < small_percents_.size(); ++k) {
      const SmallPercent& c = small_percents_[k];
      const ast::Number* other = nullptr;
      if (!c.im) {  // a target: against its indicator's largest result value
        ast::IdPath path;
        path.parts.push_back(c.strategy->number.parts[0]);
        for (int part : c.ind->number.parts) path.parts.push_back(part);
        const IndicatorModel* im = m_.find_indicator(path);
        if (im && im->ast == c.ind && im->result)
          for (const ast::Number& v : im->result->values)
            if (!other || v.value > other->value) other = &v;
      } else if (const ast::Target* t = target_of(*c.im->ast, m_.year)) {  // a result: against its target
        other = target_number_for_round(*t, months);
      }
      if (other && other->value >= Rational(1) && other->value >= c.n->value * Rational(10)) against[k] = other;
      else ++unexplained;
      alone[k] = !other;
    }
    std::size_t shares = small_percents_.size() - unexplained;
    for (std::size_t k = 0; k < small_percents_.size(); ++k) {
      const SmallPercent& c = small_percents_[k];
      if (!against[k] && !(alone[k] && unexplained == 1 && whole_percents_ > 0)) continue;
      bool target = !c.im;
      auto& e = target ? d_.report(msg::PercentTargetShare, c.n->span, c.n->raw())
                       : d_.report(msg::PercentResultShare, c.n->span, c.n->raw());
      if (against[k]) e.note(against[k]->span, target ? txt::ItsResultIs : txt::ItsTargetIs, against[k]->raw());
      else if (shares == 0) e.note(Span{}, txt::OtherPercentsAtLeastOne, whole_percents_);
      else e.note(Span{}, txt::OtherPercentsOrShares, whole_percents_, shares);
      Rational meant = c.n->value * Rational(100);
      e.help(txt::PercentNotShare, as_written(meant, c.n->thai_digits), places_str(meant));
    }
  }

  // Each strategy's weights are checked apart from the others': in runs of
  // strategies taken by the threads, for a large plan (as structure() builds
  // them); the diagnostics are joined in the strategies' order.
  void weights() {
    auto& ss = m_.strategies;
    if (m_.header->weights_whole || m_.header->weights_points) {
      // Shares of the whole plan: the strategies' rows sum to 1 (100)
      // together, checked once; points: no sum at all. One thread (a rare shape).
      whole_ = std::make_unique<Whole>();
      for (auto& s : ss) strategy_weights(s, s.weights_from_round);
      if (m_.header->weights_whole && !whole_->rows.empty() && !whole_->incomplete) {
        bool from_round = std::any_of(ss.begin(), ss.end(), [](auto& s) { return s.weights_from_round; });
        try {
          Rational sum = whole_->sum.value();
          sum_fits(whole_->rows, sum, ss.front().ast->number.span, [] { return text(txt::ThePlansRows); }, from_round);
        } catch (const Overflow&) {
          auto& e = d_.report(msg::WeightsTooPrecise, ss.front().ast->number.span, text(txt::ThePlansRows));
          e.help(txt::WeightsSimpler);
        }
      }
      whole_.reset();
      if (m_.header->weights_whole) strategy_shares();
      return;
    }
    StrategyRuns runs(ss.size(), o_.threads, o_.parallel_min_indicators,
                      [&](std::size_t k) { return ss[k].indicators.size(); });
    on_runs(runs, ss.size(), [&](Checker& c, std::size_t i) { c.strategy_weights(ss[i], ss[i].weights_from_round); });
  }

  // Calls work(checker, i) for each strategy i: on this checker when the runs
  // are one, else each run on a thread with a checker of its own (reporting
  // into diagnostics of its own, see support/runs.hpp). Then, in the order of
  // the runs, each thread's diagnostics join this checker's and join(its
  // checker) is called, after before_join(all the threads' checkers).
  using Runs = std::vector<std::unique_ptr<Checker>>;
  template <typename Work, typename Join = void (*)(Checker&), typename BeforeJoin = void (*)(const Runs&)>
  void on_runs(const StrategyRuns& runs, std::size_t count, Work&& work, Join&& join = [](Checker&) {},
               BeforeJoin&& before_join = [](const Runs&) {}) {
    if (!runs.parallel()) {
      for (std::size_t i = 0; i < count; ++i) work(*this, i);
      return;
    }
    Runs threads(runs.size());
    runs.each(
        d_,
        [&](std::size_t k, std::size_t from, std::size_t to, Diagnostics& d) {
          threads[k] = std::make_unique<Checker>(p_, d, *this);
          for (std::size_t i = from; i < to; ++i) work(*threads[k], i);
        },
        [&](std::size_t k) {
          if (k == 0) before_join(threads);
          join(*threads[k]);
        });
  }

  // E139: under `weights whole` a strategy's weight, when it has one, is its
  // share of the whole plan: its rows' shares together (the plan's weights,
  // whatever the round says of a row). Its contribution (W × score) is made
  // with it, so a share that is not the rows' would print a wrong figure.
  void strategy_shares() {
    if (!m_.header->strategies_weigh()) return;  // the weight counts nowhere: W119's
    for (const StrategyModel& s : m_.strategies) {
      if (!s.ast->weight || s.weights_from_round || s.indicators.empty()) continue;
      RationalSum rows;
      bool all = true;
      for (const IndicatorModel& i : s.indicators) {
        if (!i.weight || i.ast->incomplete) {
          all = false;  // a row without a weight is E113's
          break;
        }
        rows.add(i.weight->value);
      }
      if (!all) continue;
      Rational sum;
      try {
        sum = rows.value();
      } catch (const Overflow&) {
        continue;  // E110's WeightsTooPrecise says it for the plan's rows
      }
      const ast::Number& w = *s.ast->weight;
      if (w.value == sum) continue;
      // The sum as it can be written: a fraction when no decimal is exact (100/3).
      bool thai = w.thai_digits;
      std::string exact = (sum * Rational(1000000)).is_integer() ? as_written(sum, thai) : sum.to_fraction();
      auto& e = d_.report(msg::StrategyShareNotRows, w.span, s.id, w.raw(), exact);
      e.note(Span{}, txt::WholeStrategyShare);
      e.help(txt::WriteStrategyShare, exact);
    }
  }

  // `weights whole` / `weights points`: a strategy's rows are not a group of
  // their own; what they weigh is gathered here across the plan.
  struct Whole {
    std::vector<const IndicatorModel*> rows;
    RationalSum sum;
    bool incomplete = false;
  };
  std::unique_ptr<Whole> whole_;

  void strategy_weights(const StrategyModel& s, bool from_round_weights) {
    weight_group(s.indicators, [&] { return text(txt::GroupStrategy, s.id); }, s.ast->number.span,
                 from_round_weights, whole_.get());
    for (auto& i : s.indicators) {
      bool any = std::any_of(i.subs.begin(), i.subs.end(), [](auto& x) { return x.weight != nullptr; });
      if (!any) continue;
      // Weighted sub-indicators: the indicator's score is their weighted mean.
      if (i.result && !i.result->values.empty()) {
        const auto& w = *std::find_if(i.subs.begin(), i.subs.end(), [](auto& x) { return x.weight != nullptr; });
        auto& e = d_.report(msg::OwnResultAndWeightedSubs, w.weight->span, i.id);
        e.note(i.result->values[0].span, txt::ItsOwnResult);
        e.help(txt::WeightSubsOrNot);
        continue;
      }
      bool from_round = std::any_of(i.subs.begin(), i.subs.end(),
                                    [](auto& x) { return x.result && x.result->weight; });
      weight_group(i.subs, [&] { return text(txt::GroupSubs, i.id); }, i.ast->number.span,
                   from_round);
    }
  }

  static bool has_value(const IndicatorModel& i) {
    if (i.result && !i.result->values.empty()) return true;
    return std::any_of(i.subs.begin(), i.subs.end(), [](auto& x) { return x.weight && has_value(x); });
  }

  // One group of weights (a strategy's indicators, or an indicator's
  // sub-indicators) must sum to 1 exactly. `group_name` names the group in
  // a diagnostic (made only then).
  // `whole`: the strategy's rows are part of the plan's one group (`weights
  // whole`, `weights points`): their weights are gathered there, not summed here.
  template <typename GroupName>
  void weight_group(std::span<const IndicatorModel> rows, GroupName&& group_name, Span anchor, bool from_round,
                    Whole* whole = nullptr) {
    std::vector<const IndicatorModel*> weighted, unweighted_scored;
    RationalSum weights_sum;
    bool overflow = false, incomplete = false;
    bool subs = !rows.empty() && rows[0].is_sub;
    bool percent = m_.header->weights_percent;  // `weights percent`: a group sums to 100
    bool points = m_.header->weights_points;    // `weights points`: each row's full marks
    for (auto& i : rows) {
      incomplete = incomplete || i.ast->incomplete || (i.result && i.result->incomplete);
      // NA, cancelled or not started: no weight in this round.
      bool na = (i.result && i.result->na) || standing(*i.ast, months()) != Standing::Active;
      bool valued = has_value(i);
      if (i.weight) {
        const ast::Number& w = *i.weight;
        if (points && w.value.sign() < 0) {
          d_.report(msg::WeightPointsNegative, w.span, w.raw());
          incomplete = true;
        } else if (points) {
        } else if (percent && (w.value.sign() < 0 || w.value > Rational(100))) {
          d_.report(msg::WeightPercentRange, w.span, w.raw());
          incomplete = true;
        } else if (!percent && (w.value.sign() < 0 || w.value > Rational(1))) {
          auto& e = d_.report(msg::WeightRange, w.span, w.raw());
          // `weight 25` is almost always 25 %: say what to write.
          if (w.value >= Rational(5) && w.value <= Rational(100))
            e.help(txt::WeightAsPercent, places_str(w.value / Rational(100)), w.raw());
          else e.help(txt::WeightsAsFractions);
          incomplete = true;  // the sum is wrong because of this weight: reported here, not again as E110
        }
        if (from_round && na && i.result && i.result->weight) {
          auto& e = d_.report(msg::NaWithWeight, i.result->weight->span, i.id, w.raw());
          if (i.result->na) e.note(i.result->na->span, i.result->cancelled ? txt::CancelledHere : txt::NaHere);
          e.help(txt::NaCarriesNoRoundWeight);
          continue;
        }
        if (from_round ? valued : true) {
          weighted.push_back(&i);
          weights_sum.add(w.value);
        }
      } else if (valued && !(i.result && i.result->incomplete) && !subs &&
                 standing(*i.ast, months()) == Standing::Active) {
        unweighted_scored.push_back(&i);
      }
    }
    if (weighted.empty()) return;
    Rational sum;
    try {
      sum = weights_sum.value();
    } catch (const Overflow&) {
      overflow = true;
    }
    for (auto* i : unweighted_scored) {
      Span at = i->result ? i->result->id.span : i->ast->number.span;
      auto& e = d_.report(msg::ResultWithoutWeight, at, i->id, weighted.size(), group_name());
      e.help(from_round ? txt::AddWeightToResult : txt::AddWeightToIndicator);
    }
    if (overflow) {
      auto& e = d_.report(msg::WeightsTooPrecise, anchor, group_name());
      e.help(txt::WeightsSimpler);
      return;
    }
    if (whole) {
      whole->rows.insert(whole->rows.end(), weighted.begin(), weighted.end());
      whole->sum.add(sum);
      whole->incomplete = whole->incomplete || incomplete;
      return;
    }
    if (incomplete) return;  // a weight lost to an error is not a wrong sum
    sum_fits(weighted, sum, anchor, group_name, from_round);
  }

  // The E110 (W111) of a group of rows whose weights sum to `sum`: unless it
  // is 1 (100 with `weights percent`).
  template <typename GroupName>
  void sum_fits(const std::vector<const IndicatorModel*>& weighted, const Rational& sum, Span anchor,
                GroupName&& group_name, bool from_round) {
    bool percent = m_.header->weights_percent;
    const Rational one = percent ? Rational(100) : Rational(1);
    if (sum == one) return;
    Rational diff = (sum - one).abs();
    bool tolerated = m_.round && m_.round->tolerance && diff <= m_.round->tolerance->value;
    auto& e = percent ? (tolerated ? d_.report(msg::WeightsSum100Tolerated, anchor, group_name(), places_str(sum))
                                   : d_.report(msg::WeightsSumNot100, anchor, group_name(), places_str(sum)))
                      : (tolerated ? d_.report(msg::WeightsSumTolerated, anchor, group_name(), places_str(sum))
                                   : d_.report(msg::WeightsSumNotOne, anchor, group_name(), places_str(sum)));
    std::string terms;
    for (auto* i : weighted) {
      e.note(i->weight->span, txt::IndicatorWeight, i->id, i->weight->raw());
      terms += terms.empty() ? "" : " + ";
      terms += i->weight->raw();
    }
    e.note(Span{}, txt::SumIsExactly, terms, places_str(sum), sum.to_fraction());
    // The plan's sum counts the rows that drop out in a round (NA, cancelled,
    // not started): say so when there are some, so that nobody takes them out.
    if (!from_round && std::any_of(weighted.begin(), weighted.end(), [&](const IndicatorModel* i) {
          return (i->result && i->result->na) || standing(*i->ast, months()) != Standing::Active;
        }))
      e.note(Span{}, txt::WeightsNaRule);
    if (tolerated) {
      e.note(m_.round->tolerance->span, txt::WithinTolerance, m_.round->tolerance->raw());
      e.help(txt::DividesBySumW, places_str(sum));
    } else {
      e.help(percent ? txt::ChangeWeights100 : txt::ChangeWeights, sum > one ? Term(txt::TakeAway) : Term(txt::Add),
             places_str(diff));
    }
  }

  // A result's progress rows: budget − disbursed = remaining (results()
  // checks them as it meets each result, all of them, matched or not).
  void budgets(const ast::Result& r) {
    for (const ast::ProjectProgress& pp : r.projects) {
      const ast::Number* budget = m_.budget(pp);
      money_fits(pp, budget);
      if (!budget || !pp.disbursed || !pp.remaining) continue;
      Rational expect = budget->value - pp.disbursed->value;
      if (expect == pp.remaining->value) continue;
      auto& e = d_.report(msg::BudgetDoesNotAddUp, pp.remaining->span, budget->raw(), pp.disbursed->raw(),
                          expect.to_fixed(2), pp.remaining->raw());
      e.note(budget->span, txt::TheBudget);
      e.note(pp.disbursed->span, txt::TheDisbursed);
      e.help(txt::BudgetDifference, (pp.remaining->value - expect).abs().to_fixed(2));
    }
  }

  // W135: an amount of money is not negative.
  bool amount_fits(const ast::Number& n, const Term& what) {
    if (n.value.sign() >= 0) return true;
    auto& e = d_.report(msg::NegativeMoney, n.span, what, n.raw());
    if (what.words == Term(txt::TheRemaining).words) e.help(txt::OverspentIsDisbursed);
    else e.help(txt::WriteAmountUnsigned);
    return false;
  }

  // W134 and W135 for a progress row: disbursed and remaining are each at
  // most the budget (the row's own, else its project's in the plan), and no
  // amount is negative. A remaining below 0 after a disbursed above the
  // budget is the same overspending: reported once, at the disbursed. A
  // remaining above the budget beside a disbursed cannot add up: E130 says so.
  void money_fits(const ast::ProjectProgress& pp, const ast::Number* budget) {
    if (pp.budget && !amount_fits(*pp.budget, txt::TheBudget)) budget = nullptr;
    if (budget && budget->value.sign() < 0) budget = nullptr;  // the plan's: reported there
    bool over = false;
    if (pp.disbursed && amount_fits(*pp.disbursed, txt::TheDisbursed) && budget &&
        pp.disbursed->value > budget->value) {
      auto& e = d_.report(msg::DisbursedAboveBudget, pp.disbursed->span, pp.disbursed->raw(), budget->raw());
      e.note(budget->span, txt::TheBudget);
      e.help(txt::AboveBudgetCheck);
      over = true;
    }
    if (!pp.remaining) return;
    if (pp.remaining->value.sign() < 0) {
      if (!over) amount_fits(*pp.remaining, txt::TheRemaining);
    } else if (budget && !pp.disbursed && pp.remaining->value > budget->value) {  // with it: E130
      auto& e = d_.report(msg::RemainingAboveBudget, pp.remaining->span, pp.remaining->raw(), budget->raw());
      e.note(budget->span, txt::TheBudget);
      e.help(txt::AboveBudgetCheck);
    }
  }
};

}  // namespace

std::optional<PlanModel> check(ast::Program& program, const Options& o) { return Checker(program, o).run(); }

}  // namespace planc::check
