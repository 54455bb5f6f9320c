#include "ast/ast.hpp"

#include <charconv>

#include <fmt/format.h>

namespace planc::ast {

std::string IdPath::str() const {
  std::string s;
  append_to(s);
  return s;
}

void IdPath::append_to(std::string& s) const {
  char buf[16];
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) s += '.';
    auto r = std::to_chars(buf, buf + sizeof buf, parts[i]);
    s.append(buf, r.ptr);
  }
}

const char* to_string(UnitKind k) {
  switch (k) {
    case UnitKind::Percent: return "percent";
    case UnitKind::Level: return "level";
    case UnitKind::Score: return "score";
    case UnitKind::Count: return "count";
  }
  return "count";
}
const char* to_string(Comparator c) {
  switch (c) {
    case Comparator::AtLeast: return "at-least";
    case Comparator::AtMost: return "at-most";
    case Comparator::Equal: return "equal";
  }
  return "at-least";
}
const char* to_string(ProjectStatus s) {
  switch (s) {
    case ProjectStatus::NotStarted: return "not-started";
    case ProjectStatus::InProgress: return "in-progress";
    case ProjectStatus::Postponed: return "postponed";
    case ProjectStatus::Done: return "done";
    case ProjectStatus::Cancelled: return "cancelled";
  }
  return "not-started";
}
const char* to_string(Aggregate a) {
  switch (a) {
    case Aggregate::Mean: return "mean";
    case Aggregate::Sum: return "sum";
    case Aggregate::Min: return "min";
    case Aggregate::Max: return "max";
  }
  return "mean";
}
const char* to_string(Basis b) { return b == Basis::Ratio ? "ratio" : "direct"; }

}  // namespace planc::ast
