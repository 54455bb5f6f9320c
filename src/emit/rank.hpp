// A ranking of bodies (report/rank.hpp) laid out: text, Markdown, CSV, or a
// page (HTML; printed to PDF by emit::pdf_of_html).
#pragma once
#include "emit/sink.hpp"
#include "report/rank.hpp"

namespace planc::emit {

void rank_text(const report::RankModel& m, Sink& out);
void rank_markdown(const report::RankModel& m, Sink& out);
void rank_csv(const report::RankModel& m, Sink& out);
void rank_html(const report::RankModel& m, Sink& out);

}  // namespace planc::emit
