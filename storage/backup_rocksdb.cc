// Backups with RocksDB's BackupEngine: CreateBackupOf (backup_rocksdb.h),
// ListBackups and RestoreBackup (store.h).
//
// A backup directory is BackupEngine's own layout: meta/<id> describes each
// backup (its files with their sizes and crc32c checksums), shared_checksum/
// holds table files shared by the backups that contain them, private/<id>/
// the rest of one backup (MANIFEST, CURRENT, OPTIONS, the write-ahead log).
#include "backup_rocksdb.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/str_cat.h"
#include "rocksdb/env.h"
#include "rocksdb/utilities/backup_engine.h"
#include "rocksdb_status.h"

namespace vaktbro::storage {
namespace {

namespace fs = std::filesystem;

rocksdb::BackupEngineOptions EngineOptions(const std::string& backup_dir) {
  rocksdb::BackupEngineOptions options(backup_dir);
  // RocksDB's defaults, spelt out because the guarantees of store.h rest on
  // them: table files shared among backups and named by content (so a
  // second backup copies only new files), every file synced.
  options.share_table_files = true;
  options.share_files_with_checksum = true;
  options.sync = true;
  return options;
}

absl::StatusOr<std::unique_ptr<rocksdb::BackupEngine>> OpenEngine(
    const std::string& backup_dir) {
  rocksdb::BackupEngine* engine = nullptr;
  const rocksdb::IOStatus s = rocksdb::BackupEngine::Open(
      EngineOptions(backup_dir), rocksdb::Env::Default(), &engine);
  if (!s.ok()) {
    return FromRocksDb(s,
                       absl::StrCat("opening backup directory ", backup_dir));
  }
  return std::unique_ptr<rocksdb::BackupEngine>(engine);
}

absl::StatusOr<std::unique_ptr<rocksdb::BackupEngineReadOnly>>
OpenReadOnlyEngine(const std::string& backup_dir) {
  rocksdb::BackupEngineReadOnly* engine = nullptr;
  const rocksdb::IOStatus s = rocksdb::BackupEngineReadOnly::Open(
      EngineOptions(backup_dir), rocksdb::Env::Default(), &engine);
  if (!s.ok()) {
    return FromRocksDb(s,
                       absl::StrCat("opening backup directory ", backup_dir));
  }
  return std::unique_ptr<rocksdb::BackupEngineReadOnly>(engine);
}

BackupInfo ToBackupInfo(const rocksdb::BackupInfo& info) {
  return {.id = info.backup_id,
          .timestamp_unix = info.timestamp,
          .size_bytes = info.size,
          .file_count = info.number_files};
}

// Reads every file of backup `id` and compares its size and crc32c with the
// ones recorded when it was copied. A mismatch or a missing file is
// DATA_LOSS naming the backup and, in RocksDB's text, the file.
absl::Status Verify(const rocksdb::BackupEngineReadOnlyBase& engine,
                    uint32_t id, const std::string& backup_dir) {
  const rocksdb::IOStatus s =
      engine.VerifyBackup(id, /*verify_with_checksum=*/true);
  if (s.ok()) return absl::OkStatus();
  if (s.IsCorruption() || s.IsNotFound()) {
    return absl::DataLossError(absl::StrCat(
        "backup ", id, " in ", backup_dir,
        " failed verification and cannot be restored: ", s.ToString()));
  }
  return FromRocksDb(s,
                     absl::StrCat("verifying backup ", id, " in ", backup_dir));
}

// Whether `path` is `dir` or inside it, once both are made absolute with
// symbolic links and ".." resolved as far as they exist.
bool IsWithin(const std::string& path, const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(path, ec);
  if (ec) return false;
  fs::path d = fs::weakly_canonical(dir, ec);
  if (ec) return false;
  const fs::path relative = p.lexically_relative(d);
  return !relative.empty() && *relative.begin() != "..";
}

// What RestoreBackup found at its target before it began.
enum class Target { kMissing, kEmptyDirectory };

absl::StatusOr<Target> CheckTarget(const std::string& data_dir) {
  std::error_code ec;
  const fs::file_status status = fs::status(data_dir, ec);
  if (status.type() == fs::file_type::not_found) return Target::kMissing;
  if (ec) {
    return absl::UnavailableError(
        absl::StrCat("cannot inspect ", data_dir, ": ", ec.message()));
  }
  if (!fs::is_directory(status)) {
    return absl::FailedPreconditionError(
        absl::StrCat(data_dir,
                     " exists and is not a directory; restore into a new or "
                     "empty directory"));
  }
  const bool empty = fs::is_empty(data_dir, ec);
  if (ec) {
    return absl::UnavailableError(
        absl::StrCat("cannot list ", data_dir, ": ", ec.message()));
  }
  if (!empty) {
    return absl::FailedPreconditionError(
        absl::StrCat(data_dir,
                     " is not empty; a restore never overwrites a store: "
                     "restore into a new or empty directory"));
  }
  return Target::kEmptyDirectory;
}

// Puts `data_dir` back as CheckTarget found it. Best effort: it runs after
// another error, which is the one reported.
void Undo(const std::string& data_dir, Target before) {
  std::error_code ec;
  if (before == Target::kMissing) {
    fs::remove_all(data_dir, ec);
    return;
  }
  for (const fs::directory_entry& entry : fs::directory_iterator(data_dir, ec))
    fs::remove_all(entry.path(), ec);
}

// The backup `id`, or the newest one. NOT_FOUND when there is none.
absl::StatusOr<BackupInfo> FindBackup(
    const rocksdb::BackupEngineReadOnly& engine, const std::string& backup_dir,
    std::optional<uint32_t> id) {
  rocksdb::BackupInfo info;
  const rocksdb::Status s = id.has_value() ? engine.GetBackupInfo(*id, &info)
                                           : engine.GetLatestBackupInfo(&info);
  if (s.ok()) return ToBackupInfo(info);
  const std::string which =
      id.has_value() ? absl::StrCat("backup ", *id) : "any backup";
  if (s.IsNotFound()) {
    return absl::NotFoundError(absl::StrCat("no ", which, " in ", backup_dir));
  }
  if (s.IsCorruption()) {
    return absl::DataLossError(absl::StrCat(
        which, " in ", backup_dir,
        " cannot be restored: its description is damaged: ", s.ToString()));
  }
  return FromRocksDb(s, absl::StrCat("reading ", which, " in ", backup_dir));
}

// Copies backup `id` into `data_dir` and opens the result once.
absl::Status RestoreInto(const rocksdb::BackupEngineReadOnly& engine,
                         uint32_t id, const std::string& backup_dir,
                         const std::string& data_dir) {
  std::error_code ec;
  fs::create_directories(data_dir, ec);
  if (ec) {
    return absl::UnavailableError(
        absl::StrCat("cannot create ", data_dir, ": ", ec.message()));
  }
  const rocksdb::IOStatus s = engine.RestoreDBFromBackup(
      rocksdb::RestoreOptions(), id, data_dir, /*wal_dir=*/data_dir);
  if (s.IsCorruption()) {
    return absl::DataLossError(absl::StrCat("backup ", id, " in ", backup_dir,
                                            " is damaged: ", s.ToString()));
  }
  if (!s.ok()) {
    return FromRocksDb(s, absl::StrCat("restoring backup ", id, " from ",
                                       backup_dir, " into ", data_dir));
  }
  StoreOptions options;
  options.create_if_missing = false;
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(data_dir, options);
  if (!store.ok()) {
    return absl::Status(
        store.status().code(),
        absl::StrCat("the store restored from backup ", id,
                     " does not open: ", store.status().message()));
  }
  return absl::OkStatus();  // closes the store
}

}  // namespace

absl::StatusOr<BackupInfo> CreateBackupOf(rocksdb::DB* db,
                                          const std::string& db_dir,
                                          const std::string& backup_dir) {
  if (backup_dir.empty()) {
    return absl::InvalidArgumentError("no backup directory given");
  }
  if (IsWithin(backup_dir, db_dir)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "backup directory ", backup_dir, " is inside the store at ", db_dir,
        "; backups belong outside the store's directory"));
  }
  std::error_code ec;
  fs::create_directories(backup_dir, ec);
  if (ec) {
    return absl::UnavailableError(absl::StrCat(
        "cannot create backup directory ", backup_dir, ": ", ec.message()));
  }
  absl::StatusOr<std::unique_ptr<rocksdb::BackupEngine>> engine =
      OpenEngine(backup_dir);
  if (!engine.ok()) return engine.status();

  rocksdb::CreateBackupOptions options;
  // Flush the memtables first, so the table files hold every commit made
  // before the call; what is committed after the flush is in the copied
  // write-ahead log, up to the moment its length was taken.
  options.flush_before_backup = true;
  rocksdb::BackupID id = 0;
  const rocksdb::IOStatus created =
      (*engine)->CreateNewBackup(options, db, &id);
  if (!created.ok()) {
    return FromRocksDb(created, absl::StrCat("backup of the store at ", db_dir,
                                             " into ", backup_dir));
  }
  if (absl::Status s = Verify(**engine, id, backup_dir); !s.ok()) return s;
  rocksdb::BackupInfo info;
  const rocksdb::Status got = (*engine)->GetBackupInfo(id, &info);
  if (!got.ok()) {
    return FromRocksDb(got, absl::StrCat("backup ", id, " in ", backup_dir));
  }
  return ToBackupInfo(info);
}

