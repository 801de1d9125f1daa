// Online backups of the server's store, for AdminService: each backup goes
// into the one backup directory the server was started with, never a path a
// caller names. The storage layer does the work (Store::CreateBackup,
// storage::ListBackups); this turns its results into vaktbro.v1.Backup and
// pages the list.
//
// Thread-safe: the store runs one backup at a time, and a call made while a
// backup runs waits for it.
#ifndef VAKTBRO_SERVER_DOMAIN_BACKUPS_H_
#define VAKTBRO_SERVER_DOMAIN_BACKUPS_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "store.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::domain {

inline constexpr std::string_view kBackups = "backups";

// The backup directory of a store in `data_dir` when none is configured: a
// sibling, "<data-dir>-backups" ("data/" -> "data-backups").
std::string DefaultBackupDir(std::string_view data_dir);

class Backups {
 public:
  // REQUIRES: store outlives the Backups.
  Backups(storage::Store* store, std::string backup_dir)
      : store_(store), backup_dir_(std::move(backup_dir)) {}
  Backups(const Backups&) = delete;
  Backups& operator=(const Backups&) = delete;

  const std::string& backup_dir() const { return backup_dir_; }

  // A new, verified backup (see AdminService.CreateBackup). INVALID_ARGUMENT
  // "request_id: ..." for a malformed request id; otherwise the store's
  // errors (UNAVAILABLE, DATA_LOSS, ...).
  absl::StatusOr<v1::Backup> CreateBackup(const v1::CreateBackupRequest& r);
  // The backups, oldest first, paged. INVALID_ARGUMENT for a bad page_size
  // or page_token.
  absl::StatusOr<v1::ListBackupsResponse> ListBackups(const v1::ListBackupsRequest& r);

 private:
  v1::Backup ToProto(const storage::BackupInfo& info) const;

  storage::Store* const store_;
  const std::string backup_dir_;
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_BACKUPS_H_
