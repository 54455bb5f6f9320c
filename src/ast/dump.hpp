// A readable, deterministic dump of the typed AST (`planc dump --ast`).
#pragma once
#include <string>

#include "ast/ast.hpp"

namespace planc::ast {

struct DumpOptions {
  bool full_text = false;  // print whole texts instead of their first 60 characters
};

std::string dump(const Module& m, const SourceManager& sm, const DumpOptions& o = {});

}  // namespace planc::ast
