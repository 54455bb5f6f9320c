// The editor server's own words (hovers, inlay hints, completion details,
// code actions), in Thai and English: a diagnostic's words come from the
// registry (support/diag_messages.def); these only label figures.
#pragma once
#include <string_view>

#include "support/lang.hpp"

namespace planc::lsp {

struct Labels {
  std::string_view note, hint;
  std::string_view unit, target, target_round, weight, weight_round, result, percent, score, weighted;
  std::string_view score_short, weighted_short, na, na_short, missing, not_scored, unweighted;
  std::string_view strategy, indicators, office, scale, project, budget, linear, steps;
  // Completion and code actions.
  std::string_view no_result_yet, add_missing_results, replace_with, format_file, field;
};

inline constexpr Labels kThai{
    "หมายเหตุ", "คำแนะนำ",
    "หน่วยนับ", "เป้าหมาย", "เป้าหมายรอบนี้", "น้ำหนัก", "น้ำหนักรอบนี้", "ผล", "ร้อยละของเป้าหมาย", "คะแนน",
    "คะแนนถ่วงน้ำหนัก",
    "คะแนน", "ถ่วงน้ำหนัก", "ไม่นำมาคิดคะแนน (NA)", "NA", "ยังไม่มีผลในรอบนี้", "ยังคิดคะแนนไม่ได้",
    "ไม่มีน้ำหนักในรอบนี้",
    "ประเด็นยุทธศาสตร์ที่", "ตัวชี้วัด", "หน่วยงาน", "เกณฑ์การให้คะแนน", "โครงการ", "งบประมาณ (บาท)",
    "ระหว่างจุด: เทียบสัดส่วนเชิงเส้น", "ระหว่างจุด: เป็นขั้น",
    "ยังไม่มีผลในรอบนี้", "เพิ่มผลของตัวชี้วัดที่ยังไม่มีผล ({} ตัว)", "แทนด้วย `{}`", "จัดรูปแบบไฟล์", "ช่อง"};

inline constexpr Labels kEnglish{
    "note", "hint",
    "unit", "target", "this round's target", "weight", "weight this round", "result", "percent of target", "score",
    "weighted score",
    "score", "weighted", "not scored (NA)", "NA", "no result in this round yet", "cannot be scored yet",
    "no weight in this round",
    "Strategy", "indicators", "office", "scale", "project", "budget (baht)",
    "between points: linear", "between points: steps",
    "no result in this round yet", "Add the results still missing ({})", "Replace with `{}`", "Format the file",
    "field"};

inline const Labels& labels(Lang l) { return l == Lang::Th ? kThai : kEnglish; }

}  // namespace planc::lsp
