#include "generator.hpp"

#include <fmt/format.h>
#include <vector>

namespace planc::bench {
namespace {

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {  // xorshift64*
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ULL;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
};

const char* kWords[] = {"ระดับความสำเร็จ", "การพัฒนา", "ระบบ", "สารสนเทศ", "ของสำนักงาน", "ร้อยละ", "ความพึงพอใจ",
                        "ผู้รับบริการ", "โครงการ", "กิจกรรม", "การดำเนินงาน", "ตามแผน", "ยุทธศาสตร์", "อาเซียน",
                        "เครือข่าย", "บุคลากร", "ฝึกอบรม", "หลักสูตร", "นิติบัญญัติ", "รัฐสภา", "ข่าวสาร", "ดิจิทัล",
                        "ประสิทธิภาพ", "คุณภาพ", "มาตรฐาน", "ภาครัฐ"};

std::string words(Rng& r, std::size_t lo, std::size_t hi) {
  std::string s;
  for (std::size_t i = 0, n = r.between(lo, hi); i < n; ++i) {
    if (i) s += ' ';
    s += kWords[r.below(std::size(kWords))];
  }
  return s;
}

std::string thai(std::size_t n) {
  static const char* d[] = {"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"};
  std::string digits = std::to_string(n), out;
  for (char c : digits) out += d[c - '0'];
  return out;
}

struct Unit {
  const char* name;
  std::size_t lo, hi;  // target range
  bool level;
};
const Unit kUnits[] = {{"percent", 70, 100, false}, {"ระดับคะแนน", 3, 5, true}, {"ประเด็น", 5, 30, false},
                       {"ครั้ง", 2, 12, false}, {"หน่วยงาน", 5, 25, false}};
const char* kScales[] = {"five-band", "five-band-step", "five-band-5", "quarter-bands"};

}  // namespace

std::string generate_plan(std::size_t indicators, std::uint64_t seed) {
  Rng r{seed * 0x9E3779B97F4A7C15ULL + 1};
  std::string out;
  out.reserve(indicators * 300 + 4096);
  out += "use \"std/units\"\nuse \"std/scales\"\n";
  out += fmt::format("plan \"แผนปฏิบัติการสังเคราะห์ {} ตัวชี้วัด\" {{\n  agency \"หน่วยงานสังเคราะห์\"\n"
                     "  years ๒๕๖๓ - ๒๕๖๕\n  language th\n  digits thai\n  scale five-band\n}}\n",
                     indicators);
  constexpr std::size_t kOffices = 40;
  for (std::size_t i = 0; i < kOffices; ++i) out += fmt::format("office o{} \"สำนัก{}\"\n", i, words(r, 1, 3));
  out += "round \"รอบ ๑๒ เดือน\" { months 12; year 2563 }\n";
  std::string results;
  results.reserve(indicators * 90);
  std::size_t made = 0;
  for (std::size_t s = 1; made < indicators; ++s) {
    std::size_t n = std::min(r.between(20, 60), indicators - made);
    out += fmt::format("strategy {} \"{}\" {{\n  mission \"{}\"\n  scale {}\n", s, words(r, 3, 6), words(r, 4, 8),
                       kScales[r.below(std::size(kScales))]);
    // weights k/D with D = 4n: parts start at 4 and move, the sum stays D
    std::vector<std::size_t> parts(n, 4);
    for (std::size_t k = 0; k < n; ++k) {
      std::size_t a = r.below(n), b = r.below(n);
      if (parts[a] > 1) --parts[a], ++parts[b];
    }
    std::size_t i = 0;
    for (; i < n && made < indicators; ++i) {
      const Unit& u = kUnits[r.below(std::size(kUnits))];
      std::size_t target = r.between(u.lo, u.hi);
      bool subs = made + 3 <= indicators && r.below(20) == 0;
      bool last = i + 1 == n || made + 1 + (subs ? 2 : 0) >= indicators;
      std::size_t weight = parts[i];
      if (last)  // the strategy may end early: the last row takes what is left
        for (std::size_t k = i + 1; k < n; ++k) weight += parts[k];
      std::size_t o1 = r.below(kOffices), o2 = (o1 + 1 + r.below(kOffices - 1)) % kOffices;
      out += fmt::format("  indicator {} \"{}\" {{\n    unit {}\n    target >= {}\n    weight {}/{}\n    offices o{}, o{}\n",
                         i + 1, words(r, 4, 9), u.name, thai(target), weight, 4 * n, o1, o2);
      if (u.level && r.below(3) == 0) out += "    scale milestone\n";
      bool project = r.below(10) == 0;
      if (project) out += fmt::format("    project p{}x{} \"{}\" {{ budget {},000 }}\n", s, i + 1, words(r, 2, 4), r.between(10, 990));
      ++made;
      std::string id = fmt::format("{}.{}", s, i + 1);
      if (subs) {
        for (int k = 1; k <= 2; ++k)
          out += fmt::format("    indicator {}.{} \"{}\" {{ unit percent; target >= 80 }}\n", i + 1, k, words(r, 3, 6));
        made += 2;
      }
      out += "  }\n";
      if (r.below(10) == 0) {
        results += fmt::format("result {} {{ na \"ดำเนินการไตรมาสที่ ๔\" }}\n", id);
      } else {
        std::size_t value = r.between(target / 2, target + target / 4 + 1);
        if (u.name == std::string("percent")) value = std::min<std::size_t>(value, 100);  // a rate is at most 100
        if (u.level) value = std::max<std::size_t>(std::min<std::size_t>(value, 5), 1);  // levels 1 to 5 (W126)
        if (r.below(3) == 0)
          results += fmt::format("result {} {{\n  value {}\n  account \"{}\"\n}}\n", id, thai(value), words(r, 6, 14));
        else
          results += fmt::format("result {} {{ value {} }}\n", id, thai(value));
      }
      if (subs)
        for (int k = 1; k <= 2; ++k) results += fmt::format("result {}.{} {{ value {} }}\n", id, k, r.between(50, 100));
      if (last) {
        ++i;
        break;
      }
    }
    out += "}\n";
  }
  out += results;
  return out;
}

namespace {
// A record of the peers' inputs: what an indicator and its result carry.
struct Record {
  std::size_t s, i, target, value;
  std::string title, account;
  std::size_t o1, o2;
  const Unit* unit;
};
template <typename F>
void records(std::size_t n, std::uint64_t seed, F&& f) {
  Rng r{seed * 0x9E3779B97F4A7C15ULL + 7};
  for (std::size_t k = 0; k < n; ++k) {
    Record rec;
    rec.s = k / 40 + 1;
    rec.i = k % 40 + 1;
    rec.unit = &kUnits[r.below(std::size(kUnits))];
    rec.target = r.between(rec.unit->lo, rec.unit->hi);
    rec.value = r.between(rec.target / 2, rec.target + 1);
    rec.title = words(r, 3, 6);
    rec.account = r.below(3) == 0 ? words(r, 2, 4) : std::string();
    rec.o1 = r.below(40);
    rec.o2 = (rec.o1 + 1) % 40;
    f(rec);
  }
}
}  // namespace

std::string generate_ledger(std::size_t n, std::uint64_t seed) {
  std::string out;
  out.reserve(n * 300);
  records(n, seed, [&](const Record& r) {
    out += fmt::format("2020/{:02}/{:02} * {}\n    ; ตัวชี้วัด {}.{} {}\n    Expenses:สำนัก:o{}    {}.{:02} THB\n"
                       "    Assets:งบประมาณ:o{}\n\n",
                       r.i % 12 + 1, r.i % 28 + 1, r.title, r.s, r.i, r.account, r.o1, r.target * 1000 + r.value,
                       r.value % 100, r.o2);
  });
  return out;
}

std::string generate_json(std::size_t n, std::uint64_t seed) {
  std::string out;
  out.reserve(n * 300);
  out += "[\n";
  bool first = true;
  records(n, seed, [&](const Record& r) {
    out += fmt::format("{}{{\"id\": \"{}.{}\", \"title\": \"{}\", \"unit\": \"{}\", \"target\": {}, "
                       "\"weight\": \"1/40\", \"offices\": [\"o{}\", \"o{}\"], \"value\": {}, \"account\": \"{}\"}}",
                       first ? "" : ",\n", r.s, r.i, r.title, r.unit->name, r.target, r.o1, r.o2, r.value, r.account);
    first = false;
  });
  out += "\n]\n";
  return out;
}

}  // namespace planc::bench
