#include "review/diff.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <set>

#include "emit/eval_json.hpp"
#include "emit/report.hpp"
#include "report/format.hpp"
#include "support/json_writer.hpp"

namespace planc::review {
namespace {

using check::IndicatorModel;

std::string num(const ast::Number& n) { return n.value.to_decimal(0, 6); }
std::string num(const ast::Number* n) { return n ? num(*n) : "-"; }
std::string dec(const std::optional<Rational>& r) { return r ? r->to_decimal(2, 6) : "-"; }

// The target the round is scored against (its fiscal year's, when the plan gives one).
std::string target(const IndicatorModel& im, int year) {
  const ast::Target* t = check::target_of(*im.ast, year);
  if (!t) return "-";
  auto number = [](const ast::Number& n) { return num(n); };
  auto wording = [](std::string_view t) { return fmt::format("\"{}\"", t); };
  return ast::describe(*t, number, wording);
}

std::string result(const IndicatorModel& im) {
  const ast::Result* r = im.result;
  if (!r) return "-";
  if (r->na) return fmt::format("NA ({})", r->na->value);
  std::string s;
  for (auto& v : r->values) s += (s.empty() ? "" : ", ") + num(v);
  if (r->aggregate) s += std::string(" (") + ast::to_string(*r->aggregate) + ")";
  return s;
}

std::string offices(const IndicatorModel& im) {
  const auto& refs = im.result && !im.result->offices.empty() ? im.result->offices : im.ast->offices;
  std::string s;
  for (auto& o : refs) s += fmt::format("{}{}{}", s.empty() ? "" : ", ", o.value, o.lead ? " (lead)" : "");
  return s.empty() ? "-" : s;
}

// Project name or title -> "budget B, disbursed D, remaining R, status S".
std::map<std::string, std::string> projects(const IndicatorModel& im, const check::PlanModel& m) {
  std::map<std::string, std::string> out;
  for (auto& p : im.ast->projects)
    out[std::string(p.name ? p.name->value : p.title.value)] = "budget " + num(p.budget.get());
  if (im.result)
    for (auto& pp : im.result->projects) {
      std::string key(pp.name ? pp.name->value : pp.title ? pp.title->value : "?");
      out[key] = fmt::format("budget {}, disbursed {}, remaining {}, status {}", num(m.budget(pp)),
                             num(pp.disbursed.get()), num(pp.remaining.get()), pp.status ? ast::to_string(*pp.status) : "-");
    }
  return out;
}

// The band column the report shows the score in (report::band), -1 without a score.
int band(const eval::Node& n) { return n.score ? report::band(*n.score) : -1; }

struct Row {
  const IndicatorModel* im;
  const eval::Node* node;
};

void collect(const eval::Node& n, const IndicatorModel& im, std::map<std::string, Row>& out) {
  out[n.id] = {&im, &n};
  for (std::size_t k = 0; k < n.children.size() && k < im.subs.size(); ++k) collect(n.children[k], im.subs[k], out);
}

std::map<std::string, Row> rows(const eval::ScoredPlan& r) {
  std::map<std::string, Row> out;
  for (auto& s : r.strategies)
    for (std::size_t i = 0; i < s.children.size(); ++i) collect(s.children[i], s.strategy->indicators[i], out);
  return out;
}

void field(std::vector<FieldChange>& f, const char* name, std::string_view a, std::string_view b) {
  if (a != b) f.push_back({name, std::string(a), std::string(b)});
}

std::vector<FieldChange> fields(const Row& a, const Row& b, const check::PlanModel& ma, const check::PlanModel& mb) {
  std::vector<FieldChange> f;
  field(f, "title", a.im->ast->title.value, b.im->ast->title.value);
  field(f, "unit", a.im->unit ? a.im->unit->name.value : "-", b.im->unit ? b.im->unit->name.value : "-");
  field(f, "target", target(*a.im, ma.year), target(*b.im, mb.year));
  field(f, "weight", num(a.im->weight), num(b.im->weight));
  field(f, "scale", a.im->scale ? a.im->scale->name.value : "-", b.im->scale ? b.im->scale->name.value : "-");
  field(f, "basis", a.im->ast->basis ? ast::to_string(*a.im->ast->basis) : "ratio",
        b.im->ast->basis ? ast::to_string(*b.im->ast->basis) : "ratio");
  field(f, "result", result(*a.im), result(*b.im));
  field(f, "offices", offices(*a.im), offices(*b.im));
  auto pa = projects(*a.im, ma), pb = projects(*b.im, mb);
  for (auto& [k, v] : pa) field(f, ("project " + k).c_str(), v, pb.count(k) ? pb[k] : "-");
  for (auto& [k, v] : pb)
    if (!pa.count(k)) field(f, ("project " + k).c_str(), "-", v);
  return f;
}

}  // namespace

bool PlanDiff::empty() const {
  return plan_fields.empty() && indicators.empty() && overall.before == overall.after;
}

PlanDiff diff(const eval::ScoredPlan& before, const eval::ScoredPlan& after, const std::string& name) {
  PlanDiff d;
  d.name = name;
  const auto& ma = *before.model;
  const auto& mb = *after.model;
  field(d.plan_fields, "plan title", before.title, after.title);
  field(d.plan_fields, "plan scale", ma.scale ? ma.scale->name.value : "-", mb.scale ? mb.scale->name.value : "-");
  field(d.plan_fields, "round", ma.round ? ma.round->name.value : "-", mb.round ? mb.round->name.value : "-");
  field(d.plan_fields, "rounding",
        fmt::format("{} {}", ma.rounding.mode == ast::Rounding::Mode::Rows ? "rows" : "none", ma.rounding.places),
        fmt::format("{} {}", mb.rounding.mode == ast::Rounding::Mode::Rows ? "rows" : "none", mb.rounding.places));
  // Scales: their points, by name.
  for (auto& [n, s] : ma.scales) {
    auto it = mb.scales.find(n);
    auto pts = [](const ast::ScaleDecl& x) {
      std::string p;
      for (auto& pt : x.points) p += (p.empty() ? "" : ", ") + num(pt.x) + " -> " + num(pt.score);
      return p;
    };
    if (it != mb.scales.end()) field(d.plan_fields, fmt::format("scale {}", n).c_str(), pts(*s), pts(*it->second));
  }

  auto ra = rows(before), rb = rows(after);
  // Which old indicator each new one is: the same number and title; else the
  // same title under another number (renumbered); else the same number with a
  // new title (changed), when that title has not moved elsewhere.
  std::map<std::string, std::string> match;  // new id -> old id
  std::set<std::string> taken;
  std::map<std::string_view, std::vector<std::string>> old_by_title;
  for (auto& [id, r] : ra) old_by_title[r.im->ast->title.value].push_back(id);
  std::set<std::string_view> new_titles;
  for (auto& [id, r] : rb) new_titles.insert(r.im->ast->title.value);
  for (auto& [id, r] : rb)
    if (ra.count(id) && ra[id].im->ast->title.value == r.im->ast->title.value) {
      match[id] = id;
      taken.insert(id);
    }
  for (auto& [id, r] : rb) {
    if (match.count(id)) continue;
    for (auto& oid : old_by_title[r.im->ast->title.value])
      if (!taken.count(oid)) {
        match[id] = oid;
        taken.insert(oid);
        break;
      }
  }
  for (auto& [id, r] : rb)
    if (!match.count(id) && ra.count(id) && !taken.count(id) && !new_titles.count(ra[id].im->ast->title.value)) {
      match[id] = id;
      taken.insert(id);
    }
  std::vector<std::string> removed;
  for (auto& [id, r] : ra)
    if (!taken.count(id)) removed.push_back(id);
  auto fill_scores = [](IndicatorChange& c, const eval::Node* a, const eval::Node* b) {
    if (a) c.score_before = a->score, c.weighted_before = a->weighted, c.band_before = band(*a);
    if (b) c.score_after = b->score, c.weighted_after = b->weighted, c.band_after = band(*b);
  };
  // In the order of the new plan, then what was removed.
  std::vector<std::string> order;
  for (auto& s : after.strategies) {
    std::function<void(const eval::Node&)> walk = [&](const eval::Node& n) {
      order.push_back(n.id);
      for (auto& c : n.children) walk(c);
    };
    for (auto& c : s.children) walk(c);
  }
  for (auto& id : order) {
    const Row& b = rb[id];
    IndicatorChange c;
    c.id = id;
    c.title = b.im->ast->title.value;
    if (match.count(id)) {
      std::string oid = match[id];
      const Row& a = ra[oid];
      c.old_id = oid;
      c.fields = fields(a, b, ma, mb);
      fill_scores(c, a.node, b.node);
      bool scores_moved = c.score_before != c.score_after || c.weighted_before != c.weighted_after;
      if (oid != id) c.kind = "renumbered";
      else if (!c.fields.empty()) c.kind = "changed";
      else if (scores_moved) c.kind = "score";
      else continue;
    } else {
      c.kind = "added";
      fill_scores(c, nullptr, b.node);
    }
    d.indicators.push_back(std::move(c));
  }
  for (auto& id : removed) {
    IndicatorChange c;
    c.id = c.old_id = id;
    c.kind = "removed";
    c.title = ra[id].im->ast->title.value;
    fill_scores(c, ra[id].node, nullptr);
    d.indicators.push_back(std::move(c));
  }
  std::map<std::string, const eval::Node*> sa;
  for (auto& s : before.strategies) sa[s.id] = &s;
  for (auto& s : after.strategies) {
    auto it = sa.find(s.id);
    d.strategies.push_back({s.id, std::string(s.title), it != sa.end() ? it->second->score : std::nullopt, s.score});
  }
  for (auto& s : before.strategies)
    if (std::none_of(after.strategies.begin(), after.strategies.end(), [&](auto& x) { return x.id == s.id; }))
      d.strategies.push_back({s.id, std::string(s.title), s.score, std::nullopt});
  d.overall = {"overall", "overall score", before.score, after.score};
  d.overall_percent = {"overall", "overall percent", before.percent, after.percent};
  return d;
}

namespace {

// The words of the score changes, in English and Thai.
constexpr Words kUnchanged{"unchanged", "เท่าเดิม"};
constexpr Words kNoChange{"no change in what the plan says or scores",
                          "ไม่มีการเปลี่ยนแปลงในเนื้อหาหรือคะแนนของแผน"};
constexpr Words kNoChangeMd{"No change in what the plan says or scores (formatting only).",
                            "ไม่มีการเปลี่ยนแปลงในเนื้อหาหรือคะแนนของแผน (เปลี่ยนเพียงรูปแบบการจัดวาง)"};
constexpr Words kStrategies{"strategies", "ยุทธศาสตร์"};
constexpr Words kOverallScore{"overall score", "คะแนนรวม"};
constexpr Words kOverallPercent{"overall percent", "ร้อยละรวม"};
constexpr Words kScore{"score", "คะแนน"};
constexpr Words kWeighted{"weighted", "คะแนนถ่วงน้ำหนัก"};
constexpr Words kMdOverall{"**Overall score** {} · **percent** {}", "**คะแนนรวม** {} · **ร้อยละ** {}"};
constexpr Words kMdPlanHead{"| plan | before | after |", "| แผน | เดิม | ใหม่ |"};
constexpr Words kMdIndicatorHead{"| indicator | change | score | weighted |", "| ตัวชี้วัด | การเปลี่ยนแปลง | คะแนน | คะแนนถ่วงน้ำหนัก |"};
constexpr Words kMdStrategyHead{"| strategy | score |", "| ยุทธศาสตร์ | คะแนน |"};
constexpr Words kMdFolded{"{} indicators changed", "ตัวชี้วัดที่เปลี่ยน {} ตัว"};
constexpr Words kBand{"crossed from band {} to band {}", "เปลี่ยนจากช่องคะแนน {} เป็นช่องคะแนน {}"};

// A change's kind as said to a person ("changed" / "แก้ไข"); JSON keeps the word.
std::string_view kind_word(const std::string& kind, Lang l) {
  static constexpr std::pair<std::string_view, Words> kKinds[] = {
      {"added", {"added", "เพิ่มใหม่"}},      {"removed", {"removed", "ถูกลบ"}},
      {"renumbered", {"renumbered", "เปลี่ยนหมายเลข"}}, {"changed", {"changed", "แก้ไข"}},
      {"score", {"score moved", "คะแนนเปลี่ยน"}}};
  for (auto& [k, w] : kKinds)
    if (k == kind) return w.in(l);
  return kind;
}

// Numbers and ids planc prints, in the locale's digits (never a plan's text).
std::string n(const std::string& s, const Locale& l) { return in_digits(s, l); }

std::string arrow(const std::optional<Rational>& a, const std::optional<Rational>& b, const Locale& l) {
  if (a == b) return n(dec(a), l) + " (" + std::string(kUnchanged.in(l.lang)) + ")";
  std::string delta;
  if (a && b) {
    Rational dlt = *b - *a;
    delta = fmt::format(" ({}{})", dlt.sign() >= 0 ? "+" : "", dlt.to_decimal(2, 6));
  }
  return n(fmt::format("{} → {}{}", dec(a), dec(b), delta), l);
}

std::string band_note(const IndicatorChange& c, const Locale& l) {
  if (c.band_before < 0 || c.band_after < 0 || c.band_before == c.band_after) return "";
  return n(fmt::format(fmt::runtime(kBand.in(l.lang)), c.band_before, c.band_after), l);
}

std::string heading(const IndicatorChange& c, const Locale& l) {
  bool th = l.lang == Lang::Th;
  std::string_view word = th ? "ตัวชี้วัด" : "indicator";
  if (c.kind == "renumbered")
    return n(fmt::format(fmt::runtime(th ? "{} {} (เดิม {}) {}" : "{} {} (was {}) {}"), word, c.id, c.old_id,
                         kind_word(c.kind, l.lang)),
             l);
  if (c.kind == "score") return n(fmt::format("{} {}: {}", word, c.id, kind_word(c.kind, l.lang)), l);
  return n(fmt::format("{} {} {}", word, c.id, kind_word(c.kind, l.lang)), l);
}

}  // namespace

std::string to_text(const std::vector<PlanDiff>& ds, const Locale& l) {
  std::string o;
  auto say = [&](const Words& w) { return w.in(l.lang); };
  for (auto& d : ds) {
    o += fmt::format("== {}\n", d.name);
    if (d.empty()) {
      o += fmt::format("{}\n", say(kNoChange));
      continue;
    }
    for (auto& f : d.plan_fields) o += fmt::format("{}: {} → {}\n", f.field, f.before, f.after);
    for (auto& c : d.indicators) {
      o += heading(c, l) + ": " + c.title + "\n";
      for (auto& f : c.fields) o += fmt::format("    {}: {} → {}\n", f.field, f.before, f.after);
      o += fmt::format("    {} {}{} {} {}\n", say(kScore), arrow(c.score_before, c.score_after, l),
                       l.lang == Lang::Th ? "" : ";", say(kWeighted), arrow(c.weighted_before, c.weighted_after, l));
      if (auto b = band_note(c, l); !b.empty()) o += "    " + b + "\n";
    }
    o += fmt::format("{}:\n", say(kStrategies));
    for (auto& s : d.strategies) o += fmt::format("    {:<4} {}\n", n(s.id, l), arrow(s.before, s.after, l));
    o += fmt::format("{} {}\n{} {}\n", say(kOverallScore), arrow(d.overall.before, d.overall.after, l),
                     say(kOverallPercent), arrow(d.overall_percent.before, d.overall_percent.after, l));
  }
  return o;
}

std::string to_markdown(const std::vector<PlanDiff>& ds, const Locale& l) {
  using emit::md_escape;
  auto say = [&](const Words& w) { return w.in(l.lang); };
  std::string o;
  for (auto& d : ds) {
    o += fmt::format("### planc diff: `{}`\n\n", md_escape(d.name));
    if (d.empty()) {
      o += fmt::format("{}\n\n", say(kNoChangeMd));
      continue;
    }
    o += fmt::format(fmt::runtime(say(kMdOverall)), arrow(d.overall.before, d.overall.after, l),
                     arrow(d.overall_percent.before, d.overall_percent.after, l)) +
         "\n\n";
    if (!d.plan_fields.empty()) {
      o += fmt::format("{}\n|---|---|---|\n", say(kMdPlanHead));
      for (auto& f : d.plan_fields)
        o += fmt::format("| {} | {} | {} |\n", md_escape(f.field), md_escape(f.before), md_escape(f.after));
      o += "\n";
    }
    if (!d.indicators.empty()) {
      bool collapse = d.indicators.size() > kOpenRows;  // a long list folded: the comment stays short
      if (collapse)
        o += fmt::format("<details><summary>{}</summary>\n\n",
                         n(fmt::format(fmt::runtime(say(kMdFolded)), d.indicators.size()), l));
      o += fmt::format("{}\n|---|---|--:|--:|\n", say(kMdIndicatorHead));
      for (auto& c : d.indicators) {
        std::string what;
        for (auto& f : c.fields)
          what += fmt::format("{}{}: {} → {}", what.empty() ? "" : "<br>", md_escape(f.field), md_escape(f.before),
                              md_escape(f.after));
        if (auto b = band_note(c, l); !b.empty()) what += (what.empty() ? "" : "<br>") + std::string("**") + b + "**";
        if (what.empty()) what = "-";
        std::string id = n(c.kind == "renumbered" ? c.old_id + " → " + c.id : c.id, l);
        o += fmt::format("| {} {} ({}) | {} | {} | {} |\n", md_escape(id), md_escape(c.title),
                         kind_word(c.kind, l.lang), what, arrow(c.score_before, c.score_after, l),
                         arrow(c.weighted_before, c.weighted_after, l));
      }
      o += collapse ? "\n</details>\n\n" : "\n";
    }
    o += fmt::format("{}\n|---|--:|\n", say(kMdStrategyHead));
    for (auto& s : d.strategies)
      o += fmt::format("| {} | {} |\n", md_escape(n(s.id, l)), arrow(s.before, s.after, l));
    o += "\n";
  }
  return o;
}

void write_json(json::Writer& w, const std::vector<PlanDiff>& ds) {
  using json::Writer;
  auto n = [](Writer& w, const std::optional<Rational>& r) { w.raw(emit::number_json(r)); };
  auto fields = [](Writer& w, const std::vector<FieldChange>& fs) {
    w.begin_array();
    for (auto& f : fs) w.begin_object().field("field", f.field).field("before", f.before).field("after", f.after).end_object();
    w.end_array();
  };
  auto before_after = [&](Writer& w, const std::optional<Rational>& a, const std::optional<Rational>& b) {
    w.begin_object();
    n(w.key("before"), a);
    n(w.key("after"), b);
    w.end_object();
  };
  auto band = [](Writer& w, int b) {
    if (b < 0) w.null();
    else w.value(b);
  };
  // A file's object a line (its indicators a line each, two spaces in), then
  // its indicators, strategies and overall figures each from a new line.
  constexpr json::Layout kFiles{"\n", "\n", "\n", "\n"}, kIndicators{"\n  ", "\n  ", "", ""};
  w.begin_array(kFiles);
  for (auto& d : ds) {
    w.begin_object().field("file", d.name).field("changed", !d.empty());
    fields(w.key("plan"), d.plan_fields);
    w.line_break(1).key("indicators").begin_array(kIndicators);
    for (auto& c : d.indicators) {
      w.begin_object().field("id", c.id).field("old_id", c.old_id).field("change", c.kind).field("title", c.title);
      fields(w.key("fields"), c.fields);
      before_after(w.key("score"), c.score_before, c.score_after);
      before_after(w.key("weighted"), c.weighted_before, c.weighted_after);
      w.key("band").begin_object();
      band(w.key("before"), c.band_before);
      band(w.key("after"), c.band_after);
      w.end_object().end_object();
    }
    w.end_array();
    w.line_break(1).key("strategies").begin_array();
    for (auto& s : d.strategies) {
      w.begin_object().field("id", s.id);
      n(w.key("before"), s.before);
      n(w.key("after"), s.after);
      w.end_object();
    }
    w.end_array();
    w.line_break(1).key("overall").begin_object();
    before_after(w.key("score"), d.overall.before, d.overall.after);
    before_after(w.key("percent"), d.overall_percent.before, d.overall_percent.after);
    w.end_object().end_object();
  }
  w.end_array();
}

std::string to_json(const std::vector<PlanDiff>& ds) {
  std::string o;
  {
    json::Writer w(o);
    write_json(w, ds);
    w.text("\n");
  }
  return o;
}

}  // namespace planc::review
