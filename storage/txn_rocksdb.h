// TxnImpl: a Txn over one pessimistic rocksdb::Transaction.
//
// Reads come in two kinds:
//  - locked reads (LockMode::kExclusive, and any later read of a key this
//    Txn has locked) use GetForUpdate without a snapshot, so they lock first
//    and then see the latest committed value: two Txns that read-modify-write
//    one record under kExclusive never lose an update;
//  - other point reads see the latest committed value;
//  - a scan reads at a snapshot taken when the scan starts (after any locks
//    the Txn took before it), so the index entries of one scan and the
//    records behind them agree, and a check made under a lock sees every
//    commit that happened before the lock was granted.
// Both kinds also see this Txn's own uncommitted writes. The transaction has
// no snapshot of its own (set_snapshot is off): with one, GetForUpdate would
// fail validation on a key committed after Begin instead of reading it.
#ifndef VAKTBRO_STORAGE_TXN_ROCKSDB_H_
#define VAKTBRO_STORAGE_TXN_ROCKSDB_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "column_families.h"
#include "keys.h"
#include "rocksdb/utilities/transaction.h"
#include "rocksdb/utilities/transaction_db.h"
#include "store.h"

namespace vaktbro::storage {

// What a TxnImpl needs of its store. Owned by the store; outlives its Txns.
struct DbContext {
  rocksdb::TransactionDB* db = nullptr;
  std::array<rocksdb::ColumnFamilyHandle*, kNumColumnFamilies> handles{};
  rocksdb::WriteOptions write_options;
  rocksdb::TransactionOptions txn_options;
  // Set when a commit failed with an I/O error, cleared by one that succeeded.
  mutable std::atomic<bool> write_failed{false};
  // Told of each successful commit; may be null.
  std::atomic<CommitObserver*> observer{nullptr};
  // Asked for the audit record of each commit; may be null.
  std::atomic<AuditHook*> audit_hook{nullptr};

  rocksdb::ColumnFamilyHandle* handle(Cf cf) const {
    return handles[static_cast<int>(cf)];
  }
};

// Keys of one column family in [lower, upper), skipping every key <= after.
// An empty upper means no bound; an empty after skips nothing.
struct KeyRange {
  std::string lower;
  std::string upper;
  std::string after;
};

class TxnImpl final : public Txn {
 public:
  // Begins a transaction on `ctx`, which must outlive this Txn.
  explicit TxnImpl(const DbContext* ctx);
  // Rolls back unless committed; releases locks.
  ~TxnImpl() override;

  absl::StatusOr<v1::Organisation> GetOrganisation(std::string_view id,
                                                   LockMode mode) override;
  absl::StatusOr<v1::Partnership> GetPartnership(std::string_view id,
                                                 LockMode mode) override;
  absl::StatusOr<v1::Unit> GetUnit(std::string_view id, LockMode mode) override;
  absl::StatusOr<v1::Person> GetPerson(std::string_view id,
                                       LockMode mode) override;
  absl::StatusOr<v1::Position> GetPosition(std::string_view id,
                                           LockMode mode) override;
  absl::StatusOr<v1::Availability> GetAvailability(std::string_view id,
                                                   LockMode mode) override;
  absl::StatusOr<v1::Shift> GetShift(std::string_view id,
                                     LockMode mode) override;
  absl::StatusOr<v1::Assignment> GetAssignment(std::string_view id,
                                               LockMode mode) override;
  absl::StatusOr<v1::AgencyBooking> GetAgencyBooking(std::string_view id,
                                                     LockMode mode) override;
  absl::StatusOr<v1::PlannedShift> GetPlannedShift(std::string_view id,
                                                   LockMode mode) override;
  absl::StatusOr<v1::Proposal> GetProposal(std::string_view id,
                                           LockMode mode) override;
  absl::StatusOr<v1::Cascade> GetCascade(std::string_view id,
                                         LockMode mode) override;
  absl::StatusOr<v1::InternalFill> GetInternalFill(std::string_view id,
                                                   LockMode mode) override;
  absl::StatusOr<v1::AgencySettings> GetAgencySettings(std::string_view id,
                                                       LockMode mode) override;
  absl::StatusOr<v1::AccountRecord> GetAccountRecord(std::string_view id,
                                                     LockMode mode) override;
  absl::StatusOr<v1::Session> GetSession(std::string_view id,
                                         LockMode mode) override;
  absl::StatusOr<v1::AuditRecord> GetAuditRecord(std::string_view id,
                                                 LockMode mode) override;
  absl::StatusOr<v1::Agreement> GetAgreement(std::string_view id,
                                             LockMode mode) override;
  absl::StatusOr<v1::SecondaryWorkNotice> GetNotice(std::string_view id,
                                                    LockMode mode) override;

