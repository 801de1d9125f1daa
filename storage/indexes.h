// The secondary index entries of each record.
//
// A record's entries are a pure function of the record, so a Put can compute
// the entries of the previous version and of the new one and write only the
// difference (txn_rocksdb.cc). Index values are empty: a scan reads the id
// from the key and fetches the record.
#ifndef VAKTBRO_STORAGE_INDEXES_H_
#define VAKTBRO_STORAGE_INDEXES_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/agreements.pb.h"
#include "vaktbro/v1/auth.pb.h"
#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::storage {

// The keys (in the indexes column family) of the index entries of the record
// with id `id`, sorted and without duplicates. INVALID_ARGUMENT naming the
// field when a reference (e.g. Shift.unit) is set but is not a name of the
// right collection. Empty references get no entry.
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Organisation& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Partnership& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Unit& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Person& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Position& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Availability& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Shift& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Assignment& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::AgencyBooking& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::PlannedShift& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Proposal& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Cascade& r,
                                                     std::string_view id);
// Internal fills and agency settings have no index entries.
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::InternalFill& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(
    const v1::AgencySettings& r, std::string_view id);
// Accounts and sessions have none; an audit record one per person it names;
// an agreement one for its person and one per employer; a notice one for
// its agreement.
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::AccountRecord& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Session& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::AuditRecord& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(const v1::Agreement& r,
                                                     std::string_view id);
absl::StatusOr<std::vector<std::string>> IndexKeysOf(
    const v1::SecondaryWorkNotice& r, std::string_view id);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_INDEXES_H_
