#include "driver/neighbours.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "support/diagnostics.hpp"
#include "support/timing.hpp"

namespace planc::driver {

namespace fs = std::filesystem;

namespace {

struct Placed {
  int year = 0, months = 0;
  std::string plan;  // the path of the plan file it uses
  std::string body;  // the body it assesses (`body`)
  bool self = false;  // the body's own assessment (`assessment self`)
};

// Where a loaded round stands: its fiscal year (its own `year`, else its
// plan's when the plan has one year) and months (12 without `months`), as
// compile_folder places rounds.
Placed place(const Program& p) {
  Placed out;
  if (p.modules.empty() || !p.modules[p.main].round) return out;
  const ast::RoundDecl& r = *p.modules[p.main].round;
  auto whole = [](const std::optional<ast::Number>& n) {
    auto v = n ? n->value.to_int64() : std::nullopt;
    return v && *v > 0 && *v < 100000 ? static_cast<int>(*v) : 0;
  };
  out.months = r.months ? whole(r.months) : 12;
  if (r.body) out.body = r.body->value;
  out.self = r.self_assessment();
  out.year = whole(r.fiscal_year);
  for (const auto& m : p.modules)
    if (m.plan) {
      out.plan = p.sources.get(m.file).path;
      int from = whole(m.plan->year_from), to = m.plan->year_to ? whole(m.plan->year_to) : from;
      if (!out.year && from && from == to) out.year = from;
      break;
    }
  return out;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return !a.empty() && !b.empty() && fs::equivalent(a, b, ec);
}

// The paths of a program's files.
std::set<std::string> paths_of(const Program& p) {
  std::set<std::string> out;
  for (std::size_t f = 0; f < p.sources.size(); ++f) out.insert(p.sources.get(static_cast<FileId>(f)).path);
  return out;
}

// A program's main file, if it has one.
const SourceFile* main_of(const Program& q) {
  return q.main < q.modules.size() ? &q.sources.get(q.modules[q.main].file) : nullptr;
}

// A file of the folder of the round's file `main`, named as the run names
// `main` (beside it: "dir/2566-12m-self.plan"); a file elsewhere as it is.
std::string shown_beside(const SourceFile& main, const std::string& file) {
  fs::path rel = fs::path(file).lexically_relative(fs::path(main.path).parent_path());
  if (rel.empty() || *rel.begin() == "..") return file;
  return (fs::path(main.name).parent_path() / rel).string();
}

}  // namespace

std::vector<FolderRound> earlier_rounds(const Compilation& c, const std::string& path, const Options& o,
                                        std::vector<UnreadFile>* unread) {
  std::vector<FolderRound> out;
  Placed self = place(c.program);
  if (!self.year || !self.months || self.plan.empty()) return out;
  fs::path dir = fs::path(path).parent_path();
  if (!same_file(fs::path(self.plan).parent_path().empty() ? "." : fs::path(self.plan).parent_path().string(),
                 dir.empty() ? "." : dir.string()))
    return out;  // not beside its plan: not a plan folder's round
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->path().extension() == ".plan" && it->is_regular_file(e2)) names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string p = dir.empty() ? name : (dir / name).string();
    if (same_file(p, path) || same_file(p, self.plan)) continue;
    Program loaded;
    load(loaded, p, o.limits);
    Placed there = loaded.io_error ? Placed{} : place(loaded);
    // An earlier round of the same body and assessment; or, beside the
    // committee's assessment, the body's own of the same round.
    bool placed = !loaded.io_error && there.year && there.months && !there.plan.empty();
    bool ours = placed && there.year == self.year && same_file(there.plan, self.plan) && there.body == self.body;
    bool earlier = ours && there.months < self.months && there.self == self.self;
    bool own = ours && there.months == self.months && there.self && !self.self;
    if (!earlier && !own) {
      // A file with errors that could be one of them (its round not read, or
      // read only in part: of this year, but neither): said by the caller.
      bool could_be = !placed || (there.year == self.year && there.months <= self.months);
      if (unread && could_be && (loaded.io_error || loaded.diags.has_errors())) {
        UnreadFile u;
        u.path = u.file = p;
        u.errors = std::max<std::size_t>(1, loaded.diags.errors());
        for (const Diagnostic& d : loaded.diags.all())
          if (d.severity == Severity::Error) {
            if (d.span.valid()) u.file = loaded.sources.get(d.span.file).path;
            u.line = loaded.sources.line(d.span);
            u.col = loaded.sources.col(d.span);
            u.first = d.message;
            break;
          }
        unread->push_back(std::move(u));
      }
      continue;
    }
    if (std::any_of(out.begin(), out.end(), [&](const FolderRound& r) {
          return r.months == there.months && (r.assessment == "self") == there.self;
        }))
      continue;
    FolderRound r;
    r.path = p;
    r.name = name;
    r.year = there.year;
    r.months = there.months;
    r.body = there.body;
    if (there.self) r.assessment = "self";
    out.push_back(std::move(r));
  }
  for (FolderRound& r : out) {
    r.compilation = std::make_unique<Compilation>();
    compile(*r.compilation, r.path, o);
  }
  // By months; the body's own assessment last, beside the committee's.
  std::sort(out.begin(), out.end(), [](const FolderRound& a, const FolderRound& b) {
    return std::make_tuple(a.months, a.assessment == "self") < std::make_tuple(b.months, b.assessment == "self");
  });
  return out;
}

