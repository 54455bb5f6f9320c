// libFuzzer target: the workbook readers (src/import/). The first byte of the
// input chooses what the rest is: 0 a whole file for read_xlsx, 1 a CSV file
// for read_csv, and — to get past the zip layer, where random bytes seldom
// pass — 2 a worksheet, 3 a shared string table, 4 a style sheet, placed into
// a minimal valid workbook built in memory (stored entries, no compression).
// Every input must read or be a ReadError; nothing may crash, hang or grow
// without bound (small limits keep each run short). Built with
// -DPLANC_FUZZ=ON and clang; run by tests/fuzz/run.sh with the seeds in
// tests/fuzz/import-seeds/.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "import/workbook.hpp"

namespace {

std::uint32_t crc32(std::string_view s) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : s) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void le(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

// A zip of stored entries, as the format's specification lays one out.
std::string zip(const std::vector<std::pair<std::string, std::string_view>>& entries) {
  std::string out, central;
  for (auto& [name, data] : entries) {
    std::uint32_t crc = crc32(data);
    std::size_t offset = out.size();
    le(out, 0x04034b50, 4), le(out, 20, 2), le(out, 0, 2), le(out, 0, 2), le(out, 0, 4);
    le(out, crc, 4), le(out, data.size(), 4), le(out, data.size(), 4), le(out, name.size(), 2), le(out, 0, 2);
    out += name;
    out += data;
    le(central, 0x02014b50, 4), le(central, 20, 2), le(central, 20, 2), le(central, 0, 2), le(central, 0, 2);
    le(central, 0, 4), le(central, crc, 4), le(central, data.size(), 4), le(central, data.size(), 4);
    le(central, name.size(), 2), le(central, 0, 2), le(central, 0, 2), le(central, 0, 2), le(central, 0, 2);
    le(central, 0, 4), le(central, offset, 4);
    central += name;
  }
  std::size_t at = out.size();
  out += central;
  le(out, 0x06054b50, 4), le(out, 0, 2), le(out, 0, 2), le(out, entries.size(), 2), le(out, entries.size(), 2);
  le(out, central.size(), 4), le(out, at, 4), le(out, 0, 2);
  return out;
}

constexpr std::string_view M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string workbook_with(int part, std::string_view fuzzed) {
  std::string rels = std::string("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                 "<Relationship Id=\"rId1\" Type=\"") +
                     std::string(R) + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  std::string wb = "<workbook xmlns=\"" + std::string(M) + "\" xmlns:r=\"" + std::string(R) +
                   "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  std::string wbrels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"" + std::string(R) + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                       "<Relationship Id=\"rId2\" Type=\"" + std::string(R) + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                       "<Relationship Id=\"rId3\" Type=\"" + std::string(R) + "/styles\" Target=\"styles.xml\"/></Relationships>";
  std::string sheet = "<worksheet xmlns=\"" + std::string(M) + "\"><sheetData><row r=\"1\">"
                      "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" s=\"1\"><v>43921.5</v></c>"
                      "<c r=\"D1\" s=\"2\"><v>60</v></c><c r=\"E1\" s=\"3\"><v>1</v></c></row></sheetData></worksheet>";
  std::string shared = "<sst xmlns=\"" + std::string(M) + "\"><si><t>a</t></si><si><r><t>b</t></r></si></sst>";
  std::string styles = "<styleSheet xmlns=\"" + std::string(M) + "\"><numFmts><numFmt numFmtId=\"164\" "
                       "formatCode=\"d/m/yyyy\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                       "<xf numFmtId=\"164\"/><xf numFmtId=\"22\"/></cellXfs></styleSheet>";
  return zip({{"_rels/.rels", rels},
              {"xl/workbook.xml", wb},
              {"xl/_rels/workbook.xml.rels", wbrels},
              {"xl/worksheets/sheet1.xml", part == 2 ? fuzzed : sheet},
              {"xl/sharedStrings.xml", part == 3 ? fuzzed : shared},
              {"xl/styles.xml", part == 4 ? fuzzed : styles}});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  planc::imports::Limits limits;
  limits.max_file = 1 << 20;
  limits.max_uncompressed = 4 << 20;
  limits.max_ratio = 50;
  limits.max_rows = 1000;
  limits.max_cols = 200;
  limits.max_cell = 1000;
  limits.max_sheets = 8;
  try {
    switch (data[0] % 5) {
      case 0: planc::imports::read_xlsx(rest, "fuzz.xlsx", limits); break;
      case 1: planc::imports::read_csv(rest, "fuzz.csv", limits); break;
      default: planc::imports::read_xlsx(workbook_with(data[0] % 5, rest), "fuzz.xlsx", limits); break;
    }
  } catch (const planc::imports::ReadError&) {
  }
  return 0;
}
