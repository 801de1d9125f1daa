// Store::CreateBackup, ListBackups and RestoreBackup: a round trip, an
// incremental second backup, and the refusals (a non-empty target, an
// unknown backup, a damaged backup, a backup directory inside the store).
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store.h"
#include "test_util.h"

namespace vaktbro::storage {
namespace {

namespace fs = std::filesystem;

using test::CommitOrFail;
using test::FastOptions;
using test::MakeShift;
using test::OpenOrDie;
using test::TempDir;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;

// Commits shifts s<first> ... s<first + count - 1> on unit u1.
void PutShifts(Store& store, int first, int count) {
  std::unique_ptr<Txn> txn = store.Begin();
  for (int i = first; i < first + count; ++i) {
    ASSERT_TRUE(
        txn->Put(MakeShift("s" + std::to_string(i), "u1", 1000 + i)).ok());
  }
  CommitOrFail(*txn);
}

// How many shifts the store in `dir` holds, by the start index and by the
// unit index (they must agree).
int CountShifts(const std::string& dir) {
  std::unique_ptr<Store> store = OpenOrDie(dir, FastOptions());
  if (store == nullptr) return -1;
  std::unique_ptr<Txn> txn = store->Begin();
  auto by_start = txn->ListShiftsByStart({}, {}, 1000000);
  auto by_unit = txn->ListShiftsOfUnit("u1", {}, {}, 1000000);
  EXPECT_TRUE(by_start.ok()) << by_start.status();
  EXPECT_TRUE(by_unit.ok()) << by_unit.status();
  if (!by_start.ok() || !by_unit.ok()) return -1;
  EXPECT_EQ(by_start->size(), by_unit->size());
  return static_cast<int>(by_start->size());
}

uint64_t BytesUnder(const std::string& dir) {
  uint64_t total = 0;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}

TEST(BackupTest, RoundTripRestoresWhatWasCommittedBeforeTheBackup) {
  TempDir dir;
  const std::string backups = dir.sub("backups");
  std::unique_ptr<Store> store = OpenOrDie(dir.sub("db"), FastOptions());
  ASSERT_NE(store, nullptr);
  ASSERT_NO_FATAL_FAILURE(PutShifts(*store, 0, 10));
  {
    std::unique_ptr<Txn> txn = store->Begin();
    ASSERT_TRUE(txn->PutRequest("PostShift", "r-1", {"fp", "reply"}).ok());
    CommitOrFail(*txn);
  }
  const int64_t before = std::time(nullptr);
  absl::StatusOr<BackupInfo> backup = store->CreateBackup(backups);
  ASSERT_TRUE(backup.ok()) << backup.status();
  EXPECT_EQ(backup->id, 1u);
  EXPECT_GE(backup->timestamp_unix, before);
  EXPECT_LE(backup->timestamp_unix, std::time(nullptr));
  EXPECT_GT(backup->size_bytes, 0u);
  EXPECT_GT(backup->file_count, 0u);
  ASSERT_NO_FATAL_FAILURE(PutShifts(*store, 10, 5));  // after: not restored

  const std::string restored = dir.sub("restored");
  absl::StatusOr<BackupInfo> info =
      RestoreBackup(backups, restored, std::nullopt);
  ASSERT_TRUE(info.ok()) << info.status();
  EXPECT_EQ(info->id, 1u);
  EXPECT_EQ(info->size_bytes, backup->size_bytes);
  EXPECT_EQ(CountShifts(restored), 10);
  std::unique_ptr<Store> copy = OpenOrDie(restored, FastOptions());
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->schema_version(), kSchemaVersion);
  std::unique_ptr<Txn> txn = copy->Begin();
  absl::StatusOr<v1::Shift> shift = txn->GetShift("s3", LockMode::kNone);
  ASSERT_TRUE(shift.ok()) << shift.status();
  EXPECT_EQ(shift->SerializeAsString(),
            MakeShift("s3", "u1", 1003).SerializeAsString());
  EXPECT_TRUE(absl::IsNotFound(txn->GetShift("s10", LockMode::kNone).status()));
  absl::StatusOr<RequestRecord> request = txn->GetRequest("PostShift", "r-1");
  ASSERT_TRUE(request.ok()) << request.status();
  EXPECT_EQ(request->reply, "reply");
}

TEST(BackupTest, SecondBackupCopiesOnlyWhatIsNew) {
  TempDir dir;
  const std::string backups = dir.sub("backups");
  std::unique_ptr<Store> store = OpenOrDie(dir.sub("db"), FastOptions());
  ASSERT_NE(store, nullptr);
  // Enough data that it, not the per-column-family metadata every backup
  // carries (22 column families), makes up most of a backup.
  for (int batch = 0; batch < 40; ++batch) {
    ASSERT_NO_FATAL_FAILURE(PutShifts(*store, batch * 200, 200));
  }
  absl::StatusOr<BackupInfo> first = store->CreateBackup(backups);
  ASSERT_TRUE(first.ok()) << first.status();
  const uint64_t after_first = BytesUnder(backups);
  ASSERT_NO_FATAL_FAILURE(PutShifts(*store, 8000, 10));
  absl::StatusOr<BackupInfo> second = store->CreateBackup(backups);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->id, 2u);
  const uint64_t copied = BytesUnder(backups) - after_first;
  EXPECT_LT(copied, second->size_bytes / 2)
      << "the second backup copied " << copied << " of its "
      << second->size_bytes << " bytes";

