// Part 2 and the projects as an Excel workbook (`render --format xlsx`): the
// workbook a unit keeps, and one planc reads back, so its layout is plain and
// fixed (docs/report.md, "Excel workbook and CSV for Excel"):
//
//   sheet 1, the rows: one header row, then a row per indicator and
//     sub-indicator, each strategy's total after its rows, the overall row
//     last; columns kind, strategy, id, indicator, unit, target, result,
//     weight, percent of target, score, weighted score, status, offices, note;
//   sheet 2, the projects: strategy, indicator id, project, budget,
//     disbursed, remaining, disbursement rate, status, note;
//   sheet 3, the report: key, label, value (title, plan, round, overall ...);
//   sheet 4, the scales rows are scored on: name, title, the declaration as
//     the plan language writes it (planc import declares the plan's own again).
//
// Figures are numeric cells holding the values the report prints (the model's
// texts read as numbers, with the report's decimal places as their number
// format), not formulas: a formula would compute from rounded cells what the
// report computed exactly, and could differ in the last place. Ids are text.
//
// libxlsxwriter (1.1.4) writes only to a file: the workbook is made in a
// temporary file, read back into the sink whole, and the file removed.
#include <unistd.h>
#include <xlsxwriter.h>

#include <type_traits>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>

#include <fmt/format.h>

#include "emit/report.hpp"
#include "emit/spreadsheet.hpp"
#include "emit/strategies.hpp"
#include "emit/loaded.hpp"

// libxlsxwriter, loaded when the first workbook is made (emit/loaded.hpp).
#define PLANC_XLSX_FUNCTIONS(X) X(format_set_align) X(format_set_bg_color) X(format_set_bold) X(format_set_bottom) X(format_set_font_name) X(format_set_font_size) X(format_set_num_format) X(format_set_text_wrap) X(lxw_strerror) X(lxw_workbook_free) X(workbook_add_format) X(workbook_add_worksheet) X(workbook_close) X(workbook_new_opt) X(workbook_set_custom_property_string) X(workbook_set_properties) X(worksheet_autofilter) X(worksheet_fit_to_pages) X(worksheet_freeze_panes) X(worksheet_print_area) X(worksheet_repeat_rows) X(worksheet_set_column) X(worksheet_set_landscape) X(worksheet_set_paper) X(worksheet_set_row) X(worksheet_write_number) X(worksheet_write_string)
namespace planc::emit {
PLANC_LOADED_TABLE(XlsxApi, xlsxapi, PLANC_XLSX_FUNCTIONS, "libxlsxwriter.so.4", "libxlsxwriter.so", "libxlsxwriter4")
}  // namespace planc::emit
#include "num/rational.hpp"
#include "support/utf8.hpp"

