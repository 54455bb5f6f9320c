#include "emit/keep_words.hpp"

#include <algorithm>

namespace planc::emit {

namespace {

// The tag's name, lower case is all the emitters write: "svg" of "<svg …>", "/svg" of "</svg>".
std::string_view tag_name(std::string_view tag) {
  std::size_t end = tag.find_first_of(" \t\n/>", tag.starts_with('/') ? 1 : 0);
  return tag.substr(0, end == std::string_view::npos ? tag.size() : end);
}

// The length in bytes of a digit at s[at], Thai (๐–๙, E0 B9 90–99) or Arabic; 0 for none.
std::size_t digit_at(std::string_view s, std::size_t at) {
  if (at < s.size() && s[at] >= '0' && s[at] <= '9') return 1;
  return at + 2 < s.size() && s.substr(at, 2) == "\xE0\xB9" && static_cast<unsigned char>(s[at + 2]) >= 0x90 &&
                 static_cast<unsigned char>(s[at + 2]) <= 0x99
             ? 3
             : 0;
}

// A year's digits at s[i]: four, Thai or Arabic. Their length in bytes, or 0.
std::size_t year_at(std::string_view s, std::size_t i) {
  std::size_t at = i;
  for (int k = 0; k < 4; ++k) {
    std::size_t n = digit_at(s, at);
    if (!n) return 0;
    at += n;
  }
  return at - i;
}

// A dash and the year that ends a range ("- ๒๕๖๕", "–2565", " -๒๕๖๕"), at s[at]: its length, or 0.
std::size_t range_end_at(std::string_view s, std::size_t at) {
  for (std::string_view dash : {" - ", " – ", " -", " –", "- ", "– ", "-", "–"})
    if (s.substr(at).starts_with(dash)) {
      std::size_t n = year_at(s, at + dash.size());
      return n ? dash.size() + n : 0;
    }
  return 0;
}

// "พ.ศ. ๒๕๖๓" or a range, "พ.ศ. ๒๕๖๓ - ๒๕๖๕", at s[i]: its length, or 0.
std::size_t era_year_at(std::string_view s, std::size_t i) {
  constexpr std::string_view era = "พ.ศ. ";
  if (!s.substr(i).starts_with(era)) return 0;
  std::size_t at = i + era.size(), n = year_at(s, at);
  if (!n) return 0;
  at += n;
  return at + range_end_at(s, at) - i;
}

// A range of years without its era, "๒๕๖๔ - ๒๕๖๕", at s[i]: its length, or 0.
// Four digits each, part of no longer number: no digit, point or comma before
// it, no digit after it.
std::size_t bare_range_at(std::string_view s, std::size_t i) {
  if (i >= 1 && (s[i - 1] == '.' || s[i - 1] == ',' || digit_at(s, i - 1))) return 0;
  if (i >= 3 && digit_at(s, i - 3)) return 0;
  std::size_t n = year_at(s, i);
  if (!n) return 0;
  std::size_t m = range_end_at(s, i + n);
  if (!m || digit_at(s, i + n + m)) return 0;
  return n + m;
}

}  // namespace

void KeepWords::write(std::string_view html) {
  while (!html.empty()) {
    if (in_tag_) {
      std::size_t close = html.find('>');
      tag_.append(html.substr(0, close));
      to_ += html.substr(0, close == std::string_view::npos ? html.size() : close + 1);
      if (close == std::string_view::npos) return;
      html.remove_prefix(close + 1);
      in_tag_ = false;
      tag_done();
      continue;
    }
    std::size_t open = html.find('<');
    std::string_view t = html.substr(0, open);
    if (skip_.empty()) text(t);
    else to_ += t;
    if (open == std::string_view::npos) return;
    to_ += '<';
    html.remove_prefix(open + 1);
    in_tag_ = true;
    tag_.clear();
  }
}

void KeepWords::tag_done() {
  std::string_view name = tag_name(tag_);
  if (!skip_.empty()) {
    if (name.starts_with('/') && name.substr(1) == skip_) skip_ = {};
    return;
  }
  for (std::string_view s : {"svg", "style", "title", "script"})
    if (name == s && !tag_.ends_with('/')) skip_ = s;
}

std::vector<KeptSpan> kept_spans(std::string_view s) {
  std::vector<KeptSpan> out;
  for (std::size_t i = 0; i < s.size();) {
    // Thai is U+0E00–U+0E7F: E0 B8 xx or E0 B9 xx. A term starts only there; a
    // range of years at a digit, Thai or Arabic.
    if (static_cast<unsigned char>(s[i]) != 0xE0) {
      std::size_t n = 0;
      if (s[i] >= '0' && s[i] <= '9') {
        n = bare_range_at(s, i);
      } else {
        auto f = std::find_if(std::begin(kKeptFormulas), std::end(kKeptFormulas),
                              [&](std::string_view k) { return s.substr(i).starts_with(k); });
        if (f != std::end(kKeptFormulas)) n = f->size();
      }
      if (n) out.push_back({i, n});
      i += n ? n : 1;
      continue;
    }
    auto at = std::find_if(std::begin(kKeptWords), std::end(kKeptWords),
                           [&](std::string_view w) { return s.substr(i).starts_with(w); });
    std::size_t n = at != std::end(kKeptWords) ? at->size() : era_year_at(s, i);
    if (!n && digit_at(s, i)) n = bare_range_at(s, i);
    if (!n) {
      i += 3;
      continue;
    }
    std::size_t end = i + n;
    // Not a term but a word's start when a mark follows (U+0E31, U+0E34–0E3A, U+0E47–0E4E).
    if (end + 2 < s.size() && static_cast<unsigned char>(s[end]) == 0xE0) {
      unsigned c = (static_cast<unsigned char>(s[end + 1]) << 8) | static_cast<unsigned char>(s[end + 2]);
      if (c == 0xB8B1 || (c >= 0xB8B4 && c <= 0xB8BA) || (c >= 0xB987 && c <= 0xB98E)) {
        i = end;
        continue;
      }
    }
    out.push_back({i, n});
    i = end;
  }
  return out;
}

void KeepWords::text(std::string_view s) {
  std::size_t run = 0;  // start of the bytes not yet written
  for (auto [i, n] : kept_spans(s)) {  // s[i, i + n) kept on one line
    to_ += s.substr(run, i - run);
    to_ += "<span class=\"w\">";
    to_ += s.substr(i, n);
    to_ += "</span>";
    run = i + n;
  }
  to_ += s.substr(run);
}

namespace {

// `s` on one line: its spaces no-break, a word joiner before each Thai cluster but the first.
void append_joined(std::string& out, std::string_view s) {
  for (std::size_t k = 0; k < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[k]);
    std::size_t len = std::min<std::size_t>(b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4, s.size() - k);
    // A Thai consonant (U+0E01–0E2E) or leading vowel (U+0E40–0E44) starts a cluster.
    bool starts = len == 3 && b == 0xE0 &&
                  ((s[k + 1] == '\xB8' && static_cast<unsigned char>(s[k + 2]) >= 0x81 &&
                    static_cast<unsigned char>(s[k + 2]) <= 0xAE) ||
                   (s[k + 1] == '\xB9' && static_cast<unsigned char>(s[k + 2]) >= 0x80 &&
                    static_cast<unsigned char>(s[k + 2]) <= 0x84));
    if (s[k] == ' ') out += "\u00A0";
    else {
      // Not after a no-break space (it holds already), nor after a leading
      // vowel (เ แ โ ใ ไ: its consonant is of its syllable, "เล", not "เ|ล").
      const bool after_leading = k >= 3 && static_cast<unsigned char>(s[k - 3]) == 0xE0 && s[k - 2] == '\xB9' &&
                                 static_cast<unsigned char>(s[k - 1]) >= 0x80 && static_cast<unsigned char>(s[k - 1]) <= 0x84;
      if (k > 0 && starts && s[k - 1] != ' ' && !after_leading) out += "\u2060";
      out += s.substr(k, len);
    }
    k += len;
  }
}

}  // namespace

std::string joined(std::string_view s, std::string_view whole) {
  std::vector<KeptSpan> spans = kept_spans(s);
  // `whole` where it occurs, in place of the spans inside it.
  for (std::size_t at = whole.empty() ? std::string_view::npos : s.find(whole); at != std::string_view::npos;
       at = s.find(whole, at + whole.size())) {
    std::erase_if(spans, [&](const KeptSpan& k) { return k.at < at + whole.size() && at < k.at + k.n; });
    spans.insert(std::lower_bound(spans.begin(), spans.end(), at, [](const KeptSpan& k, std::size_t v) { return k.at < v; }),
                 KeptSpan{at, whole.size()});
  }
  std::string out;
  std::size_t run = 0;
  for (auto [i, n] : spans) {
    out += s.substr(run, i - run);
    append_joined(out, s.substr(i, n));
    run = i + n;
  }
  out += s.substr(run);
  return out;
}

}  // namespace planc::emit
