// The internal-fill ledger inside the shift book's transactions: when an
// assignment becomes ACCEPTED (AcceptOffer or AssignShift), the booking's
// transaction also writes the fill's ledger entry, so the ledger holds a
// fill exactly when the booking committed.
//
// Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_AGENCY_LEDGER_H_
#define VAKTBRO_SERVER_DOMAIN_AGENCY_LEDGER_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "store.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::domain {

// The ledger entry of `a` (just ACCEPTED on `shift`), priced with the
// built-in rate cards: "internalFills/{assignment id}", its channel from
// the position's kind and employer. Reads the position in `txn`.
absl::StatusOr<v1::InternalFill> MakeInternalFill(
    storage::Txn& txn, const v1::Shift& shift, const v1::Assignment& a,
    const google::protobuf::Timestamp& now);

// Writes MakeInternalFill's entry in `txn`. REQUIRES: `a` is ACCEPTED and
// `txn` holds the locks of the booking (the entry's key is locked after the
// assignment's, see storage/DESIGN.md).
absl::Status RecordInternalFill(storage::Txn& txn, const v1::Shift& shift,
                                const v1::Assignment& a,
                                const google::protobuf::Timestamp& now);

// Whether a fill counts: imported history always; a booked one while its
// assignment is ACCEPTED or WORKED (a withdrawn assignment or a cancelled
// shift undoes the fill).
bool FillStands(const v1::InternalFill& fill,
                v1::Assignment::State assignment_state);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGENCY_LEDGER_H_
