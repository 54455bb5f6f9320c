// The symbol table (check/symbols.hpp): each kind's declaration found at its
// exact span, every use recorded with the declaration it resolved to in a
// deterministic order (the same on 1 and on 4 threads), "did you mean", and
// the position look-up an editor's go-to-definition starts from.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

#include "driver/pipeline.hpp"
#include "driver/sources.hpp"

namespace {

using planc::check::Symbol;
using planc::check::SymbolKind;
using planc::check::SymbolUse;

// A plan in three files: declarations, the plan, and the round (the main file).
const std::string kDecls = R"(use "std/units"
use "std/scales"
office hr "Human resources"
office it "Information technology"
unit issues { kind count }
scale three-band "three bands" { of percent; point 0 -> 1; point 50 -> 2; point 100 -> 3 }
)";

const std::string kPlan = R"(use "decls.plan"
plan "Symbols" { scale five-band }
strategy 1 "s1" {
  scale three-band
  indicator 1 "a" { unit percent; target >= 80; weight 1/2; offices hr, it }
  indicator 2 "b" {
    unit issues
    target >= 3
    weight 1/2
    offices hr
    project camp "Youth camp" { budget 100 }
    indicator 2.1 "b1" { unit issues; target >= 1; offices it }
  }
}
strategy 2 "s2" {
  indicator 1 "c" { unit percent; target >= 50; weight 1; offices hr; scale five-band }
}
)";

const std::string kRound = R"(use "plan.plan"
round "r" { months 12; year 2567 }
result 1.2 {
  value 4
  offices it
  project camp { disbursed 10; remaining 90 }
}
result 1.1 { value 90 }
result 2.1 { value 60 }
)";

struct Compiled {
  planc::driver::MemorySources mem;
  planc::driver::Compilation c;
  std::map<std::string, std::string> texts;  // file -> its text, to name a span's file

  const planc::check::PlanModel& model() const { return *c.model; }

  // "plan.plan@123:2 `hr`": the file, the byte offset and length, the text.
  std::string where(planc::Span s) const {
    if (!s.valid()) return "(none)";
    std::string_view text = c.program.sources.get(s.file).text;
    std::string file = "std";
    for (auto& [name, t] : texts)
      if (t == text) file = name;
    return fmt::format("{}@{}:{} `{}`", file, s.begin, s.end - s.begin, text.substr(s.begin, s.end - s.begin));
  }
  std::string describe(const SymbolUse& u) const {
    Symbol s = model().symbol(u);
    return fmt::format("{} {}: {} -> {}", planc::check::to_string(u.kind), s.name, where(u.span), where(s.span));
  }
  std::vector<std::string> uses() const {
    std::vector<std::string> r;
    for (auto& u : model().uses()) r.push_back(describe(u));
    return r;
  }
};

std::unique_ptr<Compiled> compile(std::map<std::string, std::string> files, const std::string& main,
                                  planc::driver::Limits limits = {}, bool record = true) {
  auto r = std::make_unique<Compiled>();
  r->texts = files;
  for (auto& [name, text] : files) r->mem.set("/symbols/" + name, text);
  planc::driver::compile_text(r->c, "/symbols/" + main, files.at(main),
                              planc::driver::Options{.limits = limits, .sources = &r->mem, .record_uses = record});
  return r;
}

std::unique_ptr<Compiled> small(bool record = true) {
  return compile({{"decls.plan", kDecls}, {"plan.plan", kPlan}, {"round.plan", kRound}}, "round.plan", {}, record);
}

// "plan.plan@123:2 `hr`" for `len` bytes (all by default) of the n-th
// occurrence of `needle` in `file`'s text, starting `skip` bytes into it.
std::string at(const std::string& file, const std::string& text, const std::string& needle, std::size_t n = 0,
               std::size_t skip = 0, std::size_t len = std::string::npos) {
  std::size_t pos = text.find(needle);
  for (; n > 0 && pos != std::string::npos; --n) pos = text.find(needle, pos + 1);
  EXPECT_NE(pos, std::string::npos) << needle;
  std::string part = needle.substr(skip, len);
  return fmt::format("{}@{}:{} `{}`", file, pos + skip, part.size(), part);
}
std::string decls(const std::string& needle, std::size_t n = 0, std::size_t skip = 0,
                  std::size_t len = std::string::npos) {
  return at("decls.plan", kDecls, needle, n, skip, len);
}
std::string plan(const std::string& needle, std::size_t n = 0, std::size_t skip = 0,
                 std::size_t len = std::string::npos) {
  return at("plan.plan", kPlan, needle, n, skip, len);
}
std::string round(const std::string& needle, std::size_t n = 0, std::size_t skip = 0,
                  std::size_t len = std::string::npos) {
  return at("round.plan", kRound, needle, n, skip, len);
}

