// The report model: everything a report draft shows, already computed and
// formatted (labels in the report's language, numbers in its digits). The
// emitters (emit/markdown, emit/html, emit/report_json, emit/csv) only lay it
// out; they never compute.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace planc::report {

// A text of the plan as paragraphs: blank lines separate paragraphs, single
// line breaks inside one are soft (joined with a space), as in Markdown.
using Paragraphs = std::vector<std::string>;

struct Finding {  // a diagnostic shown where it applies
  std::string code, severity, message;
  std::string severity_word;  // "คำเตือน" / "warning": in the report's language
  std::string hint_word;      // "คำแนะนำ" / "hint"
  std::vector<std::string> notes;
  std::string hint;
  std::vector<std::string> places;  // where it is in the plan's files: "plan.plan:44" (the report's appendix)
};

struct Project {
  std::string title, budget, disbursed, remaining, status, note;
};
// Whether any of a row's projects gives money: the emitters' money columns
// are shown only then (three empty columns beside projects that give none said nothing).
inline bool any_money(const std::vector<Project>& ps) {
  for (const Project& p : ps)
    if (!p.budget.empty() || !p.disbursed.empty() || !p.remaining.empty()) return true;
  return false;
}

// An indicator in an earlier round of the year (a 9- or 12-month report's
// neighbours): its result and score as shown, or NA with why.
struct Earlier {
  std::string result;  // the value, the result's wording, NA, or "" when the round had none
  std::string score;   // "" when not scored
  std::string weighted;  // W × SM in that round ("" when none): shown beside the committee's (Model::earlier_weighted)
  std::string status;  // scored, unweighted, na, cancelled, not-started, missing, error ("" when absent)
  std::string note;    // NA's reason, cancelled, not started: in the report's language
};

struct Row {  // one indicator or sub-indicator
  std::string id;        // "3.8"
  std::string number;    // as the report numbers it: "๘", "๒.๑"
  std::string full_number;  // strategy.indicator in the report's digits: "๓.๘"
  bool sub = false;
  std::string title;
  std::string unit, target, result;
  std::string values;  // the result's value or values as numbers ("2", "50, 35, 50, 50"), whatever `result` words them as
  bool result_is_score = false;  // `result` words a given score ("ได้ 4 คะแนน"): a workbook's result cell holds `values`
  bool na = false;
  std::string na_reason;
  Paragraphs account;
  std::vector<std::string> offices;  // "สำนักนโยบายและแผน (เจ้าภาพหลัก)"
  std::vector<Project> projects;
  std::vector<std::string> notes;
  // Part 2
  std::string weight, percent, score, weighted, status;
  std::string weight_exact;  // the weight as an exact fraction ("1/3", "17/50"): a workbook's cell holds it
  // The weight the plan gives a row that does not count this round (NA,
  // cancelled, not started), as shown and exact: a workbook carries it, so
  // that a result entered in Excel later has its weight. "" otherwise.
  std::string idle_weight, idle_weight_exact;
  std::string scale;         // the name of the scale the row is scored on ("five-band", "strict-bands")
  // The round's year's target as the plan language writes it, without its
  // words (">= 80", "levels 80 90 100", "compound 6/12"; "" for a target per
  // project or in words only), and the row's basis ("direct", "given"; "" for
  // the ratio): a workbook carries them for planc import.
  std::string target_plan, basis;
  // A result published as a sum and a count (`reported { sum 46.25; count 14 }`), as written: a workbook carries them.
  std::string published_sum, published_count;
  int band = 0;  // 1..5: the band column the percent is shown in (0: none)
  bool of_value = false;  // scored on its value (a level), not a percent of target: `percent` holds the value
  // A row with no band to show (a score an assessor gave, target levels): what
  // it is scored by, in words, shown across the band columns or in the
  // criteria column. "" for a row shown in a band.
  std::string criteria;
  bool weighted_row = false;
  std::vector<std::string> steps;  // how the score was computed
  std::vector<Finding> findings;
  std::vector<Earlier> earlier;  // one per Model::earlier_rounds (none when the report has no neighbours)
};

