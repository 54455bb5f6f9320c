// The strategies of a report, each in full (with `what` of its rows the
// emitter shows there, see report::Model::Content), for an emitter: make(strategy)
// lays one out (into a Piece: its text, and whatever else the emitter keeps,
// such as Markdown's footnotes), put(piece) writes it out, in the strategies'
// order. For a streamed model (report::stream) each strategy is built and laid
// out on a worker thread, a few ahead of the writing, and let go there: only
// the piece crosses threads (a strategy's many small strings allocated on one
// thread and freed on another made glibc's malloc the bottleneck).
#pragma once
#include <cstddef>

#include "report/model.hpp"
#include "support/jobs.hpp"

namespace planc::emit {

template <typename Piece, typename Make, typename Put>
void each_strategy(const report::Model& m, report::Model::Content what, const Make& make, const Put& put) {
  if (!m.full_strategy) {
    for (const report::Strategy& s : m.strategies) put(make(s));
    return;
  }
  // Every thread lays strategies out; this one only writes the pieces.
  std::size_t workers = m.threads > 1 ? m.threads : 0;
  pipeline<Piece>(
      m.strategies.size(), workers, 4 * workers, [&](std::size_t k) { return make(m.full_strategy(k, what)); }, put);
}

}  // namespace planc::emit