absl::StatusOr<std::vector<BackupInfo>> ListBackups(
    const std::string& backup_dir) {
  std::error_code ec;
  if (!fs::exists(backup_dir, ec)) {
    if (ec) {
      return absl::UnavailableError(
          absl::StrCat("cannot inspect ", backup_dir, ": ", ec.message()));
    }
    return std::vector<BackupInfo>();
  }
  absl::StatusOr<std::unique_ptr<rocksdb::BackupEngineReadOnly>> engine =
      OpenReadOnlyEngine(backup_dir);
  if (!engine.ok()) return engine.status();
  std::vector<rocksdb::BackupInfo> infos;
  (*engine)->GetBackupInfo(&infos);  // ordered by id
  std::vector<BackupInfo> backups;
  for (const rocksdb::BackupInfo& info : infos)
    backups.push_back(ToBackupInfo(info));
  return backups;
}

absl::StatusOr<BackupInfo> RestoreBackup(const std::string& backup_dir,
                                         const std::string& data_dir,
                                         std::optional<uint32_t> backup_id) {
  absl::StatusOr<Target> target = CheckTarget(data_dir);
  if (!target.ok()) return target.status();
  std::error_code ec;
  if (!fs::is_directory(backup_dir, ec)) {
    return absl::NotFoundError(
        absl::StrCat("no backup directory at ", backup_dir));
  }
  absl::StatusOr<std::unique_ptr<rocksdb::BackupEngineReadOnly>> engine =
      OpenReadOnlyEngine(backup_dir);
  if (!engine.ok()) return engine.status();
  absl::StatusOr<BackupInfo> info = FindBackup(**engine, backup_dir, backup_id);
  if (!info.ok()) return info.status();
  if (absl::Status s = Verify(**engine, info->id, backup_dir); !s.ok()) {
    return s;
  }
  if (absl::Status s = RestoreInto(**engine, info->id, backup_dir, data_dir);
      !s.ok()) {
    Undo(data_dir, *target);
    return s;
  }
  return info;
}

}  // namespace vaktbro::storage
