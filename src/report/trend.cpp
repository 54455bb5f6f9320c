#include "report/trend.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <fmt/format.h>

#include "report/format.hpp"
#include "report/model.hpp"
#include "report/steps.hpp"

namespace planc::report {
namespace {

using check::IndicatorModel;

// The strategies and indicators of one scored round, by id.
struct RoundIndex {
  std::unordered_map<std::string_view, const eval::Node*> nodes;
  std::unordered_map<std::string_view, const IndicatorModel*> models;
};

class TrendBuilder {
 public:
  TrendBuilder(const std::vector<TrendInput>& in, const TrendOptions& o) {
    for (auto& r : in)
      if (r.scored && r.scored->model && r.scored->model->header) in_.push_back(&r);
    const check::PlanModel* first = in_.empty() ? nullptr : in_.front()->scored->model;
    out_.lang = !o.lang.empty() ? o.lang : first ? first->header->language : "th";
    if (out_.lang != "en") out_.lang = "th";
    if (!o.digits.empty()) out_.thai_digits = o.digits == "thai";
    else out_.thai_digits = first && first->header->digits && *first->header->digits == ast::Digits::Thai;
    out_.labels = &trend_labels(out_.lang);
    out_.report_labels = &labels(out_.lang);
    L_ = out_.labels;
    R_ = out_.report_labels;
    for (auto* r : in_) index_.push_back(index(*r->scored));
  }

  TrendModel build() {
    header();
    for (std::size_t k = 0; k < in_.size(); ++k) out_.rounds.push_back(round(k));
    indicators();
    budgets();
    charts();
    return std::move(out_);
  }

  Neighbours neighbours() {
    Neighbours n;
    for (std::size_t k = 0; k < in_.size(); ++k) {
      TrendRound r = round(k);
      n.rounds.push_back({std::move(r.short_label), std::move(r.score), in_[k]->file, in_[k]->errors});
      const eval::ScoredPlan& p = *in_[k]->scored;
      for (const eval::Node& s : p.strategies) {
        Neighbours::StrategyFigures& f = n.strategies[s.id];
        f.score.resize(in_.size());
        f.weighted_sum.resize(in_.size());
        f.score[k] = figure(s.score, p.places);
        f.weighted_sum[k] = figure(s.weighted_sum, p.places);
      }
    }
    indicators();
    n.indicators = std::move(out_.indicators);
    for (std::size_t i = 0; i < n.indicators.size(); ++i) n.by_id.emplace(n.indicators[i].id, i);
    return n;
  }

 private:
  std::vector<const TrendInput*> in_;
  std::vector<RoundIndex> index_;
  TrendModel out_;
  const TrendLabels* L_ = nullptr;
  const Labels* R_ = nullptr;
  Rational top_ = 5;

  bool th() const { return out_.lang == "th"; }
  std::string digits(std::string_view s) const { return report::digits(s, out_.thai_digits); }
  std::string number(int n) const { return digits(std::to_string(n)); }

  static RoundIndex index(const eval::ScoredPlan& p) {
    RoundIndex ix;
    auto add_model = [&](const IndicatorModel& im) { ix.models.emplace(im.id, &im); };
    for (auto& s : p.model->strategies)
      for (auto& im : s.indicators) {
        add_model(im);
        for (auto& sub : im.subs) add_model(sub);
      }
    auto add_node = [&](auto&& self, const eval::Node& n) -> void {
      ix.nodes.emplace(n.id, &n);
      for (auto& c : n.children) self(self, c);
    };
    for (auto& s : p.strategies) add_node(add_node, s);
    return ix;
  }

  // A figure at `places`; a whole number without decimals when `whole_plain`.
  Figure figure(const std::optional<Rational>& r, int places, bool whole_plain = false) const {
    Figure f{r, ""};
    if (r) f.text = digits(r->to_fixed(whole_plain && r->is_integer() ? 0 : places));
    return f;
  }
  Figure money(const std::optional<Rational>& r) const {
    Figure f{r, ""};
    if (r) f.text = report::money(*r, out_.thai_digits);
    return f;
  }

