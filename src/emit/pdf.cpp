// Placeholder: the pdf emitter is being written (issue 20).
#include "emit/report.hpp"

namespace planc::emit {

void pdf(const report::Model&, Sink&) { throw EmitError("--format pdf is not written yet"); }

}  // namespace planc::emit
