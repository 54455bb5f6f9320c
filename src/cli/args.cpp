// The command line's own words (args.hpp): Thai digits in ids and numbers, and
// what planc says when it cannot read a command.
#include "cli/args.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.hpp"
#include "support/lang.hpp"
#include "support/utf8.hpp"

namespace planc::cli {

namespace {

// ---- Thai digits ----

// A Thai digit (U+0E50..U+0E59, UTF-8 E0 B9 90..99) at s[i].
bool thai_digit_at(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE0 && static_cast<unsigned char>(s[i + 1]) == 0xB9 &&
         static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

// A number: Thai digits as Arabic, and thousands separators dropped
// (๑,๐๐๐,๐๐๐ is 1000000).
std::string number(const std::string& in) {
  std::string s = utf8::to_arabic_digits(in);
  bool grouped = s.find(',') != std::string::npos;
  std::size_t digits = 0;
  for (std::size_t i = s.size(); grouped && i-- > 0;) {
    if (s[i] == ',') {
      grouped = digits == 3 && i > 0;
      digits = 0;
    } else if (s[i] >= '0' && s[i] <= '9') {
      grouped = grouped && (++digits <= 3);
    } else {
      grouped = false;
    }
  }
  if (grouped) std::erase(s, ',');
  return s;
}

// An indicator, a strategy or `overall` (ภาพรวม).
std::string id(const std::string& in) {
  if (in == "ภาพรวม") return "overall";
  return utf8::to_arabic_digits(in);
}

// A diagnostic code: ASCII, upper case (E๑๑๐ and e110 are E110).
std::string code(const std::string& in) {
  std::string s = utf8::to_arabic_digits(in);
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// A git revision: only the counts are numbers (HEAD~๒, HEAD^๒, main@{๑}); `~`,
// `^` and `@{` cannot be part of a branch's name, so no name is changed.
std::string revision(const std::string& s) {
  std::string out;
  bool count = false;  // after ~ or ^, or inside @{ }
  bool braces = false;
  for (std::size_t i = 0; i < s.size();) {
    if (count && thai_digit_at(s, i)) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90));
      i += 3;
      continue;
    }
    char c = s[i];
    if (c == '~' || c == '^') {
      count = true;
    } else if (c == '@' && i + 1 < s.size() && s[i + 1] == '{') {
      count = braces = true;
      out += "@{";
      i += 2;
      continue;
    } else if (c == '}' && braces) {
      count = braces = false;
    } else if (!braces && !(c >= '0' && c <= '9')) {
      count = false;
    }
    out += c;
    ++i;
  }
  return out;
}

std::vector<CLI::App*> subcommands(CLI::App& app) {
  return app.get_subcommands([](CLI::App*) { return true; });
}

// ---- what to say ----

Lang message_lang(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    std::optional<Lang> l;
    if (a == "--lang" && i + 1 < argc) l = parse_lang(argv[i + 1]);
    if (a.starts_with("--lang=")) l = parse_lang(a.substr(7));
    if (l) return *l;
  }
  return environment_lang();
}

struct Say {
  Lang lang;
  std::string operator()(std::string_view th, std::string_view en) const {
    return std::string(lang == Lang::Th ? th : en);
  }
};

// An option's names as help shows them: --jobs/-j.
std::string option_names(const CLI::Option* o) {
  std::string out;
  for (const auto& l : o->get_lnames()) out += (out.empty() ? "--" : "/--") + l;
  for (const auto& s : o->get_snames()) out += (out.empty() ? "-" : "/-") + s;
  return out;
}

