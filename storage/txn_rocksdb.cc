#include "txn_rocksdb.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/str_cat.h"
#include "absl_compat.h"
#include "indexes.h"
#include "names.h"
#include "records.h"
#include "rocksdb_status.h"

namespace vaktbro::storage {

namespace {

// The person a record belongs to, for WrittenRecord.
template <typename R>
std::string PersonOf(const R&) { return ""; }
std::string PersonOf(const v1::Person& r) { return std::string(IdOf(r.name())); }
std::string PersonOf(const v1::Position& r) { return std::string(IdOf(r.person())); }
std::string PersonOf(const v1::Availability& r) { return std::string(IdOf(r.person())); }
std::string PersonOf(const v1::Assignment& r) { return std::string(IdOf(r.person())); }
std::string PersonOf(const v1::PlannedShift& r) { return std::string(IdOf(r.person())); }
std::string PersonOf(const v1::Agreement& r) { return std::string(IdOf(r.person())); }
std::string PersonOf(const v1::AccountRecord& r) { return std::string(IdOf(r.account().person())); }

rocksdb::Slice ToSlice(std::string_view s) { return {s.data(), s.size()}; }

std::string LockId(Cf cf, std::string_view key) {
  std::string id(1, static_cast<char>(cf));
  id.append(key);
  return id;
}

std::string RecordName(Cf cf, std::string_view id) {
  return absl::StrCat(AsAbsl(CollectionOf(cf)), "/", AsAbsl(id));
}

// The keys of `a` that are not in `b`. REQUIRES: both sorted.
std::vector<std::string> Minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(),
                      std::back_inserter(out));
  return out;
}

absl::Status CheckMethod(std::string_view method, std::string_view request_id) {
  if (method.empty() || method.find('\0') != std::string_view::npos) {
    return absl::InvalidArgumentError("invalid request method name");
  }
  if (request_id.empty()) {
    return absl::InvalidArgumentError("empty request id");
  }
  return absl::OkStatus();
}

}  // namespace

TxnImpl::TxnImpl(const DbContext* ctx)
    : ctx_(ctx),
      txn_(ctx->db->BeginTransaction(ctx->write_options, ctx->txn_options)) {}

TxnImpl::~TxnImpl() {
  // Deleting an uncommitted pessimistic transaction drops its writes and
  // releases its locks; Rollback first only makes that explicit.
  if (!committed_) txn_->Rollback().PermitUncheckedError();
  txn_.reset();
}

absl::Status TxnImpl::CheckActive() const {
  if (committed_) {
    return absl::FailedPreconditionError("transaction already committed");
  }
  return absl::OkStatus();
}

absl::StatusOr<std::optional<std::string>> TxnImpl::Read(
    Cf cf, std::string_view key, LockMode mode, std::string_view what) {
  std::string lock_id = LockId(cf, key);
  if (mode != LockMode::kExclusive && !locked_.contains(lock_id)) {
    return ReadAtSnapshot(cf, key, what);
  }
  std::string value;
  // No snapshot in the ReadOptions: the lock is taken first, then the latest
  // committed value is read. Absent keys are locked too.
  rocksdb::Status s = txn_->GetForUpdate(
      rocksdb::ReadOptions(), ctx_->handle(cf), ToSlice(key), &value);
  if (s.ok() || s.IsNotFound()) locked_.insert(std::move(lock_id));
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return FromRocksDb(s, what);
  return value;
}

absl::StatusOr<std::optional<std::string>> TxnImpl::ReadAtSnapshot(
    Cf cf, std::string_view key, std::string_view what) {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot_;
  std::string value;
  rocksdb::Status s = txn_->Get(read, ctx_->handle(cf), ToSlice(key), &value);
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return FromRocksDb(s, what);
  return value;
}

absl::Status TxnImpl::Write(Cf cf, std::string_view key, std::string_view value,
                            std::string_view what) {
  return FromRocksDb(txn_->Put(ctx_->handle(cf), ToSlice(key), ToSlice(value)),
                     what);
}

absl::Status TxnImpl::Erase(Cf cf, std::string_view key,
                            std::string_view what) {
  return FromRocksDb(txn_->Delete(ctx_->handle(cf), ToSlice(key)), what);
}

