#include "ast/lower.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <utility>
#include <fmt/format.h>

namespace planc::ast {
namespace {

using syntax::Item;
using syntax::Value;
using syntax::ValueKind;

planc::Text describe(const Value& v) {
  switch (v.kind) {
    case ValueKind::Name: return planc::text(txt::ValueName, v.raw);
    case ValueKind::String:
    case ValueKind::Text: return planc::text(txt::ValueText);
    case ValueKind::Number: return planc::text(txt::ValueNumber, v.raw);
    case ValueKind::Fraction: return planc::text(txt::ValueFraction, v.raw);
    case ValueKind::Symbol: return planc::text(txt::ValueSymbol, v.raw);
  }
  return planc::text(txt::ValueAny);
}

// The N bytes at a and at b are the same, b a keyword known when compiling:
// two loads of a known size from each, the second overlapping the first,
// the keyword's folded to constants. Small enough to inline everywhere (the
// comparisons with memcmp were left out of line, 18 M instructions at
// 100 000 indicators).
template <std::size_t N>
[[gnu::always_inline]] inline bool same_bytes(const char* a, const char* b) {
  auto differ = [a, b]<typename T>(T, std::size_t at) {
    T x, y;
    std::memcpy(&x, a + at, sizeof x);
    std::memcpy(&y, b + at, sizeof y);
    return x ^ y;
  };
  if constexpr (N == 0) return true;
  else if constexpr (N == 1) return a[0] == b[0];
  else if constexpr (N <= 3) return (differ(std::uint16_t{}, 0) | differ(std::uint16_t{}, N - 2)) == 0;
  else if constexpr (N <= 7) return (differ(std::uint32_t{}, 0) | differ(std::uint32_t{}, N - 4)) == 0;
  else if constexpr (N <= 16) return (differ(std::uint64_t{}, 0) | differ(std::uint64_t{}, N - 8)) == 0;
  else return std::memcmp(a, b, N) == 0;
}

// A field name against a keyword: the length first, then the bytes (the
// lowering asks this for every field).
template <std::size_t N>
[[gnu::always_inline]] inline bool is(std::string_view word, const char (&keyword)[N]) {
  return word.size() == N - 1 && same_bytes<N - 1>(word.data(), keyword);
}

Span join(Span a, Span b) {
  a.end = std::max(a.end, b.end);
  return a;
}

// Keyword spellings: English, and Thai where a planner would write Thai.
struct Word {
  const char* word;
  int value;
};

class Lowerer;

// What a block's field is: one entry of the block's field table, the one
// place the field is listed (see Lowerer::fields). Its name; whether it may be
// given more than once in the block (a list such as `offices` or `note`, a
// sub-indicator); and what it does to `Node`, what the block is lowered into
// (the AST node, or a struct of the node and the lists gathered for it).
enum class Given : bool { Once, Many };
template <typename Node>
struct Field {
  std::string_view name;
  Given given;
  void (*lower)(Lowerer&, const Item&, Node&);
};

class Lowerer {
 public:
  explicit Lowerer(Diagnostics& d) : d_(d) {}

  void start(FileId f) { m_.file = f; }
  void add(const Item& it) { top(it); }
  Module finish() { return std::move(m_); }

 private:
  Diagnostics& d_;
  Module m_;
  std::array<std::vector<OfficeRef>, 2> scratch_offices_;  // an indicator's, a sub-indicator's (and a result's)
  std::vector<Number> scratch_values_;
  std::vector<Text> scratch_accounts_;

  // A level word with the ที่ that planc writes before each number ("มิติที่"
  // gives "มิติที่ที่ 1"): read without it, and said (W026). Not a word whose
  // ที่ is its own ("พื้นที่", an area; "หน้าที่", a duty). The ที่ may come with
  // its tone mark before its vowel ("ท่ี", as text copied from a PDF often is):
  // the same word on screen, so the same warning.
  void level_word(std::optional<Text>& w) {
    static constexpr std::string_view kThi = "ที่", kThiSwapped = "ท\u0E48\u0E35";
    static constexpr std::string_view kWhole[] = {"ที่", "พื้นที่", "หน้าที่", "สถานที่", "เจ้าหน้าที่", "ที่ที่"};
    if (!w) return;
    std::string_view word = w->value;
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    if (!(word.ends_with(kThi) || word.ends_with(kThiSwapped))) return;
    // A whole word (พื้นที่) in either spelling is a word of its own.
    std::string usual = std::string(word.substr(0, word.size() - kThi.size())) + std::string(kThi);
    if (std::find(std::begin(kWhole), std::end(kWhole), usual) != std::end(kWhole)) return;
    std::string_view bare = word.substr(0, word.size() - kThi.size());  // both spellings are three code points, 9 bytes
    while (!bare.empty() && bare.back() == ' ') bare.remove_suffix(1);
    if (bare.empty()) return;
    auto& e = err(msg::LevelWordEndsThi, w->span, w->value, bare);
    e.help(txt::WriteLevelWordBare, bare);
    w->value = bare;
  }

  // ---- generic checks ----------------------------------------------------
  template <typename... Args>
  Diagnostic& err(const Message<Args...>& m, Span s, std::type_identity_t<Args>... args) {
    return d_.report(m, s, args...);
  }

  void unknown(const Item& it, Term where, const std::vector<std::string>& allowed) {
    auto& e = err(msg::NotAFieldOf, it.key_span, it.key, where);
    std::string best = closest(it.key, allowed);
    if (!best.empty()) e.help(txt::DidYouMean, best);
    else {
      std::string list;
      for (std::size_t i = 0; i < allowed.size(); ++i)
        list += fmt::format("{}`{}`", i ? ", " : "", allowed[i]);
      e.help(txt::FieldsOf, where, list);
    }
  }

  // What to write for a comparison planc does not know: the accepted word
  // closest in meaning, else every accepted word in both languages.
  static void comparator_hint(Diagnostic& e, std::string_view said) {
    static const std::map<std::string_view, Term> meant = {
        {"at", txt::ComparatorAtLeast},         {"least", txt::ComparatorAtLeast},
        {"atleast", txt::ComparatorAtLeast},    {"at_least", txt::ComparatorAtLeast},
        {"ไม่ต่ำกว่า", txt::ComparatorAtLeast},  {"อย่างน้อย", txt::ComparatorAtLeast},
        {"ขั้นต่ำ", txt::ComparatorAtLeast},      {"ตั้งแต่", txt::ComparatorAtLeast},
        {">", txt::ComparatorAbove},            {"มากกว่า", txt::ComparatorAbove},
        {"เกิน", txt::ComparatorAbove},          {"สูงกว่า", txt::ComparatorAbove},
        {"=>", txt::ComparatorAtLeast},         {"≥", txt::ComparatorAtLeast},
        {"<", txt::ComparatorBelow},            {"น้อยกว่า", txt::ComparatorBelow},
        {"ต่ำกว่า", txt::ComparatorBelow},        {"ไม่ถึง", txt::ComparatorBelow},
        {"=<", txt::ComparatorAtMost},          {"≤", txt::ComparatorAtMost},
        {"most", txt::ComparatorAtMost},
        {"atmost", txt::ComparatorAtMost},      {"ไม่สูงกว่า", txt::ComparatorAtMost},
        {"สูงสุด", txt::ComparatorAtMost},        {"==", txt::ComparatorEqual},
        {"เท่า", txt::ComparatorEqual},          {"เป็น", txt::ComparatorEqual}};
    auto m = meant.find(said);
    if (m != meant.end()) {
      e.hint = planc::text(txt::ComparatorInstead, m->second, said);
      e.note(Span{}, txt::ComparatorWords);
    } else {
      e.help(txt::ComparatorWords);
    }
  }

