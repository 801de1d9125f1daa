#include "rocksdb_status.h"

#include "absl/strings/str_cat.h"
#include "absl_compat.h"

namespace vaktbro::storage {

absl::Status FromRocksDb(const rocksdb::Status& s, std::string_view what) {
  if (s.ok()) return absl::OkStatus();
  if (s.IsNotFound())
    return absl::NotFoundError(absl::StrCat(AsAbsl(what), " not found"));
  if (s.IsBusy() || s.IsTimedOut() || s.IsTryAgain() || s.IsExpired()) {
    return absl::AbortedError(absl::StrCat(
        "lock conflict, retry (", AsAbsl(what), ": ", s.ToString(), ")"));
  }
  if (s.IsIOError() || s.IsShutdownInProgress()) {
    return absl::UnavailableError(absl::StrCat(
        "store unavailable (", AsAbsl(what), ": ", s.ToString(), ")"));
  }
  return absl::InternalError(absl::StrCat(AsAbsl(what), ": ", s.ToString()));
}

}  // namespace vaktbro::storage
