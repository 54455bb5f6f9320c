// The typed AST of the plan language. Every node carries the Span it came
// from. One Module per source file; a Program is the main module with every
// module it imports (the standard library included).
//
// The AST owns no text: Text, Name and Number::raw are views into the source
// file or into its arena of derived texts (SourceFile::derived), which the
// Program's SourceManager keeps for as long as the AST is used.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/fields.hpp"
#include "num/rational.hpp"
#include "support/chunked.hpp"
#include "support/lang.hpp"
#include "support/source.hpp"

namespace planc::ast {

struct Text {
  std::string_view value;
  Span span;
};

struct Number {
  Rational value;
  const char* raw_begin = nullptr;  // where it is written; its span says how long
  Span span;
  bool thai_digits = false;
  // As written (digits, separators, sign), exactly the text of its span.
  std::string_view raw() const { return {raw_begin, span.end - span.begin}; }
  // The decimal places it is written with: 2 for "4.50" and for "๔.๕๐".
  int places() const;
};

struct Name {
  std::string_view value;
  Span span;
};

// An indicator number such as 2.1 (indicator 2, sub-indicator 1), or a full
// path 3.8 / 2.2.1 (strategy, indicator, sub-indicator) in round files.
struct IdPath {
  // At most kMaxParts numbers, kept inline (an id is on every indicator and result).
  static constexpr std::size_t kMaxParts = 4;
  struct Parts {
    std::array<int, kMaxParts> v{};
    std::uint8_t n = 0;
    std::size_t size() const { return n; }
    bool empty() const { return n == 0; }
    bool full() const { return n == kMaxParts; }
    void push_back(int x) { v[n++] = x; }
    int operator[](std::size_t i) const { return v[i]; }
    int front() const { return v[0]; }
    int back() const { return v[n - 1]; }
    const int* begin() const { return v.data(); }
    const int* end() const { return v.data() + n; }
    friend bool operator==(const Parts& a, const Parts& b) {
      return a.n == b.n && std::equal(a.begin(), a.end(), b.begin());
    }
  } parts;
  Span span;
  std::string str() const;  // "2.2.1"
  void append_to(std::string& s) const;
};

struct Use {
  std::string path;  // "plan.plan" (relative to this file) or "std/scales"
  Span span;
};

enum class Digits { Thai, Arabic };

struct PlanHeader {
  Text title;
  std::optional<Text> agency;
  std::optional<Text> unit_name;  // the planning unit that writes the report
  std::optional<Number> year_from, year_to;  // Buddhist Era
  std::string language = "th";
  std::optional<Digits> digits;
  std::optional<Name> scale;
  // `quality NAME`: the scale of bands (a QA standard's ดี / ดีมาก) whose
  // word the report prints beside each strategy's and the overall score, and
  // against which a published `quality` is compared.
  std::optional<Name> quality;
  // "mean", "weighted", "rows" (the mean of every indicator of the plan, each
  // once: a QA summary's overall) or "none" (a table with no overall figure)
  std::optional<Name> overall;
  // The score table's shape (`columns percent, score, weighted`): which of a
  // row's figures the agency's table has. Absent: all three. A table without
  // `percent` shows no score as a percent (rows, strategies, overall).
  std::optional<std::vector<Name>> columns;
  // What the agency calls its levels (`levels "องค์ประกอบ" "ตัวบ่งชี้"`): the
  // report's word for a strategy and for an indicator.
  std::optional<Text> strategy_word, indicator_word;
  // `calendar academic`: the plan's years are academic years (ปีการศึกษา, a
  // university's or a school's), not fiscal years; a round's `months` count
  // from the academic year's start. Only what reports call the year changes.
  bool academic = false;
  // `weights percent`: every weight of the plan and its rounds is written in
  // percent (30 is 30 %), a group's summing to 100, as many agreements print
  // them. Scores use the fraction (30 % of W × SM is 0.3 × SM).
  bool weights_percent = false;
  // `weights percent whole` (or `fraction whole`): a row's weight is its share
  // of the whole plan, the plan's rows summing to 1 (100), not each
  // strategy's; a strategy's score is still the mean over its own rows, and
  // the overall score Σ (W × SM) ÷ Σ W over every row.
  bool weights_whole = false;
  // `weights points` (category points): a row's weight is its full marks; it
  // earns W × SM points (SM a fraction, from a scale such as `percent-points`);
  // a strategy's figure and the overall figure are sums of points.
  bool weights_points = false;
  // `numbering standard`: the strategies and indicators keep the numbers of a
  // standard the plan assesses part of (a QA office's components 1, 2, 5 …
  // of nine): a number skipped is the standard's, not a mistake (no W106).
  bool numbering_standard = false;
  // A word of `columns` was not a column (E021): the table's shape is not
  // known, so no published figure is refused for want of a column.
  bool columns_unknown = false;
  Span span;
  bool has_column(std::string_view c) const {
    if (!columns) return true;
    return std::any_of(columns->begin(), columns->end(), [&](const Name& n) { return n.value == c; });
  }
  bool no_overall() const { return overall && overall->value == "none"; }
  // The overall is the mean of every scored indicator, each once (`overall rows`).
  bool overall_rows() const { return overall && overall->value == "rows"; }
  // The table prints each strategy's and group's contribution (W × its
  // score): with `weighted` (rows too), or `contribution` (those only: a
  // table whose rows have a score and no weighted score).
  bool shows_contribution() const { return has_column("weighted") || has_column("contribution"); }
  // Strategies weigh by their weights (`overall weighted`, not points): each
  // has a contribution, W × its score, and a group combines them by weight.
  bool strategies_weigh() const { return overall && overall->value == "weighted" && !weights_points; }
};

enum class UnitKind { Percent, Level, Score, Count };

struct UnitDecl {
  Name name;
  UnitKind kind = UnitKind::Count;
  std::optional<Text> label_th, label_en;
  Span span;
};

struct OfficeDecl {
  Name name;
  Text title;
  std::optional<Text> title_en;
  Span span;
};

// The office's name, and whether it leads. Derived from Name, not holding
// one: `lead` then sits in Name's tail padding (32 bytes, not 40; two per
// indicator).
struct OfficeRef : Name {
  bool lead = false;
  const Name& name() const { return *this; }
  Name& name() { return *this; }
};

enum class Comparator : std::uint8_t { AtLeast, AtMost, Equal };

struct Target {
  Opt<Number> value;
  List<Number> parts;  // compound targets such as ๖/๑๒
  Box<Text> text;      // the target as the report words it
  Span span;
  // Levels: `target levels 70 80 90` (ขั้นต้น / มาตรฐาน / ขั้นสูง), in `parts`,
  // rising (or falling: lower is better); a scale `of level` gives each its points.
  enum class Kind : std::uint8_t { Value, PerProject, Compound, Text, Levels } kind = Kind::Value;
  Comparator cmp = Comparator::AtLeast;
};

// percent of target = result/target, or the result itself; or no percent at
// all: the score is given by an assessor (`basis given`, a result's `score`).
enum class Basis : std::uint8_t { Ratio, Direct, Given };
enum class Aggregate : std::uint8_t { Mean, Sum, Min, Max };

enum class ProjectStatus : std::uint8_t { NotStarted, InProgress, Postponed, Done, Cancelled };

struct Project {
  Opt<Name> name;  // id used by rounds
  Text title;
  Opt<Number> budget;
  Box<Text> note;
  Span span;
};

// A plan has one per indicator (a million in a consolidated plan): its fields
// are the compact kinds of ast/fields.hpp, the rare ones out of line.
// A weight the plan gives an indicator for rounds of one length (`weight 0.3
// for 6`): some agencies' systems hold a 6-, 9- and 12-month weight each.
// A weight for one fiscal year (`weight 0.3 for 2565`) is kept the same way.
struct RoundWeight {
  std::optional<Number> months;  // `for 6`
  std::optional<Number> year;    // `for 2565` (Buddhist Era)
  Number weight;
  Span span;
};

// A target for one fiscal year of a plan of several (`target >= 85 for 2565`):
// a round is scored against its own year's target, else the plain `target`.
struct YearTarget {
  Number year;
  Target target;
};

// An indicator's year, when it is not the plain one (rare: boxed): it starts
// with a later round (`starts 9`: no weight and no score before), it is
// cancelled (`cancelled "reason"`: kept in the report, marked, no weight), or
// its weight changes by round, or its target or weight by fiscal year.
struct Schedule {
  std::optional<Number> starts;  // months
  std::optional<Text> cancelled;
  std::vector<RoundWeight> weights;
  std::vector<YearTarget> targets;
};

struct Indicator {
  IdPath number;  // as written: 1 or 2.1
  Text title;
  Opt<Name> unit;
  Opt<Target> target;
  Opt<Number> weight;
  Box<Name> scale;  // most indicators take their strategy's
  std::optional<Basis> basis;
  std::optional<Aggregate> aggregate;
  bool unit_given = false;  // `unit` was written, even if its value was wrong
  bool is_sub = false;
  bool incomplete = false;  // an error inside it was reported: skip checks of what is missing
  Slice<OfficeRef> offices;
  List<Project> projects;
  Slice<Text> notes;
  List<Indicator> subs;
  Span span;
  Box<Schedule> schedule;  // starts, cancelled, weights by round
};

struct Strategy {
  IdPath number;
  Text title;
  std::optional<Text> mission;
  std::vector<Text> goals;
  std::optional<Name> scale;
  std::optional<Number> weight;
  std::vector<Indicator> indicators;
  std::optional<IdPath> group;  // written inside `group N { ... }`
  Span span;
};

// A group above strategies (`group 1 "Performance Base" { weight 70;
// strategy 1 ... }`): its score combines its strategies as the plan's
// `overall` says; the overall score is Σ (W × group score) ÷ Σ W.
struct Group {
  IdPath number;
  Text title;
  std::optional<Number> weight;
  Span span;
};

// A scoring scale: points (x -> score) joined linearly or as steps.
struct ScalePoint {
  Number x;
  Number score;
  Span span;
};

// One band of a quality scale: scores from `from` to `to` (as the standard
// prints them, "3.51 - 4.50") have the quality `word` ("ดี"), and `en` in an
// English report.
struct QualityBand {
  Number from, to;
  Text word;
  std::optional<Text> en;
  Span span;
};

struct ScaleDecl {
  Name name;
  std::optional<Text> title;
  std::optional<Text> title_en;  // `en "..."`: its title in an English report (std/scales' are Thai first)
  // x is the percent of target, the result's value, or the target level the
  // result reached (`of level`: 1 the first of `target levels`, 2 the second,
  // fractions between them, below 1 under the first).
  enum class Of { Percent, Value, Level } of = Of::Percent;
  enum class Between { Linear, Step } between = Between::Linear;
  enum class Below { Proportional, Zero, First } below = Below::Zero;
  enum class Above { Cap, Extend } above = Above::Cap;
  std::vector<ScalePoint> points;
  // A quality scale (ระดับคุณภาพ) has bands of words instead of points: it
  // scores nothing, it words a score (`quality NAME` in the plan header).
  std::vector<QualityBand> bands;
  bool band_dropped = false;  // a `band` the lowering refused: where the others meet is not checked
  std::optional<Text> description;
  Span span;
  bool is_quality() const { return !bands.empty(); }
  // The decimal places its bands are written with (2 for 0.00 - 1.50).
  int band_places() const;
};

struct Rounding {
  enum class Mode { None, Rows } mode = Mode::None;  // where rounding happens inside
  int places = 2;                                    // display (and per-row) places
  Span span;
};

struct RoundDecl {
  Text name;
  std::optional<Number> months;
  std::optional<Number> fiscal_year;
  std::optional<Text> title;
  std::optional<Text> date;
  std::optional<Text> preface, introduction, method;
  std::vector<Text> objectives;
  std::optional<Rounding> rounding;
  std::optional<Number> tolerance;  // accepted |Σ W − 1| for a transcribed report
  // `planc freeze`: the round's `reported` figures are planc's own, published
  // on this date; each deliberate change of them since, with its reason.
  std::optional<Text> frozen;
  struct Restatement {
    Text date, reason;
    Span span;
  };
  std::vector<Restatement> restated;
  // Several bodies scored on one plan (an award's municipalities, a
  // university's faculties): the body this round assesses (`body "..."`).
  std::optional<Text> body;
  // Two assessments of one round: the body's own (`assessment self`) and the
  // committee's verified one (`assessment committee`, the default).
  std::optional<Name> assessment;
  bool self_assessment() const { return assessment && assessment->value == "self"; }
  Span span;
};

struct Reported {  // published figures of a row
  std::optional<Number> percent, score, weighted;
  // A result published as a sum and a count (a mean of rounded inputs, e.g.
  // the programmes' scores of a faculty): the result is sum ÷ count, and each
  // input was printed to the sum's places.
  std::optional<Number> sum, count;
  Span span;
};

struct ProjectProgress {
  Opt<Name> name;   // a project declared in the plan
  Box<Text> title;  // or a project named only in this round
  Opt<Number> budget, disbursed, remaining;
  std::optional<ProjectStatus> status;
  Box<Text> note;
  Span span;
};

// One per indicator of a round, like Indicator: compact, the rare fields out of line.
struct Result {
  IdPath id;  // strategy.indicator[.sub]
  Box<Number> weight;  // a transcribed report's own weight
  Slice<Number> values;
  Box<Text> na;  // NA with its reason
  Box<Text> value_text;  // the result as the report words it, e.g. "ผ่านการประเมิน"
  Slice<Text> accounts;
  List<ProjectProgress> projects;
  Slice<OfficeRef> offices;
  Box<Reported> reported;  // rare (transcribed reports)
  Span span;
  // Last, in the span's tail padding: 144 bytes, not 152 (a million results).
  std::optional<Aggregate> aggregate;
  bool incomplete : 1 = false;
  bool cancelled : 1 = false;    // `cancelled "reason"`: `na` holds the reason
  bool score_given : 1 = false;  // `score 4.8`: values[0] is the score an assessor gave (basis given)
  // Published as a sum and a count (`reported { sum; count }`): with no value
  // of its own, the result is sum ÷ count.
  bool published_mean() const { return reported && reported->sum && reported->count; }
};

struct ReportedTotal {
  std::optional<IdPath> strategy;  // none: the overall figure (or a group's)
  std::optional<IdPath> group;     // `reported group 1 { ... }`
  // weighted: a strategy's or a group's printed contribution, W × its score.
  std::optional<Number> score, percent, weight_sum, weighted;
  // The quality level the table prints beside the score ("ดีมาก"), compared
  // with the word the plan's `quality` scale gives the score.
  std::optional<Text> quality;
  Span span;
};

// An adjustment of a row's score or of the overall score, with its reason
// (`deduct 1.2 0.2 "late report"`, `add overall 0.5 "..."`), in a round.
struct Adjustment {
  std::optional<IdPath> id;  // none: the overall score
  Number amount;             // as written, positive
  Text reason;
  bool deduct = true;
  Span span;
};

struct Module {
  FileId file = 0;
  std::vector<Use> uses;
  std::optional<PlanHeader> plan;
  std::vector<UnitDecl> units;
  std::vector<ScaleDecl> scales;
  std::vector<OfficeDecl> offices;
  std::vector<Strategy> strategies;
  std::vector<Group> groups;
  std::optional<RoundDecl> round;
  Chunked<Result> results;  // one per indicator: grows without moving them
  // Where the indicators' and results' short lists keep their elements.
  Pool<Number> numbers;
  Pool<Text> texts;
  Pool<OfficeRef> office_refs;
  std::vector<ReportedTotal> reported;
  std::vector<Adjustment> adjustments;
  std::vector<Text> recommendations;
};

// Appends what `next` (the items after `into`'s in the same file) declares to
// `into`, nodes moved, not copied. False, with the modules left half joined,
// when both declare the plan or the round: the lowering reports that as an
// error, which parsing the file at once then does.
bool join(Module& into, Module&& next);

const char* to_string(UnitKind k);
const char* to_string(Comparator c);
const char* to_string(ProjectStatus s);
const char* to_string(Aggregate a);
const char* to_string(Basis b);

// The sizes the memory goal relies on (docs/performance.md: peak memory at
// most twice the input; an Indicator and a Result per indicator of a plan and
// of a round, an office reference and numbers in each). A field added to one
// of these must fit, or the goal be measured again and this line changed with
// the figures. x86-64 and other LP64 targets.
static_assert(sizeof(void*) != 8 || sizeof(Number) == 40, "ast::Number grew: see docs/performance.md");
static_assert(sizeof(void*) != 8 || sizeof(OfficeRef) == 32, "ast::OfficeRef grew: see docs/performance.md");
static_assert(sizeof(void*) != 8 || sizeof(Result) == 144, "ast::Result grew: see docs/performance.md");
static_assert(sizeof(void*) != 8 || sizeof(Indicator) == 320, "ast::Indicator grew: see docs/performance.md");

// A target in the plan's own terms (the AST dump, planc diff): "at-least 80",
// "per-project", "compound 6 12" or "text", then its wording when it has one;
// `number(const Number&)` and `wording(std::string_view)` write those two
// (a value target whose number an error left out: "-").
// (The report words a target for readers: report::target_text.)
template <typename WriteNumber, typename WriteWording>
std::string describe(const Target& t, const WriteNumber& number, const WriteWording& wording) {
  std::string s;
  switch (t.kind) {
    case Target::Kind::Value: s = std::string(to_string(t.cmp)) + " " + (t.value ? number(*t.value) : "-"); break;
    case Target::Kind::PerProject: s = "per-project"; break;
    case Target::Kind::Compound:
      s = "compound";
      for (auto& p : t.parts) s += " " + number(p);
      break;
    case Target::Kind::Text: s = "text"; break;
    case Target::Kind::Levels:
      s = "levels";
      for (auto& p : t.parts) s += " " + number(p);
      break;
  }
  if (t.text) s += " " + wording(t.text->value);
  return s;
}

// The largest x among a scale's points (its top band), if it has any.
std::optional<Rational> top_x(const ScaleDecl& s);

// The language planc speaks about a plan: `given` (--lang), else the plan's
// `language`, else the environment's; Thai digits when a Thai plan says
// `digits thai`; and the plan's words for its levels.
Locale plan_locale(const PlanHeader* plan, std::optional<Lang> given = std::nullopt);

}  // namespace planc::ast