Neighbourhood neighbourhood(Compilation& c, const report::Options& ro, bool strict) {
  Neighbourhood out;
  Program& p = c.program;
  if (p.modules.empty()) return out;
  // Beside a committee's round, the body's own assessment of the same round;
  // beside a self-assessment, only its own earlier rounds (also `self`).
  const std::optional<ast::RoundDecl>& round = p.modules[p.main].round;
  bool committee = !(round && round->self_assessment());
  auto own_assessment = [&](const FolderRound& r) { return committee && r.assessment == "self"; };
  // A neighbour's errors are those of its own files: one in a file this round
  // shares (the plan) is already this round's, said once.
  const std::set<std::string> ours = paths_of(p);
  auto own_errors = [&](const Program& q, const Diagnostic** first) {
    std::size_t n = 0;
    for (const Diagnostic& d : q.diags.all())
      if (d.severity == Severity::Error && !(d.span.valid() && ours.count(q.sources.get(d.span.file).path))) {
        if (first && !n) *first = &d;
        ++n;
      }
    return n;
  };
  timed(c.recording(), "neighbours", 0, [&] {
    Options eo;
    eo.limits.threads = std::max<std::size_t>(1, ro.threads);
    eo.explain = false;
    out.rounds = earlier_rounds(c, p.sources.get(p.modules[p.main].file).path, eo, &out.unread);
    std::vector<report::TrendInput> in;
    bool own = false;  // the body's own assessment stands beside the committee's
    for (const FolderRound& r : out.rounds)
      if (r.compilation->scored) {
        in.push_back({r.name, r.year, r.months, &*r.compilation->scored});
        if (own_assessment(r)) in.back().self_assessment = own = true;
        in.back().errors = own_errors(r.compilation->program, nullptr);
      }
    out.figures = report::neighbours(in, {ro.lang, ro.digits});
    out.figures.committee = own;
  });
  const SourceFile& main = p.sources.get(p.modules[p.main].file);
  auto shown = [&](const std::string& file) { return shown_beside(main, file); };
  bool said = false;
  for (const FolderRound& r : out.rounds) {
    const Program& q = r.compilation->program;
    const Diagnostic* first = nullptr;
    std::size_t errors = own_errors(q, &first);
    if (!errors) continue;
    Text which = own_assessment(r) ? text(txt::TheSelfAssessment) : text(txt::TheEarlierRound, r.months);
    std::string file = shown(r.path);
    auto& e = p.diags.report(msg::NeighbourHasErrors, round ? round->name.span : Span{}, std::move(which), file, errors);
    std::string where = first->span.valid() ? shown(q.sources.get(first->span.file).path) : file;
    e.note(Span{}, txt::ItsFirstError, where, q.sources.line(first->span), q.sources.col(first->span), first->message);
    e.help(txt::CheckThatRound, file);
    said = true;
  }
  for (const UnreadFile& u : out.unread) {
    std::string file = shown(u.path);
    auto& e = p.diags.report(msg::NeighbourUnread, round ? round->name.span : Span{}, file, u.errors);
    if (!u.first.empty()) e.note(Span{}, txt::ItsFirstError, shown(u.file), u.line, u.col, u.first);
    e.help(txt::CheckThatRound, file);
    said = true;
  }
  if (said) {
    if (strict) p.diags.promote_warnings();
    p.diags.sort();
  }
  return out;
}

std::string handed_in_refusal(const Compilation& c, const Neighbourhood* near, const Locale& l) {
  const bool th = l.lang == Lang::Th;
  // Each file with errors, by its own errors, named as the diagnostics name
  // it: an error in the plan file the rounds share is the plan file's, said
  // once, not each round's (as neighbourhood()'s W045 counts them).
  std::vector<std::pair<std::string, std::size_t>> files;
  auto add = [&](const std::string& file) {
    auto at = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.first == file; });
    if (at == files.end()) files.push_back({file, 1});
    else ++at->second;
  };
  const Program& p = c.program;
  const SourceFile* main = main_of(p);
  const std::set<std::string> ours = paths_of(p);
  // A neighbour's file, named as the run names this round's ("dir/2566-12m-self.plan").
  auto beside = [&](const std::string& path) { return main ? shown_beside(*main, path) : path; };
  for (const Diagnostic& d : p.diags.all())
    if (d.severity == Severity::Error) add(d.span.valid() ? p.sources.get(d.span.file).name : main ? main->name : "");
  if (near) {
    for (const FolderRound& r : near->rounds) {
      const Program& q = r.compilation->program;
      for (const Diagnostic& d : q.diags.all()) {
        if (d.severity != Severity::Error) continue;
        const SourceFile* f = d.span.valid() ? &q.sources.get(d.span.file) : main_of(q);
        if (f && ours.count(f->path)) continue;  // said with this round's
        add(beside(f ? f->path : r.path));
      }
    }
    for (const UnreadFile& u : near->unread) files.push_back({beside(u.path), u.errors});
  }
  std::string list;
  for (const auto& [file, n] : files) {
    if (!n) continue;
    const std::string count = in_digits(std::to_string(n), l);
    list += list.empty() ? "" : ", ";
    list += th ? fmt::format("{} มีข้อผิดพลาด {} รายการ", file, count)
               : fmt::format("{} has {} error{}", file, count, n == 1 ? "" : "s");
  }
  if (list.empty()) return "";
  return th ? fmt::format("ฉบับส่ง (--findings none) ทำได้เมื่อรอบนี้และรอบที่รายงานแสดงคู่กันไม่มีข้อผิดพลาด แต่ {} "
                          "ตรวจด้วย planc check แล้วแก้ก่อน หรือทำร่างฉบับตรวจทาน (ไม่ใส่ --findings none)",
                          list)
            : fmt::format("the copy to hand in (--findings none) is made only when this round and the rounds its "
                          "report shows beside it have no errors, and {}; find them with planc check and fix them "
                          "first, or render the reviewer's draft (without --findings none)",
                          list);
}

}  // namespace planc::driver