namespace planc::emit {
namespace {

// The creation date written into the workbook (Excel shows it; a zip of the
// same plan must be the same bytes): SOURCE_DATE_EPOCH when set, else this.
constexpr std::time_t kFixedEpoch = 946684800;  // 2000-01-01T00:00:00Z

// The sheets and their columns.
enum SheetId : std::uint8_t { kRows, kProjects, kAbout, kScales, kSheets };
enum RowCol : std::uint8_t {
  cKind, cStrategy, cId, cIndicator, cUnit, cTarget, cResult, cWeight, cPercent, cScore, cWeighted, cStatus,
  cOffices, cNote, cScale, cValue, cTargetPlan, cBasis, cSum, cCount, kRowCols
};
enum ProjectCol : std::uint8_t {
  pStrategy, pId, pProject, pBudget, pDisbursed, pRemaining, pRate, pStatus, pNote, kProjectCols
};
constexpr std::size_t kMaxCols = kRowCols;
// The widest each column is made (in characters: longer texts wrap), and a
// header's widest before it wraps.
using Widths = std::array<std::uint16_t, kMaxCols>;
constexpr std::array<Widths, kSheets> kWidest = {{
    {18, 10, 10, 60, 14, 28, 16, 10, 12, 10, 12, 12, 40, 40, 16, 16, 20, 10, 12, 10},  // the rows
    {10, 10, 50, 16, 16, 16, 12, 20, 40},                          // the projects
    {24, 34, 70},                                                  // the report
    {16, 40, 90},                                                  // the scales
}};
constexpr std::uint16_t kHeaderWidest = 14;

// Excel's limits: a cell holds 32,767 characters (UTF-16 units), a sheet
// 1,048,576 rows.
constexpr std::size_t kCellMax = 32767;

// A text cut to what a cell holds, with "…" when it was longer.
std::string fit_cell(const std::string& s) {
  if (s.size() <= kCellMax) return s;  // bytes >= UTF-16 units
  std::size_t units = 0, i = 0;
  while (i < s.size()) {
    std::size_t at = i;
    char32_t c = utf8::decode(s, i);
    units += c >= 0x10000 ? 2 : 1;
    if (units > kCellMax - 1) return s.substr(0, at) + "…";
  }
  return s;
}

// One cell of a laid-out strategy.
struct Cell {
  enum Type : std::uint8_t { Text, Number } type = Text;
  SheetId sheet = kRows;
  std::uint8_t col = 0;
  bool new_row = false;  // the first cell of a row
  bool wrap = false;
  std::uint8_t places = 0;
  bool grouped = false;
  std::uint16_t width = 0;  // columns it takes on screen (its longest line)
  std::uint16_t lines = 1;  // lines it takes, wrapped in its column at its widest
  double value = 0;
  std::uint32_t at = 0, size = 0;  // a text: its bytes in Piece::text
};

// A strategy laid out on a worker thread (its cells, their texts back to
// back): the workbook is written on the emitter's thread only.
struct Piece {
  std::string text;
  std::vector<Cell> cells;
};

// The columns a text takes on screen (its longest line), and the lines it
// takes wrapped at `wrap_at` columns.
struct Extent {
  std::uint16_t width = 0, lines = 0;
};
Extent extent(std::string_view s, int wrap_at) {
  int widest = 0, lines = 0;
  std::size_t from = 0;
  while (from <= s.size()) {
    std::size_t nl = s.find('\n', from);
    std::string_view line = s.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from);
    int w = utf8::display_width(line);
    widest = std::max(widest, w);
    lines += std::max(1, (w + wrap_at - 1) / wrap_at);
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  return {static_cast<std::uint16_t>(std::min(widest, 1000)), static_cast<std::uint16_t>(std::min(lines, 1000))};
}

class Layout {
 public:
  // The next cell begins a row of sheet `s`.
  void begin(SheetId s) {
    sheet_ = s;
    fresh_ = true;
  }
  void text(std::uint8_t col, const std::string& s, bool wrap = false) {
    if (s.empty()) return;
    std::string t = fit_cell(s);
    Cell& c = add(col);
    c.wrap = wrap;
    c.at = static_cast<std::uint32_t>(p_.text.size());
    c.size = static_cast<std::uint32_t>(t.size());
    Extent e = extent(t, kWidest[sheet_][col] * 9 / 10);  // a little early: fonts differ
    c.width = e.width;
    c.lines = wrap ? e.lines : 1;
    p_.text += t;
  }
  // A figure of the model: a number when it is one ("-", no score: nothing).
  void figure(std::uint8_t col, const std::string& s) {
    if (auto n = sheet::number(s)) number(col, *n);
  }
  // A figure shown as printed ("0.33") whose cell holds its exact value (1/3 as
  // a double): a sum of the cells, and planc import, find what the plan has.
  void exact(std::uint8_t col, const std::string& s, const std::string& fraction) {
    auto n = sheet::number(s);
    if (!n) return;
    auto slash = fraction.find('/');
    if (slash != std::string::npos) {
      double num = std::strtod(fraction.substr(0, slash).c_str(), nullptr);
      double den = std::strtod(fraction.substr(slash + 1).c_str(), nullptr);
      if (den != 0) n->value = num / den;
    }
    number(col, *n);
  }
  // A result: a number when it is one number, else its text ("NA", "๕๐, ๓๕").
  void value(std::uint8_t col, const std::string& s) {
    if (auto n = sheet::number(s))
      number(col, *n);
    else
      text(col, s);
  }
  Piece take() { return std::move(p_); }

