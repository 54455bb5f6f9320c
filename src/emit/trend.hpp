// The trend of a plan across its rounds (planc trend), laid out from the
// trend model (report/trend.hpp): a text table, Markdown, one self-contained
// HTML page with its charts as inline SVG, JSON (docs/trend.md) and CSV.
// Layout only: every figure and label comes formatted in the model.
#pragma once
#include <string>

#include "emit/sink.hpp"
#include "report/trend.hpp"

namespace planc::emit {

void trend_text(const report::TrendModel& m, Sink& out);
void trend_markdown(const report::TrendModel& m, Sink& out);
void trend_html(const report::TrendModel& m, Sink& out);
void trend_json(const report::TrendModel& m, Sink& out);
void trend_csv(const report::TrendModel& m, Sink& out);

}  // namespace planc::emit
