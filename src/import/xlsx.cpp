// An Excel workbook read for `planc import`: the zip opened in memory with
// libzip, each part streamed through expat a chunk at a time (a 10,000-row
// sheet is never inflated whole), every byte inflated counted against the
// limits, so that no file — damaged, hostile or merely huge — can crash the
// reader, hang it or exhaust memory. The libraries are loaded on first use
// (import/xlsx_loaded.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

#include "import/workbook.hpp"
#include "import/xlsx_loaded.hpp"

namespace planc::imports {
namespace {

using loaded::expat;
using loaded::zip;

[[noreturn]] void fail(std::string en, std::string th, std::string cell = "") {
  throw ReadError(std::move(en), std::move(th), std::move(cell));
}

// A text from the file shown in a message: cut short, control bytes dropped.
std::string shown(std::string_view s) {
  std::string out;
  for (char ch : s.substr(0, 40))
    if (static_cast<unsigned char>(ch) >= 0x20) out += ch;
  if (s.size() > 40) out += "…";
  return out;
}

// Characters as Excel counts them closely enough for its limit: code points.
std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

// ---------------------------------------------------------------- the zip

struct Zip {
  const Limits& limits;
  zip_t* za = nullptr;
  std::uint64_t inflated = 0;  // every part so far, as inflated

  Zip(std::string_view bytes, const Limits& l) : limits(l) {
    zip_error_t err;
    zip().zip_error_init(&err);
    zip_source_t* src = zip().zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) {
      za = zip().zip_open_from_source(src, ZIP_RDONLY, &err);
      if (!za) zip().zip_source_free(src);
    }
    std::string why = za ? "" : zip().zip_error_strerror(&err);
    zip().zip_error_fini(&err);
    if (!za)
      fail(fmt::format("this file is not an Excel workbook (.xlsx), or it is damaged ({}): open it in Excel and "
                       "save it again as .xlsx",
                       why),
           "ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx) หรือไฟล์เสียหาย โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx");
  }
  ~Zip() { zip().zip_discard(za); }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  std::optional<zip_uint64_t> find(const std::string& part) const {
    zip_int64_t i = zip().zip_name_locate(za, part.c_str(), 0);
    if (i < 0) return std::nullopt;
    return static_cast<zip_uint64_t>(i);
  }

  // The part's bytes, a chunk at a time, to `take`; stops early when `take`
  // says so. Counts what is actually inflated, whatever the header claims.
  void stream(const std::string& part, zip_uint64_t index, const std::function<bool(std::string_view)>& take) {
    zip_stat_t st;
    if (zip().zip_stat_index(za, index, 0, &st) < 0) damaged(part);
    zip_uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    zip_file_t* f = zip().zip_fopen_index(za, index, 0);
    if (!f) damaged(part);
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> close(f, zip().zip_fclose);
    std::array<char, 64 * 1024> buf;
    std::uint64_t mine = 0;
    for (;;) {
      zip_int64_t n = zip().zip_fread(f, buf.data(), buf.size());
      if (n < 0) damaged(part);
      if (n == 0) return;
      mine += static_cast<std::uint64_t>(n);
      inflated += static_cast<std::uint64_t>(n);
      if (inflated > limits.max_uncompressed || (mine > (1u << 20) && mine > limits.max_ratio * packed))
        fail(fmt::format("the workbook's part {} unpacks to far more than its size ({} MiB read so far, over the "
                         "limits of {} MiB in all and {} times a part's packed size): it is damaged or built to "
                         "exhaust memory (a zip bomb); open it in Excel and save it again as .xlsx",
                         part, inflated >> 20, limits.max_uncompressed >> 20, limits.max_ratio),
             fmt::format("ส่วน {} ของสมุดงานขยายออกมาใหญ่ผิดปกติ (zip bomb) ไฟล์อาจเสียหายหรือถูกสร้างมาโจมตีระบบ "
                         "โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx",
                         part));
      if (!take({buf.data(), static_cast<std::size_t>(n)})) return;
    }
  }

