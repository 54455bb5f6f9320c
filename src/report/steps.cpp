#include "report/steps.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>
#include <fmt/format.h>

#include "report/format.hpp"
#include "support/utf8.hpp"

namespace planc::report {
namespace {

using K = eval::StepKind;

// A step's args: its figures and keywords (operator[]), and the plan's own
// text (a reason, a scale's name: as_written), marked so that the reader's
// digits do not touch it (finish); but a scale's title, mostly planc's own
// words (std/scales), in the reader's digits (in_digits). The marks are taken
// out of the text itself.
constexpr char kQuote = '\x01', kUnquote = '\x02';
class Args {
 public:
  explicit Args(const eval::Step& s) : s_(s) {}
  const std::string& operator[](std::size_t i) const { return i < s_.args.size() ? s_.args[i] : none_; }
  std::string as_written(std::size_t i) const {
    std::string text = (*this)[i];
    std::erase_if(text, [](char c) { return c == kQuote || c == kUnquote; });
    return kQuote + text + kUnquote;
  }
  bool has(std::size_t i) const { return !(*this)[i].empty(); }
  // A text of planc's own that a plan may also write (a scale's title): as
  // written, but in the reader's digits, not grouped ("ปี 2565" stays whole).
  std::string in_digits(std::size_t i, bool thai) const {
    std::string text = as_written(i);
    return digits(utf8::to_arabic_digits(text), thai);
  }

 private:
  const eval::Step& s_;
  std::string none_;
};

// The words in the reader's digits (figures, the numbers of the words
// themselves: "× 100", and a result or weight the plan wrote in the other
// digits) and figures grouped by thousands, but for what is quoted as written.
std::string finish(const std::string& text, bool thai) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t q = text.find(kQuote, i);
    std::string_view plain = std::string_view(text).substr(i, q == std::string::npos ? std::string::npos : q - i);
    out += digits(grouped(utf8::to_arabic_digits(plain)), thai);
    if (q == std::string::npos) break;
    std::size_t e = text.find(kUnquote, q + 1);
    if (e == std::string::npos) e = text.size();
    out.append(text, q + 1, e - q - 1);
    i = e + 1;
  }
  return out;
}

// How a scale read x (a Score's part), in English, and the score it gave.
std::string scale_en(const eval::Step& s, const std::string& score) {
  Args a(s);
  switch (s.kind) {
    case K::NoPoints: return fmt::format("the scale has no points: {}", score);
    case K::BelowProportional:
      return fmt::format("below the first point {} → {}, proportionally: {} × {} ÷ {} = {}", a[0], a[1], a[1], a[2],
                         a[0], score);
    case K::BelowZero: return fmt::format("below the first point {} → {}: {}", a[0], a[1], score);
    case K::BelowFirst: return fmt::format("below the first point {} → {}: its score, {}", a[0], a[1], score);
    case K::AtPoint: return fmt::format("at the point {} → {}", a[0], score);
    case K::AboveCapped: return fmt::format("above the last point {} → {}: capped at {}", a[0], a[1], score);
    case K::AboveExtended:
      return fmt::format("above the last point: extended along {} → {} … {} → {} = {}", a[0], a[1], a[2], a[3],
                         score);
    case K::Steps: return fmt::format("in steps: at least {} → {}, below {} → {}: {}", a[0], a[1], a[2], a[3], score);
    case K::Linear:
      return fmt::format("linear between {} → {} and {} → {}: {} + ({} − {}) × ({} − {}) ÷ ({} − {}) = {}", a[0],
                         a[1], a[2], a[3], a[1], a[3], a[1], a[4], a[0], a[2], a[0], score);
    default: return fmt::format("capped: {}", score);
  }
}