struct Strategy {
  std::string id, number, title, mission;
  std::vector<std::string> goals;
  std::vector<Row> rows;
  std::string weight_sum, weighted_sum, score, percent;
  std::string weight;  // the strategy's own weight in the overall score (`overall weighted`), as a decimal; "" when none
  std::string weight_text;  // that weight as the plan writes it, in the report's digits
  std::string weighted;  // its contribution, W × its score (strategies that weigh); "" when none
  std::string bar = "0.00";  // score / top score as a percent (ASCII digits), the summary bar's width
  std::string published_score;
  std::string published_weighted;  // its contribution as the report prints it (`reported 1 { weighted 70 }`)
  // Its score's quality level by the plan's quality scale ("ดีมาก"; "" without
  // one), and the level the report printed (`reported 1 { quality "ดีมาก" }`).
  std::string quality, published_quality;
  bool quality_differs = false;  // the published level is not its score's
  std::string published;  // the published column's cell: its score and level as printed ("4.5 ดีมาก")
  // Its score and Σ (W × SM) in each earlier round (Model::earlier_rounds; "-" when none).
  std::vector<std::string> earlier_scores, earlier_weighted_sums;
  std::vector<std::string> steps;
  std::vector<Finding> findings;
};

// A group above strategies (`group 1 "..." { weight 70; strategy ... }`).
struct Group {
  std::string id, number, title;
  std::string weight, score, weighted;  // as shown; "" when none ("-" for a score not computed)
  std::string published_score, published_weighted;
  std::vector<std::string> strategies;  // the numbers of its strategies, in the report's digits
  std::vector<std::string> steps;
};

struct Labels;  // the fixed texts, per language

