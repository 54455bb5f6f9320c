#include "syntax/parser.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "grammar/plan_errors.hpp"
#include "grammar/plan_grammar.hpp"
#include "support/utf8.hpp"
#include "syntax/strays.hpp"

namespace planc::syntax {
namespace pegtl = tao::pegtl;
namespace g = planc::grammar;

const char* value_kind_name(ValueKind k) {
  switch (k) {
    case ValueKind::Name: return "name";
    case ValueKind::String: return "text";
    case ValueKind::Text: return "text block";
    case ValueKind::Number: return "number";
    case ValueKind::Fraction: return "fraction";
    case ValueKind::Symbol: return "symbol";
  }
  return "value";
}

namespace {

struct too_many_errors {};

// An item being parsed: the item so far, and its values and children until
// it is complete and they are copied into the tree arena. The stack keeps its
// frames (and their vectors' capacity) from item to item: no allocation per item.
struct Frame : Item {
  std::vector<Value> values_so_far;
  std::vector<Item> children_so_far;
};

class FrameStack {
 public:
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  Frame& back() { return frames_[n_ - 1]; }
  Frame& operator[](std::size_t i) { return frames_[i]; }
  Frame& push() {
    if (n_ == frames_.size()) frames_.emplace_back();
    Frame& f = frames_[n_++];
    static_cast<Item&>(f) = Item{};
    f.values_so_far.clear();
    f.children_so_far.clear();
    return f;
  }
  void pop() { --n_; }
  void resize(std::size_t n) { n_ = std::min(n, n_); }

 private:
  std::vector<Frame> frames_;  // a deque would do too; frames are reused, not moved
  std::size_t n_ = 0;
};

struct State {
  const SourceFile& src;
  Arena& derived;    // texts planc derives (the file's, or a parsing thread's)
  NameTable& names;  // where names are interned (the compilation's, or a thread's)
  FileId file;
  const char* base;
  std::size_t size;
  Diagnostics& diags;
  ParseLimits limits;
  const ItemSink* sink = nullptr;       // streaming: top-level items go here
  bool keep_comments = true;
  FrameStack frames{};                  // frames[0] is the file itself
  Arena* arena = nullptr;
  std::vector<std::size_t> marks{};     // frames.size() at each item_or_recover
  std::vector<Comment> comments{};
  bool escaped = false;  // the text in quotes being parsed has an escape (\n, \", ...)
  std::int64_t last_error = -1;
  std::int64_t last_unclosed = -1;
  std::uint32_t off(const char* p) const { return static_cast<std::uint32_t>(p - base); }
  Span span(std::uint32_t b, std::uint32_t e) const { return Span{file, b, e}; }

  // What the parser found at p, in words.
  Text found(const char* p) const {
    if (p >= base + size) return text(txt::FoundEndOfFile);
    char c = *p;
    if (c == '\n' || c == '\r') return text(txt::FoundEndOfLine);
    if (c == '"') return text(txt::FoundQuote);
    std::size_t i = static_cast<std::size_t>(p - base);
    std::string_view s(base, size);
    std::size_t j = i;
    utf8::decode(s, j);
    std::string_view ch = s.substr(i, j - i);
    if ((c >= '0' && c <= '9')) return text(txt::FoundNumber, ch);
    if (c == ' ') return text(txt::FoundSpace);
    if (c == '\t') return text(txt::FoundTab);
    if (auto stray = detail::stray_found(ch)) return *stray;
    if (ch == "`") return text(txt::FoundBackquote);  // in `quotes` it would open code that never closes
    return text(txt::FoundChar, ch);
  }

  std::size_t errors = 0;

  Diagnostic* error(Code code, Span sp, Text msg) {
    for (std::size_t i = 0; i < frames.size(); ++i) frames[i].had_error = true;
    return report(code, sp, std::move(msg));
  }
  // An error after which the parser goes on as the fix would have it (a
  // no-break space read as a space, `95%` as `95`): the items around it are
  // not marked, so that the lowering and the checker see them whole.
  Diagnostic* recovered(Code code, Span sp, Text msg) { return report(code, sp, std::move(msg)); }

