// Report drafts: plan text is escaped, output is deterministic, labels and
// digits follow the plan unless asked otherwise.
#include <gtest/gtest.h>

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "driver/pipeline.hpp"
#include "emit/columns.hpp"
#include "emit/keep_words.hpp"
#include "emit/report.hpp"
#include "report/build.hpp"
#include "support/json_writer.hpp"
#include "support/utf8.hpp"

namespace {

struct Rendered {
  planc::driver::Compilation c;
  explicit Rendered(const std::string& rel) { planc::driver::compile(c, std::string(PLANC_SOURCE_DIR) + "/" + rel); }
  planc::report::Model model(planc::report::Options o = {}) {
    return planc::report::build(*c.scored, c.program.sources, c.program.diags, o);
  }
};

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t i = s.find(needle); i != std::string::npos; i = s.find(needle, i + 1)) ++n;
  return n;
}

}  // namespace

TEST(Escape, Html) {
  EXPECT_EQ(planc::emit::html_escape("<script>alert(1)</script> \"&<>'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&lt;&gt;&#39;");
  // Runs of ordinary text are copied whole: at the ends, between entities, Thai.
  EXPECT_EQ(planc::emit::html_escape(""), "");
  EXPECT_EQ(planc::emit::html_escape("ไทย"), "ไทย");
  EXPECT_EQ(planc::emit::html_escape("&ก&&ข<"), "&amp;ก&amp;&amp;ข&lt;");
}

TEST(Escape, Json) {
  EXPECT_EQ(planc::json_escape(""), "");
  EXPECT_EQ(planc::json_escape("ไทย \"q\" a\\b"), "ไทย \\\"q\\\" a\\\\b");
  EXPECT_EQ(planc::json_escape(std::string("\n\r\t\x01x\x1f", 6)), "\\n\\r\\t\\u0001x\\u001f");
}

TEST(Escape, Markdown) {
  EXPECT_EQ(planc::emit::md_escape("a|b *c* <d> & [e](f)"), "a\\|b \\*c\\* \\<d\\> \\& \\[e\\](f)");
  EXPECT_EQ(planc::emit::md_escape("# not a heading"), "\\# not a heading");
  EXPECT_EQ(planc::emit::md_escape("two\nlines"), "two<br>lines");
  EXPECT_EQ(planc::emit::md_escape("a-b #c"), "a-b #c");  // only at the start
  EXPECT_EQ(planc::emit::md_escape("-"), "\\-");
  EXPECT_EQ(planc::emit::md_escape(""), "");
  EXPECT_EQ(planc::emit::md_escape("ไทย|\n"), "ไทย\\|<br>");
}

// Every label is given in both languages (labels.cpp names each field: a
// field left out would be null here).
TEST(Render, EveryLabelIsSetInBothLanguages) {
  static_assert(sizeof(planc::report::Labels) % sizeof(const char*) == 0);
  constexpr std::size_t n = sizeof(planc::report::Labels) / sizeof(const char*);
  for (const char* lang : {"th", "en"}) {
    std::array<const char*, n> field;
    std::memcpy(field.data(), &planc::report::labels(lang), sizeof field);
    for (std::size_t i = 0; i < n; ++i) {
      ASSERT_NE(field[i], nullptr) << lang << " label " << i;
      EXPECT_NE(field[i][0], '\0') << lang << " label " << i;
    }
  }
  EXPECT_STREQ(planc::report::labels("th").no_findings, "ไม่พบข้อสังเกต");
  EXPECT_STREQ(planc::report::labels("en").no_findings, "no findings");
}

TEST(Render, HostileTextIsEscapedEverywhere) {
  Rendered r("tests/golden/render/hostile-text.plan");
  ASSERT_TRUE(r.c.scored);
  std::string html = planc::emit::html(r.model());
  EXPECT_EQ(count(html, "<script"), 0u);
  EXPECT_EQ(count(html, "<img"), 0u);
  EXPECT_EQ(count(html, "<iframe"), 0u);
  EXPECT_EQ(count(html, "<svg onload"), 0u);
  EXPECT_EQ(count(html, "<b>bold"), 0u);
  EXPECT_GE(count(html, "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&lt;&gt;&#39; plan"), 2u);  // title and h1
  EXPECT_NE(html.find("&amp;amp; stays &amp;amp;"), std::string::npos);
  std::string md = planc::emit::markdown(r.model());
  // In Markdown `\<` is a literal `<`: every `<` of plan text must carry its backslash.
  EXPECT_GT(count(md, "\\<script"), 0u);
  EXPECT_EQ(count(md, "<script"), count(md, "\\<script"));
  EXPECT_EQ(count(md, "<iframe"), count(md, "\\<iframe"));
  EXPECT_EQ(count(md, "<img"), count(md, "\\<img"));
  EXPECT_NE(md.find("\\<script\\>alert(6)\\</script\\> \\| pipe"), std::string::npos);
}

TEST(Render, DeterministicBytes) {
  Rendered a("plans/th-hor-2563/2563-h1.plan"), b("plans/th-hor-2563/2563-h1.plan");
  EXPECT_EQ(planc::emit::html(a.model()), planc::emit::html(b.model()));
  EXPECT_EQ(planc::emit::markdown(a.model()), planc::emit::markdown(b.model()));
}

// The cover says the year once: the round's and the plan's lines leave out
// what the title says, and only a phrase of its own, whole code points.
TEST(Render, CoverSaysTheYearOnce) {
  struct Case {
    const char *plan, *round, *title, *lang, *want_round, *want_plan;
  };
  const Case cases[] = {
      // A Thai letter ending in the en dash's bytes (ณ, ๓) is kept whole.
      {"แผนการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๕", "รอบ ๑๒ เดือน", "รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "th",
       "รอบ ๑๒ เดือน", "แผนการใช้จ่ายงบประมาณ"},
      // The start of a range of the plan's years is not the round's year said.
      {"แผนปฏิบัติราชการ ปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๗", "รอบ ๑๒ เดือน", "รายงานผล ปีงบประมาณ พ.ศ. ๒๕๖๕", "th",
       "รอบ ๑๒ เดือน", "แผนปฏิบัติราชการ ปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๗"},
      // Nor is its end: a title with the plan's years only gets the round's year on the cover.
      {"แผนปฏิบัติการ พ.ศ. ๒๕๖๓ - ๒๕๖๕", "รอบ ๑๒ เดือน", "", "th", "รอบ ๑๒ เดือน · ปีงบประมาณ พ.ศ. 2565", ""},
      // "ประจำปี ๒๕๖๕" in the title, "ปี ๒๕๖๕" in the round's name: what is left of
      // it, "ผลการประเมิน", the title says already, so the cover has no round line.
      {"รางวัลพระปกเกล้า", "ผลการประเมิน ปี ๒๕๖๕", "ผลการประเมินรางวัลพระปกเกล้า ประจำปี ๒๕๖๕ เทศบาลตำบลหนึ่ง", "th",
       "", ""},
      {"รางวัลพระปกเกล้า", "รอบประเมิน ปี ๒๕๖๕", "ผลการประเมินรางวัลพระปกเกล้า ประจำปี ๒๕๖๕", "th", "รอบประเมิน", ""},
      // "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕" as a whole.
      {"การประเมินผลการปฏิบัติราชการ กรมหนึ่ง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "รอบ ๑๒ เดือน",
       "รายงานผลการประเมิน กรมหนึ่ง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "th", "รอบ ๑๒ เดือน",
       "การประเมินผลการปฏิบัติราชการ กรมหนึ่ง"},
      // English, whatever the case of "fiscal year".
      {"Library plan, fiscal year 2565", "Twelve-month round", "Library: evaluation of fiscal year 2565", "en",
       "Twelve-month round", "Library plan"},
  };
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "planc-cover-test";
  fs::create_directories(dir);
  int k = 0;
  for (const Case& c : cases) {
    fs::path file = dir / ("cover" + std::to_string(k++) + ".plan");
    std::ofstream(file) << "use \"std/units\"\nuse \"std/scales\"\nplan \"" << c.plan
                        << "\" {\n  years 2563 - 2567\n  language " << c.lang
                        << "\n}\nstrategy 1 \"s\" {\n  indicator 1 \"i\" { unit percent; target >= 80; weight 1 }\n}\n"
                        << "round \"" << c.round << "\" {\n  months 12\n  year 2565\n"
                        << (*c.title ? std::string("  title \"") + c.title + "\"\n" : std::string()) << "}\n"
                        << "result 1.1 { value 80 }\n";
    planc::driver::Compilation comp;
    planc::driver::compile(comp, file.string());
    ASSERT_TRUE(comp.scored) << c.plan;
    auto m = planc::report::build(*comp.scored, comp.program.sources, comp.program.diags, {});
    EXPECT_EQ(m.cover_round, c.want_round) << c.plan;
    EXPECT_EQ(m.cover_plan, c.want_plan) << c.plan;
    EXPECT_FALSE(planc::utf8::first_invalid(m.cover_plan)) << m.cover_plan;
    EXPECT_FALSE(planc::utf8::first_invalid(m.cover_round)) << m.cover_round;
  }
  fs::remove_all(dir);
}

// Printed tables' columns (emit/columns.hpp): a round's name in two lines at
// most, a Thai piece halved at a word break, an English word never; columns
// fitted to the page however many rounds there are.
// Thai terms and years kept on one line in the text, never in a tag, an
// attribute, a style, an SVG or a title; a piece may end inside a tag.
TEST(Render, KeepsThaiTermsWhole) {
  auto kept = [](std::initializer_list<std::string_view> pieces) {
    return planc::emit::collect([&](planc::emit::Sink& to) {
      planc::emit::KeepWords k(to);
      for (auto p : pieces) k.write(p);
    });
  };
  EXPECT_EQ(kept({"<th>คะแนนถ่วงน้ำหนัก (W × SM)</th>"}),
            "<th>คะแนน<span class=\"w\">ถ่วงน้ำหนัก</span> <span class=\"w\">(W × SM)</span></th>");
  // A total row's label: "÷ Σ / W" and "Σ / (W × SM)" were broken at their spaces.
  EXPECT_EQ(kept({"Σ (W × SM) ÷ Σ W"}), "<span class=\"w\">Σ (W × SM)</span> ÷ <span class=\"w\">Σ W</span>");
  EXPECT_EQ(kept({"<td title=\"ร้อยละ\">ร้อยละ ๘๐</td>"}),
            "<td title=\"ร้อยละ\"><span class=\"w\">ร้อยละ</span> ๘๐</td>");
  EXPECT_EQ(kept({"<td class=\"x", "\" title=\"ร้อยละ\">ขั้นต้น</td>"}),
            "<td class=\"x\" title=\"ร้อยละ\"><span class=\"w\">ขั้นต้น</span></td>");
  EXPECT_EQ(kept({"<svg><text>ร้อยละ</text></svg><title>ร้อยละ</title><style>p{}</style>ร้อยละ"}),
            "<svg><text>ร้อยละ</text></svg><title>ร้อยละ</title><style>p{}</style><span class=\"w\">ร้อยละ</span>");
  EXPECT_EQ(kept({"แผน พ.ศ. ๒๕๖๓ - ๒๕๖๕ ปี พ.ศ. 2568 และ พ.ศ. ๒๕"}),
            "แผน <span class=\"w\">พ.ศ. ๒๕๖๓ - ๒๕๖๕</span> ปี <span class=\"w\">พ.ศ. 2568</span> และ พ.ศ. ๒๕");
  // A range of years without its era, or with a dash spaced on one side only;
  // never four digits of a longer number.
  EXPECT_EQ(kept({"ปี ๒๕๖๔ - ๒๕๖๕ (พ.ศ. ๒๕๖๑ -๒๕๘๐) 2563–2565"}),
            "ปี <span class=\"w\">๒๕๖๔ - ๒๕๖๕</span> (<span class=\"w\">พ.ศ. ๒๕๖๑ -๒๕๘๐</span>) "
            "<span class=\"w\">2563–2565</span>");
  EXPECT_EQ(kept({"12563-2565 2563-25650 1.2563-2565 ๒๕๖๓-๒๕"}), "12563-2565 2563-25650 1.2563-2565 ๒๕๖๓-๒๕");
  // A term that is the start of a longer word (a mark follows) is not one.
  EXPECT_EQ(kept({"ร้อยละ\u0e31"}), "ร้อยละ\u0e31");
  // English and other Thai unchanged.
  EXPECT_EQ(kept({"<p>Weighted score: ผลการประเมิน</p>"}), "<p>Weighted score: ผลการประเมิน</p>");
}

// The same terms for a word processor: no-break spaces, and a word joiner
// before each Thai cluster of a term but its first (never before a mark: a
// joiner inside "น้ำ" would part the tone mark from its vowel).
TEST(Render, JoinsThaiTermsForWord) {
  using planc::emit::joined;
  const std::string wj = "\u2060", nb = "\u00A0";
  EXPECT_EQ(joined("คะแนนถ่วงน้ำหนัก (W × SM)"), "คะแนนถ่" + wj + "ว" + wj + "ง" + wj + "น้ำ" + wj + "ห" + wj + "นั" + wj +
                                                  "ก (W" + nb + "×" + nb + "SM)");
  EXPECT_EQ(joined("ปี พ.ศ. ๒๕๖๓"), "ปี พ." + wj + "ศ." + nb + "๒๕๖๓");
  EXPECT_EQ(joined("ประจำปีงบประมาณ"), "ป" + wj + "ระ" + wj + "จำ" + wj + "ปี" + wj + "ง" + wj + "บ" + wj + "ป" + wj +
                                        "ระ" + wj + "มา" + wj + "ณ");
  // A leading vowel and its consonant are one syllable: "เน", not "เ|น".
  EXPECT_EQ(joined("ดำเนินงาน"), "ดำ" + wj + "เนิ" + wj + "น" + wj + "งา" + wj + "น");
  // A name kept whole where it occurs, with the terms inside it.
  EXPECT_EQ(joined("แผนของ กรม ก ปี", "กรม ก"), "แผนของ ก" + wj + "ร" + wj + "ม" + nb + "ก ปี");
  EXPECT_EQ(joined("Weighted score"), "Weighted score");
}

TEST(Render, ColumnsFitTheirWordsAndThePage) {
  using planc::emit::fit_columns;
  using planc::emit::round_column_twips;
  // คณะกรรมการตรวจประเมิน (20 letters): its longer half, 10 letters at 160 twips, and the padding.
  EXPECT_EQ(round_column_twips("คณะกรรมการตรวจประเมิน"), 10 * 160 + 250);
  // "Committee" is not broken: its 9 letters whole.
  EXPECT_EQ(round_column_twips("Committee"), 9 * 160 + 250);
  // "รอบ ๖ เดือน" breaks at its spaces: เดือน, 4 columns wide, is the widest piece; at least 800.
  EXPECT_EQ(round_column_twips("รอบ ๖ เดือน"), 4 * 160 + 250);
  EXPECT_EQ(round_column_twips("Q1"), 800);
  // The title (0) takes the rest...
  EXPECT_EQ(fit_columns({850, 0, 1150, 1000}, 9071, 1800), (std::vector<int>{850, 6071, 1150, 1000}));
  // ...and twelve monthly rounds narrow the others, never the page.
  std::vector<int> many{850, 0};
  for (int k = 0; k < 12; ++k) many.push_back(1210);
  auto fitted = fit_columns(many, 9071, 1800);
  int sum = 0;
  for (int w : fitted) sum += w;
  EXPECT_LE(sum, 9071);
  EXPECT_GE(fitted[1], 1800);
  EXPECT_LT(fitted[2], 1210);
}

// Targets met and missed are counted from the rows' percent of target: a
// round whose rows are scored by level (private-education's two rows) says
// neither, not "0 met, 0 missed" beside two indicators assessed.
TEST(Render, MetAndMissedOnlyWhereRowsHaveAPercent) {
  Rendered pe("plans/examples/private-education/2561-12m.plan");
  auto m = pe.model();
  EXPECT_GT(m.scored, 0);
  EXPECT_FALSE(m.show_met_missed);
  Rendered ref("plans/th-hor-2563/2563-h1.plan");
  EXPECT_TRUE(ref.model().show_met_missed);
  // The three counts add up to the rows scored: the reference's 35 + 13
  // beside its 49 (3.1's target is in words); sub-indicators count as the
  // rows scored count them (a roll-up row is scored otherwise).
  auto r = ref.model();
  EXPECT_EQ(r.met, 35);
  EXPECT_EQ(r.missed, 13);
  EXPECT_EQ(r.uncompared, 1);
  for (const char* plan : {"plans/th-hor-2563/2563-h1.plan", "tests/golden/syntax/weighted-subs.plan",
                           "tests/golden/year/r9.plan", "plans/examples/district-health/2567-12m.plan"}) {
    auto x = Rendered(plan).model();
    EXPECT_EQ(x.met + x.missed + x.uncompared, x.scored) << plan;
  }
}

TEST(Render, LabelsAndDigitsFollowThePlanOrTheOptions) {
  Rendered r("plans/th-hor-2563/2563-h1.plan");
  auto th = r.model();
  EXPECT_EQ(th.lang, "th");
  EXPECT_TRUE(th.thai_digits);
  EXPECT_EQ(th.score, "๓.๙๔");
  EXPECT_EQ(th.strategies[2].score, "๔.๖๙");
  auto en = r.model({"en", "arabic"});
  EXPECT_EQ(en.score, "3.94");
  EXPECT_EQ(en.strategies[0].score, "3.99");
  EXPECT_EQ(en.strategies[0].published_score, "4.03");
  std::string html = planc::emit::html(en);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("Part 2: scores of the indicators"), std::string::npos);
  EXPECT_NE(planc::emit::html(th).find("<html lang=\"th\">"), std::string::npos);
}

