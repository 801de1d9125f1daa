// The scans of TxnImpl: iterators over a record column family or over one
// index prefix, at a snapshot taken when the scan starts.
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl_compat.h"
#include "keys.h"
#include "names.h"
#include "records.h"
#include "rocksdb_status.h"
#include "txn_rocksdb.h"

namespace vaktbro::storage {

namespace {

constexpr size_t kAll = std::numeric_limits<size_t>::max();

std::string_view ToView(const rocksdb::Slice& s) {
  return {s.data(), s.size()};
}

absl::Status CheckLimit(int limit) {
  if (limit <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("scan limit must be positive, got ", limit));
  }
  return absl::OkStatus();
}

// OK for an empty `after_id` (from the beginning) or a valid id.
absl::Status CheckAfter(std::string_view collection,
                        std::string_view after_id) {
  return after_id.empty() ? absl::OkStatus() : CheckId(collection, after_id);
}

// The entries of an owner's id-shaped index, after `after_id`.
KeyRange IdRange(const std::string& prefix, std::string_view after_id) {
  return {prefix, PrefixSuccessor(prefix),
          after_id.empty() ? "" : IdEntryKey(prefix, after_id)};
}

// The entries of a time-shaped index whose start is in `range`, after
// `after`. Empty when range.from >= range.to.
KeyRange TimedRange(const std::string& prefix, const TimeRange& range,
                    const Cursor& after) {
  return {TimeBound(prefix, range.from), TimeBound(prefix, range.to),
          after.id.empty() ? "" : TimedEntryKey(prefix, after.start, after.id)};
}

absl::Status CheckTimedScan(std::string_view collection, const Cursor& after,
                            int limit) {
  if (absl::Status s = CheckLimit(limit); !s.ok()) return s;
  return CheckAfter(collection, after.id);
}

}  // namespace

