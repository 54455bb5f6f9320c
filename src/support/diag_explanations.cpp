// The long explanations behind `planc explain-code CODE`: what the diagnostic
// means, why planc reports it, and an example with its fix. One entry per
// code of diag_codes.def (a test checks that none is missing).
#include "support/diag_explanations.hpp"

#include <map>

namespace planc {

namespace {

const std::map<std::string_view, Explanation>& table() {
  static const std::map<std::string_view, Explanation> t = {
      {"E001", {"A plan file must be UTF-8 text. planc found a byte sequence that is not UTF-8 and names the byte "
                "where it starts. Files saved by older Thai editors as TIS-620 or Windows-874 give this error.",
                "plan \"caf\\xE9\" {}        // a Latin-1 é",
                "re-save the file as UTF-8 (in most editors: Save As, encoding UTF-8)"}},
      {"E002", {"The file given on the command line does not exist or cannot be read. planc exits with code 2.",
                "planc check no-such-file.plan", "check the path; it is relative to the current folder"}},
      {"E003", {"The file contains a NUL byte, which no text file has: it is probably a binary file (a PDF, a "
                "spreadsheet) given by mistake.",
                "planc check report.xlsx", "give planc the .plan text file"}},
      {"E004", {"The file is larger than the limit (64 MiB unless --max-file-size says otherwise). The limit "
                "keeps planc's memory bounded.",
                "planc check huge.plan --max-file-size 1000", "raise --max-file-size, or split the plan"}},
      {"E010", {"The parser expected something else at this place: a field name at the start of an item, a value, "
                "`{`, or the end of the line after the values. The message says what it found. planc skips to the "
                "next item and goes on, so every such error in the file is reported.",
                "agency \"a\" \"b\" ]", "agency \"a\""}},
      {"E011", {"A text in quotes must end on the line it starts; a text block (`\"\"\"`) must end with `\"\"\"`.",
                "title \"รายงานประจำปี", "title \"รายงานประจำปี\""}},
      {"E012", {"A block opened with `{` was never closed with `}`. planc points at the `{` of the innermost open "
                "block.",
                "strategy 1 \"s\" {\n  indicator 1 \"i\" {\n    unit percent\n  }", "add the missing `}` at the end"}},
      {"E013", {"Blocks are nested deeper than the limit (64 unless --max-depth says otherwise). Plans need a few "
                "levels; deep nesting is almost always a run of missing `}`, or not a plan at all.",
                "a { b { c { d { ... } } } }", "close the blocks; or raise --max-depth"}},
      {"E014", {"Inside a text, a backslash starts an escape; only `\\\"`, `\\\\`, `\\n`, `\\t`, `\\/` and "
                "`\\u{hex}` are known.",
                "note \"C:\\plans\"", "note \"C:\\\\plans\""}},
      {"E020", {"This field does not exist where it is written. The hint suggests the closest field name, or lists "
                "the fields of that block.",
                "plan \"p\" { agancy \"a\" }", "plan \"p\" { agency \"a\" }"}},
      {"E021", {"The field exists, but its values are not what it takes: a text where a number belongs, a name "
                "that is not one of the field's words, or too many values.",
                "weight heavy", "weight 0.25"}},
      {"E022", {"A field that holds one value is written twice in the same block; planc would not know which one "
                "is meant.",
                "unit percent\nunit level", "keep one `unit`"}},
      {"E023", {"A declaration lacks a field it needs: a unit without `kind`, a scale without points.",
                "unit widgets { th \"ชิ้น\" }", "unit widgets { kind count; th \"ชิ้น\" }"}},
      {"E024", {"planc keeps every number exact, as a fraction of two 64-bit integers (up to about 18 digits). A "
                "number beyond that, or a fraction that divides by zero, cannot be represented.",
                "weight 1/0", "weight 1/4"}},
      {"E025", {"Indicator numbers follow the report: whole numbers for strategies and indicators (1, 2, ...), "
                "N.M for sub-indicators inside indicator N, and strategy.indicator[.sub] in `result`.",
                "indicator 2.1 \"...\"   // at the strategy's level",
                "indicator 2 \"...\" { indicator 2.1 \"...\" }"}},
      {"E030", {"A `use` names a file that does not exist (relative to the file that has the `use`), or a standard "
                "file that planc does not have.",
                "use \"std/scale\"", "use \"std/scales\""}},
      {"E031", {"Files that use each other in a circle cannot be loaded: planc names the files of the cycle.",
                "a.plan: use \"b.plan\"   b.plan: use \"a.plan\"", "remove one of the `use` lines"}},
      {"E032", {"A plan may only use files inside the folder of the file given to planc, and its sub-folders. "
                "That keeps a plan self-contained and reviewable.",
                "use \"../../other/plan.plan\"", "copy the file into the plan's folder"}},
      {"W033", {"The same file is used twice in one file; the second `use` does nothing.",
                "use \"std/units\"\nuse \"std/units\"", "remove the second line"}},
      {"E034", {"A plan imports more files than the limit (256 unless --max-imports says otherwise), the standard "
                "library's included. The limit keeps a plan that imports itself under another name, or a "
                "generated tree of files, from loading without end.",
                "planc check plan.plan --max-imports 1   // the plan uses std/units and std/scales",
                "join small files, or raise --max-imports"}},
      {"E100", {"Two declarations share a name (an office, a unit, a scale, a project). References by that name "
                "would be ambiguous.",
                "office hr \"Human resources\"\noffice hr \"Human relations\"", "give each its own name"}},
      {"E101", {"A name is used that nothing declares: an office, a unit, a scale or a project. The hint suggests "
                "the closest declared name, or how to declare it.",
                "unit percnt", "unit percent"}},
      {"E102", {"Two strategies, or two indicators of one strategy, have the same number.",
                "indicator 1 \"a\" {}\nindicator 1 \"b\" {}", "number them 1, 2"}},
      {"E103", {"A `result` (or `reported`) names an indicator or strategy the plan does not have.",
                "result 1.9 { value 3 }   // strategy 1 has 6 indicators", "result 1.6 { value 3 }"}},
      {"E104", {"One indicator has two results in the round, or one strategy two published totals.",
                "result 1.1 { value 90 }\nresult 1.1 { value 95 }", "keep the right one"}},
      {"E105", {"No file of the plan has a `plan` header, so there is nothing to evaluate. A round file must `use` "
                "its plan file.",
                "use \"std/units\"\nstrategy 1 \"s\" {}", "add `use \"plan.plan\"` or `plan \"title\" { ... }`"}},
      {"W106", {"Strategies or indicators skip a number. It is often an indicator left out of the transcription.",
                "indicator 1 ... indicator 3", "add indicator 2, or renumber"}},
      {"W107", {"The round has no result for this indicator. It is treated as missing: no score, no weight.",
                "(no `result 1.2` in the round file)", "result 1.2 { na \"ดำเนินการไตรมาสที่ ๔\" }"}},
      {"E108", {"A result must give a value (`value`, `values`) or say it is NA with a reason (`na`).",
                "result 1.1 { account \"...\" }", "result 1.1 { value 80; account \"...\" }"}},
      {"E110", {"The weights of a group (the scored indicators of a strategy, or weighted sub-indicators) must "
                "sum to 1, exactly: planc adds them as fractions, so 1/3 + 1/3 + 1/3 is 1 and 0.33 + 0.33 + 0.33 "
                "is not. The notes list every weight and the exact sum.",
                "weight 0.5 / weight 1/3 / weight 0.16", "weight 0.5 / weight 1/3 / weight 1/6"}},
      {"W111", {"As E110, but the round declares a `tolerance` and the sum is within it: a plan that transcribes a "
                "published report keeps the report's weights and gets a warning. The score still divides by the "
                "real sum.",
                "round \"r\" { tolerance 0.01 }   weights 0.34 + 0.34 + 0.33", "fix the weights in the next plan"}},
      {"E112", {"An NA row carries no weight in its round; a round that gives one a weight would count it in Σ W "
                "without a score.",
                "result 1.2 { weight 0.5; na \"Q4\" }", "result 1.2 { na \"Q4\" }"}},
      {"E113", {"In a strategy whose rows are weighted, a row with a result has no weight: its score would be left "
                "out of the strategy's score.",
                "result 1.2 { value 70 }", "result 1.2 { weight 0.25; value 70 }"}},
      {"E109", {"A result's progress rows name the projects of its own indicator. This one names a project that "
                "another indicator lists, so its budget would be counted under the wrong indicator.",
                "indicator 1 { project camp ... }   result 1.2 { project camp { disbursed 10 } }",
                "report the project under `result 1.1`, or list it under indicator 2"}},
      {"E114", {"An indicator is scored either from its own result, or (when its sub-indicators carry weights) as "
                "their weighted mean, not both.",
                "result 1.1 { value 90 } with weighted sub-indicators", "remove the value or the sub-indicators' weights"}},
      {"E115", {"A weight is a share of its group: between 0 and 1.", "weight 1.5", "weight 0.15"}},
      {"E120", {"The target does not fit the unit: a percent target outside 0-100, a level target that is not a "
                "whole level or is above the scale's top level.",
                "unit percent; target >= 120", "unit count; target >= 120"}},
      {"E121", {"The percent of target is result ÷ target; with a target of 0 it is undefined. planc refuses "
                "rather than dividing by zero.",
                "target >= 0", "a target above 0, or `basis direct`"}},
      {"E122", {"The indicator is scored by ratio (result ÷ target) but has no numeric target (no target, or a "
                "target in words only).",
                "target \"ตามที่ตกลง\"", "target >= 80, or `basis direct` to score the result itself"}},
      {"W123", {"A result does not fit its unit: a negative value, or a success rate above 100 %.",
                "unit percent; basis direct; value 120", "check the figure"}},
      {"E124", {"Every indicator has a unit (หน่วยนับ): a percent, a level, a score or a count noun. The unit says "
                "how its target and result are read and checked.",
                "indicator 1 \"Reports published\" { target >= 4; weight 1 }",
                "indicator 1 \"Reports published\" { unit เล่ม; target >= 4; weight 1 }"}},
      {"E130", {"When a project's budget, disbursed amount and remaining amount are all given, budget − disbursed "
                "must equal remaining, to the satang.",
                "budget 1,700,000; disbursed 34,943.72; remaining 1,665,065.28",
                "remaining 1,665,056.28"}},
      {"E131", {"A scale must be a function planc can use: points at distinct values, scores that only rise (or "
                "only fall) as the value grows, and a first point above 0 when it is proportional below it.",
                "point 60 -> 1 / point 70 -> 3 / point 80 -> 2", "point 80 -> 4"}},
      {"E132", {"A figure cannot be computed exactly: the fractions involved outgrow 64-bit integers. planc "
                "refuses rather than round silently.",
                "weight 1/999999999989 (and similar)", "use simpler fractions or decimals"}},
      {"E133", {"An indicator is scored through a scale (เกณฑ์การให้คะแนน): its own, its strategy's, or the plan's "
                "default. This one has none, so it has a percent of target but no score.",
                "plan \"p\" { }   // and no `scale` on the strategy or the indicator",
                "plan \"p\" { scale five-band }   (use \"std/scales\")"}},
      {"W140", {"The `reported` figures of a row (as printed in a published report) differ from the recomputed "
                "ones at the printed precision.",
                "reported { score 1.76 }   // recomputed 1.67", "correct the published table"}},
      {"W141", {"A published strategy total or overall figure differs from the recomputed one. planc says by how "
                "much and looks for the cause: a sum not divided by Σ W, one row left out, or an overall figure "
                "computed from wrong strategy figures.",
                "reported 3 { score 4.44 }   // recomputed 4.69: indicator 3.8 left out",
                "publish the recomputed figure"}},
      {"W142", {"A published row has a score but an empty weighted-score cell; a total that adds the printed "
                "cells leaves the row out.",
                "reported { percent 100; score 5 }", "reported { percent 100; score 5; weighted 0.25 }"}},
      {"W143", {"The published Σ W of a strategy differs from the sum of its weights.",
                "reported 1 { weight-sum 1 }   // weights sum to 1.01", "fix the weights, or the published sum"}},
  };
  return t;
}

}  // namespace

const Explanation* explanation(std::string_view code) {
  auto it = table().find(code);
  return it == table().end() ? nullptr : &it->second;
}

}  // namespace planc