// How a scale read x, in Thai, and the score it gave: in the words of a
// scoring table's criteria ("ตรงเกณฑ์ ๘๐ = ๓ คะแนน"), not of a graph's points.
// `at` names a point: "ระดับ " before a scale's points that are target levels
// (`of level`: "อยู่ระหว่างระดับ ๒ (๗๕ คะแนน) และระดับ ๓ (๑๐๐ คะแนน)").
std::string scale_th(const eval::Step& s, const std::string& score, std::string_view at = {}) {
  Args a(s);
  // After a word ("อยู่ระหว่าง", "และ"): a space, or the point's name.
  const std::string p = at.empty() ? std::string(" ") : std::string(at);
  switch (s.kind) {
    case K::NoPoints: return fmt::format("เกณฑ์ไม่มีค่าคะแนน ได้ {}", score);
    case K::BelowProportional:
      return fmt::format("ต่ำกว่าเกณฑ์ต่ำสุด ({}{} = {} คะแนน) คิดตามสัดส่วน {} × {} ÷ {} = {}", at, a[0], a[1], a[1],
                         a[2], a[0], score);
    case K::BelowZero: return fmt::format("ต่ำกว่าเกณฑ์ต่ำสุด ({}{} = {} คะแนน) ได้ {} คะแนน", at, a[0], a[1], score);
    case K::BelowFirst: return fmt::format("ต่ำกว่าเกณฑ์ต่ำสุด ({}{} = {} คะแนน) ได้ {} คะแนน", at, a[0], a[1], score);
    case K::AtPoint: return fmt::format("ตรง{}{} = {} คะแนน", at.empty() ? "เกณฑ์ " : at, a[0], score);
    case K::AboveCapped:
      return fmt::format("เกินเกณฑ์สูงสุด ({}{} = {} คะแนน) ได้ค่าคะแนนสูงสุด {}", at, a[0], a[1], score);
    case K::AboveExtended:
      return fmt::format("เกินเกณฑ์สูงสุด ต่อเส้นตรงผ่าน{}{} ({} คะแนน) และ{}{} ({} คะแนน) = {}", p, a[0], a[1], p,
                         a[2], a[3], score);
    case K::Steps:
      return fmt::format("อยู่ระหว่าง{}{} ({} คะแนน) ถึงต่ำกว่า{}{} ({} คะแนน) ให้คะแนนแบบขั้นบันได ได้ {} คะแนน", p,
                         a[0], a[1], p, a[2], a[3], score);
    case K::Linear:
      return fmt::format("อยู่ระหว่าง{}{} ({} คะแนน) และ{}{} ({} คะแนน) เทียบบัญญัติไตรยางศ์: {} + ({} − {}) × ({} − {}) ÷ "
                         "({} − {}) = {}",
                         p, a[0], a[1], p, a[2], a[3], a[1], a[3], a[1], a[4], a[0], a[2], a[0], score);
    default: return fmt::format("ได้ค่าคะแนนสูงสุดของเกณฑ์ {}", score);
  }
}

// A sum and its terms, "0.5×4 + 0.5×3 = 3.5", or the sum alone when it is its one term.
std::string summed(const std::string& terms, const std::string& sum) {
  return terms == sum ? sum : terms + " = " + sum;
}

// The part of a compound target a percent was taken of, if any.
std::string part(const eval::Step& s, bool th) {
  for (const eval::Step& p : s.parts)
    if (p.kind == K::Compound) {
      Args a(p);
      return th ? fmt::format(" (ส่วนของ {}/{} สำหรับรอบ {} เดือน)", a[0], a[1], a[2])
                : fmt::format(" (the part of {}/{} for a {}-month round)", a[0], a[1], a[2]);
    }
  return "";
}

