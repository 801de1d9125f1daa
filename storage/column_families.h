// The column families of a vaktbro store and the collection each holds.
//
// Internal to storage/: callers see only store.h.
#ifndef VAKTBRO_STORAGE_COLUMN_FAMILIES_H_
#define VAKTBRO_STORAGE_COLUMN_FAMILIES_H_

#include <array>
#include <string_view>

namespace vaktbro::storage {

// One value per column family; the order is the order of kColumnFamilies.
// The first kNumRecordCfs hold records, keyed by id.
enum class Cf : int {
  kOrganisations = 0,
  kPartnerships,
  kUnits,
  kPeople,
  kPositions,
  kAvailabilities,
  kShifts,
  kAssignments,
  kAgencyBookings,
  kPlannedShifts,
  kProposals,
  kCascades,
  kInternalFills,
  kAgencySettings,
  kAccounts,
  kSessions,
  kAuditRecords,
  kAgreements,
  kNotices,
  kIndexes,   // every secondary index entry
  kRequests,  // idempotency records
  kMeta,      // schema version
};

inline constexpr int kNumRecordCfs = 19;
inline constexpr int kNumColumnFamilies = 22;

struct CfSpec {
  // The RocksDB column family name.
  std::string_view cf_name;
  // The collection in resource names ("shifts" in "shifts/abc"); empty for
  // the column families that hold no records.
  std::string_view collection;
};

inline constexpr std::array<CfSpec, kNumColumnFamilies> kColumnFamilies = {{
    {"organisations", "organisations"},
    {"partnerships", "partnerships"},
    {"units", "units"},
    {"people", "people"},
    {"positions", "positions"},
    {"availabilities", "availabilities"},
    {"shifts", "shifts"},
    {"assignments", "assignments"},
    {"agency_bookings", "agencyBookings"},
    {"planned_shifts", "plannedShifts"},
    {"proposals", "proposals"},
    {"cascades", "cascades"},
    {"internal_fills", "internalFills"},
    {"agency_settings", "agencySettings"},
    {"accounts", "accounts"},
    {"sessions", "sessions"},
    {"audit_records", "auditRecords"},
    {"agreements", "agreements"},
    {"notices", "notices"},
    {"indexes", ""},
    {"requests", ""},
    {"meta", ""},
}};

inline constexpr const CfSpec& SpecOf(Cf cf) {
  return kColumnFamilies[static_cast<int>(cf)];
}

inline constexpr std::string_view CollectionOf(Cf cf) {
  return SpecOf(cf).collection;
}

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_COLUMN_FAMILIES_H_