TEST(Render, FindingsAreShownWhereTheyApply) {
  Rendered r("plans/th-hor-2563/2563-h1.plan");
  auto m = r.model();
  auto has = [](const std::vector<planc::report::Finding>& fs, const std::string& code) {
    return std::any_of(fs.begin(), fs.end(), [&](auto& f) { return f.code == code; });
  };
  EXPECT_TRUE(has(m.strategies[0].findings, "W111"));  // strategy 1's weights
  EXPECT_TRUE(has(m.strategies[2].findings, "W141"));  // strategy 3's total
  const auto& rows = m.strategies[2].rows;
  auto row38 = std::find_if(rows.begin(), rows.end(), [](auto& r) { return r.id == "3.8"; });
  ASSERT_NE(row38, rows.end());
  EXPECT_TRUE(has(row38->findings, "W142"));  // the empty cell, on its row
  EXPECT_EQ(row38->band, 5);
  EXPECT_EQ(row38->percent, "๑๐๐");
}

// The copy to hand in (--findings none): the draft's figures, every one, and
// none of the reviewer's: findings, published figures, places in the files.
TEST(Render, CopyHandedInHasTheDraftsFiguresOnly) {
  for (const char* plan : {"plans/th-hor-2563/2563-h1.plan", "plans/examples/performance-agreement/2565-12m.plan",
                           "plans/examples/university-qa/2566-12m.plan", "plans/examples/library-qa/2555-12m.plan"}) {
    SCOPED_TRACE(plan);
    Rendered r(plan);
    planc::report::Options clean;
    clean.findings = planc::report::Options::Findings::None;
    auto d = r.model(), c = r.model(clean);
    EXPECT_FALSE(d.handed_in);
    EXPECT_TRUE(c.handed_in);
    EXPECT_EQ(c.score, d.score);
    EXPECT_EQ(c.percent, d.percent);
    EXPECT_EQ(c.quality, d.quality);
    EXPECT_TRUE(c.findings.empty() && c.published_score.empty() && c.published_percent.empty() &&
                c.published_quality.empty() && !c.score_differs && !c.percent_differs && !c.quality_differs);
    ASSERT_EQ(c.strategies.size(), d.strategies.size());
    ASSERT_EQ(c.groups.size(), d.groups.size());
    std::size_t placed = 0;  // the draft's steps that say where they came from
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
      EXPECT_EQ(c.groups[g].weighted, d.groups[g].weighted);
      EXPECT_TRUE(c.groups[g].published_score.empty() && c.groups[g].published_weighted.empty());
    }
    for (std::size_t k = 0; k < c.strategies.size(); ++k) {
      const auto &cs = c.strategies[k], &ds = d.strategies[k];
      EXPECT_EQ(cs.score, ds.score);
      EXPECT_EQ(cs.weighted_sum, ds.weighted_sum);
      EXPECT_EQ(cs.weighted, ds.weighted);
      EXPECT_TRUE(cs.findings.empty() && cs.published.empty() && cs.published_score.empty() &&
                  cs.published_weighted.empty() && cs.published_quality.empty());
      ASSERT_EQ(cs.rows.size(), ds.rows.size());
      for (std::size_t i = 0; i < cs.rows.size(); ++i) {
        const auto &cr = cs.rows[i], &dr = ds.rows[i];
        EXPECT_EQ(cr.score, dr.score);
        EXPECT_EQ(cr.weighted, dr.weighted);
        EXPECT_EQ(cr.percent, dr.percent);
        EXPECT_EQ(cr.result, dr.result);
        EXPECT_TRUE(cr.findings.empty());
        // The same steps, without their places: "ผลการดำเนินงาน: ๗ (2563-h1.plan:๓๖)" → "ผลการดำเนินงาน: ๗".
        ASSERT_EQ(cr.steps.size(), dr.steps.size());
        for (std::size_t j = 0; j < cr.steps.size(); ++j) {
          placed += dr.steps[j].find(".plan:") != std::string::npos;
          EXPECT_EQ(cr.steps[j].find(".plan:"), std::string::npos) << cr.steps[j];
          EXPECT_EQ(dr.steps[j].compare(0, cr.steps[j].size(), cr.steps[j]), 0) << dr.steps[j];
        }
      }
    }
    EXPECT_GT(placed, 0u);
  }
}

