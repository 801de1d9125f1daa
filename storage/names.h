// Resource names and ids as the store accepts them.
//
// A storage id is a non-empty string without '/' and without NUL; NUL is the
// separator of index keys (see keys.h), so an id with one could not be
// indexed. Ids are chosen by the server, so these checks only catch bugs and
// hostile ids that reach a Get.
#ifndef VAKTBRO_STORAGE_NAMES_H_
#define VAKTBRO_STORAGE_NAMES_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace vaktbro::storage {

// OK when `id` is a valid storage id; otherwise INVALID_ARGUMENT naming the
// collection, e.g. `invalid shifts id ""`.
absl::Status CheckId(std::string_view collection, std::string_view id);

// The id of `name`, which must be "<collection>/<id>" with a valid id.
// INVALID_ARGUMENT naming `field` (e.g. "Shift.name") otherwise. The result
// points into `name`.
absl::StatusOr<std::string_view> ParseName(std::string_view name,
                                           std::string_view collection,
                                           std::string_view field);

// Like ParseName for an optional reference: an empty `name` gives an empty
// id, which callers take as "no reference".
absl::StatusOr<std::string_view> ParseOptionalName(std::string_view name,
                                                   std::string_view collection,
                                                   std::string_view field);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_NAMES_H_
