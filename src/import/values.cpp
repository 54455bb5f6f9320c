#include "import/values.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include <fmt/format.h>

#include "support/utf8.hpp"

namespace planc::imports {

namespace {

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The blanks a cell may hold: ASCII space and controls, NBSP (U+00A0), the
// zero-width space Thai text uses between words (U+200B), the BOM.
std::size_t blank_at(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (starts(s.substr(i), "\xC2\xA0")) return 2;
  if (starts(s.substr(i), "\xE2\x80\x8B") || starts(s.substr(i), "\xEF\xBB\xBF")) return 3;
  return 0;
}

// Lower-case ASCII letters (Thai has no case).
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Strips trailing zeros of a fraction, and a bare point.
std::string trim_zeros(std::string s) {
  if (s.find('.') == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// A stored double's text ("1.7000000000000002", "3E-4", "-1.5e+10") as a
// decimal rounded half-up to 15 significant digits.
std::optional<std::string> stored_decimal(std::string_view t) {
  bool neg = false;
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) neg = t[i++] == '-';
  std::string digits;
  long long point = -1;  // digits before the point
  for (; i < t.size() && (is_digit(t[i]) || t[i] == '.'); ++i) {
    if (t[i] == '.') {
      if (point >= 0) return std::nullopt;
      point = static_cast<long long>(digits.size());
    } else {
      digits += t[i];
    }
  }
  if (digits.empty() || digits.size() > 40) return std::nullopt;
  if (point < 0) point = static_cast<long long>(digits.size());
  if (i < t.size()) {
    if (t[i] != 'e' && t[i] != 'E') return std::nullopt;
    ++i;
    bool eneg = false;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) eneg = t[i++] == '-';
    if (i == t.size()) return std::nullopt;
    long long e = 0;
    for (; i < t.size(); ++i) {
      if (!is_digit(t[i]) || e > 1000) return std::nullopt;
      e = e * 10 + (t[i] - '0');
    }
    if (e > 400) return std::nullopt;  // beyond a double's range: not a number Excel stored
    point += eneg ? -e : e;
  }
  // Leading zeros off (keeping the point's place).
  std::size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') ++lead;
  digits.erase(0, lead);
  point -= static_cast<long long>(lead);
  if (digits.empty()) return std::string("0");
  // 15 significant digits, half-up.
  if (digits.size() > 15) {
    bool up = digits[15] >= '5';
    digits.resize(15);
    if (up) {
      int k = 14;
      while (k >= 0 && digits[static_cast<std::size_t>(k)] == '9') digits[static_cast<std::size_t>(k--)] = '0';
      if (k < 0) {
        digits.insert(digits.begin(), '1');
        digits.pop_back();
        ++point;
      } else {
        ++digits[static_cast<std::size_t>(k)];
      }
    }
  }
  std::string out;
  if (point <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= static_cast<long long>(digits.size())) {
    out = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
  } else {
    out = digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
  }
  out = trim_zeros(out);
  if (out == "0") return out;
  return neg ? "-" + out : out;
}

// The words that open a target, longest first within each meaning.
struct CmpWord {
  std::string_view word;
  Target::Cmp cmp;
};
constexpr std::array kCmpWords{
    CmpWord{"มากกว่าหรือเท่ากับ", Target::Cmp::AtLeast}, CmpWord{"ไม่น้อยกว่า", Target::Cmp::AtLeast},
    CmpWord{"อย่างน้อย", Target::Cmp::AtLeast},        CmpWord{"at-least", Target::Cmp::AtLeast},
    CmpWord{"at least", Target::Cmp::AtLeast},          CmpWord{">=", Target::Cmp::AtLeast},
    CmpWord{"≥", Target::Cmp::AtLeast},                 CmpWord{"น้อยกว่าหรือเท่ากับ", Target::Cmp::AtMost},
    CmpWord{"ไม่มากกว่า", Target::Cmp::AtMost},           CmpWord{"ไม่เกิน", Target::Cmp::AtMost},
    CmpWord{"at-most", Target::Cmp::AtMost},            CmpWord{"at most", Target::Cmp::AtMost},
    CmpWord{"<=", Target::Cmp::AtMost},                 CmpWord{"≤", Target::Cmp::AtMost},
    CmpWord{"เท่ากับ", Target::Cmp::Equal},             CmpWord{"equal", Target::Cmp::Equal},
    CmpWord{"=", Target::Cmp::Equal},
};

// The numbers in a text (Arabic digits by now), each with where it is.
struct Found {
  std::size_t begin, end;
  std::string value;
};
std::vector<Found> numbers_in(std::string_view s) {
  std::vector<Found> out;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < s.size() && (is_digit(s[i]) || ((s[i] == ',' || s[i] == '.') && i + 1 < s.size() && is_digit(s[i + 1]))))
      ++i;
    std::string_view run = s.substr(b, i - b);
    // A comma followed by a space is a list's ("50, 35"), not a thousands separator: the run stops there.
    if (auto n = number(run)) out.push_back({b, i, *n});
    else out.push_back({b, i, std::string(run)});
  }
  return out;
}

}  // namespace