  void header() {
    if (in_.empty()) return;
    const check::PlanModel& m = *in_.back()->scored->model;
    const ast::PlanHeader& h = *m.header;
    out_.plan_title = h.title.value;
    // "แนวโน้มผลการดำเนินงานตามแผน…", but "… ตาม Riverside …": a space before a plan's title in Latin letters.
    const bool latin = !h.title.value.empty() && (h.title.value[0] & 0x80) == 0;
    out_.title = fmt::format("{}{}{}", L_->title, latin && th() ? " " : "", h.title.value);
    if (h.agency) out_.agency = h.agency->value;
    if (h.year_from)
      out_.years = digits(h.year_from->raw()) +
                   (h.year_to && h.year_to->value != h.year_from->value ? " - " + digits(h.year_to->raw()) : "");
    if (m.scale) {
      top_ = m.scale->points.empty() ? Rational(5) : m.scale->points.front().score.value;
      for (auto& p : m.scale->points) top_ = std::max(top_, p.score.value);
    }
    out_.top_score = digits(top_.to_decimal(0, 2));
    out_.overall_label = R_->overall_score;
    out_.score_label = L_->score;
    // The plan's word for its strategies (องค์ประกอบที่), else planc's (report/steps.hpp).
    const Locale lv = ast::plan_locale(&h, th() ? Lang::Th : Lang::En);
    out_.strategy_word = th() ? strategy_word(lv, true) : capitalised(strategy_word(lv));
    const std::string sw = strategy_word(lv), iw = indicator_word(lv);
    out_.strategies_chart = th() ? fmt::format("คะแนนของแต่ละ{}ในแต่ละรอบ", sw) : fmt::format("Each {}'s score by round", sw);
    out_.indicators_title = th() ? fmt::format("ผลการดำเนินงานราย{}ในแต่ละรอบ", iw)
                                 : fmt::format("{} by round", capitalised(plural(iw, 2)));
    out_.indicator_label = th() ? iw : capitalised(iw);
    out_.below_chart = th() ? fmt::format("{}ที่ผลยังต่ำกว่าเป้าหมายในรอบล่าสุด (ร้อยละของเป้าหมาย)", iw)
                            : fmt::format("{} below target in the last round (percent of target)", capitalised(plural(iw, 2)));
    out_.none_below = th() ? fmt::format("ไม่มี{}ที่ผลต่ำกว่าเป้าหมายในรอบล่าสุด", iw)
                           : fmt::format("No {} is below its target in the last round", iw);
    out_.strategy_total = th() ? "รวม" + strategy_word(lv, true) : fmt::format("Total of {}", sw);
    out_.points = h.weights_points;
    out_.show_percent = h.has_column("percent");
    if (h.weights_points) {
      out_.overall_label = th() ? "คะแนนรวม" : "Total points";
      out_.score_label = th() ? "คะแนนที่ได้" : "Points earned";
    }
    for (auto& s : in_.back()->scored->strategies) out_.strategies.push_back({s.id, digits(s.id), std::string(s.title)});
  }

  TrendRound round(std::size_t k) const {
    const TrendInput& in = *in_[k];
    const eval::ScoredPlan& p = *in.scored;
    TrendRound r;
    r.file = in.file;
    r.year = in.year;
    r.months = in.months;
    r.year_text = in.year ? number(in.year) : "";
    r.months_text = in.months ? number(in.months) : "";
    r.short_label = in.months ? fmt::format("{}{}{}", L_->months, r.months_text, L_->months_end) : in.file;
    if (in.self_assessment) r.short_label = th() ? "ประเมินตนเอง" : "self-assessment";
    bool academic = p.model && p.model->header && p.model->header->academic;  // `calendar academic`
    const char* year_word = academic ? (th() ? "ปีการศึกษา" : "AY") : L_->fiscal_year;
    r.label = in.year ? fmt::format("{} {} {}", year_word, r.year_text, r.short_label) : r.short_label;
    r.score = figure(p.score, p.places);
    r.percent = figure(p.percent, p.places);
    for (auto& s : out_.strategies) {
      auto it = index_[k].nodes.find(s.id);
      r.strategies.push_back(it == index_[k].nodes.end() ? Figure{} : figure(it->second->score, p.places));
    }
    return r;
  }

  std::optional<int> months_of(std::size_t k) const {
    if (in_[k]->months) return in_[k]->months;
    const check::PlanModel& m = *in_[k]->scored->model;
    if (m.round && m.round->months) return static_cast<int>(m.round->months->value.to_int64().value_or(12));
    return std::nullopt;
  }

