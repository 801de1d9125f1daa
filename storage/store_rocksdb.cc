// Store::Open and the Store over a rocksdb::TransactionDB.
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl_compat.h"
#include "backup_rocksdb.h"
#include "column_families.h"
#include "rocksdb/utilities/transaction_db.h"
#include "rocksdb_options.h"
#include "rocksdb_status.h"
#include "schema.h"
#include "store.h"
#include "txn_rocksdb.h"

namespace vaktbro::storage {

namespace {

// Maps a failed TransactionDB::Open.
absl::Status OpenError(const std::string& dir, const rocksdb::Status& s) {
  const std::string message = s.ToString();
  // RocksDB's LOCK file is held by another process, or (with "lock hold by
  // current process") by another open of the same directory in this one.
  if (s.IsIOError() && absl::StrContains(message, "/LOCK")) {
    return absl::UnavailableError(
        absl::StrCat("store at ", dir,
                     " is already open (another vaktbro process, or this one, "
                     "holds its lock): ",
                     message));
  }
  if (s.IsInvalidArgument() && absl::StrContains(message, "does not exist")) {
    return absl::NotFoundError(
        absl::StrCat("no store at ", dir, " (create_if_missing is off)"));
  }
  return FromRocksDb(s, absl::StrCat("opening store at ", dir));
}

class StoreImpl final : public Store {
 public:
  StoreImpl() = default;
  ~StoreImpl() override;

  // Opens the database in `dir`, then checks the recorded schema version
  // (or records it in a new store). On failure the destructor closes what
  // was opened.
  absl::Status Init(const std::string& dir, const StoreOptions& options);

  std::unique_ptr<Txn> Begin() override {
    return std::make_unique<TxnImpl>(&ctx_);
  }
  void SetCommitObserver(CommitObserver* observer) override {
    ctx_.observer.store(observer);
  }
  void SetAuditHook(AuditHook* hook) override { ctx_.audit_hook.store(hook); }
  absl::StatusOr<bool> IsEmpty() override;
  int schema_version() const override { return schema_version_; }
  absl::Status WriteHealth() const override {
    if (!ctx_.write_failed.load()) return absl::OkStatus();
    return absl::UnavailableError("the store turned read-only after a write error (disk full or failing)");
  }
  absl::StatusOr<BackupInfo> CreateBackup(
      const std::string& backup_dir) override {
    std::lock_guard<std::mutex> lock(backup_mu_);
    return CreateBackupOf(db_.get(), dir_, backup_dir);
  }

 private:
  absl::Status CheckOrRecordSchema(const std::string& dir);

  std::unique_ptr<rocksdb::TransactionDB> db_;
  // Every open column family, the default and unknown ones included.
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  DbContext ctx_;
  int schema_version_ = 0;
  std::string dir_;
  // Held while a backup runs: one BackupEngine at a time may append to a
  // backup directory.
  std::mutex backup_mu_;
};

StoreImpl::~StoreImpl() {
  for (rocksdb::ColumnFamilyHandle* handle : handles_) {
    db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  db_.reset();
}

absl::Status StoreImpl::Init(const std::string& dir,
                             const StoreOptions& options) {
  dir_ = dir;
  if (options.create_if_missing) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
      return absl::UnavailableError(absl::StrCat(
          "cannot create store directory ", dir, ": ", ec.message()));
    }
  }
  const std::vector<rocksdb::ColumnFamilyDescriptor> descriptors =
      ColumnFamiliesToOpen(dir, MakeColumnFamilyOptions());
  rocksdb::TransactionDB* db = nullptr;
  rocksdb::Status s = rocksdb::TransactionDB::Open(
      MakeDbOptions(options), MakeTransactionDbOptions(options), dir,
      descriptors, &handles_, &db);
  if (!s.ok()) return OpenError(dir, s);
  db_.reset(db);

  ctx_.db = db;
  for (int i = 0; i < kNumColumnFamilies; ++i)
    ctx_.handles[i] = handles_[1 + i];
  ctx_.write_options.sync = options.sync_writes;
  ctx_.txn_options = MakeTransactionOptions();
  return CheckOrRecordSchema(dir);
}

absl::Status StoreImpl::CheckOrRecordSchema(const std::string& dir) {
  rocksdb::ColumnFamilyHandle* meta = ctx_.handle(Cf::kMeta);
  absl::StatusOr<int> version = ReadSchemaVersion(db_.get(), meta);
  if (absl::IsNotFound(version.status())) {
    // A store being created (or created by a crash before this point, when
    // it cannot hold records yet).
    if (absl::Status s = WriteSchemaVersion(db_.get(), meta, kSchemaVersion);
        !s.ok()) {
      return s;
    }
    version = kSchemaVersion;
  }
  if (!version.ok()) {
    return absl::Status(
        version.status().code(),
        absl::StrCat("store at ", dir, ": ", version.status().message()));
  }
  if (absl::Status s = CheckSchemaVersion(dir, *version); !s.ok()) return s;
  schema_version_ = *version;
  return absl::OkStatus();
}

absl::StatusOr<bool> StoreImpl::IsEmpty() {
  for (int i = 0; i < kNumRecordCfs; ++i) {
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(rocksdb::ReadOptions(), ctx_.handles[i]));
    it->SeekToFirst();
    if (it->Valid()) return false;
    if (absl::Status s = FromRocksDb(
            it->status(),
            absl::StrCat("scan of ", AsAbsl(kColumnFamilies[i].cf_name)));
        !s.ok()) {
      return s;
    }
  }
  return true;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> Store::Open(
    const std::string& dir, const StoreOptions& options) {
  auto store = std::make_unique<StoreImpl>();
  if (absl::Status s = store->Init(dir, options); !s.ok()) return s;
  return store;
}

}  // namespace vaktbro::storage