 private:
  Diagnostic* report(Code code, Span sp, Text msg) {
    if (static_cast<std::int64_t>(sp.begin) == last_error) return nullptr;
    if (++errors > limits.max_errors) {
      auto& d = diags.report(msg::TooManySyntaxErrors, sp, limits.max_errors);
      d.help(txt::IsThisAPlan);
      throw too_many_errors{};
    }
    last_error = sp.begin;
    return &diags.report_text(code, sp, std::move(msg));
  }
};

// What syntax/strays.cpp reads of the state (only where a `%` or a
// character pasted from Word is).
Diagnostic* report_for_strays(void* state, Code code, Span sp, Text message, bool recovered) {
  State& st = *static_cast<State*>(state);
  return recovered ? st.recovered(code, sp, std::move(message)) : st.error(code, sp, std::move(message));
}
// Calls f with that part of the state (out of line: a `%` or a pasted
// character is rare).
template <typename F>
[[gnu::noinline]] auto with_strays(State& st, F f) {
  std::optional<detail::ItemSoFar> item;
  if (st.frames.size() >= 2) {
    Frame& fr = st.frames.back();
    item.emplace(detail::ItemSoFar{fr.key, fr.key_span, fr.span, fr.has_block, fr.values_so_far});
  }
  detail::Parsing p{st.base, st.size, st.file, st.derived, st.names, item ? &*item : nullptr,
                    st.frames.size() >= 3 ? &st.frames[st.frames.size() - 2].children_so_far : nullptr, &st,
                    report_for_strays};
  return f(p);
}

// ---- parse errors: the messages are in grammar/plan_errors.hpp; here they
// get their code, their span (where the caret goes) and their words filled in.

template <typename Rule>
void report_error(State& st, const char* p) {
  static_assert(g::has_error_message<Rule>, "every must<> rule needs an entry in grammar/plan_errors.hpp");
  // A character pasted from Word that the parser could not read as what it
  // stands for: named by its code point, with the fix (E015).
  if constexpr (std::is_same_v<Rule, g::item> || std::is_same_v<Rule, g::item_end> ||
                std::is_same_v<Rule, g::fraction_den>) {
    using enum detail::FailedAt;
    constexpr detail::FailedAt where = std::is_same_v<Rule, g::item>       ? ItemStart
                                       : std::is_same_v<Rule, g::item_end> ? AfterValue
                                                                           : AfterSlash;
    if (with_strays(st, [p](detail::Parsing& x) { return detail::report_stray_error(x, p, where); })) return;
  }
  std::string key(st.frames.empty() ? std::string_view() : st.frames.back().key);
  Code code = Code::Syntax;
  std::uint32_t b = st.off(p), e = st.off(p) + 1;
  Text found = st.found(p);
  Span extra{};  // a note's span, if any
  if constexpr (std::is_same_v<Rule, g::block_close>) {
    // Only the innermost of several blocks left open at the same place.
    if (static_cast<std::int64_t>(st.off(p)) == st.last_unclosed) return;
    st.last_unclosed = st.off(p);
    code = Code::UnclosedBlock;
    b = st.frames.back().block_open.begin;
    e = st.frames.back().block_open.end;
    extra = st.span(st.off(p), st.off(p));
  } else if constexpr (std::is_same_v<Rule, g::string_body>) {
    // p is where the text ran into the end of the line; the opening quote is
    // the last unescaped `"` before it.
    code = Code::UnclosedString;
    const char* q = p;
    while (q < st.base + st.size && *q != '\n') ++q;
    const char* open = p > st.base ? p - 1 : p;
    while (open > st.base && !(*open == '"' && *(open - 1) != '\\')) --open;
    b = st.off(open);
    e = st.off(q);
    // Closed with a curly quote (Word's): say so.
    if (auto curly = detail::curly_quote_in(open, q)) {
      auto d = st.error(code, st.span(b, e), text(*g::error_message<Rule>, found, key));
      if (d) d->hint = text(txt::FixQuote, *curly);
      return;
    }
  } else if constexpr (std::is_same_v<Rule, g::escape_code>) {
    code = Code::BadEscape;
    std::size_t j = st.off(p);
    if (j < st.size) utf8::decode(std::string_view(st.base, st.size), j);
    found = text(txt::Verbatim, std::string_view(p, static_cast<std::size_t>(st.base + j - p)));
    b = st.off(p) - 1;
    e = static_cast<std::uint32_t>(j);
  } else if constexpr (std::is_same_v<Rule, g::text_body>) {
    // p is at the end of the file; the block opened at the last `"""`.
    code = Code::UnclosedString;
    std::string_view all(st.base, st.off(p));
    std::size_t open = all.rfind("\"\"\"");
    b = open == std::string_view::npos ? st.off(p) : static_cast<std::uint32_t>(open);
    e = b + 3;
  }
  auto d = st.error(code, st.span(b, e), text(*g::error_message<Rule>, found, key));
  if (!d) return;
  if (extra.valid()) d->note(extra, txt::FileEndsHere);
  if constexpr (g::has_error_hint<Rule>) d->hint = text(*g::error_hint<Rule>, found, key);
}

// Unwinds to the item's recovery (the error is already reported). The
// exception carries the byte offset only: PEGTL's own position would count
// the lines from the start of the input (tracking is lazy), once per error,
// which made each syntax error in a large file cost a pass over it.
template <typename ParseInput>
[[noreturn]] void unwind(const ParseInput& in, const State& st) {
  throw pegtl::parse_error("planc", pegtl::position(st.off(in.current()), 0, 0, "planc"));
}

template <typename Rule>
struct base_control : pegtl::normal<Rule> {
  template <typename ParseInput, typename... States>
  [[noreturn]] static void raise(const ParseInput& in, State& st, States&&...) {
    report_error<Rule>(st, in.current());
    unwind(in, st);
  }
};

template <typename Rule>
struct control : base_control<Rule> {};

template <>
struct control<g::item> : base_control<g::item> {
  template <typename ParseInput>
  static void start(const ParseInput& in, State& st) {
    if (st.frames.size() > st.limits.max_depth) {
      auto d = st.error(msg::NestedTooDeep.code, st.span(st.off(in.current()), st.off(in.current()) + 1),
                        text(msg::NestedTooDeep, st.limits.max_depth));
      if (d) d->help(txt::FewLevels);
      unwind(in, st);
    }
    // The end grows with the item's values and block.
    std::uint32_t at = st.off(in.current());
    st.frames.push().span = st.span(at, at);
  }
  template <typename ParseInput>
  static void success(const ParseInput&, State& st) {
    Frame& f = st.frames.back();
    // The span ends with the item's last value or its block's `}` (a comment
    // after it on the line is not part of it).
    f.span.end = std::max(f.span.end, f.key_span.end);
    f.values = st.arena->copy(f.values_so_far);
    f.children = st.arena->copy(f.children_so_far);
    if (st.sink && st.frames.size() == 2) {
      Item it = f;
      st.frames.pop();
      (*st.sink)(std::move(it));
      st.arena->reset();  // lowered: its tree is not needed any more
    } else {
      // Straight from the frame into its parent's list (docs/performance.md,
      // "Micro-architecture notes": fields filled in place).
      st.frames[st.frames.size() - 2].children_so_far.push_back(f);
      st.frames.pop();
    }
  }
  template <typename ParseInput>
  static void failure(const ParseInput&, State& st) {
    st.frames.pop();
  }
};

template <typename Rule>
struct recover_control : base_control<Rule> {
  static void unwind(State& st) {
    st.frames.resize(st.marks.back());
    st.marks.pop_back();
  }
  template <typename ParseInput>
  static void start(const ParseInput&, State& st) { st.marks.push_back(st.frames.size()); }
  template <typename ParseInput>
  static void success(const ParseInput&, State& st) { unwind(st); }
  template <typename ParseInput>
  static void failure(const ParseInput&, State& st) { unwind(st); }
};
template <>
struct control<g::item_or_recover> : recover_control<g::item_or_recover> {};
template <>
struct control<g::quoted> : base_control<g::quoted> {
  template <typename ParseInput>
  static void start(const ParseInput&, State& st) { st.escaped = false; }
};
template <>
struct control<g::top_item_or_recover> : recover_control<g::top_item_or_recover> {};
// An item's end: after its block's `}`, no-break spaces and zero-width
// characters are blanks (reported, E015); looked for only where the end of
// the line is not.
template <>
struct control<g::item_end> : base_control<g::item_end> {
  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, State& st) {
    return base_control<g::item_end>::template match<A, M, Action, Control>(in, st) ||
           (A == pegtl::apply_mode::action && blanks_at_end<M, Action, Control>(in, st));
  }
  template <pegtl::rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput>
  [[gnu::noinline]] static bool blanks_at_end(ParseInput& in, State& st) {
    if (!st.frames.back().has_block) return false;
    bool any = false;
    for (std::ptrdiff_t n; (n = g::stray_blank::scan(in.current(), in.end())) > 0; any = true) {
      const char* b = in.current();
      const char* e = b + n;
      with_strays(st, [b, e](detail::Parsing& x) { detail::stray_blanks(x, b, e, true); });
      in.bump(static_cast<std::size_t>(n));
      (void)g::sp::match<pegtl::apply_mode::action, M, Action, Control>(in, st);
    }
    return any && base_control<g::item_end>::template match<pegtl::apply_mode::action, M, Action, Control>(in, st);
  }
};

// A character pasted from Word where a value may be: read_stray takes what
// it stands for (more than the one character the rule matches: the rest of
// a name it cut, a text in curly quotes, a run of full-width digits).
template <>
struct control<g::stray> : base_control<g::stray> {
  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput>
  static bool match(ParseInput& in, State& st) {
    if constexpr (A == pegtl::apply_mode::action) {
      const char* p = in.current();
      const char* e = in.end();
      const std::ptrdiff_t n = with_strays(st, [p, e](detail::Parsing& x) { return detail::read_stray(x, p, e); });
      if (n < 0) return false;
      in.bump(static_cast<std::size_t>(n));
      return true;
    } else {
      return base_control<g::stray>::template match<A, M, Action, Control>(in, st);
    }
  }
};

// ---- actions: build the CST ----
template <typename Rule>
struct action : pegtl::nothing<Rule> {};

bool comma_before(const State& st, const char* p) {
  while (p > st.base) {
    char c = *(p - 1);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') --p;
    else return c == ',';
  }
  return false;
}

// A number as ASCII digits without thousands separators: a view of the source
// when it is written so already, else a converted copy in the file's arena.
// The grammar let only digits (ASCII or Thai, U+0E50..U+0E59: E0 B9 90..99),
// `,` `.` and `/` through; written into a buffer on the stack, kept once.
std::string_view ascii_number(State& st, std::string_view raw, bool& thai) {
  thai = false;
  std::size_t i = 0;
  while (i < raw.size() && raw[i] != ',' && static_cast<unsigned char>(raw[i]) < 0x80) ++i;
  if (i == raw.size()) return raw;
  char small[64];
  std::unique_ptr<char[]> large;  // only for a number longer than `small`
  char* out = small;
  if (raw.size() > sizeof small) {
    large = std::make_unique<char[]>(raw.size());
    out = large.get();
  }
  std::memcpy(out, raw.data(), i);  // the ASCII digits before the first Thai digit or comma
  std::size_t n = i;
  while (i < raw.size()) {
    if (int d = g::thai_digit_at(raw.data() + i, raw.data() + raw.size()); d >= 0) {
      out[n++] = static_cast<char>('0' + d);
      thai = true;
      i += 3;
      continue;
    }
    if (raw[i] != ',') out[n++] = raw[i];
    ++i;
  }
  return st.derived.keep(std::string_view(out, n));
}

// Appends a value of kind K for the input matched to the item being parsed
// (made in place: a value is 72 bytes, and an item's values are copied once
// more into the tree arena when the item is complete).
template <ValueKind K>
struct push_value {
  template <typename ActionInput>
  static Value& make(const ActionInput& in, State& st) {
    Frame& f = st.frames.back();
    f.span.end = st.off(in.end());
    Value& v = f.values_so_far.emplace_back();
    v.kind = K;
    v.span = st.span(st.off(in.begin()), st.off(in.end()));
    v.raw = std::string_view(in.begin(), in.size());
    v.comma_before = comma_before(st, in.begin());
    return v;
  }
};

template <>
struct action<g::percent> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    const char* b = in.begin();
    const char* e = in.end();
    with_strays(st, [b, e](detail::Parsing& x) { return detail::percent_sign(x, b, e); });
  }
};
template <>
struct action<g::stray_blank> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    const char* b = in.begin();
    const char* e = in.end();
    with_strays(st, [b, e](detail::Parsing& x) { detail::stray_blanks(x, b, e, false); });
  }
};