TEST(Symbols, SmallPlanChecksClean) {
  auto r = small();
  ASSERT_TRUE(r->c.model);
  for (auto& d : r->c.program.diags.all()) ADD_FAILURE() << planc::render_text(r->c.program.sources, d, {});
}

TEST(Symbols, FindGivesEachKindsDeclaration) {
  auto r = small();
  const auto& m = r->model();
  Symbol hr = m.find(SymbolKind::Office, "hr");
  ASSERT_TRUE(hr);
  EXPECT_EQ(hr.name, "hr");
  EXPECT_EQ(r->where(hr.span), decls("office hr", 0, 7));
  ASSERT_NE(hr.as<SymbolKind::Office>(), nullptr);
  EXPECT_EQ(hr.as<SymbolKind::Office>()->title.value, "Human resources");
  EXPECT_EQ(hr.as<SymbolKind::Unit>(), nullptr);  // asked as another kind

  EXPECT_EQ(r->where(m.find(SymbolKind::Unit, "issues").span), decls("unit issues", 0, 5));
  EXPECT_EQ(r->where(m.find(SymbolKind::Scale, "three-band").span), decls("scale three-band", 0, 6));
  Symbol camp = m.find(SymbolKind::Project, "camp");
  EXPECT_EQ(r->where(camp.span), plan("project camp", 0, 8));
  EXPECT_EQ(camp.as<SymbolKind::Project>()->title.value, "Youth camp");

  // Indicators by their id: the number as written where each is declared.
  EXPECT_EQ(r->where(m.find(SymbolKind::Indicator, "1.1").span), plan("1 \"a\"", 0, 0, 1));
  EXPECT_EQ(r->where(m.find(SymbolKind::Indicator, "1.2").span), plan("2 \"b\"", 0, 0, 1));
  Symbol sub = m.find(SymbolKind::Indicator, "1.2.1");
  EXPECT_EQ(sub.name, "1.2.1");
  EXPECT_EQ(r->where(sub.span), plan("2.1 \"b1\"", 0, 0, 3));
  EXPECT_EQ(sub.as<SymbolKind::Indicator>()->ast->title.value, "b1");
  EXPECT_TRUE(m.find(SymbolKind::Indicator, "2.1"));

  // The standard library's declarations are symbols too.
  Symbol five = m.find(SymbolKind::Scale, "five-band");
  ASSERT_TRUE(five);
  EXPECT_TRUE(r->where(five.span).starts_with("std@")) << r->where(five.span);

  // Nothing of that name (or of that kind).
  EXPECT_FALSE(m.find(SymbolKind::Office, "finance"));
  EXPECT_FALSE(m.find(SymbolKind::Office, "issues"));
  EXPECT_FALSE(m.find(SymbolKind::Indicator, "1.3"));
  EXPECT_FALSE(m.find(SymbolKind::Indicator, "3.1"));
  EXPECT_FALSE(m.find(SymbolKind::Indicator, "1.2.2"));
  EXPECT_FALSE(m.find(SymbolKind::Indicator, "1"));
  EXPECT_FALSE(m.find(SymbolKind::Indicator, "x.1"));
}

TEST(Symbols, EveryUseWithItsDeclarationInOrder) {
  auto r = small();
  std::string five_band = r->where(r->model().find(SymbolKind::Scale, "five-band").span);
  std::string percent = r->where(r->model().find(SymbolKind::Unit, "percent").span);
  std::string hr = decls("office hr", 0, 7), it = decls("office it", 0, 7), issues = decls("unit issues", 0, 5);
  std::vector<std::string> expect = {
      // The plan's scale.
      fmt::format("scale five-band: {} -> {}", plan("five-band"), five_band),
      // Strategy 1: its scale; indicator 1.1's unit and offices.
      fmt::format("scale three-band: {} -> {}", plan("three-band"), decls("scale three-band", 0, 6)),
      fmt::format("unit percent: {} -> {}", plan("percent"), percent),
      fmt::format("office hr: {} -> {}", plan("offices hr", 0, 8), hr),
      fmt::format("office it: {} -> {}", plan("hr, it", 0, 4), it),
      // Indicator 1.2, then its sub-indicator 1.2.1.
      fmt::format("unit issues: {} -> {}", plan("issues"), issues),
      fmt::format("office hr: {} -> {}", plan("offices hr", 1, 8), hr),
      fmt::format("unit issues: {} -> {}", plan("issues", 1), issues),
      fmt::format("office it: {} -> {}", plan("offices it", 0, 8), it),
      // Strategy 2, indicator 2.1: its scale first, then its unit and office.
      fmt::format("scale five-band: {} -> {}", plan("five-band", 1), five_band),
      fmt::format("unit percent: {} -> {}", plan("percent", 1), percent),
      fmt::format("office hr: {} -> {}", plan("offices hr", 2, 8), hr),
      // The results, in the round's order: the indicator each names, its offices, its projects.
      fmt::format("indicator 1.2: {} -> {}", round("result 1.2", 0, 7), plan("2 \"b\"", 0, 0, 1)),
      fmt::format("office it: {} -> {}", round("offices it", 0, 8), it),
      fmt::format("project camp: {} -> {}", round("project camp", 0, 8), plan("project camp", 0, 8)),
      fmt::format("indicator 1.1: {} -> {}", round("result 1.1", 0, 7), plan("1 \"a\"", 0, 0, 1)),
      fmt::format("indicator 2.1: {} -> {}", round("result 2.1", 0, 7), plan("1 \"c\"", 0, 0, 1)),
  };
  EXPECT_EQ(r->uses(), expect);
}

