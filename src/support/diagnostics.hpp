// Diagnostics: every kind is declared once in diag_codes.def (code, severity,
// short title); a Diagnostic is an instance with a primary span, notes and a hint.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <fmt/format.h>

#include "support/source.hpp"

namespace planc {

enum class Severity { Note, Warning, Error };

enum class Code {
#define PLANC_DIAG(id, code, sev, title) id,
#include "support/diag_codes.def"
#undef PLANC_DIAG
};

struct CodeInfo {
  Code id;
  std::string_view code;   // "E010"
  Severity severity;
  std::string_view title;  // short, lower-case
};

const CodeInfo& info(Code c);
const std::vector<CodeInfo>& all_codes();
std::string_view severity_name(Severity s);

// A message of the registry (diag_messages.def): its code and its format,
// checked against its arguments' types when planc is compiled
// (fmt::format_string), so that a message and the values it is given cannot
// disagree. Reported with Diagnostics::report(msg::Name, span, args...).
template <typename... Args>
struct Message {
  Code code;
  fmt::format_string<Args...> format;
};

// A message's words with its arguments.
template <typename... Args>
std::string text(const Message<Args...>& m, std::type_identity_t<Args>... args) {
  return fmt::vformat(fmt::string_view(m.format), fmt::make_format_args(args...));
}

namespace msg {
#define PLANC_MESSAGE(name, code, format, ...) inline constexpr Message<__VA_ARGS__> name{Code::code, format};
#include "support/diag_messages.def"
#undef PLANC_MESSAGE
}  // namespace msg

struct Note {
  Span span;
  std::string message;
};

struct Diagnostic {
  Code code;
  Severity severity;
  Span span;
  std::string message;
  std::vector<Note> notes;
  std::string hint;
};

class Diagnostics {
 public:
  // A message of the registry with its arguments (converted to the types it declares).
  template <typename... Args>
  Diagnostic& report(const Message<Args...>& m, Span span, std::type_identity_t<Args>... args) {
    return report_text(m.code, span, text(m, args...));
  }
  // A message already in words: the grammar's own table (grammar/plan_errors.hpp).
  Diagnostic& report_text(Code c, Span span, std::string message);
  const std::vector<Diagnostic>& all() const { return diags_; }
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
};

// file:line:col: error[E010]: message, the source line, a caret line, notes, hint.
std::string render_text(const SourceManager& sm, const Diagnostic& d, const RenderOptions& o);
std::string render_json(const SourceManager& sm, const std::vector<Diagnostic>& ds);
// One line per diagnostic: file:line:col: severity[CODE]: message
std::string render_short(const SourceManager& sm, const Diagnostic& d);
// SARIF 2.1.0, for code-review systems (one run, every code as a rule).
std::string render_sarif(const SourceManager& sm, const std::vector<Diagnostic>& ds);

// Closest candidate by edit distance (for "did you mean"), or empty.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace planc
