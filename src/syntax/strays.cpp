// Characters pasted from Word, a web page or a PDF (the grammar's Stray), and
// a `%` after a number: reported once, with the fix, and read as what they
// stand for, so that one pasted character gives one error. Called by the
// parser (syntax/parser.cpp) only where such a character is, never on its
// hot path; a file of its own for the reason strays.hpp gives.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "syntax/strays.hpp"  // (before support/utf8.hpp: the grammar names PEGTL's utf8)
#include "support/utf8.hpp"

namespace planc::syntax::detail {
namespace g = planc::grammar;

namespace {

// Where the parser is in the input (what PEGTL's input gives the parser's
// own rules): the bytes a stray character is read as are taken from it.
struct Cursor {
  const char* p;
  const char* e;
  const char* current() const { return p; }
  const char* end() const { return e; }
  void bump(std::size_t n) { p += n; }
};

// A `,` before p, blanks between (as the parser's comma_before).
bool comma_before(const Parsing& st, const char* p) {
  while (p > st.base) {
    char c = *(p - 1);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') --p;
    else return c == ',';
  }
  return false;
}

// Digits (ASCII or Thai) and thousands separators as ASCII digits without
// them (as the parser's ascii_number), kept in the file's arena.
std::string_view ascii_digits(Parsing& st, std::string_view raw, bool& thai) {
  std::string out;
  thai = false;
  for (std::size_t i = 0; i < raw.size();) {
    if (int d = g::thai_digit_at(raw.data() + i, raw.data() + raw.size()); d >= 0) {
      out += static_cast<char>('0' + d);
      thai = true;
      i += 3;
      continue;
    }
    if (raw[i] != ',') out += raw[i];
    ++i;
  }
  return st.derived.keep(out);
}

// ---- characters pasted from Word, a web page or a PDF (grammar: Stray) ----

// The name of a stray character, in the reader's language.
Term stray_name(char32_t c) {
  switch (c) {
    case 0x00A0: return txt::CharNoBreakSpace;
    case 0x202F: return txt::CharNarrowNoBreakSpace;
    case 0x3000: return txt::CharFullWidthSpace;
    case 0x200B: return txt::CharZeroWidthSpace;
    case 0x200C: return txt::CharZeroWidthNonJoiner;
    case 0x200D: return txt::CharZeroWidthJoiner;
    case 0x2060: return txt::CharWordJoiner;
    case 0xFEFF: return txt::CharByteOrderMark;
    case 0x00AD: return txt::CharSoftHyphen;
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069: return txt::CharDirectionMark;
    case 0x2013: return txt::CharEnDash;
    case 0x2014: return txt::CharEmDash;
    case 0x2212: return txt::CharMinusSign;
    case 0x201C: return txt::CharLeftQuote;
    case 0x201D: return txt::CharRightQuote;
    case 0x2018: return txt::CharLeftSingleQuote;
    case 0x2019: return txt::CharRightSingleQuote;
    default: break;
  }
  switch (g::stray_kind(c)) {
    case g::Stray::Space: return txt::CharTypographicSpace;
    case g::Stray::Invisible: return txt::CharInvisibleFormat;
    case g::Stray::Dash: return txt::CharTypographicDash;
    case g::Stray::Quote: return txt::CharCurlyQuote;
    default: break;
  }
  if (c >= 0xFF10 && c <= 0xFF19) return txt::CharFullWidthDigit;
  if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return txt::CharFullWidthLetter;
  return txt::CharFullWidthSign;
}

Text stray_words_of(std::string_view ch, g::Stray kind, char32_t cp) {
  const auto u = static_cast<unsigned>(cp);
  switch (kind) {
    case g::Stray::Space: return text(txt::FoundOddSpace, u, stray_name(cp));
    case g::Stray::Invisible: return text(txt::FoundInvisible, u, stray_name(cp));
    case g::Stray::FullWidth: return text(txt::FoundFullWidth, ch, u, stray_name(cp));
    default: return text(txt::FoundLookalike, ch, u, stray_name(cp));
  }
}

// The ASCII character a full-width form stands for (U+FF01..U+FF5E), or 0.
char full_width_ascii(const char* p, const char* e, int& n) {
  char32_t cp = 0;
  n = g::code_point_at(p, e, cp);
  return n && cp >= 0xFF01 && cp <= 0xFF5E ? static_cast<char>(cp - 0xFEE0) : '\0';
}

// How to fix the stray character at [b, e) (for a run of full-width
// characters, all of them): delete it, a space, or the character it looks like.
Text stray_fix(const char* b, const char* e, g::Stray kind) {
  std::string_view ch(b, static_cast<std::size_t>(e - b));
  switch (kind) {
    case g::Stray::Space: return text(txt::FixOddSpace);
    case g::Stray::Invisible: return text(txt::FixInvisible);
    case g::Stray::Dash: return text(txt::FixDash, ch);
    case g::Stray::Quote: return text(txt::FixQuote, ch);
    default: break;
  }
  std::string ascii;
  for (const char* q = b; q < e;) {
    int n;
    char a = full_width_ascii(q, e, n);
    if (!a) break;
    ascii += a;
    q += n;
  }
  return text(txt::FixFullWidth, ascii, ch);
}

// The run of full-width characters at p (before e), for a fix.
const char* full_width_run(const char* p, const char* e) {
  int n;
  while (p < e && full_width_ascii(p, e, n)) p += n;
  return p;
}

// Reports the stray character (or run) at [b, e), whose first character is
// of `kind`, with the fix: "unexpected invisible character `U+200B`
// (zero-width space) after `target`".
void report_stray(Parsing& st, const char* b, const char* e, std::optional<Text> after, Text fix, bool recovered) {
  g::Stray kind = g::Stray::None;
  char32_t cp = 0;
  int n = g::stray_at(b, e, kind, cp);
  Text what = stray_words_of(std::string_view(b, static_cast<std::size_t>(n)), kind, cp);
  const char* q = b;  // what is before it on its line: nothing but blanks?
  while (q > st.base && (q[-1] == ' ' || q[-1] == '\t')) --q;
  const bool line_start = q == st.base || q[-1] == '\n';
  Text message = after        ? text(msg::StrayAfter, std::move(what), std::move(*after))
                 : line_start ? text(msg::StrayLineStart, std::move(what))
                              : text(msg::StrayHere, std::move(what));
  Span sp = st.span(st.off(b), st.off(e));
  Diagnostic* d = recovered ? st.recovered(Code::StrayChar, sp, std::move(message))
                            : st.error(Code::StrayChar, sp, std::move(message));
  if (d) d->hint = std::move(fix);
}

// The same, for a value planc reads from bytes of its own choosing (a
// character pasted from Word, read as what it stands for): [b, e).
Value& push_at(Parsing& st, ValueKind k, const char* b, const char* e) {
  ItemSoFar& f = *st.item;
  f.span.end = std::max(f.span.end, st.off(e));
  Value& v = f.values_so_far.emplace_back();
  v.kind = k;
  v.span = st.span(st.off(b), st.off(e));
  v.raw = std::string_view(b, static_cast<std::size_t>(e - b));
  v.comma_before = comma_before(st, b);
  return v;
}

// What comes just before a value of the item being parsed, for "after
// ...": its last value (a text as "a text"), or its key; `}` after its block.
std::optional<Text> after_value(Parsing& st) {
  if (!st.item) return std::nullopt;
  ItemSoFar& f = *st.item;
  if (f.key.empty()) return std::nullopt;
  if (f.has_block) return text(txt::FoundChar, "}");
  if (!f.values_so_far.empty()) {
    const Value& v = f.values_so_far.back();
    if (v.kind == ValueKind::String || v.kind == ValueKind::Text) return text(txt::ValueText);
    return text(txt::FoundChar, v.raw);
  }
  return text(txt::FoundChar, f.key);
}

// ---- `%` after a number -----------------------------------------------------

// The decimal s (ASCII: an optional `-`, digits, one `.` at most) times 10^k,
// without leading or trailing zeros: `25` and -2 give `0.25`.
std::string shift_point(std::string_view s, int k) {
  std::string sign;
  if (!s.empty() && s[0] == '-') {
    sign = "-";
    s.remove_prefix(1);
  }
  auto dot = s.find('.');
  std::string digits(s.substr(0, dot));
  long point = static_cast<long>(digits.size()) + k;
  if (dot != std::string_view::npos) digits += s.substr(dot + 1);
  while (point <= 0) {
    digits.insert(digits.begin(), '0');
    ++point;
  }
  while (static_cast<std::size_t>(point) > digits.size()) digits += '0';
  std::string whole = digits.substr(0, static_cast<std::size_t>(point));
  std::string part = digits.substr(static_cast<std::size_t>(point));
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!part.empty() && part.back() == '0') part.pop_back();
  return sign + whole + (part.empty() ? "" : "." + part);
}

// The standard percent unit (`percent`, `ร้อยละ`) of the indicator the item
// being parsed is in, when its `unit` comes before the item.
std::optional<std::string_view> percent_unit(Parsing& st) {
  if (!st.siblings) return std::nullopt;
  for (const Item& c : *st.siblings)
    if (c.key == "unit" && !c.values.empty() && c.values[0].kind == ValueKind::Name &&
        (c.values[0].text == "percent" || c.values[0].text == "ร้อยละ"))
      return c.values[0].text;
  return std::nullopt;
}

// A `%` at [b, e) where a value may be (or `％`). After a number it is
// reported once, at the `%` (E021), and read as the planner meant it: a
// weight or a tolerance as a share of 1 (`25%` is 0.25), anything else as the
// number alone (`target >= 95%` is `target >= 95`). Elsewhere it is a symbol
// (false), which the lowering reports where it is not expected.
bool percent_at(Parsing& st, const char* b, const char* e) {
  ItemSoFar& f = *st.item;
  auto& vals = f.values_so_far;
  if (vals.empty() || (vals.back().kind != ValueKind::Number && vals.back().kind != ValueKind::Fraction)) {
    push_at(st, ValueKind::Symbol, b, e).text = "%";
    return false;
  }
  Value& n = vals.back();
  std::string_view key = f.key;
  Text hint;
  if (key == "weight" || key == "tolerance") {
    bool fraction = n.kind == ValueKind::Fraction;
    std::string_view part = fraction ? n.den : n.text;
    std::string shown;
    if (std::count(part.begin(), part.end(), '.') <= 1) {
      (fraction ? n.den : n.text) = st.derived.keep(shift_point(part, fraction ? 2 : -2));
      n.span.end = st.off(e);  // `25%` is the number 0.25
      n.raw = std::string_view(n.raw.data(), static_cast<std::size_t>(e - n.raw.data()));
    }
    shown = fraction ? std::string(n.text) + "/" + std::string(n.den) : std::string(n.text);
    if (n.thai_digits) shown = utf8::to_thai_digits(shown);
    hint = text(key == "weight" ? txt::WeightIsShare : txt::ToleranceIsShare, shown);
  } else if (key == "percent") {
    hint = text(txt::PercentFieldSaysIt, key);
  } else if (auto unit = percent_unit(st)) {
    hint = text(txt::PercentUnitSaysIt, *unit);
  } else {
    hint = text(txt::PercentDrop);
  }
  f.span.end = std::max(f.span.end, st.off(e));
  if (auto* d = st.recovered(msg::PercentSign.code, st.span(st.off(b), st.off(e)), text(msg::PercentSign, key)))
    d->hint = std::move(hint);
  return true;
}

// ---- a character pasted from Word where a value may be --------------------
// Reported (E015) and read as what it stands for, so that one pasted
// character gives one error: a space; nothing (a name cut by a zero-width
// space is one name again); `-`; a text in curly quotes; the ASCII of
// full-width digits, letters and signs. Where planc cannot tell what it stands
// for, it is not taken: the item's end is expected there, and the error
// names the character all the same (report_error).

// After zero-width characters at [b, in): the name just before them (the
// item's last value, or its key) and the word just after them are one name;
// the digits of a number on both sides, one number.
void join_word(Cursor& in, Parsing& st, const char* b) {
  ItemSoFar& f = *st.item;
  const std::uint32_t at = st.off(b);
  Value* prev = nullptr;
  if (!f.values_so_far.empty()) {
    Value& v = f.values_so_far.back();
    if (v.span.end != at) return;
    const char* q = in.current();
    const char* e = in.end();
    std::size_t digits_after = 0;  // `7​0`, `3​.5`: the rest of the number
    if (g::digit_at(q, e) > 0) digits_after = static_cast<std::size_t>(g::number::scan(q, e));
    else if (q != e && *q == '.' && g::digit_at(q + 1, e) > 0)
      digits_after = 1 + static_cast<std::size_t>(g::number::scan(q + 1, e));
    if (v.kind == ValueKind::Number && digits_after > 0) {
      std::string_view rest(q, digits_after);
      bool thai = false;
      std::string_view digits = ascii_digits(st, rest, thai);
      v.text = st.derived.keep(std::string(v.text) + std::string(digits));
      v.thai_digits = v.thai_digits || thai;
      const char* end = q + rest.size();
      v.raw = std::string_view(v.raw.data(), static_cast<std::size_t>(end - v.raw.data()));
      v.span.end = st.off(end);
      f.span.end = std::max(f.span.end, st.off(end));
      in.bump(rest.size());
      return;
    }
    if (v.kind != ValueKind::Name) return;
    prev = &v;
  } else if (f.key.empty() || f.key_span.end != at) {
    return;
  }
  std::string joined(prev ? prev->text : f.key);
  const char* q = in.current();
  const char* e = in.end();
  const char* end = nullptr;
  for (;;) {
    std::ptrdiff_t m = g::name_rest_star::scan(q, e);
    if (m <= 0) break;
    joined.append(q, static_cast<std::size_t>(m));
    q += m;
    end = q;
    // more of them inside the same word: each reported where it is
    g::Stray kind = g::Stray::None;
    char32_t cp = 0;
    int n = g::stray_at(q, e, kind, cp);
    if (!n || kind != g::Stray::Invisible || g::name_rest_star::scan(q + n, e) <= 0) break;
    report_stray(st, q, q + n, text(txt::FoundChar, std::string_view(joined)), text(txt::FixInvisible), true);
    q += n;
  }
  if (!end) return;
  in.bump(static_cast<std::size_t>(end - in.current()));
  if (prev) {
    prev->raw = std::string_view(prev->raw.data(), static_cast<std::size_t>(end - prev->raw.data()));
    prev->span.end = st.off(end);
    prev->text = st.names.intern(joined);
  } else {
    f.key = st.derived.keep(joined);
    f.key_span.end = st.off(end);
  }
  f.span.end = std::max(f.span.end, st.off(end));
}

// A text in curly quotes (or full-width ones) opened at p (n bytes): up to
// the next quote on the line, curly or straight. False when there is none.
bool curly_text(Cursor& in, Parsing& st, const char* p, int n, std::optional<Text> after) {
  const char* e = in.end();
  const char* q = p + n;
  int close = 0;
  while (q < e && *q != '\n') {
    if (*q == '"') {
      close = 1;
      break;
    }
    g::Stray kind = g::Stray::None;
    char32_t cp = 0;
    int m = g::stray_at(q, e, kind, cp);
    if (m && (kind == g::Stray::Quote || cp == 0xFF02)) {
      close = m;
      break;
    }
    int step = g::code_point_at(q, e, cp);
    q += step ? step : 1;
  }
  if (!close) return false;
  Value& v = push_at(st, ValueKind::String, p, q + close);
  v.text = std::string_view(p + n, static_cast<std::size_t>(q - (p + n)));
  std::string_view open(p, static_cast<std::size_t>(n)), shut(q, static_cast<std::size_t>(close));
  Text fix = close == 1 ? text(txt::FixQuote, open) : text(txt::FixQuotes, open, shut);
  report_stray(st, p, p + n, std::move(after), std::move(fix), true);
  in.bump(static_cast<std::size_t>(q + close - p));
  return true;
}

// Full-width characters at p: digits as a number (`８０` is 80), letters as a
// name, `＞＝` as `>=`, `％` as `%`, `＂` as a quote. False for the others.
bool full_width(Cursor& in, Parsing& st, const char* p, std::optional<Text> after) {
  const char* e = in.end();
  int n;
  const char first = full_width_ascii(p, e, n);
  if (first == '%') {
    if (!percent_at(st, p, p + n))  // not after a number: a `%` all the same
      report_stray(st, p, p + n, std::move(after), stray_fix(p, p + n, g::Stray::FullWidth), true);
    in.bump(static_cast<std::size_t>(n));
    return true;
  }
  if (first == '"') return curly_text(in, st, p, n, std::move(after));
  auto digit = [](char a) { return a >= '0' && a <= '9'; };
  auto letter = [](char a) { return (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || a == '_'; };
  auto sign = [](char a) { return a == '>' || a == '<' || a == '=' || a == '-'; };
  auto belongs = [&](char a) {
    if (digit(first)) return digit(a) || a == '.' || a == ',' || a == '/';
    if (letter(first)) return letter(a) || digit(a) || a == '-';
    return sign(first) && sign(a);
  };
  if (!digit(first) && !letter(first) && !sign(first)) return false;
  // The run as ASCII, and where each of its characters starts.
  std::string ascii;
  std::vector<const char*> at;
  for (const char* q = p; q < e;) {
    char a = full_width_ascii(q, e, n);
    if (!a || !belongs(a)) break;
    ascii += a;
    at.push_back(q);
    q += n;
  }
  at.push_back(p + 3 * ascii.size());  // each full-width form is three bytes
  std::size_t used = 0;
  Value* v = nullptr;
  if (digit(first)) {
    const char* a = ascii.data();
    const char* ae = a + ascii.size();
    std::ptrdiff_t num = g::number::scan(a, ae), den = -1;
    if (num < static_cast<std::ptrdiff_t>(ascii.size()) - 1 && a[num] == '/') den = g::number::scan(a + num + 1, ae);
    used = static_cast<std::size_t>(den > 0 ? num + 1 + den : num);
    std::string digits;
    for (char c : ascii.substr(0, used))
      if (c != ',') digits += c;
    v = &push_at(st, den > 0 ? ValueKind::Fraction : ValueKind::Number, p, at[used]);
    std::string_view kept = st.derived.keep(digits);
    auto slash = kept.find('/');
    v->text = kept.substr(0, slash);
    if (slash != std::string_view::npos) v->den = kept.substr(slash + 1);
  } else if (letter(first)) {
    used = ascii.size();
    v = &push_at(st, ValueKind::Name, p, at[used]);
    v->text = st.names.intern(ascii);
  } else {
    used = ascii.size() >= 2 && (ascii.compare(0, 2, ">=") == 0 || ascii.compare(0, 2, "<=") == 0 ||
                                  ascii.compare(0, 2, "->") == 0)
               ? 2
               : 1;
    v = &push_at(st, ValueKind::Symbol, p, at[used]);
    v->text = st.derived.keep(ascii.substr(0, used));
  }
  report_stray(st, p, at[used], std::move(after), stray_fix(p, at[used], g::Stray::FullWidth), true);
  in.bump(static_cast<std::size_t>(at[used] - p));
  return true;
}

bool read_at(Cursor& in, Parsing& st) {
  const char* p = in.current();
  const char* e = in.end();
  g::Stray kind = g::Stray::None;
  char32_t cp = 0;
  const int n = g::stray_at(p, e, kind, cp);
  std::optional<Text> after = after_value(st);
  switch (kind) {
    case g::Stray::Space:
    case g::Stray::Invisible: {
      // A run of them: a space if one of them is, else nothing.
      const char* q = p + g::stray_blank::scan(p, e);
      bool space = false;
      for (const char* r = p; r < q;) {
        g::Stray k = g::Stray::None;
        char32_t c = 0;
        r += g::stray_at(r, q, k, c);
        space = space || k == g::Stray::Space;
      }
      report_stray(st, p, q, std::move(after), stray_fix(p, q, kind), true);
      in.bump(static_cast<std::size_t>(q - p));
      if (!space) join_word(in, st, p);
      return true;
    }
    case g::Stray::Dash: {
      const bool arrow = p + n < e && p[n] == '>';  // `–>` is `->`
      const char* end = p + n + (arrow ? 1 : 0);
      push_at(st, ValueKind::Symbol, p, end).text = arrow ? "->" : "-";
      report_stray(st, p, p + n, std::move(after), stray_fix(p, p + n, kind), true);
      in.bump(static_cast<std::size_t>(end - p));
      return true;
    }
    case g::Stray::Quote: return curly_text(in, st, p, n, std::move(after));
    case g::Stray::FullWidth: return full_width(in, st, p, std::move(after));
    case g::Stray::None: break;
  }
  return false;
}

// A run of no-break spaces or zero-width characters where a space may be:
// between items (after_block false) or after a block's `}`.
void blanks_at(Parsing& st, const char* b, const char* e, bool after_block) {
  g::Stray kind = g::Stray::None;
  char32_t cp = 0;
  g::stray_at(b, e, kind, cp);
  report_stray(st, b, e, after_block ? std::optional<Text>(text(txt::FoundChar, "}")) : std::nullopt,
               stray_fix(b, e, kind), true);
}

}  // namespace

Text stray_words(std::string_view ch, g::Stray kind, char32_t cp) { return stray_words_of(ch, kind, cp); }

std::optional<Text> stray_found(std::string_view ch) {
  g::Stray kind = g::Stray::None;
  char32_t cp = 0;
  if (!g::stray_at(ch.data(), ch.data() + ch.size(), kind, cp)) return std::nullopt;
  return stray_words_of(ch, kind, cp);
}

std::ptrdiff_t read_stray(Parsing& st, const char* p, const char* e) {
  if (!st.item) return -1;  // (a value is always inside an item)
  Cursor in{p, e};
  if (!read_at(in, st)) return -1;
  return in.p - p;
}

bool percent_sign(Parsing& st, const char* b, const char* e) { return st.item && percent_at(st, b, e); }

void stray_blanks(Parsing& st, const char* b, const char* e, bool after_block) { blanks_at(st, b, e, after_block); }

bool report_stray_error(Parsing& st, const char* p, FailedAt where) {
  const char* end = st.base + st.size;
  g::Stray kind = g::Stray::None;
  char32_t cp = 0;
  int n = g::stray_at(p, end, kind, cp);
  std::optional<Text> after;
  if (!n && where == FailedAt::AfterValue && p != end && (*p == '.' || *p == ',') &&
      (n = g::stray_at(p + 1, end, kind, cp)) > 0) {
    // `0.​05`: the number ended at its point, and the point is what the
    // parser did not expect; the character after it is the mistake.
    after = text(txt::FoundChar, std::string_view(p, 1));
    ++p;
  }
  if (!n) return false;
  if (where == FailedAt::AfterValue && !after) after = after_value(st);
  if (where == FailedAt::AfterSlash) after = text(txt::FoundChar, "/");
  const char* e = kind == g::Stray::FullWidth ? full_width_run(p, end) : p + n;
  const bool blank = kind == g::Stray::Space || kind == g::Stray::Invisible;
  report_stray(st, p, e, std::move(after),
               where == FailedAt::AfterSlash && blank ? text(txt::FixInFraction) : stray_fix(p, e, kind), false);
  return true;
}

std::optional<std::string_view> curly_quote_in(const char* b, const char* e) {
  for (const char* r = b; r < e;) {
    g::Stray kind = g::Stray::None;
    char32_t cp = 0;
    if (int n = g::stray_at(r, e, kind, cp); n && kind == g::Stray::Quote)
      return std::string_view(r, static_cast<std::size_t>(n));
    int n = g::code_point_at(r, e, cp);
    r += n ? n : 1;
  }
  return std::nullopt;
}

}  // namespace planc::syntax::detail
