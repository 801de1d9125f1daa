// The vaktbro store: durable records of the exchange on an embedded RocksDB.
//
// The public surface is this header alone. No RocksDB type appears here; the
// implementation lives in store_rocksdb.cc behind the abstract classes below.
//
// Records are the vaktbro.v1 resource messages, stored whole and keyed by the
// id in their `name` ("shifts/{id}" -> id). The key layout, the column
// families and what each write commits together are in storage/DESIGN.md.
//
// Every read and write goes through a Txn. A Txn is a pessimistic RocksDB
// transaction: Get(..., LockMode::kExclusive) locks the record's key until
// Commit() or destruction, so two Txns that lock the same key in the same
// order run one after the other. Callers that lock several keys MUST lock them
// in the fixed order person < shift < assignment (see DESIGN.md) so that no two
// transactions wait on each other.
//
// Thread-safety: Store is thread-safe. A Txn is used by one thread at a time.
#ifndef VAKTBRO_STORAGE_STORE_H_
#define VAKTBRO_STORAGE_STORE_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/agreements.pb.h"
#include "vaktbro/v1/auth.pb.h"
#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::storage {

// The schema version this build writes. Open() refuses a store whose recorded
// version is higher, with FAILED_PRECONDITION.
inline constexpr int kSchemaVersion = 1;

struct StoreOptions {
  // Sync the write-ahead log before Commit() returns. Only tests and
  // benchmarks that measure the difference turn this off.
  bool sync_writes = true;
  // How long a Txn waits for a key another Txn holds before giving up with
  // ABORTED.
  std::chrono::milliseconds lock_timeout{5000};
  // Create the directory and an empty store when none exists.
  bool create_if_missing = true;
};

enum class LockMode { kNone, kExclusive };

// Seconds since the Unix epoch; the unit of every time range below.
using UnixSeconds = int64_t;

// A half-open time range [from, to) on a record's start time.
struct TimeRange {
  UnixSeconds from = INT64_MIN;
  UnixSeconds to = INT64_MAX;
};

// Where a paged scan resumes: the records after (start, id) in index order.
// An empty `id` means "from the beginning".
struct Cursor {
  UnixSeconds start = INT64_MIN;
  std::string id;
};

// The reply a mutation gave, kept under its request id so that a retry with
// the same id gets the same reply (see DESIGN.md, column family "requests").
struct RequestRecord {
  std::string request_fingerprint;  // hash of the request as first received
  std::string reply;                // serialized reply message
};

// One backup of a store in a backup directory (see Store::CreateBackup).
struct BackupInfo {
  // 1, 2, ... in the order the backups of one backup directory were made.
  uint32_t id = 0;
  // When the backup was made, in seconds since the Unix epoch.
  int64_t timestamp_unix = 0;
  // The bytes and the number of its files, counting the files it shares with
  // other backups of the directory (so the sizes of several backups do not
  // add up to the size of the directory).
  uint64_t size_bytes = 0;
  uint32_t file_count = 0;
};

// A record a committed Txn wrote or deleted, for a CommitObserver.
struct WrittenRecord {
  std::string_view collection;  // "assignments"
  std::string id;
  // The person the record belongs to: a Person's own id, the `person` of a
  // Position, Availability, Assignment or PlannedShift; empty otherwise.
  std::string person_id;
};

// Told of every successful commit, on the committing thread, after the
// commit is durable and before Commit() returns. Read models (the matching
// engine's in-memory view of who works when) use it to stay current.
// Must be quick and must not begin a Txn of its own.
class CommitObserver {
 public:
  virtual ~CommitObserver() = default;
  virtual void OnCommit(const std::vector<WrittenRecord>& written) = 0;
};

// Asked, inside every Commit() of a Txn that wrote records but no audit
// record of its own, for the audit record to write in the same RocksDB write
// (so there is no change without its record and no record without its
// change). Runs on the committing thread; must not begin a Txn.
class AuditHook {
 public:
  virtual ~AuditHook() = default;
  // The record to add (its name set), or nullopt for none.
  virtual std::optional<v1::AuditRecord> AuditRecordFor(
      const std::vector<WrittenRecord>& written) = 0;
};

