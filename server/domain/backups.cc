#include "backups.h"

#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include "paging.h"
#include "resource.h"
#include "status_macros.h"
#include "validation.h"

namespace vaktbro::domain {

std::string DefaultBackupDir(std::string_view data_dir) {
  std::filesystem::path path = std::filesystem::path(data_dir).lexically_normal();
  // "data/" normalises to "data/", whose file name is empty.
  if (!path.has_filename() && path.has_parent_path()) path = path.parent_path();
  // "." and ".." name no directory of their own: spell out the real one, so
  // that the backups do not land inside the store.
  if (path.filename() == "." || path.filename() == "..") {
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    if (!ec) path = absolute.lexically_normal().parent_path();
  }
  return path.string() + "-backups";
}

v1::Backup Backups::ToProto(const storage::BackupInfo& info) const {
  v1::Backup backup;
  backup.set_name(MakeName(kBackups, std::to_string(info.id)));
  backup.set_id(info.id);
  backup.mutable_create_time()->set_seconds(info.timestamp_unix);
  backup.set_size_bytes(info.size_bytes);
  backup.set_file_count(info.file_count);
  backup.set_backup_dir(backup_dir_);
  return backup;
}

absl::StatusOr<v1::Backup> Backups::CreateBackup(const v1::CreateBackupRequest& r) {
  RETURN_IF_ERROR(CheckRequestId(r.request_id()));
  ASSIGN_OR_RETURN(const storage::BackupInfo info, store_->CreateBackup(backup_dir_));
  return ToProto(info);
}

// The page token is the cursor of the last backup listed, with its id as
// `start`; the next page holds the backups with a larger id.
absl::StatusOr<v1::ListBackupsResponse> Backups::ListBackups(const v1::ListBackupsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor after, DecodePageToken(r.page_token()));
  ASSIGN_OR_RETURN(std::vector<storage::BackupInfo> all, storage::ListBackups(backup_dir_));
  std::vector<storage::BackupInfo> page;
  for (const storage::BackupInfo& info : all) {
    if (!after.id.empty() && info.id <= after.start) continue;
    page.push_back(info);
    if (static_cast<int>(page.size()) > page_size) break;
  }
  v1::ListBackupsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const storage::BackupInfo& info) {
    return storage::Cursor{.start = info.id, .id = std::to_string(info.id)};
  }));
  for (const storage::BackupInfo& info : page) *response.add_backups() = ToProto(info);
  return response;
}

}  // namespace vaktbro::domain
