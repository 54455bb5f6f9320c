#include "cli/locale.hpp"

namespace planc::cli {

const ast::PlanHeader* plan_header(const driver::Program& p) {
  for (const auto& m : p.modules)
    if (m.plan) return &*m.plan;
  return nullptr;
}

Locale locale_of(const driver::Program& p, const std::string& lang) {
  const ast::PlanHeader* plan = plan_header(p);
  Locale l;
  if (auto given = parse_lang(lang)) l.lang = *given;
  else if (plan) l.lang = plan->language == "en" ? Lang::En : Lang::Th;
  else l.lang = environment_lang();
  l.thai_digits = l.lang == Lang::Th && plan && plan->digits == ast::Digits::Thai;
  return l;
}

}  // namespace planc::cli
