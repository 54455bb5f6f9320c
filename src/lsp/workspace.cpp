#include "lsp/workspace.hpp"

#include <algorithm>
#include <filesystem>

#include "driver/folder.hpp"

namespace planc::lsp {

namespace fs = std::filesystem;

std::string folder_of(const std::string& uri, std::string* path) {
  std::optional<std::string> p = path_of_uri(uri);
  if (!p || p->empty() || p->front() != '/') {
    if (path) path->clear();
    return uri;
  }
  std::error_code ec;
  fs::path canon = fs::weakly_canonical(fs::path(*p), ec);  // as the loader names the files it reads
  std::string normal = (ec ? fs::path(*p) : canon).lexically_normal().string();
  if (path) *path = normal;
  return fs::path(normal).parent_path().string();
}

FileId Analysis::file_of(const std::string& path) const {
  const SourceManager& sm = c->program.sources;
  for (std::size_t f = 0; f < sm.size(); ++f)
    if (sm.get(static_cast<FileId>(f)).path == path) return static_cast<FileId>(f);
  // The root as the loader named it (an untitled buffer's URI is no path).
  const ast::Program& p = c->program;
  if (path == root && p.main < p.modules.size()) return p.modules[p.main].file;
  return kNoFile;
}

const ast::Module* Known::module() const {
  for (const ast::Module& m : a->c->program.modules)
    if (m.file == file) return &m;
  return nullptr;
}

bool Workspace::open(const std::string& uri, std::string text, long long version) {
  if (docs_.count(uri)) return false;
  Document d;
  d.uri = uri;
  d.folder = folder_of(uri, &d.path);
  d.text = std::move(text);
  d.version = version;
  d.lines = LineIndex(d.text);
  dirty_.insert(d.folder);
  touched_[d.folder] = uri;
  docs_.emplace(uri, std::move(d));
  return true;
}

bool Workspace::change(const std::string& uri, const std::vector<ContentChange>& changes, long long version) {
  auto it = docs_.find(uri);
  if (it == docs_.end()) return false;
  Document& d = it->second;
  for (const ContentChange& ch : changes) {
    if (!ch.range) {
      d.text = ch.text;
    } else {
      std::uint32_t b = d.lines.offset(d.text, ch.range->first);
      std::uint32_t e = d.lines.offset(d.text, ch.range->second);
      if (e < b) std::swap(b, e);
      d.text.replace(b, e - b, ch.text);
    }
    d.lines = LineIndex(d.text);
  }
  d.version = version;
  dirty_.insert(d.folder);
  touched_[d.folder] = uri;
  return true;
}

bool Workspace::close(const std::string& uri) {
  auto it = docs_.find(uri);
  if (it == docs_.end()) return false;
  dirty_.insert(it->second.folder);
  touched_[it->second.folder] = uri;
  docs_.erase(it);
  return true;
}

void Workspace::disk_changed(const std::string& uri) {
  std::string folder = folder_of(uri);
  if (analyses_.count(folder)) dirty_.insert(folder);
}

const Document* Workspace::doc(const std::string& uri) const {
  auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : &it->second;
}

const std::vector<std::unique_ptr<Analysis>>& Workspace::analyses(const std::string& folder) const {
  static const std::vector<std::unique_ptr<Analysis>> none;
  auto it = analyses_.find(folder);
  return it == analyses_.end() ? none : it->second;
}

std::vector<std::string> Workspace::folders() const {
  std::vector<std::string> out;
  for (const auto& [f, a] : analyses_) out.push_back(f);
  return out;
}

std::string Workspace::touched(const std::string& folder) const {
  auto it = touched_.find(folder);
  return it == touched_.end() ? std::string() : it->second;
}

std::vector<std::string> Workspace::refresh() {
  std::vector<std::string> done(dirty_.begin(), dirty_.end());
  for (const std::string& f : done) compile(f);
  dirty_.clear();
  return done;
}

Known Workspace::find(const std::string& uri) {
  const Document* d = doc(uri);
  std::string path;
  std::string folder = d ? d->folder : folder_of(uri, &path);
  if (d) path = d->path.empty() ? d->uri : d->path;
  if (dirty_.count(folder)) {
    compile(folder);
    dirty_.erase(folder);
  }
  Known best;
  for (const auto& a : analyses(folder)) {
    FileId f = a->file_of(path);
    if (f == kNoFile) continue;
    if (!best || a->root == path) best = Known{a.get(), f, d};
    if (a->root == path) break;
  }
  return best;
}

Known Workspace::find_checked(const std::string& uri) {
  Known k = find(uri);
  if (k && k.a->c->model) return k;
  const Document* d = doc(uri);
  if (!d) return k;
  std::string path = d->path.empty() ? d->uri : d->path;
  auto it = checked_.find(d->folder);
  if (it == checked_.end()) return k;
  for (const auto& a : it->second)
    if (FileId f = a->file_of(path); f != kNoFile) return Known{a.get(), f, d};
  return k;
}

namespace {

Locale locale_of(const ast::Program& p) {
  const ast::PlanHeader* plan = nullptr;
  for (const ast::Module& m : p.modules)
    if (m.plan) plan = &*m.plan;
  return ast::plan_locale(plan);
}

// A file with a `round` is a round (a plan file with its round, too); one
// with only a `plan`, the plan.
enum class Role { Plan, Round, Other };
Role role_of(std::string_view text) {
  driver::FileHeader h = driver::scan_header(text);
  return h.round ? Role::Round : h.plan ? Role::Plan : Role::Other;
}

}  // namespace

std::vector<std::string> Workspace::take_fresh() {
  std::vector<std::string> out(fresh_.begin(), fresh_.end());
  fresh_.clear();
  return out;
}

void Workspace::compile(const std::string& folder) {
  fresh_.insert(folder);
  auto& out = analyses_[folder];
  bool checked = !out.empty() && std::all_of(out.begin(), out.end(), [](const auto& a) { return a->c->model.has_value(); });
  if (checked) checked_[folder] = std::move(out);
  out.clear();
  driver::MemorySources mem(&disk_);
  for (const auto& [uri, d] : docs_)
    if (!d.path.empty()) mem.set(d.path, d.text);

  driver::Options o;
  o.sources = &mem;
  o.keep_rows = true;
  o.explain = false;
  o.record_uses = true;
  o.limits.threads = std::max<std::size_t>(1, threads_);

  // The folder's open documents, by path (untitled ones by URI).
  std::vector<const Document*> open;
  for (const auto& [uri, d] : docs_)
    if (d.folder == folder) open.push_back(&d);
  std::sort(open.begin(), open.end(), [](const Document* a, const Document* b) {
    return (a->path.empty() ? a->uri : a->path) < (b->path.empty() ? b->uri : b->path);
  });

  auto run = [&](const std::string& path, const std::string* text) {
    auto a = std::make_unique<Analysis>();
    a->root = path;
    a->c = std::make_unique<driver::Compilation>();
    if (text) driver::compile_text(*a->c, path, *text, o);
    else driver::compile(*a->c, path, o);
    a->locale = locale_of(a->c->program);
    out.push_back(std::move(a));
  };

  std::vector<const Document*> roots;
  for (const Document* d : open)
    if (role_of(d->text) == Role::Round) roots.push_back(d);
  for (const Document* d : roots) run(d->path.empty() ? d->uri : d->path, &d->text);

  if (roots.empty() && !open.empty() && !open.front()->path.empty()) {
    // No round open: the round file changed last on disk, if the folder has one.
    std::string latest;
    fs::file_time_type when{};
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code e2;
      if (it->path().extension() != ".plan" || !it->is_regular_file(e2)) continue;
      std::string p = fs::weakly_canonical(it->path(), e2).lexically_normal().string();
      bool is_open = std::any_of(open.begin(), open.end(), [&](const Document* d) { return d->path == p; });
      if (is_open) continue;
      // A round says so near its top: the first 64 KiB of each file are read, not a large plan whole.
      MappedText m;
      if (!m.map(p) || role_of(m.view().substr(0, std::size_t{1} << 16)) != Role::Round) continue;
      auto t = it->last_write_time(e2);
      if (e2) continue;
      if (latest.empty() || t > when || (t == when && p > latest)) latest = p, when = t;
    }
    if (!latest.empty()) run(latest, nullptr);
  }

  // Every open document that no compilation so far reads, on its own.
  for (const Document* d : open) {
    std::string key = d->path.empty() ? d->uri : d->path;
    bool read = std::any_of(out.begin(), out.end(), [&](const auto& a) { return a->file_of(key) != kNoFile; });
    if (!read) run(key, &d->text);
  }
}

}  // namespace planc::lsp
