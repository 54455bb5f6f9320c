// A generator of realistic synthetic plans, deterministic for a seed: N
// indicators (sub-indicators included) across strategies of 20-60, Thai
// titles, offices, projects with budgets, several scales, NA rows, and a
// twelve-month round with results; weights sum to 1 exactly per strategy.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace planc::bench {

std::string generate_plan(std::size_t indicators, std::uint64_t seed);

// The same kind of records for the peers planc is compared with
// (docs/performance.md): one record per indicator, of similar size and with
// the same Thai text, as a ledger journal (one transaction each) or as JSON
// (an array of objects).
std::string generate_ledger(std::size_t records, std::uint64_t seed);
std::string generate_json(std::size_t records, std::uint64_t seed);

}  // namespace planc::bench
