// Thai words a printed line must not split. Chromium breaks Thai lines with a
// dictionary that knows words, not terms: it sets "คะแนนถ่วง / น้ำหนัก",
// "ร้อย / ละ", "ขั้น / สูง", "งบ / ประมาณ", "ตามคำ / รับรอง" at a line's end,
// each half a word of its own to the reader. KeepWords, between an HTML
// emitter and its sink, wraps each such term of the text (never of a tag, an
// attribute, a style, an SVG or a title) in <span class="w">, which the style
// keeps on one line (white-space: nowrap). So too "(W × SM)", a year with its era,
// "พ.ศ. ๒๕๖๓", and a range of years, "พ.ศ. ๒๕๖๓ - ๒๕๖๕", "๒๕๖๔ - ๒๕๖๕".
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emit/sink.hpp"

namespace planc::emit {

// The terms, each a few syllables: short enough for the narrowest column that
// prints one (a weighted-score heading's ถ่วงน้ำหนัก, 1150 twips).
inline constexpr std::string_view kKeptWords[] = {
    "ถ่วงน้ำหนัก", "องค์ประกอบ", "ดำเนินงาน", "งบประมาณ", "คำรับรอง", "หน่วยงาน",
    "ตัวชี้วัด",    "ค่าคะแนน",   "น้ำหนัก",    "ขั้นสูง",    "ขั้นต้น",    "ร้อยละ",
    "ประจำปีงบประมาณ", "ปีงบประมาณ", "ประจำปี", "ดำเนินการ",
};

// The formulas' terms, which Chromium would break at a space: "(W / × SM)"
// under a narrow column's heading, "÷ Σ / W" and "Σ / (W × SM)" in a total
// row's label. The longer first.
inline constexpr std::string_view kKeptFormulas[] = {"Σ (W × SM)", "(W × SM)", "Σ W"};

// Where `s`'s terms, formulas and years are: each kept span's start and length
// in bytes, in order.
struct KeptSpan {
  std::size_t at, n;
};
std::vector<KeptSpan> kept_spans(std::string_view s);

// `s` with each kept span on one line for a word processor, which knows no
// HTML: its spaces no-break (U+00A0), and a word joiner (U+2060) before each
// of its Thai consonants and leading vowels but the first, never inside a
// cluster of marks, since LibreOffice breaks Thai at its dictionary's words
// ("คะแนนถ่วง / น้ำหนัก", "ประจำ / ปีงบประมาณ"). `whole`, where `s` holds it,
// is kept too (a cover's agency name).
std::string joined(std::string_view s, std::string_view whole = {});

class KeepWords {
 public:
  explicit KeepWords(Sink& to) : to_(to) {}
  // Writes `html` (any piece: a tag may run on into the next) with its terms kept.
  void write(std::string_view html);

 private:
  void text(std::string_view s);
  void tag_done();
  Sink& to_;
  bool in_tag_ = false;
  std::string tag_;        // the tag being read, up to its '>'
  std::string_view skip_;  // inside <svg>, <style>, <title> or <script>: the name that ends it
};

// A small page written whole by `write(Sink&)`, then to `to` with its terms kept.
template <typename Write>
void write_kept(Sink& to, Write&& write) {
  KeepWords keep(to);
  keep.write(collect(std::forward<Write>(write)));
}

}  // namespace planc::emit
