// The diagnostics a change introduces and those it resolves (`planc diff`,
// before the score changes). A diagnostic keeps its identity across versions
// when lines move: it is the same when its file (relative to the compared
// folder), code, message and the source text under its span (blanks
// collapsed) are the same. Versions are compared as multisets: the same
// message twice, one fixed, is one resolved.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "support/diagnostics.hpp"

namespace planc::review {

struct DiagnosticRecord {
  std::string file;     // relative to the compared folder (a standard library module: its name)
  std::string code;     // "E110"
  Severity severity = Severity::Error;
  Text message;         // printed in the run's language
  std::string root;        // the compared folder as the compilation named it: left out of paths in messages
  std::string shown_root;  // the folder as the reader named it: for the folder itself in a message
  std::string identity_message;  // the message in English with Arabic digits: what is compared
  // The message in a language, a path in it relative to the folder compared
  // and the folder itself as the reader named it (a version read from git
  // lives in a temporary folder); `shown` for another name of the folder.
  std::string message_in(const Locale& l) const { return message_in(l, shown_root); }
  std::string message_in(const Locale& l, const std::string& shown) const;
  std::string source;   // the text under the span, blanks collapsed
  std::uint32_t line = 0, col = 0;  // 0: no position
};

// The diagnostics of one version of a plan folder, each once: a plan file's
// diagnostic is found by the compilation of each of its rounds.
class DiagnosticSet {
 public:
  // The diagnostics of one compilation; files are named relative to `root`,
  // except its main file (and a diagnostic without a position): `main_name`
  // (two files compared under different names are one file; "" for the
  // folder's own). `shown_root` is how the reader named the folder.
  void add(const SourceManager& sm, const std::vector<Diagnostic>& ds, const std::filesystem::path& root,
           FileId main_file, const std::string& main_name, const std::string& shown_root);
  void add(DiagnosticRecord r);
  // Each once, by file, line, column, code, message.
  std::vector<DiagnosticRecord> take();

 private:
  std::vector<DiagnosticRecord> all_;
};

struct DiagnosticChanges {
  std::vector<DiagnosticRecord> introduced;  // positions of the new version
  std::vector<DiagnosticRecord> resolved;    // positions of the old version
  std::size_t introduced_errors() const;
};

// What differs between two versions' diagnostics (each list from
// DiagnosticSet::take). Of several equal diagnostics, those paired are the
// nearest in lines; the rest are introduced or resolved.
DiagnosticChanges compare(const std::vector<DiagnosticRecord>& before, const std::vector<DiagnosticRecord>& after);

}  // namespace planc::review
