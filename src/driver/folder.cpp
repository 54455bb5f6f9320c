#include "driver/folder.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "support/jobs.hpp"

namespace planc::driver {

namespace fs = std::filesystem;

namespace {

using Header = FileHeader;  // driver/folder.hpp

bool name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

FileHeader scan_header(std::string_view s) {
  Header h;
  int depth = 0;
  bool line_start = true;  // only whitespace since the last newline or `;` at depth 0
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    if (c == '"') {
      if (s.substr(i, 3) == "\"\"\"") {  // a text block: to its closing quotes
        std::size_t e = s.find("\"\"\"", i + 3);
        i = e == std::string_view::npos ? s.size() : e + 3;
      } else {  // a string: to its closing quote on the line
        for (++i; i < s.size() && s[i] != '"' && s[i] != '\n'; ++i)
          if (s[i] == '\\') ++i;
        ++i;
      }
      line_start = false;
      continue;
    }
    if (c == '{') ++depth;
    else if (c == '}') depth = std::max(0, depth - 1);
    if (c == '\n' || c == ';') {
      line_start = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (depth == 0 && line_start && name_byte(c)) {
      std::size_t e = i;
      while (e < s.size() && name_byte(s[e])) ++e;
      std::string_view word = s.substr(i, e - i);
      if (word == "plan" && !h.plan) h.plan = static_cast<std::uint32_t>(i);
      if (word == "round" && !h.round) h.round = static_cast<std::uint32_t>(i);
      i = e;
      line_start = false;
      continue;
    }
    line_start = false;
    ++i;
  }
  return h;
}

namespace {

std::string joined(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

const ast::PlanHeader* plan_header(const Program& p, std::string* path = nullptr) {
  for (const auto& m : p.modules)
    if (m.plan) {
      if (path) *path = p.sources.get(m.file).path;
      return &*m.plan;
    }
  return nullptr;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return !a.empty() && !b.empty() && fs::equivalent(a, b, ec);
}

}  // namespace

bool is_folder(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

void compile_folder(FolderCompilation& f, const std::string& dir, const FolderOptions& o) {
  f.dir = dir;
  Program& folder = f.folder;
  // The folder's .plan files, by name (not those of sub-folders).
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    if (it->path().extension() == ".plan" && it->is_regular_file(e2)) names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  if (ec) {
    folder.diags.report(msg::CannotReadFile, Span{}, dir);
    folder.io_error = true;
    return;
  }

  // Which is the plan, which are rounds: each file's top-level keywords.
  struct Seen {
    std::string name, path;
    FileId file = kNoFile;  // in the folder's sources, once a diagnostic needs it
    MappedText text;  // mapped, not read: a plan file may be large (moved into the sources if a diagnostic needs it)
    Header h;
  };
  std::vector<Seen> seen;
  for (const std::string& n : names) {
    Seen s{n, joined(dir, n), kNoFile, {}, {}};
    if (!s.text.map(s.path)) continue;  // its round compilation says it cannot be read
    s.h = scan_header(s.text.view());
    seen.push_back(std::move(s));
  }
  auto file_of = [&](Seen& s) {
    if (s.file == kNoFile) s.file = folder.sources.add(s.path, s.path, std::move(s.text));
    return s.file;
  };
  auto keyword = [&](Seen& s, std::uint32_t at, std::uint32_t len) { return Span{file_of(s), at, at + len}; };

  // The folder's plan: `plan.plan` when it declares one, else the first by name.
  Seen* plan = nullptr;
  for (Seen& s : seen)
    if (s.h.plan && (!plan || s.name == "plan.plan")) plan = &s;
  for (Seen& s : seen) {
    if (!s.h.plan || &s == plan) continue;
    auto& d = folder.diags.report(msg::FolderSecondPlan, keyword(s, *s.h.plan, 4), s.name, plan->name);
    d.note(keyword(*plan, *plan->h.plan, 4), txt::OtherPlanHere);
    d.help(txt::OnePlanPerFolder);
  }
  if (!plan) {
    auto& d = folder.diags.report(msg::FolderHasNoPlan, Span{}, dir);
    d.help(txt::FolderPlanHint);
    return;
  }
  f.plan = plan->path;

  std::vector<Seen*> round_files;
  for (Seen& s : seen)
    if (s.h.round && !s.h.plan) round_files.push_back(&s);  // a file with both is a plan with its round
  if (plan->h.round) round_files.insert(round_files.begin(), plan);
  Options co = o.compile;
  std::size_t threads = std::max<std::size_t>(1, co.limits.threads);
  if (round_files.empty()) {
    f.plan_alone = std::make_unique<Compilation>();
    compile(*f.plan_alone, f.plan, co);
    return;
  }

  // Every round compiled, as many at a time as there are threads; a round
  // alone gets them all (a large plan's strategies in parallel).
  std::size_t workers = std::min(threads, round_files.size());
  co.limits.threads = std::max<std::size_t>(1, threads / workers);
  f.rounds.resize(round_files.size());
  run_jobs(
      round_files.size(),
      [&](std::size_t k) {
        FolderRound& r = f.rounds[k];
        r.name = round_files[k]->name;
        r.path = round_files[k]->path;
        r.compilation = std::make_unique<Compilation>();
        compile(*r.compilation, r.path, co);
      },
      workers);

  // Each round's year and months; the plan it scores.
  std::map<std::string, Seen*> by_name;
  for (Seen* s : round_files) by_name[s->name] = s;
  for (FolderRound& r : f.rounds) {
    const Program& p = r.compilation->program;
    const ast::RoundDecl* decl = p.modules.empty() ? nullptr
                                 : p.modules[p.main].round ? &*p.modules[p.main].round
                                                           : nullptr;
    std::string used;
    const ast::PlanHeader* ph = plan_header(p, &used);
    Seen& s = *by_name.at(r.name);
    if (p.io_error || !decl) continue;  // the round's own diagnostics say why
    if (decl->body) r.body = decl->body->value;
    if (decl->assessment) r.assessment = decl->assessment->value;
    r.months = check::whole_number(decl->months);
    if (!decl->months) r.months = 12;  // a round without `months` is the year's (docs/language.md)
    r.year = r.compilation->model ? r.compilation->model->year : check::round_year(ph, decl);  // 0: E044
    if (!ph) {
      if (p.diags.has_errors()) continue;  // its `use` failed: said where it is
      auto& d = folder.diags.report(msg::FolderRoundNoPlan, keyword(s, *s.h.round, 5), r.name, plan->name);
      d.help(txt::UseFolderPlan, plan->name);
      continue;
    }
    if (!same_file(used, f.plan)) {
      std::error_code rel;
      fs::path shown = fs::relative(used, dir, rel);
      auto& d = folder.diags.report(msg::FolderRoundOtherPlan, keyword(s, *s.h.round, 5), r.name,
                                    rel || shown.empty() ? used : shown.generic_string(), plan->name);
      d.help(txt::UseFolderPlan, plan->name);
      continue;
    }
  }
  // A round is one body's (`body`) and one assessment's (`assessment self`,
  // else the committee's): two of each year and months may not be the same.
  auto self = [](const FolderRound& r) { return r.assessment == "self"; };
  std::stable_sort(f.rounds.begin(), f.rounds.end(), [&](const FolderRound& a, const FolderRound& b) {
    return std::make_tuple(a.year, a.months, std::cref(a.body), self(a), std::cref(a.name)) <
           std::make_tuple(b.year, b.months, std::cref(b.body), self(b), std::cref(b.name));
  });
  for (std::size_t k = 1; k < f.rounds.size(); ++k) {
    const FolderRound &a = f.rounds[k - 1], &b = f.rounds[k];
    if (!a.year || !a.months || a.year != b.year || a.months != b.months || a.body != b.body || self(a) != self(b))
      continue;
    Seen &sa = *by_name.at(a.name), &sb = *by_name.at(b.name);
    auto& d = folder.diags.report(msg::FolderRoundTwice, keyword(sb, *sb.h.round, 5), a.name, b.name, b.months,
                                  b.year);
    d.note(keyword(sa, *sa.h.round, 5), txt::RoundFirstHere);
    d.help(txt::OneFilePerRound);
  }
  folder.diags.sort();
}

Program FolderCompilation::diagnostics() const {
  Program out;
  std::map<std::string, FileId> files;  // by path (by name for the embedded standard library)
  std::set<std::tuple<FileId, std::uint32_t, std::uint32_t, Code, std::string>> once;
  auto take = [&](const Program& p) {
    auto remap = [&](Span s) {
      if (!s.valid()) return s;
      const SourceFile& sf = p.sources.get(s.file);
      std::string key = sf.path.empty() ? "\n" + sf.name : sf.path;
      auto [it, fresh] = files.try_emplace(key, 0);
      if (fresh) it->second = out.sources.add(sf.name, sf.path, std::string(sf.text));
      s.file = it->second;
      return s;
    };
    for (const Diagnostic& d : p.diags.all()) {
      Span at = remap(d.span);
      if (!once.emplace(at.file, at.begin, at.end, d.code, d.message.str(Locale{})).second) continue;
      Diagnostic& n = out.diags.report_text(d.code, at, d.message);
      n = d;
      n.span = at;
      for (Note& note : n.notes) note.span = remap(note.span);
    }
    out.io_error = out.io_error || p.io_error;
  };
  take(folder);
  if (plan_alone) take(plan_alone->program);
  for (const FolderRound& r : rounds) take(r.compilation->program);
  out.diags.sort();
  return out;
}

bool FolderCompilation::has_errors() const {
  if (folder.diags.has_errors() || (plan_alone && plan_alone->program.diags.has_errors())) return true;
  for (const FolderRound& r : rounds)
    if (r.compilation->program.diags.has_errors()) return true;
  return false;
}

std::vector<const FolderRound*> FolderCompilation::earlier_in_year(std::size_t k) const {
  std::vector<const FolderRound*> out;
  if (k >= rounds.size() || !rounds[k].year) return out;
  for (std::size_t j = 0; j < k; ++j)
    if (rounds[j].year == rounds[k].year && rounds[j].months < rounds[k].months && rounds[j].body == rounds[k].body &&
        (rounds[j].assessment == "self") == (rounds[k].assessment == "self"))
      out.push_back(&rounds[j]);
  return out;
}

bool FolderCompilation::superseded(const FolderRound& r) const {
  if (r.assessment != "self") return false;
  return std::any_of(rounds.begin(), rounds.end(), [&](const FolderRound& x) {
    return x.year == r.year && x.months == r.months && x.body == r.body && x.assessment != "self";
  });
}

}  // namespace planc::driver
