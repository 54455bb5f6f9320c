// Report drafts from the report model: Markdown (GitHub-flavoured), one
// self-contained HTML page, JSON, and CSV (Part 2's table). Layout only: every
// figure and label comes formatted in the model.
#pragma once
#include <string>

#include "emit/sink.hpp"
#include "report/model.hpp"

namespace planc::emit {

// Each writes into a sink (planc render: to the file, as the draft is made,
// from a streamed model, see report::stream) or returns the draft whole.
void markdown(const report::Model& m, Sink& out);
void html(const report::Model& m, Sink& out);
void report_json(const report::Model& m, Sink& out);
void csv(const report::Model& m, Sink& out);
std::string markdown(const report::Model& m);
std::string html(const report::Model& m);
std::string report_json(const report::Model& m);
std::string csv(const report::Model& m);

// Escapes text for HTML (element content and attribute values).
std::string html_escape(std::string_view s);
// Escapes text for a Markdown paragraph or table cell.
std::string md_escape(std::string_view s);

}  // namespace planc::emit
