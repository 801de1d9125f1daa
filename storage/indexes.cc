#include "indexes.h"

#include <algorithm>

#include "keys.h"
#include "names.h"
#include "store.h"

namespace vaktbro::storage {

namespace {

using Keys = std::vector<std::string>;

// Adds the entry (owner, id) of `index` unless the reference is empty.
absl::Status AddOwned(Keys* keys, Index index, std::string_view ref,
                      std::string_view collection, std::string_view field,
                      std::string_view id) {
  absl::StatusOr<std::string_view> owner =
      ParseOptionalName(ref, collection, field);
  if (!owner.ok()) return owner.status();
  if (!owner->empty())
    keys->push_back(IdEntryKey(IndexPrefix(index, *owner), id));
  return absl::OkStatus();
}

// Adds the entry (owner, start, id) of `index` unless the reference is empty.
absl::Status AddOwnedTimed(Keys* keys, Index index, std::string_view ref,
                           std::string_view collection, std::string_view field,
                           const google::protobuf::Timestamp& start,
                           std::string_view id) {
  absl::StatusOr<std::string_view> owner =
      ParseOptionalName(ref, collection, field);
  if (!owner.ok()) return owner.status();
  if (!owner->empty()) {
    keys->push_back(
        TimedEntryKey(IndexPrefix(index, *owner), ToUnixSeconds(start), id));
  }
  return absl::OkStatus();
}

absl::StatusOr<Keys> Sorted(Keys keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace

absl::StatusOr<Keys> IndexKeysOf(const v1::Organisation&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Partnership& r,
                                 std::string_view id) {
  Keys keys;
  for (const std::string& org : r.organisations()) {
    absl::Status s = AddOwned(&keys, Index::kPartnershipsByOrganisation, org,
                              "organisations", "Partnership.organisations", id);
    if (!s.ok()) return s;
  }
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Unit& r, std::string_view id) {
  Keys keys;
  absl::Status s =
      AddOwned(&keys, Index::kUnitsByOrganisation, r.organisation(),
               "organisations", "Unit.organisation", id);
  if (!s.ok()) return s;
  return keys;
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Person&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Position& r, std::string_view id) {
  Keys keys;
  absl::Status s = AddOwned(&keys, Index::kPositionsByPerson, r.person(),
                            "people", "Position.person", id);
  if (s.ok()) {
    s = AddOwned(&keys, Index::kPositionsByEmployer, r.employer(),
                 "organisations", "Position.employer", id);
  }
  if (!s.ok()) return s;
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Availability& r,
                                 std::string_view id) {
  Keys keys;
  absl::Status s =
      AddOwnedTimed(&keys, Index::kAvailabilitiesByPerson, r.person(), "people",
                    "Availability.person", r.start_time(), id);
  if (!s.ok()) return s;
  return keys;
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Shift& r, std::string_view id) {
  Keys keys = {TimedEntryKey(IndexPrefix(Index::kShiftsByStart),
                             ToUnixSeconds(r.start_time()), id)};
  absl::Status s = AddOwnedTimed(&keys, Index::kShiftsByUnit, r.unit(), "units",
                                 "Shift.unit", r.start_time(), id);
  if (!s.ok()) return s;
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Assignment& r, std::string_view id) {
  Keys keys;
  absl::Status s =
      AddOwnedTimed(&keys, Index::kAssignmentsByPerson, r.person(), "people",
                    "Assignment.person", r.start_time(), id);
  if (s.ok()) {
    s = AddOwned(&keys, Index::kAssignmentsByShift, r.shift(), "shifts",
                 "Assignment.shift", id);
  }
  if (!s.ok()) return s;
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::AgencyBooking&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::PlannedShift& r, std::string_view id) {
  Keys keys;
  absl::Status s =
      AddOwnedTimed(&keys, Index::kPlannedShiftsByPerson, r.person(), "people",
                    "PlannedShift.person", r.start_time(), id);
  if (s.ok()) {
    s = AddOwnedTimed(&keys, Index::kPlannedShiftsByPosition, r.position(),
                      "positions", "PlannedShift.position", r.start_time(), id);
  }
  if (!s.ok()) return s;
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Proposal&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Cascade&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::InternalFill&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::AgencySettings&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::AccountRecord&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Session&, std::string_view) {
  return Keys();
}

absl::StatusOr<Keys> IndexKeysOf(const v1::AuditRecord& r, std::string_view id) {
  Keys keys;
  for (const std::string& person : r.people()) {
    absl::Status s = AddOwned(&keys, Index::kAuditRecordsByPerson, person,
                              "people", "AuditRecord.people", id);
    if (!s.ok()) return s;
  }
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::Agreement& r, std::string_view id) {
  Keys keys;
  absl::Status s = AddOwned(&keys, Index::kAgreementsByPerson, r.person(),
                            "people", "Agreement.person", id);
  if (s.ok()) {
    s = AddOwned(&keys, Index::kAgreementsByOrganisation, r.main_employer(),
                 "organisations", "Agreement.main_employer", id);
  }
  if (s.ok()) {
    s = AddOwned(&keys, Index::kAgreementsByOrganisation,
                 r.secondary_employer(), "organisations",
                 "Agreement.secondary_employer", id);
  }
  if (!s.ok()) return s;
  return Sorted(std::move(keys));
}

absl::StatusOr<Keys> IndexKeysOf(const v1::SecondaryWorkNotice& r,
                                 std::string_view id) {
  Keys keys;
  absl::Status s = AddOwned(&keys, Index::kNoticesByAgreement, r.agreement(),
                            "agreements", "SecondaryWorkNotice.agreement", id);
  if (!s.ok()) return s;
  return keys;
}

}  // namespace vaktbro::storage
