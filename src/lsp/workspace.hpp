// The editor server's state: the documents the editor has open (their
// unsaved text) and, per plan folder, the compilations that know them. A
// change marks its folder; the next request or the next quiet moment
// compiles it again through the same pipeline as `planc check`
// (driver::compile_text over the open buffers, then the disk).
//
// Which files are compiled for a folder (docs/editors.md): every open round
// file; with none open, the round file changed last on disk (so a plan file's
// indicators can show this round's scores); with no round at all, the open
// plan file. An open file none of those reach (a plan of another folder's
// round, a module of units) is compiled on its own.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "driver/pipeline.hpp"
#include "driver/sources.hpp"
#include "lsp/protocol.hpp"
#include "support/lang.hpp"

namespace planc::lsp {

struct Document {
  std::string uri;
  std::string path;    // the file's absolute path; "" when the URI names no file (untitled:)
  std::string folder;  // the key of its folder: the path's parent, or the URI itself
  std::string text;
  long long version = 0;
  LineIndex lines;
};

// One compiled root (a round file, or a plan or module file on its own).
struct Analysis {
  std::string root;  // the path compiled
  std::unique_ptr<driver::Compilation> c;
  Locale locale;  // the plan's language and digits (its messages, hovers)
  // The file of the program's sources with this path, or kNoFile.
  FileId file_of(const std::string& path) const;
};

// Where a document is known: an analysis and the document's file in it.
struct Known {
  const Analysis* a = nullptr;
  FileId file = kNoFile;
  const Document* doc = nullptr;
  explicit operator bool() const { return a != nullptr; }
  const ast::Module* module() const;  // the document's module in the analysis
};

struct ContentChange {
  std::optional<std::pair<Position, Position>> range;  // none: the whole text
  std::string text;
};

class Workspace {
 public:
  explicit Workspace(std::size_t threads = 1) : threads_(threads) {}

  // False with nothing changed when the URI is already open (open) or not (change, close).
  bool open(const std::string& uri, std::string text, long long version);
  bool change(const std::string& uri, const std::vector<ContentChange>& changes, long long version);
  bool close(const std::string& uri);
  // A file changed on disk (workspace/didChangeWatchedFiles).
  void disk_changed(const std::string& uri);

  const Document* doc(const std::string& uri) const;
  const std::map<std::string, Document>& docs() const { return docs_; }

  // Compiles every folder marked since the last time; the folders compiled.
  std::vector<std::string> refresh();
  bool dirty() const { return !dirty_.empty(); }
  // The folders compiled since the last call (by refresh or find): those whose
  // diagnostics are to be published.
  std::vector<std::string> take_fresh();
  // The analyses of a folder (after refresh), in the order compiled.
  const std::vector<std::unique_ptr<Analysis>>& analyses(const std::string& folder) const;
  // Every folder with analyses.
  std::vector<std::string> folders() const;
  // The analysis that knows `uri` best (the one whose root it is, else the
  // first that reads it), compiling its folder first when it is marked.
  Known find(const std::string& uri);
  // The same, but when the document does not check as it is now (a line
  // half typed), the last compilation of its folder that did: what
  // completion offers names and indicators from. Its spans are of the older text.
  Known find_checked(const std::string& uri);
  // The document `touched` last in a folder (what a batch of diagnostics is published for last).
  std::string touched(const std::string& folder) const;

 private:
  void compile(const std::string& folder);
  std::map<std::string, Document> docs_;  // by URI
  std::map<std::string, std::vector<std::unique_ptr<Analysis>>> analyses_;  // by folder
  std::map<std::string, std::vector<std::unique_ptr<Analysis>>> checked_;   // by folder: the last with a model
  std::set<std::string> dirty_;
  std::set<std::string> fresh_;
  std::map<std::string, std::string> touched_;  // folder -> URI
  driver::DiskSources disk_;
  std::size_t threads_;
};

// The folder key of a URI: its file's parent folder, or the URI itself.
std::string folder_of(const std::string& uri, std::string* path = nullptr);

}  // namespace planc::lsp