TEST(Symbols, ReferencesAndPositions) {
  auto r = small();
  const auto& m = r->model();
  // Three indicators name `hr`.
  auto refs = m.references(m.find(SymbolKind::Office, "hr"));
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(r->where(refs[0].span), plan("offices hr", 0, 8));
  EXPECT_EQ(r->where(refs[1].span), plan("offices hr", 1, 8));
  EXPECT_EQ(r->where(refs[2].span), plan("offices hr", 2, 8));
  // `it`: two indicators and a result.
  EXPECT_EQ(m.references(m.find(SymbolKind::Office, "it")).size(), 3u);
  // A result names indicator 1.2; a progress row names project camp.
  auto ind = m.references(m.find(SymbolKind::Indicator, "1.2"));
  ASSERT_EQ(ind.size(), 1u);
  EXPECT_EQ(r->where(ind[0].span), round("result 1.2", 0, 7));
  auto camp = m.references(m.find(SymbolKind::Project, "camp"));
  ASSERT_EQ(camp.size(), 1u);
  EXPECT_EQ(r->where(camp[0].span), round("project camp", 0, 8));
  EXPECT_TRUE(m.references(m.find(SymbolKind::Indicator, "1.2.1")).empty());  // no result names it

  // Go-to-definition: a use, or the declaration itself, gives the symbol.
  planc::FileId round_file = m.uses().back().span.file;
  auto offset = [](const std::string& text, const std::string& needle) {
    return static_cast<std::uint32_t>(text.find(needle));
  };
  Symbol s = m.at(round_file, offset(kRound, "camp") + 2);
  EXPECT_EQ(s, m.find(SymbolKind::Project, "camp"));
  s = m.at(round_file, offset(kRound, "result 1.2") + 9);
  EXPECT_EQ(s, m.find(SymbolKind::Indicator, "1.2"));
  Symbol hr = m.find(SymbolKind::Office, "hr");
  EXPECT_EQ(m.at(hr.span.file, hr.span.begin + 1), hr);
  Symbol sub = m.find(SymbolKind::Indicator, "1.2.1");
  EXPECT_EQ(m.at(sub.span.file, sub.span.begin), sub);
  EXPECT_FALSE(m.at(round_file, offset(kRound, "value 4")));
}

TEST(Symbols, DidYouMean) {
  auto r = small();
  const auto& m = r->model();
  EXPECT_EQ(m.closest(SymbolKind::Office, "hx"), "hr");
  EXPECT_EQ(m.closest(SymbolKind::Unit, "isues"), "issues");
  EXPECT_EQ(m.closest(SymbolKind::Scale, "three-bnd"), "three-band");
  EXPECT_EQ(m.closest(SymbolKind::Project, "cmap"), "camp");
  EXPECT_EQ(m.closest(SymbolKind::Indicator, "1.2.2"), "1.2.1");  // among strategy 1's
  EXPECT_EQ(m.closest(SymbolKind::Indicator, "2.2"), "2.1");
  EXPECT_EQ(m.closest(SymbolKind::Office, "nothing-like-it"), "");

  // The checker's own message takes it from the table.
  std::string plan2 = kPlan;
  plan2.replace(plan2.find("offices hr, it"), 14, "offices hx, it");
  auto bad = compile({{"decls.plan", kDecls}, {"plan.plan", plan2}, {"round.plan", kRound}}, "round.plan");
  bool said = false;
  for (auto& d : bad->c.program.diags.all())
    if (d.message.str() == "there is no office `hx`") {
      said = true;
      EXPECT_EQ(d.hint.str(), "did you mean `hr`?");
      EXPECT_EQ(bad->where(d.span), at("plan.plan", plan2, "offices hx", 0, 8));
    }
  EXPECT_TRUE(said);
  // A name that resolved to nothing is not a use.
  for (auto& u : bad->uses()) EXPECT_EQ(u.find("hx"), std::string::npos) << u;
}

