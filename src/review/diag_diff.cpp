#include "review/diag_diff.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>

namespace planc::review {
namespace fs = std::filesystem;

namespace {

// The text under a span with every run of blanks made one space, and none at
// either end: a reformatted line is the same source.
std::string collapsed(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += ch;
  }
  return out;
}

std::string relative_name(const SourceFile& f, const fs::path& root) {
  if (f.path.empty()) return f.name;  // the standard library
  std::error_code ec;
  fs::path rel = fs::relative(fs::weakly_canonical(f.path, ec), fs::weakly_canonical(root, ec), ec);
  if (ec || rel.empty() || *rel.begin() == "..") return f.name;
  return rel.generic_string();
}

auto position(const DiagnosticRecord& r) {
  return std::tie(r.file, r.line, r.col, r.code, r.identity_message, r.source);
}

auto identity(const DiagnosticRecord& r) {
  return std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>(r.file, r.code,
                                                                                           r.identity_message, r.source);
}

std::uint32_t distance(const DiagnosticRecord& a, const DiagnosticRecord& b) {
  return a.line > b.line ? a.line - b.line : b.line - a.line;
}

// Pairs the equal diagnostics of two versions, nearest lines first; marks
// those paired.
void pair_nearest(const std::vector<DiagnosticRecord>& before, const std::vector<std::size_t>& a,
                  const std::vector<DiagnosticRecord>& after, const std::vector<std::size_t>& b,
                  std::vector<bool>& paired_a, std::vector<bool>& paired_b) {
  constexpr std::size_t kMaxCandidates = std::size_t{1} << 20;
  if (a.size() * b.size() > kMaxCandidates) {  // thousands of equal ones: in order
    for (std::size_t k = 0; k < std::min(a.size(), b.size()); ++k) paired_a[a[k]] = paired_b[b[k]] = true;
    return;
  }
  std::vector<std::tuple<std::uint32_t, std::size_t, std::size_t>> candidates;
  candidates.reserve(a.size() * b.size());
  for (std::size_t i : a)
    for (std::size_t j : b) candidates.emplace_back(distance(before[i], after[j]), i, j);
  std::sort(candidates.begin(), candidates.end());
  for (auto& [d, i, j] : candidates)
    if (!paired_a[i] && !paired_b[j]) paired_a[i] = paired_b[j] = true;
}

void by_position(std::vector<DiagnosticRecord>& v) {
  std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return position(x) < position(y); });
}

}  // namespace

void DiagnosticSet::add(const SourceManager& sm, const std::vector<Diagnostic>& ds, const fs::path& root,
                        FileId main_file, const std::string& main_name, const std::string& shown_root) {
  for (const Diagnostic& d : ds) {
    DiagnosticRecord r;
    r.code = std::string(info(d.code).code);
    r.severity = d.severity;
    r.message = d.message;
    r.root = root.string();
    r.shown_root = shown_root;
    r.identity_message = r.message_in(Locale{}, ".");  // the same whatever the versions' folders are called
    r.file = main_name;
    if (d.span.valid() && d.span.file < sm.size()) {
      const SourceFile& f = sm.get(d.span.file);
      if (d.span.file != main_file) r.file = relative_name(f, root);
      r.line = sm.line(d.span);
      r.col = sm.col(d.span);
      std::size_t begin = std::min<std::size_t>(d.span.begin, f.text.size());
      std::size_t end = std::clamp<std::size_t>(d.span.end, begin, f.text.size());
      r.source = collapsed(f.text.substr(begin, end - begin));
    }
    all_.push_back(std::move(r));
  }
}

std::string DiagnosticRecord::message_in(const Locale& l, const std::string& shown) const {
  std::string m = message.str(l);
  if (root.empty()) return m;
  auto replace = [&m](const std::string& what, const std::string& by) {
    for (std::size_t at = 0; (at = m.find(what, at)) != std::string::npos; at += by.size()) m.replace(at, what.size(), by);
  };
  replace(root + "/", "");                  // dir/plan.plan: plan.plan
  replace("`" + root + "`", "`" + shown + "`");  // the folder itself
  return m;
}

void DiagnosticSet::add(DiagnosticRecord r) { all_.push_back(std::move(r)); }

std::vector<DiagnosticRecord> DiagnosticSet::take() {
  by_position(all_);
  auto same = [](const DiagnosticRecord& x, const DiagnosticRecord& y) { return position(x) == position(y); };
  all_.erase(std::unique(all_.begin(), all_.end(), same), all_.end());
  return std::move(all_);
}

std::size_t DiagnosticChanges::introduced_errors() const {
  return static_cast<std::size_t>(std::count_if(introduced.begin(), introduced.end(),
                                                [](const auto& r) { return r.severity == Severity::Error; }));
}

DiagnosticChanges compare(const std::vector<DiagnosticRecord>& before, const std::vector<DiagnosticRecord>& after) {
  using Key = decltype(identity(before.front()));
  std::map<Key, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
  for (std::size_t i = 0; i < before.size(); ++i) groups[identity(before[i])].first.push_back(i);
  for (std::size_t j = 0; j < after.size(); ++j) groups[identity(after[j])].second.push_back(j);
  std::vector<bool> paired_before(before.size()), paired_after(after.size());
  for (auto& [key, g] : groups) pair_nearest(before, g.first, after, g.second, paired_before, paired_after);
  DiagnosticChanges c;
  for (std::size_t j = 0; j < after.size(); ++j)
    if (!paired_after[j]) c.introduced.push_back(after[j]);
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!paired_before[i]) c.resolved.push_back(before[i]);
  by_position(c.introduced);
  by_position(c.resolved);
  return c;
}

}  // namespace planc::review