  absl::StatusOr<std::vector<BackupInfo>> list = ListBackups(backups);
  ASSERT_TRUE(list.ok()) << list.status();
  EXPECT_THAT(*list, ElementsAre(Field(&BackupInfo::id, 1u),
                                 Field(&BackupInfo::id, 2u)));
  ASSERT_TRUE(RestoreBackup(backups, dir.sub("r1"), 1).ok());
  ASSERT_TRUE(RestoreBackup(backups, dir.sub("r2"), std::nullopt).ok());
  EXPECT_EQ(CountShifts(dir.sub("r1")), 8000);
  EXPECT_EQ(CountShifts(dir.sub("r2")), 8010);
}

TEST(BackupTest, RestoreRefusesATargetThatIsNotEmpty) {
  TempDir dir;
  const std::string backups = dir.sub("backups");
  const std::string db = dir.sub("db");
  std::unique_ptr<Store> store = OpenOrDie(db, FastOptions());
  ASSERT_NE(store, nullptr);
  ASSERT_NO_FATAL_FAILURE(PutShifts(*store, 0, 3));
  ASSERT_TRUE(store->CreateBackup(backups).ok());

  // The live store itself.
  absl::StatusOr<BackupInfo> over_live =
      RestoreBackup(backups, db, std::nullopt);
  EXPECT_EQ(over_live.status().code(), absl::StatusCode::kFailedPrecondition)
      << over_live.status();
  EXPECT_THAT(std::string(over_live.status().message()),
              HasSubstr("is not empty"));
  // A directory with one stray file, which is left alone.
  const std::string target = dir.sub("target");
  fs::create_directories(target);
  std::ofstream(target + "/note.txt") << "keep me";
  absl::StatusOr<BackupInfo> over_file =
      RestoreBackup(backups, target, std::nullopt);
  EXPECT_EQ(over_file.status().code(), absl::StatusCode::kFailedPrecondition)
      << over_file.status();
  EXPECT_TRUE(fs::exists(target + "/note.txt"));
  // An empty directory is fine.
  fs::create_directories(dir.sub("empty"));
  EXPECT_TRUE(RestoreBackup(backups, dir.sub("empty"), std::nullopt).ok());
}

TEST(BackupTest, UnknownBackupIsNotFound) {
  TempDir dir;
  const std::string backups = dir.sub("backups");
  const std::string target = dir.sub("target");
  EXPECT_TRUE(
      absl::IsNotFound(RestoreBackup(backups, target, std::nullopt).status()));
  absl::StatusOr<std::vector<BackupInfo>> none = ListBackups(backups);
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_TRUE(none->empty());

  std::unique_ptr<Store> store = OpenOrDie(dir.sub("db"), FastOptions());
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->CreateBackup(backups).ok());
  absl::StatusOr<BackupInfo> missing = RestoreBackup(backups, target, 7);
  EXPECT_TRUE(absl::IsNotFound(missing.status())) << missing.status();
  EXPECT_EQ(missing.status().message(), "no backup 7 in " + backups);
  EXPECT_FALSE(fs::exists(target));
}

TEST(BackupTest, DamagedBackupIsRefusedNamingTheFile) {
  TempDir dir;
  const std::string backups = dir.sub("backups");
  {
    std::unique_ptr<Store> store = OpenOrDie(dir.sub("db"), FastOptions());
    ASSERT_NE(store, nullptr);
    ASSERT_NO_FATAL_FAILURE(PutShifts(*store, 0, 100));
    ASSERT_TRUE(store->CreateBackup(backups).ok());
  }
  // Flip one byte in the middle of the largest table file; the size stays.
  fs::path victim;
  for (const fs::directory_entry& e :
       fs::directory_iterator(backups + "/shared_checksum")) {
    if (victim.empty() || e.file_size() > fs::file_size(victim))
      victim = e.path();
  }
  ASSERT_FALSE(victim.empty());
  {
    std::fstream f(victim, std::ios::in | std::ios::out | std::ios::binary);
    const std::streamoff middle =
        static_cast<std::streamoff>(fs::file_size(victim) / 2);
    f.seekg(middle);
    const char byte = static_cast<char>(f.get());
    f.seekp(middle);
    f.put(static_cast<char>(byte ^ 0x5a));
  }

  const std::string target = dir.sub("target");
  absl::StatusOr<BackupInfo> restored =
      RestoreBackup(backups, target, std::nullopt);
  EXPECT_EQ(restored.status().code(), absl::StatusCode::kDataLoss)
      << restored.status();
  const std::string message(restored.status().message());
  EXPECT_THAT(message,
              HasSubstr("backup 1 in " + backups + " failed verification"));
  EXPECT_THAT(message, HasSubstr(victim.filename().string()));
  EXPECT_FALSE(fs::exists(target));
}

TEST(BackupTest, BackupDirectoryInsideTheStoreIsRefused) {
  TempDir dir;
  std::unique_ptr<Store> store = OpenOrDie(dir.sub("db"), FastOptions());
  ASSERT_NE(store, nullptr);
  for (const std::string& inside :
       {dir.sub("db"), dir.sub("db/backups"), dir.sub("db/../db/x")}) {
    absl::StatusOr<BackupInfo> backup = store->CreateBackup(inside);
    EXPECT_TRUE(absl::IsInvalidArgument(backup.status()))
        << inside << ": " << backup.status();
  }
  EXPECT_TRUE(store->CreateBackup(dir.sub("db-backups")).ok());
}

}  // namespace
}  // namespace vaktbro::storage
