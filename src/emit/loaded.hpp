// The libraries only some drafts need (libzip for the Word document,
// libxlsxwriter for the workbook), loaded when a draft first needs them
// (dlopen), not when planc starts: linked in, their relocations (libzip
// brings OpenSSL's libcrypto) cost every `planc check` half again its start
// (docs/performance.md). Each function is called through a table of pointers
// typed from the library's own header, so a wrong signature does not compile.
#pragma once
#include <dlfcn.h>

#include <string>

#include "emit/report.hpp"

namespace planc::emit {

// The library `soname` (else `fallback`), opened once; EmitError naming the
// Debian package when it is not installed.
inline void* open_library(const char* soname, const char* fallback, const char* package) {
  void* h = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!h) h = ::dlopen(fallback, RTLD_NOW | RTLD_LOCAL);
  if (!h)
    throw EmitError(std::string("cannot load ") + soname + " (Debian: apt install " + package + ")");
  return h;
}

template <typename F>
F* symbol(void* lib, const char* name) {
  void* p = ::dlsym(lib, name);
  if (!p) throw EmitError(std::string("the library has no `") + name + "`: a version planc does not know");
  return reinterpret_cast<F*>(p);
}

}  // namespace planc::emit

// A table of the functions named in LIST (a macro taking X(name)) of a
// library, filled from it on first use.
#define PLANC_LOADED_FIELD(name) decltype(&::name) name = nullptr;
#define PLANC_LOADED_FILL(name) t.name = ::planc::emit::symbol<std::remove_pointer_t<decltype(t.name)>>(lib, #name);
#define PLANC_LOADED_TABLE(Table, accessor, LIST, soname, fallback, package) \
  struct Table {                                                              \
    LIST(PLANC_LOADED_FIELD)                                                  \
  };                                                                          \
  inline const Table& accessor() {                                            \
    static const Table table = [] {                                           \
      void* lib = ::planc::emit::open_library(soname, fallback, package);     \
      Table t;                                                                \
      LIST(PLANC_LOADED_FILL)                                                 \
      return t;                                                               \
    }();                                                                      \
    return table;                                                             \
  }
