#include "schema.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl_compat.h"
#include "column_families.h"
#include "rocksdb_status.h"
#include "store.h"

namespace vaktbro::storage {

std::vector<rocksdb::ColumnFamilyDescriptor> ColumnFamiliesToOpen(
    const std::string& dir, const rocksdb::ColumnFamilyOptions& cf_options) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, cf_options);
  for (const CfSpec& spec : kColumnFamilies) {
    descriptors.emplace_back(std::string(spec.cf_name), cf_options);
  }
  // Fails for a store that does not exist yet; it has no extra families.
  std::vector<std::string> existing;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &existing)
           .ok()) {
    return descriptors;
  }
  for (const std::string& name : existing) {
    const bool known =
        std::any_of(descriptors.begin(), descriptors.end(),
                    [&](const auto& d) { return d.name == name; });
    if (!known) descriptors.emplace_back(name, cf_options);
  }
  return descriptors;
}

absl::StatusOr<int> ReadSchemaVersion(rocksdb::DB* db,
                                      rocksdb::ColumnFamilyHandle* meta) {
  std::string value;
  rocksdb::Status s = db->Get(
      rocksdb::ReadOptions(), meta,
      rocksdb::Slice(kSchemaVersionKey.data(), kSchemaVersionKey.size()),
      &value);
  if (!s.ok()) return FromRocksDb(s, "meta/schema_version");
  int version = 0;
  if (!absl::SimpleAtoi(value, &version) || version < 1) {
    return absl::InternalError(
        absl::StrCat("unreadable schema version \"", value, "\" in meta"));
  }
  return version;
}

absl::Status WriteSchemaVersion(rocksdb::DB* db,
                                rocksdb::ColumnFamilyHandle* meta,
                                int version) {
  rocksdb::WriteOptions write;
  write.sync = true;
  const std::string value = absl::StrCat(version);
  return FromRocksDb(db->Put(write, meta,
                             rocksdb::Slice(kSchemaVersionKey.data(),
                                            kSchemaVersionKey.size()),
                             value),
                     "meta/schema_version");
}

absl::Status CheckSchemaVersion(std::string_view dir, int version) {
  if (version <= kSchemaVersion) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "store at ", AsAbsl(dir), " was written by schema version ", version,
      "; this vaktbro reads up to ", kSchemaVersion, "; upgrade vaktbro"));
}

}  // namespace vaktbro::storage
