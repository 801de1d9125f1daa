// Cat(): string concatenation for messages.
//
// Debian's Abseil is built with its own absl::string_view, which does not
// take std::string_view, so absl::StrCat cannot be given our string_views.
// Cat() takes both string_views, strings, C strings and numbers.
#ifndef VAKTBRO_SERVER_DOMAIN_TEXT_H_
#define VAKTBRO_SERVER_DOMAIN_TEXT_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

#include "absl/strings/string_view.h"

namespace vaktbro::domain {
namespace text_internal {

inline void Append(std::string& out, std::string_view s) { out.append(s); }
inline void Append(std::string& out, absl::string_view s) { out.append(s.data(), s.size()); }
inline void Append(std::string& out, const char* s) { out.append(s); }
inline void Append(std::string& out, const std::string& s) { out.append(s); }
template <typename T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>)
void Append(std::string& out, T v) {
  out.append(std::to_string(v));
}
inline void Append(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  out.append(buf);
}

}  // namespace text_internal

template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (text_internal::Append(out, args), ...);
  return out;
}

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_TEXT_H_
