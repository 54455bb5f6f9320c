#include "emit/spreadsheet.hpp"

#include <charconv>

#include "report/trend.hpp"
#include "support/utf8.hpp"

namespace planc::emit::sheet {

std::optional<Number> number(std::string_view figure) {
  std::string s = utf8::to_arabic_digits(figure);
  Number n;
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') n.text += s[i++];
  std::size_t digits = 0, since_comma = 0;
  bool comma = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    char c = s[i];
    if (c == ',') {
      // 1,700,000: a separator after one to three digits, then groups of three
      if (digits == 0 || (comma && since_comma != 3) || (!comma && digits > 3)) return std::nullopt;
      comma = true;
      since_comma = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    n.text += c;
    ++digits;
    ++since_comma;
  }
  if (digits == 0 || (comma && since_comma != 3)) return std::nullopt;
  n.grouped = comma;
  if (i < s.size()) {  // the decimals
    n.text += s[i++];
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      n.text += s[i];
      ++n.places;
    }
    if (n.places == 0) return std::nullopt;
  }
  auto [end, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), n.value);
  if (ec != std::errc() || end != n.text.data() + n.text.size()) return std::nullopt;
  return n;
}

std::string guard_formula(const std::string& s) {
  if (s.size() < 2 || std::string_view("=+-@\t\r").find(s[0]) == std::string_view::npos || number(s)) return s;
  return "'" + s;
}

std::string percent_of_target(const report::Row& r) {
  // A row scored on its value (a level): its band column shows the value, which is no percent.
  return r.of_value ? "" : r.percent;
}

namespace {

Headers make(const std::string& lang) {
  const report::Labels& L = report::labels(lang);
  const report::TrendLabels& T = report::trend_labels(lang);
  bool th = lang != "en";
  Headers h{};
  h.strategy = L.strategy;
  h.id = th ? "ตัวชี้วัดที่" : "No.";
  h.indicator = L.col_indicator;
  h.unit = L.col_unit;
  h.target = L.col_target;
  h.result = L.col_result;
  h.weight = L.col_weight;
  h.percent = T.percent;
  h.score = L.col_score;
  h.weighted = L.col_weighted;
  h.status = L.status;
  h.kind = th ? "ประเภทแถว" : "Kind";
  h.offices = L.col_offices;
  h.note = th ? "หมายเหตุ" : "Note";
  h.project = T.project;
  h.budget = T.budget;
  h.disbursed = T.disbursed;
  h.remaining = T.remaining;
  h.rate = T.rate;
  h.earlier_result = T.result;
  h.earlier_score = T.score;
  return h;
}

}  // namespace

const Headers& headers(const std::string& lang) {
  static const Headers thai = make("th"), english = make("en");
  return lang == "en" ? english : thai;
}

}  // namespace planc::emit::sheet
