#include "import/mapping.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "ast/program.hpp"
#include "driver/loader.hpp"
#include "driver/stdlib.hpp"
#include "import/values.hpp"
#include "num/rational.hpp"
#include "review/format.hpp"
#include "support/utf8.hpp"

namespace planc::imports {

// ---- the workbook as a file of diagnostics

Span BookFile::span(CellRef c) const {
  if (!c.valid() || c.sheet >= first.size()) return {};
  std::uint32_t g = first[c.sheet] + c.index;
  return Span{kPendingBook, g, g + 1};
}

BookFile book_file(const Workbook& wb) {
  BookFile bf;
  std::uint32_t n = 0;
  for (const Sheet& s : wb.sheets) {
    bf.first.push_back(n);
    n += static_cast<std::uint32_t>(s.cells.size());
  }
  return bf;
}

void BookFile::materialize(SourceManager& sm, const Workbook& wb, const std::string& path, bool sheet_names,
                           Diagnostics& diags) const {
  std::vector<std::uint32_t> named;
  for (const Diagnostic& d : diags.all()) {
    if (d.span.file == kPendingBook) named.push_back(d.span.begin);
    for (const Note& n : d.notes)
      if (n.span.file == kPendingBook) named.push_back(n.span.begin);
  }
  if (named.empty()) return;
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  std::string text;
  std::vector<std::string> places;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> where;  // each named cell's line: begin, end
  for (std::uint32_t g : named) {
    std::size_t s = static_cast<std::size_t>(std::upper_bound(first.begin(), first.end(), g) - first.begin()) - 1;
    const Cell& c = wb.sheets[s].cells[g - first[s]];
    // One line a cell: its line breaks shown as spaces, its text made valid UTF-8.
    std::string t = utf8::sanitize(c.text);
    for (char& ch : t)
      if (ch == '\n' || ch == '\r') ch = ' ';
    std::uint32_t b = static_cast<std::uint32_t>(text.size());
    text += t;
    where.emplace_back(b, static_cast<std::uint32_t>(text.size()));
    text += '\n';
    places.push_back(sheet_names ? cell_ref(wb.sheets[s].name, c.row, c.col) : cell_name(c.row, c.col));
  }
  FileId file = sm.add(wb.name, path, std::move(text));
  sm.get(file).places = std::move(places);
  auto point = [&](Span& sp) {
    if (sp.file != kPendingBook) return;
    auto k = static_cast<std::size_t>(std::lower_bound(named.begin(), named.end(), sp.begin) - named.begin());
    sp = Span{file, where[k].first, std::max(where[k].second, where[k].first)};
  };
  for (Diagnostic& d : diags.all_for_notes()) {
    point(d.span);
    for (Note& n : d.notes) point(n.span);
  }
}

From OutFile::from_at(std::uint32_t offset) const {
  // Origins are in the order of their items' starts (a tree walked depth
  // first): the last one starting at or before `offset` that still contains
  // it is the innermost (siblings before it ended before it began).
  auto it = std::upper_bound(origins.begin(), origins.end(), offset,
                             [](std::uint32_t at, const Origin& o) { return at < o.begin; });
  while (it != origins.begin()) {
    --it;
    if (offset < std::max(it->end, it->begin + 1)) return it->from;
  }
  return {};
}

namespace {

// ---- reading a sheet as a grid

struct Grid {
  const Sheet* sheet = nullptr;
  std::uint32_t index = 0;
  std::unordered_map<std::uint64_t, std::uint32_t> at;  // (row, col) → cell index, merged ranges included
  std::uint32_t rows = 0;                               // one past the last row with a cell

  static std::uint64_t key(std::uint32_t r, std::uint32_t c) { return (static_cast<std::uint64_t>(r) << 20) | c; }

