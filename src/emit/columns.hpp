// Column widths the printed emitters (HTML for PDF, Word) share.
#pragma once
#include <algorithm>
#include <string_view>
#include <vector>

#include "report/model.hpp"
#include "support/utf8.hpp"

namespace planc::emit {

// The text width of a portrait A4 page with a Thai official document's
// margins (3 cm left, 2 cm right): 16 cm, in twips.
inline constexpr int kPortraitTwips = 9071;
// And of a landscape page (2.5 cm left, 2 cm right): 25.2 cm.
inline constexpr int kLandscapeTwips = 14287;
// ลำดับ on one line in a bold 14-point heading.
inline constexpr int kNoTwips = 850;

// Whether a text has Thai letters (U+0E00-U+0E7F): Thai breaks a line
// between words, inside what has no space; English does not.
inline bool has_thai(std::string_view s) {
  return s.find("\xE0\xB8") != std::string_view::npos || s.find("\xE0\xB9") != std::string_view::npos;
}

// A column headed by a round's name ("ประเมินตนเอง", "คณะกรรมการตรวจประเมิน",
// "รอบ ๖ เดือน", "Committee") under a heading that spans the rounds: wide
// enough for the name in two lines at most, in twips. A line breaks at a
// space, and in Thai between words, so a long Thai piece without spaces is
// allowed its longer half (a word break near the middle), anything else its
// whole. A letter of a bold 14-point Thai heading is about 0.28 cm (160
// twips), a cell's padding 0.44 cm (250 twips).
inline int round_column_twips(std::string_view name) {
  int widest = 0;
  for (std::size_t at = 0; at <= name.size();) {
    std::size_t end = std::min(name.find(' ', at), name.size());
    const std::string_view piece = name.substr(at, end - at);
    const int w = utf8::display_width(piece);
    widest = std::max(widest, w > 8 && has_thai(piece) ? (w + 1) / 2 : w);
    at = end + 1;
  }
  return std::clamp(widest * 160 + 250, 800, 1950);
}

// The columns of a figure of each round, the earlier rounds' first: each as
// wide as its round's name needs, at least `least_earlier` (`least` for this
// round's); this round's alone, with no earlier rounds, `least` wide.
inline std::vector<int> round_columns_twips(const report::Model& m, int least, int least_earlier) {
  std::vector<int> widths;
  for (auto& h : m.earlier_rounds) widths.push_back(std::max(least_earlier, round_column_twips(h)));
  widths.push_back(std::max(least, m.earlier_rounds.empty() ? 0 : round_column_twips(m.this_round)));
  return widths;
}

// Columns fitted into `total`: the one of width 0 (the title) takes what the
// others leave, at least `least`; when they leave less, they are narrowed in
// proportion, so that a table of many rounds stays on its page.
inline std::vector<int> fit_columns(std::vector<int> widths, int total, int least) {
  long used = 0;
  for (int w : widths) used += w;
  // Room kept for the column that takes the rest, when there is one.
  const int rest = std::find(widths.begin(), widths.end(), 0) != widths.end() ? least : 0;
  if (used + rest > total && used > 0) {
    long fixed = 0;
    for (int& w : widths) {
      w = static_cast<int>(w * static_cast<long>(total - rest) / used);
      fixed += w;
    }
    used = fixed;
  }
  for (int& w : widths)
    if (w == 0) w = static_cast<int>(std::max<long>(least, total - used));
  return widths;
}

// The same in percent of a portrait page's text width (HTML's columns).
inline int round_column_percent(std::string_view name) {
  return (round_column_twips(name) * 100 + kPortraitTwips / 2) / kPortraitTwips;
}

// Part 1's columns, in twips: ลำดับ unbroken, the indicator's title (what the
// others leave), its unit (ร้อยละ unbroken), its target, a result per round
// (each round's name in two lines, under "ผล"), and the offices when some row
// names one. An offices column beside two earlier rounds is eight columns, too
// many for a portrait page: Part 1 is then printed on landscape pages, as
// Part 2 is.
struct Part1Columns {
  bool landscape = false;
  int total = kPortraitTwips;
  int no = kNoTwips, title = 0, unit = 0, target = 0, offices = 0;
  std::vector<int> results;  // the earlier rounds', then this round's
};
// `landscape_total`: a landscape page's text width in the emitter's margins
// (Word's keeps the 3 cm binding margin: 14003 twips).
inline Part1Columns part1_columns(const report::Model& m, int landscape_total = kLandscapeTwips) {
  Part1Columns c;
  const bool offices = m.show_offices;
  c.landscape = offices && m.earlier_rounds.size() >= 2;
  c.total = c.landscape ? landscape_total : kPortraitTwips;
  const bool tight = offices && !c.landscape;
  c.unit = 1150;  // ระดับ / คะแนน, not ระดั / บ / คะแ / นน
  c.target = 1250;
  // An English office's words are not broken between letters as Thai lines are
  // between words: "Responsible", "Community" need their width.
  // A Thai office's longest word too: "ประชาสัมพันธ์" was broken "ประชาสัมพั / นธ์" at 1650.
  c.offices = !offices ? 0 : c.landscape ? 2600 : m.lang == "th" ? 1850 : 2100;
  c.results = round_columns_twips(m, tight ? 1000 : 1350, tight ? 850 : 1000);
  // The title (0) takes the rest; many rounds narrow the others instead.
  std::vector<int> w{c.no, 0, c.unit, c.target};
  w.insert(w.end(), c.results.begin(), c.results.end());
  if (offices) w.push_back(c.offices);
  w = fit_columns(w, c.total, 1800);
  c.no = w[0], c.title = w[1], c.unit = w[2], c.target = w[3];
  std::copy(w.begin() + 4, w.begin() + 4 + static_cast<long>(c.results.size()), c.results.begin());
  if (offices) c.offices = w.back();
  return c;
}

}  // namespace planc::emit