  // Values from index `from` on must not be there.
  void no_more(const Item& it, std::size_t from) {
    if (it.values.size() > from) {
      auto& e = err(msg::TooManyValues, join(it.values[from].span, it.values.back().span), it.key, from,
                    from == 1 ? "" : "s", describe(it.values[from]));
      (void)e;
    }
  }
  void no_block(const Item& it) {
    if (it.has_block)
      err(msg::NoBlockTaken, it.block_open, it.key);
  }
  void simple(const Item& it, std::size_t n) {
    no_more(it, n);
    no_block(it);
  }
  bool want(const Item& it, std::size_t i, Term what) {
    if (i < it.values.size()) return true;
    err(msg::NeedsValue, it.values.empty() ? it.key_span : it.values.back().span, it.key, what);
    return false;
  }
  void wrong(const Item& it, const Value& v, Term what) {
    err(msg::ExpectsFound, v.span, it.key, what, describe(v));
  }

  std::optional<Text> text_at(const Item& it, std::size_t i, Term what = txt::WantText) {
    if (!want(it, i, what)) return std::nullopt;
    const Value& v = it.values[i];
    if (v.kind != ValueKind::String && v.kind != ValueKind::Text) {
      wrong(it, v, what);
      return std::nullopt;
    }
    return Text{v.text, v.span};
  }
  std::optional<Text> text(const Item& it) {
    auto t = text_at(it, 0);
    simple(it, 1);
    return t;
  }

  std::optional<Number> number_of(const Item& it, const Value& v, Term what) {
    try {
      if (v.kind == ValueKind::Number) {
        if (std::count(v.text.begin(), v.text.end(), '.') > 1) {
          wrong(it, v, what);
          return std::nullopt;
        }
        auto r = Rational::parse_decimal(v.text);
        if (!r) { wrong(it, v, what); return std::nullopt; }
        return Number{*r, v.raw.data(), v.span, v.thai_digits};
      }
      if (v.kind == ValueKind::Fraction) {
        auto a = Rational::parse_decimal(v.text), b = Rational::parse_decimal(v.den);
        if (!a || !b) { wrong(it, v, what); return std::nullopt; }
        if (b->is_zero()) {
          auto& e = err(msg::DividesByZero, v.span, v.raw);
          e.help(txt::FractionDenominator);
          return std::nullopt;
        }
        return Number{*a / *b, v.raw.data(), v.span, v.thai_digits};
      }
    } catch (const Overflow&) {
      auto& e = err(msg::NumberTooLarge, v.span, v.raw);
      e.help(txt::SixtyDigits);
      return std::nullopt;
    } catch (const std::exception&) {  // never expected; a number planc cannot read is still only a diagnostic
      err(msg::NumberUnreadable, v.span, v.raw);
      return std::nullopt;
    }
    wrong(it, v, what);
    return std::nullopt;
  }
  std::optional<Number> number_at(const Item& it, std::size_t i, Term what = txt::WantNumber) {
    if (!want(it, i, what)) return std::nullopt;
    return number_of(it, it.values[i], what);
  }
  std::optional<Number> number(const Item& it, Term what = txt::WantNumber) {
    auto n = number_at(it, 0, what);
    simple(it, 1);
    return n;
  }

  std::optional<Name> name_at(const Item& it, std::size_t i, Term what) {
    if (!want(it, i, what)) return std::nullopt;
    const Value& v = it.values[i];
    if (v.kind != ValueKind::Name) {
      wrong(it, v, what);
      return std::nullopt;
    }
    return Name{v.text, v.span};
  }

  // Another way of saying one of a field's words, as planners write it
  // (`เสร็จแล้ว` for `ดำเนินการแล้ว`): the hint offers the word planc knows.
  struct Synonym {
    std::string_view said, meant;
  };

  std::optional<int> word_at(const Item& it, std::size_t i, std::initializer_list<Word> words,
                             Term what, std::initializer_list<Synonym> synonyms = {}) {
    auto n = name_at(it, i, what);
    if (!n) return std::nullopt;
    std::vector<std::string> all;
    for (const Word& w : words) {
      if (n->value == w.word) return w.value;
      all.emplace_back(w.word);
    }
    auto& e = err(msg::ExpectsNameFound, n->span, it.key, what, n->value);
    for (const Synonym& s : synonyms)
      if (s.said == n->value) {
        e.help(txt::SayInstead, s.meant, n->value);
        return std::nullopt;
      }
    std::string best = closest(n->value, all);
    if (!best.empty()) e.help(txt::DidYouMean, best);
    return std::nullopt;
  }

  std::optional<IdPath> id_of(const Item& it, const Value& v, Term what) {
    IdPath p;
    if (!id_into(it, v, what, p)) return std::nullopt;
    return p;
  }
  // id_of into the node's own field (an indicator's, a result's), filled in
  // place (docs/performance.md, "Micro-architecture notes").
  // `p` is left half written when it is not an id (the node is dropped then).
  bool id_into(const Item& it, const Value& v, Term what, IdPath& p) {
    if (v.kind != ValueKind::Number) {
      wrong(it, v, what);
      return false;
    }
    p.parts = {};
    p.span = v.span;
    std::size_t start = 0;
    std::string_view s = v.text;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (i == s.size() || s[i] == '.') {
        std::string_view part = s.substr(start, i - start);
        // At most six ASCII digits (the parser gave ASCII): read in place.
        int n = 0;
        bool digits = !part.empty() && part.size() <= 6;
        for (std::size_t k = 0; digits && k < part.size(); ++k) {
          digits = part[k] >= '0' && part[k] <= '9';
          n = n * 10 + (part[k] - '0');
        }
        if (!digits) {
          err(msg::NotAnId, v.span, v.raw);
          return false;
        }
        if (p.parts.full()) {
          err(msg::IdTooLong, v.span, v.raw, IdPath::kMaxParts);
          return false;
        }
        if (n == 0) {
          auto& e = err(msg::IdFromZero, v.span, v.raw);
          e.help(txt::NumberAsReport);
          return false;
        }
        p.parts.push_back(n);
        start = i + 1;
      }
    }
    return true;
  }

  // Fields that may appear only once in a block.
  // A block has a handful of fields: a short list searched in order beats a map.
  struct Once {
    explicit Once(Lowerer& lowerer) : l(lowerer) {}
    Lowerer& l;
    // Plain data, left uninitialised: only seen[0, n) is read. (An array of
    // string_view and Span was zeroed, 512 bytes, for every block lowered.)
    struct Seen {
      const char* key;
      std::size_t size;
      Span span;
    };
    std::array<Seen, 16> seen;  // more distinct fields than a valid block has
    std::size_t n = 0;
    std::map<std::string_view, Span> more;  // a block with yet more (unknown) fields
    bool operator()(const Item& it) {
      auto pos = std::find_if(seen.begin(), seen.begin() + n,
                              [&](const Seen& s) { return std::string_view(s.key, s.size) == it.key; });
      std::optional<Span> first;
      if (pos != seen.begin() + n) first = pos->span;
      else if (auto m = more.find(it.key); m != more.end()) first = m->second;
      if (!first) {
        if (n < seen.size()) {
          // Field by field, in place (docs/performance.md, "Micro-architecture notes").
          Seen& s = seen[n++];
          s.key = it.key.data();
          s.size = it.key.size();
          s.span = it.key_span;
        }
        else more.emplace(it.key, it.key_span);
        return true;
      }
      auto& e = l.err(msg::FieldTwice, it.key_span, it.key);
      e.note(*first, txt::FirstGivenHere);
      e.help(txt::KeepOne);
      return false;
    }
  };

  void missing(Span where, planc::Text what, std::string_view field, std::string_view example) {
    auto& e = err(msg::FieldMissing, where, std::move(what), field);
    e.help(txt::AddField, example);
  }

  // ---- field tables ------------------------------------------------------
  // Each block kind has one table, `static constexpr Field<Node> kFields[]`
  // in the function that lowers it, and adding a field is adding an entry.
  // The table is a template argument: each entry's name and function are
  // constants where they are used, so the lookup below is a chain of length
  // comparisons with the names' bytes compared inline, and each field's
  // function is called directly (inlined), as a hand-written if/else chain
  // would be.

