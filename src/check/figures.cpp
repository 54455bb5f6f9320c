#include "check/figures.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace planc::check {

namespace {

constexpr std::array<std::string_view, 35> kCounted = {
    "count",   "หมวด",     "กระบวนการ", "ประเด็น",  "ข่าว",     "รายการ",   "ครั้ง",     "เล่ม",
    "ช่องทาง",  "แผนงาน",   "หน่วยงาน",  "เครือข่าย", "คน",      "โครงการ",  "หมู่บ้าน",   "ชุมชน",
    "ตำบล",    "อำเภอ",    "จังหวัด",   "แห่ง",     "โรงเรียน", "ศูนย์",     "ราย",      "ครัวเรือน",
    "ครอบครัว", "กลุ่ม",     "องค์กร",    "เรื่อง",    "ชิ้น",      "หลักสูตร", "ฉบับ",     "ระบบ",
    "ผลงาน",   "ตัวอย่าง",  "จำนวน"};
constexpr std::array<std::string_view, 5> kMeasured = {"บาท", "ล้านบาท", "ชั่วโมง", "วัน", "เดือน"};

bool counted(std::string_view name) { return std::find(kCounted.begin(), kCounted.end(), name) != kCounted.end(); }

}  // namespace

std::span<const std::string_view> counted_nouns() { return kCounted; }
std::span<const std::string_view> measured_units() { return kMeasured; }

bool counts_whole_things(const ast::UnitDecl& u) {
  if (u.kind != ast::UnitKind::Count) return false;
  if (counted(u.name.value)) return true;
  if (!u.label_th) return false;
  // `เล่ม` is labelled `เล่ม/ปี` (issues a year): the noun before the `/`.
  std::string_view th = u.label_th->value;
  return counted(th.substr(0, th.find('/')));
}

std::size_t comma_groups(std::string_view raw) {
  return 1 + static_cast<std::size_t>(std::count(raw.begin(), raw.end(), ','));
}

std::string spaced_commas(std::string_view raw) {
  std::string s;
  s.reserve(raw.size() + 4);
  for (char c : raw) {
    s += c;
    if (c == ',') s += ' ';
  }
  return s;
}

bool groups_at_most(std::string_view raw, int limit) {
  long group = 0;
  for (std::size_t i = 0; i < raw.size();) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == ',') {
      if (group > limit) return false;
      group = 0;
      ++i;
    } else if (c == '.') {
      break;  // decimals of the last group
    } else if (c >= '0' && c <= '9') {
      group = group * 10 + (c - '0');
      ++i;
    } else if (c == 0xE0 && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xB9 &&
               static_cast<unsigned char>(raw[i + 2]) >= 0x90 && static_cast<unsigned char>(raw[i + 2]) <= 0x99) {
      group = group * 10 + (static_cast<unsigned char>(raw[i + 2]) - 0x90);  // ๐-๙
      i += 3;
    } else {
      ++i;  // a sign
    }
    if (group > 1000000) return false;
  }
  return group <= limit;
}

const ast::Number* target_number_for_round(const ast::Target& t, std::optional<int> months) {
  using K = ast::Target::Kind;
  if (t.kind == K::Value) return t.value ? &*t.value : nullptr;
  if (t.kind != K::Compound || t.parts.empty()) return nullptr;
  const auto& p = t.parts;
  // As target_for_round: two parts are the 6- and 12-month rounds, three the
  // 6-, 9- and 12-month ones, four the quarters.
  static constexpr int two[] = {6, 12}, three[] = {6, 9, 12}, four[] = {3, 6, 9, 12};
  std::span<const int> rounds = p.size() == 2 ? std::span<const int>(two)
                                : p.size() == 3 ? std::span<const int>(three)
                                                : std::span<const int>(four);
  if (p.size() == 1) return &p[0];
  int m = months.value_or(12);
  for (std::size_t i = 0; i < p.size() && i < rounds.size(); ++i)
    if (m <= rounds[i]) return &p[i];
  return &p[p.size() - 1];
}

}  // namespace planc::check