  TrendCell cell(std::size_t k, const eval::Node& n, const IndicatorModel* im) const {
    int places = in_[k]->scored->places;
    TrendCell c;
    c.value = figure(n.value, places, true);
    c.target = figure(n.target, places, true);
    c.percent = figure(n.percent, places);
    // Category points: a row's score is the points it earned (W × SM), as its report shows.
    const check::PlanModel& m = *in_[k]->scored->model;
    c.score = figure(m.header->weights_points ? n.weighted : n.score, places);
    c.weighted = figure(n.weighted, places);
    const ast::Result* res = im ? im->result : nullptr;
    if (res && res->value_text) c.result = res->value_text->value;
    else if (res && res->score_given && !c.value.text.empty())  // a score, as the round's own column words it
      c.result = fmt::format(fmt::runtime(R_->given_result), c.value.text);
    else c.result = c.value.text;
    switch (n.status) {
      case eval::Status::Scored: c.status = "scored"; break;
      case eval::Status::Unweighted: c.status = "unweighted"; break;
      case eval::Status::Missing: c.status = "missing"; c.status_text = L_->missing; break;
      case eval::Status::Error: c.status = "error"; c.status_text = L_->error; break;
      case eval::Status::Na:
        c.result = R_->na;
        if (n.na_kind == eval::NaKind::Cancelled) {
          c.status = "cancelled";
          c.status_text = fmt::format("{}: {}", R_->cancelled, n.na_reason);
        } else if (n.na_kind == eval::NaKind::NotStarted) {
          c.status = "not-started";
          const ast::Indicator* a = im ? im->ast : nullptr;
          std::string starts = a && a->schedule && a->schedule->starts ? digits(a->schedule->starts->raw()) : "";
          c.status_text = fmt::format("{}{}{}", R_->not_started, starts, R_->not_started_end);
        } else {
          c.status = "na";
          c.status_text = fmt::format("{}: {}", R_->na, na_words(n, ast::plan_locale(m.header, th() ? Lang::Th : Lang::En)));
        }
        break;
    }
    c.below = n.status == eval::Status::Scored && n.percent && n.percent->compare(100) < 0;
    return c;
  }

  // Every indicator of every round, in the order of the rounds' plans.
  void indicators() {
    std::map<std::string_view, std::size_t> at;
    for (std::size_t k = 0; k < in_.size(); ++k) {
      const check::PlanModel& m = *in_[k]->scored->model;
      auto add = [&](const IndicatorModel& im) {
        auto [it, fresh] = at.emplace(im.id, out_.indicators.size());
        if (!fresh) return;
        TrendIndicator t;
        t.id = im.id;
        t.full_number = digits(im.id);
        t.title = im.ast->title.value;
        t.unit = unit_label(im.unit, th());
        t.sub = im.is_sub;
        if (im.ast->target) {
          t.target = target_text(*im.ast->target, th(), out_.thai_digits);
          t.compound = im.ast->target->kind == ast::Target::Kind::Compound;
        }
        t.by_year = im.ast->schedule && !im.ast->schedule->targets.empty();
        if (t.by_year)  // the plan's targets by year after its plain one: "≥ 120,000; 2568: ≥ 126,000"
          for (const ast::YearTarget& yt : im.ast->schedule->targets)
            t.target += fmt::format("{}{} {}: {}", t.target.empty() ? "" : "; ", th() ? "ปี" : "FY",
                                    digits(yt.year.value.to_decimal(0, 0)),
                                    target_text(yt.target, th(), out_.thai_digits));
        t.rounds.resize(in_.size());
        out_.indicators.push_back(std::move(t));
      };
      for (auto& s : m.strategies)
        for (auto& im : s.indicators) {
          add(im);
          for (auto& sub : im.subs) add(sub);
        }
    }
    for (std::size_t k = 0; k < in_.size(); ++k)
      for (auto& [id, node] : index_[k].nodes) {
        if (node->kind == "strategy") continue;
        auto it = at.find(id);
        if (it == at.end()) continue;
        auto im = index_[k].models.find(id);
        out_.indicators[it->second].rounds[k] = cell(k, *node, im == index_[k].models.end() ? nullptr : im->second);
      }
  }

  TrendMoney money_of(const ast::Number* budget, const ast::Number* disbursed, const ast::Number* remaining) const {
    TrendMoney t;
    t.reported = true;
    auto value = [](const ast::Number* n) { return n ? std::optional<Rational>(n->value) : std::nullopt; };
    t.budget = money(value(budget));
    t.disbursed = money(value(disbursed));
    t.remaining = money(value(remaining));
    return t;
  }

  void rate(TrendMoney& t, int places) const {
    if (t.budget.exact && t.disbursed.exact && t.budget.exact->sign() > 0)
      t.rate = figure(*t.disbursed.exact / *t.budget.exact * Rational(100), places);
  }

