// backup, backups and restore. The first two ask the server; restore works
// on the files alone, with the server stopped, through the storage library.
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "commands.h"
#include "local_time.h"
#include "store.h"
#include "table.h"

namespace vaktbro::ctl {
namespace {

// "812 B", "14.2 KiB", "3.1 MiB", "1.0 GiB".
std::string FormatBytes(uint64_t bytes) {
  constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return absl::StrCat(bytes, " B");
  double value = static_cast<double>(bytes) / 1024;
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  return absl::StrFormat("%.1f %s", value, kUnits[unit]);
}

// "2026-03-01 14:03:12", Oslo time.
std::string FormatWhen(int64_t unix_seconds) {
  return absl::FormatTime("%Y-%m-%d %H:%M:%S",
                          absl::FromUnixSeconds(unix_seconds), OsloZone());
}

TextTable BackupTable() {
  return TextTable({"BACKUP", "CREATED (OSLO)", "SIZE", "FILES"});
}

void AddRow(TextTable& table, const v1::Backup& b) {
  table.AddRow({absl::StrCat(b.id()), FormatWhen(b.create_time().seconds()),
                FormatBytes(b.size_bytes()), absl::StrCat(b.file_count())});
}

}  // namespace

absl::Status RunBackup(Connection& c, std::ostream& out) {
  v1::CreateBackupRequest request;
  absl::StatusOr<v1::Backup> backup =
      c.Call<v1::Backup>([&](grpc::ClientContext* context, v1::Backup* reply) {
        return c.admin().CreateBackup(context, request, reply);
      });
  if (!backup.ok()) return backup.status();
  TextTable table = BackupTable();
  AddRow(table, *backup);
  table.Print(out);
  out << "Backup " << backup->id() << " is in " << backup->backup_dir()
      << " on the server, verified.\n";
  return absl::OkStatus();
}

absl::Status RunBackupsList(Connection& c, std::ostream& out) {
  TextTable table = BackupTable();
  std::string dir;
  v1::ListBackupsRequest request;
  request.set_page_size(1000);
  while (true) {
    absl::StatusOr<v1::ListBackupsResponse> page =
        c.Call<v1::ListBackupsResponse>(
            [&](grpc::ClientContext* context, v1::ListBackupsResponse* reply) {
              return c.admin().ListBackups(context, request, reply);
            });
    if (!page.ok()) return page.status();
    for (const v1::Backup& b : page->backups()) {
      AddRow(table, b);
      dir = b.backup_dir();
    }
    if (page->next_page_token().empty()) break;
    request.set_page_token(page->next_page_token());
  }
  if (table.size() == 0) {
    out << "No backups yet.\n";
    return absl::OkStatus();
  }
  table.Print(out);
  out << table.size() << (table.size() == 1 ? " backup in " : " backups in ")
      << dir << " on the server.\n";
  return absl::OkStatus();
}

absl::Status RunRestore(const RestoreOptions& options, std::ostream& out) {
  absl::StatusOr<storage::BackupInfo> restored = storage::RestoreBackup(
      options.backup_dir, options.data_dir, options.backup_id);
  if (!restored.ok()) return restored.status();
  out << "Restored backup " << restored->id << " (created "
      << FormatWhen(restored->timestamp_unix) << " Oslo time, "
      << FormatBytes(restored->size_bytes) << " in " << restored->file_count
      << " files) from " << options.backup_dir << " into " << options.data_dir
      << ".\nThe backup was verified and the restored store opens. Start "
         "vaktbro-server with --data-dir "
      << options.data_dir << ".\n";
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