  [[noreturn]] static void damaged(const std::string& part) {
    fail(fmt::format("the workbook is damaged: its part {} cannot be unpacked; open it in Excel and save it again "
                     "as .xlsx",
                     part),
         fmt::format("สมุดงานเสียหาย แตกไฟล์ส่วน {} ไม่ได้ โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx", part));
  }
};

// ---------------------------------------------------------------- XML

// What a part's reader does with its elements: names are local (namespace
// prefixes vary between producers), attributes are (local name, value) pairs.
struct Handler {
  virtual ~Handler() = default;
  virtual void open(std::string_view name, const char** attrs) = 0;
  virtual void close(std::string_view name) = 0;
  virtual void text(std::string_view) {}
};

std::string_view local(const char* name) {
  std::string_view s(name);
  auto at = s.rfind('\x01');
  return at == std::string_view::npos ? s : s.substr(at + 1);
}

const char* attr(const char** attrs, std::string_view name) {
  for (; attrs[0]; attrs += 2)
    if (local(attrs[0]) == name) return attrs[1];
  return nullptr;
}

struct Parse {
  Handler& h;
  XML_Parser p;
  std::exception_ptr error;  // thrown in a handler, rethrown once expat has returned
  bool doctype = false;

  static void on_open(void* self, const XML_Char* name, const XML_Char** attrs) {
    auto& s = *static_cast<Parse*>(self);
    s.guard([&] { s.h.open(local(name), attrs); });
  }
  static void on_close(void* self, const XML_Char* name) {
    auto& s = *static_cast<Parse*>(self);
    s.guard([&] { s.h.close(local(name)); });
  }
  static void on_text(void* self, const XML_Char* s_, int len) {
    auto& s = *static_cast<Parse*>(self);
    s.guard([&] { s.h.text({s_, static_cast<std::size_t>(len)}); });
  }
  // No part of a workbook has a DOCTYPE; one can only be there to define
  // entities (a billion laughs, a file read through an external entity).
  static void on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto& s = *static_cast<Parse*>(self);
    s.doctype = true;
    expat().XML_StopParser(s.p, XML_FALSE);
  }
  template <typename F>
  void guard(F f) {
    if (error) return;
    try {
      f();
    } catch (...) {
      error = std::current_exception();
      expat().XML_StopParser(p, XML_FALSE);
    }
  }
};

// Streams the part through `h`; a part that is not there reads as empty.
void parse(Zip& z, const std::string& part, Handler& h) {
  auto index = z.find(part);
  if (!index) return;
  Parse s{h, expat().XML_ParserCreateNS(nullptr, '\x01')};
  if (!s.p) throw std::bad_alloc();
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> free(s.p, expat().XML_ParserFree);
  expat().XML_SetUserData(s.p, &s);
  expat().XML_SetElementHandler(s.p, &Parse::on_open, &Parse::on_close);
  expat().XML_SetCharacterDataHandler(s.p, &Parse::on_text);
  expat().XML_SetStartDoctypeDeclHandler(s.p, &Parse::on_doctype);
  // Kept, and made stricter than expat's default, should a DOCTYPE ever get through.
  expat().XML_SetBillionLaughsAttackProtectionMaximumAmplification(s.p, 20.0f);
  expat().XML_SetBillionLaughsAttackProtectionActivationThreshold(s.p, 1u << 20);
  auto check = [&](XML_Status st) {
    if (s.error) std::rethrow_exception(s.error);
    if (s.doctype)
      fail(fmt::format("the workbook's part {} declares a DOCTYPE, which no Excel workbook has (it could define "
                       "entities that exhaust memory or read other files): open the file in Excel and save it "
                       "again as .xlsx",
                       part),
           fmt::format("ส่วน {} ของสมุดงานมีการประกาศ DOCTYPE ซึ่งสมุดงาน Excel ปกติไม่มี และอาจเป็นไฟล์ที่สร้างมาโจมตีระบบ "
                       "โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx",
                       part));
    if (st == XML_STATUS_ERROR)
      fail(fmt::format("the workbook is damaged: its part {} is not well-formed XML at line {} ({}); open it in "
                       "Excel and save it again as .xlsx",
                       part, expat().XML_GetCurrentLineNumber(s.p),
                       expat().XML_ErrorString(expat().XML_GetErrorCode(s.p))),
           fmt::format("สมุดงานเสียหาย ส่วน {} มี XML ผิดรูปแบบที่บรรทัด {} โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx",
                       part, expat().XML_GetCurrentLineNumber(s.p)));
  };
  z.stream(part, *index, [&](std::string_view chunk) {
    check(expat().XML_Parse(s.p, chunk.data(), static_cast<int>(chunk.size()), XML_FALSE));
    return true;
  });
  check(expat().XML_Parse(s.p, "", 0, XML_TRUE));
}

