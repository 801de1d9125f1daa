// Test-only hooks into a store's on-disk state. Not for production code:
// link vaktbro_storage_testing only into tests.
#ifndef VAKTBRO_STORAGE_TESTING_H_
#define VAKTBRO_STORAGE_TESTING_H_

#include <string>

#include "absl/status/status.h"

namespace vaktbro::storage {

// Overwrites the schema version recorded in the store in `dir`, as a newer
// (or older) vaktbro would have written it.
// REQUIRES: no Store has `dir` open.
absl::Status SetRecordedSchemaVersionForTesting(const std::string& dir,
                                                int version);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_TESTING_H_