absl::Status TxnImpl::Atomically(absl::FunctionRef<absl::Status()> body) {
  txn_->SetSavePoint();
  const absl::Status s = body();
  if (s.ok()) return FromRocksDb(txn_->PopSavePoint(), "save point");
  const rocksdb::Status undone = txn_->RollbackToSavePoint();
  if (!undone.ok()) {
    // The Txn now holds half of a write; the caller must not commit it.
    return absl::InternalError(absl::StrCat("cannot roll back a failed write (",
                                            s.ToString(),
                                            "): ", undone.ToString()));
  }
  return s;
}

template <typename R>
absl::StatusOr<R> TxnImpl::GetRecord(std::string_view id, LockMode mode) {
  constexpr Cf cf = RecordTraits<R>::kCf;
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  if (absl::Status s = CheckId(CollectionOf(cf), id); !s.ok()) return s;
  const std::string what = RecordName(cf, id);
  absl::StatusOr<std::optional<std::string>> value = Read(cf, id, mode, what);
  if (!value.ok()) return value.status();
  if (!value->has_value()) return absl::NotFoundError(what + " not found");
  return ParseRecord<R>(**value, id);
}

template <typename R>
absl::Status TxnImpl::PutRecord(const R& r) {
  constexpr Cf cf = RecordTraits<R>::kCf;
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  absl::StatusOr<std::string_view> id =
      ParseName(r.name(), CollectionOf(cf), RecordTraits<R>::kNameField);
  if (!id.ok()) return id.status();
  absl::StatusOr<std::vector<std::string>> new_keys = IndexKeysOf(r, *id);
  if (!new_keys.ok()) return new_keys.status();
  const std::string& what = r.name();

  // The previous version, read under the record's lock, says which index
  // entries are stale.
  absl::StatusOr<std::optional<std::string>> old =
      Read(cf, *id, LockMode::kExclusive, what);
  if (!old.ok()) return old.status();
  std::vector<std::string> old_keys;
  if (old->has_value()) {
    absl::StatusOr<R> previous = ParseRecord<R>(**old, *id);
    if (!previous.ok()) return previous.status();
    absl::StatusOr<std::vector<std::string>> keys = IndexKeysOf(*previous, *id);
    if (!keys.ok()) return keys.status();
    old_keys = *std::move(keys);
  }
  return Atomically([&]() -> absl::Status {
    for (const std::string& key : Minus(old_keys, *new_keys)) {
      if (absl::Status s = Erase(Cf::kIndexes, key, what); !s.ok()) return s;
    }
    for (const std::string& key : Minus(*new_keys, old_keys)) {
      if (absl::Status s = Write(Cf::kIndexes, key, "", what); !s.ok())
        return s;
    }
    absl::Status s = Write(cf, *id, r.SerializeAsString(), what);
    if (s.ok()) written_.push_back({CollectionOf(cf), std::string(*id), PersonOf(r)});
    return s;
  });
}

template <typename R>
absl::Status TxnImpl::DeleteRecord(std::string_view id) {
  constexpr Cf cf = RecordTraits<R>::kCf;
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  if (absl::Status s = CheckId(CollectionOf(cf), id); !s.ok()) return s;
  const std::string what = RecordName(cf, id);
  absl::StatusOr<std::optional<std::string>> old =
      Read(cf, id, LockMode::kExclusive, what);
  if (!old.ok()) return old.status();
  if (!old->has_value()) return absl::NotFoundError(what + " not found");
  absl::StatusOr<R> previous = ParseRecord<R>(**old, id);
  if (!previous.ok()) return previous.status();
  absl::StatusOr<std::vector<std::string>> keys = IndexKeysOf(*previous, id);
  if (!keys.ok()) return keys.status();
  return Atomically([&]() -> absl::Status {
    for (const std::string& key : *keys) {
      if (absl::Status s = Erase(Cf::kIndexes, key, what); !s.ok()) return s;
    }
    absl::Status s = Erase(cf, id, what);
    if (s.ok()) written_.push_back({CollectionOf(cf), std::string(id), PersonOf(*previous)});
    return s;
  });
}

#define VAKTBRO_STORAGE_RECORD_METHODS(Type)                       \
  absl::StatusOr<v1::Type> TxnImpl::Get##Type(std::string_view id, \
                                              LockMode mode) {     \
    return GetRecord<v1::Type>(id, mode);                          \
  }                                                                \
  absl::Status TxnImpl::Put(const v1::Type& r) { return PutRecord(r); }