// ---------------------------------------------------------------- parts

// A part's relationships: id → (type, resolved target).
struct Rel {
  std::string type, target;
};

std::string resolve(const std::string& from_dir, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1)) : from_dir + std::string(target);
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at <= path.size()) {
    std::size_t next = path.find('/', at);
    if (next == std::string::npos) next = path.size();
    std::string seg = path.substr(at, next - at);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    at = next + 1;
  }
  std::string out;
  for (auto& s : parts) out += (out.empty() ? "" : "/") + s;
  return out;
}

std::string dir_of(const std::string& part) {
  auto at = part.rfind('/');
  return at == std::string::npos ? "" : part.substr(0, at + 1);
}

std::map<std::string, Rel> relationships(Zip& z, const std::string& part) {
  struct H : Handler {
    std::map<std::string, Rel> rels;
    std::string dir;
    void open(std::string_view name, const char** a) override {
      if (name != "Relationship") return;
      const char *id = attr(a, "Id"), *type = attr(a, "Type"), *target = attr(a, "Target"),
                 *mode = attr(a, "TargetMode");
      if (!id || !type || !target || (mode && std::string_view(mode) == "External")) return;
      if (rels.size() < 100000) rels[id] = {type, resolve(dir, target)};
    }
    void close(std::string_view) override {}
  } h;
  // The relationships of "xl/workbook.xml" are "xl/_rels/workbook.xml.rels";
  // their targets are relative to "xl/".
  std::string d = dir_of(part);
  h.dir = d;
  parse(z, d + "_rels/" + part.substr(d.size()) + ".rels", h);
  return std::move(h.rels);
}

const Rel* of_type(const std::map<std::string, Rel>& rels, std::string_view suffix) {
  for (auto& [id, r] : rels)
    if (r.type.ends_with(suffix)) return &r;
  return nullptr;
}

struct SheetEntry {
  std::string name, part;
};

struct WorkbookPart {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
};

WorkbookPart workbook_part(Zip& z, const std::string& part, const std::map<std::string, Rel>& rels,
                           const Limits& limits) {
  struct H : Handler {
    const std::map<std::string, Rel>& rels;
    const Limits& limits;
    WorkbookPart wb;
    H(const std::map<std::string, Rel>& r, const Limits& l) : rels(r), limits(l) {}
    void open(std::string_view name, const char** a) override {
      if (name == "workbookPr") {
        const char* v = attr(a, "date1904");
        wb.date1904 = v && (std::string_view(v) == "1" || std::string_view(v) == "true");
      } else if (name == "sheet") {
        const char *n = attr(a, "name"), *id = attr(a, "id");
        if (!n || !id) return;
        auto r = rels.find(id);
        // Worksheets only: chart sheets, dialog sheets and macro sheets hold no table.
        if (r == rels.end() || !r->second.type.ends_with("/worksheet")) return;
        if (wb.sheets.size() >= limits.max_sheets)
          fail(fmt::format("the workbook has more than {} sheets: copy the sheets the plan needs into a new "
                           "workbook and import that",
                           limits.max_sheets),
               fmt::format("สมุดงานนี้มีแผ่นงานเกิน {} แผ่น โปรดคัดลอกเฉพาะแผ่นงานที่ใช้ในแผนไปไว้ในสมุดงานใหม่แล้วนำเข้าไฟล์นั้น",
                           limits.max_sheets));
        wb.sheets.push_back({n, r->second.target});
      }
    }
    void close(std::string_view) override {}
  } h(rels, limits);
  parse(z, part, h);
  return std::move(h.wb);
}

