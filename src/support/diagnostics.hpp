// Diagnostics: every kind is declared once in diag_codes.def (code, severity,
// short title); a Diagnostic is an instance with a primary span, notes and a hint.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "support/lang.hpp"
#include "support/source.hpp"

namespace planc {

enum class Severity { Note, Warning, Error };

enum class Code {
#define PLANC_DIAG(id, code, sev, title, title_th) id,
#include "support/diag_codes.def"
#undef PLANC_DIAG
};

struct CodeInfo {
  Code id;
  std::string_view code;   // "E010"
  Severity severity;
  std::string_view title;     // short, lower-case
  std::string_view title_th;  // the same in Thai
};

const CodeInfo& info(Code c);
const std::vector<CodeInfo>& all_codes();
std::string_view severity_name(Severity s);

// A text of the registry in both languages: fmt format strings, checked
// against the argument types they are declared with when planc is compiled.
struct Words {
  std::string_view en, th;
  std::string_view in(Lang l) const { return l == Lang::Th ? th : en; }
};

// A registry text with no arguments given to a message as an argument (what a
// field expects, "a strategy", "the end of the line"): printed in the
// language of the message it is in.
struct Term {
  const Words* words = nullptr;
};

}  // namespace planc

// A term in a format string: checked as text when planc is compiled; printed
// by Text::str in the message's language.
template <>
struct fmt::formatter<planc::Term> : fmt::formatter<std::string_view> {
  auto format(const planc::Term& t, format_context& ctx) const {
    // A term's words are a format without arguments: `{{ ... }}` is `{ ... }`.
    std::string words = t.words ? fmt::vformat(fmt::string_view(t.words->en.data(), t.words->en.size()), fmt::format_args())
                                : std::string();
    return fmt::formatter<std::string_view>::format(words, ctx);
  }
};

namespace planc {

// A registry text and the types it takes: a note, a hint, a term
// (diag_messages.def, PLANC_TEXT).
template <typename... Args>
struct Phrase {
  Words words;
  template <std::size_t N, std::size_t M>
  consteval Phrase(const char (&en)[N], const char (&th)[M]) : words{{en, N - 1}, {th, M - 1}} {
    (void)fmt::format_string<Args...>(en);  // both checked against Args when planc is compiled
    (void)fmt::format_string<Args...>(th);
  }
  operator Term() const
    requires(sizeof...(Args) == 0)
  {
    return Term{&words};
  }
};

// A message of the registry (diag_messages.def, PLANC_MESSAGE): its code and
// its words. Reported with Diagnostics::report(msg::Name, span, args...).
template <typename... Args>
struct Message {
  Code code;
  Words words;
  template <std::size_t N, std::size_t M>
  consteval Message(Code c, const char (&en)[N], const char (&th)[M]) : code(c), words{{en, N - 1}, {th, M - 1}} {
    (void)fmt::format_string<Args...>(en);  // both checked against Args when planc is compiled
    (void)fmt::format_string<Args...>(th);
  }
};

struct Text;
// A value given to a text, kept until the text is printed in a language.
using TextArg = std::variant<std::string, long long, unsigned long long, Term, std::shared_ptr<const Text>>;

// A text of the registry with its arguments, put into words only when it is
// printed: a diagnostic is found once and printed in the language the run
// (or the report, or the editor) asks for.
struct Text {
  const Words* words = nullptr;
  std::vector<TextArg> args;
  bool empty() const { return words == nullptr; }
  // In the locale's language; outside `code quotes`, numbers in the locale's
  // digits (Thai digits only in Thai with thai_digits).
  std::string str(const Locale& l = {}) const;
  // In a language, numbers as they were given (a text inside another);
  // with `levels`, a Thai text in its words for strategies and indicators.
  std::string words_in(Lang l, const Locale* levels = nullptr) const;
};

}  // namespace planc

template <>
struct fmt::formatter<planc::Text> : fmt::formatter<std::string_view> {
  auto format(const planc::Text& t, format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(t.words_in(planc::Lang::En), ctx);
  }
};