template <>
struct action<g::key> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    st.frames.back().key = std::string_view(in.begin(), in.size());
    st.frames.back().key_span = st.span(st.off(in.begin()), st.off(in.end()));
  }
};
template <>
struct action<g::block_close> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    st.frames.back().span.end = st.off(in.end());
  }
};
template <>
struct action<g::block_open> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    st.frames.back().has_block = true;
    st.frames.back().block_open = st.span(st.off(in.begin()), st.off(in.end()));
  }
};
template <>
struct action<g::quoted> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    Value& v = push_value<ValueKind::String>::make(in, st);
    std::string_view body = v.raw.substr(1, v.raw.size() - 2);
    v.text = st.escaped ? st.derived.keep(unescape(body)) : body;  // (no search of the body for a `\`)
  }
};
template <>
struct action<g::escape> {
  template <typename ActionInput>
  static void apply(const ActionInput&, State& st) { st.escaped = true; }
};
template <>
struct action<g::text_block> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    Value& v = push_value<ValueKind::Text>::make(in, st);
    v.text = st.derived.keep(dedent(v.raw.substr(3, v.raw.size() - 6)));
  }
};
template <>
struct action<g::value_number> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    // A fraction (the grammar's fraction_tail matched): a `/` in the text.
    const char* b = in.begin();
    const char* e = b + in.size();
    if (std::find(b, e, '/') != e) {
      fraction(in, st);
      return;
    }
    Value& v = push_value<ValueKind::Number>::make(in, st);
    v.text = ascii_number(st, v.raw, v.thai_digits);
    // A `-` written against a number is its sign (`-0.5`), unless it joins two
    // values as in `2563-2565`.
    auto& vals = st.frames.back().values_so_far;
    std::size_t n = vals.size();  // v is vals[n - 1]
    if (n >= 2 && vals[n - 2].kind == ValueKind::Symbol && vals[n - 2].text == "-" &&
        vals[n - 2].span.end == v.span.begin && (n < 3 || vals[n - 3].span.end != vals[n - 2].span.begin)) {
      Value& sign = vals[n - 2];
      sign.kind = ValueKind::Number;
      sign.span.end = v.span.end;
      sign.raw = std::string_view(sign.raw.data(), v.span.end - sign.span.begin);  // the sign is just before
      sign.text = st.derived.keep("-" + std::string(v.text));
      sign.thai_digits = v.thai_digits;  // comma_before stays the sign's
      vals.pop_back();
    }
  }
  // 1/3, ๖/๑๒: a number with its fraction_tail.
  template <typename ActionInput>
  static void fraction(const ActionInput& in, State& st) {
    Value& v = push_value<ValueKind::Fraction>::make(in, st);
    std::string_view a = ascii_number(st, v.raw, v.thai_digits);
    auto slash = a.find('/');
    v.text = a.substr(0, slash);
    v.den = a.substr(slash + 1);
  }
};
template <>
struct action<g::value_name> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    Value& v = push_value<ValueKind::Name>::make(in, st);
    v.text = st.names.intern(v.raw);
  }
};
template <>
struct action<g::symbol> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    Value& v = push_value<ValueKind::Symbol>::make(in, st);
    // Unicode spellings normalise to ASCII.
    using namespace std::string_view_literals;
    const std::string_view raw(in.begin(), in.size());
    if (raw == "\u2265") v.text = ">="sv;
    else if (raw == "\u2264") v.text = "<="sv;
    else if (raw == "\u2192") v.text = "->"sv;
    else v.text = raw;
  }
};
template <>
struct action<g::line_comment> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& st) {
    if (!st.keep_comments) return;
    std::uint32_t b = st.off(in.begin());
    if (!st.comments.empty() && st.comments.back().span.begin >= b) return;  // re-parsed
    st.comments.push_back({st.span(b, st.off(in.end())), std::string_view(in.begin(), in.size())});
  }
};

}  // namespace