std::vector<const CLI::Option*> named_options(const CLI::App* app) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* o : app->get_options())
    if (!o->get_lnames().empty() || !o->get_snames().empty()) out.push_back(o);
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The subcommands with a line each: planc with no subcommand.
int short_help(CLI::App& app, const Say& say) {
  struct Line {
    std::string_view name, th;
  };
  static constexpr Line kThai[] = {
      {"init", "เริ่มแผนใหม่: เขียนแผนตัวอย่าง ผลรอบแรก และ README ลงในโฟลเดอร์"},
      {"check", "ตรวจแผนและผลการดำเนินงาน แสดงข้อผิดพลาดและคำเตือน"},
      {"eval", "คิดคะแนนของรอบและแสดงเป็นตาราง (หรือ JSON)"},
      {"explain", "แสดงที่มาของคะแนนหนึ่งตัวทีละขั้น"},
      {"render", "ร่างรายงานประเมินผล: Markdown, HTML, JSON หรือ CSV"},
      {"fmt", "จัดรูปแบบไฟล์แผนตามแบบมาตรฐาน"},
      {"diff", "เทียบแผนสองฉบับ: อะไรเปลี่ยน และคะแนนเปลี่ยนเท่าใด"},
      {"explain-code", "อธิบายรหัสของข้อผิดพลาด พร้อมตัวอย่างและวิธีแก้"},
      {"dump", "แสดงโครงสร้าง (AST) ของแผน สำหรับตรวจแก้โปรแกรม"},
  };
  std::string out = say(
      "planc: ตรวจแผนปฏิบัติราชการและผลการดำเนินงานแต่ละรอบ คิดคะแนนตามวิธีของทางราชการ และร่างรายงานประเมินผล\n\n"
      "วิธีใช้: planc คำสั่งย่อย [ไฟล์] [ตัวเลือก]\n\n",
      "planc: checks evaluation plans and their rounds' results, scores them by the official\n"
      "method and drafts the reports.\n\n"
      "usage: planc SUBCOMMAND [FILE] [OPTIONS]\n\n");
  auto subs = subcommands(app);
  std::size_t width = 0;
  for (auto* s : subs) width = std::max(width, s->get_name().size());
  for (auto* s : subs) {
    std::string what = s->get_description();
    for (const auto& l : kThai)
      if (say.lang == Lang::Th && l.name == s->get_name()) what = l.th;
    out += fmt::format("  {:<{}}  {}\n", s->get_name(), width, what);
  }
  out += say(
      "\nเริ่มต้นใหม่: `planc init แผนของฉัน` เขียนแผนตัวอย่างลงในโฟลเดอร์ แผนของฉัน ให้เริ่มจากตรงนั้น\n"
      "`planc คำสั่งย่อย --help` บอกรายละเอียดและตัวเลือกของแต่ละคำสั่ง\n",
      "\nNew here? `planc init my-plan` writes an example plan into my-plan to start from.\n"
      "`planc SUBCOMMAND --help` says more about each, with its options.\n");
  std::cout << out;
  return 2;
}

}  // namespace

void accept_thai_digits(CLI::App& app) {
  auto numeric = [](const CLI::Option* o) {
    std::string type = o->get_type_name();
    type = type.substr(0, type.find(':'));
    return type == "INT" || type == "UINT" || type == "FLOAT" || type == "NUMBER";
  };
  for (CLI::App* sub : subcommands(app)) {
    for (CLI::Option* o : sub->get_options()) {
      if (o->get_positional() && o->get_name(true) == "ID")
        o->transform(id);
      else if (o->get_positional() && o->get_name(true) == "CODE")
        o->transform(code);
      else if (o->check_lname("git"))
        o->transform(revision);
      else if (numeric(o))
        o->transform(number);
    }
  }
}

