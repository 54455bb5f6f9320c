// A1 names of cells, as Excel writes them in its own formulas and messages.
#include <fmt/format.h>

#include "import/workbook.hpp"

namespace planc::imports {

ReadError cell_too_long(const std::string& cell, std::uint32_t max) {
  return ReadError(fmt::format("the cell {} holds more than {} characters, more than Excel allows in a cell: shorten it",
                               cell, max),
                   fmt::format("เซลล์ {} มีข้อความยาวเกิน {} ตัวอักษร ซึ่งเกินกว่าที่ Excel รับได้ โปรดตัดข้อความให้สั้นลง", cell, max),
                   cell);
}

std::string cell_name(std::uint32_t row, std::uint32_t col) {
  std::string letters;
  for (std::uint64_t c = std::uint64_t{col} + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return fmt::format("{}{}", letters, std::uint64_t{row} + 1);
}

namespace {

// Excel leaves a sheet name bare in a reference when it is made of letters,
// digits and underscores and could not be read as a number or a cell ("2019",
// "AB12"). Non-ASCII letters count as letters: Excel writes ตัวชี้วัด!A1 bare
// too, and a Thai reader finds the bare form easier to read; a Thai name with
// a space or punctuation is quoted like any other.
bool bare(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char ch : s)
    if (!(ch >= 0x80 || ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')))
      return false;
  if (s[0] >= '0' && s[0] <= '9') return false;
  std::size_t i = 0;
  while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
  std::size_t letters = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  bool looks_like_cell = letters >= 1 && letters <= 3 && i > letters && i == s.size();
  return !looks_like_cell;
}

}  // namespace

std::string cell_ref(std::string_view sheet, std::uint32_t row, std::uint32_t col) {
  if (bare(sheet)) return fmt::format("{}!{}", sheet, cell_name(row, col));
  std::string quoted = "'";
  for (char ch : sheet) {
    if (ch == '\'') quoted += '\'';
    quoted += ch;
  }
  quoted += '\'';
  return fmt::format("{}!{}", quoted, cell_name(row, col));
}

}  // namespace planc::imports
