// Placeholder: the xlsx emitter is being written (issue 20).
#include "emit/report.hpp"

namespace planc::emit {

void xlsx(const report::Model&, Sink&) { throw EmitError("--format xlsx is not written yet"); }

}  // namespace planc::emit