  Grid(const Workbook& wb, std::uint32_t s) : sheet(&wb.sheets[s]), index(s) {
    at.reserve(sheet->cells.size());
    for (std::uint32_t i = 0; i < sheet->cells.size(); ++i) {
      const Cell& c = sheet->cells[i];
      at.emplace(key(c.row, c.col), i);
      rows = std::max(rows, c.row + 1);
    }
    // A merged range's value belongs to each of its cells (a strategy's
    // number merged down its rows, a header over two columns), up to a
    // bound on how many cells that makes.
    std::size_t budget = 4u << 20;
    for (const Merge& m : sheet->merges) {
      auto it = at.find(key(m.first_row, m.first_col));
      if (it == at.end()) continue;
      std::uint64_t area = static_cast<std::uint64_t>(m.last_row - m.first_row + 1) * (m.last_col - m.first_col + 1);
      if (m.last_row < m.first_row || m.last_col < m.first_col || area > budget) continue;
      budget -= area;
      for (std::uint32_t r = m.first_row; r <= m.last_row; ++r)
        for (std::uint32_t c = m.first_col; c <= m.last_col; ++c) at.emplace(key(r, c), it->second);
    }
  }
  const Cell* cell(std::uint32_t r, std::uint32_t c, CellRef* ref = nullptr) const {
    auto it = at.find(key(r, c));
    if (it == at.end()) return nullptr;
    if (ref) *ref = CellRef{index, it->second};
    return &sheet->cells[it->second];
  }
  std::string text(std::uint32_t r, std::uint32_t c) const {
    const Cell* x = cell(r, c);
    return x ? tidy(x->text) : std::string();
  }
};

// ---- the header's words

struct Words {
  Field field;
  std::string_view word;
};
// Longer words first where one begins another ("ตัวชี้วัดที่" before "ตัวชี้วัด").
constexpr Words kHeaderWords[] = {
    {Field::Kind, "ประเภทแถว"},          {Field::Kind, "kind"},
    {Field::Strategy, "ประเด็นยุทธศาสตร์ที่"}, {Field::Strategy, "ยุทธศาสตร์ที่"},
    {Field::Strategy, "ประเด็นยุทธศาสตร์"}, {Field::Strategy, "ยุทธศาสตร์"},
    {Field::Strategy, "องค์ประกอบที่"},     {Field::Strategy, "องค์ประกอบ"},
    {Field::Strategy, "strategy"},        {Field::Id, "ตัวชี้วัดที่"},        {Field::Id, "ตัวบ่งชี้ที่"},
    {Field::Id, "ลำดับที่"},               {Field::Id, "ลำดับ"},
    {Field::Id, "รหัส"},                  {Field::Id, "ที่"},
    {Field::Id, "id"},                    {Field::Id, "no."},
    {Field::Id, "no"},                    {Field::Id, "#"},
    {Field::Title, "ชื่อตัวชี้วัด"},          {Field::Title, "ตัวชี้วัด"},
    {Field::Title, "ชื่อตัวบ่งชี้"},          {Field::Title, "ตัวบ่งชี้"},
    {Field::Title, "indicator"},          {Field::Title, "title"},
    {Field::Unit, "หน่วยนับ"},             {Field::Unit, "หน่วย"},
    {Field::Unit, "unit"},                {Field::Target, "ค่าเป้าหมาย"},
    {Field::Target, "เป้าหมาย"},           {Field::Target, "target"},
    {Field::Result, "ผลการดำเนินงาน"},     {Field::Result, "ผลการดำเนินการ"},
    {Field::Result, "ผล"},                {Field::Result, "result"},
    {Field::Result, "actual"},            {Field::Weight, "น้ำหนัก"},
    {Field::Weight, "weight"},            {Field::Percent, "ร้อยละของเป้าหมาย"},
    {Field::Percent, "percent of target"}, {Field::Score, "คะแนนที่ได้"},
    {Field::Score, "score"},              {Field::Weighted, "คะแนนถ่วงน้ำหนัก"},
    {Field::Weighted, "weighted score"},  {Field::Weighted, "weighted"}, {Field::Status, "สถานะ"},
    {Field::Status, "status"},            {Field::Offices, "หน่วยงานรับผิดชอบ"},
    {Field::Offices, "หน่วยงานที่รับผิดชอบ"}, {Field::Offices, "ผู้รับผิดชอบ"},
    {Field::Offices, "offices"},          {Field::Offices, "responsible"},
    {Field::Note, "หมายเหตุ"},             {Field::Note, "note"},
    {Field::Project, "ชื่อโครงการ"},         {Field::Project, "โครงการ"},
    {Field::Project, "project"},          {Field::Budget, "งบประมาณ"},
    {Field::Budget, "budget"},            {Field::Disbursed, "เบิกจ่าย"},
    {Field::Disbursed, "disbursed"},      {Field::Remaining, "คงเหลือ"},
    {Field::Remaining, "remaining"},     {Field::Scale, "เกณฑ์การให้คะแนน"},
    {Field::Scale, "scale"},             {Field::Value, "ค่าของผล (ตัวเลข)"},
    {Field::Value, "result value"},      {Field::TargetPlan, "ค่าเป้าหมายตามที่แผนเขียน"},
    {Field::TargetPlan, "target as planned"}, {Field::Basis, "ฐานการให้คะแนน"},
    {Field::Basis, "basis"},             {Field::PublishedSum, "ผลรวมที่เผยแพร่"},
    {Field::PublishedSum, "published sum"},     {Field::PublishedCount, "จำนวนที่เผยแพร่"},
    {Field::PublishedCount, "published count"},
    // Target levels, one column each (a merged "ค่าเป้าหมาย" over them is a two-row header).
    {Field::Level1, "ค่าเป้าหมายขั้นต้น"}, {Field::Level1, "ขั้นต้น"},   {Field::Level1, "base level"},
    {Field::Level2, "ค่าเป้าหมายมาตรฐาน"}, {Field::Level2, "มาตรฐาน"},  {Field::Level2, "standard level"},
    {Field::Level3, "ค่าเป้าหมายขั้นสูง"}, {Field::Level3, "ขั้นสูง"},   {Field::Level3, "advanced level"},
};

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The field a header's text names: the whole text, or its first words before
// a space or a bracket ("น้ำหนัก (W)", "งบประมาณ (บาท)").
std::optional<Field> header_field(std::string_view text) {
  std::string t = lower(tidy(text));
  if (t.empty()) return std::nullopt;
  for (const Words& w : kHeaderWords)
    if (t == w.word) return w.field;
  for (const Words& w : kHeaderWords)
    if (t.size() > w.word.size() && t.compare(0, w.word.size(), w.word) == 0 &&
        (t[w.word.size()] == ' ' || t[w.word.size()] == '('))
      return w.field;
  return std::nullopt;
}

// A sheet's columns: the field of each, found from its header rows or named by the rules.
struct Layout {
  std::uint32_t header_first = 0, header_last = 0;  // 0-based
  std::array<std::optional<std::uint32_t>, kFields> col;
  bool has(Field f) const { return col[static_cast<std::size_t>(f)].has_value(); }
  std::uint32_t of(Field f) const { return *col[static_cast<std::size_t>(f)]; }
};

// The header in rows [first, last]: each column's field, from its lowest
// header cell that names one (a two-row header's sub-headings under a merged
// heading), else from the texts joined.
Layout layout_at(const Grid& g, std::uint32_t first, std::uint32_t last, std::uint32_t cols) {
  Layout l;
  l.header_first = first;
  l.header_last = last;
  std::array<bool, kFields> taken{};
  for (std::uint32_t c = 0; c < cols; ++c) {
    std::optional<Field> f;
    for (std::uint32_t r = last + 1; r-- > first && !f;) f = header_field(g.text(r, c));
    if (!f) {
      std::string joined;
      for (std::uint32_t r = first; r <= last; ++r) joined += " " + g.text(r, c);
      f = header_field(joined);
    }
    if (f && !taken[static_cast<std::size_t>(*f)]) {
      taken[static_cast<std::size_t>(*f)] = true;
      l.col[static_cast<std::size_t>(*f)] = c;
    }
  }
  // "มาตรฐาน" or "ขั้นสูง" alone is not a target level: only after a "ขั้นต้น" column.
  if (!l.has(Field::Level1))
    for (Field f : {Field::Level2, Field::Level3}) l.col[static_cast<std::size_t>(f)].reset();
  return l;
}

std::uint32_t width(const Sheet& s) {
  std::uint32_t w = 0;
  for (const Cell& c : s.cells) w = std::max(w, c.col + 1);
  return std::min<std::uint32_t>(w, 16384);
}

// The header of a sheet: from the rules' rows, else the first of its first 30
// rows naming the fields `need` (with the row under it, when that one names
// more: a two-row header).
std::optional<Layout> find_layout(const Grid& g, const SheetRules& r, std::initializer_list<Field> need) {
  std::uint32_t cols = width(*g.sheet);
  auto fits = [&](const Layout& l) {
    return std::all_of(need.begin(), need.end(), [&](Field f) { return l.has(f); });
  };
  auto count = [](const Layout& l) { return std::count_if(l.col.begin(), l.col.end(), [](auto& c) { return c.has_value(); }); };
  Layout l;
  if (r.header_first) {
    l = layout_at(g, r.header_first - 1, r.header_last - 1, cols);
  } else {
    bool found = false;
    for (std::uint32_t row = 0; row < std::min<std::uint32_t>(g.rows, 30) && !found; ++row) {
      Layout one = layout_at(g, row, row, cols);
      if (!fits(one)) {
        // The fields may be split over this row and the next (but a title row
        // above a header is not part of it: the next row is then found alone).
        if (fits(layout_at(g, row + 1, row + 1, cols))) continue;
        Layout two = layout_at(g, row, row + 1, cols);
        if (fits(two) && count(two) > count(one)) {
          l = two;
          found = true;
        }
        continue;
      }
      Layout two = layout_at(g, row, row + 1, cols);
      l = count(two) > count(one) ? two : one;
      found = true;
    }
    if (!found) return std::nullopt;
  }
  // The rules' columns over the header's.
  for (std::size_t k = 0; k < kFields; ++k) {
    const auto& c = r.columns[k];
    if (!c) continue;
    if (c->col) {
      l.col[k] = *c->col;
      continue;
    }
    l.col[k].reset();
    for (std::uint32_t col = 0; col < cols && !l.col[k]; ++col)
      for (std::uint32_t row = l.header_first; row <= l.header_last; ++row)
        if (lower(tidy(g.text(row, col))) == lower(c->header)) l.col[k] = col;
  }
  return l;
}

// ---- what the rows say

struct Project {
  std::string title, budget, disbursed, remaining, status, note;
  CellRef at, budget_at, disbursed_at, status_at;
};

struct Indicator {
  std::string id;  // "1.2", "2.2.1"
  std::string title, unit_text, weight, scale;
  Target target;
  bool has_target = false;
  Result result;
  std::string na_reason;
  std::string percent, score, weighted;  // as the workbook printed them
  std::vector<std::string> offices;
  std::vector<Project> projects;
  CellRef at, title_at, unit_at, target_at, weight_at, result_at, note_at, percent_at, score_at, offices_at, scale_at;
  bool on_percent = false;  // a target in words, scored on the workbook's percent (W053)
  // A planc workbook's target as the plan writes it (">= 80", "levels 80 90 100") and basis ("direct", "given").
  std::string target_plan, basis;
  CellRef target_plan_at, basis_at;
  bool levels = false;  // its target levels came from the table's level columns
  Span scale_rule;      // its scale came from the rules' `levels-scale`
  std::string target_cell;  // the target column's text
  std::string sum, count;   // a result published as a sum and a count (a planc workbook's)
  CellRef sum_at;
  // Its result edited in planc's workbook (N054): the figures printed from the
  // old one, the row's and its totals', are not the round's published figures.
  bool edited = false;
};

struct Strategy {
  std::string id, title;
  std::string weight_sum, score, percent;  // a planc workbook's strategy total
  std::string weighted;                    // its contribution (W × score), a planc workbook's "strategy contribution"
  std::string quality;                     // its quality level, a planc workbook's total row's note ("ดี")
  CellRef weighted_at;
  CellRef at, total_at;
  std::vector<std::size_t> indicators;  // into Book::indicators, in order
  std::string word;  // the word its heading is numbered with ("องค์ประกอบ" of "องค์ประกอบที่ ๑"), "" for the usual
};

// A planc workbook's group above strategies (a row of kind "group").
struct Group {
  std::string id, title, weight, score, weighted;
  std::vector<std::string> strategies;  // their ids
  CellRef at, weight_at;
  Span rule, weight_rule;  // the rules' `group` directive that declares it, and its weight
  bool weight_in_percent = false;  // a heading's "(ร้อยละ ๗๐)": a percent whatever the plan's weights
};

// A planc workbook's adjustment (a row of kind "deduct" or "add").
struct Adjustment {
  std::string kind, target, amount, reason;
  CellRef at;
};

struct Book {
  std::vector<Strategy> strategies;
  std::vector<Group> groups;
  std::vector<Adjustment> adjustments;
  std::vector<Indicator> indicators;
  std::map<std::string, std::size_t> by_id;
  std::string overall_score, overall_percent;
  CellRef overall_at;
  std::map<std::string, std::pair<std::string, CellRef>> facts;  // a planc workbook's Report sheet: key → value
  std::map<std::string, std::pair<std::string, CellRef>> scales;  // a planc workbook's Scales sheet: name → declaration
  bool any_result = false;
  // A unit's own table: whether it has a weight column, which of the percent,
  // score and weighted-score columns it prints, and its word for an indicator.
  bool weight_column = false;
  std::array<bool, 3> printed{};  // percent, score, weighted
  std::string indicator_word;
  std::string heading;  // the rows above the first sheet's header ("แผนปฏิบัติราชการ ... ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๙ เดือน")
  CellRef heading_at;
};

std::string strategy_of(const std::string& id) { return id.substr(0, id.find('.')); }
std::size_t depth(const std::string& id) { return static_cast<std::size_t>(std::count(id.begin(), id.end(), '.')) + 1; }

// A heading's title without its numbered word: "ยุทธศาสตร์ที่ ๑ : พัฒนา..." → "พัฒนา..."
// when it starts with one of words.
std::string unnumbered(const std::string& t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (t.compare(0, w.size(), w) != 0) continue;
    std::size_t i = w.size();
    for (;;) {
      if (i < t.size() && (t[i] == ' ' || (t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ':')) ++i;
      else if (t.compare(i, 2, "\xE0\xB9") == 0 && i + 2 < t.size() &&
               static_cast<unsigned char>(t[i + 2]) >= 0x90 && static_cast<unsigned char>(t[i + 2]) <= 0x99)
        i += 3;  // a Thai digit
      else break;
    }
    return tidy(t.substr(i));
  }
  return t;
}

std::string strategy_title(const std::string& t) {
  return unnumbered(t, {"ประเด็นยุทธศาสตร์ที่", "ยุทธศาสตร์ที่", "องค์ประกอบที่", "มิติที่", "Strategy", "strategy"});
}

// A group's heading as agreements print it, "ส่วนที่ ๑ ผลการปฏิบัติราชการ (ร้อยละ ๗๐)":
// its title without the numbered word, and the weight its parenthesis gives
// ("(ร้อยละ ๗๐)", "(70%)", "(น้ำหนัก ๗๐)"; "" when none).
std::pair<std::string, std::string> group_heading(const std::string& text) {
  std::string t = tidy(text), weight;
  if (std::size_t open = t.rfind('('); open != std::string::npos && t.back() == ')') {
    std::string inside = utf8::to_arabic_digits(t.substr(open + 1, t.size() - open - 2));
    bool says = inside.find("ร้อยละ") != std::string::npos || inside.find("น้ำหนัก") != std::string::npos ||
                inside.find('%') != std::string::npos;
    std::size_t b = inside.find_first_of("0123456789");
    if (says && b != std::string::npos) {
      std::size_t e = std::min(inside.find_first_not_of("0123456789.", b), inside.size());
      std::string n = inside.substr(b, e - b);
      if (Rational::parse_decimal(n) && inside.find_first_of("0123456789", e) == std::string::npos) {
        weight = n;
        t = tidy(t.substr(0, open));
      }
    }
  }
  return {unnumbered(t, {"ส่วนที่", "องค์ประกอบที่", "มิติที่", "กลุ่มที่", "ด้านที่", "Part", "part", "Group", "group"}), weight};
}

// A planc workbook's target as the plan writes it (">= 80", "levels 80 90
// 100", "compound 6/12"), written again from its parts: nullopt when it is not one.
std::optional<std::string> target_plan(std::string_view text) {
  std::string t = utf8::to_arabic_digits(tidy(text));
  std::vector<std::string> words;
  for (std::size_t b = 0; b < t.size();) {
    std::size_t e = std::min(t.find(' ', b), t.size());
    if (e > b) words.push_back(t.substr(b, e - b));
    b = e + 1;
  }
  auto decimal = [](const std::string& w) -> std::optional<std::string> {
    if (w.empty() || w.size() > 40) return std::nullopt;
    auto r = Rational::parse_decimal(w);
    if (!r) return std::nullopt;
    return w;
  };
  if (words.size() == 2 && (words[0] == ">=" || words[0] == "<=" || words[0] == "=")) {
    if (auto n = decimal(words[1])) return words[0] + " " + *n;
    return std::nullopt;
  }
  if (words.size() >= 3 && words.size() <= 6 && words[0] == "levels") {
    std::string out = "levels";
    for (std::size_t k = 1; k < words.size(); ++k) {
      auto n = decimal(words[k]);
      if (!n) return std::nullopt;
      out += " " + *n;
    }
    return out;
  }
  if (words.size() == 2 && words[0] == "compound") {
    std::string out = "compound ";
    std::size_t parts = 0;
    for (std::size_t b = 0; b <= words[1].size();) {
      std::size_t e = std::min(words[1].find('/', b), words[1].size());
      auto n = decimal(words[1].substr(b, e - b));
      if (!n) return std::nullopt;
      out += (parts++ ? "/" : "") + *n;
      b = e + 1;
    }
    if (parts < 2 || parts > 4) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

// Whether the row's printed percent of target is its result itself (the
// plan's `basis direct`: a satisfaction survey's 87.5 % against a target of
// 80 is 87.5 %, not 109 %): the percent equals the result and not the result
// measured against the target (capped at 100 or not), at the places printed.
bool direct(const Indicator& i) {
  if (i.percent.empty() || i.result.form != Result::Form::Value || !i.has_target ||
      i.target.form != Target::Form::Number)
    return false;
  auto pct = Rational::parse_decimal(i.percent), v = Rational::parse_decimal(i.result.values[0]),
       t = Rational::parse_decimal(i.target.value);
  if (!pct || !v || !t || t->sign() == 0 || v->sign() == 0) return false;
  std::size_t point = i.percent.find('.');
  int places = point == std::string::npos ? 0 : static_cast<int>(i.percent.size() - point - 1);
  try {
    Rational ratio = i.target.cmp == Target::Cmp::AtMost ? *t / *v * Rational(100) : *v / *t * Rational(100);
    auto same = [&](const Rational& x) { return x.round(places) == pct->round(places); };
    return same(*v) && !same(ratio) && !same(std::min(ratio, Rational(100)));
  } catch (const std::exception&) {  // a figure beyond exact arithmetic: not inferred
    return false;
  }
}

// How several values make a row's result, when the printed percent of target
// says: their sum (two halves of the year) or their mean, measured against the
// target at the places printed; nullopt when neither (or no percent) says.
std::optional<std::string> aggregate_of(const Indicator& i) {
  if (i.percent.empty() || !i.has_target || i.target.form != Target::Form::Number) return std::nullopt;
  auto pct = Rational::parse_decimal(i.percent), t = Rational::parse_decimal(i.target.value);
  if (!pct || !t || t->sign() == 0) return std::nullopt;
  std::size_t point = i.percent.find('.');
  int places = point == std::string::npos ? 0 : static_cast<int>(i.percent.size() - point - 1);
  try {
    Rational sum = 0;
    for (auto& v : i.result.values) {
      auto x = Rational::parse_decimal(v);
      if (!x) return std::nullopt;
      sum += *x;
    }
    Rational mean = sum / Rational(static_cast<std::int64_t>(i.result.values.size()));
    auto fits = [&](const Rational& v) {
      if (v.sign() == 0) return false;
      Rational r = i.target.cmp == Target::Cmp::AtMost ? *t / v * Rational(100) : v / *t * Rational(100);
      return r.round(places) == pct->round(places) || std::min(r, Rational(100)).round(places) == pct->round(places);
    };
    if (fits(sum) && !fits(mean)) return "sum";
    if (fits(mean) && !fits(sum)) return "mean";
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

class Mapper {
 public:
  Mapper(const Workbook& wb, const BookFile& bf, const Rules& r, const Options& o, Diagnostics& d)
      : wb_(wb), bf_(bf), rules_(r), opt_(o), diags_(d) {}

  Imported run();

 private:
  const Workbook& wb_;
  const BookFile& bf_;
  const Rules& rules_;
  const Options& opt_;
  Diagnostics& diags_;
  Book book_;

  Span at(CellRef c) const { return bf_.span(c); }
  std::optional<std::uint32_t> sheet_named(const SheetRules::Which& r);
  void read_report_sheet();
  bool read_indicators(const Grid& g, const Layout& l);
  void read_projects(const Grid& g, const Layout& l);
  Project project_row(const Grid& g, const Layout& l, std::uint32_t row);
  std::optional<std::string> number_cell(const Grid& g, std::uint32_t row, const Layout& l, Field f, CellRef* ref);
  std::string cell_text(const Grid& g, std::uint32_t row, const Layout& l, Field f, CellRef* ref = nullptr);
  bool usable(const Cell* c, CellRef ref);
  void given_edited(Indicator& ind, const Cell* rc, CellRef result_at);
  void result_edited(Indicator& ind, const Cell* rc, bool from_copy, CellRef result_at, const std::string& status);
  void edited(Indicator& ind, const std::string& before, const std::string& after);
  Imported write();
  std::string weights_in_percent() const;
};

// A result's cell as its column means it: a number shown as a percent (Excel
// stores "91.2%" typed in a cell as 0.912) is that percent, 91.2.
std::optional<Result> cell_result(const Cell& c) {
  if (c.kind == Cell::Kind::Number && c.percent)
    if (auto v = Rational::parse_decimal(c.text)) return result((*v * Rational(100)).to_decimal(0, 12), true);
  return result(c.text, c.kind == Cell::Kind::Number);
}

// A planc workbook's score an assessor gave (basis `given`) is in three cells:
// the result column and the score column, which a person sees and edits, and
// the value column, planc's exact copy of it. The one edited is taken: the
// result's or the score's, whichever differs from the copy (both, when they
// agree); when they differ from it and from each other, which one is meant is
// not known, and it is an error at both. The score column holds the score as
// the report shows it, rounded to its places (the Report sheet's rounding
// rule; 2 without one): that rounded figure is the copy unedited. The result
// column counts when it holds a number alone ("๕", 5), not words ("7 ข้อ").
// The score column is then the score itself, not a published figure to
// compare with it.
void Mapper::given_edited(Indicator& ind, const Cell* rc, CellRef result_at) {
  const std::string copy = ind.result.values[0];
  auto value = [](const std::string& s) { return Rational::parse_decimal(s); };
  int places = 2;
  if (auto it = book_.facts.find("rounding rule"); it != book_.facts.end()) {
    const std::string& rule = it->second.first;  // "rows 2", "none 1"
    if (std::size_t sp = rule.rfind(' '); sp != std::string::npos && rule.find_first_not_of("0123456789", sp + 1) == std::string::npos &&
                                          sp + 1 < rule.size() && rule.size() - sp <= 3)
      places = std::stoi(rule.substr(sp + 1));
  }
  std::optional<std::string> shown;  // the result column, when it holds one number and no words
  if (rc && (rc->kind == Cell::Kind::Number || rc->kind == Cell::Kind::Text)) {
    auto r = cell_result(*rc);
    if (r && r->form == Result::Form::NA) {  // the score taken back: the row is NA (its reason the note's)
      ind.result = *r;
      ind.result_at = result_at;
      edited(ind, copy, "NA");
      return;
    }
    if (r && r->form == Result::Form::Value && r->values.size() == 1 && r->says.empty()) shown = r->values[0];
  }
  const auto exact = value(copy);
  auto differs = [&](const std::optional<std::string>& x, bool rounded) {
    if (!x || x->empty() || !exact) return false;
    auto v = value(*x);
    return v && *v != *exact && (!rounded || *v != exact->round(places));
  };
  const std::optional<std::string> scored = ind.score.empty() ? std::nullopt : std::optional<std::string>(ind.score);
  const bool by_result = differs(shown, false), by_score = differs(scored, true);
  if (by_result && by_score && value(*shown) != value(*scored)) {
    diags_.report(msg::CellGivenTwice, at(ind.score_at), ind.id, *shown, *scored)
        .note(at(result_at), txt::CellGivenResultHere)
        .help(txt::CellGivenTwiceHint);
  } else if (by_result) {
    ind.result.values = {*shown};
    ind.result_at = result_at;
    edited(ind, copy, *shown);
  } else if (by_score) {
    ind.result.values = {*scored};
    ind.result_at = ind.score_at;
    edited(ind, copy, *scored);
  }
  ind.score.clear();
}

// A planc workbook's result (not a given score: given_edited) is in two cells:
// the result column a person sees and edits, and the value column, planc's
// copy, which is taken unless the result column was edited: it holds numbers
// alone that are not the copy's (nor the copy's rounded to their places, as a
// result may be shown), or says NA where the copy has a value. Without a copy,
// by the status column: a row that was NA has a result now, or one that was
// scored says NA (the copy cleared too).
// Both cells edited to one number cannot be told from a row never edited: the
// figures printed from the old result then differ (W140, W141), as they do.
// `rc` is the result column's cell; `from_copy`, whether the result was the copy's.
void Mapper::result_edited(Indicator& ind, const Cell* rc, bool from_copy, CellRef result_at, const std::string& status) {
  auto joined = [](const std::vector<std::string>& vs) { return fmt::format("{}", fmt::join(vs, ", ")); };
  const bool valued = ind.result.form == Result::Form::Value || ind.result.form == Result::Form::Values;
  if (from_copy) {
    if (!rc || !valued || (rc->kind != Cell::Kind::Number && rc->kind != Cell::Kind::Text)) return;
    const std::vector<std::string> copy = ind.result.values;
    auto r = cell_result(*rc);
    if (r && r->form == Result::Form::NA) {
      ind.result = *r;
      ind.result_at = result_at;
      edited(ind, joined(copy), "NA");
      return;
    }
    // Numbers alone, or a list ("15, 13"): words ("ไม่ได้รายงาน 1 ครั้ง" beside a
    // value of 5) need not say the value, so an edit of them cannot be told
    // (they are kept as its wording).
    if (r && ((r->form == Result::Form::Value && r->says.empty()) || r->form == Result::Form::Values) &&
        r->values.size() == copy.size()) {
      bool differs = false, comparable = true;
      for (std::size_t k = 0; k < copy.size(); ++k) {
        const std::string& typed = r->values[k];
        auto shown = Rational::parse_decimal(typed), exact = Rational::parse_decimal(copy[k]);
        if (!shown || !exact) {
          comparable = false;
          break;
        }
        const std::size_t dot = typed.find('.');
        const int places = dot == std::string::npos ? 0 : static_cast<int>(typed.size() - dot - 1);
        differs = differs || (*shown != *exact && *shown != exact->round(places));
      }
      if (comparable && differs) {
        ind.result.form = r->form;
        ind.result.values = r->values;
        ind.result.says = r->says;
        ind.result_at = result_at;
        edited(ind, joined(copy), joined(r->values));
        return;
      }
    }
    return;
  }
  // No copy (the row had no value): a row that was NA given one in the result
  // column. (A row not started or cancelled is NA with a copy of its value.)
  if (status == "na" && valued) edited(ind, "NA", joined(ind.result.values));
  else if (status == "scored" && ind.result.form == Result::Form::NA) edited(ind, "…", "NA");
}

void Mapper::edited(Indicator& ind, const std::string& before, const std::string& after) {
  diags_.report(msg::CellResultEdited, at(ind.result_at), ind.id, before, after);
  ind.edited = true;
  ind.percent.clear();  // printed from the old result
  ind.score.clear();
  ind.weighted.clear();
}

bool Mapper::usable(const Cell* c, CellRef ref) {
  if (!c) return true;
  if (c->kind == Cell::Kind::NoValue) {
    diags_.report(msg::CellNoValue, at(ref), c->text).help(txt::CellRecalcHint);
    return false;
  }
  if (c->kind == Cell::Kind::Error) {
    diags_.report(msg::CellErrorValue, at(ref), c->text);
    return false;
  }
  return true;
}

// A row's cell of a field, its text as the cell holds it (not tidied: a list of
// offices is split at its line breaks); "" when the sheet has no such column,
// the row no such cell, or the cell no usable value (usable() reports that).
// `ref`, when given, is set to the cell if there is one, and a report is made
// at it; without `ref` the report has no place.
std::string Mapper::cell_text(const Grid& g, std::uint32_t row, const Layout& l, Field f, CellRef* ref) {
  if (!l.has(f)) return "";
  const Cell* c = g.cell(row, l.of(f), ref);
  if (!c) return "";
  if (!usable(c, ref ? *ref : CellRef{})) return "";
  return c->text;
}

std::optional<std::string> Mapper::number_cell(const Grid& g, std::uint32_t row, const Layout& l, Field f,
                                                CellRef* ref) {
  if (!l.has(f)) return std::string();
  CellRef r;
  const Cell* c = g.cell(row, l.of(f), &r);
  if (ref) *ref = r;
  if (!c || tidy(c->text).empty()) return std::string();
  if (!usable(c, r)) return std::nullopt;
  std::optional<std::string> n = f == Field::Weight ? weight(c->text, c->kind == Cell::Kind::Number)
                                                    : number(c->text, c->kind == Cell::Kind::Number);
  if (tidy(c->text) == "-" && f != Field::Weight) return std::string();  // a dash: nothing printed
  if (!n) {
    diags_.report(msg::CellNotNumber, at(r), tidy(c->text), field_name(f)).help(txt::CellNumberHint);
    return std::nullopt;
  }
  return n;
}

std::optional<std::uint32_t> Mapper::sheet_named(const SheetRules::Which& r) {
  if (r.index) {
    if (*r.index < wb_.sheets.size()) return *r.index;
  } else {
    for (std::uint32_t s = 0; s < wb_.sheets.size(); ++s)
      if (tidy(wb_.sheets[s].name) == tidy(r.name)) return s;
  }
  std::string names;
  for (auto& s : wb_.sheets) names += (names.empty() ? "`" : ", `") + s.name + "`";
  diags_.report(msg::ImportNoSheet, r.at, r.index ? std::to_string(*r.index + 1) : r.name).note(Span{}, txt::ImportSheetsAre, names);
  return std::nullopt;
}

// planc's own workbook (render --format xlsx) has a sheet of key / label / value.
void Mapper::read_report_sheet() {
  for (std::uint32_t s = 0; s < wb_.sheets.size(); ++s) {
    Grid g(wb_, s);
    if (g.text(0, 0) == "scale") {  // the Scales sheet: name, title, declaration
      for (std::uint32_t row = 1; row < g.rows; ++row) {
        CellRef ref;
        const Cell* d = g.cell(row, 2, &ref);
        if (d && !g.text(row, 0).empty()) book_.scales[g.text(row, 0)] = {d->text, ref};
      }
      continue;
    }
    if (g.text(0, 0) != "key") continue;
    for (std::uint32_t row = 1; row < g.rows; ++row) {
      CellRef ref;
      const Cell* v = g.cell(row, 2, &ref);
      std::string key = g.text(row, 0);
      if (!key.empty() && v) {
        std::string value = v->kind == Cell::Kind::Number ? number(v->text, true).value_or(v->text) : v->text;
        book_.facts[key] = {value, ref};
      }
    }
  }
}

bool Mapper::read_indicators(const Grid& g, const Layout& l) {
  std::size_t errors = diags_.errors();
  std::string current_strategy;
  std::optional<std::size_t> last;  // the indicator the next project row belongs to
  // A unit's own table with a level above strategies: a heading row followed by
  // another heading row (no indicator between) is a group's ("ส่วนที่ ๑ ... (ร้อยละ ๗๐)"),
  // and the strategies' headings after it are its strategies, up to the next group's.
  struct Heading {
    std::string id, text, weight;
    CellRef at, weight_at;
  };
  std::optional<Heading> open_heading;  // the last heading row, while no indicator row has followed it
  std::optional<std::size_t> open_group;
  auto strategy_slot = [&](const std::string& id) -> Strategy& {
    for (Strategy& s : book_.strategies)
      if (s.id == id) return s;
    book_.strategies.push_back(Strategy{id, "", "", "", "", "", "", {}, {}, {}, {}, ""});
    return book_.strategies.back();
  };
  for (std::uint32_t row = l.header_last + 1; row < g.rows; ++row) {
    CellRef id_at, title_at, kind_at;
    std::string kind = lower(tidy(cell_text(g, row, l, Field::Kind, &kind_at)));
    std::string id_text = tidy(cell_text(g, row, l, Field::Id, &id_at));
    std::string title = tidy(cell_text(g, row, l, Field::Title, &title_at));
    if (kind == "overall") {
      book_.overall_score = number_cell(g, row, l, Field::Score, &book_.overall_at).value_or("");
      book_.overall_percent = number_cell(g, row, l, Field::Percent, nullptr).value_or("");
      continue;
    }
    if (kind == "strategy contribution") {  // a strategy's W × score, after its total
      auto sid = id(id_text);
      if (!sid) {
        diags_.report(msg::CellNotId, at(id_at), id_text).help(txt::CellIdHint);
        continue;
      }
      Strategy& s = strategy_slot(*sid);
      s.weighted = number_cell(g, row, l, Field::Weighted, &s.weighted_at).value_or("");
      continue;
    }
    if (kind == "group") {  // a group above strategies: its strategies' ids in the strategy column
      auto gid = id(id_text);
      if (!gid || depth(*gid) != 1) {
        diags_.report(msg::CellNotId, at(id_at), id_text).help(txt::CellIdHint);
        continue;
      }
      Group gr;
      gr.id = *gid;
      gr.title = title;
      gr.at = id_at;
      gr.weight = number_cell(g, row, l, Field::Weight, &gr.weight_at).value_or("");
      gr.score = number_cell(g, row, l, Field::Score, nullptr).value_or("");
      gr.weighted = number_cell(g, row, l, Field::Weighted, nullptr).value_or("");
      CellRef list_at;
      std::string list = l.has(Field::Strategy) ? cell_text(g, row, l, Field::Strategy, &list_at) : "";
      for (std::size_t b = 0; b < list.size();) {
        std::size_t e = std::min(list.find_first_of(",;", b), list.size());
        std::string item = tidy(list.substr(b, e - b));
        b = e + 1;
        if (item.empty()) continue;
        auto sid = id(item);
        if (!sid || depth(*sid) != 1) {
          diags_.report(msg::CellNotId, at(list_at), item).help(txt::CellIdHint);
          continue;
        }
        gr.strategies.push_back(*sid);
      }
      book_.groups.push_back(std::move(gr));
      continue;
    }
    if (kind == "deduct" || kind == "add") {  // the round's adjustment of a row's score or the overall score
      Adjustment a;
      a.kind = kind;
      a.at = kind_at;
      if (lower(id_text) == "overall") {
        a.target = "overall";
      } else if (auto aid = id(id_text); aid && depth(*aid) >= 2) {
        a.target = *aid;
      } else {
        diags_.report(msg::CellNotId, at(id_at.valid() ? id_at : kind_at), id_text).help(txt::CellIdHint);
        continue;
      }
      CellRef amount_at;
      auto amount = number_cell(g, row, l, Field::Score, &amount_at);
      if (!amount) continue;  // reported
      if (amount->empty()) {  // the amount is in the score column
        diags_.report(msg::CellNotNumber, at(amount_at.valid() ? amount_at : kind_at), "", field_name(Field::Score))
            .help(txt::CellNumberHint);
        continue;
      }
      a.amount = *amount;
      CellRef note_at;
      a.reason = tidy(cell_text(g, row, l, Field::Note, &note_at));
      book_.adjustments.push_back(std::move(a));
      continue;
    }
    if (kind == "strategy total") {
      auto sid = id(id_text);
      if (!sid) {
        diags_.report(msg::CellNotId, at(id_at), id_text).help(txt::CellIdHint);
        continue;
      }
      Strategy& s = strategy_slot(*sid);
      s.title = title;
      s.total_at = id_at;
      CellRef ws;
      s.weight_sum = number_cell(g, row, l, Field::Weight, &ws).value_or("");
      s.score = number_cell(g, row, l, Field::Score, nullptr).value_or("");
      s.percent = number_cell(g, row, l, Field::Percent, nullptr).value_or("");
      s.quality = tidy(cell_text(g, row, l, Field::Note));  // a planc workbook's level of the strategy's score
      current_strategy.clear();
      continue;
    }
    CellRef project_at;
    std::string project = tidy(cell_text(g, row, l, Field::Project, &project_at));
    if (id_text.empty() && title.empty()) {
      if (!project.empty()) {
        if (!last) {
          diags_.report(msg::CellOrphan, at(project_at), project).help(txt::CellOrphanHint);
          continue;
        }
        book_.indicators[*last].projects.push_back(project_row(g, l, row));
      }
      continue;
    }
    auto iid = id(id_text);
    if (!iid) {
      diags_.report(msg::CellNotId, at(id_text.empty() ? title_at : id_at), id_text.empty() ? title : id_text)
          .help(txt::CellIdHint);
      continue;
    }
    std::string strategy = l.has(Field::Strategy) ? id(cell_text(g, row, l, Field::Strategy)).value_or("") : "";
    // A row numbered as a strategy ("1", "ยุทธศาสตร์ที่ ๑ ...") with no target and no result: its heading.
    if (depth(*iid) == 1 && tidy(cell_text(g, row, l, Field::Target)).empty() &&
        tidy(cell_text(g, row, l, Field::Result)).empty() && (kind.empty() || kind == "strategy")) {
      if (kind.empty() && open_heading) {  // two headings in a row: the first is a group's
        auto [gtitle, gweight] = group_heading(open_heading->text);
        Group gr;
        gr.id = open_heading->id;
        gr.title = gtitle;
        gr.at = open_heading->at;
        gr.weight = !open_heading->weight.empty() ? open_heading->weight : gweight;
        gr.weight_in_percent = open_heading->weight.empty() && !gweight.empty();
        gr.weight_at = !open_heading->weight.empty() ? open_heading->weight_at : open_heading->at;
        if (Strategy& was = strategy_slot(open_heading->id); was.indicators.empty()) {
          was.title.clear();  // its heading was the group's, not a strategy's
          was.word.clear();
          was.at = {};
          if (open_group) std::erase(book_.groups[*open_group].strategies, open_heading->id);
        }
        book_.groups.push_back(std::move(gr));
        open_group = book_.groups.size() - 1;
      }
      Strategy& s = strategy_slot(*iid);
      if (s.title.empty()) {
        std::string heading = title.empty() ? id_text : title;
        s.title = strategy_title(heading);
        for (std::string_view w : {"ประเด็นยุทธศาสตร์", "องค์ประกอบ", "มิติ"})
          if (heading.starts_with(std::string(w) + "ที่")) s.word = w;
      }
      if (!s.at.valid()) s.at = id_at;
      current_strategy = *iid;
      if (kind.empty()) {
        Heading h{*iid, title.empty() ? id_text : title, "", id_at, {}};
        h.weight = number_cell(g, row, l, Field::Weight, &h.weight_at).value_or("");
        open_heading = std::move(h);
        if (open_group) {
          auto& in = book_.groups[*open_group].strategies;
          if (std::find(in.begin(), in.end(), *iid) == in.end()) in.push_back(*iid);
        }
      }
      continue;
    }
    open_heading.reset();
    if (depth(*iid) == 1) {
      // An indicator numbered within its strategy ("2" under strategy 1).
      std::string sid = !strategy.empty() ? strategy : current_strategy;
      if (sid.empty()) {
        diags_.report(msg::CellNotId, at(id_at), id_text).help(txt::CellIdHint);
        continue;
      }
      *iid = sid + "." + *iid;
    }
    if (book_.by_id.count(*iid)) {
      diags_.report(msg::CellDuplicateId, at(id_at), *iid)
          .note(at(book_.indicators[book_.by_id[*iid]].at), txt::FirstGivenHere);
      continue;
    }
    Indicator ind;
    ind.id = *iid;
    ind.at = id_at;
    ind.title = title;
    ind.title_at = title_at;
    ind.unit_text = tidy(cell_text(g, row, l, Field::Unit, &ind.unit_at));
    std::string target_text = tidy(cell_text(g, row, l, Field::Target, &ind.target_at));
    if (!target_text.empty()) {
      ind.target_cell = target_text;
      ind.target = target(target_text);
      ind.has_target = true;
      if (ind.unit_text.empty() && !ind.target.unit.empty()) {  // "ไม่น้อยกว่า ๑๒ ครั้ง": the unit is in the target's words
        ind.unit_text = ind.target.unit;
        ind.unit_at = ind.target_at;
      }
    }
    if (auto w = number_cell(g, row, l, Field::Weight, &ind.weight_at)) ind.weight = *w;
    CellRef result_at;
    const Cell* rc = l.has(Field::Result) ? g.cell(row, l.of(Field::Result), &result_at) : nullptr;
    ind.result_at = result_at;
    // A value column (planc's workbook) holds the result as numbers, whatever words the result column has.
    CellRef value_at;
    const Cell* vc = l.has(Field::Value) ? g.cell(row, l.of(Field::Value), &value_at) : nullptr;
    // A planc workbook's result published as a sum and a count (no value of its own).
    ind.sum = number_cell(g, row, l, Field::PublishedSum, &ind.sum_at).value_or("");
    ind.count = number_cell(g, row, l, Field::PublishedCount, nullptr).value_or("");
    bool published_mean = !ind.sum.empty() && !ind.count.empty();
    bool from_copy = false;  // the result is the value column's (planc's copy), the result column a person's
    if (vc && usable(vc, value_at) && !tidy(vc->text).empty()) {
      auto r = cell_result(*vc);
      if (!r || r->form == Result::Form::NA) {
        diags_.report(msg::CellBadResult, at(value_at), tidy(vc->text)).help(txt::CellResultHint);
      } else {
        ind.result = *r;
        ind.result_at = value_at;
        std::string words = rc ? tidy(rc->text) : "";
        ind.result.says.clear();
        if (rc && rc->kind != Cell::Kind::Number && !words.empty()) {
          auto shown = result(words, false);  // the result column says more than the numbers: its words are kept
          if (!shown || shown->values != ind.result.values || !shown->says.empty()) ind.result.says = words;
        }
        from_copy = true;
      }
    } else if (published_mean) {
      // A result published as a sum and a count: its words are what the report says of it.
      if (rc && usable(rc, result_at) && !tidy(rc->text).empty()) ind.result.says = tidy(rc->text);
      book_.any_result = true;
    } else if (rc && usable(rc, result_at)) {
      auto r = cell_result(*rc);
      if (!r) diags_.report(msg::CellBadResult, at(result_at), tidy(rc->text)).help(txt::CellResultHint);
      else ind.result = *r;
    }
    ind.na_reason = tidy(cell_text(g, row, l, Field::Note, &ind.note_at));
    ind.scale = tidy(cell_text(g, row, l, Field::Scale, &ind.scale_at));
    ind.target_plan = tidy(cell_text(g, row, l, Field::TargetPlan, &ind.target_plan_at));
    if (!ind.target_plan.empty()) {
      if (auto t = target_plan(ind.target_plan)) {
        ind.target_plan = *t;
      } else {
        diags_.report(msg::CellBadTargetPlan, at(ind.target_plan_at), ind.target_plan).help(txt::CellTargetPlanHint);
        ind.target_plan.clear();
      }
    }
    // Target levels in columns of their own (ขั้นต้น มาตรฐาน ขั้นสูง, or level-1 ... level-5 by the rules).
    {
      std::vector<std::string> levels;
      CellRef first_at;
      bool bad = false, blank = false;  // blank: a level column left empty before this one
      for (Field f : {Field::Level1, Field::Level2, Field::Level3, Field::Level4, Field::Level5}) {
        if (!l.has(f)) continue;
        CellRef r;
        auto n = number_cell(g, row, l, f, &r);
        if (!n) {
          bad = true;
        } else if (n->empty()) {
          blank = true;
        } else if (blank) {  // ",๑๒,๑๐" or "๑๕,,๑๐": a level missing before this one
          diags_.report(msg::CellLevelsGap, at(r), field_name(f)).help(txt::CellLevelsHint);
          bad = true;
          break;  // one error a row: the next levels follow the same gap
        } else {
          if (levels.empty()) first_at = r;
          levels.push_back(*n);
        }
      }
      if (levels.size() == 1 && !bad) {
        diags_.report(msg::CellLevelsOne, at(first_at)).help(txt::CellLevelsHint);
      } else if (levels.size() >= 2 && !bad && ind.target_plan.empty()) {
        ind.target_plan = "levels";
        for (auto& v : levels) ind.target_plan += " " + v;
        ind.target_plan_at = first_at;
        ind.levels = true;
      }
    }
    ind.basis = lower(tidy(cell_text(g, row, l, Field::Basis, &ind.basis_at)));
    if (!ind.basis.empty() && ind.basis != "direct" && ind.basis != "given" && ind.basis != "ratio") {
      diags_.report(msg::CellBadBasis, at(ind.basis_at), ind.basis).help(txt::CellBasisHint);
      ind.basis.clear();
    }
    ind.percent = number_cell(g, row, l, Field::Percent, &ind.percent_at).value_or("");
    ind.score = number_cell(g, row, l, Field::Score, &ind.score_at).value_or("");
    ind.weighted = number_cell(g, row, l, Field::Weighted, nullptr).value_or("");
    if (ind.basis == "given" && vc && ind.result.form == Result::Form::Value) {
      given_edited(ind, rc, result_at);
    } else if (ind.basis == "given" && ind.result.form == Result::Form::Empty && ind.sum.empty() && !ind.score.empty()) {
      // A given score typed in the score column of a row with no result yet
      // (a new round filled in): the score.
      ind.result.form = Result::Form::Value;
      ind.result.values = {ind.score};
      ind.result_at = ind.score_at;
      ind.score.clear();
    } else if (ind.basis != "given" && l.has(Field::Value)) {  // a result edited in planc's workbook
      result_edited(ind, rc, from_copy, result_at, lower(tidy(cell_text(g, row, l, Field::Status, nullptr))));
    }
    // A score an assessor gave (a quality-assurance table's "คะแนนที่ได้"): a row with a
    // score and neither a target nor a result. The score is the round's, `basis given`.
    if (ind.basis.empty() && !ind.has_target && ind.target_plan.empty() && ind.result.form == Result::Form::Empty &&
        ind.sum.empty() && !ind.score.empty()) {
      ind.basis = "given";
      ind.basis_at = ind.score_at;
      ind.result.form = Result::Form::Value;
      ind.result.values = {ind.score};
      ind.result_at = ind.score_at;
      ind.score.clear();  // the given score itself, not a published figure to compare with it
      if (ind.unit_text.empty()) {
        ind.unit_text = "คะแนน";
        ind.unit_at = ind.score_at;
      }
    }
    std::string offices = cell_text(g, row, l, Field::Offices, &ind.offices_at);
    for (std::size_t b = 0; b < offices.size();) {
      std::size_t e = offices.find_first_of("\n,;", b);
      if (e == std::string::npos) e = offices.size();
      std::string o = tidy(offices.substr(b, e - b));
      if (!o.empty() && std::find(ind.offices.begin(), ind.offices.end(), o) == ind.offices.end()) ind.offices.push_back(o);
      b = e + 1;
    }
    if (!project.empty()) ind.projects.push_back(project_row(g, l, row));
    if (ind.result.form != Result::Form::Empty) book_.any_result = true;
    if (depth(ind.id) == 3 && !book_.by_id.count(ind.id.substr(0, ind.id.rfind('.')))) {
      diags_.report(msg::CellOrphan, at(id_at), ind.id).help(txt::CellOrphanHint);
      continue;
    }
    if (depth(ind.id) > 3) {
      diags_.report(msg::CellNotId, at(id_at), id_text).help(txt::CellIdHint);
      continue;
    }
    Strategy& s = strategy_slot(strategy_of(ind.id));
    if (!s.at.valid()) s.at = id_at;
    book_.by_id[ind.id] = book_.indicators.size();
    s.indicators.push_back(book_.indicators.size());
    last = book_.indicators.size();
    book_.indicators.push_back(std::move(ind));
  }
  return diags_.errors() == errors;
}

// A project's row: on the projects' sheet, or under its indicator's row.
Project Mapper::project_row(const Grid& g, const Layout& l, std::uint32_t row) {
  Project p;
  p.title = tidy(cell_text(g, row, l, Field::Project, &p.at));
  p.budget = number_cell(g, row, l, Field::Budget, &p.budget_at).value_or("");
  p.disbursed = number_cell(g, row, l, Field::Disbursed, &p.disbursed_at).value_or("");
  p.remaining = number_cell(g, row, l, Field::Remaining, nullptr).value_or("");
  // On the indicators' sheet a status column is the row's (planc's own: scored, na); a project's is its own column.
  Field st = l.has(Field::ProjectStatus) ? Field::ProjectStatus : l.has(Field::Kind) ? Field::Count_ : Field::Status;
  std::string status_text = st == Field::Count_ ? "" : tidy(cell_text(g, row, l, st, &p.status_at));
  if (!status_text.empty()) {
    if (auto s = status(status_text)) p.status = *s;
    else diags_.report(msg::CellBadStatus, at(p.status_at), status_text).help(txt::CellStatusHint);
  }
  if (l.has(Field::ProjectNote)) {
    CellRef note_at;  // asked for so that a note cell without a value is reported at its place
    p.note = tidy(cell_text(g, row, l, Field::ProjectNote, &note_at));
  }
  return p;
}

// A projects' sheet: each row names its indicator.
void Mapper::read_projects(const Grid& g, const Layout& l) {
  for (std::uint32_t row = l.header_last + 1; row < g.rows; ++row) {
    CellRef id_at, title_at;
    std::string id_text = l.has(Field::Id) ? g.text(row, l.of(Field::Id)) : "";
    std::string title = l.has(Field::Project) ? g.text(row, l.of(Field::Project)) : "";
    if (l.has(Field::Id)) g.cell(row, l.of(Field::Id), &id_at);
    if (l.has(Field::Project)) g.cell(row, l.of(Field::Project), &title_at);
    if (title.empty() && id_text.empty()) continue;
    auto iid = id(id_text);
    if (!iid || !book_.by_id.count(*iid)) {
      diags_.report(msg::CellOrphan, at(id_text.empty() ? title_at : id_at), id_text.empty() ? title : id_text)
          .help(txt::CellOrphanHint);
      continue;
    }
    Project p = project_row(g, l, row);
    if (!l.has(Field::ProjectNote) && l.has(Field::Note)) {
      CellRef r;
      const Cell* c = g.cell(row, l.of(Field::Note), &r);
      if (c && usable(c, r)) p.note = tidy(c->text);
    }
    book_.indicators[book_.by_id[*iid]].projects.push_back(std::move(p));
  }
}

// ---- writing the plan text

bool thai_text(std::string_view s) { return s.find("\xE0\xB8") != std::string_view::npos || s.find("\xE0\xB9") != std::string_view::npos; }

// A text of plan source being written, with the cell each item came from.
class Writer {
 public:
  explicit Writer(bool thai_digits) : thai_(thai_digits) {}
  void line(int depth, const std::string& s, From c = {}) {
    std::uint32_t b = static_cast<std::uint32_t>(text_.size()) + static_cast<std::uint32_t>(2 * depth);
    text_ += std::string(static_cast<std::size_t>(2 * depth), ' ') + (thai_ ? in_thai_digits(s) : s) + "\n";
    if (c.valid()) marks_.push_back({b, c});
  }
  void open(int depth, const std::string& head, From c = {}) { line(depth, head + " {", c); }
  void close(int depth) { line(depth, "}"); }
  void blank() { text_ += "\n"; }

  // The text laid out as `planc fmt` does, and each of its items' cells: the
  // items of the text before and after are the same items in the same order.
  OutFile finish(const std::string& name) {
    OutFile out;
    out.name = name;
    // Each item's cell, in the order the items come (depth first).
    std::vector<From> cells;
    std::sort(marks_.begin(), marks_.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::function<void(std::span<const syntax::Item>)> walk_before = [&](std::span<const syntax::Item> items) {
      for (const auto& it : items) {
        auto m = std::lower_bound(marks_.begin(), marks_.end(), it.span.begin,
                                  [](const auto& mark, std::uint32_t at) { return mark.first < at; });
        cells.push_back(m != marks_.end() && m->first == it.span.begin ? m->second : From{});
        walk_before(it.children);
      }
    };
    {  // the trees of the text as written and of the text formatted are not held at once
      ast::Program before;
      auto cst = driver::parse_text(before, name, std::move(text_));
      if (before.diags.has_errors()) {  // cannot happen for text planc wrote; kept as written if it does
        out.text = std::string(before.sources.get(cst.file).text);
        return out;
      }
      walk_before(cst.items);
      out.text = review::format(before.sources.get(cst.file), cst);
    }
    marks_ = {};
    ast::Program after;
    auto cst2 = driver::parse_text(after, name, out.text);
    std::size_t k = 0;
    std::function<void(std::span<const syntax::Item>)> walk_after = [&](std::span<const syntax::Item> items) {
      for (const auto& it : items) {
        if (k < cells.size() && cells[k].valid()) out.origins.push_back({it.span.begin, it.span.end, cells[k]});
        ++k;
        walk_after(it.children);
      }
    };
    walk_after(cst2.items);
    return out;
  }

 private:
  // A plan that says `digits thai` is written in them: the numbers outside
  // texts and names (office-1 keeps its digit) in Thai digits.
  static std::string in_thai_digits(const std::string& s) {
    std::string out;
    bool in_text = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '"' && (i == 0 || s[i - 1] != '\\')) in_text = !in_text;
      if (!in_text && c == '/' && i + 1 < s.size() && s[i + 1] == '/') return out + s.substr(i);  // a comment
      // A digit inside a name (office-10) stays: a name's digits are ASCII, a number's are converted.
      bool name_before = !out.empty() && (std::isalnum(static_cast<unsigned char>(out.back())) || out.back() == '-' ||
                                          out.back() == '_');
      if (!in_text && c >= '0' && c <= '9' && !name_before) {
        std::size_t j = i;
        while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.' || s[j] == ',' || s[j] == '/')) ++j;
        out += utf8::to_thai_digits(s.substr(i, j - i));
        i = j - 1;
        continue;
      }
      out += c;
    }
    return out;
  }
  bool thai_;
  std::string text_;
  std::vector<std::pair<std::uint32_t, From>> marks_;
};

// The text of a standard file ("std/scales", "std/units"), as embedded in the
// binary; empty when there is none of that name (then nothing is found in it).
std::string_view std_text(std::string_view name) {
  for (const auto& e : stdlib::entries())
    if (e.name == name) return e.text;
  return {};
}

// The standard scales, each its name and its title, in the order std/scales declares them.
struct StdScale {
  std::string_view name, title;
};
std::vector<StdScale> std_scales() {
  std::vector<StdScale> out;
  std::string_view t = std_text("std/scales");
  for (std::size_t p = t.find("\nscale "); p != std::string_view::npos; p = t.find("\nscale ", p + 1)) {
    std::size_t name_b = p + 7, name_e = t.find(' ', name_b);
    if (name_e == std::string_view::npos) break;
    std::size_t q1 = t.find('"', name_e), q2 = q1 == std::string_view::npos ? q1 : t.find('"', q1 + 1);
    std::string_view title = q2 == std::string_view::npos ? std::string_view{} : t.substr(q1 + 1, q2 - q1 - 1);
    out.push_back({t.substr(name_b, name_e - name_b), title});
  }
  return out;
}

// The standard scales by their titles (a planc workbook names its plan's scale by title).
std::string std_scale_of(const std::string& title) {
  for (const StdScale& s : std_scales())
    if (s.title == title) return std::string(s.name);
  return "";
}

// Where a row's scale came from: the rules' `levels-scale`, or its scale cell.
From scale_from(const Indicator& i) { return i.scale_rule.valid() ? From{i.scale_rule} : From{i.scale_at}; }

// Whether the standard library declares a scale of this name.
bool std_scale(const std::string& name) {
  return std_text("std/scales").find("\nscale " + name + " ") != std::string_view::npos;
}

// The standard units by name or Thai label ("ร้อยละ", "เล่ม/ปี").
std::string std_unit_of(const std::string& text) {
  std::string_view t = std_text("std/units");
  for (std::size_t p = t.find("\nunit "); p != std::string_view::npos; p = t.find("\nunit ", p + 1)) {
    std::size_t name_b = p + 6, name_e = t.find(' ', name_b);
    std::string_view name = t.substr(name_b, name_e - name_b);
    std::size_t th = t.find("th \"", name_e), eol = t.find('\n', name_e);
    if (name == text) return std::string(name);
    if (th != std::string_view::npos && th < eol) {
      std::size_t q = t.find('"', th + 4);
      if (t.substr(th + 4, q - th - 4) == text) return std::string(name);
    }
  }
  if (lower(text) == "%" || lower(text) == "percent") return "percent";
  return "";
}

// An amount of money as plans write it: thousands grouped ("1,700,000.50").
std::string money(const std::string& n) {
  std::size_t b = n.empty() || n[0] != '-' ? 0 : 1, e = std::min(n.find('.'), n.size());
  std::string out = n.substr(0, b);
  for (std::size_t i = b; i < e; ++i) {
    out += n[i];
    if (std::size_t left = e - i - 1; left && left % 3 == 0) out += ',';
  }
  return out + n.substr(e);
}

std::string cmp_word(Target::Cmp c) {
  switch (c) {
    case Target::Cmp::AtMost: return "<=";
    case Target::Cmp::Equal: return "=";
    default: return ">=";
  }
}

// The first four-digit Buddhist-Era year (25xx) in a text.
std::string year_in(const std::string& s) {
  std::string a = utf8::to_arabic_digits(s);
  for (std::size_t i = 0; i + 4 <= a.size(); ++i)
    if (a.compare(i, 2, "25") == 0 && std::isdigit(static_cast<unsigned char>(a[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(a[i + 3])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(a[i - 1]))) &&
        (i + 4 == a.size() || !std::isdigit(static_cast<unsigned char>(a[i + 4]))))
      return a.substr(i, 4);
  return "";
}

// The months of a round from its name: "รอบ ๖ เดือน", "6-month round", "Twelve-month round".
std::string months_in(const std::string& s) {
  std::string a = lower(utf8::to_arabic_digits(s));
  for (auto [w, n] : {std::pair<std::string_view, std::string_view>{"twelve", "12"}, {"nine", "9"}, {"six", "6"}, {"three", "3"}})
    if (a.find(w) != std::string::npos) return std::string(n);
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(a[i]))) continue;
    std::size_t j = i;
    while (j < a.size() && std::isdigit(static_cast<unsigned char>(a[j]))) ++j;
    std::string n = a.substr(i, j - i);
    std::string rest = tidy(a.substr(j, 40));
    if ((rest.rfind("เดือน", 0) == 0 || rest.rfind("-month", 0) == 0 || rest.rfind("month", 0) == 0) && n.size() <= 2 &&
        std::stoi(n) >= 1 && std::stoi(n) <= 12)
      return n;
    i = j;
  }
  return "";
}

Imported Mapper::run() {
  read_report_sheet();
  // The indicators' sheets: the rules', else every sheet with a header naming an indicator's number and title.
  std::vector<std::pair<std::uint32_t, Layout>> sheets;
  if (wb_.sheets.empty()) {
    diags_.report(msg::ImportNoHeader, Span{}, wb_.name).help(txt::ImportHeaderHint);
    return {};
  }
  if (!rules_.indicators.sheets.empty()) {
    for (const auto& which : rules_.indicators.sheets) {
      auto s = sheet_named(which);
      if (!s) continue;
      auto l = find_layout(Grid(wb_, *s), rules_.indicators, {Field::Id, Field::Title});
      if (!l) {
        diags_.report(msg::ImportNoHeader, which.at, wb_.sheets[*s].name).help(txt::ImportHeaderHint);
        continue;
      }
      sheets.emplace_back(*s, *l);
    }
    if (diags_.has_errors()) return {};
  } else {
    for (std::uint32_t s = 0; s < wb_.sheets.size(); ++s)
      if (auto l = find_layout(Grid(wb_, s), rules_.indicators, {Field::Id, Field::Title})) sheets.emplace_back(s, *l);
  }
  if (sheets.empty()) {
    diags_.report(msg::ImportNoHeader, rules_.indicators.at, wb_.sheets[0].name).help(txt::ImportHeaderHint);
    return {};
  }
  for (auto& [sheet, layout] : sheets) {
    for (Field f : {Field::Id, Field::Title})
      if (!layout.has(f)) {
        auto& rc = rules_.indicators.columns[static_cast<std::size_t>(f)];
        diags_.report(msg::ImportNoColumn, rc ? rc->at : rules_.indicators.at, wb_.sheets[sheet].name, field_name(f))
            .help(txt::ImportColumnHint, field_name(f), field_name(f));
      }
    if (diags_.has_errors()) return {};
    Grid grid(wb_, sheet);
    book_.weight_column = book_.weight_column || layout.has(Field::Weight);
    for (std::size_t k = 0; k < 3; ++k)
      book_.printed[k] = book_.printed[k] || layout.has(std::array{Field::Percent, Field::Score, Field::Weighted}[k]);
    for (Field f : {Field::Id, Field::Title})  // "ตัวบ่งชี้ที่", "ตัวบ่งชี้": a quality-assurance table's word
      for (std::uint32_t r = layout.header_first; r <= layout.header_last && layout.has(f); ++r)
        if (grid.text(r, layout.of(f)).find("ตัวบ่งชี้") != std::string::npos) book_.indicator_word = "ตัวบ่งชี้";
    read_indicators(grid, layout);
  }
  const std::uint32_t sheet = sheets.front().first;
  {  // the sheet's heading: the texts of the rows above its header
    Grid g(wb_, sheet);
    const std::uint32_t cols = width(wb_.sheets[sheet]);
    for (std::uint32_t r = 0; r < sheets.front().second.header_first; ++r)
      for (std::uint32_t c = 0; c < cols; ++c) {
        CellRef ref;
        const Cell* x = g.cell(r, c, &ref);
        if (!x || tidy(x->text).empty() || book_.heading.find(tidy(x->text)) != std::string::npos) continue;
        book_.heading += (book_.heading.empty() ? "" : " ") + tidy(x->text);
        if (!book_.heading_at.valid()) book_.heading_at = ref;
      }
  }
  const std::string& sheet_name = wb_.sheets[sheet].name;
  // A projects' sheet: named by the rules, else one with project and budget columns (planc's own).
  std::optional<std::uint32_t> psheet;
  if (rules_.projects_sheet) {
    psheet = sheet_named(rules_.projects.sheets.front());
  } else {
    for (std::uint32_t s = 0; s < wb_.sheets.size() && !psheet; ++s)
      if (std::none_of(sheets.begin(), sheets.end(), [&](auto& x) { return x.first == s; }) && find_layout(Grid(wb_, s), {}, {Field::Id, Field::Project, Field::Budget})) psheet = s;
  }
  if (psheet) {
    Grid pg(wb_, *psheet);
    auto pl = find_layout(pg, rules_.projects, {Field::Id, Field::Project});
    if (!pl) diags_.report(msg::ImportNoHeader, rules_.projects.at, wb_.sheets[*psheet].name).help(txt::ImportHeaderHint);
    else read_projects(pg, *pl);
  }
  if (book_.indicators.empty() && !diags_.has_errors()) {
    diags_.report(msg::ImportNoRows, rules_.indicators.at, sheet_name);
    return {};
  }
  // A unit's own table with no weight column at all: its strategies' rows weigh
  // the same (a quality-assurance table's mean of its indicators), exactly: 1/3.
  if (!book_.weight_column && book_.facts.empty()) {
    for (const Strategy& s : book_.strategies) {
      std::vector<std::size_t> rows;
      for (std::size_t k : s.indicators)
        if (depth(book_.indicators[k].id) == 2) rows.push_back(k);
      if (rows.empty()) continue;
      Rational share = Rational(1) / Rational(static_cast<std::int64_t>(rows.size()));
      std::string text = share.is_finite_decimal() ? share.to_decimal(0, 40) : share.to_fraction();
      for (std::size_t k : rows) book_.indicators[k].weight = text;
    }
  }
  // Rows with target levels from the table's level columns: scored on the rules'
  // `levels-scale`, else the row's own scale, else the rules' `scale`; never a guess.
  bool said = false;  // once: one line of the rules file names the scale of every such row
  for (Indicator& i : book_.indicators) {
    if (!i.levels || !i.scale.empty()) continue;
    if (rules_.levels_scale) {
      i.scale = rules_.levels_scale.value;
      i.scale_rule = rules_.levels_scale.at;
    }
    else if (!rules_.scale && !said) {
      diags_.report(msg::CellLevelsNoScale, at(i.target_plan_at)).help(txt::CellLevelsScaleHint);
      said = true;
    }
  }
  // Groups the rules declare replace any the workbook has (as the rules' other facts do).
  if (!rules_.groups.empty()) {
    std::vector<Group> groups;
    std::map<std::string, Span> placed;
    Span missing_at;  // the rules token of the last strategy the workbook lacks
    for (const Rules::Group& rg : rules_.groups) {
      Group gr;
      gr.id = rg.id;
      gr.rule = rg.at;
      gr.weight_rule = rg.weight_at;
      gr.title = rg.title;
      gr.weight = rg.weight;
      for (const auto& named : rg.strategies) {
        const std::string& sid = named.first;  // not a structured binding: a lambda below captures it
        const Span& sid_at = named.second;
        auto s = std::find_if(book_.strategies.begin(), book_.strategies.end(),
                              [&](const Strategy& x) { return x.id == sid && !x.indicators.empty(); });
        if (s == book_.strategies.end()) {
          // One error a rules token: `strategies 1-9999` names one range, not 9,990 mistakes.
          if (sid_at.begin == missing_at.begin && sid_at.file == missing_at.file && missing_at.valid()) continue;
          missing_at = sid_at;
          std::string have;
          for (const Strategy& x : book_.strategies)
            if (!x.indicators.empty()) have += (have.empty() ? "" : ", ") + x.id;
          diags_.report(msg::RulesNoStrategy, sid_at, sid).help(txt::RulesStrategiesAre, have);
        } else if (auto [it, fresh] = placed.emplace(sid, sid_at); !fresh) {
          diags_.report(msg::RulesStrategyGrouped, sid_at, sid).note(it->second, txt::FirstGivenHere);
        } else {
          gr.strategies.push_back(sid);
        }
      }
      groups.push_back(std::move(gr));
    }
    book_.groups = std::move(groups);
  }
  if (diags_.has_errors()) return {};
  return write();
}

// Weights the workbook writes in percent, as agreements print them: every
// strategy's rows summing to 100 ("percent"), or all the rows together
// ("percent whole"); "" when they do not (fractions of 1, or no weights).
std::string Mapper::weights_in_percent() const {
  Rational whole(0);
  bool each = true, any = false;
  try {
    for (const Strategy& s : book_.strategies) {
      Rational sum(0);
      bool weighted = false;
      for (std::size_t k : s.indicators) {
        const Indicator& i = book_.indicators[k];
        if (depth(i.id) != 2 || i.weight.empty()) continue;
        auto w = Rational::parse_decimal(i.weight);
        if (!w) return "";
        sum = sum + *w;
        weighted = true;
      }
      if (!weighted) continue;
      any = true;
      whole = whole + sum;
      each = each && sum == Rational(100);
    }
  } catch (const std::exception&) {  // a weight beyond exact arithmetic: nothing inferred
    return "";
  }
  if (!any) return "";
  if (each) return "percent";
  return whole == Rational(100) ? "percent whole" : "";
}

// A planc workbook's "quality name" as a name (an edited cell with spaces or quotes is none).
static bool quality_name(const std::string& s) {
  return !s.empty() && s.find_first_of(" \t\n\"{};") == std::string::npos;
}

// A quality level as a planc workbook shows it, as the round's `reported` writes
// it: "ดีมาก (4.52)" (the score the bands compared, when display rounding
// would cross a band) is ดีมาก; "-" (no score, no band) and "" are none.
static std::string quality_word(std::string s) {
  if (s.size() > 1 && s.back() == ')')
    if (std::size_t open = s.rfind(" ("); open != std::string::npos) {
      // Only a number in the brackets ("(4.52)", "(๔.๕๒)"): a band's own word may end in brackets ("ดี (Good)").
      std::string inside = utf8::to_arabic_digits(std::string_view(s).substr(open + 2, s.size() - open - 3));
      if (!inside.empty() && inside.find_first_not_of("0123456789.") == std::string::npos) s.erase(open);
    }
  return s == "-" ? std::string() : s;
}

Imported Mapper::write() {
  auto fact = [&](const Rules::Fact& r, const char* key) -> std::pair<std::string, From> {
    if (r) return {r.value, From{r.at}};
    auto it = book_.facts.find(key);
    if (it != book_.facts.end()) return {it->second.first, it->second.second};
    return {"", {}};
  };
  // The levels of a planc workbook's plan with a quality scale come back as the round's `reported … quality`.
  const bool qualities = quality_name(fact({}, "quality name").first);
  Imported out;
  // The plan's language: the rules, a planc workbook's, else Thai when its titles are.
  std::string lang = fact(rules_.language, "lang").first;
  if (lang.empty()) {
    bool th = false;
    for (auto& i : book_.indicators) th = th || thai_text(i.title);
    lang = th ? "th" : "en";
  }
  out.lang = lang;
  bool th = lang == "th";
  std::string digits = fact(rules_.digits, "digits").first;
  if (digits.empty()) digits = th ? "thai" : "arabic";

  auto [round_name, round_at] = fact(rules_.round, "round");
  auto [title, title_at] = fact(rules_.title, "title");
  auto [date, date_at] = fact(rules_.date, "date");
  std::string year = !opt_.year.empty() ? opt_.year : rules_.year ? rules_.year.value : "";
  From year_at = rules_.year ? From{rules_.year.at} : From{};
  if (year.empty()) {
    auto y = fact({}, "year");
    year = number(y.first, false).value_or("");
    year_at = y.second;
  }
  if (year.empty()) year = year_in(title);
  if (year.empty()) year = year_in(round_name);
  if (year.empty()) year = year_in(date);
  if (year.empty()) {
    year = year_in(book_.heading);
    year_at = book_.heading_at;
  }
  std::string months = !opt_.months.empty() ? opt_.months : rules_.months ? rules_.months.value : "";
  if (months.empty()) months = number(fact({}, "months").first).value_or("");
  if (months.empty()) months = months_in(round_name);
  if (months.empty()) months = months_in(title);
  if (months.empty()) months = months_in(book_.heading);
  if (months.empty()) months = "12";
  if (round_name.empty())
    round_name = th ? fmt::format("รอบ {} เดือน", digits == "thai" ? utf8::to_thai_digits(months) : months)
                    : fmt::format("{}-month round", months);

  bool write_plan = rules_.write != Rules::Write::Round;
  bool write_round = rules_.write == Rules::Write::Round || rules_.write == Rules::Write::Both ||
                     (rules_.write == Rules::Write::Auto && book_.any_result);
  if (write_round && year.empty()) {
    diags_.report(msg::ImportNoYear, Span{}).help(txt::ImportYearHint);
    return {};
  }

  std::string default_scale = rules_.scale ? rules_.scale.value : fact({}, "scale name").first;
  if (default_scale.empty()) default_scale = std_scale_of(fact({}, "scale").first);
  if (default_scale.empty()) default_scale = "five-band";

  // Offices and units get names of their own, in the order they appear.
  std::vector<std::string> offices;
  std::map<std::string, std::string> office_id;
  std::vector<std::pair<std::string, CellRef>> units;  // declared: text, first cell
  std::map<std::string, std::string> unit_id;
  for (auto& i : book_.indicators) {
    for (auto& o : i.offices)
      if (!office_id.count(o)) {
        office_id[o] = fmt::format("office-{}", office_id.size() + 1);
        offices.push_back(o);
      }
    if (!i.unit_text.empty() && !unit_id.count(i.unit_text)) {
      std::string std_name = std_unit_of(i.unit_text);
      if (!std_name.empty()) {
        unit_id[i.unit_text] = std_name;
      } else {
        unit_id[i.unit_text] = fmt::format("unit-{}", units.size() + 1);
        units.push_back({i.unit_text, i.unit_at});
      }
    }
  }
  std::map<std::string, std::string> project_id;  // by indicator id and title
  std::size_t next_project = 0;

  if (write_plan) {
    Writer w(digits == "thai");
    w.line(0, fmt::format("// {} {}", th ? "นำเข้าจาก" : "Imported from", wb_.name) +
                  (th ? " ด้วย planc import" : " by planc import"));
    w.line(0, "use \"std/units\"");
    w.line(0, "use \"std/scales\"");
    w.blank();
    auto [plan_title, plan_at] = fact(rules_.plan, "plan");
    if (plan_title.empty()) {
      plan_title = !book_.heading.empty() ? book_.heading : wb_.name.substr(0, wb_.name.rfind('.'));
      plan_at = book_.heading_at;
    }
    w.open(0, "plan " + plan_text(plan_title), plan_at);
    auto [agency, agency_at] = fact(rules_.agency, "agency");
    if (!agency.empty()) w.line(1, "agency " + plan_text(agency), agency_at);
    auto [by, by_at] = fact(rules_.by, "by");
    if (!by.empty()) w.line(1, "by " + plan_text(by), by_at);
    std::string from = rules_.years_from ? rules_.years_from.value : year;
    std::string to = rules_.years_to ? rules_.years_to.value : year;
    if (!rules_.years_from) {  // a planc workbook's "years": "๒๕๖๓ - ๒๕๖๕"
      std::string ys = utf8::to_arabic_digits(fact({}, "years").first);
      std::string a = year_in(ys), b = year_in(ys.substr(std::min(ys.size(), ys.find('-'))));
      if (!a.empty()) {
        from = a;
        to = b.empty() ? a : b;
      }
    }
    if (!from.empty()) w.line(1, fmt::format("years {} - {}", from, to), year_at);
    w.line(1, "language " + lang);
    w.line(1, "digits " + digits);
    w.line(1, "scale " + default_scale, rules_.scale ? From{rules_.scale.at} : From{});
    // The plan's method, as a planc workbook's Report sheet has it (values other than these are not written).
    if (auto [v, v_at] = fact(rules_.overall, "overall rule"); v == "weighted" || v == "rows" || v == "none")
      w.line(1, "overall " + v, v_at);
    std::string weights;  // the plan's `weights`, "" for fractions (the default)
    if (auto [v, v_at] = fact(rules_.weights, "weights");
        v == "percent" || v == "percent whole" || v == "fraction whole" || v == "points") {
      w.line(1, "weights " + v, v_at);
      weights = v;
    } else if (v.empty()) {  // `fraction`, the language's default, is not written and stops the inference
      if (std::string inferred = weights_in_percent(); !inferred.empty()) {
        w.line(1, "weights " + inferred);
        weights = inferred;
      }
    }
    if (auto [v, v_at] = fact({}, "columns"); !v.empty()) {
      bool known = true;
      for (std::size_t b = 0; b <= v.size();) {
        std::size_t e = std::min(v.find(',', b), v.size());
        std::string c = tidy(v.substr(b, e - b));
        known = known && (c == "percent" || c == "score" || c == "weighted" || c == "contribution");
        b = e + 1;
      }
      if (known) w.line(1, "columns " + v, v_at);
    } else if (auto printed = std::count(book_.printed.begin(), book_.printed.end(), true);
               book_.facts.empty() && printed > 0 && printed < 3) {
      // A unit's own table prints some of the three: the report has those (no "left empty" warnings for the others).
      std::string cols;
      for (std::size_t k = 0; k < 3; ++k)
        if (book_.printed[k]) cols += (cols.empty() ? "" : ", ") + std::string(std::array{"percent", "score", "weighted"}[k]);
      w.line(1, "columns " + cols);
    }
    if (rules_.strategy_word) {
      w.line(1, "levels " + plan_text(rules_.strategy_word.value) + " " + plan_text(rules_.indicator_word.value),
             rules_.strategy_word.at);
    } else if (auto [a, a_at] = fact({}, "strategy word"); !a.empty()) {
      if (auto b = fact({}, "indicator word").first; !b.empty()) w.line(1, "levels " + plan_text(a) + " " + plan_text(b), a_at);
    } else if (book_.facts.empty()) {
      // A unit's own table: the words it numbers its strategies and indicators with,
      // when every strategy's heading shares one ("องค์ประกอบที่ ๑", "ตัวบ่งชี้ที่").
      std::string word;
      bool one = true, first = true;
      for (const Strategy& s : book_.strategies) {
        if (s.indicators.empty()) continue;
        if (first) word = s.word, first = false;
        else one = one && s.word == word;
      }
      if (!one) word.clear();
      if (!word.empty() || !book_.indicator_word.empty())
        w.line(1, "levels " + plan_text(word.empty() ? "ยุทธศาสตร์" : word) + " " +
                      plan_text(book_.indicator_word.empty() ? "ตัวชี้วัด" : book_.indicator_word));
    }
    // An academic year: the rules or a planc workbook say it, or the table's title
    // does ("ปีการศึกษา ๒๕๖๖"), unless the rules say `calendar fiscal`.
    const bool title_academic = plan_title.find("ปีการศึกษา") != std::string::npos;
    if (auto [v, v_at] = fact(rules_.calendar, "calendar"); v == "academic") {
      w.line(1, "calendar academic", v_at);
    } else if (v.empty() && (title_academic || book_.heading.find("ปีการศึกษา") != std::string::npos ||
                             title.find("ปีการศึกษา") != std::string::npos)) {
      w.line(1, "calendar academic", title_academic ? plan_at : From{book_.heading_at});
    }
    // A standard's numbers kept (องค์ประกอบ 1, 2, 5 of 9): a planc workbook's "numbering".
    if (auto [v, v_at] = fact({}, "numbering"); v == "standard") w.line(1, "numbering standard", v_at);
    // The plan's quality scale (a planc workbook's "quality name"): declared below when it is the plan's own.
    auto [quality, quality_at] = fact({}, "quality name");
    if (!quality_name(quality)) quality.clear();
    if (!quality.empty()) w.line(1, "quality " + quality, quality_at);
    w.close(0);
    // The scales of the plan's own that rows are scored on: declared as the workbook's Scales sheet has them.
    std::set<std::string> declared;
    auto declare = [&](const std::string& name, From at) {
      if (name.empty() || std_scale(name) || declared.count(name)) return;
      declared.insert(name);
      auto it = book_.scales.find(name);
      if (it == book_.scales.end()) {
        // At the rules' word when they named it (`levels-scale`, `scale`), else at the row's cell.
        std::vector<std::string> std_names, names;
        for (const StdScale& s : std_scales()) std_names.emplace_back(s.name);
        names = std_names;
        for (auto& [n, _] : book_.scales) names.push_back(n);
        auto& d = diags_.report(msg::CellUnknownScale, at.rule.valid() ? at.rule : this->at(at.cell), name);
        if (std::string best = closest(name, names); !best.empty()) d.help(txt::DidYouMean, best);
        else d.help(txt::CellScaleHint, fmt::format("{}", fmt::join(std_names, "`, `")));
        return;
      }
      w.blank();
      w.line(0, it->second.first, it->second.second);
    };
    declare(default_scale, rules_.scale ? From{rules_.scale.at} : From{});
    declare(quality, quality_at);
    for (auto& i : book_.indicators) declare(i.scale, scale_from(i));
    for (auto& [u, cell] : units) {
      std::string kind = thai_text(u) && u.rfind("ระดับ", 0) == 0 ? "level" : "count";
      if (u.rfind("ร้อยละ", 0) == 0 || u == "%") kind = "percent";
      if (u.rfind("คะแนน", 0) == 0) kind = "score";
      w.line(0, fmt::format("unit {} {{ kind {}; th {}; en {} }}", unit_id[u], kind, plan_text(u), plan_text(u)), cell);
    }
    w.blank();
    for (auto& o : offices) w.line(0, fmt::format("office {} {}", office_id[o], plan_text(o)));
    // A strategy at `base` (0, or 1 inside its group).
    auto write_strategy = [&](Strategy& s, int base) {
      std::string st = s.title.empty() ? (th ? fmt::format("ยุทธศาสตร์ที่ {}", digits == "thai" ? utf8::to_thai_digits(s.id) : s.id)
                                             : fmt::format("Strategy {}", s.id))
                                       : s.title;
      w.open(base, fmt::format("strategy {} {}", s.id, plan_text(st)), s.at);
      // The strategy's own weight (a planc workbook's "strategy weights": "1 = 0.6; 2 = 0.4").
      {
        auto [weights, weights_at] = fact({}, "strategy weights");
        std::string key = s.id + " = ";
        for (std::size_t p = 0; p < weights.size();) {
          std::size_t e = std::min(weights.find(';', p), weights.size());
          std::string item = tidy(weights.substr(p, e - p));
          if (item.rfind(key, 0) == 0)
            if (auto n = number(item.substr(key.size()))) w.line(base + 1, "weight " + *n, weights_at);
          p = e + 1;
        }
      }
      // A scale every row of the strategy has (not the plan's) is the strategy's: its percent is on that scale too.
      std::string common = s.indicators.empty() ? "" : book_.indicators[s.indicators.front()].scale;
      for (std::size_t k : s.indicators)
        if (book_.indicators[k].scale != common) common.clear();
      std::string strategy_scale = common == default_scale ? "" : common;
      if (!strategy_scale.empty()) w.line(base + 1, "scale " + strategy_scale, scale_from(book_.indicators[s.indicators.front()]));
      std::function<void(std::size_t, int)> indicator = [&](std::size_t k, int level) {
        Indicator& i = book_.indicators[k];
        std::string local = i.id.substr(i.id.find('.') + 1);
        w.open(level, fmt::format("indicator {} {}", local, plan_text(i.title)), i.at);
        if (!i.unit_text.empty()) w.line(level + 1, "unit " + unit_id[i.unit_text], i.unit_at);
        if (!i.target_plan.empty()) {  // a planc workbook's target as the plan writes it, with the words shown
          // The cell's words: those beyond a comparator and a number, or all of them.
          std::string text = !i.has_target ? "" : i.target.form == Target::Form::Words ? i.target_cell : i.target.words;
          w.line(level + 1, "target " + i.target_plan + (text.empty() ? "" : " " + plan_text(text)),
                 i.target_plan_at);
        } else if (i.has_target) {
          const Target& t = i.target;
          std::string words = t.words.empty() ? "" : " " + plan_text(t.words);
          if (t.form == Target::Form::Number) w.line(level + 1, fmt::format("target {} {}{}", cmp_word(t.cmp), t.value, words), i.target_at);
          else if (t.form == Target::Form::Compound) w.line(level + 1, fmt::format("target compound {}{}", t.value, words), i.target_at);
          else w.line(level + 1, "target " + plan_text(t.words), i.target_at);
        }
        // A target in words and the workbook's percent of target: the row is scored on that percent.
        if (i.target_plan.empty() && i.basis.empty() && i.has_target && i.target.form == Target::Form::Words &&
            !i.percent.empty() &&
            i.result.form != Result::Form::NA) {
          i.on_percent = true;
          w.line(level + 1, "basis direct", i.target_at);
          diags_.report(msg::CellOnPercent, at(i.target_at), i.id, i.percent).help(txt::CellOnPercentHint);
        }
        if (!i.scale.empty() && i.scale != default_scale && i.scale != strategy_scale)
          w.line(level + 1, "scale " + i.scale, scale_from(i));
        if (i.basis == "direct" || i.basis == "given") w.line(level + 1, "basis " + i.basis, i.basis_at);
        else if (i.basis.empty() && !i.on_percent && direct(i)) w.line(level + 1, "basis direct", i.percent_at);
        if (!i.weight.empty() && level == base + 1) w.line(level + 1, "weight " + i.weight, i.weight_at);
        if (!i.offices.empty()) {
          std::string list;
          for (auto& o : i.offices) list += (list.empty() ? "" : ", ") + office_id[o];
          w.line(level + 1, "offices " + list, i.offices_at);
        }
        for (auto& p : i.projects) {
          std::string pid = fmt::format("project-{}", ++next_project);
          project_id[i.id + "\n" + p.title] = pid;
          std::string head = fmt::format("project {} {}", pid, plan_text(p.title));
          if (!p.budget.empty()) w.line(level + 1, head + " { budget " + money(p.budget) + " }", p.at);
          else w.line(level + 1, head, p.at);
        }
        for (std::size_t sub : s.indicators)
          if (depth(book_.indicators[sub].id) == 3 &&
              book_.indicators[sub].id.substr(0, book_.indicators[sub].id.rfind('.')) == i.id)
            indicator(sub, level + 1);
        w.close(level);
      };
      for (std::size_t k : s.indicators)
        if (depth(book_.indicators[k].id) == 2) indicator(k, base + 1);
      w.close(base);
    };
    // The groups above strategies (a planc workbook's rows of kind "group"),
    // each with its strategies; a strategy in no group after them.
    std::set<std::string> grouped;
    for (auto& g : book_.groups) {
      w.blank();
      w.open(0, fmt::format("group {} {}", g.id, plan_text(g.title.empty() ? g.id : g.title)),
             g.rule.valid() ? From{g.rule} : From{g.at});
      if (!g.weight.empty()) {
        // A heading's "(ร้อยละ ๗๐)" is 0.7 of a plan whose weights are fractions.
        std::string wt = g.weight;
        if (g.weight_in_percent && !weights.starts_with("percent") && weights != "points")
          if (auto r = Rational::parse_decimal(wt)) wt = (*r / Rational(100)).to_decimal(0, 40);
        w.line(1, "weight " + wt, g.weight_rule.valid() ? From{g.weight_rule} : From{g.weight_at});
      }
      bool first = true;
      for (auto& sid : g.strategies)
        for (auto& s : book_.strategies)
          if (s.id == sid && !s.indicators.empty() && grouped.insert(sid).second) {
            if (!first) w.blank();
            first = false;
            write_strategy(s, 1);
          }
      w.close(0);
    }
    for (auto& s : book_.strategies) {
      if (s.indicators.empty() || grouped.count(s.id)) continue;
      w.blank();
      write_strategy(s, 0);
    }
    if (diags_.has_errors()) return {};
    out.files.push_back(w.finish("plan.plan"));
  }

  // Whether the plan's table has a column (a planc workbook's `columns`; all three when it does not say).
  std::string columns = fact({}, "columns").first;
  auto column = [&](std::string_view c) {
    if (columns.empty()) return true;
    for (std::size_t b = 0; b <= columns.size();) {
      std::size_t e = std::min(columns.find(',', b), columns.size());
      if (tidy(columns.substr(b, e - b)) == c) return true;
      b = e + 1;
    }
    return false;
  };
  if (write_round) {
    Writer w(digits == "thai");
    w.line(0, fmt::format("// {} {}", th ? "นำเข้าจาก" : "Imported from", wb_.name) +
                  (th ? " ด้วย planc import" : " by planc import"));
    w.line(0, "use \"plan.plan\"");
    w.blank();
    w.open(0, "round " + plan_text(round_name), round_at);
    w.line(1, "months " + months);
    w.line(1, "year " + year, year_at);
    if (!title.empty()) w.line(1, "title " + plan_text(title), title_at);
    if (!date.empty()) w.line(1, "date " + plan_text(date), date_at);
    auto [rounding, rounding_at] = fact({}, "rounding rule");
    // "none 2" is the default; "none 1" (a QA table printing 4.7) is not, and "rows N" never is.
    if ((rounding.rfind("rows ", 0) == 0 || rounding.rfind("none ", 0) == 0) && rounding != "none 2" &&
        rounding.find_first_not_of("rowsne 0123456789") == std::string::npos)
      w.line(1, "rounding " + rounding, rounding_at);
    auto [tolerance, tolerance_at] = fact({}, "tolerance");
    if (!tolerance.empty()) w.line(1, "tolerance " + tolerance, tolerance_at);
    if (auto [body, body_at] = fact({}, "body"); !body.empty()) w.line(1, "body " + plan_text(body), body_at);
    if (auto [a, a_at] = fact({}, "assessment"); a == "self" || a == "committee") w.line(1, "assessment " + a, a_at);
    w.close(0);
    for (auto& s : book_.strategies) {
      bool any = false;
      for (std::size_t k : s.indicators) {
        Indicator& i = book_.indicators[k];
        if (i.result.form == Result::Form::Empty && i.projects.empty() && i.sum.empty()) continue;
        if (!any) w.blank();
        any = true;
        w.open(0, "result " + i.id, i.at);
        switch (i.result.form) {
          case Result::Form::NA:
            w.line(1, "na " + plan_text(i.na_reason.empty() ? std::string("NA") : i.na_reason), i.result_at);
            break;
          case Result::Form::Value:
            if (i.on_percent) {
              w.line(1, "value " + i.percent, i.percent_at);
              w.line(1, "says " + plan_text(i.result.says.empty() ? i.result.values[0] : i.result.says), i.result_at);
            } else {
              // A score an assessor gave (`basis given`) is the round's `score`.
              w.line(1, (i.basis == "given" ? "score " : "value ") + i.result.values[0], i.result_at);
              if (!i.result.says.empty()) w.line(1, "says " + plan_text(i.result.says), i.result_at);
            }
            break;
          case Result::Form::Values: {
            if (!i.on_percent) {
              if (auto a = aggregate_of(i)) w.line(1, "aggregate " + *a, i.percent_at);
            }
            if (i.on_percent) {
              w.line(1, "value " + i.percent, i.percent_at);
              w.line(1, "says " + plan_text(i.result.says), i.result_at);
            } else {
              std::string list;
              for (auto& v : i.result.values) list += (list.empty() ? "" : ", ") + v;
              w.line(1, "values " + list, i.result_at);
              if (!i.result.says.empty() && i.result.says != list) {
                auto listed = result(i.result.says, false);  // the numbers as the cell lists them are not words
                if (!listed || listed->form != Result::Form::Values) w.line(1, "says " + plan_text(i.result.says), i.result_at);
              }
            }
            break;
          }
          case Result::Form::Empty:  // a result published as a sum and a count: its words
            if (!i.result.says.empty()) w.line(1, "says " + plan_text(i.result.says), i.result_at);
            break;
        }
        if (i.result.form == Result::Form::NA || i.result.form == Result::Form::Empty) {
          // no note: the reason is the `na`
        } else if (!i.na_reason.empty()) {
          w.line(1, "account " + plan_text(i.na_reason), i.note_at);
        }
        for (auto& p : i.projects) {
          std::vector<std::string> fields;
          if (!p.disbursed.empty()) fields.push_back("disbursed " + money(p.disbursed));
          if (!p.remaining.empty()) fields.push_back("remaining " + money(p.remaining));
          if (!p.status.empty()) fields.push_back("status " + p.status);
          if (!p.note.empty()) fields.push_back("note " + plan_text(p.note));
          if (fields.empty()) continue;
          w.open(1, "project " + project_id[i.id + "\n" + p.title], p.at);
          for (auto& f : fields) w.line(2, f, p.disbursed_at.valid() ? p.disbursed_at : p.at);
          w.close(1);
        }
        // The figures the workbook printed, those of the columns the plan's table has.
        std::string percent = column("percent") ? i.percent : "", score = column("score") ? i.score : "",
                    weighted = column("weighted") ? i.weighted : "";
        if (i.result.form != Result::Form::NA &&
            (!i.sum.empty() || !percent.empty() || !score.empty() || !weighted.empty())) {
          std::vector<std::string> r;
          if (!i.sum.empty()) r.push_back("sum " + i.sum + "; count " + i.count);
          if (!percent.empty()) r.push_back("percent " + percent);
          if (!score.empty()) r.push_back("score " + score);
          if (!weighted.empty()) r.push_back("weighted " + weighted);
          w.line(1, fmt::format("reported {{ {} }}", fmt::join(r, "; ")), i.score_at.valid() ? i.score_at : i.percent_at);
        }
        w.close(0);
      }
    }
    // Totals printed from a result since edited (N054) are out of date: not published figures.
    auto stale = [&](const Strategy& s) {
      return std::any_of(s.indicators.begin(), s.indicators.end(), [&](std::size_t k) { return book_.indicators[k].edited; });
    };
    const bool any_stale = std::any_of(book_.strategies.begin(), book_.strategies.end(), stale);
    bool totals = false;
    for (auto& s : book_.strategies) {
      if ((s.score.empty() && s.weight_sum.empty()) || stale(s)) continue;
      if (!totals) w.blank();
      totals = true;
      std::vector<std::string> r;
      if (!s.weight_sum.empty()) r.push_back("weight-sum " + s.weight_sum);
      if (!s.score.empty()) r.push_back("score " + s.score);
      if (!s.percent.empty() && column("percent")) r.push_back("percent " + s.percent);
      if (!s.weighted.empty() && (column("weighted") || column("contribution"))) r.push_back("weighted " + s.weighted);
      if (std::string q = quality_word(s.quality); qualities && !q.empty()) r.push_back("quality " + plan_text(q));
      w.line(0, fmt::format("reported {} {{ {} }}", s.id, fmt::join(r, "; ")), s.total_at);
    }
    for (auto& g : book_.groups) {
      if (std::any_of(book_.strategies.begin(), book_.strategies.end(), [&](const Strategy& s) {
            return stale(s) && std::find(g.strategies.begin(), g.strategies.end(), s.id) != g.strategies.end();
          }))
        continue;
      std::vector<std::string> r;
      if (!g.score.empty()) r.push_back("score " + g.score);
      if (!g.weighted.empty() && (column("weighted") || column("contribution"))) r.push_back("weighted " + g.weighted);
      if (r.empty()) continue;
      if (!totals) w.blank();
      totals = true;
      w.line(0, fmt::format("reported group {} {{ {} }}", g.id, fmt::join(r, "; ")), g.at);
    }
    if (!book_.overall_score.empty() && !any_stale) {
      if (!totals) w.blank();
      std::string r = "score " + book_.overall_score;
      if (!book_.overall_percent.empty() && column("percent")) r += "; percent " + book_.overall_percent;
      if (std::string q = quality_word(fact({}, "quality").first); qualities && !q.empty()) r += "; quality " + plan_text(q);
      w.line(0, "reported overall { " + r + " }", book_.overall_at);
    }
    // The round's adjustments, with their reasons.
    if (!book_.adjustments.empty()) w.blank();
    for (auto& a : book_.adjustments)
      w.line(0, fmt::format("{} {} {} {}", a.kind, a.target, a.amount, plan_text(a.reason.empty() ? a.kind : a.reason)), a.at);
    std::string name = fmt::format("{}-{}m.plan", year, months);
    out.files.push_back(w.finish(name));
  }
  return out;
}

}  // namespace

Imported map_workbook(const Workbook& wb, const BookFile& book, const Rules& rules, const Options& o,
                      Diagnostics& diags) {
  Mapper m(wb, book, rules, o, diags);
  Imported r = m.run();
  if (diags.has_errors()) return {};
  return r;
}

}  // namespace planc::imports