struct SharedStrings : Handler {
  std::vector<std::string> strings;
  int in_t = 0, in_rph = 0;
  bool in_si = false;
  void open(std::string_view name, const char**) override {
    if (name == "si") {
      in_si = true;
      strings.emplace_back();
    } else if (name == "rPh") {
      ++in_rph;
    } else if (name == "t") {
      ++in_t;
    }
  }
  void close(std::string_view name) override {
    if (name == "si") in_si = false;
    else if (name == "rPh") --in_rph;
    else if (name == "t") --in_t;
  }
  // The plain text and every rich-text run, concatenated; the phonetic
  // guides (rPh, for Japanese) are not part of the cell's text.
  void text(std::string_view s) override {
    if (in_si && in_t > 0 && in_rph == 0) strings.back() += s;
  }
};

// Whether a custom number format shows a date or a time: a d, m, y, h or s
// outside quotes, escapes and [brackets] (colours, locales, conditions). An
// elapsed time ("[h]:mm") is a duration, not a moment: kept as a number.
bool date_format(std::string_view code) {
  bool elapsed = false, date = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char ch = code[i];
    if (ch == '"') {
      auto end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (ch == '\\' || ch == '_' || ch == '*') {
      ++i;
    } else if (ch == '[') {
      auto end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      auto inside = code.substr(i + 1, end - i - 1);
      if (!inside.empty() && std::all_of(inside.begin(), inside.end(), [](char c) {
            return c == 'h' || c == 'H' || c == 'm' || c == 'M' || c == 's' || c == 'S';
          }))
        elapsed = true;
      i = end;
    } else if (code.substr(i).starts_with("General") || code.substr(i).starts_with("general")) {
      i += 6;
    } else if (std::strchr("dDmMyYhHsSeEbB", ch)) {
      date = true;
    }
  }
  return date && !elapsed;
}

// Whether a custom number format shows a percent: a % outside quotes, escapes and [brackets].
bool percent_format(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    char ch = code[i];
    if (ch == '"' || ch == '[') {
      auto end = code.find(ch == '"' ? '"' : ']', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (ch == '\\' || ch == '_' || ch == '*') {
      ++i;
    } else if (ch == '%') {
      return true;
    }
  }
  return false;
}

// The built-in formats that show dates: 14–22 and 45–47 everywhere, 27–36 and
// 50–58 in East Asian versions, 71–81 in Thai Excel (ว/ด/ปปปป and its kin).
bool builtin_date(unsigned id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) ||
         (id >= 71 && id <= 81);
}

// What a cell's number format shows, by its cellXfs index.
enum class Shown : std::uint8_t { Number, Date, Percent };

struct Styles : Handler {
  std::map<unsigned, Shown> custom;
  std::vector<Shown> xf_shown;  // cellXfs index → what its format shows
  bool in_xfs = false;
  static unsigned number(const char* s) {
    unsigned v = 0;
    for (; s && *s >= '0' && *s <= '9' && v < 100000000; ++s) v = v * 10 + static_cast<unsigned>(*s - '0');
    return v;
  }
  void open(std::string_view name, const char** a) override {
    if (name == "numFmt") {
      const char *id = attr(a, "numFmtId"), *code = attr(a, "formatCode");
      if (id && code)
        custom[number(id)] = date_format(code) ? Shown::Date : percent_format(code) ? Shown::Percent : Shown::Number;
    } else if (name == "cellXfs") {
      in_xfs = true;
    } else if (name == "xf" && in_xfs && xf_shown.size() < 1000000) {
      unsigned id = number(attr(a, "numFmtId"));
      auto c = custom.find(id);
      xf_shown.push_back(c != custom.end() ? c->second
                        : builtin_date(id)      ? Shown::Date
                        : id == 9 || id == 10   ? Shown::Percent  // 0%, 0.00%
                                                : Shown::Number);
    }
  }
  void close(std::string_view name) override {
    if (name == "cellXfs") in_xfs = false;
  }
};