// The driver refuses the copy to hand in from a round with errors (the CLI
// says so before: this is the guard for every other caller), whatever the
// format, with nothing written; the reviewer's draft of it is made.
TEST(Render, NoCopyToHandInFromARoundWithErrors) {
  Rendered r("tests/golden/diag/E021-bad-argument.plan");
  ASSERT_TRUE(r.c.scored && r.c.program.diags.has_errors());
  for (auto f : {planc::driver::DraftFormat::Markdown, planc::driver::DraftFormat::Json, planc::driver::DraftFormat::Docx}) {
    planc::driver::DraftOptions o{f, {}};
    o.report.lang = "en";  // (the plan says none: else the machine's)
    o.report.findings = planc::report::Options::Findings::None;
    std::string text, why;
    planc::emit::Sink out(text);
    EXPECT_FALSE(planc::driver::draft(r.c, o, out, &why));
    EXPECT_TRUE(text.empty());
    EXPECT_NE(why.find("E021-bad-argument.plan has 6 errors"), std::string::npos) << why;
    o.report.findings = planc::report::Options::Findings::Inline;
    EXPECT_TRUE(planc::driver::draft(r.c, o, out, &why));
    EXPECT_FALSE(text.empty());
  }
}

// The fixed labels that name an indicator say the plan's word for it
// (`levels "องค์ประกอบ" "ตัวบ่งชี้"`): the counts, a row's projects, its sub-indicators.
TEST(Render, LabelsSayThePlansWordForAnIndicator) {
  auto m = Rendered("plans/examples/library-qa/2555-12m.plan").model();
  EXPECT_EQ(m.projects_label, "โครงการภายใต้ตัวบ่งชี้");
  EXPECT_EQ(m.unweighted_label, "ตัวบ่งชี้ย่อย (ไม่ถ่วงน้ำหนัก)");
  EXPECT_EQ(m.scored_label, "ตัวบ่งชี้ที่มีผลการประเมิน");
  auto ref = Rendered("plans/th-hor-2563/2563-h1.plan").model();
  EXPECT_EQ(ref.projects_label, "โครงการภายใต้ตัวชี้วัด");
  EXPECT_EQ(ref.unweighted_label, "ตัวชี้วัดย่อย (ไม่ถ่วงน้ำหนัก)");
}

