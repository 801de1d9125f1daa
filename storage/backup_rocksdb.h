// Backups of a store with RocksDB's BackupEngine: the part of
// Store::CreateBackup that needs the open database. ListBackups and
// RestoreBackup (store.h) live beside it in backup_rocksdb.cc.
//
// Internal to storage/: callers see only store.h.
#ifndef VAKTBRO_STORAGE_BACKUP_ROCKSDB_H_
#define VAKTBRO_STORAGE_BACKUP_ROCKSDB_H_

#include <string>

#include "absl/status/statusor.h"
#include "rocksdb/db.h"
#include "store.h"

namespace vaktbro::storage {

// Makes and verifies a new backup of `db`, the store open in `db_dir`, in
// `backup_dir`, as Store::CreateBackup describes.
// REQUIRES: no other backup into `backup_dir` runs at the same time (two
// BackupEngines appending to one directory may damage it).
absl::StatusOr<BackupInfo> CreateBackupOf(rocksdb::DB* db,
                                          const std::string& db_dir,
                                          const std::string& backup_dir);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_BACKUP_ROCKSDB_H_