  absl::Status Put(const v1::Organisation& r) override;
  absl::Status Put(const v1::Partnership& r) override;
  absl::Status Put(const v1::Unit& r) override;
  absl::Status Put(const v1::Person& r) override;
  absl::Status Put(const v1::Position& r) override;
  absl::Status Put(const v1::Availability& r) override;
  absl::Status Put(const v1::Shift& r) override;
  absl::Status Put(const v1::Assignment& r) override;
  absl::Status Put(const v1::AgencyBooking& r) override;
  absl::Status Put(const v1::PlannedShift& r) override;
  absl::Status Put(const v1::Proposal& r) override;
  absl::Status Put(const v1::Cascade& r) override;
  absl::Status Put(const v1::InternalFill& r) override;
  absl::Status Put(const v1::AgencySettings& r) override;
  absl::Status Put(const v1::AccountRecord& r) override;
  absl::Status Put(const v1::Session& r) override;
  absl::Status Put(const v1::AuditRecord& r) override;
  absl::Status Put(const v1::Agreement& r) override;
  absl::Status Put(const v1::SecondaryWorkNotice& r) override;
  absl::Status DeletePartnership(std::string_view id) override;
  absl::Status DeleteAvailability(std::string_view id) override;
  absl::Status DeletePlannedShift(std::string_view id) override;
  absl::Status DeleteSession(std::string_view id) override;
  absl::Status DeleteAuditRecord(std::string_view id) override;
  absl::StatusOr<std::vector<v1::AccountRecord>> ListAccountRecords(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::Session>> ListSessions(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::AuditRecord>> ListAuditRecords(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::AuditRecord>> ListAuditRecordsOfPerson(
      std::string_view person_id, std::string_view after_id,
      int limit) override;
  absl::StatusOr<std::vector<v1::Agreement>> ListAgreementsOfPerson(
      std::string_view person_id) override;
  absl::StatusOr<std::vector<v1::Agreement>> ListAgreementsOfOrganisation(
      std::string_view organisation_id, std::string_view after_id,
      int limit) override;
  absl::StatusOr<std::vector<v1::SecondaryWorkNotice>> ListNoticesOfAgreement(
      std::string_view agreement_id) override;

  absl::StatusOr<std::vector<v1::Organisation>> ListOrganisations(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::Partnership>> ListPartnerships(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::Partnership>> ListPartnershipsOf(
      std::string_view organisation_id) override;
  absl::StatusOr<std::vector<v1::Unit>> ListUnits(std::string_view after_id,
                                                  int limit) override;
  absl::StatusOr<std::vector<v1::Unit>> ListUnitsOf(
      std::string_view organisation_id, std::string_view after_id,
      int limit) override;
  absl::StatusOr<std::vector<v1::Person>> ListPeople(std::string_view after_id,
                                                     int limit) override;
  absl::StatusOr<std::vector<v1::Position>> ListPositions(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::Position>> ListPositionsOf(
      std::string_view person_id) override;
  absl::StatusOr<std::vector<v1::Position>> ListPositionsAt(
      std::string_view employer_id, std::string_view after_id,
      int limit) override;
  absl::StatusOr<std::vector<v1::Availability>> ListAvailabilitiesOf(
      std::string_view person_id, const Cursor& after, int limit) override;
  absl::StatusOr<std::vector<v1::AgencyBooking>> ListAgencyBookings(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::Cascade>> ListCascades(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::InternalFill>> ListInternalFills(
      std::string_view after_id, int limit) override;
  absl::StatusOr<std::vector<v1::PlannedShift>> ListPlannedShiftsOfPerson(
      std::string_view person_id, const TimeRange& range, const Cursor& after,
      int limit) override;
  absl::StatusOr<std::vector<v1::PlannedShift>> ListPlannedShiftsOfPosition(
      std::string_view position_id, const TimeRange& range,
      const Cursor& after, int limit) override;
  absl::StatusOr<std::vector<v1::Shift>> ListShiftsByStart(
      const TimeRange& range, const Cursor& after, int limit) override;
  absl::StatusOr<std::vector<v1::Shift>> ListShiftsOfUnit(
      std::string_view unit_id, const TimeRange& range, const Cursor& after,
      int limit) override;
  absl::StatusOr<std::vector<v1::Assignment>> ListAssignmentsOfShift(
      std::string_view shift_id) override;
  absl::StatusOr<std::vector<v1::Assignment>> ListAssignmentsOfPerson(
      std::string_view person_id, const TimeRange& range, const Cursor& after,
      int limit) override;

  absl::StatusOr<RequestRecord> GetRequest(
      std::string_view method, std::string_view request_id) override;
  absl::Status PutRequest(std::string_view method, std::string_view request_id,
                          const RequestRecord& record) override;

  absl::Status Commit() override;

 private:
  // FAILED_PRECONDITION once Commit() has been called.
  absl::Status CheckActive() const;

  // The value of `key`, or nullopt when absent. `what` names the key in
  // errors. Locks the key when mode is kExclusive (see the file comment).
  absl::StatusOr<std::optional<std::string>> Read(Cf cf, std::string_view key,
                                                  LockMode mode,
                                                  std::string_view what);
  // The value of `key` at the current scan's snapshot, or the latest committed
  // value outside a scan (plus this Txn's writes).
  absl::StatusOr<std::optional<std::string>> ReadAtSnapshot(
      Cf cf, std::string_view key, std::string_view what);
  absl::Status Write(Cf cf, std::string_view key, std::string_view value,
                     std::string_view what);
  absl::Status Erase(Cf cf, std::string_view key, std::string_view what);
  // Runs `body` under a save point and rolls its writes back when it fails,
  // so a failed Put or Delete leaves no half-written record behind.
  absl::Status Atomically(absl::FunctionRef<absl::Status()> body);

  template <typename R>
  absl::StatusOr<R> GetRecord(std::string_view id, LockMode mode);
  template <typename R>
  absl::Status PutRecord(const R& r);
  template <typename R>
  absl::Status DeleteRecord(std::string_view id);

  // Calls visit(key, value) for the keys of `range` in order, at the read
  // snapshot, until it returns false or an error. REQUIRES: not nested.
  absl::Status ForEach(Cf cf, const KeyRange& range,
                       absl::FunctionRef<absl::StatusOr<bool>(
                           std::string_view key, std::string_view value)>
                           visit);
  template <typename R>
  absl::StatusOr<std::vector<R>> ScanRecords(std::string_view after_id,
                                             int limit);
  template <typename R>
  absl::StatusOr<std::vector<R>> ScanIndex(const KeyRange& range,
                                           size_t prefix_size, EntryShape shape,
                                           size_t limit);

  const DbContext* const ctx_;
  // Set only while a scan runs (ForEach); nullptr means "latest".
  const rocksdb::Snapshot* snapshot_ = nullptr;
  std::unique_ptr<rocksdb::Transaction> txn_;
  // Keys (column family byte + key) locked by a locked read.
  absl::flat_hash_set<std::string> locked_;
  bool committed_ = false;
  // The records written or deleted so far, for the commit observer.
  std::vector<WrittenRecord> written_;
};

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_TXN_ROCKSDB_H_