std::string unescape(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) { out += c; continue; }
    char e = body[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::size_t close = body.find('}', i);
        std::string hex(body.substr(i + 2, close - i - 2));
        auto cp = static_cast<char32_t>(std::stoul(hex, nullptr, 16));
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        utf8::encode(cp, out);
        i = close;
        break;
      }
      default: out += e;
    }
  }
  return out;
}

std::string dedent(std::string_view body) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= body.size(); ++i)
    if (i == body.size() || body[i] == '\n') {
      std::string_view l = body.substr(start, i - start);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      lines.push_back(l);
      start = i + 1;
    }
  auto blank = [](std::string_view l) { return l.find_first_not_of(" \t") == std::string_view::npos; };
  if (lines.size() > 1 && blank(lines.front())) lines.erase(lines.begin());
  if (lines.size() > 1 && blank(lines.back())) lines.pop_back();
  std::size_t indent = std::string_view::npos;
  for (auto l : lines)
    if (!blank(l)) indent = std::min(indent, l.find_first_not_of(" \t"));
  if (indent == std::string_view::npos) indent = 0;
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view l = lines[k];
    l = blank(l) ? std::string_view{} : l.substr(std::min(indent, l.size()));
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    if (k) out += '\n';
    out += l;
  }
  return out;
}