int usage_error(CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
  const Say say{message_lang(argc, argv)};
  if (argc <= 1) return short_help(app, say);

  auto subs = subcommands(app);
  std::vector<std::string> sub_names;
  for (auto* s : subs) sub_names.push_back(s->get_name());

  // The subcommand (the first word that is not an option) and the options before it.
  std::string candidate;
  int at = argc;
  std::vector<std::string> top_unknown;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") break;
    if (a.size() > 1 && a[0] == '-') {
      std::string name = a.substr(0, a.find('='));
      const CLI::Option* o = app.get_option_no_throw(name);
      if (!o)
        top_unknown.push_back(name);
      else if (o->get_items_expected_min() > 0 && a.find('=') == std::string::npos)
        ++i;  // its value
      continue;
    }
    candidate = a;
    at = i;
    break;
  }
  CLI::App* sub = nullptr;
  for (auto* s : subs)
    if (!candidate.empty() && s->get_name() == candidate) sub = s;

  // An unknown subcommand.
  if (!candidate.empty() && !sub) {
    std::string best = closest(candidate, sub_names);
    std::string out = fmt::format("planc: {}", fmt::format(fmt::runtime(say("`{}` ไม่ใช่คำสั่งย่อยของ planc",
                                                                             "`{}` is not a subcommand of planc")),
                                                            candidate));
    if (!best.empty()) out += fmt::format(fmt::runtime(say(" หมายถึง `{}` หรือไม่", "; did you mean `{}`?")), best);
    out += "\n";
    if (best.empty() && candidate.ends_with(".plan"))
      out += fmt::format(fmt::runtime(say("  ตรวจแผน: planc check {}\n", "  to check a plan: planc check {}\n")),
                         candidate);
    out += fmt::format(fmt::runtime(say("  คำสั่งย่อยของ planc: {}\n", "  the subcommands: {}\n")), joined(sub_names));
    out += say("  (planc --help บอกว่าแต่ละคำสั่งทำอะไร)\n", "  (planc --help says what each does)\n");
    std::cerr << out;
    return 2;
  }

  // Options that planc itself does not have (before any subcommand).
  if (!top_unknown.empty()) {
    std::vector<std::string> names;
    for (const auto* o : named_options(&app)) {
      for (const auto& l : o->get_lnames()) names.push_back("--" + l);
    }
    std::string out;
    for (const auto& u : top_unknown) {
      out += fmt::format(fmt::runtime(say("planc: ไม่มีตัวเลือก `{}`", "planc: there is no option `{}`")), u);
      // An option of a subcommand, given before it.
      std::string owner;
      for (auto* s : subs)
        if (owner.empty() && s->get_option_no_throw(u)) owner = s->get_name();
      if (sub && sub->get_option_no_throw(u)) owner = sub->get_name();
      std::string best = closest(u, names);
      if (!owner.empty())
        out += fmt::format(fmt::runtime(say(" ก่อนคำสั่งย่อย: ตัวเลือกของ `{0}` เขียนหลังคำสั่งย่อย (planc {0} ... {1})",
                                            " before the subcommand: `{1}` is an option of `{0}`, written after it "
                                            "(planc {0} ... {1})")),
                           owner, u);
      else if (!best.empty())
        out += fmt::format(fmt::runtime(say(" หมายถึง `{}` หรือไม่", "; did you mean `{}`?")), best);
      out += "\n";
    }
    out += fmt::format(fmt::runtime(say("  ตัวเลือกของ planc: {}\n  คำสั่งย่อยของ planc: {}\n",
                                        "  the options of planc: {}\n  the subcommands: {}\n")),
                       joined(names), joined(sub_names));
    std::cerr << out;
    return 2;
  }

  // Options the subcommand does not have.
  if (sub) {
    std::vector<std::string> longs, listed;
    for (const auto* o : named_options(sub)) {
      for (const auto& l : o->get_lnames()) longs.push_back("--" + l);
      listed.push_back(option_names(o));
    }
    std::string out;
    for (int i = at + 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--") break;
      if (a.size() < 2 || a[0] != '-' || (a[1] >= '0' && a[1] <= '9') || a[1] == '.' ||
          thai_digit_at(a, 1))
        continue;  // a value, a positional or a negative number
      bool is_long = a[1] == '-';
      std::string name = is_long ? a.substr(0, a.find('=')) : a.substr(0, 2);
      const CLI::Option* o = sub->get_option_no_throw(name);
      if (o && !is_long && a.size() > 2 && o->get_items_expected_min() == 0 &&
          !sub->get_option_no_throw("-" + a))
        o = nullptr;  // -strict: a flag does not take the rest of the word
      if (o) {
        // Its value is the next word unless given with it (--format=md, -j4).
        if (o->get_items_expected_min() > 0 && (is_long ? a.find('=') == std::string::npos : a.size() == 2)) ++i;
        continue;
      }
      std::string best;
      if (is_long)
        best = closest(name, longs);
      else if (a.size() > 2)
        best = closest("-" + a.substr(0, a.find('=')), longs);  // -strict for --strict
      out += fmt::format(fmt::runtime(say("planc {}: ไม่มีตัวเลือก `{}`", "planc {}: there is no option `{}`")),
                         sub->get_name(), is_long ? name : a.substr(0, a.find('=')));
      if (!best.empty()) out += fmt::format(fmt::runtime(say(" หมายถึง `{}` หรือไม่", "; did you mean `{}`?")), best);
      out += "\n";
    }
    if (!out.empty()) {
      out += fmt::format(fmt::runtime(say("  ตัวเลือกของ `{}`: {}\n", "  the options of `{}`: {}\n")), sub->get_name(),
                         joined(listed));
      out += fmt::format(fmt::runtime(say("  (planc {} --help บอกว่าแต่ละตัวเลือกทำอะไร)\n",
                                          "  (planc {} --help says what each does)\n")),
                         sub->get_name());
      std::cerr << out;
      return 2;
    }
  }

  // Anything else (a missing FILE, a wrong value): CLI11's own message.
  int rc = app.exit(e);
  return rc == 0 ? 0 : 2;
}

}  // namespace planc::cli
