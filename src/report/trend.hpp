// The trend of a plan across its rounds (planc trend): every round's overall
// and strategy scores, every indicator's result, percent of target, score and
// status round by round, the projects' budgets and disbursement round by
// round with totals per strategy. Built from several scored plans (the rounds
// of one plan folder, in order); plain data with every figure formatted in
// the trend's language and digits and kept exact beside (for JSON). The
// emitters (emit/trend.hpp) only lay it out.
//
// The same model gives a round's report its neighbours: `neighbours` makes,
// for a 9- or 12-month draft, the earlier rounds' cells of each indicator.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/evaluator.hpp"

namespace planc::report {

// One scored round of a plan folder.
struct TrendInput {
  std::string file;  // the round's file name in the folder
  int year = 0;      // fiscal year, Buddhist Era (0: not known)
  int months = 0;    // 1-12 (0: not known)
  const eval::ScoredPlan* scored = nullptr;
  bool self_assessment = false;  // the body's own assessment (`assessment self`): headed so, not by its months
  std::size_t errors = 0;        // its errors: its figures are shown as far as it was scored
};

struct TrendOptions {
  std::string lang;    // "th", "en", or "" for the plan's language
  std::string digits;  // "thai", "arabic", or "" for the plan's choice
};

// A figure: exact (null when there is none) and as shown ("" when none),
// rounded half-up to the round's places, in the trend's digits.
struct Figure {
  std::optional<Rational> exact;
  std::string text;
};

struct TrendStrategy {
  std::string id, number, title;
};

struct TrendRound {
  std::string file;
  int year = 0, months = 0;
  std::string year_text, months_text;  // in the trend's digits
  std::string label;                   // "ปีงบประมาณ ๒๕๖๓ รอบ ๖ เดือน" / "FY 2563, 6 months"
  std::string short_label;             // "รอบ ๖ เดือน" / "6 months"
  Figure score, percent;
  std::vector<Figure> strategies;  // each strategy's score, as TrendModel::strategies
};

// One indicator in one round.
struct TrendCell {
  // scored, unweighted, na, cancelled, not-started, missing, error (as eval's
  // statuses, NA split by its kind); "" when the round has no such indicator.
  std::string status;
  std::string status_text;  // NA with its reason, cancelled with its reason, not started: in the trend's language
  std::string result;       // the result as shown: the value, the result's wording, or NA
  Figure value, target, percent, score;  // target: the one that applied in the round (a compound target's part)
  Figure weighted;                        // W × SM (a report's neighbours show it beside the committee's)
  bool below = false;  // scored below its target (percent of target under 100)
};

struct TrendIndicator {
  std::string id, full_number, title, unit;
  bool sub = false;
  std::string target;     // the plan's target as it states it
  bool compound = false;  // a compound target (๖/๑๒): each round has its part
  bool by_year = false;   // targets by fiscal year (`target ... for 2568`): each round has its year's
  bool per_round() const { return compound || by_year; }  // the target shown round by round
  std::vector<TrendCell> rounds;  // as TrendModel::rounds
};

// Money in one round: a project's or a strategy's total.
struct TrendMoney {
  bool reported = false;  // the round reports progress for it
  Figure budget, disbursed, remaining;
  Figure rate;         // disbursed ÷ budget × 100
  std::string status;  // a project's status in the round, in the trend's language
};

struct TrendProject {
  std::string strategy, indicator;  // ids
  std::string indicator_number;     // the indicator's id in the trend's digits
  std::string name, title;          // name: as the plan declares it ("" for a project named only in a round)
  std::vector<TrendMoney> rounds;   // as TrendModel::rounds
};

struct TrendBudget {  // a strategy's projects, their totals round by round
  std::string id, number, title;
  std::vector<TrendMoney> rounds;
};

// An indicator below its target in the last round (the bar chart).
struct TrendShortfall {
  std::string id, full_number, title;
  std::string percent;  // as shown
  std::string bar;      // percent of target capped at 100, ASCII, two decimals: the bar's length in percent
};

struct TrendLabels;
struct Labels;

struct TrendModel {
  std::string lang;
  bool thai_digits = false;
  const TrendLabels* labels = nullptr;
  const Labels* report_labels = nullptr;  // the texts it shares with the round report
  std::string title, plan_title, agency, years;
  std::string top_score;  // the scale's top score, as shown
  // The labels that follow the plan's method, as the round report's do: the
  // overall figure ("คะแนนรวม" for category points), a row's score
  // ("คะแนนที่ได้": its points), and the plan's word for a strategy
  // ("องค์ประกอบที่").
  std::string overall_label, score_label, strategy_word;
  // The headings and columns that name a level, in the plan's words
  // ("ผลการดำเนินงานรายตัวบ่งชี้ในแต่ละรอบ", "รวมองค์ประกอบที่"), as the round
  // report's counts say them.
  std::string strategies_chart, indicators_title, indicator_label, below_chart, none_below, strategy_total;
  bool points = false;  // category points (`weights points`): a row's score is its points, W × SM
  bool show_percent = true;  // the plan's table shows percents (`columns` without `percent`: not)
  std::vector<TrendRound> rounds;
  std::vector<TrendStrategy> strategies;
  std::vector<TrendIndicator> indicators;
  std::vector<TrendProject> projects;
  std::vector<TrendBudget> budgets;
  std::vector<TrendShortfall> shortfalls;
  // The strategy lines of the chart: each strategy's score in each round as a
  // percent of the top score (ASCII, two decimals; "" when not scored).
  std::vector<std::vector<std::string>> plot;
};

// The trend of `rounds` (in the order given: by fiscal year, then months).
// Rounds without a scored plan are skipped.
TrendModel trend(const std::vector<TrendInput>& rounds, const TrendOptions& o = {});

// A round's neighbours in its report: for each indicator (by id), its cells
// in the earlier rounds of the year, and each earlier round's own figures.
struct Neighbours {
  struct Round {
    std::string heading;     // "รอบ ๖ เดือน" / "6 months"; the body's own assessment headed so
    Figure overall;          // its overall score
    std::string file;        // its file
    std::size_t errors = 0;  // its errors: its figures are only as far as it was scored
  };
  std::vector<Round> rounds;  // in the order of the cells' rounds
  std::vector<TrendIndicator> indicators;
  std::unordered_map<std::string, std::size_t> by_id;  // indicators by id
  // The body's own assessment is among them: this round is the committee's,
  // and its column is headed so.
  bool committee = false;
  // Each strategy's score and Σ (W × SM) in each earlier round (by strategy
  // id; one figure per round, empty where none).
  struct StrategyFigures {
    std::vector<Figure> score, weighted_sum;
  };
  std::unordered_map<std::string, StrategyFigures> strategies;
  const TrendIndicator* find(const std::string& id) const;
  std::vector<std::string> headings() const;
};
Neighbours neighbours(const std::vector<TrendInput>& earlier, const TrendOptions& o);

// Fixed texts of the trend in one language (those it shares with the round
// report, such as NA, cancelled or the overall score, are the report's: Labels).
struct TrendLabels {
  const char* title;        // "แนวโน้มผลการดำเนินงานตาม" + the plan
  const char* rounds;       // the section of rounds
  const char* round;        // a round's column
  const char* fiscal_year;  // "ปีงบประมาณ พ.ศ."
  const char* months;       // "รอบ {} เดือน": before and after the number
  const char* months_end;
  const char* file;
  const char* unit;
  const char* target;
  const char* target_part;  // a compound target's part in the round
  const char* result;
  const char* percent;
  const char* score;
  const char* status;
  const char* missing;
  const char* error;
  const char* budgets;      // the section of budgets
  const char* project;
  const char* budget;
  const char* disbursed;
  const char* remaining;
  const char* rate;
  const char* not_reported;
};

const TrendLabels& trend_labels(const std::string& lang);

}  // namespace planc::report
