#include "review/freeze.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "eval/scale.hpp"
#include "support/utf8.hpp"

namespace planc::review {

namespace {

struct Edit {
  std::uint32_t begin, end;  // replaced bytes (begin == end: an insertion)
  std::string text;
};

class Freezer {
 public:
  Freezer(const SourceFile& src, FileId file, const eval::ScoredPlan& r, const FreezeOptions& o)
      : src_(src), file_(file), r_(r), o_(o) {
    const ast::PlanHeader* h = r.model->header;
    thai_ = h && h->digits == ast::Digits::Thai;
  }

  Frozen run() {
    Frozen out;
    const check::PlanModel& m = *r_.model;
    for (const eval::Node& s : r_.strategies) {
      for (const eval::Node& i : s.children) {
        row(i);
        for (const eval::Node& sub : i.children) row(sub);
      }
      strategy(s);
    }
    overall();
    if (m.round && m.round->span.file == file_) {
      std::string header;
      if (!m.round->frozen) header += fmt::format("\n  frozen \"{}\"", o_.date);
      if (!o_.restate.empty()) header += fmt::format("\n  restated \"{}\" \"{}\"", o_.date, escaped(o_.restate));
      // (the first "\n  " is insert()'s)
      if (!header.empty()) insert(m.round->span, header.substr(3));
    }
    if (!appended_.empty()) {
      std::string tail = src_.text.empty() || src_.text.back() == '\n' ? "" : "\n";
      edits_.push_back(Edit{static_cast<std::uint32_t>(src_.text.size()),
                            static_cast<std::uint32_t>(src_.text.size()), tail + "\n" + appended_});
    }
    out.text = std::string(src_.text);
    std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    for (const Edit& e : edits_) out.text.replace(e.begin, e.end - e.begin, e.text);
    out.moved = std::move(moved_);
    out.was_frozen = m.round && m.round->frozen;
    out.changed = out.text != src_.text;
    return out;
  }

 private:
  const SourceFile& src_;
  FileId file_;
  const eval::ScoredPlan& r_;
  const FreezeOptions& o_;
  bool thai_ = false;
  std::vector<Edit> edits_;
  std::vector<std::string> moved_;
  std::string appended_;

  static std::string escaped(std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c == '\n' ? ' ' : c;
    }
    return out;
  }

  // Arabic digits written as the plan writes its numbers.
  std::string digits(std::string s) const { return thai_ ? utf8::to_thai_digits(s) : s; }
  std::string fixed(const Rational& v) const { return digits(v.to_fixed(r_.places)); }

  // A figure as it will be published; when it replaces a published one that
  // differs (at the round's places), said in `moved`.
  std::string figure(const std::string& id, std::string_view what, const std::optional<ast::Number>& old,
                     const Rational& v) {
    std::string now = fixed(v);
    if (old && old->value.round(r_.places) != v.round(r_.places))
      moved_.push_back(fmt::format("{} {} {} -> {}", id, what, old->raw(), now));
    return now;
  }
  static const std::optional<ast::Number>& none() {
    static const std::optional<ast::Number> n;
    return n;
  }

  // Where a block's closing brace is (`span` ends after it).
  std::uint32_t before_brace(const Span& span) const {
    std::uint32_t e = span.end;
    while (e > span.begin && src_.text[e - 1] != '}') --e;
    return e > span.begin ? e - 1 : span.end;
  }

  // `text` as the last item of the block `span` (a line of its own).
  void insert(const Span& span, const std::string& text) {
    std::uint32_t at = before_brace(span);
    bool own_line = at > 0 && src_.text[at - 1] == '\n';
    edits_.push_back(Edit{at, at, (own_line ? "  " : "\n  ") + text + "\n"});
  }

  void row(const eval::Node& n) {
    if (!n.indicator || !n.indicator->result || !n.score) return;
    const ast::Result& res = *n.indicator->result;
    if (res.span.file != file_) return;
    std::vector<std::string> fields;
    const ast::Reported* old = res.reported ? &*res.reported : nullptr;
    if (n.percent)
      fields.push_back("percent " + figure(n.id, "percent", old ? old->percent : none(),
                                           eval::band_percent(n.indicator->scale, *n.percent)));
    fields.push_back("score " + figure(n.id, "score", old ? old->score : none(), *n.score));
    if (n.weighted) fields.push_back("weighted " + figure(n.id, "weighted", old ? old->weighted : none(), *n.weighted));
    std::string text = "reported { " + join(fields) + " }";
    if (old) edits_.push_back(Edit{old->span.begin, old->span.end, text});
    else insert(res.span, text);
  }

  static std::string join(const std::vector<std::string>& fs) {
    std::string out;
    for (const auto& f : fs) out += (out.empty() ? "" : "; ") + f;
    return out;
  }

  void total(const ast::ReportedTotal* old, const std::string& head, const std::vector<std::string>& fields) {
    std::string text = "reported " + head + " { " + join(fields) + " }";
    if (old && old->span.file == file_) edits_.push_back(Edit{old->span.begin, old->span.end, text});
    else if (!old) appended_ += text + "\n";
  }

  void strategy(const eval::Node& s) {
    if (!s.strategy || s.status != eval::Status::Scored || !s.score) return;
    const ast::ReportedTotal* old = s.strategy->reported;
    std::vector<std::string> fields;
    if (s.weight_sum)
      fields.push_back("weight-sum " + figure(s.id, "weight-sum", old ? old->weight_sum : none(), *s.weight_sum));
    fields.push_back("score " + figure(s.id, "score", old ? old->score : none(), *s.score));
    total(old, digits(s.id), fields);
  }

  void overall() {
    if (!r_.score) return;
    const ast::ReportedTotal* old = r_.model->reported_overall;
    std::vector<std::string> fields;
    fields.push_back("score " + figure("overall", "score", old ? old->score : none(), *r_.score));
    if (r_.percent)
      fields.push_back("percent " + figure("overall", "percent", old ? old->percent : none(), *r_.percent));
    total(old, "overall", fields);
  }
};

}  // namespace

Frozen freeze(const SourceFile& round, FileId round_file, const eval::ScoredPlan& r, const FreezeOptions& o) {
  return Freezer(round, round_file, r, o).run();
}

}  // namespace planc::review