// The plan's words for its levels reach the report's fixed labels (the
// summary's counts, a row's projects): escaped like any plan text.
TEST(Render, LevelWordsAreEscapedInTheLabels) {
  std::ifstream in(std::string(PLANC_SOURCE_DIR) + "/tests/golden/render/hostile-text.plan");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string at = "  language en\n";
  ASSERT_NE(text.find(at), std::string::npos);
  text.replace(text.find(at), at.size(), "  language th\n  levels \"<b>ยุทธ\" \"ตัว<img src=x onerror=alert(1)>|\"\n");
  planc::driver::Compilation c;
  planc::driver::compile_text(c, std::string(PLANC_SOURCE_DIR) + "/tests/golden/render/levels-hostile.plan", text);
  ASSERT_TRUE(c.scored);
  auto m = planc::report::build(*c.scored, c.program.sources, c.program.diags, {});
  ASSERT_NE(m.scored_label.find("<img"), std::string::npos);  // the word is in the label
  std::string html = planc::emit::html(m);
  EXPECT_EQ(count(html, "<img"), 0u);
  EXPECT_EQ(count(html, "<b>"), 0u);
  std::string md = planc::emit::markdown(m);
  EXPECT_EQ(md.find("โครงการภายใต้ตัว<img"), std::string::npos);  // escaped: its < and | carry a backslash
}

