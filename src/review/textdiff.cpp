#include "review/textdiff.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <string_view>
#include <vector>

namespace planc::review {
namespace {

std::vector<std::string_view> lines(const std::string& s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    out.emplace_back(s.data() + start, nl - start);
    start = nl + 1;
  }
  return out;
}

struct Edit {
  char op;  // ' ', '-', '+'
  std::string_view line;
};

// Longest common subsequence over the lines between a common prefix and suffix.
std::vector<Edit> edits(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  std::size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  std::vector<Edit> out;
  for (std::size_t i = 0; i < pre; ++i) out.push_back({' ', a[i]});
  if (n * m > 20'000'000) {  // too large to align line by line: one block replaced
    for (std::size_t i = 0; i < n; ++i) out.push_back({'-', a[pre + i]});
    for (std::size_t j = 0; j < m; ++j) out.push_back({'+', b[pre + j]});
  } else {
    std::vector<std::vector<std::uint32_t>> L(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        L[i][j] = a[pre + i] == b[pre + j] ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        out.push_back({' ', a[pre + i]});
        ++i, ++j;
      } else if (i < n && (j == m || L[i + 1][j] >= L[i][j + 1])) {
        out.push_back({'-', a[pre + i++]});  // deletions first, as diff(1) prints them
      } else {
        out.push_back({'+', b[pre + j++]});
      }
    }
  }
  for (std::size_t i = a.size() - suf; i < a.size(); ++i) out.push_back({' ', a[i]});
  return out;
}

}  // namespace

std::string unified_diff(const std::string& a, const std::string& b, const std::string& name_a,
                         const std::string& name_b) {
  if (a == b) return "";
  auto la = lines(a), lb = lines(b);
  auto ed = edits(la, lb);
  std::string out = fmt::format("--- {}\n+++ {}\n", name_a, name_b);
  constexpr std::size_t ctx = 3;
  std::size_t k = 0;
  while (k < ed.size()) {
    // find the next change
    std::size_t c = k;
    while (c < ed.size() && ed[c].op == ' ') ++c;
    if (c == ed.size()) break;
    std::size_t start = c > ctx ? c - ctx : 0;
    if (start < k) start = k;
    // extend the hunk while changes are within 2*ctx of each other
    std::size_t end = c, last_change = c;
    while (end < ed.size()) {
      if (ed[end].op != ' ') last_change = end;
      else if (end - last_change > 2 * ctx) break;
      ++end;
    }
    end = std::min(ed.size(), last_change + ctx + 1);
    // line numbers of the hunk's start
    std::size_t a_line = 1, b_line = 1;
    for (std::size_t i = 0; i < start; ++i) {
      if (ed[i].op != '+') ++a_line;
      if (ed[i].op != '-') ++b_line;
    }
    std::size_t a_len = 0, b_len = 0;
    std::string body;
    for (std::size_t i = start; i < end; ++i) {
      if (ed[i].op != '+') ++a_len;
      if (ed[i].op != '-') ++b_len;
      body += ed[i].op;
      body.append(ed[i].line);
      body += '\n';
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_len ? a_line : a_line - 1, a_len, b_len ? b_line : b_line - 1, b_len);
    out += body;
    k = end;
  }
  return out;
}

std::vector<LineChange> line_changes(const std::string& a, const std::string& b) {
  std::vector<LineChange> out;
  if (a == b) return out;
  auto ed = edits(lines(a), lines(b));
  std::size_t line = 0;  // in a
  for (std::size_t k = 0; k < ed.size();) {
    if (ed[k].op == ' ') {
      ++line, ++k;
      continue;
    }
    LineChange c{line, 0, {}};
    for (; k < ed.size() && ed[k].op != ' '; ++k) {
      if (ed[k].op == '-') {
        ++c.removed;
      } else {
        c.inserted.append(ed[k].line);
        c.inserted += '\n';
      }
    }
    line += c.removed;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace planc::review