// Where a result stands among its target levels, by their names: "ดีกว่าค่า
// เป้าหมายขั้นสูง (๑๒๕๖.๒๗)", "อยู่ระหว่างค่าเป้าหมายมาตรฐาน (๙๐) และขั้นสูง (๑๐๐)",
// "between the standard (90) and advanced (100) levels" (better, not higher:
// a target of days is better lower).
std::string standing(const eval::Step& s, bool th) {
  Args a(s);
  std::vector<std::string> levels;
  for (std::size_t at = 0; at <= a[1].size();) {
    std::size_t comma = std::min(a[1].find(", ", at), a[1].size());
    levels.push_back(a[1].substr(at, comma - at));
    at = comma + 2;
  }
  std::size_t n = levels.size(), k = 0, count = 0;
  try {
    k = std::stoul(a[4]);
    count = std::stoul(a[5]);
  } catch (const std::exception&) {  // a step of another shape: the levels listed
  }
  if (k < 1 || k > n || count != n)
    return th ? fmt::format("เทียบกับระดับ {}", a[1]) : fmt::format("against the levels {}", a[1]);
  auto name = [&](std::size_t i) { return level_name(i - 1, n, th, false); };
  auto named = [&](std::size_t i) { return name(i) + " (" + levels[i - 1] + ")"; };
  // "level 2" is a name of its own; "standard" needs its noun in English.
  auto level_en = [&](std::size_t i) { return n == 3 ? fmt::format("the {} level", named(i)) : named(i); };
  if (a[3] == "short") return th ? "ยังไม่ถึงค่าเป้าหมาย" + named(1) : "short of " + level_en(1);
  if (a[3] == "beyond") return th ? "ดีกว่าค่าเป้าหมาย" + named(n) : "better than " + level_en(n);
  if (a[3] == "at" || k == n) return th ? "ตรงค่าเป้าหมาย" + named(k) : "at " + level_en(k);
  if (th) return fmt::format("อยู่ระหว่างค่าเป้าหมาย{} และ{}", named(k), named(k + 1));
  return n == 3 ? fmt::format("between the {} and {} levels", named(k), named(k + 1))
                : fmt::format("between {} and {}", named(k), named(k + 1));
}

