// Bridges std::string_view (the type of store.h) to Abseil's string
// functions: this Abseil build does not make absl::string_view an alias of
// std::string_view, and neither converts to the other.
#ifndef VAKTBRO_STORAGE_ABSL_COMPAT_H_
#define VAKTBRO_STORAGE_ABSL_COMPAT_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace vaktbro::storage {

inline absl::string_view AsAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_ABSL_COMPAT_H_
