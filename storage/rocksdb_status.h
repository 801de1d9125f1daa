// The one place that turns a rocksdb::Status into an absl::Status.
#ifndef VAKTBRO_STORAGE_ROCKSDB_STATUS_H_
#define VAKTBRO_STORAGE_ROCKSDB_STATUS_H_

#include <string_view>

#include "absl/status/status.h"
#include "rocksdb/status.h"

namespace vaktbro::storage {

// Maps `s`, an outcome of an operation on `what` (e.g. "shifts/abc" or
// "commit"):
//   OK                                 -> OK
//   NotFound                           -> NOT_FOUND   "<what> not found"
//   Busy, TimedOut, TryAgain, Expired  -> ABORTED     "lock conflict, retry
//   (...)"
//     (Busy includes a detected deadlock)
//   IOError (also NoSpace), ShutdownInProgress
//                                      -> UNAVAILABLE "store unavailable (...)"
//     RocksDB stops writing after a failed write or sync, so an I/O error
//     means the store is read-only until it is reopened.
//   anything else (Corruption...)      -> INTERNAL
absl::Status FromRocksDb(const rocksdb::Status& s, std::string_view what);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_ROCKSDB_STATUS_H_
