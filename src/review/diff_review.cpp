// `planc diff`'s whole output: the diagnostics a change introduces and
// resolves, files added and removed, then the score changes (diff.cpp), as
// text, Markdown (a pull-request comment) and JSON.
#include <cctype>

#include <fmt/format.h>

#include "emit/report.hpp"
#include "review/diff.hpp"
#include "support/json_writer.hpp"

namespace planc::review {
namespace {

constexpr Words kIntroduced{"introduced", "พบใหม่"};
constexpr Words kResolved{"resolved", "แก้แล้ว"};
constexpr Words kDiagnostics{"diagnostics", "ข้อผิดพลาดและคำเตือน"};
constexpr Words kAdded{"added", "ไฟล์ที่เพิ่ม"};
constexpr Words kRemoved{"removed", "ไฟล์ที่ลบ"};
constexpr Words kUnscored{"not scored", "คิดคะแนนไม่ได้"};
constexpr Words kOldVersion{"the old version", "ฉบับเดิม"};
constexpr Words kNewVersion{"the new version", "ฉบับใหม่"};
constexpr Words kBothVersions{"either version", "ทั้งสองฉบับ"};

bool thai(const Locale& l) { return l.lang == Lang::Th; }

// A label that starts a line of Markdown: capitalised in English.
std::string label(const Words& w, const Locale& l) {
  std::string s(w.in(l.lang));
  if (!thai(l) && !s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// "2 errors" / "ข้อผิดพลาด 2 รายการ"; "1 warning" / "คำเตือน 1 รายการ".
std::string count(std::size_t n, Severity s, const Locale& l, bool unit = true) {
  if (thai(l)) return in_digits(fmt::format("{} {}{}", severity_word(s, l.lang), n, unit ? " รายการ" : ""), l);
  return fmt::format("{} {}{}", n, severity_word(s, l.lang), n == 1 ? "" : "s");
}

// "2 introduced (1 error, 1 warning)" / "พบใหม่ 2 รายการ (ข้อผิดพลาด 1 คำเตือน 1)".
std::string tally(const Words& what, const std::vector<DiagnosticRecord>& rs, const Locale& l) {
  std::string parts;
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Note}) {
    std::size_t n = 0;
    for (auto& r : rs) n += r.severity == s;
    if (n) parts += (parts.empty() ? "" : thai(l) ? " " : ", ") + count(n, s, l, false);
  }
  std::string head = thai(l) ? in_digits(fmt::format("{} {} รายการ", what.th, rs.size()), l)
                             : fmt::format("{} {}", rs.size(), what.en);
  return parts.empty() ? head : fmt::format("{} ({})", head, parts);
}

std::string summary(const DiagnosticChanges& c, const Locale& l, std::string_view between) {
  return tally(kIntroduced, c.introduced, l) + std::string(between) + tally(kResolved, c.resolved, l);
}

// "❌ introduces 2 errors" / "✅ no new errors (1 new warning)".
std::string verdict(const DiagnosticChanges& c, const Locale& l) {
  std::size_t errors = c.introduced_errors(), warnings = 0;
  for (auto& r : c.introduced) warnings += r.severity == Severity::Warning;
  if (errors)
    return thai(l) ? in_digits(fmt::format("❌ การแก้ไขนี้ทำให้มีข้อผิดพลาดใหม่ {} รายการ", errors), l)
                   : fmt::format("❌ introduces {} error{}", errors, errors == 1 ? "" : "s");
  std::string v = thai(l) ? "✅ ไม่มีข้อผิดพลาดใหม่" : "✅ no new errors";
  if (warnings)
    v += thai(l) ? in_digits(fmt::format(" (มีคำเตือนใหม่ {} รายการ)", warnings), l)
                 : fmt::format(" ({} new warning{})", warnings, warnings == 1 ? "" : "s");
  return v;
}

std::string where(const DiagnosticRecord& r) {
  if (r.file.empty()) return r.shown_root;  // the folder's own
  return r.line ? fmt::format("{}:{}:{}", r.file, r.line, r.col) : r.file;
}

const Words& unscored_reason(const Unscored& u) {
  return u.before && u.after ? kBothVersions : u.before ? kOldVersion : kNewVersion;
}

void text_list(std::string& o, const Words& title, const std::vector<DiagnosticRecord>& rs, const Locale& l) {
  if (rs.empty()) return;
  o += fmt::format("{}:\n", title.in(l.lang));
  for (auto& r : rs)
    o += fmt::format("    {}: {}[{}]: {}\n", where(r), severity_word(r.severity, l.lang), r.code, r.message_in(l));
}

// A name in a Markdown code span: as it is, but for a backquote (which
// would end the span) and a newline.
std::string md_code(std::string_view s) {
  std::string o = "`";
  for (char ch : s) o += ch == '`' ? '\'' : ch == '\n' ? ' ' : ch;
  return o + "`";
}

// `a.plan`, `b.plan`
std::string md_files(const std::vector<std::string>& files) {
  std::string o;
  for (auto& f : files) o += (o.empty() ? "" : ", ") + md_code(f);
  return o;
}

void md_table(std::string& o, const Words& title, const std::vector<DiagnosticRecord>& rs, const Locale& l) {
  using emit::md_escape;
  if (rs.empty()) return;
  bool collapse = rs.size() > kOpenRows;
  std::string heading = thai(l) ? in_digits(fmt::format("{} {} รายการ", title.th, rs.size()), l)
                                : fmt::format("{} ({})", label(title, l), rs.size());
  o += collapse ? fmt::format("<details><summary>{}</summary>\n\n", heading) : fmt::format("**{}**\n\n", heading);
  o += thai(l) ? "| ตำแหน่ง | ระดับ | รหัส | ข้อความ |\n|---|---|---|---|\n"
               : "| where | severity | code | message |\n|---|---|---|---|\n";
  for (auto& r : rs)
    o += fmt::format("| {} | {} | {} | {} |\n", md_escape(where(r)), severity_word(r.severity, l.lang), r.code,
                     md_escape(r.message_in(l)));
  o += collapse ? "\n</details>\n\n" : "\n";
}

void json_list(json::Writer& w, const std::vector<DiagnosticRecord>& rs, const Locale& l) {
  w.begin_array(json::lines(2, 0));
  for (auto& r : rs)
    w.begin_object()
        .field("file", r.file)
        .field("line", r.line)
        .field("col", r.col)
        .field("severity", severity_name(r.severity))
        .field("code", r.code)
        .field("message", r.message_in(l))
        .field("source", r.source)
        .end_object();
  w.end_array();
}

}  // namespace

std::string to_text(const Review& r, const Locale& l) {
  std::string o = fmt::format("{}: {}\n", kDiagnostics.in(l.lang), summary(r.diagnostics, l, thai(l) ? " " : ", "));
  text_list(o, kIntroduced, r.diagnostics.introduced, l);
  text_list(o, kResolved, r.diagnostics.resolved, l);
  for (auto& f : r.added) o += fmt::format("{}: {}\n", kAdded.in(l.lang), f);
  for (auto& f : r.removed) o += fmt::format("{}: {}\n", kRemoved.in(l.lang), f);
  for (auto& u : r.unscored) o += fmt::format("{}: {} ({})\n", kUnscored.in(l.lang), u.file, unscored_reason(u).in(l.lang));
  return o + to_text(r.plans, l);
}

std::string to_markdown(const Review& r, const Locale& l) {
  std::string o = fmt::format("## planc diff {}: {}\n\n**{}:** {}\n\n", md_code(r.path),
                              verdict(r.diagnostics, l), label(kDiagnostics, l), summary(r.diagnostics, l, " · "));
  if (!r.added.empty()) o += fmt::format("**{}:** {}\n\n", label(kAdded, l), md_files(r.added));
  if (!r.removed.empty()) o += fmt::format("**{}:** {}\n\n", label(kRemoved, l), md_files(r.removed));
  for (auto& u : r.unscored)
    o += fmt::format("**{}:** {} ({})\n\n", label(kUnscored, l), md_code(u.file), unscored_reason(u).in(l.lang));
  md_table(o, kIntroduced, r.diagnostics.introduced, l);
  md_table(o, kResolved, r.diagnostics.resolved, l);
  return o + to_markdown(r.plans, l);
}

std::string to_json(const Review& r, const Locale& l) {
  std::string o;
  {
    json::Writer w(o);
    w.begin_object(json::lines(0, 0));
    w.field("path", r.path).field("lang", lang_code(l.lang)).field("introduced_errors", r.diagnostics.introduced_errors());
    w.key("added").strings(r.added);
    w.key("removed").strings(r.removed);
    w.key("unscored").begin_array();
    for (auto& u : r.unscored) w.begin_object().field("file", u.file).field("old", u.before).field("new", u.after).end_object();
    w.end_array();
    json_list(w.key("introduced"), r.diagnostics.introduced, l);
    json_list(w.key("resolved"), r.diagnostics.resolved, l);
    write_json(w.key("plans"), r.plans);
    w.end_object().text("\n");
  }
  return o;
}

}  // namespace planc::review
