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

// A column headed by a round's name ("ประเมินตนเอง", "คณะกรรมการตรวจประเมิน",
// "รอบ ๖ เดือน") under a heading that spans the rounds: wide enough for the
// name in two lines at most, in twips. A line breaks at a space, and in Thai
// between words, so a piece of the name without spaces is allowed its longer
// half when it is long (a word break near the middle), else its whole. A
// letter of a bold 14-point Thai heading is about 0.28 cm (160 twips), a
// cell's padding 0.44 cm (250 twips).
inline int round_column_twips(std::string_view name) {
  int widest = 0;
  for (std::size_t at = 0; at <= name.size();) {
    std::size_t end = std::min(name.find(' ', at), name.size());
    const int piece = utf8::display_width(name.substr(at, end - at));
    widest = std::max(widest, piece > 8 ? (piece + 1) / 2 : piece);
    at = end + 1;
  }
  return std::clamp(widest * 160 + 250, 800, 1950);
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
  int no = 850, title = 0, unit = 0, target = 0, offices = 0;
  std::vector<int> results;  // the earlier rounds', then this round's
};
inline Part1Columns part1_columns(const report::Model& m) {
  Part1Columns c;
  const bool offices = m.show_offices;
  c.landscape = offices && m.earlier_rounds.size() >= 2;
  c.total = c.landscape ? kLandscapeTwips : kPortraitTwips;
  const bool tight = offices && !c.landscape;
  c.unit = 1150;  // ระดับ / คะแนน, not ระดั / บ / คะแ / นน
  c.target = tight ? 1100 : 1250;
  c.offices = !offices ? 0 : c.landscape ? 2600 : 1650;
  for (auto& h : m.earlier_rounds) c.results.push_back(std::max(tight ? 850 : 1000, round_column_twips(h)));
  c.results.push_back(std::max(tight ? 1000 : 1350, m.earlier_rounds.empty() ? 0 : round_column_twips(m.this_round)));
  int used = c.no + c.unit + c.target + c.offices;
  for (int r : c.results) used += r;
  c.title = std::max(1400, c.total - used);
  return c;
}

}  // namespace planc::emit