  // Lowers the fields of the block of `it` into `node` by `Table`; `where`
  // names the block in the messages (txt::InIndicator).
  template <const auto& Table, typename Node>
  void fields(const Item& it, Node& node, Term where) {
    Once once(*this);
    for (const Item& c : it.children)
      if (!field<Table>(c, node, &once) && once(c)) unknown<Table>(c, where);
  }
  // Lowers `c` by the entry of `Table` that has its name: false when there is
  // none. A field given once is first checked against `once` (none at the top
  // level, where `plan` and `round` check their own).
  template <const auto& Table, typename Node>
  bool field(const Item& c, Node& node, Once* once) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return (field_at<Table, I>(c, node, once) || ...);
    }(std::make_index_sequence<std::size(Table)>{});
  }
  template <const auto& Table, std::size_t I, typename Node>
  [[gnu::always_inline]] bool field_at(const Item& c, Node& node, Once* once) {
    constexpr std::string_view name = Table[I].name;
    if (c.key.size() != name.size() || !same_bytes<name.size()>(c.key.data(), name.data())) return false;
    if constexpr (Table[I].given == Given::Once)
      if (once && !(*once)(c)) return true;
    constexpr auto lower = Table[I].lower;
    lower(*this, c, node);
    return true;
  }
  // "`x` is not a field of ...", with the names of `Table` in its order.
  template <const auto& Table>
  [[gnu::noinline]] void unknown(const Item& it, Term where) {
    std::vector<std::string> allowed;
    for (const auto& f : Table) allowed.emplace_back(f.name);
    unknown(it, where, allowed);
  }

  // ---- top level ---------------------------------------------------------
  // The items of a file. Many of each: `plan` and `round` check their own.
  void top(const Item& it) {
    static constexpr Field<Module> kFields[] = {
        {"use", Given::Many, [](Lowerer& l, const Item& it, Module& m) {
           if (auto t = l.text_at(it, 0, txt::WantUseFile))
             m.uses.push_back(Use{std::string(t->value), it.span});
           l.simple(it, 1);
         }},
        {"plan", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.plan(it); }},
        {"unit", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.unit(it); }},
        {"office", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.office(it); }},
        {"scale", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.scale(it); }},
        {"strategy", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.strategy(it); }},
        {"round", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.round(it); }},
        {"result", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.result(it); }},
        {"reported", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.reported_total(it); }},
        {"group", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.group(it); }},
        {"deduct", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.adjustment(it, true); }},
        {"add", Given::Many, [](Lowerer& l, const Item& it, Module&) { l.adjustment(it, false); }},
        {"recommendation", Given::Many, [](Lowerer& l, const Item& it, Module& m) {
           if (auto t = l.text(it)) m.recommendations.push_back(*t);
         }},
    };
    if (!field<kFields>(it, m_, nullptr)) unknown<kFields>(it, txt::InPlanFile);
  }

  void plan(const Item& it) {
    if (m_.plan) {
      auto& e = err(msg::PlanTwice, it.key_span);
      e.note(m_.plan->span, txt::FirstDeclaredHere);
      return;
    }
    PlanHeader h;
    h.span = it.span;
    if (auto t = text_at(it, 0, txt::WantPlanTitle)) h.title = *t;
    no_more(it, 1);
    static constexpr Field<PlanHeader> kFields[] = {
        {"agency", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) { h.agency = l.text(c); }},
        {"by", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) { h.unit_name = l.text(c); }},
        {"years", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           h.year_from = l.number_at(c, 0, txt::WantFirstYear);
           if (c.values.size() >= 2 && !(c.values[1].kind == ValueKind::Symbol && c.values[1].text == "-"))
             l.wrong(c, c.values[1], txt::WantYearDash);
           if (c.values.size() >= 3) h.year_to = l.number_at(c, 2, txt::WantLastYear);
           l.simple(c, 3);
         }},
        {"language", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           if (auto w = l.word_at(c, 0, {{"th", 0}, {"en", 1}}, txt::WantThEn)) h.language = *w ? "en" : "th";
           l.simple(c, 1);
         }},
        {"digits", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           if (auto w = l.word_at(c, 0, {{"thai", 0}, {"arabic", 1}}, txt::WantThaiArabic))
             h.digits = *w ? Digits::Arabic : Digits::Thai;
           l.simple(c, 1);
         }},
        {"scale", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           h.scale = l.name_at(c, 0, txt::WantScaleNameExample);
           l.simple(c, 1);
         }},
        {"quality", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           h.quality = l.name_at(c, 0, txt::WantQualityName);
           l.simple(c, 1);
         }},
        {"numbering", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           if (auto w = l.word_at(c, 0, {{"standard", 0}, {"in-order", 1}}, txt::WantNumbering))
             h.numbering_standard = *w == 0;
           l.simple(c, 1);
         }},
        {"overall", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           if (l.word_at(c, 0, {{"mean", 0}, {"weighted", 1}, {"none", 2}, {"rows", 3}}, txt::WantMeanWeighted))
             h.overall = Name{c.values[0].text, c.values[0].span};
           l.simple(c, 1);
         }},
        {"columns", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           // The score table's columns, among percent, score, weighted and contribution (each once).
           std::vector<Name> cols;
           if (c.values.empty()) {
             l.want(c, 0, txt::WantColumns);
             h.columns_unknown = true;
           }
           for (std::size_t i = 0; i < c.values.size(); ++i) {
             if (!l.word_at(c, i, {{"percent", 0}, {"score", 1}, {"weighted", 2}, {"contribution", 3}}, txt::WantColumns)) {
               h.columns_unknown = true;
               continue;
             }
             Name n{c.values[i].text, c.values[i].span};
             auto same = std::find_if(cols.begin(), cols.end(), [&](const Name& x) { return x.value == n.value; });
             if (same != cols.end()) {
               auto& e = l.err(msg::ColumnTwice, n.span, n.value);
               e.note(same->span, txt::FirstListedHere);
               continue;
             }
             cols.push_back(n);
           }
           h.columns = std::move(cols);
           l.no_block(c);
         }},
        {"weights", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           // `weights percent`, `weights percent whole` (shares of the whole plan), `weights points`.
           auto w = l.word_at(c, 0, {{"fraction", 0}, {"percent", 1}, {"points", 2}}, txt::WantWeightsIn);
           if (w) {
             h.weights_percent = *w == 1;
             h.weights_points = *w == 2;
           }
           if (c.values.size() >= 2) {
             if (w && *w == 2) l.wrong(c, c.values[1], txt::WantNothingAfterPoints);
             else if (l.word_at(c, 1, {{"whole", 0}}, txt::WantWhole)) h.weights_whole = true;
           }
           l.simple(c, 2);
         }},
        {"calendar", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           if (auto w = l.word_at(c, 0, {{"fiscal", 0}, {"academic", 1}}, txt::WantCalendar)) h.academic = *w == 1;
           l.simple(c, 1);
         }},
        {"levels", Given::Once, [](Lowerer& l, const Item& c, PlanHeader& h) {
           // What the agency calls a strategy and an indicator: `levels "มิติ" "ตัวชี้วัด"`.
           h.strategy_word = l.text_at(c, 0, txt::WantLevelWords);
           if (c.values.size() >= 2) h.indicator_word = l.text_at(c, 1, txt::WantLevelWords);
           l.level_word(h.strategy_word);
           l.level_word(h.indicator_word);
           l.simple(c, 2);
         }},
    };
    fields<kFields>(it, h, txt::InPlan);
    if (!h.title.span.valid()) h.title.span = it.key_span;
    m_.plan = std::move(h);
  }

  struct UnitBlock {
    UnitDecl u;
    bool has_kind = false;
  };
  void unit(const Item& it) {
    UnitBlock b;
    UnitDecl& u = b.u;
    u.span = it.span;
    auto n = name_at(it, 0, txt::WantUnitName);
    if (!n) return;
    u.name = *n;
    no_more(it, 1);
    static constexpr Field<UnitBlock> kFields[] = {
        {"kind", Given::Once, [](Lowerer& l, const Item& c, UnitBlock& b) {
           if (auto w = l.word_at(c, 0, {{"percent", 0}, {"level", 1}, {"score", 2}, {"count", 3}},
                                  txt::WantUnitKind)) {
             b.u.kind = static_cast<UnitKind>(*w);
             b.has_kind = true;
           }
           l.simple(c, 1);
         }},
        {"th", Given::Once, [](Lowerer& l, const Item& c, UnitBlock& b) { b.u.label_th = l.text(c); }},
        {"en", Given::Once, [](Lowerer& l, const Item& c, UnitBlock& b) { b.u.label_en = l.text(c); }},
    };
    fields<kFields>(it, b, txt::InUnit);
    if (!b.has_kind && it.has_block) missing(it.key_span, planc::text(txt::UnitNamed, u.name.value), "kind", "kind count");
    m_.units.push_back(std::move(u));
  }

  void office(const Item& it) {
    OfficeDecl o;
    o.span = it.span;
    auto n = name_at(it, 0, txt::WantOfficeName);
    if (!n) return;
    o.name = *n;
    if (auto t = text_at(it, 1, txt::WantOfficeTitle)) o.title = *t;
    no_more(it, 2);
    static constexpr Field<OfficeDecl> kFields[] = {
        {"en", Given::Once, [](Lowerer& l, const Item& c, OfficeDecl& o) { o.title_en = l.text(c); }},
    };
    fields<kFields>(it, o, txt::InOffice);
    m_.offices.push_back(std::move(o));
  }

  void scale(const Item& it) {
    ScaleDecl s;
    s.span = it.span;
    auto n = name_at(it, 0, txt::WantScaleName);
    if (!n) return;
    s.name = *n;
    if (it.values.size() > 1) s.title = text_at(it, 1, txt::WantScaleTitle);
    no_more(it, 2);

    static constexpr Field<ScaleDecl> kFields[] = {
        {"point", Given::Many, [](Lowerer& l, const Item& c, ScaleDecl& s) {
           ScalePoint p;
           p.span = c.span;
           auto x = l.number_at(c, 0, txt::WantPoint);
           if (c.values.size() >= 2 && !(c.values[1].kind == ValueKind::Symbol && c.values[1].text == "->"))
             l.wrong(c, c.values[1], txt::WantArrow);
           else if (c.values.size() < 2) l.want(c, 1, txt::WantArrowScore);
           auto sc = c.values.size() >= 3 ? l.number_at(c, 2, txt::WantScore) : std::nullopt;
           if (c.values.size() == 2) l.want(c, 2, txt::WantScoreAfterArrow);
           l.simple(c, 3);
           if (x && sc) {
             p.x = *x;
             p.score = *sc;
             s.points.push_back(p);
           }
         }},
        {"of", Given::Once, [](Lowerer& l, const Item& c, ScaleDecl& s) {
           if (auto w = l.word_at(c, 0, {{"percent", 0}, {"value", 1}, {"level", 2}}, txt::WantOfWhat))
             s.of = static_cast<ScaleDecl::Of>(*w);
           l.simple(c, 1);
         }},
        {"between", Given::Once, [](Lowerer& l, const Item& c, ScaleDecl& s) {
           if (auto w = l.word_at(c, 0, {{"linear", 0}, {"step", 1}}, txt::WantLinearStep))
             s.between = *w ? ScaleDecl::Between::Step : ScaleDecl::Between::Linear;
           l.simple(c, 1);
         }},
        {"below", Given::Once, [](Lowerer& l, const Item& c, ScaleDecl& s) {
           if (auto w = l.word_at(c, 0, {{"proportional", 0}, {"zero", 1}, {"first", 2}},
                                  txt::WantBelow))
             s.below = static_cast<ScaleDecl::Below>(*w);
           l.simple(c, 1);
         }},
        {"above", Given::Once, [](Lowerer& l, const Item& c, ScaleDecl& s) {
           if (auto w = l.word_at(c, 0, {{"cap", 0}, {"extend", 1}}, txt::WantCapExtend))
             s.above = static_cast<ScaleDecl::Above>(*w);
           l.simple(c, 1);
         }},
        {"band", Given::Many, [](Lowerer& l, const Item& c, ScaleDecl& s) {
           // `band 3.51 - 4.50 "ดี"` (an English word after it: `"good"`)
           QualityBand b;
           b.span = c.span;
           auto from = l.number_at(c, 0, txt::WantBandFrom);
           if (c.values.size() >= 2 && !(c.values[1].kind == ValueKind::Symbol && c.values[1].text == "-"))
             l.wrong(c, c.values[1], txt::WantBandDash);
           else if (c.values.size() < 2) l.want(c, 1, txt::WantBandDash);
           auto to = c.values.size() >= 3 ? l.number_at(c, 2, txt::WantBandTo) : std::nullopt;
           if (c.values.size() == 2) l.want(c, 2, txt::WantBandTo);
           auto word = c.values.size() >= 4 ? l.text_at(c, 3, txt::WantBandWord) : std::nullopt;
           if (c.values.size() == 3) l.want(c, 3, txt::WantBandWord);
           if (c.values.size() >= 5) b.en = l.text_at(c, 4, txt::WantBandWord);
           l.simple(c, 5);
           if (from && to && word) {
             b.from = *from;
             b.to = *to;
             b.word = *word;
             s.bands.push_back(b);
           } else {
             s.band_dropped = true;
           }
         }},
        {"description", Given::Once, [](Lowerer& l, const Item& c, ScaleDecl& s) { s.description = l.text(c); }},
        {"en", Given::Once, [](Lowerer& l, const Item& c, ScaleDecl& s) { s.title_en = l.text(c); }},
    };
    fields<kFields>(it, s, txt::InScale);
    if (!s.points.empty() && !s.bands.empty()) {
      auto& e = err(msg::ScalePointsAndBands, it.key_span, s.name.value);
      e.help(txt::SplitPointsAndBands);
    } else if (!s.bands.empty()) {  // a quality scale scores nothing: how it would score is refused, not ignored
      for (const Item& c : it.children)
        if (is(c.key, "of") || is(c.key, "between") || is(c.key, "below") || is(c.key, "above")) {
          auto& e = err(msg::BandScaleScores, c.key_span, c.key, s.name.value);
          e.help(txt::RemoveScoringField, c.key);
        }
    }
    if (s.points.empty() && s.bands.empty() && !it.had_error) {
      auto& e = err(msg::ScaleWithoutPoints, it.key_span, s.name.value);
      e.help(it.has_block ? txt::AddPoints : txt::AddScaleBlock);
    }
    m_.scales.push_back(std::move(s));
  }

  void strategy(const Item& it) {
    Strategy s;
    s.span = it.span;
    if (!want(it, 0, txt::WantStrategyNumberItem)) return;
    auto id = id_of(it, it.values[0], txt::WantStrategyNumber);
    if (!id) return;
    if (id->parts.size() != 1) {
      err(msg::StrategyNotWhole, id->span, id->str());
      return;
    }
    s.number = *id;
    if (auto t = text_at(it, 1, txt::WantStrategyTitle)) s.title = *t;
    no_more(it, 2);
    s.indicators.reserve(static_cast<std::size_t>(
        std::count_if(it.children.begin(), it.children.end(), [](const Item& c) { return is(c.key, "indicator"); })));
    static constexpr Field<Strategy> kFields[] = {
        {"indicator", Given::Many, [](Lowerer& l, const Item& c, Strategy& s) {
           // Lowered in place (an Indicator is 312 bytes: no copy to return it).
           if (!l.indicator(c, nullptr, s.indicators.emplace_back())) s.indicators.pop_back();
         }},
        {"goal", Given::Many, [](Lowerer& l, const Item& c, Strategy& s) {
           if (auto t = l.text(c)) s.goals.push_back(*t);
         }},
        {"mission", Given::Once, [](Lowerer& l, const Item& c, Strategy& s) { s.mission = l.text(c); }},
        {"scale", Given::Once, [](Lowerer& l, const Item& c, Strategy& s) {
           s.scale = l.name_at(c, 0, txt::WantShortScaleName);
           l.simple(c, 1);
         }},
        {"weight", Given::Once, [](Lowerer& l, const Item& c, Strategy& s) {
           s.weight = l.number(c, txt::WantWeight);
         }},
    };
    fields<kFields>(it, s, txt::InStrategy);
    m_.strategies.push_back(std::move(s));
  }

  // `group 1 "Performance Base" { weight 70; strategy 1 "..." { ... } }`:
  // the strategies written inside it are the group's.
  void group(const Item& it) {
    Group g;
    g.span = it.span;
    if (!want(it, 0, txt::WantGroupNumberItem)) return;
    auto id = id_of(it, it.values[0], txt::WantGroupNumberItem);
    if (!id) return;
    if (id->parts.size() != 1) {
      wrong(it, it.values[0], txt::WantGroupNumberItem);
      return;
    }
    g.number = *id;
    if (auto t = text_at(it, 1, txt::WantGroupTitle)) g.title = *t;
    no_more(it, 2);
    static constexpr Field<Group> kFields[] = {
        {"weight", Given::Once, [](Lowerer& l, const Item& c, Group& g) { g.weight = l.number(c, txt::WantWeight); }},
        {"strategy", Given::Many, [](Lowerer& l, const Item& c, Group& g) {
           std::size_t before = l.m_.strategies.size();
           l.strategy(c);
           if (l.m_.strategies.size() > before) l.m_.strategies.back().group = g.number;
         }},
    };
    fields<kFields>(it, g, txt::InGroup);
    m_.groups.push_back(std::move(g));
  }

  // `deduct 1.2 0.2 "reason"`, `add overall 0.5 "reason"`: a round's
  // adjustment of a row's score or of the overall score.
  void adjustment(const Item& it, bool deduct) {
    Adjustment a;
    a.deduct = deduct;
    a.span = it.span;
    if (!want(it, 0, txt::WantAdjustWhat)) return;
    const Value& v = it.values[0];
    if (v.kind == ValueKind::Name && v.text == "overall") {
    } else if (v.kind == ValueKind::Number) {
      auto id = id_of(it, v, txt::WantAdjustWhat);
      if (!id) return;
      a.id = *id;
    } else {
      wrong(it, v, txt::WantAdjustWhat);
      return;
    }
    auto n = number_at(it, 1, txt::WantAdjustAmount);
    if (!n) return;
    if (n->value.sign() < 0) {  // `deduct` or `add` says which way
      wrong(it, it.values[1], txt::WantAdjustAmount);
      return;
    }
    a.amount = *n;
    auto t = text_at(it, 2, txt::WantAdjustReason);
    if (!t) return;
    a.reason = *t;
    simple(it, 3);
    m_.adjustments.push_back(std::move(a));
  }

  // Into `out`, an indicator's absent target, filled in place; left absent
  // on an error.
  void target(const Item& c, Opt<Target>& out) {
    Target& t = *out;
    t.span = c.span;  // present from here
    std::size_t i = 0;
    auto& vs = c.values;
    if (vs.empty()) {
      want(c, 0, txt::WantTargetValue);
      return out.reset();
    }
    const Value& v0 = vs[0];
    if (v0.kind == ValueKind::Name && v0.text == "per-project") {
      t.kind = Target::Kind::PerProject;
      i = 1;
    } else if (v0.kind == ValueKind::Name && v0.text == "compound") {
      t.kind = Target::Kind::Compound;
      if (!want(c, 1, txt::WantCompoundParts)) return out.reset();
      const Value& v = vs[1];
      if (v.kind != ValueKind::Fraction) {
        wrong(c, v, txt::WantSlashParts);
        return out.reset();
      }
      // Each part is a number of its own, with its own span: `๖` and `๑๒` of `๖/๑๒`.
      auto slash = static_cast<std::uint32_t>(v.raw.find('/'));
      Span spans[2] = {Span{v.span.file, v.span.begin, v.span.begin + slash},
                       Span{v.span.file, v.span.begin + slash + 1, v.span.end}};
      const std::string_view* texts[2] = {&v.text, &v.den};
      std::vector<Number> parts;
      for (int k = 0; k < 2; ++k)
        if (auto r = Rational::parse_decimal(*texts[k]))
          parts.push_back(Number{*r, v.raw.data() + (spans[k].begin - v.span.begin), spans[k], v.thai_digits});
      t.parts = std::move(parts);
      i = 2;
    } else if (v0.kind == ValueKind::Name && v0.text == "levels") {
      // `levels 70 80 90`: two to five levels, each a number of its own.
      t.kind = Target::Kind::Levels;
      std::vector<Number> parts;
      for (i = 1; i < vs.size() && vs[i].kind != ValueKind::String && vs[i].kind != ValueKind::Text; ++i)
        if (auto n = number_of(c, vs[i], txt::WantLevelNumbers)) parts.push_back(*n);
        else return out.reset();
      if (parts.size() < 2 || parts.size() > 5) {
        auto& e = err(msg::LevelsCount, parts.empty() ? v0.span : Span{c.span.file, v0.span.begin, parts.back().span.end},
                      parts.size());
        e.help(txt::LevelsExample);
        return out.reset();
      }
      t.parts = std::move(parts);
    } else if (v0.kind == ValueKind::String) {
      t.kind = Target::Kind::Text;
    } else {
      if (v0.kind == ValueKind::Symbol || v0.kind == ValueKind::Name) {
        static const std::map<std::string_view, Comparator> cmps = {
            {">=", Comparator::AtLeast}, {"at-least", Comparator::AtLeast},
            {"ไม่น้อยกว่า", Comparator::AtLeast}, {"<=", Comparator::AtMost},
            {"at-most", Comparator::AtMost}, {"ไม่เกิน", Comparator::AtMost},
            {"ไม่มากกว่า", Comparator::AtMost}, {"=", Comparator::Equal},
            {"equal", Comparator::Equal}, {"เท่ากับ", Comparator::Equal}};
        auto f = cmps.find(v0.text);
        if (f == cmps.end()) {
          auto& e = err(msg::TargetShape, v0.span, describe(v0));
          comparator_hint(e, v0.text);
          return out.reset();
        }
        t.cmp = f->second;
        i = 1;
      }
      auto n = number_at(c, i, txt::WantNumberAfterComparison);
      if (!n) return out.reset();
      t.value = *n;
      ++i;
    }
    if (i < vs.size()) {
      if (auto tx = text_at(c, i, txt::WantTargetWords)) t.text = *tx;
      ++i;
    }
    simple(c, i);
  }

  void offices(const Item& c, std::vector<OfficeRef>& out) {
    if (c.values.empty()) want(c, 0, txt::WantOffices);
    for (std::size_t i = 0; i < c.values.size(); ++i) {
      const Value& v = c.values[i];
      if (v.kind != ValueKind::Name) {
        wrong(c, v, txt::WantDeclaredOffice);
        continue;
      }
      bool lead = is(c.key, "lead");
      auto same = std::find_if(out.begin(), out.end(), [&](const OfficeRef& r) { return r.value == v.text; });
      if (same != out.end()) {
        if (lead) same->lead = true;  // `lead X` marks an office already listed
        else {
          auto& e = err(msg::OfficeListedTwice, v.span, v.text);
          e.note(same->span, txt::FirstListedHere);
        }
        continue;
      }
      OfficeRef& r = out.emplace_back();  // filled in place
      r.value = v.text;
      r.span = v.span;
      r.lead = lead;
    }
    no_block(c);
  }

  std::optional<Project> project(const Item& c) {
    Project p;
    p.span = c.span;
    std::size_t i = 0;
    if (!c.values.empty() && c.values[0].kind == ValueKind::Name) {
      p.name = Name{c.values[0].text, c.values[0].span};
      i = 1;
    }
    auto t = text_at(c, i, txt::WantProjectTitle);
    if (!t) return std::nullopt;
    p.title = *t;
    no_more(c, i + 1);
    static constexpr Field<Project> kFields[] = {
        {"budget", Given::Once, [](Lowerer& l, const Item& f, Project& p) {
           p.budget = l.number(f, txt::WantBaht);
         }},
        {"note", Given::Once, [](Lowerer& l, const Item& f, Project& p) { p.note = l.text(f); }},
    };
    fields<kFields>(c, p, txt::InPlanProject);
    return p;
  }

  // What an indicator's block is lowered into: the indicator, and its lists
  // as they are gathered.
  // A number of months: a whole number from 1 to 12 (a round's length, the
  // round an indicator starts with, the round a weight is for).
  std::optional<Number> months_of(const Item& c, std::size_t i) {
    auto n = number_at(c, i, txt::WantMonths);
    if (!n) return std::nullopt;
    if (!n->value.is_integer() || n->value < Rational(1) || n->value > Rational(12)) {
      auto& e = err(msg::RoundMonths, n->span, n->raw());
      e.help(txt::RoundLengths);
      return std::nullopt;
    }
    return n;
  }

  ast::Schedule& schedule(Indicator& ind) {
    if (!ind.schedule) ind.schedule = Schedule{};
    return *ind.schedule;
  }

  // Where `for` is among a field's values (`weight 0.3 for 6`, `target >= 85
  // for 2565`), or 0 when it is not.
  static std::size_t for_at(const Item& c) {
    for (std::size_t k = 1; k < c.values.size(); ++k)
      if (c.values[k].kind == ValueKind::Name && c.values[k].text == "for") return k;
    return 0;
  }

  // What `for N` (values[k] is `for`) is for: a round of N months (1 to 12,
  // when `months` may be), or the fiscal year N (Buddhist Era). False, said,
  // when it is neither.
  bool for_what(const Item& c, std::size_t k, bool months, std::optional<Number>& round, std::optional<Number>& year) {
    if (!want(c, k + 1, months ? txt::WantMonthsOrYear : txt::WantFiscalYear)) return false;
    auto n = number_at(c, k + 1, months ? txt::WantMonthsOrYear : txt::WantFiscalYear);
    no_more(c, k + 2);
    no_block(c);
    if (!n) return false;
    auto v = n->value.is_integer() ? n->value.to_int64() : std::nullopt;
    if (v && *v >= 2400 && *v <= 2800) {
      year = n;
      return true;
    }
    if (v && *v >= 1900 && *v < 2400) {
      err(msg::YearNotBuddhist, n->span, n->raw(), static_cast<int>(*v + 543));
      return false;
    }
    if (!months) {
      auto& e = v && *v >= 1 && *v <= 12 ? err(msg::TargetForMonths, n->span, n->raw())
                                         : err(msg::ForNeitherRoundNorYear, n->span, n->raw());
      e.help(txt::CompoundForRounds);
      return false;
    }
    if (v && *v >= 1 && *v <= 12) {
      round = n;
      return true;
    }
    auto& e = err(msg::ForNeitherRoundNorYear, n->span, n->raw());
    e.help(txt::RoundLengths);
    return false;
  }

  // The field with its `for ...` left off.
  static Item before_for(const Item& c, std::size_t k) {
    Item head = c;
    head.values = c.values.first(k);
    head.has_block = false;
    return head;
  }

  // `weight 0.25` (every round), `weight 0.3 for 6` (the rounds of six
  // months), `weight 0.3 for 2565` (the fiscal year 2565), each once.
  void indicator_weight(const Item& c, Indicator& ind) {
    std::size_t k = for_at(c);
    if (!k) {
      if (ind.weight) {
        auto& e = err(msg::FieldTwice, c.key_span, c.key);
        e.note(ind.weight->span, txt::FirstGivenHere);
        e.help(txt::WeightForRoundHint);
        return;
      }
      ind.weight = number(c, txt::WantWeight);
      return;
    }
    auto w = number_at(c, 0, txt::WantWeight);
    no_more(before_for(c, k), 1);
    std::optional<Number> m, y;
    if (!for_what(c, k, true, m, y) || !w) return;
    auto& ws = schedule(ind).weights;
    for (const RoundWeight& rw : ws)
      if ((m && rw.months && rw.months->value == m->value) || (y && rw.year && rw.year->value == y->value)) {
        auto& e = m ? err(msg::WeightForRoundTwice, c.key_span, m->raw())
                    : err(msg::WeightForYearTwice, c.key_span, y->raw());
        e.note(rw.span, txt::FirstGivenHere);
        return;
      }
    ws.push_back(RoundWeight{m, y, *w, c.span});
  }

  // `target >= 80` (every year), `target >= 85 for 2565` (the fiscal year
  // 2565), each once.
  void indicator_target(const Item& c, Indicator& ind) {
    std::size_t k = for_at(c);
    if (!k) {
      if (ind.target) {
        auto& e = err(msg::FieldTwice, c.key_span, c.key);
        e.note(ind.target->span, txt::FirstGivenHere);
        e.help(txt::TargetForYearHint);
        return;
      }
      target(c, ind.target);
      return;
    }
    std::optional<Number> m, y;
    if (!for_what(c, k, false, m, y)) return;
    Opt<Target> t;
    target(before_for(c, k), t);
    if (!t) return;
    t->span = c.span;
    auto& ts = schedule(ind).targets;
    for (const YearTarget& yt : ts)
      if (yt.year.value == y->value) {
        auto& e = err(msg::TargetForYearTwice, c.key_span, y->raw());
        e.note(yt.target.span, txt::FirstGivenHere);
        return;
      }
    ts.push_back(YearTarget{*y, std::move(*t)});
  }

  struct IndicatorBlock {
    Indicator& ind;
    const Indicator* parent;
    std::vector<OfficeRef>& offices;
    std::vector<Indicator> subs;
    std::vector<Project> projects;
    std::vector<Text> notes;
  };
  // Lowers an indicator into `ind` (default-constructed by the caller);
  // false when it is dropped (an error in its number).
  bool indicator(const Item& it, const Indicator* parent, Indicator& ind) {
    ind.span = it.span;
    ind.is_sub = parent != nullptr;
    if (!want(it, 0, txt::WantIndicatorNumberItem)) return false;
    IdPath* id = &ind.number;
    if (!id_into(it, it.values[0], txt::WantIndicatorNumber, *id)) return false;
    if (!parent && id->parts.size() != 1) {
      auto& e = err(msg::SubOutsideIndicator, id->span, id->str());
      e.help(txt::PutInsideIndicator, id->parts[0]);
      return false;
    }
    if (parent && (id->parts.size() != 2 || id->parts[0] != parent->number.parts[0])) {
      auto& e = err(msg::SubNumbering, id->span, id->str(), parent->number.str(), parent->number.str());
      e.help(txt::NumberSubs);
      return false;
    }
    std::size_t errors_before = d_.errors();
    if (auto t = text_at(it, 1, txt::WantIndicatorTitle)) ind.title = *t;
    no_more(it, 2);
    // Offices are gathered in a vector kept from indicator to indicator (one
    // per level: a sub-indicator is lowered while its parent gathers), then
    // copied to the module's pool: no heap block per indicator.
    IndicatorBlock b{ind, parent, scratch_offices_[parent ? 1 : 0], {}, {}, {}};
    b.offices.clear();
    static constexpr Field<IndicatorBlock> kFields[] = {
        {"unit", Given::Once, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           b.ind.unit_given = true;
           b.ind.unit = l.name_at(c, 0, txt::WantIndicatorUnit);
           l.simple(c, 1);
         }},
        {"target", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) { l.indicator_target(c, b.ind); }},
        {"weight", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) { l.indicator_weight(c, b.ind); }},
        {"starts", Given::Once, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (auto m = l.months_of(c, 0)) l.schedule(b.ind).starts = *m;
           l.simple(c, 1);
         }},
        {"cancelled", Given::Once, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (auto t = l.text_at(c, 0, txt::WantCancelReason)) l.schedule(b.ind).cancelled = *t;
           l.simple(c, 1);
         }},
        {"scale", Given::Once, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           b.ind.scale = l.name_at(c, 0, txt::WantShortScaleName);
           l.simple(c, 1);
         }},
        {"basis", Given::Once, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (auto w = l.word_at(c, 0, {{"ratio", 0}, {"direct", 1}, {"given", 2}},
                                  txt::WantBasis))
             b.ind.basis = static_cast<Basis>(*w);
           l.simple(c, 1);
         }},
        {"aggregate", Given::Once, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (auto w = l.word_at(c, 0, {{"mean", 0}, {"sum", 1}, {"min", 2}, {"max", 3}},
                                  txt::WantAggregate))
             b.ind.aggregate = static_cast<Aggregate>(*w);
           l.simple(c, 1);
         }},
        {"offices", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) { l.offices(c, b.offices); }},
        {"lead", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) { l.offices(c, b.offices); }},
        {"project", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (auto p = l.project(c)) b.projects.push_back(std::move(*p));
         }},
        {"note", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (auto t = l.text(c)) b.notes.push_back(*t);
         }},
        {"indicator", Given::Many, [](Lowerer& l, const Item& c, IndicatorBlock& b) {
           if (b.parent) {
             l.err(msg::SubOfSub, c.key_span);
             return;
           }
           if (!l.indicator(c, &b.ind, b.subs.emplace_back())) b.subs.pop_back();
         }},
    };
    fields<kFields>(it, b, txt::InIndicator);
    ind.incomplete = it.had_error || d_.errors() > errors_before;
    ind.subs = std::move(b.subs);
    // A sub-indicator starts with its indicator and is cancelled with it
    // (unless it says otherwise): its own schedule says so, for every phase.
    if (ind.schedule && (ind.schedule->starts || ind.schedule->cancelled))
      for (Indicator& sub : ind.subs) {
        Schedule& own = schedule(sub);
        if (!own.starts) own.starts = ind.schedule->starts;
        if (!own.cancelled) own.cancelled = ind.schedule->cancelled;
      }
    ind.projects = std::move(b.projects);
    ind.notes = m_.texts.put(std::move(b.notes));
    ind.offices = m_.office_refs.put(std::move(b.offices));
    return true;
  }

  void round(const Item& it) {
    if (m_.round) {
      auto& e = err(msg::RoundTwice, it.key_span);
      e.note(m_.round->span, txt::FirstDeclaredHere);
      return;
    }
    RoundDecl r;
    r.span = it.span;
    if (auto t = text_at(it, 0, txt::WantRoundName)) r.name = *t;
    no_more(it, 1);
    static constexpr Field<RoundDecl> kFields[] = {
        {"months", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) {
           r.months = l.number(c, txt::WantMonths);
           if (r.months && (!r.months->value.is_integer() || r.months->value < Rational(1) ||
                            r.months->value > Rational(12))) {
             auto& e = l.err(msg::RoundMonths, r.months->span, r.months->raw());
             e.help(txt::RoundLengths);
             r.months.reset();
           }
         }},
        {"year", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) {
           r.fiscal_year = l.number(c, txt::WantFiscalYear);
         }},
        {"title", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.title = l.text(c); }},
        {"date", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.date = l.text(c); }},
        {"body", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.body = l.text(c); }},
        {"assessment", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) {
           if (l.word_at(c, 0, {{"self", 0}, {"committee", 1}}, txt::WantAssessment))
             r.assessment = Name{c.values[0].text, c.values[0].span};
           l.simple(c, 1);
         }},
        {"preface", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.preface = l.text(c); }},
        {"introduction", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.introduction = l.text(c); }},
        {"objective", Given::Many, [](Lowerer& l, const Item& c, RoundDecl& r) {
           if (auto t = l.text(c)) r.objectives.push_back(*t);
         }},
        {"method", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.method = l.text(c); }},
        {"tolerance", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) {
           r.tolerance = l.number(c, txt::WantTolerance);
         }},
        {"frozen", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) { r.frozen = l.text(c); }},
        {"restated", Given::Many, [](Lowerer& l, const Item& c, RoundDecl& r) {
           auto date = l.text_at(c, 0, txt::WantRestatedDate);
           auto reason = date ? l.text_at(c, 1, txt::WantRestatedReason) : std::nullopt;
           l.simple(c, 2);
           if (date && reason) r.restated.push_back(RoundDecl::Restatement{*date, *reason, c.span});
         }},
        {"rounding", Given::Once, [](Lowerer& l, const Item& c, RoundDecl& r) {
           Rounding ro;
           ro.span = c.span;
           if (auto w = l.word_at(c, 0, {{"none", 0}, {"rows", 1}},
                                  txt::WantRounding))
             ro.mode = static_cast<Rounding::Mode>(*w);
           if (c.values.size() > 1) {
             if (auto n = l.number_at(c, 1, txt::WantPlaces)) {
               if (!n->value.is_integer() || n->value < Rational(0) || n->value > Rational(6))
                 l.err(msg::PlacesRange, n->span);
               else ro.places = static_cast<int>(*n->value.to_int64());
             }
           }
           l.simple(c, 2);
           r.rounding = ro;
         }},
    };
    fields<kFields>(it, r, txt::InRound);
    m_.round = std::move(r);
  }

  std::optional<ProjectStatus> status(const Item& c) {
    auto w = word_at(c, 0,
                     {{"not-started", 0}, {"in-progress", 1}, {"postponed", 2}, {"done", 3}, {"cancelled", 4},
                      {"ยังไม่ดำเนินการ", 0}, {"อยู่ระหว่างดำเนินการ", 1}, {"เลื่อน", 2},
                      {"ดำเนินการแล้ว", 3}, {"ยกเลิก", 4}},
                     txt::WantStatus,
                     {{"เสร็จแล้ว", "ดำเนินการแล้ว"}, {"เสร็จสิ้น", "ดำเนินการแล้ว"}, {"แล้วเสร็จ", "ดำเนินการแล้ว"},
                      {"ดำเนินการเสร็จแล้ว", "ดำเนินการแล้ว"}, {"ดำเนินการเสร็จสิ้น", "ดำเนินการแล้ว"},
                      {"completed", "done"}, {"complete", "done"}, {"finished", "done"},
                      {"กำลังดำเนินการ", "อยู่ระหว่างดำเนินการ"}, {"ระหว่างดำเนินการ", "อยู่ระหว่างดำเนินการ"},
                      {"ongoing", "in-progress"}, {"ยังไม่เริ่ม", "ยังไม่ดำเนินการ"},
                      {"ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ"}, {"ยกเลิกแล้ว", "ยกเลิก"}, {"canceled", "cancelled"},
                      {"เลื่อนออกไป", "เลื่อน"}, {"ชะลอ", "เลื่อน"}, {"delayed", "postponed"}});
    simple(c, 1);
    if (!w) return std::nullopt;
    return static_cast<ProjectStatus>(*w);
  }

  // What a result's block is lowered into: the result, and its lists as they
  // are gathered.
  struct ResultBlock {
    Result& r;
    std::vector<Number>& values;
    std::vector<Text>& accounts;
    std::vector<OfficeRef>& offices;
    std::vector<ProjectProgress> projects;
  };
  void result(const Item& it) {
    Result r;
    r.span = it.span;
    if (!want(it, 0, txt::WantResultId)) return;
    IdPath* id = &r.id;
    if (!id_into(it, it.values[0], txt::WantResultNumber, *id)) return;
    if (id->parts.size() < 2 || id->parts.size() > 3) {
      auto& e = err(msg::ResultIdShort, id->span, id->str());
      e.help(txt::WriteResultId);
      return;
    }
    std::size_t errors_before = d_.errors();
    no_more(it, 1);
    // The lists are kept from result to result, as an indicator's offices.
    ResultBlock b{r, scratch_values_, scratch_accounts_, scratch_offices_[0], {}};
    b.values.clear();
    b.accounts.clear();
    b.offices.clear();
    // `value` and `values`, one number or several.
    static constexpr auto values = [](Lowerer& l, const Item& c, ResultBlock& b) {
      if (c.values.empty()) l.want(c, 0, txt::WantResultValue);
      for (const Value& v : c.values)
        if (auto n = l.number_of(c, v, txt::WantNumbersList)) b.values.push_back(*n);
      if (is(c.key, "value") && c.values.size() > 1) {
        auto& e = l.err(msg::ValueOneNumber, c.values[1].span);
        e.help(txt::UseValues);
      }
      l.no_block(c);
    };
    static constexpr Field<ResultBlock> kFields[] = {
        {"weight", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) {
           b.r.weight = l.number(c, txt::WantWeight);
         }},
        {"value", Given::Once, values},
        {"values", Given::Once, values},
        {"score", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) {
           // The score an assessor gave (the indicator says `basis given`).
           if (auto n = l.number(c, txt::WantGivenScore)) {
             b.values.push_back(*n);
             b.r.score_given = true;
           }
         }},
        {"na", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) {
           if (b.r.cancelled) l.err(msg::NaAndCancelled, c.key_span, b.r.id.str());
           else b.r.na = l.text_at(c, 0, txt::WantNaReason);
           l.simple(c, 1);
         }},
        {"cancelled", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) {
           // Cancelled in this round: an NA row with its reason, marked as cancelled.
           if (b.r.na) l.err(msg::NaAndCancelled, c.key_span, b.r.id.str());
           else if ((b.r.na = l.text_at(c, 0, txt::WantCancelReason))) b.r.cancelled = true;
           l.simple(c, 1);
         }},
        {"says", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) { b.r.value_text = l.text(c); }},
        {"aggregate", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) {
           if (auto w = l.word_at(c, 0, {{"mean", 0}, {"sum", 1}, {"min", 2}, {"max", 3}},
                                  txt::WantAggregate))
             b.r.aggregate = static_cast<Aggregate>(*w);
           l.simple(c, 1);
         }},
        {"account", Given::Many, [](Lowerer& l, const Item& c, ResultBlock& b) {
           if (auto t = l.text(c)) b.accounts.push_back(*t);
         }},
        {"project", Given::Many, [](Lowerer& l, const Item& c, ResultBlock& b) {
           if (auto p = l.progress(c)) b.projects.push_back(std::move(*p));
         }},
        {"offices", Given::Many, [](Lowerer& l, const Item& c, ResultBlock& b) { l.offices(c, b.offices); }},
        {"lead", Given::Many, [](Lowerer& l, const Item& c, ResultBlock& b) { l.offices(c, b.offices); }},
        {"reported", Given::Once, [](Lowerer& l, const Item& c, ResultBlock& b) { b.r.reported = l.reported(c); }},
    };
    fields<kFields>(it, b, txt::InResult);
    r.incomplete = it.had_error || d_.errors() > errors_before;
    r.values = m_.numbers.put(std::move(b.values));
    r.accounts = m_.texts.put(std::move(b.accounts));
    r.projects = std::move(b.projects);
    r.offices = m_.office_refs.put(std::move(b.offices));
    if (r.score_given && r.values.size() > 1) {
      auto& e = err(msg::ValueAndScore, r.id.span, r.id.str());
      e.help(txt::ValueOrScore);
    }
    if (r.na && !r.values.empty()) {
      auto& e = err(r.cancelled ? msg::CancelledAndValue : msg::NaAndValue, r.na->span, r.id.str());
      e.help(txt::ValueOrNa);
    }
    m_.results.push_back(std::move(r));
  }

  // A result's `reported { ... }`: the figures the report published.
  Reported reported(const Item& c) {
    Reported rep;
    rep.span = c.span;
    no_more(c, 0);
    static constexpr Field<Reported> kFields[] = {
        {"percent", Given::Once, [](Lowerer& l, const Item& f, Reported& r) { r.percent = l.number(f); }},
        {"score", Given::Once, [](Lowerer& l, const Item& f, Reported& r) { r.score = l.number(f); }},
        {"weighted", Given::Once, [](Lowerer& l, const Item& f, Reported& r) { r.weighted = l.number(f); }},
        {"sum", Given::Once, [](Lowerer& l, const Item& f, Reported& r) { r.sum = l.number(f); }},
        {"count", Given::Once, [](Lowerer& l, const Item& f, Reported& r) { r.count = l.number(f); }},
    };
    fields<kFields>(c, rep, txt::InResultReported);
    if (rep.sum.has_value() != rep.count.has_value()) {
      auto& e = err(msg::SumWithoutCount, rep.sum ? rep.sum->span : rep.count->span);
      e.help(txt::SumAndCountTogether);
    } else if (rep.count && (!rep.count->value.is_integer() || rep.count->value.sign() <= 0)) {
      err(msg::CountNotWhole, rep.count->span, rep.count->raw());
      rep.count.reset();
      rep.sum.reset();
    }
    return rep;
  }

  std::optional<ProjectProgress> progress(const Item& c) {
    ProjectProgress p;
    p.span = c.span;
    if (c.values.empty()) {
      want(c, 0, txt::WantProjectRef);
      return std::nullopt;
    }
    const Value& v = c.values[0];
    if (v.kind == ValueKind::Name) p.name = Name{v.text, v.span};
    else if (v.kind == ValueKind::String || v.kind == ValueKind::Text) p.title = Text{v.text, v.span};
    else {
      wrong(c, v, txt::WantProjectNameOrTitle);
      return std::nullopt;
    }
    no_more(c, 1);
    static constexpr Field<ProjectProgress> kFields[] = {
        {"budget", Given::Once, [](Lowerer& l, const Item& f, ProjectProgress& p) {
           p.budget = l.number(f, txt::WantAmount);
         }},
        {"disbursed", Given::Once, [](Lowerer& l, const Item& f, ProjectProgress& p) {
           p.disbursed = l.number(f, txt::WantAmount);
         }},
        {"remaining", Given::Once, [](Lowerer& l, const Item& f, ProjectProgress& p) {
           p.remaining = l.number(f, txt::WantAmount);
         }},
        {"status", Given::Once, [](Lowerer& l, const Item& f, ProjectProgress& p) { p.status = l.status(f); }},
        {"note", Given::Once, [](Lowerer& l, const Item& f, ProjectProgress& p) { p.note = l.text(f); }},
    };
    fields<kFields>(c, p, txt::InResultProject);
    return p;
  }

  void reported_total(const Item& it) {
    ReportedTotal t;
    t.span = it.span;
    if (!want(it, 0, txt::WantReportedWhat)) return;
    const Value& v = it.values[0];
    std::size_t next = 1;
    if (v.kind == ValueKind::Name && v.text == "overall") {
    } else if (v.kind == ValueKind::Name && v.text == "group") {  // `reported group 1 { ... }`
      if (!want(it, 1, txt::WantGroupNo)) return;
      auto id = id_of(it, it.values[1], txt::WantGroupNo);
      if (!id) return;
      t.group = *id;
      next = 2;
    } else if (v.kind == ValueKind::Number) {
      auto id = id_of(it, v, txt::WantStrategyNo);
      if (!id) return;
      t.strategy = *id;
    } else {
      wrong(it, v, txt::WantOverallOrStrategy);
      return;
    }
    no_more(it, next);
    static constexpr Field<ReportedTotal> kFields[] = {
        {"score", Given::Once, [](Lowerer& l, const Item& f, ReportedTotal& t) { t.score = l.number(f); }},
        {"percent", Given::Once, [](Lowerer& l, const Item& f, ReportedTotal& t) { t.percent = l.number(f); }},
        {"weight-sum", Given::Once, [](Lowerer& l, const Item& f, ReportedTotal& t) { t.weight_sum = l.number(f); }},
        {"weighted", Given::Once, [](Lowerer& l, const Item& f, ReportedTotal& t) { t.weighted = l.number(f); }},
        {"quality", Given::Once, [](Lowerer& l, const Item& f, ReportedTotal& t) { t.quality = l.text(f); }},
    };
    fields<kFields>(it, t, txt::InReported);
    m_.reported.push_back(std::move(t));
  }
};

}  // namespace

struct ModuleBuilder::Impl {
  Lowerer l;
};
ModuleBuilder::ModuleBuilder(FileId file, Diagnostics& diags) : impl_(new Impl{Lowerer(diags)}) {
  impl_->l.start(file);
}
ModuleBuilder::~ModuleBuilder() = default;
void ModuleBuilder::add(const syntax::Item& it) { impl_->l.add(it); }
Module ModuleBuilder::finish() { return impl_->l.finish(); }

Module lower(const syntax::SyntaxFile& file, Diagnostics& diags) {
  ModuleBuilder b(file.file, diags);
  for (const Item& it : file.items) b.add(it);
  return b.finish();
}

}  // namespace planc::ast