struct Model {
  std::string lang;    // "th" or "en"
  bool thai_digits = false;
  const Labels* labels = nullptr;
  // The table's shape, as the plan declares it (`levels`, `columns`,
  // `overall`): the words for a strategy and an indicator (the first before a
  // number: "ประเด็นยุทธศาสตร์ที่", "องค์ประกอบที่"), the labels made of them,
  // and which columns and figures the tables show. Emitters use these, not
  // the fixed labels.
  std::string strategy_word, indicator_word, strategy_score_label, strategy_scores_label;
  std::string weight_label;  // Part 2's weight column: "น้ำหนัก (W)", or "น้ำหนัก (ร้อยละ)" for `weights percent`
  bool band_columns = true;   // some row is shown in a band column (else one criteria column)
  bool show_percent = true;   // scores are also shown as percents (`columns` without `percent`: not)
  bool show_weighted = true;  // the weighted-score column (`columns` without `weighted`: none)
  // Part 2's weight column and Σ W: none for a plan whose rows weigh nothing
  // (`overall rows` without a weight anywhere: each indicator counts once).
  bool show_weights = true;
  bool show_overall = true;   // an overall figure (`overall none`: none)
  bool show_score = true;     // Part 2's score column (`columns` without `score`: none)
  bool show_offices = true;   // Part 1's column of responsible offices: some row names one
  // The summary's counts of rows that met and missed their target: only when
  // some row has a percent of target (none when every row is a given score or
  // target levels: the counts would only mislead).
  bool show_met_missed = true;
  // The copy to hand in (report::Options::findings None), not the reviewer's
  // draft: no findings, no closing section of them, no appendix of their
  // places, no earlier round's errors; no published figures, and no "as
  // published" lines, cells or columns.
  bool handed_in = false;
  // A strategy's contribution (W × its score) in the summary's table: strategies weigh.
  bool strategy_weighted = false;
  // The labels that follow the plan's method: the overall figure ("คะแนนรวม"
  // for category points), Part 2's score and weighted columns ("คะแนนที่ได้").
  std::string overall_label, score_label, weighted_label;
  std::string summary_score_label;  // the summary's table of strategies: their score's column
  std::string criteria_label;       // Part 2's one criteria column (no band columns)
  std::string formula;              // the scoring section's formula
  // The summary's counts and Part 2's heading, in the plan's word for an
  // indicator (`levels "องค์ประกอบ" "ตัวบ่งชี้"`: "ตัวบ่งชี้ที่มีผลการประเมิน").
  std::string scored_label, na_label, unweighted_label, met_label, missed_label, part2_title;
  // Of the rows scored, those neither met nor missed (a target in words, a
  // level, a given score): said beside the two when there are some, so that
  // the three add up to the rows scored (35 + 13 read short of 49).
  std::string uncompared_label, uncompared_text;
  std::string projects_label;  // the heading of a row's projects in Part 1: "โครงการภายใต้ตัวชี้วัด"
  std::vector<Group> groups;  // the plan's groups above strategies, if any
  // The plan's method as its header writes it, which a workbook carries and
  // planc import writes again: `weights` ("percent", "percent whole",
  // "fraction whole", "points"; "" for fractions), `columns` ("score,
  // weighted"; "" for all three), `levels` (the two words as written; "" for
  // none), `calendar academic` and `numbering standard`.
  std::string weights_rule, columns_rule, strategy_level_word, indicator_level_word;
  bool academic = false;
  bool numbering_standard = false;
  // The round's body and assessment (`body "..."`, `assessment self`; "" when
  // none), and its adjustments (`deduct 1.2 0.2 "reason"`, `add overall ...`),
  // as the round writes them: a workbook carries them.
  std::string body, assessment;
  struct Adjustment {
    std::string kind;    // "deduct" or "add"
    std::string target;  // a row's id ("1.2"), or "overall"
    std::string amount;  // as written, in the report's digits
    std::string reason;
  };
  std::vector<Adjustment> adjustments;
  std::string part1_title;  // Part 1's heading, in the report's digits
  std::string group_word;     // "กลุ่มที่" / "Group"
  std::string title;       // the report's title
  std::string plan_title, agency, by, round, date, years;
  std::string fiscal_year;  // the round's fiscal year (Buddhist Era), in the report's digits
  // The cover's round line: the round's name and its year ("รอบ 12 เดือน · ปีงบประมาณ พ.ศ. ๒๕๖๓"),
  // the year left out when the name already says it (in either digits), and
  // taken out of the name when the report's title says it.
  std::string cover_round;
  // The cover's plan line: the plan's title when the report's title does not
  // name it, without the year when the report's title says it; or "".
  std::string cover_plan;
  std::string year_label;   // what the plan's years are called: "ปีงบประมาณ พ.ศ.", or "ปีการศึกษา" (`calendar academic`)
  std::string months;       // the round's months since the fiscal year began, in the report's digits
  std::string tolerance;    // the round's accepted |Σ W − 1| (`tolerance`), as written; "" when none
  std::string rounding_rule;  // the round's `rounding` as the plan writes it: "rows 2", "none 2"
  std::vector<std::string> meta;  // the subtitle: plan, agency, planning unit, date (those given)
  Paragraphs preface, introduction, method;
  std::vector<std::string> objectives;
  // A frozen round's restatements (`restated "DATE" "reason"`): published
  // figures changed since the round was frozen, and why. Shown after the summary.
  struct Restatement {
    std::string date, reason;
  };
  std::vector<Restatement> restatements;
  std::string frozen;  // the date the round was frozen ("" : not frozen)
  std::vector<Paragraphs> recommendations;
  std::string score, percent, top_score;
  std::string published_score, published_percent;
  bool score_differs = false, percent_differs = false;  // published figures that disagree with the recomputed ones
  // The quality levels (`quality NAME`: a QA standard's ดี / ดีมาก by bands of
  // the score): the overall score's, the published one, the column's label
  // ("ผลการประเมิน"), and the bands for the scoring section ("3.51 – 4.50 ดี").
  bool show_quality = false, quality_differs = false;
  std::string quality, published_quality, quality_label, quality_title;
  std::string quality_name;  // the quality scale's name (`quality ohec-quality`): a workbook carries it
  std::string quality_heading;  // the scoring section's line above the bands: "ผลการประเมินตามเกณฑ์…"
  // The closing section when every finding is shown on its row or strategy, in the plan's level words.
  std::string findings_elsewhere;
  std::vector<std::string> quality_rows;
  int scored = 0, na = 0, unweighted = 0, total = 0;
  int met = 0, missed = 0, uncompared = 0;  // of the rows scored: at 100 % of their target or more, and below
  std::string met_text, missed_text;
  // The projects' budgets and what was disbursed, in baht ("" : no project has a budget); the rate in percent.
  std::string budget_total, disbursed_total, disbursement_rate;
  std::string scored_text, na_text, unweighted_text;  // the counts in the report's digits
  // Every strategy. In a model made by report::stream (planc render) these
  // have their headings, totals and findings but no rows or steps, and
  // full_strategy(k, what) builds strategy k in full when it is needed, so that
  // a large plan's report is never whole in memory; `threads` of them may be
  // built at once (full_strategy is safe to call from several threads).
  // Emitters take strategies in full through emit::each_strategy, which
  // serves both kinds of model.
  std::vector<Strategy> strategies;
  // What of a strategy's rows a part of a draft shows: the plan (Part 1:
  // units, targets, results, accounts, offices, projects, notes), the scores
  // (Part 2: weights, bands, scores, steps; the strategy's steps), or both.
  // Every row has its identity (id, numbers, title, NA) and its findings.
  enum class Content { Plan = 1, Scores = 2, All = 3 };
  std::function<Strategy(std::size_t, Content)> full_strategy;
  std::size_t threads = 1;
  std::vector<std::string> overall_steps;
  std::vector<Finding> findings;  // those that apply to the whole plan
  std::vector<std::string> scale_rows;  // the scoring scale: "60 → 1", ...
  std::vector<std::string> scale_heads;  // their columns' numbers in the report's digits: "๑", "๒", ...
  std::vector<std::string> band_labels; // "1".."5" (or "๑".."๕"): Part 2's band columns
  std::string scale_title;
  std::string scale_name;  // the plan's scale's name ("five-band")
  std::string overall_rule;  // the plan's `overall`: "mean" (of the strategies' scores) or "weighted"
  // Every scale a row is scored on, and the plan's quality scale (`quality`),
  // as the plan language declares it (name,
  // title, its whole declaration on one line): a workbook carries them, and
  // planc import declares again the plan's own.
  struct ScaleDef {
    std::string name, title, declaration;
  };
  std::vector<ScaleDef> scales;
  std::string rounding;  // the rounding policy in words
  int errors = 0, warnings = 0;
  // The earlier rounds of the year whose results each row shows beside its
  // own (report::Options::neighbours): their headings, "รอบ ๖ เดือน"; empty
  // for a first round or a round outside a plan folder.
  std::vector<std::string> earlier_rounds;
  std::string this_round;  // this round's heading beside them ("รอบ ๑๒ เดือน"), when there are any
  std::vector<std::string> earlier_overall;  // the overall score in each earlier round ("-" when none)
  std::vector<std::string> earlier_quality;  // its quality level (`quality NAME`; "-" when none; empty without a quality scale)
  // An earlier round with errors, said under the summary: its figures beside
  // this round's are only as far as it was scored ("ประเมินตนเอง
  // (2561-12m-self.plan) มีข้อผิดพลาด ๒ รายการ ...").
  std::vector<std::string> earlier_errors;
  // The earlier round is the body's own assessment beside this, the
  // committee's: its weighted scores stand beside the committee's too, as
  // such tables print both (when the table has a weighted column).
  bool earlier_weighted = false;
};

