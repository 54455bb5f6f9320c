#include "report/format.hpp"
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "support/utf8.hpp"

namespace planc::report {

int band(const Rational& score) {
  Rational whole = score.floor();
  return static_cast<int>(std::clamp<std::int64_t>(whole.to_int64().value_or(whole.sign() < 0 ? 1 : 5), 1, 5));
}

std::string digits(std::string_view s, bool thai) {
  return thai ? utf8::to_thai_digits(s) : utf8::to_arabic_digits(s);
}

std::string prose(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t open = s.find('`', i);
    std::size_t close = open == std::string_view::npos ? open : s.find('`', open + 1);
    if (close == std::string_view::npos) break;
    out.append(s.substr(i, open - i)).append("\u201c").append(s.substr(open + 1, close - open - 1)).append("\u201d");
    i = close + 1;
  }
  out.append(s.substr(i));
  return out;
}

// A figure of four or more whole digits grouped by thousands, as tables
// print them ("5683.333333" → "5,683.333333"). Only a figure standing alone is
// grouped: not a fraction's digits, not one already grouped, not digits within
// a word or a name.
std::string grouped(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  // Joined to what is before it: a fraction's digits, a grouped figure's, a
  // word's or a name's, a place's line (plan.plan:1234), a part of a/b, a
  // range's end (2561-2565); a minus after a space, a bracket or a sign is a sign.
  auto joined_before = [&](std::size_t i) {
    if (i == 0) return false;
    const char c = text[i - 1];
    if (digit(c) || letter(c) || c == '.' || c == ',' || c == '`' || c == ':' || c == '/') return true;
    return c == '-' && i > 1 && (digit(text[i - 2]) || letter(text[i - 2]));
  };
  // Joined to what follows: a name (12abc), a range's start (2561-2565), a/b, a place.
  auto joined_after = [&](std::size_t e) {
    if (e >= text.size()) return false;
    const char c = text[e];
    if (letter(c) || c == '/' || c == ':') return true;
    if ((c == ',' || c == '-') && e + 1 < text.size() && digit(text[e + 1])) return true;
    return false;
  };
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    if (!digit(text[i]) || joined_before(i)) {
      out += text[i++];
      continue;
    }
    std::size_t e = i;
    while (e < text.size() && digit(text[e])) ++e;
    std::string_view whole = text.substr(i, e - i);
    if (whole.size() < 4 || joined_after(e)) {
      out.append(whole);
    } else {
      for (std::size_t k = 0; k < whole.size(); ++k) {
        if (k && (whole.size() - k) % 3 == 0) out += ',';
        out += whole[k];
      }
    }
    i = e;
  }
  return out;
}

std::string money(const Rational& amount, bool thai) {
  std::string s = amount.to_fixed(2);
  std::size_t dot = s.find('.');
  std::string whole = s.substr(0, dot), out;
  bool negative = !whole.empty() && whole[0] == '-';
  if (negative) whole.erase(0, 1);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  return digits((negative ? "-" : "") + out + s.substr(dot), thai);
}

std::string level_name(std::size_t i, std::size_t count, bool thai_words, bool thai_digits) {
  static const char* th3[] = {"ขั้นต้น", "มาตรฐาน", "ขั้นสูง"};
  static const char* en3[] = {"base", "standard", "advanced"};
  if (count == 3 && i < 3) return thai_words ? th3[i] : en3[i];
  return fmt::format("{} {}", thai_words ? "ระดับ" : "level", digits(std::to_string(i + 1), thai_digits));
}

std::string target_text(const ast::Target& t, bool thai_words, bool thai_digits) {
  if (t.text) return std::string(t.text->value);
  auto number = [&](const ast::Number& n) { return digits(n.raw(), thai_digits); };
  using K = ast::Target::Kind;
  switch (t.kind) {
    case K::PerProject: return thai_words ? "ตามรายโครงการ" : "per project";
    case K::Compound: {
      std::string s;
      for (auto& p : t.parts) s += (s.empty() ? "" : "/") + number(p);
      return s;
    }
    case K::Text: return "";
    case K::Levels: {  // ขั้นต้น ๗๐ / มาตรฐาน ๘๐ / ขั้นสูง ๙๐ (three levels; other counts numbered)
      std::string s;
      for (std::size_t i = 0; i < t.parts.size(); ++i)
        s += (s.empty() ? "" : " / ") + level_name(i, t.parts.size(), thai_words, thai_digits) + " " + number(t.parts[i]);
      return s;
    }
    case K::Value: break;
  }
  const char* cmp = "";
  switch (t.cmp) {
    case ast::Comparator::AtLeast: cmp = thai_words ? "ไม่น้อยกว่า " : "at least "; break;
    case ast::Comparator::AtMost: cmp = thai_words ? "ไม่เกิน " : "at most "; break;
    case ast::Comparator::Equal: cmp = ""; break;
  }
  return t.value ? cmp + number(*t.value) : std::string();  // no number: an error said so
}

const char* project_status(ast::ProjectStatus s, bool thai_words) {
  static const char* thai[] = {"ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "เลื่อน", "ดำเนินการแล้ว", "ยกเลิก"};
  static const char* en[] = {"not started", "in progress", "postponed", "done", "cancelled"};
  return (thai_words ? thai : en)[static_cast<int>(s)];
}

std::string unit_label(const ast::UnitDecl* unit, bool thai_words) {
  if (!unit) return "";
  if (thai_words && unit->label_th) return std::string(unit->label_th->value);
  if (!thai_words && unit->label_en) return std::string(unit->label_en->value);
  return std::string(unit->name.value);
}

}  // namespace planc::report
