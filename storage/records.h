// Value encoding: which column family holds each record type, and how
// values are serialized.
//
// A record value is the record's protobuf wire encoding. An idempotency
// value is  fixed32-little-endian(len(fingerprint)) fingerprint reply.
#ifndef VAKTBRO_STORAGE_RECORDS_H_
#define VAKTBRO_STORAGE_RECORDS_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl_compat.h"
#include "column_families.h"
#include "store.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/agreements.pb.h"
#include "vaktbro/v1/auth.pb.h"
#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::storage {

// RecordTraits<R>::kCf is the column family of R; kNameField names R's name
// field in error messages.
template <typename R>
struct RecordTraits;

#define VAKTBRO_STORAGE_RECORD(Type, cf)                          \
  template <>                                                     \
  struct RecordTraits<v1::Type> {                                 \
    static constexpr Cf kCf = cf;                                 \
    static constexpr std::string_view kNameField = #Type ".name"; \
  }
VAKTBRO_STORAGE_RECORD(Organisation, Cf::kOrganisations);
VAKTBRO_STORAGE_RECORD(Partnership, Cf::kPartnerships);
VAKTBRO_STORAGE_RECORD(Unit, Cf::kUnits);
VAKTBRO_STORAGE_RECORD(Person, Cf::kPeople);
VAKTBRO_STORAGE_RECORD(Position, Cf::kPositions);
VAKTBRO_STORAGE_RECORD(Availability, Cf::kAvailabilities);
VAKTBRO_STORAGE_RECORD(Shift, Cf::kShifts);
VAKTBRO_STORAGE_RECORD(Assignment, Cf::kAssignments);
VAKTBRO_STORAGE_RECORD(AgencyBooking, Cf::kAgencyBookings);
VAKTBRO_STORAGE_RECORD(PlannedShift, Cf::kPlannedShifts);
VAKTBRO_STORAGE_RECORD(Proposal, Cf::kProposals);
VAKTBRO_STORAGE_RECORD(Cascade, Cf::kCascades);
VAKTBRO_STORAGE_RECORD(InternalFill, Cf::kInternalFills);
VAKTBRO_STORAGE_RECORD(AgencySettings, Cf::kAgencySettings);
VAKTBRO_STORAGE_RECORD(AccountRecord, Cf::kAccounts);
VAKTBRO_STORAGE_RECORD(Session, Cf::kSessions);
VAKTBRO_STORAGE_RECORD(AuditRecord, Cf::kAuditRecords);
VAKTBRO_STORAGE_RECORD(Agreement, Cf::kAgreements);
VAKTBRO_STORAGE_RECORD(SecondaryWorkNotice, Cf::kNotices);
#undef VAKTBRO_STORAGE_RECORD

// Parses the stored value of record `id`. INTERNAL when it does not parse.
template <typename R>
absl::StatusOr<R> ParseRecord(std::string_view value, std::string_view id) {
  R r;
  if (!r.ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return absl::InternalError(absl::StrCat(
        "stored record ", AsAbsl(CollectionOf(RecordTraits<R>::kCf)), "/",
        AsAbsl(id), " does not parse"));
  }
  return r;
}

std::string EncodeRequestRecord(const RequestRecord& record);
// INTERNAL when `value` is not an encoded RequestRecord.
absl::StatusOr<RequestRecord> DecodeRequestRecord(std::string_view value);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_RECORDS_H_