namespace {
void run(State& st, const SourceFile& f, std::size_t begin = 0, std::size_t end = std::string_view::npos) {
  st.frames.push();
  end = std::min(end, f.text.size());
  pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(f.text.data() + begin, f.text.data() + end,
                                                                         f.name);
  try {
    pegtl::parse<g::file, action, control>(in, st);
  } catch (const pegtl::parse_error&) {
    // Already reported by the control; only reachable when recovery is impossible.
  } catch (const too_many_errors&) {
    // Reported; what was parsed so far is kept.
  }
}
}  // namespace

SyntaxFile parse(SourceManager& sm, FileId file, Diagnostics& diags, const ParseLimits& limits) {
  SourceFile& f = sm.get(file);
  State st{f, f.derived, sm.names(), file, f.text.data(), f.text.size(), diags, limits};
  SyntaxFile out;
  out.arena = std::make_unique<Arena>();
  st.arena = out.arena.get();
  run(st, f);
  out.file = file;
  if (st.frames.size() > 0) out.items = std::move(st.frames[0].children_so_far);
  out.comments = std::move(st.comments);
  return out;
}

void parse(SourceManager& sm, FileId file, Diagnostics& diags, const ParseLimits& limits, const ItemSink& sink) {
  SourceFile& f = sm.get(file);
  parse_part(sm, file, 0, static_cast<std::uint32_t>(f.text.size()), diags, limits, sink, f.derived, sm.names());
}

void parse_part(SourceManager& sm, FileId file, std::uint32_t begin, std::uint32_t end, Diagnostics& diags,
                const ParseLimits& limits, const ItemSink& sink, Arena& derived, NameTable& names) {
  const SourceFile& f = std::as_const(sm).get(file);  // read only: other threads parse other parts
  State st{f, derived, names, file, f.text.data(), f.text.size(), diags, limits};
  Arena arena;
  st.arena = &arena;
  st.sink = &sink;
  st.keep_comments = false;
  run(st, f, begin, end);
}

}  // namespace planc::syntax
