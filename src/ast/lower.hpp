// Lowering: concrete syntax (items and values) -> typed AST. This is where a
// field's meaning is known, so the messages say what each field expects.
#pragma once
#include "ast/ast.hpp"
#include "support/diagnostics.hpp"
#include "syntax/cst.hpp"

namespace planc::ast {

Module lower(const syntax::SyntaxFile& file, Diagnostics& diags);

}  // namespace planc::ast
