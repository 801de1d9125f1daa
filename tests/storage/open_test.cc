// Store::Open: reopening, schema refusal, one opener at a time.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "store.h"
#include "test_util.h"
#include "testing.h"

namespace vaktbro::storage {
namespace {

using test::CommitOrFail;
using test::FastOptions;
using test::MakeShift;
using test::OpenOrDie;
using test::TempDir;


TEST(OpenTest, ReopenKeepsCommittedData) {
  TempDir dir;
  const std::string path = dir.sub("nested/db");  // directories are created
  {
    StoreOptions options = FastOptions();
    options.sync_writes = true;
    std::unique_ptr<Store> store = OpenOrDie(path, options);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->schema_version(), kSchemaVersion);
    std::unique_ptr<Txn> txn = store->Begin();
    ASSERT_TRUE(txn->Put(MakeShift("s1", "u1", 42)).ok());
    ASSERT_TRUE(txn->PutRequest("PostShift", "r-1", {"fp", "reply"}).ok());
    CommitOrFail(*txn);
  }
  std::unique_ptr<Store> store = OpenOrDie(path, FastOptions());
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), kSchemaVersion);
  EXPECT_FALSE(*store->IsEmpty());
  std::unique_ptr<Txn> txn = store->Begin();
  absl::StatusOr<v1::Shift> shift = txn->GetShift("s1", LockMode::kNone);
  ASSERT_TRUE(shift.ok()) << shift.status();
  EXPECT_EQ(ToUnixSeconds(shift->start_time()), 42);
  auto by_unit = txn->ListShiftsOfUnit("u1", {}, {}, 10);
  ASSERT_TRUE(by_unit.ok());
  EXPECT_EQ(by_unit->size(), 1u);
  EXPECT_TRUE(txn->GetRequest("PostShift", "r-1").ok());
}

TEST(OpenTest, NewerSchemaIsRefusedNamingBothVersions) {
  TempDir dir;
  const std::string path = dir.sub("db");
  OpenOrDie(path, FastOptions()).reset();
  ASSERT_TRUE(
      SetRecordedSchemaVersionForTesting(path, kSchemaVersion + 1).ok());

  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::Open(path, FastOptions());
  ASSERT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition)
      << store.status();
  EXPECT_EQ(store.status().message(),
            "store at " + path +
                " was written by schema version 2; this "
                "vaktbro reads up to 1; upgrade vaktbro");

  // The refusal closed the store again: with the version put back it opens.
  ASSERT_TRUE(SetRecordedSchemaVersionForTesting(path, kSchemaVersion).ok());
  EXPECT_TRUE(Store::Open(path, FastOptions()).ok());
}

TEST(OpenTest, SecondOpenWhileOpenIsUnavailable) {
  TempDir dir;
  const std::string path = dir.sub("db");
  std::unique_ptr<Store> first = OpenOrDie(path, FastOptions());
  absl::StatusOr<std::unique_ptr<Store>> second =
      Store::Open(path, FastOptions());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable)
      << second.status();
  EXPECT_NE(second.status().message().find("already open"), std::string::npos);
  first.reset();
  EXPECT_TRUE(Store::Open(path, FastOptions()).ok());
}

// Another process holding the store is tested with two real servers in
// tests/server/durability_test.cc (SecondServerOnTheSameStoreRefuses).

TEST(OpenTest, MissingStoreWithoutCreateIsNotFound) {
  TempDir dir;
  StoreOptions options = FastOptions();
  options.create_if_missing = false;
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::Open(dir.sub("absent"), options);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kNotFound)
      << store.status();
}

}  // namespace
}  // namespace vaktbro::storage
