// libzip and libexpat for the workbook reader, loaded on first use as the
// drafts load theirs (emit/loaded.hpp) and for the same reason: linked, they
// would slow every `planc check` start. A second table of libzip's soname
// shares the library the Word draft opened (dlopen counts references).
#pragma once
// Debian's libexpat is built with DTD support; the header declares the
// billion-laughs settings only when told so.
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include "emit/loaded.hpp"
#include "import/workbook.hpp"

namespace planc::imports::loaded {

#define PLANC_ZIP_READ_FUNCTIONS(X)                                                                                \
  X(zip_source_buffer_create) X(zip_source_free) X(zip_open_from_source) X(zip_discard) X(zip_get_num_entries) \
  X(zip_stat_index) X(zip_name_locate) X(zip_fopen_index) X(zip_fread) X(zip_fclose) X(zip_error_init)         \
  X(zip_error_fini) X(zip_error_strerror) X(zip_file_strerror)
PLANC_LOADED_TABLE(ZipReadApi, zip_table, PLANC_ZIP_READ_FUNCTIONS, "libzip.so.4", "libzip.so", "libzip4")

#define PLANC_EXPAT_FUNCTIONS(X)                                                                                  \
  X(XML_ParserCreateNS) X(XML_ParserFree) X(XML_SetUserData) X(XML_SetElementHandler)                           \
  X(XML_SetCharacterDataHandler) X(XML_SetStartDoctypeDeclHandler) X(XML_StopParser) X(XML_Parse)               \
  X(XML_GetErrorCode) X(XML_ErrorString) X(XML_GetCurrentLineNumber)                                            \
  X(XML_SetBillionLaughsAttackProtectionMaximumAmplification)                                                   \
  X(XML_SetBillionLaughsAttackProtectionActivationThreshold)
PLANC_LOADED_TABLE(ExpatApi, expat_table, PLANC_EXPAT_FUNCTIONS, "libexpat.so.1", "libexpat.so", "libexpat1")

// The tables, with a library that cannot be loaded told as a ReadError.
template <typename Table>
const Table& get(const Table& (*accessor)(), const char* package) {
  try {
    return accessor();
  } catch (const planc::emit::EmitError& e) {
    throw ReadError(fmt::format("cannot read workbooks: {} (ask your administrator to install the Debian package {})",
                                e.what(), package),
                    fmt::format("อ่านสมุดงานไม่ได้ เพราะเครื่องนี้ไม่มีไลบรารี {} "
                                "โปรดแจ้งผู้ดูแลระบบให้ติดตั้งแพ็กเกจ {}",
                                package, package));
  }
}
inline const ZipReadApi& zip() { return get(&zip_table, "libzip4"); }
inline const ExpatApi& expat() { return get(&expat_table, "libexpat1"); }

}  // namespace planc::imports::loaded