TEST(Render, HtmlIsSelfContained) {
  Rendered r("plans/th-hor-2563/2563-h1.plan");
  std::string html = planc::emit::html(r.model());
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  // Thai official documents' font first, then Debian's Sarabun derivative (fonts-tlwg-laksaman).
  EXPECT_NE(html.find("\"TH Sarabun New\", \"Sarabun\", \"TH SarabunPSK\", \"Laksaman\""), std::string::npos);
  EXPECT_NE(html.find("size: A4; margin: 2.5cm 2cm 2cm 3cm"), std::string::npos);  // portrait, 3 cm left, 2 cm right
  EXPECT_NE(html.find("@page wide { size: A4 landscape"), std::string::npos);     // Part 2's table
  EXPECT_NE(html.find("content: counter(page, thai)"), std::string::npos);        // Thai page numbers
  EXPECT_NE(html.find("thead { display: table-header-group; }"), std::string::npos);
  EXPECT_EQ(count(html, "<svg"), 1u);
  EXPECT_EQ(count(html, "<details>"), 49u + 4u + 4u);  // scored rows, sub-indicators, strategies
  // The overall figure's steps: not printed (its label alone would be a stray word on the summary page).
  EXPECT_EQ(count(html, "<details class=\"how\">"), 1u);
  EXPECT_NE(html.find("details.how { display: none; }"), std::string::npos);
}