TEST(Symbols, DuplicatesKeepTheFirst) {
  std::string plan2 = kPlan;
  plan2 += "office hr \"again\"\n";
  auto r = compile({{"decls.plan", kDecls}, {"plan.plan", plan2}, {"round.plan", kRound}}, "round.plan");
  bool said = false;
  for (auto& d : r->c.program.diags.all())
    if (d.message.str() == "office `hr` is declared twice") {
      said = true;
      ASSERT_EQ(d.notes.size(), 1u);
      EXPECT_EQ(r->where(d.notes[0].span), decls("office hr", 0, 7));
    }
  EXPECT_TRUE(said);
  EXPECT_EQ(r->where(r->model().find(SymbolKind::Office, "hr").span), decls("office hr", 0, 7));
}

TEST(Symbols, RecordingIsAnOption) {
  auto r = small(false);
  ASSERT_TRUE(r->c.model);
  EXPECT_TRUE(r->model().uses().empty());
  EXPECT_FALSE(r->model().recording_uses());
  // The declarations are there all the same.
  EXPECT_TRUE(r->model().find(SymbolKind::Office, "hr"));
  EXPECT_TRUE(r->model().find(SymbolKind::Indicator, "1.2.1"));
}

// A plan of many strategies, checked on 1 and on 4 threads: the same uses in
// the same order (each thread's join the main checker's in the strategies'
// order), projects declared on threads registered in order.
std::string big_plan(int strategies) {
  std::string s = "use \"decls.plan\"\nplan \"big\" { scale five-band }\n";
  for (int k = 1; k <= strategies; ++k) {
    s += fmt::format("strategy {} \"s{}\" {{\n", k, k);
    if (k % 3 == 0) s += "  scale three-band\n";
    for (int i = 1; i <= 4; ++i) {
      s += fmt::format("  indicator {} \"i\" {{\n    unit {}\n    target >= 1\n    weight 1/4\n    offices {}\n", i,
                       i % 2 ? "percent" : "issues", (k + i) % 2 ? "hr, it" : "it");
      if (i == 2) s += fmt::format("    project p{} \"p\" {{ budget 10 }}\n", k);
      if (i == 3) s += fmt::format("    indicator 3.1 \"sub\" {{ unit issues; target >= 1; offices hr }}\n");
      s += "  }\n";
    }
    s += "}\n";
  }
  s += "round \"r\" { months 12; year 2567 }\n";
  for (int k = strategies; k >= 1; --k)
    for (int i = 1; i <= 4; ++i) {
      s += fmt::format("result {}.{} {{ value 1", k, i);
      if (i == 2) s += fmt::format("; project p{} {{ disbursed 1; remaining 9 }}", k);
      if (i == 1) s += "; offices it";
      s += " }\n";
    }
  return s;
}

TEST(Symbols, SameUsesOnOneAndOnFourThreads) {
  const int kStrategies = 64;
  std::string text = big_plan(kStrategies);
  auto run = [&](std::size_t threads) {
    planc::driver::Limits l;
    l.threads = threads;
    l.parallel_min_indicators = 0;  // threads for a small plan too
    return compile({{"decls.plan", kDecls}, {"big.plan", text}}, "big.plan", l);
  };
  auto one = run(1), four = run(4);
  ASSERT_TRUE(one->c.model);
  ASSERT_TRUE(four->c.model);
  EXPECT_TRUE(one->c.program.diags.all().empty());
  EXPECT_TRUE(four->c.program.diags.all().empty());
  auto a = one->uses(), b = four->uses();
  // The plan's scale; per strategy: a third have a scale, each of 4
  // indicators a unit, 1 or 2 offices, indicator 3's sub-indicator a unit
  // and an office; per result: its indicator, result 1 an office, result 2 a project.
  std::size_t per_strategy = 4 + 6 + 2;
  std::size_t expect = 1 + kStrategies / 3 + kStrategies * per_strategy + kStrategies * (4 + 1 + 1);
  EXPECT_EQ(a.size(), expect);
  EXPECT_EQ(a, b);
  // Every project declared on a thread is in the table, found from its result.
  for (int k = 1; k <= kStrategies; ++k)
    EXPECT_EQ(four->model().references(four->model().find(SymbolKind::Project, fmt::format("p{}", k))).size(), 1u);
}

}  // namespace