// ---------------------------------------------------------------- dates

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  auto doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

// An Excel serial as "YYYY-MM-DD" (with "THH:MM:SS" when it has a time of
// day); nothing for a serial no calendar date matches: before the system's
// first day, past 9999-12-31, and 60 in the 1900 system, the 29 February 1900 Excel keeps
// for Lotus 1-2-3's sake.
std::optional<std::string> serial_date(std::string_view text, bool date1904) {
  char* end = nullptr;
  std::string s(text);
  double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v) || v < (date1904 ? 0 : 1) || v >= 2958466) return std::nullopt;
  auto seconds = static_cast<std::int64_t>(std::llround(v * 86400.0));
  std::int64_t days = seconds / 86400, secs = seconds % 86400;
  if (!date1904 && days == 60) return std::nullopt;
  // 1900 system: serial 1 is 1900-01-01, and every serial past 60 counts the
  // day that never was. 1904 system: serial 0 is 1904-01-01.
  std::int64_t epoch = date1904 ? -24107 : (days < 60 ? -25568 : -25569);  // 1904-01-01, 1899-12-31, 1899-12-30
  std::int64_t y;
  unsigned m, d;
  civil(days + epoch, y, m, d);
  if (secs == 0) return fmt::format("{:04}-{:02}-{:02}", y, m, d);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y, m, d, secs / 3600, secs / 60 % 60, secs % 60);
}

// ---------------------------------------------------------------- sheets

// "C12" → (11, 2); nothing when malformed or beyond XFD1048576.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell(std::string_view s) {
  std::size_t i = 0;
  std::uint64_t col = 0, row = 0;
  while (i < s.size() && i < 4 && s[i] >= 'A' && s[i] <= 'Z') col = col * 26 + static_cast<unsigned>(s[i++] - 'A' + 1);
  std::size_t letters = i;
  while (i < s.size() && i - letters < 8 && s[i] >= '0' && s[i] <= '9') row = row * 10 + static_cast<unsigned>(s[i++] - '0');
  if (letters == 0 || i == letters || i != s.size() || col > 16384 || row < 1 || row > 1048576) return std::nullopt;
  return std::pair{static_cast<std::uint32_t>(row - 1), static_cast<std::uint32_t>(col - 1)};
}

struct SheetReader : Handler {
  Sheet& sheet;
  const Limits& limits;
  const std::vector<std::string>& strings;
  const std::vector<Shown>& xf_shown;
  bool date1904;

  std::uint32_t row = 0, col = 0;
  bool row_started = false;  // a row element seen (the next without r is row + 1)
  bool col_started = false;  // a cell seen in this row
  std::uint32_t rows = 0;    // rows with a cell
  std::int64_t last_counted = -1;
  // The cell being read.
  bool in_cell = false, in_v = false, in_f = false, in_is = false, has_v = false, has_f = false;
  int in_t = 0, in_rph = 0;
  std::string type, v, f, is;
  std::size_t v_chars = 0, f_chars = 0, is_chars = 0;
  std::uint32_t style = 0;

  SheetReader(Sheet& s, const Limits& l, const std::vector<std::string>& st, const std::vector<Shown>& x, bool d)
      : sheet(s), limits(l), strings(st), xf_shown(x), date1904(d) {}

  [[noreturn]] void bad_ref(std::string_view what) {
    fail(fmt::format("the sheet {} has a cell reference \"{}\" that is malformed or beyond XFD1048576: the workbook "
                     "is damaged; open it in Excel and save it again as .xlsx",
                     sheet.name, shown(what)),
         fmt::format("แผ่นงาน {} มีการอ้างอิงเซลล์ \"{}\" ที่ผิดรูปแบบหรือเกิน XFD1048576 สมุดงานเสียหาย "
                     "โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx",
                     sheet.name, shown(what)),
         sheet.name);
  }

  std::string here() const { return cell_ref(sheet.name, row, col); }