class Txn {
 public:
  virtual ~Txn() = default;
  Txn(const Txn&) = delete;
  Txn& operator=(const Txn&) = delete;

  // --- Point reads. NOT_FOUND when the id is unknown. With kExclusive the
  // key stays locked until Commit() or destruction (also when not found, so
  // a create can claim an id). ABORTED when the lock wait times out.
  virtual absl::StatusOr<v1::Organisation> GetOrganisation(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Partnership> GetPartnership(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Unit> GetUnit(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Person> GetPerson(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Position> GetPosition(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Availability> GetAvailability(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Shift> GetShift(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Assignment> GetAssignment(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::AgencyBooking> GetAgencyBooking(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::PlannedShift> GetPlannedShift(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Proposal> GetProposal(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Cascade> GetCascade(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::InternalFill> GetInternalFill(std::string_view id, LockMode mode) = 0;
  // Keyed by the organisation's id.
  virtual absl::StatusOr<v1::AgencySettings> GetAgencySettings(std::string_view id, LockMode mode) = 0;
  // Keyed by the login ("accounts/{login}").
  virtual absl::StatusOr<v1::AccountRecord> GetAccountRecord(std::string_view id, LockMode mode) = 0;
  // Keyed by the hex SHA-256 of the token.
  virtual absl::StatusOr<v1::Session> GetSession(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::AuditRecord> GetAuditRecord(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::Agreement> GetAgreement(std::string_view id, LockMode mode) = 0;
  virtual absl::StatusOr<v1::SecondaryWorkNotice> GetNotice(std::string_view id, LockMode mode) = 0;

  // --- Writes. The record's `name` gives its id. A Put replaces the record
  // and, in the same transaction, every secondary index entry it has (old
  // entries of a previous version are removed). INVALID_ARGUMENT when the
  // name is not "<collection>/<id>" of the right collection.
  virtual absl::Status Put(const v1::Organisation& r) = 0;
  virtual absl::Status Put(const v1::Partnership& r) = 0;
  virtual absl::Status Put(const v1::Unit& r) = 0;
  virtual absl::Status Put(const v1::Person& r) = 0;
  virtual absl::Status Put(const v1::Position& r) = 0;
  virtual absl::Status Put(const v1::Availability& r) = 0;
  virtual absl::Status Put(const v1::Shift& r) = 0;
  virtual absl::Status Put(const v1::Assignment& r) = 0;
  virtual absl::Status Put(const v1::AgencyBooking& r) = 0;
  virtual absl::Status Put(const v1::PlannedShift& r) = 0;
  virtual absl::Status Put(const v1::Proposal& r) = 0;
  virtual absl::Status Put(const v1::Cascade& r) = 0;
  virtual absl::Status Put(const v1::InternalFill& r) = 0;
  virtual absl::Status Put(const v1::AgencySettings& r) = 0;
  virtual absl::Status Put(const v1::AccountRecord& r) = 0;
  virtual absl::Status Put(const v1::Session& r) = 0;
  // Audit records are only ever added (and removed by age, below).
  virtual absl::Status Put(const v1::AuditRecord& r) = 0;
  virtual absl::Status Put(const v1::Agreement& r) = 0;
  virtual absl::Status Put(const v1::SecondaryWorkNotice& r) = 0;
  // Deletes a record with its index entries. NOT_FOUND when absent.
  virtual absl::Status DeletePartnership(std::string_view id) = 0;
  virtual absl::Status DeleteAvailability(std::string_view id) = 0;
  virtual absl::Status DeletePlannedShift(std::string_view id) = 0;
  virtual absl::Status DeleteSession(std::string_view id) = 0;
  // Only the retention sweep calls this; no RPC reaches it.
  virtual absl::Status DeleteAuditRecord(std::string_view id) = 0;

  // --- Scans, in key order, at most `limit` records, starting after
  // `after_id` (empty: from the beginning).
  virtual absl::StatusOr<std::vector<v1::Organisation>> ListOrganisations(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Partnership>> ListPartnerships(std::string_view after_id, int limit) = 0;
  // The partnerships one organisation takes part in (all of them; few).
  virtual absl::StatusOr<std::vector<v1::Partnership>> ListPartnershipsOf(std::string_view organisation_id) = 0;
  virtual absl::StatusOr<std::vector<v1::Unit>> ListUnits(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Unit>> ListUnitsOf(std::string_view organisation_id, std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Person>> ListPeople(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Position>> ListPositions(std::string_view after_id, int limit) = 0;
  // All positions of a person (a handful), in id order.
  virtual absl::StatusOr<std::vector<v1::Position>> ListPositionsOf(std::string_view person_id) = 0;
  virtual absl::StatusOr<std::vector<v1::Position>> ListPositionsAt(std::string_view employer_id, std::string_view after_id, int limit) = 0;
  // Availability windows of a person ordered by start time.
  virtual absl::StatusOr<std::vector<v1::Availability>> ListAvailabilitiesOf(std::string_view person_id, const Cursor& after, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::AgencyBooking>> ListAgencyBookings(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Cascade>> ListCascades(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::InternalFill>> ListInternalFills(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::AccountRecord>> ListAccountRecords(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Session>> ListSessions(std::string_view after_id, int limit) = 0;
  // Audit record ids sort newest first (see server/auth/audit.h), so these
  // scans give the newest records first.
  virtual absl::StatusOr<std::vector<v1::AuditRecord>> ListAuditRecords(std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::AuditRecord>> ListAuditRecordsOfPerson(std::string_view person_id, std::string_view after_id, int limit) = 0;
  // The agreements a person is the person of (all; few), in id order.
  virtual absl::StatusOr<std::vector<v1::Agreement>> ListAgreementsOfPerson(std::string_view person_id) = 0;
  // The agreements an organisation is main or secondary employer of.
  virtual absl::StatusOr<std::vector<v1::Agreement>> ListAgreementsOfOrganisation(std::string_view organisation_id, std::string_view after_id, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::SecondaryWorkNotice>> ListNoticesOfAgreement(std::string_view agreement_id) = 0;
  // A person's (or a position's) planned rota shifts whose start time is in
  // `range`, ordered by (start_time, id), resuming after `after`.
  virtual absl::StatusOr<std::vector<v1::PlannedShift>> ListPlannedShiftsOfPerson(std::string_view person_id, const TimeRange& range, const Cursor& after, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::PlannedShift>> ListPlannedShiftsOfPosition(std::string_view position_id, const TimeRange& range, const Cursor& after, int limit) = 0;

  // Shifts whose start time is in `range`, ordered by (start_time, id),
  // resuming after `after`. With a unit id, only that unit's shifts (served
  // from the unit index, so a unit's board does not scan the region).
  virtual absl::StatusOr<std::vector<v1::Shift>> ListShiftsByStart(const TimeRange& range, const Cursor& after, int limit) = 0;
  virtual absl::StatusOr<std::vector<v1::Shift>> ListShiftsOfUnit(std::string_view unit_id, const TimeRange& range, const Cursor& after, int limit) = 0;

  // All assignments of a shift (any state), in id order.
  virtual absl::StatusOr<std::vector<v1::Assignment>> ListAssignmentsOfShift(std::string_view shift_id) = 0;
  // A person's assignments (any state) whose start time is in `range`,
  // ordered by (start_time, id), resuming after `after`.
  virtual absl::StatusOr<std::vector<v1::Assignment>> ListAssignmentsOfPerson(std::string_view person_id, const TimeRange& range, const Cursor& after, int limit) = 0;

  // --- Idempotency. GetRequest locks the key (like kExclusive) so that two
  // concurrent retries of one request run one after the other.
  // NOT_FOUND when the request id has not been seen.
  virtual absl::StatusOr<RequestRecord> GetRequest(std::string_view method, std::string_view request_id) = 0;
  virtual absl::Status PutRequest(std::string_view method, std::string_view request_id, const RequestRecord& record) = 0;

  // Commits every write of this Txn atomically; with sync_writes the WAL is
  // synced before it returns. ABORTED on a lock conflict or deadlock,
  // UNAVAILABLE when the store turned read-only after an I/O error, INTERNAL
  // otherwise. After Commit (whatever its result) the Txn takes no more calls.
  virtual absl::Status Commit() = 0;

 protected:
  Txn() = default;
};

class Store {
 public:
  // Opens (or with create_if_missing creates) the store in `dir`.
  // FAILED_PRECONDITION when the store was written by a newer schema version;
  // UNAVAILABLE when another process holds it open.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& dir, const StoreOptions& options);

  // Closes the store. REQUIRES: every Txn begun on it has been destroyed.
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Starts a transaction. Reads see committed data; Txn reads of keys it
  // locked see the latest committed version.
  virtual std::unique_ptr<Txn> Begin() = 0;

  // Sets the observer of commits (nullptr: none). The observer must outlive
  // the store or be reset first. Commits that race with the call may or may
  // not be observed.
  virtual void SetCommitObserver(CommitObserver* observer) = 0;
  // Sets the audit hook (nullptr: none); same lifetime rules as the observer.
  virtual void SetAuditHook(AuditHook* hook) = 0;
  // True when no record of any kind exists (a fresh store, before the demo).
  virtual absl::StatusOr<bool> IsEmpty() = 0;

  // The schema version recorded in the store.
  virtual int schema_version() const = 0;

  // OK while the store takes writes; UNAVAILABLE after a commit failed with
  // an I/O error (a full or failing disk: RocksDB turns read-only), until a
  // later commit succeeds. The server reports NOT_SERVING meanwhile.
  virtual absl::Status WriteHealth() const = 0;

  // Makes a new backup of the store in `backup_dir` (created if missing)
  // while the store stays open for reads and writes, verifies it, and
  // returns it. The backup holds every Txn whose Commit() returned before
  // this call began, whole; a Txn committed during the call is in it whole
  // or not at all. It is consistent: restored, it is the store as it was at
  // one moment during the call. Backups in one directory share the files
  // that did not change, so a second backup copies only what is new.
  // Before returning, every file of the new backup is read back and checked
  // against the checksum taken while copying it.
  //
  // Backups of one Store run one at a time; a second call waits for the
  // first. INVALID_ARGUMENT when `backup_dir` is the store's directory or
  // inside it; UNAVAILABLE on an I/O error (a full disk, say); DATA_LOSS when
  // the new backup fails verification (it stays in the directory, and
  // RestoreBackup refuses it). REQUIRES: `backup_dir` holds backups of this
  // store only (or nothing), and no other process writes backups into it.
  virtual absl::StatusOr<BackupInfo> CreateBackup(
      const std::string& backup_dir) = 0;

 protected:
  Store() = default;
};

// The backups in `backup_dir`, oldest first; empty when the directory does
// not exist (no backup made yet). A backup whose description cannot be read
// is left out. UNAVAILABLE on an I/O error. Safe while a server makes a
// backup into the directory: a backup being made is listed only once done.
absl::StatusOr<std::vector<BackupInfo>> ListBackups(
    const std::string& backup_dir);

// Restores a backup from `backup_dir` into `data_dir`, a new store, and
// returns which backup it restored: `backup_id`, or the newest when unset.
// Works on the files alone; no Store need be open, and the server that made
// the backup may keep running on its own directory.
//
// Steps: refuses a `data_dir` that exists and is not an empty directory
// (FAILED_PRECONDITION: it never overwrites a store, live or not); verifies
// every file of the backup against its recorded checksum; copies the files
// into `data_dir` (created if missing); opens the restored store once,
// read-write, to check that it opens and that this build reads its schema
// version; closes it. On any failure it removes what it wrote, so `data_dir`
// is as before (missing or empty) and the restore may simply be run again.
//
// NOT_FOUND when `backup_dir` does not exist, holds no backup, or has no
// backup `backup_id`; DATA_LOSS when the backup fails verification (the
// message names the backup and the damaged file; another backup may be
// restored instead); FAILED_PRECONDITION as above or when the backup was
// written by a newer schema version; UNAVAILABLE on an I/O error.
absl::StatusOr<BackupInfo> RestoreBackup(const std::string& backup_dir,
                                         const std::string& data_dir,
                                         std::optional<uint32_t> backup_id);

// Key helpers shared with the tests: seconds since the epoch of a Timestamp.
inline UnixSeconds ToUnixSeconds(const google::protobuf::Timestamp& t) { return t.seconds(); }

// The id part of a resource name: "shifts/abc" -> "abc"; "" when malformed.
std::string_view IdOf(std::string_view name);

}  // namespace vaktbro::storage

#endif  // VAKTBRO_STORAGE_STORE_H_