StepWords english(const eval::Step& s) {
  Args a(s);
  auto rounded = [&](std::size_t i) { return a.has(i) ? " (rounded, rows policy)" : ""; };
  switch (s.kind) {
    case K::Cancelled: return {"cancelled", fmt::format("{} (no weight)", a.as_written(0))};
    case K::NotStarted: return {"not started", fmt::format("starts with the {}-month round (no weight before)", a[0])};
    case K::NoResult: return {"result", "none in this round"};
    case K::ResultNa: return {"result", a.has(0) ? "NA: " + a.as_written(0) : "NA (no reason given)"};
    case K::ResultCancelled: return {"result", "cancelled: " + a.as_written(0)};
    case K::NaNoWeight: return {"weight", "an NA row carries no weight in this round"};
    case K::CancelledNoWeight: return {"weight", "a cancelled row carries no weight"};
    case K::RollUpNa: return {"result", "no weighted sub-indicator has a result in this round"};
    case K::SubIndicators: return {"sub-indicators", fmt::format("Σ (w × SM) ÷ Σ w = ({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::ResultSumCount:
      return {"result", fmt::format("the published sum ÷ count = {} ÷ {} = {}", a[0], a[1], a[2])};
    case K::ResultAggregate: return {"result", fmt::format("{} of {} → {}", a.as_written(0), a[1], a[2])};
    case K::Result: return {"result", a[0]};  // a value as written is its value
    case K::Given: return {"score", fmt::format("given by the assessor (basis given): {}; no percent", a[0])};
    case K::LevelReached:
      return {"level reached", fmt::format("{}, {} → level {}", a[0], standing(s, false), a[2])};
    case K::OfValue: return {"scored on", fmt::format("the value itself (scale `{}` is of value)", a.as_written(0))};
    case K::Direct: return {"percent", fmt::format("the result itself (basis direct): {} %", a[0])};
    case K::PercentAtMostZero:
      return {"percent of target", fmt::format("target at most {}{}; result 0: full marks", a[0], part(s, false))};
    case K::PercentAtMost:
      return {"percent of target", fmt::format("at most {}{} (lower is better): {} ÷ {} × 100 = {} %", a[0],
                                               part(s, false), a[0], a[1], a[2])};
    case K::Percent:
      return {"percent of target", fmt::format("{} ÷ {}{} × 100 = {} %", a[0], a[1], part(s, false), a[2])};
    case K::Score:
      return {"score", fmt::format("scale `{}`: {}{}", a.as_written(0),
                                   s.parts.empty() ? a[1] : scale_en(s.parts[0], a[1]),
                                   a.has(2) ? fmt::format(" → {} (rounded)", a[2]) : "")};
    case K::WeightOnce: return {"weight", "1: each indicator counts once (overall rows)"};
    case K::SubUnweighted: return {"weight", "sub-indicators are reported but not weighted"};
    case K::NoWeight: return {"weight", "no weight"};
    case K::Weight:
    case K::WeightOfRound:
      return {"weight", (a.has(1) ? fmt::format("{} % = {}", a[0], a[1]) : a[0]) +
                            (s.kind == K::Weight ? " (the plan)" : " (this round)")};
    case K::Weighted: return {"weighted", fmt::format("W × SM = {} × {} = {}", a[0], a[1], a[2])};
    case K::Deducted:
    case K::Added:
      return {s.kind == K::Deducted ? "deducted" : "added",
              fmt::format("{} {} {} = {}{} ({})", a[0], s.kind == K::Deducted ? "−" : "+", a[1], a[2],
                          a.has(3) ? ", not below 0" : "", a.as_written(4))};
    case K::StrategyNa: return {"strategy", "no weighted indicator has a result in this round"};
    case K::StrategyOnce:
      return {"strategy score", fmt::format("mean of the indicators, each once (overall rows): ({}) ÷ {} = {}{}", a[0],
                                            a[1], a[2], rounded(3))};
    case K::SumWeighted: return {"Σ (W × SM)", summed(a[0], a[1])};
    case K::SumWeights: return {"Σ W", fmt::format("{} ({} weighted rows)", a[0], a[1])};
    case K::DroppedOut: {
      std::string rows;
      for (const eval::Step& p : s.parts) {
        Args r(p);
        rows += fmt::format("{}{} (weight {}, {})", rows.empty() ? "" : ", ", r[0], r[1], r[2]);
      }
      return {"dropped out", fmt::format("{}: these rows carry no weight in this round; the score divides by the "
                                         "weights that remain, Σ W = {}",
                                         rows, a[0])};
    }
    case K::StrategyScore:
      return {"strategy score", fmt::format("Σ (W × SM) ÷ Σ W = {} ÷ {} = {}{}", a[0], a[1], a[2], rounded(3))};
    case K::AsPercent: return {"as a percent", fmt::format("score {} on scale `{}` → {} %", a[0], a.as_written(1), a[2])};
    case K::StrategyWeighted:
      return {"weighted", fmt::format("W × strategy score = {} × {} = {}", a[0], a[1], a[2])};
    case K::Points: return {"points", fmt::format("Σ (W × SM) = {} of {} full marks", summed(a[0], a[1]), a[2])};
    case K::PointsPercent:
      return {"as a percent", fmt::format("{} ÷ {} × 100 = {} % of the full marks", a[0], a[1], a[2])};
    case K::GroupNa: return {"group", "no strategy of the group is scored in this round"};
    case K::GroupPoints: return {"group score", "Σ points = " + summed(a[0], a[1])};
    case K::GroupScore: return {"group score", fmt::format("({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::GroupWeighted: return {"weighted", fmt::format("W × group score = {} × {} = {}", a[0], a[1], a[2])};
    case K::OverallNone: return {"overall score", "none: the plan's table has no overall figure (overall none)"};
    case K::OverallWeighted:
      return {"overall score", fmt::format("Σ (W × strategy score) ÷ Σ W = ({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::OverallMean:
      return {"overall score", fmt::format("mean of {} strategy scores: ({}) ÷ {} = {}", a[0], a[1], a[0], a[2])};
    case K::OverallPoints:
      return {"overall points", fmt::format("Σ points of the strategies = {} of {} full marks", summed(a[0], a[1]), a[2])};
    case K::OverallPointsPercent: return {"as a percent", fmt::format("{} ÷ {} × 100 = {} %", a[0], a[1], a[2])};
    case K::OverallWhole:
      return {"overall score", fmt::format("Σ (W × SM) of every row ÷ Σ W (weights of the whole plan) = ({}) ÷ {} = {}",
                                           a[0], a[1], a[2])};
    case K::OverallEveryRow:
      return {"overall score", fmt::format("mean of the {} indicators' scores, each once: Σ SM by strategy {}; {} ÷ {} = {}",
                                           a[0], summed(a[1], a[2]), a[2], a[0], a[3])};
    case K::OverallGroupPoints: return {"overall points", "Σ points of the groups = " + summed(a[0], a[1])};
    case K::OverallGroups:
      return {"overall score", fmt::format("Σ (W × group score) ÷ Σ W = ({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::Compound: return {"target", part(eval::Step{K::Percent, {}, {}, {s}}, false)};
    case K::DroppedRow: return {"dropped out", fmt::format("{} (weight {}, {})", a[0], a[1], a[2])};
    default: return {"scale", scale_en(s, "…")};  // how a scale read x, worded alone
  }
}

// Nothing of a group, a strategy or an indicator ("sub-indicator": of its
// weighted sub-indicators) scored in this round, in Thai.
std::string nothing_scored_th(std::string_view of, const Locale& l) {
  const std::string st = strategy_word(l), in = indicator_word(l);
  if (of == "group") return fmt::format("ไม่มี{}ใดในกลุ่มนี้ได้คะแนนในรอบนี้", st);
  if (of == "strategy") return fmt::format("ไม่มี{}ที่มีน้ำหนักและมีผลในรอบนี้", in);
  return fmt::format("ไม่มี{}ย่อยที่มีน้ำหนักและมีผลในรอบนี้", in);
}

// The classifier a Thai count of indicators takes: ตัว for ตัวชี้วัด and
// ตัวบ่งชี้, รายการ for a plan's other word (หมวด, พื้นที่); of strategies:
// ประเด็น for ประเด็นยุทธศาสตร์, else the plan's word itself (๓ องค์ประกอบ, ๔ มิติ).
std::string indicators_th(const Locale& l) { return indicator_word(l).starts_with("ตัว") ? "ตัว" : "รายการ"; }
std::string strategies_th(const Locale& l) {
  const std::string w = strategy_word(l);
  return w == "ประเด็นยุทธศาสตร์" ? "ประเด็น" : w;  // the plan may write the usual word out
}

const char* aggregate_th(const std::string& a) {
  if (a == "sum") return "ผลรวม";
  if (a == "min") return "ค่าต่ำสุด";
  if (a == "max") return "ค่าสูงสุด";
  return "ค่าเฉลี่ย";
}

const char* dropped_th(const std::string& why) {
  if (why == "cancelled") return "ยกเลิก";
  if (why == "not started") return "ยังไม่เริ่มประเมิน";
  return "NA";
}

// "ตาม" and a scale (AsPercent's name, then title): by its title, which
// mostly begins with เกณฑ์ ("ตามเกณฑ์ ๕ ระดับ ร้อยละ ๖๐-๑๐๐ …"), in the
// reader's digits as the Score step gives it; else by its name.
std::string by_scale(const Args& a, bool thai) {
  if (!a.has(3)) return "ตามเกณฑ์ `" + a.as_written(1) + "`";
  return (a[3].starts_with("เกณฑ์") ? "ตาม" : "ตามเกณฑ์ ") + a.in_digits(3, thai);
}

StepWords thai(const eval::Step& s, const Locale& l) {
  Args a(s);
  // The plan's words for its levels ("องค์ประกอบ", "ตัวบ่งชี้"), else the usual ones.
  const std::string st = strategy_word(l), in = indicator_word(l);
  auto rounded = [&](std::size_t i) { return a.has(i) ? " (ปัดเศษตามที่แผนกำหนด)" : ""; };
  switch (s.kind) {
    case K::Cancelled: return {"ยกเลิก", fmt::format("{} (ไม่มีน้ำหนัก)", a.as_written(0))};
    case K::NotStarted: return {"ยังไม่เริ่ม", fmt::format("เริ่มประเมินในรอบ {} เดือน (ก่อนนั้นไม่มีน้ำหนัก)", a[0])};
    case K::NoResult: return {"ผลการดำเนินงาน", "ไม่มีผลในรอบนี้"};
    case K::ResultNa: return {"ผลการดำเนินงาน", a.has(0) ? "NA: " + a.as_written(0) : "NA (ไม่ระบุเหตุผล)"};
    case K::ResultCancelled: return {"ผลการดำเนินงาน", "ยกเลิก: " + a.as_written(0)};
    case K::NaNoWeight: return {"น้ำหนัก", fmt::format("{}ที่เป็น NA ไม่มีน้ำหนักในรอบนี้", in)};
    case K::CancelledNoWeight: return {"น้ำหนัก", fmt::format("{}ที่ยกเลิกไม่มีน้ำหนัก", in)};
    case K::RollUpNa: return {"ผลการดำเนินงาน", nothing_scored_th("sub-indicator", l)};
    case K::SubIndicators:
      return {in + "ย่อย", fmt::format("Σ (w × SM) ÷ Σ w = ({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::ResultSumCount: return {"ผลการดำเนินงาน", fmt::format("ผลรวมที่เผยแพร่ ÷ จำนวน = {} ÷ {} = {}", a[0], a[1], a[2])};
    case K::ResultAggregate:
      return {"ผลการดำเนินงาน", fmt::format("{}ของ {} → {}", aggregate_th(a[0]), a[1], a[2])};
    case K::Result: return {"ผลการดำเนินงาน", a[0]};  // a value as written is its value
    case K::Given: return {"ค่าคะแนนที่ได้", fmt::format("{} ตามที่ผู้ประเมินให้ (ไม่คำนวณจากค่าเป้าหมาย)", a[0])};
    case K::LevelReached:  // a level between two, or past the last, is pro rata: "เทียบสัดส่วนได้ระดับ ๒.๒"
      return {"ระดับที่ได้", fmt::format("{} {} → {}ระดับ {}", a[0], standing(s, true),
                                       a[2].find('.') == std::string::npos ? "" : "เทียบสัดส่วนได้", a[2])};
    case K::OfValue:
      return {"ฐานการให้คะแนน", fmt::format("ใช้ค่าผลโดยตรง ไม่คิดร้อยละของเป้าหมาย (เกณฑ์ `{}`)", a.as_written(0))};
    case K::Direct: return {"ร้อยละของเป้าหมาย", fmt::format("ผลการดำเนินงานเป็นร้อยละอยู่แล้ว: ร้อยละ {}", a[0])};
    case K::PercentAtMostZero:
      return {"ร้อยละของเป้าหมาย",
              fmt::format("เป้าหมายไม่เกิน {}{} ผลเป็น 0: ได้คะแนนเต็ม", a[0], part(s, true))};
    case K::PercentAtMost:
      return {"ร้อยละของเป้าหมาย", fmt::format("ไม่เกิน {}{} (ยิ่งน้อยยิ่งดี): {} ÷ {} × 100 = ร้อยละ {}", a[0],
                                                part(s, true), a[0], a[1], a[2])};
    case K::Percent:
      return {"ร้อยละของเป้าหมาย", fmt::format("{} ÷ {}{} × 100 = ร้อยละ {}", a[0], a[1], part(s, true), a[2])};
    case K::Score:
      // The scale by its title ("เกณฑ์ ๕ ระดับ ร้อยละ ๖๐-๑๐๐"), else by its name.
      // The title in the reader's digits, as the figures around it (the
      // standard scales' titles are planc's words, written in Thai digits).
      return {"คะแนน (SM)", fmt::format("{}: {}{}", a.has(3) ? a.in_digits(3, l.thai_digits) : "เกณฑ์ `" + a.as_written(0) + "`",
                                        s.parts.empty() ? a[1] : scale_th(s.parts[0], a[1], a.has(4) ? "ระดับ " : ""),
                                        a.has(2) ? fmt::format(" → {} (ปัดเศษตามที่แผนกำหนด)", a[2]) : "")};
    case K::WeightOnce: return {"น้ำหนัก", fmt::format("1: นับแต่ละ{}ครั้งเดียว (ไม่ถ่วงน้ำหนัก)", in)};
    case K::SubUnweighted: return {"น้ำหนัก", fmt::format("{}ย่อยรายงานผลแต่ไม่ถ่วงน้ำหนัก", in)};
    case K::NoWeight: return {"น้ำหนัก", "ไม่มีน้ำหนัก"};
    case K::Weight:
    case K::WeightOfRound:
      return {"น้ำหนัก (W)", (a.has(1) ? fmt::format("ร้อยละ {} = {}", a[0], a[1]) : a[0]) +
                                 (s.kind == K::Weight ? " (ตามแผน)" : " (กำหนดในรอบการประเมินนี้)")};
    case K::Weighted: return {"คะแนนถ่วงน้ำหนัก", fmt::format("W × SM = {} × {} = {}", a[0], a[1], a[2])};
    case K::Deducted:
    case K::Added:
      return {s.kind == K::Deducted ? "หักคะแนน" : "เพิ่มคะแนน",
              fmt::format("{} {} {} {} {}{} ({})", a[0], s.kind == K::Deducted ? "−" : "+", a[1], a.has(3) ? "→" : "=",
                          a[2], a.has(3) ? " (คะแนนไม่ติดลบ)" : "", a.as_written(4))};
    case K::StrategyNa: return {"คะแนนของ" + st, "ไม่มี (" + nothing_scored_th("strategy", l) + ")"};
    case K::StrategyOnce:
      return {"คะแนนของ" + st, fmt::format("ค่าเฉลี่ยคะแนนของ{} (ไม่ถ่วงน้ำหนัก): ({}) ÷ {} = {}{}", in, a[0], a[1], a[2],
                                            rounded(3))};
    case K::SumWeighted: return {"Σ (W × SM)", summed(a[0], a[1])};
    case K::SumWeights: return {"Σ W", fmt::format("{} ({}ที่มีน้ำหนัก {} {})", a[0], in, a[1], indicators_th(l))};
    case K::DroppedOut: {
      std::string rows;
      for (const eval::Step& p : s.parts) {
        Args r(p);
        rows += fmt::format("{}{} (น้ำหนัก {}, {})", rows.empty() ? "" : ", ", r[0], r[1], dropped_th(r[2]));
      }
      return {"ไม่นับในรอบนี้",
              fmt::format("{}: ไม่มีน้ำหนักในรอบนี้ คะแนนหารด้วยน้ำหนักที่เหลือ Σ W = {}", rows, a[0])};
    }
    case K::StrategyScore:
      return {"คะแนนของ" + st, fmt::format("Σ (W × SM) ÷ Σ W = {} ÷ {} = {}{}", a[0], a[1], a[2], rounded(3))};
    case K::AsPercent:
      // By the scale's title ("ตามเกณฑ์ ๕ ระดับ ร้อยละ ๖๐-๑๐๐ …"), as the score's step names it; else its name.
      return {"คิดเป็นร้อยละ", fmt::format("คะแนน {} {} → ร้อยละ {}", a[0], by_scale(a, l.thai_digits), a[2])};
    case K::StrategyWeighted:
      return {"คะแนนถ่วงน้ำหนัก", fmt::format("W × คะแนนของ{} = {} × {} = {}", st, a[0], a[1], a[2])};
    case K::Points: return {"คะแนนของ" + st, fmt::format("Σ (W × SM) = {} จากคะแนนเต็ม {}", summed(a[0], a[1]), a[2])};
    case K::PointsPercent:
      return {"คิดเป็นร้อยละ", fmt::format("{} ÷ {} × 100 = ร้อยละ {} ของคะแนนเต็ม", a[0], a[1], a[2])};
    case K::GroupNa: return {"กลุ่ม", nothing_scored_th("group", l)};
    case K::GroupPoints: return {"คะแนนของกลุ่ม", "Σ คะแนน = " + summed(a[0], a[1])};
    case K::GroupScore: return {"คะแนนของกลุ่ม", fmt::format("({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::GroupWeighted:
      return {"คะแนนถ่วงน้ำหนัก", fmt::format("W × คะแนนของกลุ่ม = {} × {} = {}", a[0], a[1], a[2])};
    case K::OverallNone: return {"คะแนนภาพรวม", "ไม่มี: ตารางของแผนไม่มีคะแนนภาพรวม (overall none)"};
    case K::OverallWeighted:
      return {"คะแนนภาพรวม", fmt::format("Σ (W × คะแนนของ{}) ÷ Σ W = ({}) ÷ {} = {}", st, a[0], a[1], a[2])};
    case K::OverallMean:
      return {"คะแนนภาพรวม", fmt::format("ค่าเฉลี่ยคะแนนของ{}ทั้ง {} {}: ({}) ÷ {} = {}", st, a[0], strategies_th(l), a[1],
                                         a[0], a[2])};
    case K::OverallPoints:
      return {"คะแนนรวม", fmt::format("Σ คะแนนของ{} = {} จากคะแนนเต็ม {}", st, summed(a[0], a[1]), a[2])};
    case K::OverallPointsPercent: return {"คิดเป็นร้อยละ", fmt::format("{} ÷ {} × 100 = ร้อยละ {}", a[0], a[1], a[2])};
    case K::OverallWhole:
      return {"คะแนนภาพรวม", fmt::format("Σ (W × SM) ของ{}ทุก{} ÷ Σ W (น้ำหนักเทียบทั้งแผน) = ({}) ÷ {} = {}", in,
                                         indicators_th(l), a[0], a[1], a[2])};
    case K::OverallEveryRow:
      return {"คะแนนภาพรวม",
              fmt::format("ค่าเฉลี่ยคะแนนของ{}ทั้ง {} {} (ไม่ถ่วงน้ำหนัก): ผลรวมคะแนนราย{} {}; {} ÷ {} = {}", in, a[0],
                          indicators_th(l), st, summed(a[1], a[2]), a[2], a[0], a[3])};
    case K::OverallGroupPoints: return {"คะแนนรวม", "Σ คะแนนของกลุ่ม = " + summed(a[0], a[1])};
    case K::OverallGroups:
      return {"คะแนนภาพรวม", fmt::format("Σ (W × คะแนนของกลุ่ม) ÷ Σ W = ({}) ÷ {} = {}", a[0], a[1], a[2])};
    case K::Compound: return {"เป้าหมาย", part(eval::Step{K::Percent, {}, {}, {s}}, true)};
    case K::DroppedRow:
      return {"ไม่นับในรอบนี้", fmt::format("{} (น้ำหนัก {}, {})", a[0], a[1], dropped_th(a[2]))};
    default: return {"เกณฑ์", scale_th(s, "…")};  // how a scale read x, worded alone
  }
}

}  // namespace

StepWords words(const eval::Step& s, const Locale& l) {
  StepWords w = l.lang == Lang::Th ? thai(s, l) : english(s);
  return {finish(w.label, l.thai_digits), finish(w.text, l.thai_digits)};
}

namespace {
// In English, the plan's word when it is English ("dimension"), else planc's:
// a Thai plan's "องค์ประกอบ" does not head an English report. A common noun
// is said in lower case ("Dimension": "dimension", capitalised again where a
// heading or label starts); "KPI" and "Key Area" as written.
std::string english_word(const std::string& own, const char* planc) {
  bool ascii = !own.empty() && std::all_of(own.begin(), own.end(), [](char c) { return (c & 0x80) == 0; });
  if (!ascii) return planc;
  std::string w = own;
  if (w[0] >= 'A' && w[0] <= 'Z' && std::none_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    w[0] = static_cast<char>(w[0] - 'A' + 'a');
  return w;
}
}  // namespace

std::string strategy_word(const Locale& l, bool heading) {
  if (l.lang != Lang::Th) return english_word(l.strategy_word, "strategy");
  std::string w = l.strategy_word.empty() ? "ประเด็นยุทธศาสตร์" : l.strategy_word;
  if (heading && !w.ends_with("ที่")) w += "ที่";
  return w;
}

std::string indicator_word(const Locale& l) {
  if (l.lang != Lang::Th) return english_word(l.indicator_word, "indicator");
  return l.indicator_word.empty() ? "ตัวชี้วัด" : l.indicator_word;
}

std::string strategies_classifier(const Locale& l) { return strategies_th(l); }
std::string indicators_classifier(const Locale& l) { return indicators_th(l); }

std::string plural(const std::string& w, std::size_t n) {
  if (n == 1 || w.empty() || (static_cast<unsigned char>(w.back()) & 0x80)) return w;
  const char last = w.back(), before = w.size() > 1 ? w[w.size() - 2] : 'a';
  if (last == 'y' && std::string_view("aeiou").find(before) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (last == 's' || last == 'x' || w.ends_with("ch") || w.ends_with("sh")) return w + "es";
  return w + "s";
}

std::string capitalised(std::string w) {
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

std::string na_words(const eval::Node& n, const Locale& l) {
  if (n.na_kind != eval::NaKind::NothingScored || l.lang != Lang::Th) return std::string(n.na_reason);
  return nothing_scored_th(n.kind, l);
}

}  // namespace planc::report