 private:
  Cell& add(std::uint8_t col) {
    Cell& c = p_.cells.emplace_back();
    c.sheet = sheet_;
    c.col = col;
    c.new_row = fresh_;  // every row has its first cell (its kind, or its key) written
    fresh_ = false;
    return c;
  }
  void number(std::uint8_t col, const sheet::Number& n) {
    Cell& c = add(col);
    c.type = Cell::Number;
    c.value = n.value;
    c.places = static_cast<std::uint8_t>(std::min(n.places, 30));
    c.grouped = n.grouped;
    c.width = static_cast<std::uint16_t>(n.text.size() + (n.grouped ? n.text.size() / 3 : 0));
  }

  Piece p_;
  SheetId sheet_ = kRows;
  bool fresh_ = false;
};

const char* kind_word(const report::Row& r) { return r.sub ? "sub-indicator" : "indicator"; }

// The disbursement rate of a project, disbursed ÷ budget × 100 to two
// decimals (half-up), from the amounts as the report prints them; "" without
// a budget above zero or a disbursed amount.
std::string rate(const report::Project& p) {
  auto budget = sheet::number(p.budget), disbursed = sheet::number(p.disbursed);
  if (!budget || !disbursed) return "";
  auto b = Rational::parse_decimal(budget->text), d = Rational::parse_decimal(disbursed->text);
  if (!b || !d || b->sign() <= 0) return "";
  try {
    return (*d / *b * Rational(100)).to_fixed(2);
  } catch (const std::exception&) {  // a pathological amount: no rate rather than no workbook
    return "";
  }
}

// A row of totals (a strategy's, its contribution, a group's): its figures.
struct Totals {
  std::string weight, percent, score, weighted;
};
void total_row(Layout& l, const char* kind, const std::string& strategy, const std::string& id, const std::string& title,
               const Totals& t) {
  l.begin(kRows);
  l.text(cKind, kind);
  l.text(cStrategy, strategy);
  l.text(cId, id);
  l.text(cIndicator, title, true);
  l.figure(cWeight, t.weight);
  l.figure(cPercent, t.percent);
  l.figure(cScore, t.score);
  l.figure(cWeighted, t.weighted);
}

Piece lay_out(const report::Strategy& s) {
  Layout l;
  for (const report::Row& r : s.rows) {
    l.begin(kRows);
    l.text(cKind, kind_word(r));
    l.text(cStrategy, s.id);
    l.text(cId, r.id);
    l.text(cIndicator, r.title, true);
    l.text(cUnit, r.unit);
    l.text(cTarget, r.target, true);
    l.value(cResult, r.result_is_score ? r.values : r.result);  // a given score as the number, for planc import
    // A row that does not count this round keeps the weight the plan gives it (its status says it does not count).
    if (r.weight.empty()) l.exact(cWeight, r.idle_weight, r.idle_weight_exact);
    else l.exact(cWeight, r.weight, r.weight_exact);
    l.figure(cPercent, sheet::percent_of_target(r));
    l.figure(cScore, r.score);
    l.figure(cWeighted, r.weighted);
    l.text(cStatus, r.status);
    std::string offices;
    for (auto& o : r.offices) offices += (offices.empty() ? "" : "\n") + o;
    l.text(cOffices, offices, true);
    l.text(cNote, r.na_reason, true);
    l.text(cScale, r.scale);
    l.value(cValue, r.values);
    l.text(cTargetPlan, r.target_plan);
    l.text(cBasis, r.basis);
    l.figure(cSum, r.published_sum);
    l.figure(cCount, r.published_count);
    for (const report::Project& p : r.projects) {
      l.begin(kProjects);
      l.text(pStrategy, s.id);
      l.text(pId, r.id);
      l.text(pProject, p.title, true);
      l.figure(pBudget, p.budget);
      l.figure(pDisbursed, p.disbursed);
      l.figure(pRemaining, p.remaining);
      l.figure(pRate, rate(p));
      l.text(pStatus, p.status);
      l.text(pNote, p.note, true);
    }
  }
  total_row(l, "strategy total", s.id, s.id, s.title, {s.weight_sum, s.percent, s.score, s.weighted_sum});
  l.text(cNote, s.quality, true);  // its quality level (`quality NAME`), in the total's note
  // Strategies that weigh: the strategy's own weight, its score and its contribution (W × score).
  if (!s.weighted.empty())
    total_row(l, "strategy contribution", s.id, s.id, s.title, {s.weight, "", s.score, s.weighted});
  return l.take();
}

// The workbook being written, freed (and not written) unless closed.
class Book {
 public:
  Book(const std::string& path, const char* tmpdir, bool thai) : thai_(thai) {
    lxw_workbook_options o{};
    o.constant_memory = LXW_TRUE;  // a row at a time to a temporary file: a large plan is never whole in memory
    o.tmpdir = const_cast<char*>(tmpdir);
    wb_ = xlsxapi().workbook_new_opt(path.c_str(), &o);
    if (!wb_) throw EmitError("cannot make the Excel workbook (libxlsxwriter could not start one)");
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;
  ~Book() {
    if (wb_) xlsxapi().lxw_workbook_free(wb_);
  }
  lxw_workbook* get() { return wb_; }

  static void check(lxw_error e, std::string_view what) {
    if (e == LXW_NO_ERROR) return;
    if (e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
      throw EmitError(fmt::format("cannot write the Excel workbook: {}: more rows than a sheet holds (1,048,576)", what));
    throw EmitError(fmt::format("cannot write the Excel workbook: {}: {}", what, xlsxapi().lxw_strerror(e)));
  }

  lxw_worksheet* sheet(const char* name) {
    lxw_worksheet* ws = xlsxapi().workbook_add_worksheet(wb_, name);
    if (!ws) throw EmitError(fmt::format("cannot write the Excel workbook: cannot add the sheet `{}`", name));
    return ws;
  }

  // A cell format: text (wrapped or not), a header, or a number with `places`
  // decimals (and thousands separators when `grouped`).
  enum class Kind { Text, Header, Number };
  lxw_format* format(Kind kind, bool wrap = false, int places = 0, bool grouped = false) {
    std::string key = fmt::format("{}/{}/{}/{}", static_cast<int>(kind), wrap, places, grouped);
    auto it = formats_.find(key);
    if (it != formats_.end()) return it->second;
    lxw_format* f = xlsxapi().workbook_add_format(wb_);
    if (!f) throw EmitError("cannot write the Excel workbook: out of memory");
    if (thai_) {
      xlsxapi().format_set_font_name(f, "TH Sarabun New");  // the official Thai font; Excel substitutes one it has
      xlsxapi().format_set_font_size(f, 14);
    }
    xlsxapi().format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (wrap || kind == Kind::Header) xlsxapi().format_set_text_wrap(f);
    if (kind == Kind::Header) {
      xlsxapi().format_set_bold(f);
      xlsxapi().format_set_bottom(f, LXW_BORDER_THIN);
      xlsxapi().format_set_bg_color(f, 0xE7ECF3);
    }
    if (kind == Kind::Number) {
      std::string nf = grouped ? "#,##0" : "0";
      if (places > 0) nf += "." + std::string(static_cast<std::size_t>(places), '0');
      xlsxapi().format_set_num_format(f, nf.c_str());
    }
    formats_.emplace(key, f);
    return f;
  }

  // Writes and frees the workbook.
  void close() {
    lxw_workbook* wb = wb_;
    wb_ = nullptr;
    check(xlsxapi().workbook_close(wb), "closing it");
  }

 private:
  lxw_workbook* wb_ = nullptr;
  bool thai_;
  std::map<std::string, lxw_format*> formats_;
};

// A sheet being filled a row at a time, and the widest cell of each column.
struct Sheet {
  lxw_worksheet* ws = nullptr;
  lxw_row_t row = 0;  // the last row written (0: the header)
  std::size_t cols = 0;
  Widths width{};
};

bool has_thai(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::decode(s, i);
    if (c >= 0x0E00 && c <= 0x0E7F) return true;
  }
  return false;
}

std::time_t created() {
  const char* sde = std::getenv("SOURCE_DATE_EPOCH");
  if (!sde || !*sde || std::strspn(sde, "0123456789") != std::strlen(sde) || std::strlen(sde) > 12) return kFixedEpoch;
  auto t = static_cast<std::time_t>(std::strtoll(sde, nullptr, 10));
  return t ? t : 1;  // libxlsxwriter takes 0 for "now"
}

std::string cut(const std::string& s, std::size_t max_cp) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == max_cp) return s.substr(0, i) + "…";
  return s;
}

// A temporary file's name, the file removed when it goes.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
};

