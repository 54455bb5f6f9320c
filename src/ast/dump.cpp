#include "ast/dump.hpp"

#include <fmt/format.h>

#include "support/json_writer.hpp"
#include "support/utf8.hpp"

namespace planc::ast {
namespace {

struct Dumper {
  const SourceManager& sm;
  DumpOptions o;
  std::string out;
  int depth = 0;

  std::string at(const Span& s) { return s.valid() ? fmt::format(" @{}:{}", sm.line(s), sm.col(s)) : ""; }
  std::string q(std::string_view s) {
    std::string t(s);
    if (!o.full_text && utf8::count_code_points(t) > 60) {
      std::size_t i = 0;
      for (int n = 0; n < 60 && i < t.size(); ++n) utf8::decode(t, i);
      t = t.substr(0, i) + fmt::format("… ({} chars)", utf8::count_code_points(s));
    }
    return "\"" + json_escape(t) + "\"";
  }
  // As written, and its exact value: `๐.๓๔=17/50`.
  std::string num(const Number& n) { return fmt::format("{}={}", n.raw(), n.value.to_fraction()); }
  void line(const std::string& s) {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ');
    out += s;
    out += '\n';
  }
  template <typename T>
  void opt(const char* k, const T& v) {  // std::optional, Opt or Box
    if (!v) return;
    using V = std::remove_cvref_t<decltype(*v)>;
    if constexpr (std::is_same_v<V, Text>) line(fmt::format("{} {}{}", k, q(v->value), at(v->span)));
    else if constexpr (std::is_same_v<V, Number>) line(fmt::format("{} {}{}", k, num(*v), at(v->span)));
    else if constexpr (std::is_same_v<V, Name>) line(fmt::format("{} {}{}", k, v->value, at(v->span)));
  }

  void offices(const Slice<OfficeRef>& os) {
    if (os.empty()) return;
    std::string s = "offices";
    for (auto& r : os) s += fmt::format(" {}{}", r.value, r.lead ? "(lead)" : "");
    line(s);
  }

  void indicator(const Indicator& i) {
    line(fmt::format("{} {} {}{}", i.is_sub ? "sub-indicator" : "indicator", i.number.str(), q(i.title.value),
                     at(i.span)));
    ++depth;
    opt("unit", i.unit);
    auto number = [&](const Number& n) { return num(n); };
    auto wording = [&](std::string_view t) { return q(t); };
    if (i.target) line("target " + describe(*i.target, number, wording) + at(i.target->span));
    opt("weight", i.weight);
    if (i.schedule) {
      const Schedule& sc = *i.schedule;
      for (const YearTarget& yt : sc.targets)
        line("target " + describe(yt.target, number, wording) + " for " + num(yt.year) + at(yt.target.span));
      for (const RoundWeight& rw : sc.weights)
        line("weight " + num(rw.weight) + " for " + (rw.year ? num(*rw.year) : num(*rw.months)) + at(rw.span));
      if (sc.starts) line("starts " + num(*sc.starts));
      if (sc.cancelled) line("cancelled " + q(sc.cancelled->value));
    }
    opt("scale", i.scale);
    if (i.basis) line(fmt::format("basis {}", to_string(*i.basis)));
    if (i.aggregate) line(fmt::format("aggregate {}", to_string(*i.aggregate)));
    offices(i.offices);
    for (auto& n : i.notes) line("note " + q(n.value));
    for (auto& p : i.projects) {
      line(fmt::format("project {}{}{}", p.name ? std::string(p.name->value) + " " : "", q(p.title.value), at(p.span)));
      ++depth;
      opt("budget", p.budget);
      opt("note", p.note);
      --depth;
    }
    for (auto& s : i.subs) indicator(s);
    --depth;
  }