  void budgets() {
    std::map<std::string, std::size_t> at;  // strategy, indicator, project -> its place
    auto project = [&](const IndicatorModel& im, std::string_view sid, std::string name, std::string title) -> TrendProject& {
      std::string key = fmt::format("{}\x1f{}\x1f{}", im.id, name, name.empty() ? title : "");
      auto [it, fresh] = at.emplace(key, out_.projects.size());
      if (fresh) {
        TrendProject p{std::string(sid), std::string(im.id), digits(im.id), std::move(name), std::move(title), {}};
        p.rounds.resize(in_.size());
        out_.projects.push_back(std::move(p));
      }
      return out_.projects[it->second];
    };
    for (std::size_t k = 0; k < in_.size(); ++k) {
      const check::PlanModel& m = *in_[k]->scored->model;
      int places = in_[k]->scored->places;
      auto each = [&](const IndicatorModel& im, std::string_view sid) {
        std::vector<const ast::Project*> reported;
        if (im.result)
          for (auto& pp : im.result->projects) {
            const ast::Project* decl = m.project(pp);
            if (decl) reported.push_back(decl);
            std::string title(decl ? decl->title.value : pp.title ? pp.title->value : pp.name->value);
            std::string name = pp.name ? std::string(pp.name->value) : "";
            TrendMoney t = money_of(m.budget(pp), pp.disbursed ? &*pp.disbursed : nullptr,
                                    pp.remaining ? &*pp.remaining : nullptr);
            if (pp.status) t.status = project_status(*pp.status, th());
            rate(t, places);
            project(im, sid, name, title).rounds[k] = std::move(t);
          }
        for (auto& decl : im.ast->projects) {
          if (std::find(reported.begin(), reported.end(), &decl) != reported.end()) continue;
          TrendMoney t = money_of(decl.budget ? &*decl.budget : nullptr, nullptr, nullptr);
          t.reported = false;
          project(im, sid, decl.name ? std::string(decl.name->value) : "", std::string(decl.title.value)).rounds[k] = std::move(t);
        }
      };
      for (auto& s : m.strategies)
        for (auto& im : s.indicators) {
          each(im, s.id);
          for (auto& sub : im.subs) each(sub, s.id);
        }
    }
    // The totals per strategy, round by round, in the strategies' order.
    for (auto& s : out_.strategies) {
      TrendBudget b{s.id, s.number, s.title, {}};
      bool any = false;
      for (std::size_t k = 0; k < in_.size(); ++k) {
        // Every project's budget, what the round reports disbursed, and the
        // budget not (yet reported) disbursed: a project that reports nothing
        // this round counts as nothing disbursed.
        std::optional<Rational> budget, disbursed, remaining;
        auto add = [](std::optional<Rational>& sum, const Figure& f) {
          if (f.exact) sum = sum ? *sum + *f.exact : *f.exact;
        };
        bool reported = false;
        for (auto& p : out_.projects) {
          if (p.strategy != s.id) continue;
          any = true;
          reported = reported || p.rounds[k].reported;
          add(budget, p.rounds[k].budget);
          add(disbursed, p.rounds[k].disbursed);
        }
        if (budget) remaining = *budget - disbursed.value_or(Rational(0));
        TrendMoney t;
        t.reported = reported;
        t.budget = money(budget);
        t.disbursed = money(disbursed);
        t.remaining = money(remaining);
        rate(t, in_[k]->scored->places);
        b.rounds.push_back(std::move(t));
      }
      if (any) out_.budgets.push_back(std::move(b));
    }
  }

  static std::string share(const Rational& part, const Rational& whole) {
    if (whole.sign() <= 0) return "0.00";
    Rational f = std::min(std::max(part / whole, Rational(0)), Rational(1));
    return (f * Rational(100)).to_fixed(2);
  }

  void charts() {
    for (std::size_t i = 0; i < out_.strategies.size(); ++i) {
      std::vector<std::string> line;
      for (std::size_t k = 0; k < out_.rounds.size(); ++k) {
        const Figure& f = out_.rounds[k].strategies[i];
        // Out of the scale's top score; category points out of the strategy's full marks.
        Rational top = top_;
        if (out_.points) {
          auto it = index_[k].nodes.find(out_.strategies[i].id);
          if (it != index_[k].nodes.end() && it->second->weight_sum && it->second->weight_sum->sign() > 0)
            top = *it->second->weight_sum;
        }
        line.push_back(f.exact ? share(*f.exact, top) : "");
      }
      out_.plot.push_back(std::move(line));
    }
    if (out_.rounds.empty()) return;
    std::size_t last = out_.rounds.size() - 1;
    for (auto& t : out_.indicators) {
      const TrendCell& c = t.rounds[last];
      if (!c.below || !c.percent.exact) continue;
      out_.shortfalls.push_back({t.id, t.full_number, t.title, c.percent.text, share(*c.percent.exact, Rational(100))});
    }
  }
};

}  // namespace

TrendModel trend(const std::vector<TrendInput>& rounds, const TrendOptions& o) {
  return TrendBuilder(rounds, o).build();
}

Neighbours neighbours(const std::vector<TrendInput>& earlier, const TrendOptions& o) {
  return TrendBuilder(earlier, o).neighbours();
}

std::vector<std::string> Neighbours::headings() const {
  std::vector<std::string> out;
  for (const Round& r : rounds) out.push_back(r.heading);
  return out;
}

const TrendIndicator* Neighbours::find(const std::string& id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &indicators[it->second];
}

}  // namespace planc::report