VAKTBRO_STORAGE_RECORD_METHODS(Organisation)
VAKTBRO_STORAGE_RECORD_METHODS(Partnership)
VAKTBRO_STORAGE_RECORD_METHODS(Unit)
VAKTBRO_STORAGE_RECORD_METHODS(Person)
VAKTBRO_STORAGE_RECORD_METHODS(Position)
VAKTBRO_STORAGE_RECORD_METHODS(Availability)
VAKTBRO_STORAGE_RECORD_METHODS(Shift)
VAKTBRO_STORAGE_RECORD_METHODS(Assignment)
VAKTBRO_STORAGE_RECORD_METHODS(AgencyBooking)
VAKTBRO_STORAGE_RECORD_METHODS(PlannedShift)
VAKTBRO_STORAGE_RECORD_METHODS(Proposal)
VAKTBRO_STORAGE_RECORD_METHODS(Cascade)
VAKTBRO_STORAGE_RECORD_METHODS(InternalFill)
VAKTBRO_STORAGE_RECORD_METHODS(AgencySettings)
VAKTBRO_STORAGE_RECORD_METHODS(AccountRecord)
VAKTBRO_STORAGE_RECORD_METHODS(Session)
VAKTBRO_STORAGE_RECORD_METHODS(AuditRecord)
VAKTBRO_STORAGE_RECORD_METHODS(Agreement)
#undef VAKTBRO_STORAGE_RECORD_METHODS

absl::StatusOr<v1::SecondaryWorkNotice> TxnImpl::GetNotice(std::string_view id,
                                                           LockMode mode) {
  return GetRecord<v1::SecondaryWorkNotice>(id, mode);
}

absl::Status TxnImpl::Put(const v1::SecondaryWorkNotice& r) { return PutRecord(r); }

absl::Status TxnImpl::DeleteSession(std::string_view id) {
  return DeleteRecord<v1::Session>(id);
}

absl::Status TxnImpl::DeleteAuditRecord(std::string_view id) {
  return DeleteRecord<v1::AuditRecord>(id);
}

absl::Status TxnImpl::DeletePartnership(std::string_view id) {
  return DeleteRecord<v1::Partnership>(id);
}

absl::Status TxnImpl::DeleteAvailability(std::string_view id) {
  return DeleteRecord<v1::Availability>(id);
}

absl::Status TxnImpl::DeletePlannedShift(std::string_view id) {
  return DeleteRecord<v1::PlannedShift>(id);
}

absl::StatusOr<RequestRecord> TxnImpl::GetRequest(std::string_view method,
                                                  std::string_view request_id) {
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  if (absl::Status s = CheckMethod(method, request_id); !s.ok()) return s;
  const std::string what =
      absl::StrCat("requests/", AsAbsl(method), "/", AsAbsl(request_id));
  absl::StatusOr<std::optional<std::string>> value =
      Read(Cf::kRequests, RequestKey(method, request_id), LockMode::kExclusive,
           what);
  if (!value.ok()) return value.status();
  if (!value->has_value()) return absl::NotFoundError(what + " not found");
  return DecodeRequestRecord(**value);
}

absl::Status TxnImpl::PutRequest(std::string_view method,
                                 std::string_view request_id,
                                 const RequestRecord& record) {
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  if (absl::Status s = CheckMethod(method, request_id); !s.ok()) return s;
  return Write(
      Cf::kRequests, RequestKey(method, request_id),
      EncodeRequestRecord(record),
      absl::StrCat("requests/", AsAbsl(method), "/", AsAbsl(request_id)));
}

absl::Status TxnImpl::Commit() {
  if (absl::Status s = CheckActive(); !s.ok()) return s;
  if (AuditHook* hook = ctx_->audit_hook.load(); hook != nullptr && !written_.empty()) {
    const bool audited = std::any_of(written_.begin(), written_.end(), [](const WrittenRecord& w) {
      return w.collection == CollectionOf(Cf::kAuditRecords);
    });
    if (!audited) {
      if (std::optional<v1::AuditRecord> record = hook->AuditRecordFor(written_)) {
        if (absl::Status put = Put(*record); !put.ok()) return put;
      }
    }
  }
  committed_ = true;
  const rocksdb::Status s = txn_->Commit();
  // An I/O error (a full or failing disk) turns RocksDB read-only; the next
  // commit that goes through clears the mark (RocksDB may recover by itself).
  if (s.ok()) {
    ctx_->write_failed.store(false);
    if (CommitObserver* observer = ctx_->observer.load(); observer != nullptr && !written_.empty()) {
      observer->OnCommit(written_);
    }
  } else if (s.IsIOError() || s.IsNoSpace()) {
    ctx_->write_failed.store(true);
  }
  return FromRocksDb(s, "commit");
}

}  // namespace vaktbro::storage