  void module(const Module& m) {
    line(fmt::format("module {}", sm.get(m.file).name));
    ++depth;
    for (auto& u : m.uses) line(fmt::format("use \"{}\"{}", u.path, at(u.span)));
    if (m.plan) {
      const PlanHeader& h = *m.plan;
      line(fmt::format("plan {}{}", q(h.title.value), at(h.span)));
      ++depth;
      opt("agency", h.agency);
      opt("by", h.unit_name);
      if (h.year_from) line(fmt::format("years {} - {}", num(*h.year_from), h.year_to ? num(*h.year_to) : "?"));
      line(fmt::format("language {}", h.language));
      if (h.digits) line(fmt::format("digits {}", *h.digits == Digits::Thai ? "thai" : "arabic"));
      opt("scale", h.scale);
      opt("overall", h.overall);
      opt("quality", h.quality);
      --depth;
    }
    for (auto& u : m.units) {
      line(fmt::format("unit {} kind={}{}", u.name.value, to_string(u.kind), at(u.span)));
      ++depth;
      opt("th", u.label_th);
      opt("en", u.label_en);
      --depth;
    }
    for (auto& o : m.offices) {
      line(fmt::format("office {} {}{}", o.name.value, q(o.title.value), at(o.span)));
      ++depth;
      opt("en", o.title_en);
      --depth;
    }
    for (auto& s : m.scales) {
      static const char* of[] = {"percent", "value", "level"};
      static const char* bt[] = {"linear", "step"};
      static const char* bl[] = {"proportional", "zero", "first"};
      static const char* ab[] = {"cap", "extend"};
      line(fmt::format("scale {} of={} between={} below={} above={}{}", s.name.value, of[int(s.of)],
                       bt[int(s.between)], bl[int(s.below)], ab[int(s.above)], at(s.span)));
      ++depth;
      opt("title", s.title);
      opt("en", s.title_en);
      opt("description", s.description);
      for (auto& p : s.points) line(fmt::format("point {} -> {}", num(p.x), num(p.score)));
      for (auto& b : s.bands) line(fmt::format("band {} - {} {}", num(b.from), num(b.to), q(b.word.value)));
      --depth;
    }
    for (auto& s : m.strategies) {
      std::size_t subs = 0;
      for (auto& i : s.indicators) subs += i.subs.size();
      line(fmt::format("strategy {} {} ({} indicators, {} sub-indicators){}", s.number.str(), q(s.title.value),
                       s.indicators.size(), subs, at(s.span)));
      ++depth;
      opt("mission", s.mission);
      for (auto& g : s.goals) line("goal " + q(g.value));
      opt("scale", s.scale);
      opt("weight", s.weight);
      for (auto& i : s.indicators) indicator(i);
      --depth;
    }
    if (m.round) {
      const RoundDecl& r = *m.round;
      line(fmt::format("round {}{}", q(r.name.value), at(r.span)));
      ++depth;
      opt("months", r.months);
      opt("year", r.fiscal_year);
      opt("title", r.title);
      opt("date", r.date);
      opt("preface", r.preface);
      opt("introduction", r.introduction);
      for (auto& o : r.objectives) line("objective " + q(o.value));
      opt("method", r.method);
      opt("tolerance", r.tolerance);
      if (r.rounding)
        line(fmt::format("rounding {} {}", r.rounding->mode == Rounding::Mode::None ? "none" : "rows",
                         r.rounding->places));
      --depth;
    }
    for (auto& r : m.results) {
      line(fmt::format("result {}{}", r.id.str(), at(r.span)));
      ++depth;
      opt("weight", r.weight);
      if (!r.values.empty()) {
        std::string s = "values";
        for (auto& v : r.values) s += " " + num(v);
        line(s);
      }
      opt("na", r.na);
      opt("says", r.value_text);
      if (r.aggregate) line(fmt::format("aggregate {}", to_string(*r.aggregate)));
      for (auto& a : r.accounts) line("account " + q(a.value));
      offices(r.offices);
      for (auto& p : r.projects) {
        line(fmt::format("project {}{}", p.name ? p.name->value : q(p.title->value), at(p.span)));
        ++depth;
        opt("budget", p.budget);
        opt("disbursed", p.disbursed);
        opt("remaining", p.remaining);
        if (p.status) line(fmt::format("status {}", to_string(*p.status)));
        opt("note", p.note);
        --depth;
      }
      if (r.reported) {
        line("reported");
        ++depth;
        opt("percent", r.reported->percent);
        opt("score", r.reported->score);
        opt("weighted", r.reported->weighted);
        --depth;
      }
      --depth;
    }
    for (auto& r : m.reported) {
      line(fmt::format("reported {}{}", r.strategy ? r.strategy->str() : "overall", at(r.span)));
      ++depth;
      opt("score", r.score);
      opt("percent", r.percent);
      opt("weight-sum", r.weight_sum);
      opt("quality", r.quality);
      --depth;
    }
    for (auto& r : m.recommendations) line("recommendation " + q(r.value));
    --depth;
  }
};

}  // namespace

std::string dump(const Module& m, const SourceManager& sm, const DumpOptions& o) {
  Dumper d{sm, o, {}, 0};
  d.module(m);
  return d.out;
}

}  // namespace planc::ast
