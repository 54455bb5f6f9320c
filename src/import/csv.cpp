// A CSV file read for `planc import`: RFC 4180 with what Excel adds (a
// byte-order mark, a semicolon or tab where a comma is the decimal point, and
// in Thailand the Windows-874 code page Thai Excel saves "CSV" in).
#include <fmt/format.h>

#include <array>

#include "import/workbook.hpp"

namespace planc::imports {
namespace {

[[noreturn]] void fail(std::string en, std::string th, std::string cell = "") {
  throw ReadError(std::move(en), std::move(th), std::move(cell));
}

// The length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_at(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  // No overlong forms, no surrogates, nothing past U+10FFFF.
  if ((c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) > 0x9F) || (c == 0xF0 && b(i + 1) < 0x90) ||
      (c == 0xF4 && b(i + 1) > 0x8F))
    return 0;
  return n;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_at(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Windows-874 (TIS-620 with Microsoft's additions) byte → code point; 0 where undefined.
char32_t cp874(unsigned char b) {
  if (b < 0x80) return b;
  if (b >= 0xA1 && b <= 0xDA) return 0x0E01 + (b - 0xA1);
  if (b >= 0xDF && b <= 0xFB) return 0x0E3F + (b - 0xDF);
  switch (b) {
    case 0x80: return 0x20AC;
    case 0x85: return 0x2026;
    case 0x91: return 0x2018;
    case 0x92: return 0x2019;
    case 0x93: return 0x201C;
    case 0x94: return 0x201D;
    case 0x95: return 0x2022;
    case 0x96: return 0x2013;
    case 0x97: return 0x2014;
    case 0xA0: return 0x00A0;
    default: return 0;
  }
}

bool valid_cp874(std::string_view s) {
  for (unsigned char b : s)
    if (b != 0 && cp874(b) == 0) return false;
  return true;
}

std::string from_cp874(std::string_view s) {
  std::string out;
  for (unsigned char b : s) {
    char32_t c = cp874(b);
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) out += static_cast<char>(0xC0 | (c >> 6)), out += static_cast<char>(0x80 | (c & 0x3F));
    else
      out += static_cast<char>(0xE0 | (c >> 12)), out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
          out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// The delimiter the first line uses most, outside quotes; a comma when it uses none.
char delimiter(std::string_view s) {
  std::array<std::size_t, 3> count{};
  constexpr std::array<char, 3> which{',', ';', '\t'};
  bool quoted = false;
  for (char ch : s) {
    if (ch == '"') quoted = !quoted;
    else if (!quoted && (ch == '\n' || ch == '\r')) break;
    else if (!quoted)
      for (std::size_t k = 0; k < 3; ++k) count[k] += ch == which[k];
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < 3; ++k)
    if (count[k] > count[best]) best = k;
  return which[best];
}

std::string stem(const std::string& name) {
  auto slash = name.find_last_of("/\\");
  std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  auto dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  return base.empty() ? "Sheet1" : base;
}

}  // namespace

Workbook read_csv(std::string_view bytes, const std::string& name, const Limits& limits) {
  if (bytes.size() > limits.max_file)
    fail(fmt::format("the CSV file is larger than {} MiB: import only the rows the plan needs, from a smaller file",
                     limits.max_file >> 20),
         fmt::format("ไฟล์ CSV มีขนาดเกิน {} MiB โปรดนำเข้าเฉพาะแถวที่ใช้ในแผนจากไฟล์ที่เล็กลง", limits.max_file >> 20));
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  Workbook book{name, {}};
  Sheet& sheet = book.sheets.emplace_back();
  sheet.name = stem(name);
  // Thai Excel saves CSV in Windows-874: a file that is not UTF-8 but is
  // Windows-874 throughout is converted whole, silently. The delimiters and
  // quotes are ASCII in both, so the fields are found the same either way.
  bool thai_codepage = !valid_utf8(bytes) && valid_cp874(bytes);
  const char delim = delimiter(bytes);

  std::uint32_t row = 0, col = 0, rows = 0;
  std::int64_t counted = -1;
  std::string field;
  std::size_t chars = 0;  // in `field`, counted as they come
  auto here = [&] { return cell_ref(sheet.name, row, col); };
  auto end_field = [&] {
    if (!field.empty()) {
      std::string text = thai_codepage ? from_cp874(field) : std::move(field);
      if (!thai_codepage && !valid_utf8(text))
        fail(fmt::format("the cell {} is not valid UTF-8 text (nor Thai Windows-874): save the file again as "
                         "\"CSV UTF-8\"",
                         here()),
             fmt::format("เซลล์ {} มีอักขระที่อ่านไม่ได้ (ไม่ใช่ UTF-8 หรือ Windows-874) โปรดบันทึกไฟล์ใหม่เป็น \"CSV UTF-8\"",
                         here()),
             here());
      if (static_cast<std::int64_t>(row) != counted) {
        counted = row;
        if (++rows > limits.max_rows)
          fail(fmt::format("the CSV file has more than {} rows with data (the first past the limit is {}): import "
                           "only the rows the plan needs, from a smaller file",
                           limits.max_rows, here()),
               fmt::format("ไฟล์ CSV มีข้อมูลเกิน {} แถว (แถวแรกที่เกินคือ {}) โปรดนำเข้าเฉพาะแถวที่ใช้ในแผนจากไฟล์ที่เล็กลง",
                           limits.max_rows, here()),
               here());
      }
      sheet.cells.push_back({row, col, Cell::Kind::Text, std::move(text)});
    }
    field.clear();
    chars = 0;
  };
  auto next_col = [&] {
    end_field();
    if (++col >= limits.max_cols)
      fail(fmt::format("the row {} of the CSV file has more than {} columns: the file is not a table planc can "
                       "read; check it was saved as CSV",
                       std::uint64_t{row} + 1, limits.max_cols),
           fmt::format("แถวที่ {} ของไฟล์ CSV มีเกิน {} คอลัมน์ โปรดตรวจสอบว่าบันทึกไฟล์เป็น CSV ถูกต้อง",
                       std::uint64_t{row} + 1, limits.max_cols),
           cell_ref(sheet.name, row, limits.max_cols - 1));
  };
  auto next_row = [&] {
    end_field();
    col = 0;
    if (++row >= 1048576)
      fail("the CSV file has more than 1,048,576 lines, more than a sheet holds: import only the rows the plan needs",
           "ไฟล์ CSV มีเกิน 1,048,576 บรรทัด เกินกว่าที่แผ่นงานหนึ่งรับได้ โปรดนำเข้าเฉพาะแถวที่ใช้ในแผน",
           sheet.name);
  };
  auto grow = [&](char ch) {
    field += ch;
    // A Windows-874 byte is a character; in UTF-8 only the bytes that start one count.
    chars += thai_codepage || (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    if (chars > limits.max_cell)
      throw cell_too_long(here(), limits.max_cell);
  };

  for (std::size_t i = 0; i < bytes.size(); ++i) {
    char ch = bytes[i];
    if (ch == '"' && field.empty()) {
      // A quoted field: up to the lone closing quote; "" is a quote.
      const std::uint32_t open_row = row, open_col = col;
      for (++i;; ++i) {
        if (i >= bytes.size()) {
          std::string at = cell_ref(sheet.name, open_row, open_col);
          fail(fmt::format("the cell {} opens a quote (\") that is never closed: the file was cut short or the "
                           "quote belongs inside the text, where it must be doubled (\"\")",
                           at),
               fmt::format("เซลล์ {} มีเครื่องหมายคำพูด (\") เปิดแต่ไม่มีปิด ไฟล์อาจไม่สมบูรณ์ หรือถ้าเป็นส่วนหนึ่งของข้อความ "
                           "ต้องเขียนซ้อนเป็น (\"\")",
                           at),
               at);
        }
        if (bytes[i] == '"') {
          if (i + 1 < bytes.size() && bytes[i + 1] == '"') grow('"'), ++i;
          else break;
        } else {
          grow(bytes[i]);
        }
      }
    } else if (ch == delim) {
      next_col();
    } else if (ch == '\r') {
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      next_row();
    } else if (ch == '\n') {
      next_row();
    } else {
      grow(ch);
    }
  }
  end_field();
  return book;
}

}  // namespace planc::imports
