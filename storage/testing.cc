#include "testing.h"

#include <memory>
#include <vector>

#include "column_families.h"
#include "rocksdb/db.h"
#include "rocksdb_options.h"
#include "rocksdb_status.h"
#include "schema.h"

namespace vaktbro::storage {

absl::Status SetRecordedSchemaVersionForTesting(const std::string& dir,
                                                int version) {
  StoreOptions options;
  options.create_if_missing = false;
  const std::vector<rocksdb::ColumnFamilyDescriptor> descriptors =
      ColumnFamiliesToOpen(dir, MakeColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(MakeDbOptions(options), dir,
                                        descriptors, &handles, &raw);
  if (!s.ok()) return FromRocksDb(s, dir);
  std::unique_ptr<rocksdb::DB> db(raw);
  absl::Status result = WriteSchemaVersion(
      db.get(), handles[1 + static_cast<int>(Cf::kMeta)], version);
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  return result;
}

}  // namespace vaktbro::storage