// Fixed texts of the report in one language.
struct Labels {
  const char* report_of;
  const char* summary;
  const char* overall_score;
  const char* overall_percent;
  const char* indicators_scored;
  const char* indicators_na;
  const char* indicators_unweighted;
  const char* preface;
  const char* introduction;
  const char* objectives;
  const char* part1;
  const char* part2;
  const char* method;
  const char* scoring;
  const char* recommendations;
  const char* strategy;
  const char* mission;
  const char* goals;
  const char* col_no;
  const char* col_indicator;
  const char* col_unit;
  const char* col_target;
  const char* col_result;
  const char* col_account;
  const char* col_offices;
  const char* col_weight;
  const char* col_bands;
  const char* col_score;
  const char* col_weighted;
  const char* total_weight;
  const char* total_weighted;
  const char* strategy_score;
  const char* as_published;
  const char* committee_round;  // the committee's column beside the body's own assessment
  // An earlier round (or the body's own assessment) with errors, under the
  // summary: its heading, file, errors and file again (the command to check it).
  const char* earlier_errors;
  const char* deducted;  // a row's note for `deduct 2.1 0.2 "reason"`: "หักคะแนน {amount}: {reason}"
  const char* added;     // and for `add`
  const char* projects;
  const char* budget;
  const char* disbursed;
  const char* remaining;
  const char* status;
  const char* cancelled;    // before a cancelled row's reason
  const char* not_started;  // a row that starts with a later round: its months follow
  const char* not_started_end;
  const char* lead;
  const char* findings;
  const char* how;
  const char* na;
  const char* baht;
  const char* formula;
  const char* rounding_none;
  const char* rounding_rows;
  const char* generated;
  const char* made;  // the copy to hand in's: made with planc, not drafted
  const char* no_findings;
  const char* restatements;      // the heading of a frozen round's restatements
  const char* restatements_lead; // "figures first published on {}, changed since:"
  // The printed document (emit/html.cpp, pdf.cpp, docx.cpp).
  const char* contents;          // สารบัญ
  const char* page;              // หน้า
  const char* fiscal_year;       // ปีงบประมาณ พ.ศ.
  const char* prepared_by;       // the unit that wrote the report, on the cover and under the preface
  const char* met;               // indicators that reached their target
  const char* missed;            // indicators scored below their target
  const char* uncompared;        // indicators scored neither met nor missed (by level, given, a target in words)
  const char* strategy_scores;   // the summary's table of strategies
  const char* chart_of;          // the summary's chart: its caption, of the table's heading ({})
  const char* places;            // the appendix: where each finding is in the plan's files
  const char* places_lead;
  const char* budget_total;      // the summary's money
  const char* disbursed_total;
  const char* disbursement_rate;
  const char* criteria;          // Part 2's column of each row's criteria, when no row has a band
  const char* given_score;       // a row whose score an assessor gave
  const char* given_result;      // its result in Part 1 when the round words none: "ได้ {} คะแนน", not a bare "4" under ข้อ
  const char* levels_points;     // a row scored by target levels: before the scale's title
};

const Labels& labels(const std::string& lang);

}  // namespace planc::report