std::string tidy(std::string_view s) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = blank_at(s, i)) {
      gap = true;
      i += n;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += s[i++];
  }
  return out;
}

std::optional<std::string> number(std::string_view text, bool stored) {
  std::string t = utf8::to_arabic_digits(tidy(text));
  if (stored) return stored_decimal(t);
  // A percent sign only says what the column's unit says: dropped.
  if (!t.empty() && t.back() == '%') {
    t.pop_back();
    while (!t.empty() && t.back() == ' ') t.pop_back();
  }
  std::string out;
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+' || starts(t, "−"))) {
    if (t[i] == '-' || starts(t, "−")) out += '-';
    i += starts(t, "−") ? 3 : 1;
  }
  std::size_t int_begin = out.size();
  int group = -1;  // digits since the last thousands separator, -1 before one
  bool point = false, any = false;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (is_digit(c)) {
      out += c;
      any = true;
      if (!point && group >= 0) ++group;
    } else if (c == ',' && !point) {
      if (!any || (group >= 0 && group != 3) || (group < 0 && out.size() - int_begin > 3)) return std::nullopt;
      group = 0;
    } else if (c == '.' && !point) {
      if (group >= 0 && group != 3) return std::nullopt;
      point = true;
      out += '.';
    } else {
      return std::nullopt;
    }
  }
  if (!any || out.back() == '.' || (group >= 0 && !point && group != 3)) return std::nullopt;
  if (out.size() - int_begin > 60) return std::nullopt;  // no number of the plan language is this long
  return out;
}

