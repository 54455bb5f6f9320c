// Parses one source file into the concrete syntax tree, reporting every syntax
// error (recovering at the next item) into Diagnostics.
#pragma once
#include "support/diagnostics.hpp"
#include "syntax/cst.hpp"

namespace planc::syntax {

struct ParseLimits {
  std::size_t max_depth = 64;    // nested blocks
  std::size_t max_errors = 100;  // syntax errors in one file before the parser gives up
};

// The whole concrete tree with its comments (for the formatter and tests).
SyntaxFile parse(SourceManager& sm, FileId file, Diagnostics& diags, const ParseLimits& limits = {});

// Streams the top-level items to `sink` as they are parsed, keeping none of
// them and no comments: what the compiler uses.
void parse(SourceManager& sm, FileId file, Diagnostics& diags, const ParseLimits& limits, const ItemSink& sink);

// Streams the items of the bytes [begin, end) of a file, parsed as a file of
// their own, with spans in the whole file's offsets. Derived texts and names
// go to `derived` and `names` (the caller's, one per thread): several parts
// of one file can be parsed at once. A part that starts or ends anywhere but
// between two top-level items gives syntax errors (the loader then parses
// the whole file at once instead; driver/loader.cpp).
void parse_part(SourceManager& sm, FileId file, std::uint32_t begin, std::uint32_t end, Diagnostics& diags,
                const ParseLimits& limits, const ItemSink& sink, Arena& derived, NameTable& names);

// Decodes the escapes of a "..." string body (without quotes).
std::string unescape(std::string_view body);
// Removes the common indentation of a """ text block (without quotes).
std::string dedent(std::string_view body);

}  // namespace planc::syntax
