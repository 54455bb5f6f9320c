#include "review/format.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "support/utf8.hpp"

namespace planc::review {
namespace {

using syntax::Item;
using syntax::Value;
using syntax::ValueKind;

// Blocks of these items are always written over several lines: they are the
// plan's structure, and a reviewer reads them one field a line.
bool structural(std::string_view key) {
  return key == "plan" || key == "strategy" || key == "indicator" || key == "round" || key == "scale";
}

class Formatter {
 public:
  Formatter(const SourceFile& src, const syntax::SyntaxFile& cst, const FormatOptions& o)
      : src_(src), cst_(cst), o_(o) {}

  std::string run() {
    items(cst_.items, 0);
    comments_before(static_cast<std::uint32_t>(src_.text.size()) + 1, 0);
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    out_ += '\n';
    return out_;
  }

 private:
  const SourceFile& src_;
  const syntax::SyntaxFile& cst_;
  FormatOptions o_;
  std::string out_;
  std::size_t next_comment_ = 0;

  std::string pad(int depth) const { return std::string(static_cast<std::size_t>(depth * o_.indent), ' '); }

  // Own-line comments before `offset`, at this depth.
  void comments_before(std::uint32_t offset, int depth) {
    while (next_comment_ < cst_.comments.size() && cst_.comments[next_comment_].span.begin < offset) {
      const auto& c = cst_.comments[next_comment_++];
      out_ += pad(depth) + trim(c.text) + "\n";
    }
  }

  // A comment on the same line, after `offset` (the end of what was printed).
  std::string trailing(std::uint32_t offset) {
    if (next_comment_ >= cst_.comments.size()) return "";
    const auto& c = cst_.comments[next_comment_];
    std::uint32_t line_end = static_cast<std::uint32_t>(src_.text.find('\n', offset));
    if (c.span.begin >= offset && c.span.begin < line_end) {
      ++next_comment_;
      return "  " + trim(c.text);
    }
    return "";
  }

  static std::string trim(std::string_view s) {
    std::size_t e = s.find_last_not_of(" \t\r");
    return e == std::string_view::npos ? std::string() : std::string(s.substr(0, e + 1));
  }

  bool blank_line_before(const Item& it, const Item* prev) const {
    if (!prev) return false;
    // Any empty line between the previous item and this one (comments aside).
    std::uint32_t from = prev->span.end, to = it.span.begin;
    std::string_view between(src_.text.data() + from, to - from);
    std::size_t first_nl = between.find('\n');
    if (first_nl == std::string_view::npos) return false;
    std::size_t i = first_nl + 1;
    while (i < between.size()) {
      std::size_t nl = between.find('\n', i);
      std::string_view line = between.substr(i, (nl == std::string_view::npos ? between.size() : nl) - i);
      if (line.find_first_not_of(" \t\r;") == std::string_view::npos && nl != std::string_view::npos) return true;
      if (nl == std::string_view::npos) break;
      i = nl + 1;
    }
    return false;
  }

  std::string value(const Value& v, int depth) {
    if (v.kind != ValueKind::Text) return std::string(v.raw);
    // A text block: its lines one level deeper than the item, the closing quotes too.
    std::string s = "\"\"\"\n";
    std::size_t start = 0;
    std::string_view t = v.text;
    while (start <= t.size()) {
      std::size_t nl = t.find('\n', start);
      std::string line(t.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
      s += line.empty() ? "\n" : pad(depth + 1) + line + "\n";
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    return s + pad(depth + 1) + "\"\"\"";
  }

  std::string values(const Item& it, int depth, std::size_t first_width = 0) {
    std::string s;
    for (std::size_t i = 0; i < it.values.size(); ++i) {
      const Value& v = it.values[i];
      if (i > 0) s += v.comma_before ? ", " : " ";
      std::string text = value(v, depth);
      if (i == 0 && first_width && it.values.size() > 1) {
        int w = utf8::display_width(text);
        text += std::string(first_width > static_cast<std::size_t>(w) ? first_width - w : 0, ' ');
      }
      s += text;
    }
    return s;
  }

  bool has_comment_within(const Item& it) const {
    for (std::size_t k = next_comment_; k < cst_.comments.size(); ++k) {
      const auto& c = cst_.comments[k];
      if (c.span.begin >= it.span.end) break;
      if (c.span.begin > it.span.begin) return true;
    }
    return false;
  }

  // The item on one line, or nullopt when it does not fit or must not.
  std::optional<std::string> one_line(const Item& it, int depth) {
    if (!it.has_block) return std::nullopt;
    if (structural(it.key) || has_comment_within(it)) return std::nullopt;
    std::string s(it.key);
    if (!it.values.empty()) s += " " + values(it, depth);
    if (it.children.empty()) {
      s += " {}";
    } else {
      s += " { ";
      for (std::size_t i = 0; i < it.children.size(); ++i) {
        const Item& c = it.children[i];
        if (c.has_block) return std::nullopt;
        for (auto& v : c.values)
          if (v.kind == ValueKind::Text) return std::nullopt;
        s += i ? "; " : "";
        s += c.key;
        if (!c.values.empty()) s += " " + values(c, depth);
      }
      s += " }";
    }
    if (utf8::display_width(pad(depth) + s) > o_.line_width) return std::nullopt;
    return s;
  }

  void items(std::span<const Item> list, int depth) {
    // Runs of simple items with the same field name align their second value.
    std::vector<std::size_t> align(list.size(), 0);
    for (std::size_t i = 0; i < list.size();) {
      std::size_t j = i;
      auto simple = [&](const Item& x) { return x.key == list[i].key && x.values.size() >= 2 && !x.has_block &&
                                                x.values[0].kind != ValueKind::Text; };
      while (j < list.size() && simple(list[j])) ++j;
      if (j - i >= 2) {
        std::size_t w = 0;
        for (std::size_t k = i; k < j; ++k) w = std::max<std::size_t>(w, utf8::display_width(list[k].values[0].raw));
        for (std::size_t k = i; k < j; ++k) align[k] = w;
        i = j;
      } else {
        i = std::max(i + 1, j);
      }
    }
    const Item* prev = nullptr;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Item& it = list[i];
      if (blank_line_before(it, prev)) out_ += "\n";
      comments_before(it.span.begin, depth);
      item(it, depth, align[i]);
      prev = &it;
    }
  }

  void item(const Item& it, int depth, std::size_t align) {
    if (auto line = one_line(it, depth)) {
      out_ += pad(depth) + *line + trailing(it.span.end) + "\n";
      return;
    }
    std::string head(it.key);
    if (!it.values.empty()) head += " " + values(it, depth, align);
    if (!it.has_block) {
      out_ += pad(depth) + head + trailing(it.span.end) + "\n";
      return;
    }
    out_ += pad(depth) + head + " {" + trailing(it.block_open.end) + "\n";
    items(it.children, depth + 1);
    // Comments left inside the block, before its `}`.
    comments_before(it.span.end, depth + 1);
    out_ += pad(depth) + "}" + trailing(it.span.end) + "\n";
  }
};

}  // namespace

std::string format(const SourceFile& src, const syntax::SyntaxFile& cst, const FormatOptions& o) {
  return Formatter(src, cst, o).run();
}

}  // namespace planc::review
