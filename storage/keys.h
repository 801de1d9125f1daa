// Key encoding of the indexes column family and the requests column family.
//
// Records are keyed by their bare id. Index keys are built from components
// so that bytewise order of keys is the order the scans need:
//
//   string component  the bytes followed by one NUL. Strings never contain
//                     NUL (see names.h), so "a\0" < "ab\0" < "b\0" exactly
//                     when "a" < "ab" < "b".
//   time component    int64 seconds as 8 bytes big-endian with the sign bit
//                     flipped, so negative times sort before positive ones.
//
// Every index key is  tag '\0' [owner '\0'] [time] id '\0'  where the tag
// names the index (see Index below) and the owner is the id the index groups
// by (the unit of a shift, the person of an assignment...). DESIGN.md lists
// each index.
#ifndef VAKTBRO_STORAGE_KEYS_H_
#define VAKTBRO_STORAGE_KEYS_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "store.h"

namespace vaktbro::storage {

// The secondary indexes.
enum class Index {
  kShiftsByStart,               // shift_start  '\0' start id
  kShiftsByUnit,                // shift_unit   '\0' unit start id
  kAssignmentsByPerson,         // asg_person   '\0' person start id
  kAssignmentsByShift,          // asg_shift    '\0' shift id
  kPositionsByPerson,           // pos_person   '\0' person id
  kPositionsByEmployer,         // pos_employer '\0' organisation id
  kUnitsByOrganisation,         // unit_org     '\0' organisation id
  kAvailabilitiesByPerson,      // avail_person '\0' person start id
  kPartnershipsByOrganisation,  // pship_org '\0' organisation id
  kPlannedShiftsByPerson,       // plan_person '\0' person start id
  kPlannedShiftsByPosition,     // plan_pos    '\0' position start id
  kAuditRecordsByPerson,        // audit_person '\0' person id
  kAgreementsByPerson,          // agr_person  '\0' person id
  kAgreementsByOrganisation,    // agr_org     '\0' organisation id
  kNoticesByAgreement,          // notice_agr  '\0' agreement id
};

// Whether an index entry carries a time component between prefix and id.
enum class EntryShape { kId, kTimeThenId };

// The tag of an index, e.g. "shift_start".
std::string_view IndexTag(Index index);

// Appends the 8-byte order-preserving encoding of `t`.
void AppendTime(std::string* dst, UnixSeconds t);
// Decodes 8 bytes written by AppendTime. REQUIRES: bytes.size() == 8.
UnixSeconds DecodeTime(std::string_view bytes);
// Appends `s` and the NUL separator. REQUIRES: s contains no NUL.
void AppendString(std::string* dst, std::string_view s);

// tag '\0': the prefix of every entry of an index without an owner.
std::string IndexPrefix(Index index);
// tag '\0' owner '\0': the prefix of one owner's entries.
std::string IndexPrefix(Index index, std::string_view owner_id);

// prefix id '\0'
std::string IdEntryKey(std::string_view prefix, std::string_view id);
// prefix time id '\0'
std::string TimedEntryKey(std::string_view prefix, UnixSeconds start,
                          std::string_view id);
// prefix time: the first possible key of entries starting at `t`.
std::string TimeBound(std::string_view prefix, UnixSeconds t);

// The smallest key greater than every key that starts with `prefix`; empty
// when there is none (prefix is all 0xff bytes).
std::string PrefixSuccessor(std::string_view prefix);

// An index entry taken apart.
struct IndexEntry {
  UnixSeconds start = 0;  // 0 for EntryShape::kId
  std::string_view id;    // points into the key
};

// Decodes an entry key of the given shape whose prefix is `prefix_size`
// bytes long. INTERNAL when the key is malformed.
absl::StatusOr<IndexEntry> DecodeIndexEntry(std::string_view key,
                                            size_t prefix_size,
                                            EntryShape shape);

// The key of an idempotency record: method '\0' request_id.
// REQUIRES: method contains no NUL (request_id may hold any bytes).
std::string RequestKey(std::string_view method, std::string_view request_id);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_KEYS_H_