namespace planc {

namespace detail {
inline TextArg text_arg(std::string_view v) { return std::string(v); }
inline TextArg text_arg(Term t) { return t; }
inline TextArg text_arg(Text t) { return std::make_shared<const Text>(std::move(t)); }
template <typename T>
  requires std::is_integral_v<T>
TextArg text_arg(T v) {
  if constexpr (std::is_signed_v<T>) return static_cast<long long>(v);
  else return static_cast<unsigned long long>(v);
}
template <typename... Args>
Text make_text(const Words& w, const Args&... args) {
  Text t{&w, {}};
  t.args.reserve(sizeof...(Args));
  (t.args.push_back(text_arg(args)), ...);
  return t;
}
}  // namespace detail

// A registry text with its arguments (converted to the types it declares).
template <typename... Args>
Text text(const Phrase<Args...>& p, std::type_identity_t<Args>... args) {
  return detail::make_text(p.words, args...);
}
template <typename... Args>
Text text(const Message<Args...>& m, std::type_identity_t<Args>... args) {
  return detail::make_text(m.words, args...);
}

namespace txt {
using sv = std::string_view;
#define PLANC_TEXT(name, en, th, ...) inline constexpr Phrase<__VA_ARGS__> name{en, th};
#define PLANC_MESSAGE(name, code, en, th, ...)
#include "support/diag_messages.def"
#undef PLANC_MESSAGE
#undef PLANC_TEXT
}  // namespace txt

namespace msg {
using sv = std::string_view;
#define PLANC_TEXT(name, en, th, ...)
#define PLANC_MESSAGE(name, code, en, th, ...) inline constexpr Message<__VA_ARGS__> name{Code::code, en, th};
#include "support/diag_messages.def"
#undef PLANC_MESSAGE
#undef PLANC_TEXT
}  // namespace msg

// Every text of the registry by name (messages, notes, hints, terms), for the
// test that each has both languages.
struct NamedWords {
  std::string_view name;
  const Words* words;
  bool message;  // a diagnostic's message (else a note, hint or term)
};
const std::vector<NamedWords>& all_texts();

struct Note {
  Span span;
  Text message;
};

struct Diagnostic {
  Code code;
  Severity severity;
  Span span;
  Text message;
  std::vector<Note> notes;
  Text hint;

  // A note (at a place, or at none: Span{}) and the hint, from the registry.
  template <typename... Args>
  Diagnostic& note(Span at, const Phrase<Args...>& p, std::type_identity_t<Args>... args) {
    notes.push_back(Note{at, text(p, args...)});
    return *this;
  }
  template <typename... Args>
  Diagnostic& help(const Phrase<Args...>& p, std::type_identity_t<Args>... args) {
    hint = text(p, args...);
    return *this;
  }
};

class Diagnostics {
 public:
  // A message of the registry with its arguments (converted to the types it declares).
  template <typename... Args>
  Diagnostic& report(const Message<Args...>& m, Span span, std::type_identity_t<Args>... args) {
    return report_text(m.code, span, text(m, args...));
  }
  // A registry text under a code of its own: the grammar's table (grammar/plan_errors.hpp).
  Diagnostic& report_text(Code c, Span span, Text message);
  const std::vector<Diagnostic>& all() const { return diags_; }
  // To add notes afterwards (planc import: the cell a generated line came from).
  std::vector<Diagnostic>& all_for_notes() { return diags_; }
  // Kept as counts: the lowering asks after every indicator whether errors were added.
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  // Adds another list's diagnostics after these, in their order (the
  // evaluator's threads each collect their own).
  void append(Diagnostics&& other);
  // Stable order: by file, then offset, then insertion.
  void sort();
  void promote_warnings();  // --strict

 private:
  std::vector<Diagnostic> diags_;
  std::size_t errors_ = 0, warnings_ = 0;
};

struct RenderOptions {
  bool color = false;
  Locale locale;
};

// file:line:col: error[E010]: message, the source line, a caret line, notes, hint.
std::string render_text(const SourceManager& sm, const Diagnostic& d, const RenderOptions& o);
// JSON: an array of diagnostics, each with its text in the locale's language ("lang").
std::string render_json(const SourceManager& sm, const std::vector<Diagnostic>& ds, const Locale& l = {});
// One line per diagnostic: file:line:col: severity[CODE]: message (the
// severity word in English, for tools; the message in the locale's language).
std::string render_short(const SourceManager& sm, const Diagnostic& d, const Locale& l = {});
// SARIF 2.1.0, for code-review systems (one run, every code as a rule; the
// run's "language" is the locale's).
std::string render_sarif(const SourceManager& sm, const std::vector<Diagnostic>& ds, const Locale& l = {});
// Outside `code quotes`, the numbers of s in the locale's digits (Thai digits
// only in Thai with thai_digits; Arabic otherwise).
std::string in_digits(std::string_view s, const Locale& l);
// "error" / "ข้อผิดพลาด", "warning" / "คำเตือน", "note" / "หมายเหตุ".
std::string_view severity_word(Severity s, Lang l);
// A code's short title in a language.
std::string_view title(const CodeInfo& ci, Lang l);

// Closest candidate by edit distance (for "did you mean"), or empty.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace planc
