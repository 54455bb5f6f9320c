#include "report/build.hpp"

#include <algorithm>
#include <memory>
#include <tuple>
#include <fmt/format.h>

#include <range/v3/numeric/accumulate.hpp>
#include <range/v3/view/transform.hpp>

#include "eval/scale.hpp"
#include "report/format.hpp"
#include "report/steps.hpp"
#include "support/utf8.hpp"

namespace planc::report {
namespace {

using check::IndicatorModel;

bool inside(const Span& outer, const Span& inner) {
  return outer.valid() && inner.valid() && outer.file == inner.file && inner.begin >= outer.begin &&
         inner.begin < std::max(outer.end, outer.begin + 1);
}

Paragraphs paragraphs(std::string_view text) {
  Paragraphs out;
  std::string cur;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::string line(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    std::size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += (cur.empty() ? "" : " ") + line.substr(b);
    }
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

class Builder {
 public:
  Builder(const eval::ScoredPlan& r, const SourceManager& sm, const Diagnostics& d, const Options& o)
      : r_(r), m_(*r.model), sm_(sm), d_(d) {
    out_.lang = !o.lang.empty() ? o.lang : m_.header->language;
    if (!o.digits.empty()) out_.thai_digits = o.digits == "thai";
    else if (m_.header->digits) out_.thai_digits = *m_.header->digits == ast::Digits::Thai;
    else out_.thai_digits = false;
    out_.labels = &labels(out_.lang);
    L_ = out_.labels;
    places_ = r.places;
    handed_in_ = out_.handed_in = o.findings == Options::Findings::None;
    if (o.neighbours && !o.neighbours->rounds.empty()) {
      neighbours_ = o.neighbours;
      out_.earlier_rounds = o.neighbours->headings();
      const TrendLabels& TL = trend_labels(out_.lang);
      std::int64_t months = m_.round && m_.round->months ? m_.round->months->value.to_int64().value_or(12) : 12;
      out_.this_round = fmt::format("{}{}{}", TL.months, digits(std::to_string(months)), TL.months_end);
      if (o.neighbours->committee) out_.this_round = L_->committee_round;
      for (const Neighbours::Round& r : o.neighbours->rounds) {
        out_.earlier_overall.push_back(r.overall.text.empty() ? "-" : r.overall.text);
        if (m_.quality) out_.earlier_quality.push_back(quality_of(r.overall.exact));
        if (r.errors && !handed_in_)
          out_.earlier_errors.push_back(fmt::format(fmt::runtime(L_->earlier_errors), r.heading, r.file,
                                                    digits(std::to_string(r.errors)), r.file));
      }
    }
  }

  // The model without the strategies' rows and steps: headings, totals,
  // counts and the findings of the plan and of each strategy.
  const Model& head() {
    header();
    out_.strategies.reserve(r_.strategies.size());
    for (auto& s : r_.strategies) out_.strategies.push_back(strategy_head(s));
    summary();
    collect_scales();
    if (handed_in_) leave_out_published();
    else place_findings();
    return out_;
  }

  // Strategy k in full, with what of its rows `what` asks for (see
  // Model::Content), read from the scored plan's rows (and their steps, when
  // it was scored with them: eval::Options::explain).
  Strategy strategy(std::size_t k, Model::Content what = Model::Content::All) const {
    Strategy s = out_.strategies[k];
    const check::StrategyModel& sm = m_.strategies[k];
    bool scores = (static_cast<int>(what) & static_cast<int>(Model::Content::Scores)) != 0;
    bool plan = (static_cast<int>(what) & static_cast<int>(Model::Content::Plan)) != 0;
    const eval::Node* n = nullptr;
    if (scores && r_.rows) {
      n = &r_.strategies[k];
      s.steps = steps(n->steps);
    }
    auto add = [&](const IndicatorModel& im, const eval::Node* node) {
      Row& r = s.rows.emplace_back(identity(im));
      if (plan) plan_part(im, r);
      if (node) score_part(*node, im, r);
      if (neighbours_) earlier(r);
    };
    for (std::size_t i = 0; i < sm.indicators.size(); ++i) {
      const IndicatorModel& im = sm.indicators[i];
      const eval::Node* c = n ? &n->children[i] : nullptr;
      add(im, c);
      for (std::size_t j = 0; j < im.subs.size(); ++j) add(im.subs[j], c ? &c->children[j] : nullptr);
    }
    auto [from, to] = std::equal_range(row_findings_.begin(), row_findings_.end(), k, ByStrategy{});
    for (auto it = from; it != to; ++it)
      if (it->row < s.rows.size()) s.rows[it->row].findings.push_back(it->finding);
    return s;
  }

 private:
  const eval::ScoredPlan& r_;
  const check::PlanModel& m_;
  const SourceManager& sm_;
  const Diagnostics& d_;
  Model out_;
  // Findings of rows, in the diagnostics' order within each strategy, sorted
  // by strategy: strategy(k) takes its own.
  struct RowFinding {
    std::size_t strategy, row;
    Finding finding;
  };
  std::vector<RowFinding> row_findings_;
  // (Not std::ranges with a projection: clang with libstdc++ 12 cannot
  // compile those, and the fuzz build is clang.)
  struct ByStrategy {
    bool operator()(const RowFinding& a, const RowFinding& b) const { return a.strategy < b.strategy; }
    bool operator()(const RowFinding& a, std::size_t k) const { return a.strategy < k; }
    bool operator()(std::size_t k, const RowFinding& a) const { return k < a.strategy; }
  };
  const Labels* L_ = nullptr;
  const Neighbours* neighbours_ = nullptr;
  int places_ = 2;
  bool handed_in_ = false;  // the copy to hand in (Options::Findings::None)
  bool th() const { return out_.lang == "th"; }

  // ---- numbers in the report's digits ----
  std::string digits(std::string_view s) const { return report::digits(s, out_.thai_digits); }
  std::string fixed(const std::optional<Rational>& r) const { return r ? digits(r->to_fixed(places_)) : ""; }
  std::string money(const Rational& r) const { return report::money(r, out_.thai_digits); }
  std::string raw(const ast::Number& n) const { return digits(n.raw()); }
  // A quality band's word in the report's language (its `en` word, if it has one, in English).
  std::string band_word(const ast::QualityBand& b) const {
    return std::string(!th() && b.en ? b.en->value : b.word.value);
  }
  // The quality level of a score by the plan's quality scale ("" without one,
  // "-" without a score or a band). When the score as the report prints it
  // would fall in another band (4.52 printed 4.5, ดีมาก), the score the bands
  // compare follows the word: "ดีมาก (4.52)".
  std::string quality_of(const std::optional<Rational>& score) const {
    if (!m_.quality) return {};
    if (!score) return "-";
    const ast::QualityBand* b = eval::quality_band(*m_.quality, *score);
    if (!b) return "-";
    if (eval::quality_band(*m_.quality, score->round(places_)) == b) return band_word(*b);
    return fmt::format("{} ({})", band_word(*b), digits(score->round(m_.quality->band_places()).to_fixed(m_.quality->band_places())));
  }
  // Whether a level the report printed is not the one its score has (shown as differing).
  bool quality_differs(const std::string& published, const std::optional<Rational>& score) const {
    if (!m_.quality || published.empty() || !score) return false;
    const ast::QualityBand* b = eval::quality_band(*m_.quality, *score);
    return !b || !eval::band_says(*b, published);
  }
  std::string text(const std::optional<ast::Text>& t) const { return t ? std::string(t->value) : std::string(); }

  // The cover's lines under its title: the round, and the plan when the
  // title does not name it; each says the year once. When the title says it
  // ("... ปีการศึกษา ๒๕๕๕"), the round's and the plan's lines leave it out
  // ("ผลการประเมินของคณะกรรมการ", not the year three times on one cover); else
  // the round's line gives it unless the round's name already does.
  void cover() {
    const std::string& round = out_.round;
    std::string plan = out_.plan_title;
    out_.cover_round = round;
    out_.cover_plan = out_.title.find(plan) == std::string::npos ? plan : "";
    if (!m_.year) return;
    const std::string year = std::to_string(m_.year);
    // Separators around a phrase taken out, whole code points ("·", "–" are
    // two and three bytes: a byte of theirs is also one of a Thai letter's).
    static const std::string_view kSeps[] = {" ", ",", "-", "\xC2\xB7", "\xE2\x80\x93"};
    auto dash_at = [](std::string_view s, std::size_t at) {
      return at < s.size() && (s[at] == '-' || s.substr(at, 3) == "\xE2\x80\x93");
    };
    auto dash_before = [&](std::string_view s, std::size_t at) {  // "๒๕๖๓ - " before `at`
      while (at > 0 && s[at - 1] == ' ') --at;
      return (at >= 1 && s[at - 1] == '-') || (at >= 3 && s.substr(at - 3, 3) == "\xE2\x80\x93");
    };
    // The round's year as a year of its own, in either digit set: not one end
    // of a range of the plan's years ("พ.ศ. 2563 - 2565" says no round's year).
    auto says = [&](const std::string& s) {
      const std::string a = utf8::to_arabic_digits(s);
      for (std::size_t at = a.find(year); at != std::string::npos; at = a.find(year, at + 1)) {
        std::size_t next = a.find_first_not_of(' ', at + year.size());
        if (!dash_at(a, next == std::string::npos ? a.size() : next) && !dash_before(a, at)) return true;
      }
      return false;
    };
    if (!says(out_.title)) {
      if (!says(round)) out_.cover_round += (round.empty() ? "" : " · ") + out_.year_label + " " + out_.fiscal_year;
      return;
    }
    // The year's phrase taken out ("ปีงบประมาณ พ.ศ. ๒๕๖๕", "ประจำปี ๒๕๖๒",
    // "ปี ๒๕๖๒", in either digit set), with the separators left around it; only a
    // phrase of its own (a word's end is kept whole) and not the start of a
    // range ("ปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๗" is the plan's years).
    auto lower = [](std::string t) {
      for (char& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      return t;
    };
    auto without = [&](const std::string& s) {
      const std::string low = lower(s);
      // The phrases a year is said with, the longest first.
      const std::string label = out_.year_label;
      const std::vector<std::string> words =
          th() ? std::vector<std::string>{"ประจำ" + label, label, "ประจำปี", "ปี", "พ.ศ."} : std::vector<std::string>{label};
      for (const std::string& digits : {year, utf8::to_thai_digits(year)})
        for (const std::string& word : words) {
          const std::string p = word + " " + digits;
          std::size_t at = low.find(lower(p));
          if (at == std::string::npos || (at > 0 && s[at - 1] != ' ')) continue;
          std::size_t after = s.find_first_not_of(' ', at + p.size());
          if (dash_at(s, after == std::string::npos ? s.size() : after)) continue;
          std::string left = s.substr(0, at), right = s.substr(at + p.size());
          for (bool trimmed = true; trimmed;) {
            trimmed = false;
            for (std::string_view sep : kSeps) {
              if (left.size() >= sep.size() && left.compare(left.size() - sep.size(), sep.size(), sep) == 0)
                left.erase(left.size() - sep.size()), trimmed = true;
              if (right.compare(0, sep.size(), sep) == 0) right.erase(0, sep.size()), trimmed = true;
            }
          }
          std::string out = left + (left.empty() || right.empty() ? "" : " ") + right;
          return out.empty() ? s : out;  // a round named by its year alone keeps it
        }
      return s;
    };
    out_.cover_round = without(round);
    // The round the title already names ("... พ.ศ. ๒๕๖๓ รอบ ๖ เดือน") is not said again under it.
    if (!out_.cover_round.empty() && out_.title.find(out_.cover_round) != std::string::npos) out_.cover_round.clear();
    if (!out_.cover_plan.empty()) {
      out_.cover_plan = without(out_.cover_plan);
      if (out_.title.find(out_.cover_plan) != std::string::npos) out_.cover_plan.clear();
    }
  }

  void header() {
    const ast::PlanHeader& h = *m_.header;
    out_.plan_title = h.title.value;
    out_.overall_rule = h.overall ? std::string(h.overall->value) : "mean";
    method(h);
    table_shape(h);
    out_.year_label = h.academic ? (th() ? "ปีการศึกษา" : "Academic year") : L_->fiscal_year;
    out_.agency = text(h.agency);
    out_.by = text(h.unit_name);
    if (h.year_from)
      out_.years = raw(*h.year_from) + (h.year_to && h.year_to->value != h.year_from->value ? " - " + raw(*h.year_to) : "");
    if (m_.round) {
      const ast::RoundDecl& rd = *m_.round;
      out_.round = rd.name.value;
      if (m_.year) out_.fiscal_year = digits(std::to_string(m_.year));
      if (rd.months) out_.months = raw(*rd.months);
      if (rd.tolerance) out_.tolerance = raw(*rd.tolerance);
      out_.title = rd.title ? std::string(rd.title->value)
                            : fmt::format("{}{} {}", L_->report_of, h.title.value, rd.name.value);
      cover();
      out_.date = text(rd.date);
      out_.preface = paragraphs(text(rd.preface));
      out_.introduction = paragraphs(text(rd.introduction));
      out_.method = paragraphs(text(rd.method));
      for (auto& o : rd.objectives) out_.objectives.emplace_back(o.value);
      out_.frozen = text(rd.frozen);
      for (auto& r : rd.restated) out_.restatements.push_back({std::string(r.date.value), std::string(r.reason.value)});
    } else {
      out_.title = fmt::format("{}{}", L_->report_of, h.title.value);
    }
    for (auto* t : m_.recommendations) out_.recommendations.push_back(paragraphs(t->value));
    if (m_.scale) {
      out_.scale_title = digits(scale_title(*m_.scale));  // in the report's digits, as its table
      out_.scale_name = m_.scale->name.value;
      for (auto& p : m_.scale->points) {
        out_.scale_rows.push_back(digits(p.x.raw()) + " → " + digits(p.score.raw()));
        out_.scale_heads.push_back(digits(std::to_string(out_.scale_rows.size())));
      }
      Rational top = m_.scale->points.empty() ? Rational(5) : m_.scale->points.front().score.value;
      for (auto& p : m_.scale->points) top = std::max(top, p.score.value);
      top_ = top;
      out_.top_score = digits(top.to_decimal(0, 2));
    }
    if (m_.quality) {  // the quality level of each score: its band's word (`quality NAME`)
      out_.show_quality = true;
      out_.quality_name = m_.quality->name.value;
      out_.quality_label = th() ? "ผลการประเมิน" : "Quality level";
      out_.quality_title = digits(scale_title(*m_.quality));
      // (A title that is itself "เกณฑ์…" is not said twice.)
      const bool criteria = out_.quality_title.rfind("เกณฑ์", 0) == 0;
      out_.quality_heading = th() ? fmt::format("ผลการประเมินตาม{}{}", criteria ? "" : "เกณฑ์", out_.quality_title)
                                  : out_.quality_title.find("quality level") != std::string::npos
                                      ? capitalised(out_.quality_title)  // "OHEC quality levels (score 0-5)"
                                      : fmt::format("Quality levels ({})", out_.quality_title);
      for (const ast::QualityBand& b : m_.quality->bands)
        out_.quality_rows.push_back(fmt::format("{} – {} {}", digits(b.from.raw()), digits(b.to.raw()), band_word(b)));
    }
    for (auto* s : {&out_.plan_title, &out_.agency, &out_.by, &out_.date})
      if (!s->empty()) out_.meta.push_back(*s);
    // The body this round assesses, and whose assessment it is.
    if (m_.round && m_.round->body)
      out_.meta.push_back(fmt::format("{}{}", th() ? "หน่วยงานที่รับการประเมิน: " : "Body assessed: ", m_.round->body->value));
    if (m_.round && m_.round->self_assessment())
      out_.meta.push_back(th() ? "ผลการประเมินตนเองของหน่วยงาน" : "The body's own assessment");
    if (m_.round && m_.round->body) out_.body = m_.round->body->value;
    if (m_.round && m_.round->assessment) out_.assessment = m_.round->assessment->value;
    for (const check::AdjustmentModel& a : m_.adjustments)
      out_.adjustments.push_back({a.ast->deduct ? "deduct" : "add", a.row ? std::string(a.row->id) : "overall",
                                  raw(a.ast->amount), std::string(a.ast->reason.value)});
    for (int b = 1; b <= 5; ++b) out_.band_labels.push_back(digits(std::to_string(b)));
    out_.rounding_rule = fmt::format("{} {}", m_.rounding.mode == ast::Rounding::Mode::Rows ? "rows" : "none",
                                     m_.rounding.places);
    std::string places = digits(std::to_string(m_.rounding.places));
    // The places, and the English plural's "s" (the Thai label has no use for it): "to 1 decimal place".
    out_.rounding = fmt::format(fmt::runtime(m_.rounding.mode == ast::Rounding::Mode::Rows ? L_->rounding_rows : L_->rounding_none),
                                places, m_.rounding.places == 1 ? "" : "s");
  }
  Rational top_ = 5;

  // The plan's method as its header writes it (a workbook carries it).
  void method(const ast::PlanHeader& h) {
    if (h.weights_points) out_.weights_rule = "points";
    else if (h.weights_whole) out_.weights_rule = h.weights_percent ? "percent whole" : "fraction whole";
    else if (h.weights_percent) out_.weights_rule = "percent";
    if (h.columns)
      for (const ast::Name& c : *h.columns) out_.columns_rule += (out_.columns_rule.empty() ? "" : ", ") + std::string(c.value);
    if (h.strategy_word) out_.strategy_level_word = h.strategy_word->value;
    if (h.indicator_word) out_.indicator_level_word = h.indicator_word->value;
    out_.academic = h.academic;
    out_.numbering_standard = h.numbering_standard;
  }

  // The table's shape: the plan's words for its levels, its columns, its overall figure.
  void table_shape(const ast::PlanHeader& h) {
    out_.show_percent = h.has_column("percent");
    out_.weight_label = h.weights_percent ? (th() ? "น้ำหนัก (ร้อยละ)" : "Weight (%)") : L_->col_weight;
    out_.show_weights = !h.overall_rows() || declares_weights();
    // No weights, no W × SM: each indicator counts once (its "weighted score" is its score).
    out_.show_weighted = h.has_column("weighted") && out_.show_weights;
    out_.earlier_weighted = neighbours_ && neighbours_->committee && out_.show_weighted;
    // Part 1's offices column only when some row names an office (an empty
    // column would take a fifth of a narrow page from the results).
    out_.show_offices = false;
    auto names_office = [](const IndicatorModel& im) {
      return !im.ast->offices.empty() || (im.result && !im.result->offices.empty());
    };
    for (const check::StrategyModel& st : m_.strategies)
      for (const IndicatorModel& im : st.indicators) {
        out_.show_offices = out_.show_offices || names_office(im);
        for (const IndicatorModel& sub : im.subs) out_.show_offices = out_.show_offices || names_office(sub);
      }
    out_.show_overall = !h.no_overall();
    out_.show_score = h.has_column("score");
    out_.overall_label = L_->overall_score;
    out_.score_label = L_->col_score;
    out_.weighted_label = L_->col_weighted;
    out_.group_word = th() ? "กลุ่มที่" : "Group";
    out_.summary_score_label = L_->col_score;
    out_.criteria_label = L_->criteria;
    out_.formula = L_->formula;
    out_.strategy_weighted = h.strategies_weigh() && h.shows_contribution();
    if (h.weights_points) {  // category points: full marks, points earned, their sum
      out_.weight_label = th() ? "คะแนนเต็ม" : "Full marks";
      out_.weighted_label = th() ? "คะแนนที่ได้" : "Points earned";
      out_.overall_label = th() ? "คะแนนรวม" : "Total points";
      out_.score_label = th() ? "สัดส่วนที่ได้" : "Share earned";
      out_.summary_score_label = out_.weighted_label;
      out_.criteria_label = th() ? "ผลเทียบค่าเป้าหมาย (ร้อยละ)" : "Result (% of target)";
      out_.formula = th() ? "คะแนนรวม = Σ (W × SM): แต่ละตัวชี้วัดได้คะแนนเต็ม (W) × สัดส่วนของค่าเป้าหมายที่ทำได้ (SM)"
                          : "Total points = Σ (W × SM): each indicator earns its full marks (W) × the share of its "
                            "target reached (SM)";
    }
    // The plan's words for its levels (องค์ประกอบ, ตัวบ่งชี้), else planc's
    // (report/steps.hpp: in English, the plan's only when they are English).
    const Locale lv = locale();
    const std::string i = indicator_word(lv), sw = strategy_word(lv);
    const bool own_strategy = sw != strategy_word(Locale{lv.lang, false, "", ""});
    // Thai numbers a level with ที่ (องค์ประกอบที่ ๑); the plan's word may already end with it.
    out_.strategy_word = th() ? strategy_word(lv, true) : capitalised(sw);
    out_.indicator_word = th() ? i : capitalised(i);
    out_.strategy_score_label = L_->strategy_score;
    out_.strategy_scores_label = L_->strategy_scores;
    if (own_strategy) {
      out_.strategy_score_label = th() ? fmt::format("คะแนนของ{} Σ (W × SM) ÷ Σ W", sw)
                                       : fmt::format("{} score Σ (W × SM) ÷ Σ W", capitalised(sw));
      out_.strategy_scores_label = th() ? fmt::format("ผลการประเมินราย{}", sw) : fmt::format("Scores by {}", sw);
    }
    out_.findings_elsewhere = th() ? fmt::format("ข้อสังเกตทุกรายการแสดงไว้ที่{}หรือ{}ที่เกี่ยวข้องข้างต้น", i, sw)
                                   : fmt::format("every finding is shown above, on the {} or {} it concerns", i, sw);
    if (h.overall_rows()) {  // a QA summary: the mean of every indicator, each once
      out_.overall_label = th() ? fmt::format("คะแนนเฉลี่ยรวมทุก{}", i) : fmt::format("Mean score of every {}", i);
      out_.formula += th() ? fmt::format(" และ{} = ผลรวมคะแนนของ{}ทุกตัว ÷ จำนวน{}ที่มีผลการประเมิน (ไม่นับ NA)",
                                         out_.overall_label, i, i)
                           : fmt::format("; the mean score of every {0} = the sum of every {0}'s score ÷ the number "
                                         "of those assessed (NA not counted)",
                                         i);
    }
    if (!out_.show_weights) {  // each indicator once: a strategy's score is their mean
      const std::string& w = sw;
      // No weights, so no W × SM: the score column is what the assessor gave, without "(SM)".
      out_.score_label = out_.summary_score_label = th() ? "คะแนนที่ได้" : "Score";
      out_.strategy_score_label = th() ? fmt::format("คะแนนเฉลี่ยของ{}", w) : fmt::format("Mean score of the {}", w);
      out_.formula = th() ? fmt::format("คะแนนของ{0} = ผลรวมคะแนนของ{1}ใน{0} ÷ จำนวน{1}ที่มีผลการประเมิน และ{2} = "
                                        "ผลรวมคะแนนของ{1}ทุกตัว ÷ จำนวน{1}ที่มีผลการประเมินทั้งหมด ({1}ที่เป็น NA "
                                        "ไม่นับทั้งคะแนนและจำนวน)",
                                        w, i, out_.overall_label)
                          : fmt::format("A {0}'s score = the sum of its indicators' scores ÷ the number of those "
                                        "assessed; the mean score of every indicator = the sum of every indicator's "
                                        "score ÷ the number of those assessed (an NA indicator counts in neither)",
                                        w);
    }
    if (h.weights_points)  // "Strategy points", at the label's start
      out_.strategy_score_label = th() ? fmt::format("คะแนนรวมของ{} Σ (W × SM)", sw)
                                       : fmt::format("{} points Σ (W × SM)", capitalised(sw));
    // The fixed sentences that count indicators say the plan's word for them.
    auto own = [&](const char* label) {
      std::string s(label);
      if (!h.indicator_word || !th()) return s;
      const std::string fixed = "ตัวชี้วัด", word = i;
      for (std::size_t at = s.find(fixed); at != std::string::npos; at = s.find(fixed, at + word.size()))
        s.replace(at, fixed.size(), word);
      return s;
    };
    out_.scored_label = own(L_->indicators_scored);
    out_.na_label = own(L_->indicators_na);
    out_.unweighted_label = own(L_->indicators_unweighted);
    out_.projects_label = own(L_->projects);  // Part 1's projects under a row: "โครงการภายใต้ตัวบ่งชี้"
    out_.met_label = own(L_->met);
    out_.missed_label = own(L_->missed);
    out_.uncompared_label = own(L_->uncompared);
    // The parts' headings number themselves in the report's digits.
    out_.part1_title = out_.thai_digits ? std::string(L_->part1) : utf8::to_arabic_digits(L_->part1);
    out_.part2_title = own(L_->part2);
    if (!out_.thai_digits) out_.part2_title = utf8::to_arabic_digits(out_.part2_title);
    // The band columns are kept while any row can be shown in one.
    auto banded = [](const IndicatorModel& im) { return !check::without_percent(im); };
    out_.band_columns = false;
    if (h.weights_points) return;  // points: each row's percent of target, in the criteria column
    for (const auto& st : m_.strategies)
      for (const auto& im : st.indicators) {
        if (banded(im) || std::any_of(im.subs.begin(), im.subs.end(), banded)) {
          out_.band_columns = true;
          return;
        }
      }
  }

  // A target as the plan language writes it, without its words.
  static std::string target_plan(const ast::Target& t) {
    using K = ast::Target::Kind;
    std::string out;
    switch (t.kind) {
      case K::Value:
        if (!t.value) return "";
        out = t.cmp == ast::Comparator::AtMost ? "<= " : t.cmp == ast::Comparator::Equal ? "= " : ">= ";
        return out + t.value->value.to_decimal(0, 12);
      case K::Compound:
      case K::Levels:
        out = t.kind == K::Levels ? "levels" : "compound ";
        for (std::size_t i = 0; i < t.parts.size(); ++i)
          out += (t.kind == K::Levels ? " " : i ? "/" : "") + t.parts[i].value.to_decimal(0, 12);
        return out;
      case K::PerProject:
      case K::Text: return "";
    }
    return "";
  }
  std::string target_text(const IndicatorModel& im) const {
    const ast::Target* t = check::target_of(*im.ast, m_.year);  // the round's year's
    return t ? report::target_text(*t, th(), out_.thai_digits) : "";
  }

  // A place in the plan's files, "plan.plan:๔๔" (the line in the report's
  // digits), as a step's source and as the appendix's places both say it.
  std::string place(const Span& s) const {
    return fmt::format("{}:{}", sm_.get(s.file).name, digits(std::to_string(sm_.line(s))));
  }
  // A step's source; none in the copy handed in (its reader has not the plan's files).
  std::string where(const Span& s) const { return s.valid() && !handed_in_ ? " (" + place(s) + ")" : ""; }

  // The report's locale: its language and digits, the plan's words for its levels.
  Locale locale() const {
    Locale l = ast::plan_locale(m_.header, th() ? Lang::Th : Lang::En);
    l.thai_digits = out_.thai_digits;
    return l;
  }

  // Each step in the report's words (report/steps.hpp), with where it came from.
  std::vector<std::string> steps(const std::vector<eval::Step>& st) const {
    std::vector<std::string> out;
    const Locale l = locale();
    for (auto& s : st) {
      StepWords w = words(s, l);
      out.push_back(w.label + ": " + w.text + where(s.span));
    }
    return out;
  }

  // What every row shows, in both parts.
  Row identity(const IndicatorModel& im) const {
    Row r;
    r.id = im.id;
    r.sub = im.is_sub;
    // A standard's numbers (QA indicators 2.4, 2.5 of component 2) are read whole.
    r.number = digits(m_.header->numbering_standard ? im.id : std::string(im.ast->number.str()));
    r.full_number = digits(im.id);
    r.title = im.ast->title.value;
    std::optional<int> months;
    if (m_.round && m_.round->months) months = static_cast<int>(m_.round->months->value.to_int64().value_or(12));
    auto st = check::standing(*im.ast, months);
    if (st == check::Standing::Cancelled) {
      r.na = true;
      r.na_reason = fmt::format("{}: {}", L_->cancelled, im.ast->schedule->cancelled->value);
    } else if (st == check::Standing::NotStarted) {
      r.na = true;
      r.na_reason = fmt::format("{}{}{}", L_->not_started, digits(im.ast->schedule->starts->raw()), L_->not_started_end);
    } else if (im.result && im.result->na) {
      r.na = true;
      r.na_reason = im.result->cancelled ? fmt::format("{}: {}", L_->cancelled, im.result->na->value)
                                         : std::string(im.result->na->value);
    }
    return r;
  }

  // Part 1: the plan and the result as written.
  void plan_part(const IndicatorModel& im, Row& r) const {
    r.unit = report::unit_label(im.unit, th());
    r.target = target_text(im);
    if (const ast::Target* t = check::target_of(*im.ast, m_.year)) r.target_plan = target_plan(*t);
    if (im.ast->basis && *im.ast->basis == ast::Basis::Direct) r.basis = "direct";
    if (im.ast->basis && *im.ast->basis == ast::Basis::Given) r.basis = "given";
    if (im.result && im.result->published_mean()) {
      r.published_sum = im.result->reported->sum->value.to_decimal(0, 12);
      r.published_count = im.result->reported->count->value.to_decimal(0, 12);
    }
    const ast::Result* res = im.result;
    if (res) {
      if (res->na) {
        r.result = L_->na;
      } else if (res->value_text) {
        r.result = res->value_text->value;
      } else if (res->score_given && !res->values.empty()) {  // a score, not a count of the row's unit
        r.result = fmt::format(fmt::runtime(L_->given_result), raw(res->values[0]));
        r.result_is_score = true;
      } else {
        for (auto& v : res->values) r.result += (r.result.empty() ? "" : ", ") + raw(v);
      }
      if (!res->na)
        for (auto& v : res->values) r.values += (r.values.empty() ? "" : ", ") + v.value.to_decimal(0, 12);
      for (auto& a : res->accounts)
        for (auto& p : paragraphs(a.value)) r.account.push_back(p);
    }
    const auto& refs = res && !res->offices.empty() ? res->offices : im.ast->offices;
    for (auto& o : refs) {
      auto it = m_.offices.find(o.value);
      std::string name = it == m_.offices.end() ? std::string(o.value)
                         : (!th() && it->second->title_en) ? std::string(it->second->title_en->value)
                                                          : std::string(it->second->title.value);
      r.offices.push_back(o.lead ? fmt::format("{} ({})", name, L_->lead) : name);
    }
    for (auto& nt : im.ast->notes) r.notes.emplace_back(nt.value);
    // The round's adjustments of this row (`deduct 2.1 0.2 "..."`), each with its reason: printed, not only explained.
    for (const check::AdjustmentModel& a : m_.adjustments)
      if (a.row == &im)
        r.notes.push_back(fmt::format(fmt::runtime(a.ast->deduct ? L_->deducted : L_->added), raw(a.ast->amount),
                                      a.ast->reason.value));
    projects(im, r);
  }

  // The row's cells in the earlier rounds of the year.
  void earlier(Row& r) const {
    const TrendIndicator* t = neighbours_->find(r.id);
    r.earlier.resize(neighbours_->rounds.size());
    for (std::size_t k = 0; t && k < r.earlier.size() && k < t->rounds.size(); ++k) {
      const TrendCell& c = t->rounds[k];
      bool na = c.status == "na" || c.status == "cancelled" || c.status == "not-started";
      r.earlier[k] = {c.result, c.score.text.empty() && na ? std::string(L_->na) : c.score.text, c.weighted.text,
                      c.status, c.status_text};
    }
  }

  // Does any row of the plan (or its round) weigh?
  bool declares_weights() const {
    for (const check::StrategyModel& st : m_.strategies)
      for (const IndicatorModel& im : st.indicators) {
        if (im.weight) return true;
        for (const IndicatorModel& sub : im.subs)
          if (sub.weight) return true;
      }
    return false;
  }

  // Part 2: the row's figures, from its node of the evaluation.
  void score_part(const eval::Node& n, const IndicatorModel& im, Row& r) const {
    if (n.weight && out_.show_weights) {
      r.weight = weight_shown(*n.weight);
      // The cell's exact value is the weight as shown: a percent for `weights percent`.
      r.weight_exact = (m_.header->weights_percent ? *n.weight * Rational(100) : *n.weight).to_fraction();
    } else if (im.weight && n.status != eval::Status::Scored && n.status != eval::Status::Error) {
      r.idle_weight = fixed(std::optional<Rational>(im.weight->value));
      r.idle_weight_exact = im.weight->value.to_fraction();
    }
    r.weighted_row = n.status == eval::Status::Scored;
    if (im.scale) r.scale = im.scale->name.value;
    if (n.score && check::without_percent(im)) {
      // No band to show it in: what it is scored by, in words.
      r.score = fixed(n.score);
      bool given = im.ast->basis && *im.ast->basis == ast::Basis::Given;
      r.criteria = given ? std::string(L_->given_score) : level_points(im);
    } else if (n.score && m_.header->weights_points) {
      r.score = fixed(n.score);
      if (n.percent) r.criteria = digits(n.percent->to_fixed(n.percent->is_integer() ? 0 : places_));
    } else if (n.score) {
      r.score = fixed(n.score);
      // The band column shows the percent (or, on a scale of values, the value).
      Rational shown = n.percent ? eval::band_percent(im.scale, *n.percent) : n.value.value_or(Rational(0));
      r.percent = digits(shown.to_fixed(shown.is_integer() ? 0 : places_));  // 100, 87.50
      r.of_value = !n.percent;
      // The band of the score its scale gave: an adjustment (`deduct`) moves
      // the score, not the result, out of its band.
      r.band = band(n.scaled.value_or(*n.score));
    }
    if (n.weighted) r.weighted = fixed(n.weighted);
    r.status = eval::to_string(n.status);
    r.steps = steps(n.steps);
  }

  // A levels row's criteria: each level of its target with the points its
  // scale gives it ("ขั้นต้น ๘๐ → ๕๐ · มาตรฐาน ๙๐ → ๗๕ · ขั้นสูง ๑๐๐ → ๑๐๐"), and
  // whether points between the levels are in proportion or steps.
  std::string level_points(const IndicatorModel& im) const {
    const ast::Target* t = check::target_of(*im.ast, m_.year);
    if (!t || t->kind != ast::Target::Kind::Levels) return "";
    std::string out = L_->levels_points;
    for (std::size_t i = 0; i < t->parts.size(); ++i) {
      std::string name = report::level_name(i, t->parts.size(), th(), out_.thai_digits);
      Rational pts = eval::apply_scale(*im.scale, Rational(static_cast<std::int64_t>(i + 1)), false).score;
      out += fmt::format("{}{} {} → {}", i ? " · " : "", name, digits(t->parts[i].raw()), fixed_plain(pts));
    }
    bool step = im.scale->between == ast::ScaleDecl::Between::Step;
    out += th() ? (step ? " (ได้คะแนนเมื่อถึงระดับ)" : " (ระหว่างระดับคิดตามสัดส่วน)")
                : (step ? " (points when a level is reached)" : " (in proportion between levels)");
    return out;
  }
  // A weight as the table shows it: a percent as agencies write one (4, 12.5;
  // not 4.0000, 12.5000: at most the round's places), a fraction at the round's places.
  std::string weight_shown(const Rational& w) const {
    return m_.header->weights_percent ? digits((w * Rational(100)).to_decimal(0, places_))
                                      : fixed(std::optional<Rational>(w));
  }
  std::string fixed_plain(const Rational& x) const { return digits(x.to_fixed(x.is_integer() ? 0 : places_)); }

  // Every scale rows are scored on, once, in the order rows first use it; then the quality scale.
  void collect_scales() {
    for (const auto& st : m_.strategies)
      for (const auto& im : st.indicators) {
        if (im.scale) note_scale(*im.scale);
        for (const auto& sub : im.subs)
          if (sub.scale) note_scale(*sub.scale);
      }
    if (m_.quality) note_scale(*m_.quality);  // and the plan's quality scale
  }
  // A scale, as the plan language declares it.
  void note_scale(const ast::ScaleDecl& sc) {
    for (auto& d : out_.scales)
      if (d.name == sc.name.value) return;
    std::string decl = fmt::format("scale {}", sc.name.value);
    if (sc.title) decl += " \"" + escaped(sc.title->value) + "\"";
    if (sc.is_quality()) {  // a quality scale: its bands and their words
      decl += " {";
      const char* sep = " ";
      for (auto& b : sc.bands) {
        decl += fmt::format("{}band {} - {} \"{}\"", sep, b.from.raw(), b.to.raw(), escaped(b.word.value));
        if (b.en) decl += fmt::format(" \"{}\"", escaped(b.en->value));
        sep = "; ";
      }
      decl += " }";
      out_.scales.push_back({std::string(sc.name.value), scale_title(sc, ""), decl});
      return;
    }
    decl += fmt::format(" {{ of {}", sc.of == ast::ScaleDecl::Of::Value   ? "value"
                                     : sc.of == ast::ScaleDecl::Of::Level ? "level"
                                                                          : "percent");
    for (auto& p : sc.points) decl += fmt::format("; point {} -> {}", p.x.value.to_decimal(0, 12), p.score.value.to_decimal(0, 12));
    decl += fmt::format("; between {}", sc.between == ast::ScaleDecl::Between::Step ? "step" : "linear");
    decl += fmt::format("; below {}", sc.below == ast::ScaleDecl::Below::Zero ? "zero"
                                      : sc.below == ast::ScaleDecl::Below::First ? "first" : "proportional");
    decl += fmt::format("; above {} }}", sc.above == ast::ScaleDecl::Above::Cap ? "cap" : "extend");
    out_.scales.push_back({std::string(sc.name.value), scale_title(sc, ""), decl});
  }
  // A scale's title in the report's language: an English report takes its
  // `en` title when it has one; else the title as written, else `otherwise`
  // (its name).
  std::string scale_title(const ast::ScaleDecl& sc, std::optional<std::string> otherwise = std::nullopt) const {
    if (!th() && sc.title_en) return std::string(sc.title_en->value);
    if (sc.title) return std::string(sc.title->value);
    return otherwise ? *otherwise : std::string(sc.name.value);
  }
  static std::string escaped(std::string_view t) {
    std::string out;
    for (char c : t) {
      if (c == '"' || c == '\\') out += '\\';
      if (c == '\n') out += "\\n";
      else out += c;
    }
    return out;
  }

  void projects(const IndicatorModel& im, Row& r) const {
    std::vector<const ast::Project*> reported;
    if (im.result)
      for (auto& pp : im.result->projects) {
        Project p;
        const ast::Project* decl = m_.project(pp);
        if (decl) reported.push_back(decl);
        p.title = decl ? decl->title.value : (pp.title ? pp.title->value : pp.name->value);
        if (const ast::Number* budget = m_.budget(pp)) p.budget = money(budget->value);
        if (pp.disbursed) p.disbursed = money(pp.disbursed->value);
        if (pp.remaining) p.remaining = money(pp.remaining->value);
        if (pp.status) p.status = project_status(*pp.status, th());
        p.note = pp.note ? pp.note->value : (decl && decl->note ? decl->note->value : "");
        r.projects.push_back(std::move(p));
      }
    for (auto& decl : im.ast->projects) {
      if (std::find(reported.begin(), reported.end(), &decl) != reported.end()) continue;
      Project p;
      p.title = decl.title.value;
      if (decl.budget) p.budget = money(decl.budget->value);
      if (decl.note) p.note = decl.note->value;
      r.projects.push_back(std::move(p));
    }
  }

  // A strategy's heading and totals (`n` may have no rows: eval::Options::keep_rows).
  Strategy strategy_head(const eval::Node& n) const {
    Strategy s;
    s.id = n.id;
    s.number = digits(n.id);
    s.title = n.title;
    const ast::Strategy& a = *n.strategy->ast;
    s.mission = text(a.mission);
    if (a.weight) {
      s.weight = a.weight->value.to_decimal(0, 12);
      s.weight_text = raw(*a.weight);
    }
    for (auto& g : a.goals) s.goals.emplace_back(g.value);
    // Totals always show something: "-" when the strategy has no score this round.
    auto total = [&](const std::optional<Rational>& r) { return r ? fixed(r) : std::string("-"); };
    s.weight_sum = !out_.show_weights ? std::string() : n.weight_sum ? weight_shown(*n.weight_sum) : std::string("-");
    s.weighted_sum = total(n.weighted_sum);
    s.score = total(n.score);
    s.percent = total(n.percent);
    if (n.weighted) s.weighted = fixed(n.weighted);
    // The bar: the score out of the top score (points: out of the full marks).
    Rational top = m_.header->weights_points && n.weight_sum ? *n.weight_sum : top_;
    if (n.score && !top.is_zero()) {
      Rational frac = std::min(std::max(*n.score / top, Rational(0)), Rational(1));
      s.bar = (frac * Rational(100)).to_fixed(2);
    }
    if (n.strategy->reported && n.strategy->reported->score) s.published_score = raw(*n.strategy->reported->score);
    s.quality = quality_of(n.score);
    if (n.strategy->reported && n.strategy->reported->quality)
      s.published_quality = eval::trimmed_word(n.strategy->reported->quality->value);
    s.quality_differs = quality_differs(s.published_quality, n.score);
    s.published = s.published_quality.empty() ? s.published_score
                  : s.published_score.empty() ? s.published_quality
                                              : s.published_score + " " + s.published_quality;
    if (n.strategy->reported && n.strategy->reported->weighted && !s.weighted.empty())
      s.published_weighted = raw(*n.strategy->reported->weighted);
    if (neighbours_) {
      static const Neighbours::StrategyFigures none;
      auto it = neighbours_->strategies.find(n.id);
      const Neighbours::StrategyFigures& f = it != neighbours_->strategies.end() ? it->second : none;
      auto shown = [](const std::vector<Figure>& v, std::size_t k) {
        return k < v.size() && !v[k].text.empty() ? v[k].text : std::string("-");
      };
      for (std::size_t k = 0; k < neighbours_->rounds.size(); ++k) {
        s.earlier_scores.push_back(shown(f.score, k));
        s.earlier_weighted_sums.push_back(shown(f.weighted_sum, k));
      }
    }
    return s;
  }

  // The groups above strategies: their weights, scores and contributions.
  void groups() {
    for (std::size_t g = 0; g < r_.groups.size() && g < m_.groups.size(); ++g) {
      const eval::Node& n = r_.groups[g];
      const check::GroupModel& gm = m_.groups[g];
      Group out;
      out.id = n.id;
      out.number = digits(n.id);
      out.title = n.title;
      if (gm.ast->weight) out.weight = raw(*gm.ast->weight);
      out.score = n.score ? fixed(n.score) : "-";
      if (n.weighted) out.weighted = fixed(n.weighted);
      if (gm.reported && gm.reported->score) out.published_score = raw(*gm.reported->score);
      if (gm.reported && gm.reported->weighted) out.published_weighted = raw(*gm.reported->weighted);
      for (std::size_t k : gm.strategies) out.strategies.push_back(digits(m_.strategies[k].id));
      out.steps = steps(n.steps);
      out_.groups.push_back(std::move(out));
    }
  }

  void summary() {
    groups();
    out_.score = r_.score ? fixed(r_.score) : "-";
    out_.percent = r_.percent ? fixed(r_.percent) : "-";
    if (m_.reported_overall) {
      if (m_.reported_overall->score) out_.published_score = raw(*m_.reported_overall->score);
      if (m_.reported_overall->percent) out_.published_percent = raw(*m_.reported_overall->percent);
      out_.score_differs = !out_.published_score.empty() && out_.published_score != out_.score;
      out_.percent_differs = !out_.published_percent.empty() && out_.published_percent != out_.percent;
      if (m_.reported_overall->quality) out_.published_quality = eval::trimmed_word(m_.reported_overall->quality->value);
    }
    out_.quality = quality_of(r_.score);
    out_.quality_differs = quality_differs(out_.published_quality, r_.score);
    auto count = [&](eval::Status st) {
      auto of = [&](const eval::Node& n) { return n.rows_by_status[static_cast<std::size_t>(st)]; };
      return ranges::accumulate(r_.strategies | ranges::views::transform(of), 0);
    };
    for (auto st : {eval::Status::Scored, eval::Status::Na, eval::Status::Unweighted, eval::Status::Missing,
                    eval::Status::Error})
      out_.total += count(st);
    out_.scored = count(eval::Status::Scored);
    out_.na = count(eval::Status::Na);
    out_.unweighted = count(eval::Status::Unweighted);
    out_.scored_text = digits(std::to_string(out_.scored));
    out_.na_text = digits(std::to_string(out_.na));
    out_.unweighted_text = digits(std::to_string(out_.unweighted));
    // Of the rows scored, those that reached their target (100 % of it or
    // more; a result that is the percent, its target's value) and those that did not.
    // The rows the count of those scored counts (eval::Node::rows_by_status):
    // indicators and their sub-indicators; a row scored from its
    // sub-indicators is scored otherwise.
    auto tally = [&](const eval::Node& n) {
      if (n.status == eval::Status::Scored) ++(!n.met ? out_.uncompared : *n.met ? out_.met : out_.missed);
    };
    for (const eval::Node& st : r_.strategies)
      for (const eval::Node& n : st.children) {
        tally(n);
        for (const eval::Node& sub : n.children) tally(sub);
      }
    out_.met_text = digits(std::to_string(out_.met));
    out_.uncompared_text = digits(std::to_string(out_.uncompared));
    // Category points count points, not targets met (a category's percent is no target).
    // Nor are they said when no row scored has a percent of target (rows
    // scored by level or given): "บรรลุเป้าหมาย 0, ไม่บรรลุ 0" beside two
    // indicators assessed reads as none assessed. A round with nothing scored
    // yet keeps its 0 and 0 in a plan of band columns.
    out_.show_met_missed = (out_.met + out_.missed > 0 || (out_.band_columns && out_.scored == 0)) &&
                           !m_.header->weights_points;
    // The projects' money, as Part 1's tables show it: each project's budget
    // (the round's, else the plan's), what the round says was disbursed.
    Rational budget(0), disbursed(0);
    bool any_budget = false;
    auto add = [&](const IndicatorModel& im) {
      std::vector<const ast::Project*> reported;
      if (im.result)
        for (auto& pp : im.result->projects) {
          if (const ast::Project* decl = m_.project(pp)) reported.push_back(decl);
          if (const ast::Number* b = m_.budget(pp)) budget += b->value, any_budget = true;
          if (pp.disbursed) disbursed += pp.disbursed->value;
        }
      for (auto& decl : im.ast->projects)
        if (decl.budget && std::find(reported.begin(), reported.end(), &decl) == reported.end())
          budget += decl.budget->value, any_budget = true;
    };
    for (const check::StrategyModel& st : m_.strategies)
      for (const IndicatorModel& im : st.indicators) {
        add(im);
        for (const IndicatorModel& sub : im.subs) add(sub);
      }
    if (any_budget) {
      out_.budget_total = money(budget);
      out_.disbursed_total = money(disbursed);
      if (!budget.is_zero()) out_.disbursement_rate = digits((disbursed * Rational(100) / budget).to_fixed(2));
    }
    out_.missed_text = digits(std::to_string(out_.missed));
    out_.overall_steps = steps(r_.steps);
    out_.errors = static_cast<int>(d_.errors());
    out_.warnings = static_cast<int>(d_.warnings());
  }

  // The copy handed in prints planc's figures only: the published ones
  // (and whether they differ) are the reviewer's.
  void leave_out_published() {
    auto clear = [](auto&... xs) { (xs.clear(), ...); };
    for (Strategy& s : out_.strategies) {
      clear(s.published_score, s.published_weighted, s.published_quality, s.published);
      s.quality_differs = false;
    }
    for (Group& g : out_.groups) clear(g.published_score, g.published_weighted);
    clear(out_.published_score, out_.published_percent, out_.published_quality);
    out_.score_differs = out_.percent_differs = out_.quality_differs = false;
  }

  Finding finding(const Diagnostic& d) const {
    Finding f;
    f.code = std::string(info(d.code).code);
    f.severity = std::string(severity_name(d.severity));
    // In the report's language and digits, and the plan's words for its levels ("องค์ประกอบที่ ๒").
    const Locale l = locale();
    f.message = prose(d.message.str(l));
    f.severity_word = std::string(severity_word(d.severity, l.lang));
    f.hint_word = l.lang == Lang::Th ? "คำแนะนำ" : "hint";
    // The report says what, not where: each place in the plan's files is
    // kept apart, for the appendix that tells the planner where to look.
    auto add_place = [&](const Span& s) {
      if (s.valid()) f.places.push_back(place(s));
    };
    add_place(d.span);
    for (auto& n : d.notes) {
      f.notes.push_back(prose(n.message.str(l)));
      add_place(n.span);
    }
    f.hint = prose(d.hint.str(l));
    return f;
  }

  // Each diagnostic goes to the innermost row (a sub-indicator before its
  // indicator) or strategy whose source it points into, else to the plan.
  // Spans of items nest or are apart, so one sweep in source order finds the
  // innermost for all diagnostics at once: O((rows + diagnostics) log n).
  // A row is known by its place in its strategy (indicators in order, each
  // followed by its sub-indicators, as strategy(k) lists them).
  // The findings a draft shows: errors and warnings, and of the notes the one
  // that says a published figure beside it was not compared (N147); a note
  // that nothing is wrong (N144) is not shown.
  static bool shown(const Diagnostic& d) {
    return d.severity != Severity::Note || d.code == Code::UncomparedByError;
  }
  void place_findings() {
    const auto& ds = d_.all();
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < ds.size(); ++k)
      if (shown(ds[k])) order.push_back(k);
    if (order.empty()) return;
    constexpr std::size_t kNoRow = static_cast<std::size_t>(-1);
    struct Place {
      Span span;
      std::size_t strategy, row;  // row kNoRow: the strategy itself
    };
    std::vector<Place> places;
    for (std::size_t si = 0; si < m_.strategies.size(); ++si) {
      const check::StrategyModel& sm = m_.strategies[si];
      places.push_back({sm.ast->span, si, kNoRow});
      if (sm.reported) places.push_back({sm.reported->span, si, kNoRow});
      std::size_t row = 0;
      auto add = [&](const IndicatorModel& im) {
        places.push_back({im.ast->span, si, row});
        if (im.result) places.push_back({im.result->span, si, row});
        ++row;
      };
      for (auto& i : sm.indicators) {
        add(i);
        for (auto& sub : i.subs) add(sub);
      }
    }
    std::erase_if(places, [](const Place& p) { return !p.span.valid(); });
    auto before = [](const Span& a, const Span& b) {  // source order; the outer of two at one place first
      return std::tie(a.file, a.begin, b.end) < std::tie(b.file, b.begin, a.end);
    };
    std::stable_sort(places.begin(), places.end(), [&](const Place& a, const Place& b) { return before(a.span, b.span); });

    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(ds[a].span.file, ds[a].span.begin) < std::tie(ds[b].span.file, ds[b].span.begin);
    });
    std::vector<const Place*> target(ds.size(), nullptr);  // nullptr: the plan
    std::vector<const Place*> open;  // the places containing the current position, outermost first
    std::size_t next = 0;
    for (std::size_t k : order) {
      const Span& at = ds[k].span;
      if (!at.valid()) continue;
      for (; next < places.size() && std::tie(places[next].span.file, places[next].span.begin) <=
                                         std::tie(at.file, at.begin);
           ++next) {
        while (!open.empty() && !inside(open.back()->span, places[next].span)) open.pop_back();
        open.push_back(&places[next]);
      }
      while (!open.empty() && !inside(open.back()->span, at)) open.pop_back();
      if (!open.empty()) target[k] = open.back();
    }
    for (std::size_t k = 0; k < ds.size(); ++k) {  // in the diagnostics' own order
      if (!shown(ds[k])) continue;
      const Place* p = target[k];
      if (!p) out_.findings.push_back(finding(ds[k]));
      else if (p->row == kNoRow) out_.strategies[p->strategy].findings.push_back(finding(ds[k]));
      else row_findings_.push_back({p->strategy, p->row, finding(ds[k])});
    }
    std::stable_sort(row_findings_.begin(), row_findings_.end(), ByStrategy{});
  }
};

}  // namespace

Model build(const eval::ScoredPlan& r, const SourceManager& sm, const Diagnostics& diags, const Options& o) {
  Builder b(r, sm, diags, o);
  Model m = b.head();
  for (std::size_t k = 0; k < m.strategies.size(); ++k) m.strategies[k] = b.strategy(k);
  return m;
}

Model stream(const eval::ScoredPlan& r, const SourceManager& sm, const Diagnostics& diags, const Options& o) {
  auto b = std::make_shared<Builder>(r, sm, diags, o);
  Model m = b->head();
  m.full_strategy = [b = std::shared_ptr<const Builder>(std::move(b))](std::size_t k, Model::Content what) {
    return b->strategy(k, what);
  };
  std::size_t indicators = 0;
  for (const auto& sm : r.model->strategies) indicators += sm.indicators.size();
  m.threads = indicators >= o.parallel_min_indicators ? o.threads : 1;
  return m;
}

}  // namespace planc::report