  // Guards the text of the cell being read: a cell past Excel's own limit is
  // refused as soon as it is, before it fills memory. The characters are
  // counted as they come (expat hands a text over in many pieces).
  void grow(std::string& into, std::size_t& chars, std::string_view s) {
    into += s;
    chars += characters(s);
    if (chars > limits.max_cell)
      throw cell_too_long(here(), limits.max_cell);
  }

  void open(std::string_view name, const char** a) override {
    if (name == "row") {
      const char* r = attr(a, "r");
      if (r) {
        std::uint64_t n = 0;
        std::string_view rs(r);
        for (char ch : rs) {
          if (ch < '0' || ch > '9' || n > 1048576) bad_ref(rs);
          n = n * 10 + static_cast<unsigned>(ch - '0');
        }
        if (n < 1 || n > 1048576) bad_ref(rs);
        row = static_cast<std::uint32_t>(n - 1);
      } else if (row_started) {
        if (row + 1 >= 1048576) bad_ref("row 1048577");
        ++row;
      }
      row_started = true;
      col_started = false;
    } else if (name == "c") {
      const char* r = attr(a, "r");
      if (r) {
        auto rc = parse_cell(r);
        if (!rc) bad_ref(r);
        row = rc->first;
        col = rc->second;
      } else if (col_started) {
        if (col + 1 >= 16384) bad_ref(cell_name(row, 16384));
        ++col;
      } else {
        col = 0;
      }
      if (col >= limits.max_cols) bad_ref(cell_name(row, col));
      col_started = true;
      in_cell = true;
      has_v = has_f = false;
      v.clear(), f.clear(), is.clear();
      v_chars = f_chars = is_chars = 0;
      const char* t = attr(a, "t");
      type = t ? t : "n";
      style = Styles::number(attr(a, "s"));
    } else if (in_cell && name == "v") {
      in_v = has_v = true;
    } else if (in_cell && name == "f") {
      in_f = has_f = true;
    } else if (in_cell && name == "is") {
      in_is = true;
    } else if (in_is && name == "rPh") {
      ++in_rph;
    } else if (in_is && name == "t") {
      ++in_t;
    } else if (name == "dimension" && sheet.cells.empty()) {
      // The used range, which Excel, LibreOffice and openpyxl write before the
      // cells: room for them at once spares the vector's doublings, whose
      // copies would otherwise make the peak half again the result. Only a
      // hint (a damaged file may claim anything), so bounded.
      const char* ref = attr(a, "ref");
      std::string_view s(ref ? ref : "");
      auto colon = s.find(':');
      auto first = parse_cell(s.substr(0, colon));
      auto last = colon == std::string_view::npos ? first : parse_cell(s.substr(colon + 1));
      if (first && last && last->first >= first->first && last->second >= first->second)
        sheet.cells.reserve(std::min<std::uint64_t>(
            std::uint64_t{last->first - first->first + 1} * (last->second - first->second + 1), 1u << 20));
    } else if (name == "mergeCell") {
      const char* ref = attr(a, "ref");
      if (!ref) return;
      std::string_view s(ref);
      auto colon = s.find(':');
      auto first = parse_cell(s.substr(0, colon));
      auto last = colon == std::string_view::npos ? first : parse_cell(s.substr(colon + 1));
      if (!first || !last) bad_ref(s);
      if (sheet.merges.size() < 1000000)
        sheet.merges.push_back({std::min(first->first, last->first), std::min(first->second, last->second),
                                std::max(first->first, last->first), std::max(first->second, last->second)});
    }
  }

  void text(std::string_view s) override {
    if (in_v) grow(v, v_chars, s);
    else if (in_f) grow(f, f_chars, s);
    else if (in_is && in_t > 0 && in_rph == 0) grow(is, is_chars, s);
  }

  void close(std::string_view name) override {
    if (name == "v") {
      // An empty <v/> is no value: openpyxl writes one for every formula.
      in_v = false;
      has_v = !v.empty();
    }
    else if (name == "f") in_f = false;
    else if (name == "is") in_is = false;
    else if (name == "rPh") --in_rph;
    else if (name == "t") --in_t;
    else if (name == "c" && in_cell) {
      in_cell = false;
      finish();
    }
  }