Target target(std::string_view text) {
  Target t;
  std::string s = tidy(text);
  std::string a = utf8::to_arabic_digits(s);
  std::string low = lower(a);
  std::size_t at = 0;
  bool had_cmp = false;
  for (const CmpWord& w : kCmpWords)
    if (starts(low, w.word)) {
      t.cmp = w.cmp;
      at = w.word.size();
      had_cmp = true;
      break;
    }
  std::string_view rest(a);
  rest.remove_prefix(at);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (starts(rest, "ร้อยละ")) {  // "ร้อยละ 80": the unit's word before the number
    t.unit = "ร้อยละ";
    rest.remove_prefix(std::string_view("ร้อยละ").size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  }
  auto found = numbers_in(rest);
  // "6/12": a part for each report.
  if (found.size() == 2 && found[0].end < rest.size() && rest[found[0].end] == '/' && found[1].begin == found[0].end + 1 &&
      found[0].begin == 0) {
    t.form = Target::Form::Compound;
    t.value = found[0].value + "/" + found[1].value;
    t.words = s;
    return t;
  }
  if (found.empty() || found.size() > 1 || !number(found[0].value)) {
    t.form = Target::Form::Words;
    t.words = s;
    return t;
  }
  t.form = Target::Form::Number;
  t.value = found[0].value;
  // The number first and at most a word of unit after it ("80", "≥ 1 ช่องทาง",
  // "80 %"): the comparator and the number say it all. Anything else keeps its wording.
  std::string_view before = rest.substr(0, found[0].begin), after = rest.substr(found[0].end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  bool plain = before.empty() && (after.empty() || after == "%" || after.find(' ') == std::string_view::npos);
  if (plain && !after.empty() && t.unit.empty()) t.unit = after == "%" ? "ร้อยละ" : std::string(after);
  if (!plain || (!had_cmp && !before.empty())) t.words = s;
  return t;
}

std::optional<Result> result(std::string_view text, bool stored_number) {
  Result r;
  std::string s = tidy(text);
  if (s.empty()) return r;
  if (stored_number) {
    auto n = number(s, true);
    if (!n) return std::nullopt;
    r.form = Result::Form::Value;
    r.values.push_back(*n);
    return r;
  }
  std::string low = lower(s);
  for (std::string_view na : {"na", "n/a", "n.a.", "-", "–", "ไม่มีผล", "ยังไม่มีผล", "ยังไม่ได้ดำเนินการ", "ไม่ได้ประเมิน",
                              "ไม่มีข้อมูล"})
    if (low == na) {
      r.form = Result::Form::NA;
      return r;
    }
  if (auto n = number(s)) {
    r.form = Result::Form::Value;
    r.values.push_back(*n);
    return r;
  }
  std::string a = utf8::to_arabic_digits(s);
  auto found = numbers_in(a);
  if (found.empty()) return std::nullopt;
  // Several numbers separated by commas and nothing else: one per project.
  bool list = found.size() > 1;
  for (std::size_t k = 0; list && k < found.size(); ++k) {
    std::string_view gap =
        std::string_view(a).substr(k == 0 ? 0 : found[k - 1].end, found[k].begin - (k == 0 ? 0 : found[k - 1].end));
    std::string g = tidy(gap);
    if (!(k == 0 ? g.empty() : g == ",")) list = false;
  }
  if (list && tidy(std::string_view(a).substr(found.back().end)).empty()) {
    r.form = Result::Form::Values;
    r.says = s;
    for (auto& f : found) {
      auto n = number(f.value);
      if (!n) return std::nullopt;
      r.values.push_back(*n);
    }
    return r;
  }
  if (found.size() != 1) return std::nullopt;
  auto n = number(found[0].value);
  if (!n) return std::nullopt;
  r.form = Result::Form::Value;
  r.values.push_back(*n);
  r.says = s;
  return r;
}

std::optional<std::string> id(std::string_view text) {
  std::string a = utf8::to_arabic_digits(tidy(text));
  // The first run of digits and points that begins and ends with a digit.
  std::size_t i = 0;
  while (i < a.size() && !is_digit(a[i])) ++i;
  if (i == a.size()) return std::nullopt;
  std::size_t b = i;
  while (i < a.size() && (is_digit(a[i]) || (a[i] == '.' && i + 1 < a.size() && is_digit(a[i + 1])))) ++i;
  std::string out = a.substr(b, i - b);
  // Each part a whole number without leading zeros, at most four parts.
  std::string norm;
  std::size_t parts = 0;
  for (std::size_t p = 0; p <= out.size();) {
    std::size_t q = out.find('.', p);
    if (q == std::string::npos) q = out.size();
    std::string part = out.substr(p, q - p);
    while (part.size() > 1 && part.front() == '0') part.erase(0, 1);
    if (part.empty() || part.size() > 6 || ++parts > 4) return std::nullopt;
    norm += (norm.empty() ? "" : ".") + part;
    p = q + 1;
  }
  return norm;
}

std::optional<std::string> weight(std::string_view text, bool stored_number) {
  std::string s = utf8::to_arabic_digits(tidy(text));
  if (s.empty()) return std::nullopt;
  if (stored_number) {
    if (auto f = fraction_of_stored(s)) return f;
    return number(s, true);
  }
  if (auto slash = s.find('/'); slash != std::string::npos) {
    auto n = number(s.substr(0, slash)), d = number(s.substr(slash + 1));
    if (!n || !d || n->find('.') != std::string::npos || d->find('.') != std::string::npos) return std::nullopt;
    return *n + "/" + *d;
  }
  bool percent = !s.empty() && s.back() == '%';
  auto n = number(s);
  if (!n) return std::nullopt;
  if (!percent) return n;
  // "34%": 0.34, exactly (the decimal point moved two places).
  std::string v = *n;
  bool neg = !v.empty() && v.front() == '-';
  if (neg) v.erase(0, 1);
  std::size_t point = v.find('.');
  std::string digits = v;
  if (point != std::string::npos) digits.erase(point, 1);
  long long p = point == std::string::npos ? static_cast<long long>(v.size()) : static_cast<long long>(point);
  p -= 2;
  std::string out = p <= 0 ? "0." + std::string(static_cast<std::size_t>(-p), '0') + digits
                           : digits.substr(0, static_cast<std::size_t>(p)) + "." + digits.substr(static_cast<std::size_t>(p));
  out = trim_zeros(out);
  std::size_t lead = 0;
  while (lead + 1 < out.size() && out[lead] == '0' && out[lead + 1] != '.') ++lead;
  out.erase(0, lead);
  return neg ? "-" + out : out;
}

std::optional<std::string> fraction_of_stored(std::string_view text) {
  // Only a double that needed all its digits: 0.34 is 0.34, 0.3333333333333333 is 1/3.
  std::size_t significant = 0;
  bool leading = true;
  for (char c : text) {
    if (c == 'e' || c == 'E') break;
    if (!is_digit(c)) continue;
    if (leading && c == '0') continue;
    leading = false;
    ++significant;
  }
  if (significant < 15) return std::nullopt;
  std::string t(text);
  char* end = nullptr;
  double x = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !(x > -1e6 && x < 1e6)) return std::nullopt;
  // The continued fraction of |x|, to the first convergent within 1e-12 (denominators up to 10,000).
  double a = std::fabs(x);
  long long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
  double r = a;
  for (int k = 0; k < 20; ++k) {
    double f = std::floor(r);
    long long ai = static_cast<long long>(f);
    long long p2 = ai * p1 + p0, q2 = ai * q1 + q0;
    if (q2 > 10000) return std::nullopt;
    if (std::fabs(a - static_cast<double>(p2) / static_cast<double>(q2)) < 1e-12 * std::max(1.0, a)) {
      if (q2 == 1) return std::nullopt;  // a whole number: the decimal says it
      // A fraction with a short decimal (17/50) is that decimal (0.34): only the others are written as fractions.
      long long q = q2;
      int twos = 0, fives = 0;
      while (q % 2 == 0) q /= 2, ++twos;
      while (q % 5 == 0) q /= 5, ++fives;
      if (q == 1) {
        int k = std::max(twos, fives);
        long long scale = 1;
        for (int j = 0; j < k; ++j) scale *= 10;
        long long n = p2 * (scale / q2);
        std::string digits = fmt::format("{:0{}}", n, k + 1);
        std::string dec = digits.substr(0, digits.size() - static_cast<std::size_t>(k)) + "." +
                          digits.substr(digits.size() - static_cast<std::size_t>(k));
        return (x < 0 ? "-" : "") + dec;
      }
      return fmt::format("{}{}/{}", x < 0 ? "-" : "", p2, q2);
    }
    p0 = p1; q0 = q1; p1 = p2; q1 = q2;
    if (r - f < 1e-15) return std::nullopt;
    r = 1.0 / (r - f);
  }
  return std::nullopt;
}

std::optional<std::string> status(std::string_view text) {
  std::string s = lower(tidy(text));
  struct Word {
    std::string_view text, keyword;
  };
  static constexpr std::array kWords{
      Word{"not-started", "not-started"}, Word{"not started", "not-started"},
      Word{"ยังไม่ดำเนินการ", "not-started"}, Word{"ยังไม่ได้ดำเนินการ", "not-started"},
      Word{"in-progress", "in-progress"}, Word{"in progress", "in-progress"},
      Word{"อยู่ระหว่างดำเนินการ", "in-progress"}, Word{"กำลังดำเนินการ", "in-progress"},
      Word{"postponed", "postponed"},     Word{"เลื่อน", "postponed"},
      Word{"เลื่อนการดำเนินการ", "postponed"}, Word{"done", "done"},
      Word{"ดำเนินการแล้ว", "done"},       Word{"ดำเนินการแล้วเสร็จ", "done"},
      Word{"แล้วเสร็จ", "done"},           Word{"เสร็จสิ้น", "done"},
      Word{"cancelled", "cancelled"},     Word{"ยกเลิก", "cancelled"},
  };
  for (const Word& w : kWords)
    if (s == w.text) return std::string(w.keyword);
  return std::nullopt;
}

std::string plan_text(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += ' ';
        else out += c;
    }
  }
  return out + "\"";
}

}  // namespace planc::imports
