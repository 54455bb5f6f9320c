// JSON out. planc writes JSON two ways (docs/architecture.md, "Decisions"):
// nlohmann::json where speed does not matter and its layout is the output's
// (the diagnostics' JSON and SARIF, one line, no spaces), and this streaming
// writer where it does (the report draft's JSON: a hundred megabytes at 100k
// indicators, a strategy at a time) or where the layout is planc's own (the
// eval and diff JSON: some objects on one line, others a key a line; numbers
// written with six decimals, which nlohmann, holding numbers as doubles,
// cannot write).
//
// Strings are escaped here, in one place, to the same bytes as nlohmann's
// dump(-1, ' ', false, error_handler_t::replace): UTF-8 as it is (Thai is not
// written as \u escapes), `/` not escaped, `"` `\` and the controls \b \f \n
// \r \t by their short escapes, the other controls below 0x20 as \u00xx, and a
// byte that is not valid UTF-8 (which no plan text holds: files are checked
// when loaded; a file name from the command line may) as U+FFFD.
#pragma once
#include <concepts>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace planc {

// Appends s, escaped for a JSON string (without the quotes), to out.
void json_escape(std::string_view s, std::string& out);
std::string json_escape(std::string_view s);

namespace json {

// How a container lays out its items: what comes after its opening bracket,
// after each comma, before its closing bracket, and between the brackets
// when it has no item. Keys are followed by `colon`.
struct Layout {
  std::string_view open, between, close, empty;
  std::string_view colon = ": ";
};

// On one line: {"a": 1, "b": [2, 3]}.
inline constexpr Layout kInline{"", " ", "", ""};

// An item a line, `indent` spaces in, and the closing bracket on a line of
// its own `close_indent` spaces in (also when empty, with `break_when_empty`;
// else an empty container is `[]`). Indents up to 64.
Layout lines(int indent, int close_indent, bool break_when_empty = false);

// Writes one JSON document (or a piece of one: a value another writer puts in
// with raw()) as it is called: begin/end a container, key, value. It checks
// nothing: the caller nests the calls. Writes into a string, or into a buffer
// handed to `drain` every 64 KiB and at flush() (and when destroyed).
class Writer {
 public:
  explicit Writer(std::string& out) : out_(&out) {}
  explicit Writer(std::function<void(std::string_view)> drain) : out_(&own_), drain_(std::move(drain)) {}
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  ~Writer() { flush(); }

  Writer& begin_object(const Layout& layout = kInline) { return open('{', layout); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array(const Layout& layout = kInline) { return open('[', layout); }
  Writer& end_array() { return close(']'); }

  Writer& key(std::string_view k);
  // The next item of the current container (a key, or a value of an array)
  // starts a new line `indent` spaces in, whatever its layout says.
  Writer& line_break(int indent);

  Writer& value(std::string_view s) {
    item();
    string(s);
    return done();
  }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(bool b) { return raw(b ? "true" : "false"); }
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  Writer& value(T n) {
    return raw(std::string_view(std::to_string(n)));
  }
  Writer& null() { return raw("null"); }
  // A value written as JSON already: a number as planc formats it, or a
  // piece another writer wrote.
  Writer& raw(std::string_view json);
  // An array of strings.
  Writer& strings(const std::vector<std::string>& v, const Layout& layout = kInline);

  template <typename T>
  Writer& field(std::string_view k, const T& v) {
    return key(k).value(v);
  }

  // Bytes outside any value (the newline after a document).
  Writer& text(std::string_view s) {
    out_->append(s);
    return done();
  }
  // Hands what is buffered to `drain` (nothing to do when writing into a string).
  void flush();

 private:
  struct Frame {
    Layout layout;
    bool empty = true;
  };
  Writer& open(char bracket, const Layout& layout);
  Writer& close(char bracket);
  void item();  // what comes before a key, or before a value that follows no key
  void string(std::string_view s) {
    *out_ += '"';
    json_escape(s, *out_);
    *out_ += '"';
  }
  Writer& done() {
    if (drain_ && own_.size() >= kDrainAt) flush();
    return *this;
  }

  static constexpr std::size_t kDrainAt = 64 * 1024;
  std::string* out_;
  std::string own_;
  std::function<void(std::string_view)> drain_;
  std::vector<Frame> stack_;
  std::string_view next_;  // line_break's, for the next item
  bool has_next_ = false;
  bool after_key_ = false;
};

}  // namespace json
}  // namespace planc