  void finish() {
    Cell c{row, col, Cell::Kind::Text, {}};
    if (has_f && !has_v) {
      c.kind = Cell::Kind::NoValue;
      c.text = std::move(f);
    } else if (type == "s") {
      if (!has_v) return;
      std::size_t i = 0;
      bool ok = !v.empty() && v.size() < 12;
      for (char ch : v) ok = ok && ch >= '0' && ch <= '9';
      if (ok) i = std::stoull(v);
      if (!ok || i >= strings.size())
        fail(fmt::format("the cell {} points to shared string {} of the {} the workbook has: the workbook is "
                         "damaged; open it in Excel and save it again as .xlsx",
                         here(), shown(v), strings.size()),
             fmt::format("เซลล์ {} อ้างถึงข้อความลำดับที่ {} ซึ่งไม่มีอยู่ในสมุดงาน สมุดงานเสียหาย "
                         "โปรดเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น .xlsx",
                         here(), shown(v)),
             here());
      std::size_t chars = 0;
      grow(c.text, chars, strings[i]);
    } else if (type == "inlineStr") {
      c.text = std::move(is);
    } else if (type == "str") {
      c.text = std::move(v);
    } else if (type == "b") {
      if (!has_v) return;
      c.kind = Cell::Kind::Bool;
      c.text = v == "1" || v == "true" || v == "TRUE" ? "TRUE" : "FALSE";
    } else if (type == "e") {
      c.kind = Cell::Kind::Error;
      c.text = std::move(v);
    } else if (type == "d") {
      c.kind = Cell::Kind::Date;
      c.text = std::move(v);
    } else {
      if (!has_v) return;  // a formatted but empty cell
      std::optional<std::string> date;
      const Shown shown = style < xf_shown.size() ? xf_shown[style] : Shown::Number;
      if (shown == Shown::Date) date = serial_date(v, date1904);
      c.kind = date ? Cell::Kind::Date : Cell::Kind::Number;
      c.percent = shown == Shown::Percent;
      c.text = date ? std::move(*date) : std::move(v);
    }
    if (c.text.empty() && c.kind == Cell::Kind::Text) return;
    if (static_cast<std::int64_t>(row) != last_counted) {
      last_counted = row;
      if (++rows > limits.max_rows)
        fail(fmt::format("the sheet {} has more than {} rows with data (the first past the limit is {}): import "
                         "only the rows the plan needs, from a smaller workbook",
                         sheet.name, limits.max_rows, here()),
             fmt::format("แผ่นงาน {} มีข้อมูลเกิน {} แถว (แถวแรกที่เกินคือ {}) โปรดนำเข้าเฉพาะแถวที่ใช้ในแผนจากสมุดงานที่เล็กลง",
                         sheet.name, limits.max_rows, here()),
             here());
    }
    sheet.cells.push_back(std::move(c));
  }
};

// ---------------------------------------------------------------- not a zip

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

[[noreturn]] void not_xlsx(std::string_view bytes) {
  static constexpr char cfb[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  if (bytes.starts_with(std::string_view(cfb, 8))) {
    // An encrypted workbook is an OLE2 container whose stream is named
    // "EncryptedPackage" (UTF-16 in the directory).
    static constexpr char16_t name16[] = u"EncryptedPackage";
    std::string utf16;
    for (char16_t ch : std::u16string_view(name16)) utf16 += static_cast<char>(ch), utf16 += '\0';
    if (contains(bytes, utf16))
      fail("the workbook is protected by a password: save a copy without one (File › Info › Protect Workbook) "
           "and import that",
           "สมุดงานนี้ถูกป้องกันด้วยรหัสผ่าน โปรดบันทึกสำเนาที่ไม่มีรหัสผ่าน (ไฟล์ › ข้อมูล › ป้องกันสมุดงาน) "
           "แล้วนำเข้าสำเนานั้น");
    fail("this is an Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx (File › Save As › Excel "
         "Workbook)",
         "ไฟล์นี้เป็นสมุดงาน Excel 97–2003 (.xls) โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx (ไฟล์ › บันทึกเป็น › สมุดงาน Excel)");
  }
  fail("this file is not an Excel workbook (.xlsx): open it in Excel and save it as .xlsx, or export the sheet as "
       "CSV",
       "ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx) โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx หรือส่งออกแผ่นงานเป็น CSV");
}

}  // namespace

