#include "support/lang.hpp"

#include <cstdlib>

namespace planc {

std::optional<Lang> parse_lang(std::string_view s) {
  auto starts = [&](std::string_view p) {
    return s.size() >= p.size() && (s.size() == p.size() || s[p.size()] == '_' || s[p.size()] == '-' ||
                                    s[p.size()] == '.') &&
           s.substr(0, p.size()) == p;
  };
  if (starts("th") || starts("TH") || s == "ไทย") return Lang::Th;
  if (starts("en") || starts("EN") || s == "C" || s == "POSIX") return Lang::En;
  return std::nullopt;
}

Lang environment_lang() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string_view(v).substr(0, 2) == "th" ? Lang::Th : Lang::En;
  }
  return Lang::En;
}

std::string_view lang_code(Lang l) { return l == Lang::Th ? "th" : "en"; }

}  // namespace planc