void write_workbook(const report::Model& m, const std::string& path, const char* tmpdir) {
  bool th = m.lang != "en";
  bool thai_text = th || has_thai(m.title) || has_thai(m.plan_title) || has_thai(m.agency);
  const sheet::Headers& h = sheet::headers(m.lang);
  const report::Labels& L = report::labels(m.lang);
  Book book(path, tmpdir, thai_text);

  // The document's properties: its title and who made it, and a fixed date.
  std::string title = cut(m.title, 255), subject = cut(m.plan_title, 255), company = cut(m.agency, 255),
              author = cut(m.by.empty() ? m.agency : m.by, 255), comments = m.handed_in ? L.made : L.generated;
  lxw_doc_properties props{};
  props.title = title.data();
  props.subject = subject.data();
  props.author = author.data();
  props.company = company.data();
  props.comments = comments.data();
  props.created = created();
  Book::check(xlsxapi().workbook_set_properties(book.get(), &props), "its properties");
  Book::check(xlsxapi().workbook_set_custom_property_string(book.get(), "planc workbook", "1"), "its properties");

  std::array<Sheet, kSheets> sheets;
  sheets[kRows].ws = book.sheet(th ? "ตัวชี้วัด" : "Indicators");
  sheets[kProjects].ws = book.sheet(th ? "โครงการ" : "Projects");
  sheets[kAbout].ws = book.sheet(th ? "ข้อมูลรายงาน" : "Report");
  sheets[kScales].ws = book.sheet(th ? "เกณฑ์การให้คะแนน" : "Scales");

  double line_height = thai_text ? 21 : 15;  // points: a line of TH Sarabun New 14, of Calibri 11
  auto header = [&](Sheet& s, std::initializer_list<const char*> names) {
    lxw_col_t c = 0;
    std::uint16_t lines = 1;
    for (const char* n : names) {
      Extent e = extent(n, kHeaderWidest);
      lines = std::max(lines, e.lines);
      s.width[c] = std::min(e.width, kHeaderWidest);  // headers wrap
      ++c;
    }
    if (lines > 1) Book::check(xlsxapi().worksheet_set_row(s.ws, 0, lines * line_height, nullptr), "the header row");
    c = 0;
    for (const char* n : names)
      Book::check(xlsxapi().worksheet_write_string(s.ws, 0, c++, n, book.format(Book::Kind::Header)), "a header");
    s.cols = names.size();
    xlsxapi().worksheet_freeze_panes(s.ws, 1, 0);
  };
  header(sheets[kRows], {h.kind, h.strategy, h.id, h.indicator, h.unit, h.target, h.result, h.weight, h.percent,
                         h.score, h.weighted, h.status, h.offices, h.note, th ? "เกณฑ์การให้คะแนน" : "Scale",
                         th ? "ค่าของผล (ตัวเลข)" : "Result value",
                         th ? "ค่าเป้าหมายตามที่แผนเขียน" : "Target as planned", th ? "ฐานการให้คะแนน" : "Basis",
                         th ? "ผลรวมที่เผยแพร่" : "Published sum", th ? "จำนวนที่เผยแพร่" : "Published count"});
  header(sheets[kProjects],
         {h.strategy, h.id, h.project, h.budget, h.disbursed, h.remaining, h.rate, h.status, h.note});
  header(sheets[kAbout], {"key", th ? "รายการ" : "Item", th ? "ค่า" : "Value"});
  header(sheets[kScales], {"scale", th ? "ชื่อเกณฑ์" : "Title", th ? "นิยามในภาษาของแผน" : "As the plan declares it"});

  auto put = [&](const Piece& p) {
    for (std::size_t i = 0; i < p.cells.size(); ++i) {
      const Cell& c = p.cells[i];
      Sheet& s = sheets[c.sheet];
      if (c.new_row) {
        if (s.row + 1 >= LXW_ROW_MAX)
          throw EmitError("cannot write the Excel workbook: the plan has more rows than a sheet holds (1,048,576)");
        ++s.row;
        // A row of wrapped texts as tall as its longest (neither Excel nor
        // LibreOffice sizes a row to its texts when it opens a file).
        std::uint16_t lines = c.lines;
        for (std::size_t j = i + 1; j < p.cells.size() && !p.cells[j].new_row; ++j)
          lines = std::max(lines, p.cells[j].lines);
        if (lines > 1)
          Book::check(xlsxapi().worksheet_set_row(s.ws, s.row, std::min(409.0, lines * line_height), nullptr), "a row's height");
      }
      if (c.type == Cell::Number) {
        Book::check(xlsxapi().worksheet_write_number(s.ws, s.row, c.col, c.value,
                                           book.format(Book::Kind::Number, false, c.places, c.grouped)),
                    "a figure");
      } else {
        std::string text = p.text.substr(c.at, c.size);
        Book::check(xlsxapi().worksheet_write_string(s.ws, s.row, c.col, text.c_str(), book.format(Book::Kind::Text, c.wrap)),
                    "a text");
      }
      s.width[c.col] = std::max(s.width[c.col], c.width);
    }
  };
  each_strategy<Piece>(m, report::Model::Content::All, lay_out, put);

  // The groups above strategies: each one's strategies (their ids), weight,
  // score and contribution, after the strategies and before the overall row.
  Layout groups;
  for (const report::Group& g : m.groups) {
    std::string ids;
    for (const std::string& s : g.strategies) ids += (ids.empty() ? "" : ", ") + utf8::to_arabic_digits(s);
    total_row(groups, "group", ids, g.id, g.title, {g.weight, "", g.score, g.weighted});
  }
  put(groups.take());

  // The overall row.
  Layout overall;
  overall.begin(kRows);
  overall.text(cKind, "overall");
  overall.text(cIndicator, m.overall_label.empty() ? L.overall_score : m.overall_label.c_str(), true);
  overall.figure(cPercent, m.percent);
  overall.figure(cScore, m.score);
  // The round's adjustments after it: what is deducted from or added to a
  // row's score or the overall score, by how much, and why.
  for (const report::Model::Adjustment& a : m.adjustments) {
    overall.begin(kRows);
    overall.text(cKind, a.kind);
    overall.text(cId, a.target);
    overall.figure(cScore, a.amount);
    overall.text(cNote, a.reason, true);
  }
  put(overall.take());

  // The report: what the workbook is of, a key a row.
  Layout about;
  auto item = [&](const char* key, const char* label, const std::string& value, bool figure = false) {
    about.begin(kAbout);
    about.text(0, key);
    about.text(1, label);
    if (figure)
      about.figure(2, value);
    else
      about.text(2, value, true);
  };
  item("title", th ? "ชื่อรายงาน" : "Title", m.title);
  item("plan", th ? "แผน" : "Plan", m.plan_title);
  item("agency", th ? "หน่วยงาน" : "Agency", m.agency);
  item("by", th ? "หน่วยงานที่จัดทำ" : "Planning unit", m.by);
  item("round", th ? "รอบการรายงาน" : "Round", m.round);
  item("year", m.year_label.empty() ? (th ? "ปีงบประมาณ" : "Fiscal year") : m.year_label.c_str(), m.fiscal_year, true);
  item("months", th ? "จำนวนเดือนของรอบ" : "Months of the round", m.months, true);
  item("years", th ? "ปีของแผน" : "Years of the plan", m.years);
  item("tolerance", th ? "ค่าคลาดเคลื่อนของผลรวมน้ำหนักที่ยอมรับ" : "Accepted error of a sum of weights", m.tolerance, true);
  item("date", th ? "วันที่" : "Date", m.date);
  item("lang", th ? "ภาษา" : "Language", m.lang);
  item("digits", th ? "ตัวเลข" : "Digits", m.thai_digits ? "thai" : "arabic");
  item("score", m.overall_label.empty() ? L.overall_score : m.overall_label.c_str(), m.score, true);
  item("percent", th ? "คะแนนภาพรวมคิดเป็นร้อยละ" : "Overall percent", m.percent, true);
  if (!m.handed_in) {  // (not in the copy handed in)
    item("published score", th ? "คะแนนภาพรวมตามที่รายงานเผยแพร่" : "Overall score as published", m.published_score, true);
    item("published percent", th ? "ร้อยละภาพรวมตามที่รายงานเผยแพร่" : "Overall percent as published",
         m.published_percent, true);
  }
  if (m.show_quality) {  // the overall score's quality level (`quality NAME`), and the one published
    item("quality", m.quality_label.c_str(), m.quality);
    if (!m.handed_in)
      item("published quality", th ? "ผลการประเมินตามที่รายงานเผยแพร่" : "Quality level as published", m.published_quality);
    item("quality scale", th ? "เกณฑ์ระดับคุณภาพ" : "Quality scale", m.quality_title);
    item("quality name", th ? "ชื่อเกณฑ์ระดับคุณภาพของแผน" : "The plan's quality scale", m.quality_name);
  }
  item("indicators scored", m.scored_label.c_str(), m.scored_text, true);  // in the plan's word for an indicator
  item("indicators na", m.na_label.c_str(), m.na_text, true);
  item("indicators unweighted", m.unweighted_label.c_str(), m.unweighted_text, true);
  item("rounding", L.scoring, m.rounding);
  item("rounding rule", th ? "การปัดเศษตามที่แผนเขียน" : "Rounding as the plan writes it", m.rounding_rule);
  item("scale", L.scoring, m.scale_title);
  item("scale name", th ? "ชื่อเกณฑ์ของแผน" : "The plan's scale", m.scale_name);
  item("overall rule", th ? "วิธีรวมคะแนนภาพรวม" : "How the overall score is made", m.overall_rule);
  // The rest of the plan's method and the round's body, where the plan says them.
  auto said = [&](const char* key, const char* label, const std::string& value) {
    if (!value.empty()) item(key, label, value);
  };
  said("weights", th ? "การเขียนน้ำหนัก" : "How weights are written", m.weights_rule);
  said("columns", th ? "คอลัมน์ของตารางคะแนน" : "The score table's columns", m.columns_rule);
  said("strategy word", th ? "คำเรียกระดับยุทธศาสตร์" : "The plan's word for a strategy", m.strategy_level_word);
  said("indicator word", th ? "คำเรียกระดับตัวชี้วัด" : "The plan's word for an indicator", m.indicator_level_word);
  said("calendar", th ? "ปฏิทิน" : "Calendar", m.academic ? "academic" : "");
  said("numbering", th ? "การลำดับเลข" : "Numbering", m.numbering_standard ? "standard" : "");
  said("body", th ? "หน่วยงานที่รับการประเมิน" : "Body assessed", m.body);
  said("assessment", th ? "ผู้ประเมิน" : "Assessment", m.assessment);
  std::string weights;
  for (const auto& s : m.strategies)
    if (!s.weight.empty()) weights += (weights.empty() ? "" : "; ") + s.id + " = " + s.weight;
  item("strategy weights", th ? "น้ำหนักของยุทธศาสตร์" : "Strategies' weights", weights);
  item("generated", th ? "จัดทำโดย" : "Made by", m.handed_in ? L.made : L.generated);
  put(about.take());

  // The scales the rows are scored on, as the plan declares them: the
  // criteria a reader checks a score against, and what planc import declares again.
  Layout scales;
  for (const auto& d : m.scales) {
    scales.begin(kScales);
    scales.text(0, d.name);
    scales.text(1, d.title, true);
    scales.text(2, d.declaration, true);
  }
  put(scales.take());

  // Widths for what the columns hold (long texts wrap), a filter on the
  // header, printing on A4 landscape a page wide with the header on every page.
  auto finish = [&](Sheet& s, const Widths& widest) {
    for (std::size_t c = 0; c < s.cols; ++c) {
      double w = std::clamp<int>(std::min(s.width[c], widest[c]) + 2, 6, 72);
      Book::check(xlsxapi().worksheet_set_column(s.ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w,
                                       book.format(Book::Kind::Text)),
                  "a column's width");
    }
    Book::check(xlsxapi().worksheet_autofilter(s.ws, 0, 0, s.row, static_cast<lxw_col_t>(s.cols - 1)), "the filter");
    xlsxapi().worksheet_set_landscape(s.ws);
    xlsxapi().worksheet_set_paper(s.ws, 9);  // A4
    xlsxapi().worksheet_fit_to_pages(s.ws, 1, 0);
    Book::check(xlsxapi().worksheet_repeat_rows(s.ws, 0, 0), "the printed header");
  };
  for (std::size_t k = 0; k < kSheets; ++k) finish(sheets[k], kWidest[k]);
  // The rows print what a reader reads (kind to note); the columns after it
  // (scale, values, target as planned, basis, sum, count) are for planc import.
  Book::check(xlsxapi().worksheet_print_area(sheets[kRows].ws, 0, 0, sheets[kRows].row, cNote), "the print area");
  book.close();
}

}  // namespace

void xlsx(const report::Model& m, Sink& out) {
  const char* env = std::getenv("TMPDIR");
  std::string dir = env && *env ? env : "/tmp";
  TempFile tmp;
  std::string name = dir + "/planc-xlsx-XXXXXX";
  int fd = mkstemp(name.data());
  if (fd < 0)
    throw EmitError(fmt::format("cannot make the Excel workbook: no temporary file in {}: {}", dir, std::strerror(errno)));
  tmp.path = name;
  ::close(fd);
  write_workbook(m, tmp.path, dir.c_str());
  // The whole file, then into the sink: a read that fails writes nothing.
  std::FILE* f = std::fopen(tmp.path.c_str(), "rb");
  if (!f) throw EmitError(fmt::format("cannot read the Excel workbook back from {}: {}", tmp.path, std::strerror(errno)));
  std::string bytes;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed || bytes.empty()) throw EmitError(fmt::format("cannot read the Excel workbook back from {}", tmp.path));
  out += bytes;
}

}  // namespace planc::emit
