// The schema version recorded in a store, and the column families a store
// is opened with.
#ifndef VAKTBRO_STORAGE_SCHEMA_H_
#define VAKTBRO_STORAGE_SCHEMA_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "rocksdb/db.h"

namespace vaktbro::storage {

// The key of the schema version in the meta column family. The value is the
// version in decimal ASCII ("1").
inline constexpr std::string_view kSchemaVersionKey = "schema_version";

// The descriptors to open the store in `dir` with: the default column family
// first, then the vaktbro column families in Cf order (so the handle of cf is
// handles[1 + int(cf)]), then any other column family the store already has,
// so that a store written by a newer schema still opens far enough to be
// refused with a clear message.
std::vector<rocksdb::ColumnFamilyDescriptor> ColumnFamiliesToOpen(
    const std::string& dir, const rocksdb::ColumnFamilyOptions& cf_options);

// The recorded version. NOT_FOUND when none is recorded (a store being
// created); INTERNAL when the value is not a positive number.
absl::StatusOr<int> ReadSchemaVersion(rocksdb::DB* db,
                                      rocksdb::ColumnFamilyHandle* meta);

// Records `version`, syncing the WAL.
absl::Status WriteSchemaVersion(rocksdb::DB* db,
                                rocksdb::ColumnFamilyHandle* meta, int version);

// OK when this build reads a store of `version`; otherwise
// FAILED_PRECONDITION: "store at DIR was written by schema version V; this
// vaktbro reads up to 1; upgrade vaktbro".
absl::Status CheckSchemaVersion(std::string_view dir, int version);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_SCHEMA_H_
