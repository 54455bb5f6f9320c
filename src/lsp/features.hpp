// What the editor server answers, one function per request, each over the
// workspace's compilations (lsp/workspace.hpp) and the protocol's JSON.
// The server (lsp/server.cpp) parses the request, calls one of these and
// sends what it returns; none of them writes anywhere.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lsp/workspace.hpp"

namespace planc::lsp {

using Json = nlohmann::json;

// --- Shared: spans and positions as the protocol has them ---
Json position_json(Position p);
// The span's range in its file (whose text the analysis read).
Json range_of(const Analysis& a, Span s);
// A Location of a span (nullopt-like null JSON when its file has no path).
Json location_of(const Analysis& a, Span s, const Workspace& ws);
// The URI of a file of an analysis: the open document's own URI when open.
std::string uri_of(const Analysis& a, FileId f, const Workspace& ws);

// --- Diagnostics: every file's, as textDocument/publishDiagnostics params ---
// By URI; every file of the folder's analyses, each diagnostic once.
std::map<std::string, Json> diagnostics(const Workspace& ws, const std::string& folder);

// --- Requests (params as the protocol gives them) ---
Json hover(Workspace& ws, const Json& params);
Json definition(Workspace& ws, const Json& params);
Json references(Workspace& ws, const Json& params);
Json document_symbols(Workspace& ws, const Json& params);
Json workspace_symbols(Workspace& ws, const Json& params);
Json inlay_hints(Workspace& ws, const Json& params);
Json completion(Workspace& ws, const Json& params);
Json formatting(Workspace& ws, const Json& params, bool range);
Json code_actions(Workspace& ws, const Json& params);

// The indicators active in the round with no result yet, in the plan's
// order (completion after `result`, the code action that adds them).
std::vector<const check::IndicatorModel*> missing_results(const Analysis& a);

// The byte offset of params.position in the document (nullopt: not open).
std::optional<std::uint32_t> offset_of(const Document& d, const Json& position);

}  // namespace planc::lsp
