#include "names.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_format.h"
#include "absl_compat.h"
#include "store.h"

namespace vaktbro::storage {

std::string_view IdOf(std::string_view name) {
  const size_t slash = name.find('/');
  if (slash == std::string_view::npos || slash == 0 ||
      slash + 1 == name.size() ||
      name.find('/', slash + 1) != std::string_view::npos) {
    return {};
  }
  return name.substr(slash + 1);
}

absl::Status CheckId(std::string_view collection, std::string_view id) {
  if (id.empty() || id.find('/') != std::string_view::npos ||
      id.find('\0') != std::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrFormat("invalid %s id \"%s\"", AsAbsl(collection),
                        absl::CHexEscape(AsAbsl(id))));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string_view> ParseName(std::string_view name,
                                           std::string_view collection,
                                           std::string_view field) {
  const std::string_view id = IdOf(name);
  if (id.empty() || name.substr(0, name.size() - id.size() - 1) != collection ||
      !CheckId(collection, id).ok()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s \"%s\" is not a name of the form %s/{id}", AsAbsl(field),
        absl::CHexEscape(AsAbsl(name)), AsAbsl(collection)));
  }
  return id;
}

absl::StatusOr<std::string_view> ParseOptionalName(std::string_view name,
                                                   std::string_view collection,
                                                   std::string_view field) {
  if (name.empty()) return std::string_view();
  return ParseName(name, collection, field);
}

}  // namespace vaktbro::storage