absl::Status TxnImpl::ForEach(
    Cf cf, const KeyRange& range,
    absl::FunctionRef<absl::StatusOr<bool>(std::string_view, std::string_view)>
        visit) {
  // One snapshot for the whole scan, taken now: after the locks this Txn
  // holds were granted, so a scan under a lock sees every earlier commit.
  struct ScanSnapshot {
    ScanSnapshot(const DbContext* ctx, const rocksdb::Snapshot*& slot)
        : ctx(ctx), slot(slot) {
      slot = ctx->db->GetSnapshot();
    }
    ~ScanSnapshot() {
      ctx->db->ReleaseSnapshot(slot);
      slot = nullptr;
    }
    const DbContext* ctx;
    const rocksdb::Snapshot*& slot;
  } scan_snapshot(ctx_, snapshot_);
  rocksdb::ReadOptions read;
  read.snapshot = snapshot_;
  const rocksdb::Slice upper(range.upper);
  if (!range.upper.empty()) read.iterate_upper_bound = &upper;
  std::unique_ptr<rocksdb::Iterator> it(
      txn_->GetIterator(read, ctx_->handle(cf)));
  it->Seek(std::max(range.lower, range.after));
  for (; it->Valid(); it->Next()) {
    const std::string_view key = ToView(it->key());
    // The bound is checked here as well: not every iterator that merges a
    // transaction's writes honours iterate_upper_bound.
    if (!range.upper.empty() && key >= range.upper) break;
    if (!range.after.empty() && key <= range.after) continue;
    absl::StatusOr<bool> more = visit(key, ToView(it->value()));
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  return FromRocksDb(it->status(),
                     absl::StrCat("scan of ", AsAbsl(SpecOf(cf).cf_name)));
}

template <typename R>
absl::StatusOr<std::vector<R>> TxnImpl::ScanRecords(std::string_view after_id,
                                                    int limit) {
  constexpr Cf cf = RecordTraits<R>::kCf;
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  if (absl::Status s = CheckLimit(limit); !s.ok()) return s;
  if (absl::Status s = CheckAfter(CollectionOf(cf), after_id); !s.ok())
    return s;
  std::vector<R> out;
  absl::Status s = ForEach(cf, KeyRange{"", "", std::string(after_id)},
                           [&](std::string_view key,
                               std::string_view value) -> absl::StatusOr<bool> {
                             absl::StatusOr<R> r = ParseRecord<R>(value, key);
                             if (!r.ok()) return r.status();
                             out.push_back(*std::move(r));
                             return out.size() < static_cast<size_t>(limit);
                           });
  if (!s.ok()) return s;
  return out;
}

template <typename R>
absl::StatusOr<std::vector<R>> TxnImpl::ScanIndex(const KeyRange& range,
                                                  size_t prefix_size,
                                                  EntryShape shape,
                                                  size_t limit) {
  constexpr Cf cf = RecordTraits<R>::kCf;
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  std::vector<R> out;
  absl::Status s = ForEach(
      Cf::kIndexes, range,
      [&](std::string_view key, std::string_view) -> absl::StatusOr<bool> {
        absl::StatusOr<IndexEntry> entry =
            DecodeIndexEntry(key, prefix_size, shape);
        if (!entry.ok()) return entry.status();
        const std::string what =
            absl::StrCat(AsAbsl(CollectionOf(cf)), "/", AsAbsl(entry->id));
        absl::StatusOr<std::optional<std::string>> value =
            ReadAtSnapshot(cf, entry->id, what);
        if (!value.ok()) return value.status();
        if (!value->has_value()) {
          return absl::InternalError(
              absl::StrCat("index entry names missing record ", what));
        }
        absl::StatusOr<R> r = ParseRecord<R>(**value, entry->id);
        if (!r.ok()) return r.status();
        out.push_back(*std::move(r));
        return out.size() < limit;
      });
  if (!s.ok()) return s;
  return out;
}

absl::StatusOr<std::vector<v1::Organisation>> TxnImpl::ListOrganisations(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::Organisation>(after_id, limit);
}

absl::StatusOr<std::vector<v1::Partnership>> TxnImpl::ListPartnerships(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::Partnership>(after_id, limit);
}

absl::StatusOr<std::vector<v1::Unit>> TxnImpl::ListUnits(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::Unit>(after_id, limit);
}

absl::StatusOr<std::vector<v1::Person>> TxnImpl::ListPeople(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::Person>(after_id, limit);
}

absl::StatusOr<std::vector<v1::Position>> TxnImpl::ListPositions(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::Position>(after_id, limit);
}

absl::StatusOr<std::vector<v1::AgencyBooking>> TxnImpl::ListAgencyBookings(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::AgencyBooking>(after_id, limit);
}

absl::StatusOr<std::vector<v1::Partnership>> TxnImpl::ListPartnershipsOf(
    std::string_view organisation_id) {
  if (absl::Status s = CheckId("organisations", organisation_id); !s.ok())
    return s;
  const std::string prefix =
      IndexPrefix(Index::kPartnershipsByOrganisation, organisation_id);
  return ScanIndex<v1::Partnership>(IdRange(prefix, ""), prefix.size(),
                                    EntryShape::kId, kAll);
}

absl::StatusOr<std::vector<v1::Unit>> TxnImpl::ListUnitsOf(
    std::string_view organisation_id, std::string_view after_id, int limit) {
  if (absl::Status s = CheckId("organisations", organisation_id); !s.ok())
    return s;
  if (absl::Status s = CheckLimit(limit); !s.ok()) return s;
  if (absl::Status s = CheckAfter("units", after_id); !s.ok()) return s;
  const std::string prefix =
      IndexPrefix(Index::kUnitsByOrganisation, organisation_id);
  return ScanIndex<v1::Unit>(IdRange(prefix, after_id), prefix.size(),
                             EntryShape::kId, limit);
}

absl::StatusOr<std::vector<v1::Position>> TxnImpl::ListPositionsOf(
    std::string_view person_id) {
  if (absl::Status s = CheckId("people", person_id); !s.ok()) return s;
  const std::string prefix = IndexPrefix(Index::kPositionsByPerson, person_id);
  return ScanIndex<v1::Position>(IdRange(prefix, ""), prefix.size(),
                                 EntryShape::kId, kAll);
}

absl::StatusOr<std::vector<v1::Position>> TxnImpl::ListPositionsAt(
    std::string_view employer_id, std::string_view after_id, int limit) {
  if (absl::Status s = CheckId("organisations", employer_id); !s.ok()) return s;
  if (absl::Status s = CheckLimit(limit); !s.ok()) return s;
  if (absl::Status s = CheckAfter("positions", after_id); !s.ok()) return s;
  const std::string prefix =
      IndexPrefix(Index::kPositionsByEmployer, employer_id);
  return ScanIndex<v1::Position>(IdRange(prefix, after_id), prefix.size(),
                                 EntryShape::kId, limit);
}

absl::StatusOr<std::vector<v1::Assignment>> TxnImpl::ListAssignmentsOfShift(
    std::string_view shift_id) {
  if (absl::Status s = CheckId("shifts", shift_id); !s.ok()) return s;
  const std::string prefix = IndexPrefix(Index::kAssignmentsByShift, shift_id);
  return ScanIndex<v1::Assignment>(IdRange(prefix, ""), prefix.size(),
                                   EntryShape::kId, kAll);
}

absl::StatusOr<std::vector<v1::Availability>> TxnImpl::ListAvailabilitiesOf(
    std::string_view person_id, const Cursor& after, int limit) {
  if (absl::Status s = CheckId("people", person_id); !s.ok()) return s;
  if (absl::Status s = CheckTimedScan("availabilities", after, limit);
      !s.ok()) {
    return s;
  }
  const std::string prefix =
      IndexPrefix(Index::kAvailabilitiesByPerson, person_id);
  return ScanIndex<v1::Availability>(TimedRange(prefix, TimeRange(), after),
                                     prefix.size(), EntryShape::kTimeThenId,
                                     limit);
}

absl::StatusOr<std::vector<v1::Shift>> TxnImpl::ListShiftsByStart(
    const TimeRange& range, const Cursor& after, int limit) {
  if (absl::Status s = CheckTimedScan("shifts", after, limit); !s.ok())
    return s;
  const std::string prefix = IndexPrefix(Index::kShiftsByStart);
  return ScanIndex<v1::Shift>(TimedRange(prefix, range, after), prefix.size(),
                              EntryShape::kTimeThenId, limit);
}

absl::StatusOr<std::vector<v1::Shift>> TxnImpl::ListShiftsOfUnit(
    std::string_view unit_id, const TimeRange& range, const Cursor& after,
    int limit) {
  if (absl::Status s = CheckId("units", unit_id); !s.ok()) return s;
  if (absl::Status s = CheckTimedScan("shifts", after, limit); !s.ok())
    return s;
  const std::string prefix = IndexPrefix(Index::kShiftsByUnit, unit_id);
  return ScanIndex<v1::Shift>(TimedRange(prefix, range, after), prefix.size(),
                              EntryShape::kTimeThenId, limit);
}

absl::StatusOr<std::vector<v1::Assignment>> TxnImpl::ListAssignmentsOfPerson(
    std::string_view person_id, const TimeRange& range, const Cursor& after,
    int limit) {
  if (absl::Status s = CheckId("people", person_id); !s.ok()) return s;
  if (absl::Status s = CheckTimedScan("assignments", after, limit); !s.ok()) {
    return s;
  }
  const std::string prefix =
      IndexPrefix(Index::kAssignmentsByPerson, person_id);
  return ScanIndex<v1::Assignment>(TimedRange(prefix, range, after),
                                   prefix.size(), EntryShape::kTimeThenId,
                                   limit);
}

absl::StatusOr<std::vector<v1::Cascade>> TxnImpl::ListCascades(
    std::string_view after_id, int limit) {
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  return ScanRecords<v1::Cascade>(after_id, limit);
}

absl::StatusOr<std::vector<v1::InternalFill>> TxnImpl::ListInternalFills(
    std::string_view after_id, int limit) {
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  return ScanRecords<v1::InternalFill>(after_id, limit);
}

absl::StatusOr<std::vector<v1::PlannedShift>> TxnImpl::ListPlannedShiftsOfPerson(
    std::string_view person_id, const TimeRange& range, const Cursor& after,
    int limit) {
  if (absl::Status s = CheckId("people", person_id); !s.ok()) return s;
  if (absl::Status s = CheckTimedScan("plannedShifts", after, limit); !s.ok()) {
    return s;
  }
  const std::string prefix =
      IndexPrefix(Index::kPlannedShiftsByPerson, person_id);
  return ScanIndex<v1::PlannedShift>(TimedRange(prefix, range, after),
                                     prefix.size(), EntryShape::kTimeThenId,
                                     limit);
}

absl::StatusOr<std::vector<v1::PlannedShift>>
TxnImpl::ListPlannedShiftsOfPosition(std::string_view position_id,
                                     const TimeRange& range,
                                     const Cursor& after, int limit) {
  if (absl::Status s = CheckId("positions", position_id); !s.ok()) return s;
  if (absl::Status s = CheckTimedScan("plannedShifts", after, limit); !s.ok()) {
    return s;
  }
  const std::string prefix =
      IndexPrefix(Index::kPlannedShiftsByPosition, position_id);
  return ScanIndex<v1::PlannedShift>(TimedRange(prefix, range, after),
                                     prefix.size(), EntryShape::kTimeThenId,
                                     limit);
}

absl::StatusOr<std::vector<v1::AccountRecord>> TxnImpl::ListAccountRecords(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::AccountRecord>(after_id, limit);
}

absl::StatusOr<std::vector<v1::Session>> TxnImpl::ListSessions(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::Session>(after_id, limit);
}

absl::StatusOr<std::vector<v1::AuditRecord>> TxnImpl::ListAuditRecords(
    std::string_view after_id, int limit) {
  return ScanRecords<v1::AuditRecord>(after_id, limit);
}

absl::StatusOr<std::vector<v1::AuditRecord>> TxnImpl::ListAuditRecordsOfPerson(
    std::string_view person_id, std::string_view after_id, int limit) {
  if (absl::Status s = CheckId("people", person_id); !s.ok()) return s;
  if (absl::Status s = CheckLimit(limit); !s.ok()) return s;
  if (absl::Status s = CheckAfter("auditRecords", after_id); !s.ok()) return s;
  const std::string prefix =
      IndexPrefix(Index::kAuditRecordsByPerson, person_id);
  return ScanIndex<v1::AuditRecord>(IdRange(prefix, after_id), prefix.size(),
                                    EntryShape::kId, limit);
}

absl::StatusOr<std::vector<v1::Agreement>> TxnImpl::ListAgreementsOfPerson(
    std::string_view person_id) {
  if (absl::Status s = CheckId("people", person_id); !s.ok()) return s;
  const std::string prefix = IndexPrefix(Index::kAgreementsByPerson, person_id);
  return ScanIndex<v1::Agreement>(IdRange(prefix, ""), prefix.size(),
                                  EntryShape::kId, kAll);
}

absl::StatusOr<std::vector<v1::Agreement>> TxnImpl::ListAgreementsOfOrganisation(
    std::string_view organisation_id, std::string_view after_id, int limit) {
  if (absl::Status s = CheckId("organisations", organisation_id); !s.ok())
    return s;
  if (absl::Status s = CheckLimit(limit); !s.ok()) return s;
  if (absl::Status s = CheckAfter("agreements", after_id); !s.ok()) return s;
  const std::string prefix =
      IndexPrefix(Index::kAgreementsByOrganisation, organisation_id);
  return ScanIndex<v1::Agreement>(IdRange(prefix, after_id), prefix.size(),
                                  EntryShape::kId, limit);
}

absl::StatusOr<std::vector<v1::SecondaryWorkNotice>>
TxnImpl::ListNoticesOfAgreement(std::string_view agreement_id) {
  if (absl::Status s = CheckId("agreements", agreement_id); !s.ok()) return s;
  const std::string prefix =
      IndexPrefix(Index::kNoticesByAgreement, agreement_id);
  return ScanIndex<v1::SecondaryWorkNotice>(IdRange(prefix, ""), prefix.size(),
                                            EntryShape::kId, kAll);
}

}  // namespace vaktbro::storage
