// Placeholder: the docx emitter is being written (issue 20).
#include "emit/report.hpp"

namespace planc::emit {

void docx(const report::Model&, Sink&) { throw EmitError("--format docx is not written yet"); }

}  // namespace planc::emit
