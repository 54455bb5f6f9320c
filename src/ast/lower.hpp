// Lowering: concrete syntax (items and values) -> typed AST. This is where a
// field's meaning is known, so the messages say what each field expects.
#pragma once
#include <memory>

#include "ast/ast.hpp"
#include "support/diagnostics.hpp"
#include "syntax/cst.hpp"

namespace planc::ast {

// Lowers a whole concrete tree.
Module lower(const syntax::SyntaxFile& file, Diagnostics& diags);

// Lowers one top-level item at a time, as the parser streams them
// (syntax::parse with an ItemSink): the compiler's path.
class ModuleBuilder {
 public:
  ModuleBuilder(FileId file, Diagnostics& diags);
  ~ModuleBuilder();
  ModuleBuilder(const ModuleBuilder&) = delete;
  ModuleBuilder& operator=(const ModuleBuilder&) = delete;
  void add(const syntax::Item& top_level_item);
  Module finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace planc::ast
