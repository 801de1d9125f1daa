// The audit trail: who read or changed whose data, when, through which call.
//
// Changes: AuditTrail is the store's AuditHook, so every commit that writes
// records gets its audit record in the same RocksDB write (the caller comes
// from CurrentCaller(): the RPC's account, or "system"). Reads: the gate
// calls RecordRead() before a reply that names people leaves the server; if
// the record cannot be written, the reply is not sent.
//
// Audit ids sort newest first ("auditRecords/{inverted time}{random}"), so a
// plain scan of the collection or of a person's index lists the newest
// records first. No RPC can write or delete a record; Sweep() removes those
// older than the retention setting.
#ifndef VAKTBRO_SERVER_AUTH_AUDIT_H_
#define VAKTBRO_SERVER_AUTH_AUDIT_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "call_context.h"
#include "resource.h"
#include "store.h"
#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::auth {

// A new audit record id for a record made at `now`; ids made later sort
// first. Thread-safe.
std::string NewAuditId(absl::Time now);

// An audit record of `caller` doing `action` now (name, time, who, method).
v1::AuditRecord MakeAuditRecord(const Caller& caller, v1::AuditRecord::Action action,
                                const domain::Clock& clock);

class AuditTrail final : public storage::AuditHook {
 public:
  // REQUIRES: store and clock outlive this object.
  AuditTrail(storage::Store* store, const domain::Clock* clock) : store_(store), clock_(clock) {}

  std::optional<v1::AuditRecord> AuditRecordFor(
      const std::vector<storage::WrittenRecord>& written) override;

  // Records that `caller` read the data of `people` ("people/{id}"), in a
  // transaction of its own. Does nothing for an empty list.
  absl::Status RecordRead(const Caller& caller, const std::vector<std::string>& people);
  // Records a refused call (PERMISSION_DENIED) naming the people it aimed at.
  absl::Status RecordDenied(const Caller& caller, const std::vector<std::string>& people);

  absl::StatusOr<v1::ListAuditRecordsResponse> List(const v1::ListAuditRecordsRequest& request) const;

  // Deletes the records older than `retention`. Returns how many.
  absl::StatusOr<int> Sweep(absl::Duration retention);

 private:
  absl::Status Record(const Caller& caller, v1::AuditRecord::Action action,
                      const std::vector<std::string>& people);

  storage::Store* const store_;
  const domain::Clock* const clock_;
};

}  // namespace vaktbro::auth

#endif  // VAKTBRO_SERVER_AUTH_AUDIT_H_