Workbook read_xlsx(std::string_view bytes, const std::string& name, const Limits& limits) {
  if (bytes.size() > limits.max_file)
    fail(fmt::format("the workbook is larger than {} MiB: copy the sheets the plan needs into a new workbook and "
                     "import that",
                     limits.max_file >> 20),
         fmt::format("สมุดงานมีขนาดเกิน {} MiB โปรดคัดลอกเฉพาะแผ่นงานที่ใช้ในแผนไปไว้ในสมุดงานใหม่แล้วนำเข้าไฟล์นั้น",
                     limits.max_file >> 20));
  if (!bytes.starts_with("PK")) not_xlsx(bytes);
  Zip z(bytes, limits);

  if (auto mt = z.find("mimetype")) {
    std::string mime;
    z.stream("mimetype", *mt, [&](std::string_view s) {
      mime.append(s.substr(0, 200));
      return mime.size() < 200;
    });
    if (mime.starts_with("application/vnd.oasis.opendocument"))
      fail("this is an OpenDocument file (.ods, from LibreOffice or Google Sheets), not an Excel workbook: save it "
           "as .xlsx (File › Save As › Excel 2007-365)",
           "ไฟล์นี้เป็นไฟล์ OpenDocument (.ods) ไม่ใช่สมุดงาน Excel โปรดบันทึกเป็น .xlsx (ไฟล์ › บันทึกเป็น › Excel 2007-365)");
  }

  // The package's relationships name the workbook part; "xl/workbook.xml" by convention.
  auto root = relationships(z, "");
  const Rel* office = of_type(root, "/officeDocument");
  std::string wb_part = office ? office->target : "xl/workbook.xml";
  if (wb_part.ends_with(".bin") || (!z.find(wb_part) && z.find("xl/workbook.bin")))
    fail("this is an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx (File › Save As › Excel "
         "Workbook)",
         "ไฟล์นี้เป็นสมุดงานไบนารีของ Excel (.xlsb) โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx (ไฟล์ › บันทึกเป็น › สมุดงาน Excel)");
  if (!z.find(wb_part))
    fail("this file is a zip but not an Excel workbook (it has no xl/workbook.xml): open it in Excel and save it "
         "as .xlsx",
         "ไฟล์นี้เป็นไฟล์ zip แต่ไม่ใช่สมุดงาน Excel (ไม่มี xl/workbook.xml) โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx");
  auto rels = relationships(z, wb_part);
  WorkbookPart wb = workbook_part(z, wb_part, rels, limits);

  SharedStrings shared;
  const Rel* ss = of_type(rels, "/sharedStrings");
  parse(z, ss ? ss->target : dir_of(wb_part) + "sharedStrings.xml", shared);
  Styles styles;
  const Rel* st = of_type(rels, "/styles");
  parse(z, st ? st->target : dir_of(wb_part) + "styles.xml", styles);

  Workbook out{name, {}};
  for (auto& entry : wb.sheets) {
    Sheet& sheet = out.sheets.emplace_back();
    sheet.name = entry.name;
    SheetReader reader(sheet, limits, shared.strings, styles.xf_shown, wb.date1904);
    parse(z, entry.part, reader);
    // Excel writes cells in order; other producers need not.
    auto by_place = [](const Cell& a, const Cell& b) { return std::tie(a.row, a.col) < std::tie(b.row, b.col); };
    if (!std::is_sorted(sheet.cells.begin(), sheet.cells.end(), by_place))
      std::stable_sort(sheet.cells.begin(), sheet.cells.end(), by_place);
    // The mapping holds the workbook for the whole import: the vector's growth slack (up to half) given back.
    sheet.cells.shrink_to_fit();
  }
  return out;
}

}  // namespace planc::imports
