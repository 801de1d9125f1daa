// What happens to the rest of the exchange when an agreement becomes active
// or ends: the §19 notice and the positions it implies at both employers.
// Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_AGREEMENT_ACTIVATION_H_
#define VAKTBRO_SERVER_DOMAIN_AGREEMENT_ACTIVATION_H_

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "google/protobuf/timestamp.pb.h"
#include "store.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::domain {

// In `txn`, for `a` (fully signed, becoming ACTIVE, locked by the caller):
// writes the notice "notices/{agreement id}" (INTERNAL if one exists: a
// notice is produced exactly once), links the person's MAIN position at the
// main employer valid on the start date or creates one, creates the
// SECONDARY position at the secondary employer with the agreement's terms,
// and records notice, positions, activate_time and any over-100 % warning
// on `a`. Does not Put `a`.
absl::Status Activate(storage::Txn& txn, v1::Agreement& a, const google::protobuf::Timestamp& now);

// In `txn`: the positions the agreement created end on `last_day`.
absl::Status EndPositions(storage::Txn& txn, const v1::Agreement& a, absl::CivilDay last_day,
                          const google::protobuf::Timestamp& now);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGREEMENT_ACTIVATION_H_
