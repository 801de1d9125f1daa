// domain::Backups: the default backup directory, backups as vaktbro.v1
// resources, and paging through them.
#include "backups.h"

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "store.h"

namespace vaktbro::domain {
namespace {

TEST(DefaultBackupDir, IsASiblingOfTheStore) {
  const struct {
    std::string data_dir;
    std::string expected;
  } cases[] = {
      {"data", "data-backups"},
      {"data/", "data-backups"},
      {"/var/lib/vaktbro/data", "/var/lib/vaktbro/data-backups"},
      {"/var/lib/vaktbro/data//", "/var/lib/vaktbro/data-backups"},
      {"./a/../data", "data-backups"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DefaultBackupDir(c.data_dir), c.expected) << c.data_dir;
  }
  const std::string cwd = std::filesystem::current_path().string();
  EXPECT_EQ(DefaultBackupDir("."), cwd + "-backups");
  EXPECT_EQ(DefaultBackupDir("./"), cwd + "-backups");
}

class BackupsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = "/tmp/vaktbro-backups-XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    storage::StoreOptions options;
    options.sync_writes = false;
    auto store = storage::Store::Open(dir_ + "/store", options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    backups_ = std::make_unique<Backups>(store_.get(), dir_ + "/backups");
  }
  void TearDown() override {
    backups_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<Backups> backups_;
};

TEST_F(BackupsTest, CreatedBackupIsAResourceInTheConfiguredDirectory) {
  absl::StatusOr<v1::ListBackupsResponse> none = backups_->ListBackups({});
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_EQ(none->backups_size(), 0);

  absl::StatusOr<v1::Backup> backup = backups_->CreateBackup({});
  ASSERT_TRUE(backup.ok()) << backup.status();
  EXPECT_EQ(backup->name(), "backups/1");
  EXPECT_EQ(backup->id(), 1u);
  EXPECT_EQ(backup->backup_dir(), dir_ + "/backups");
  EXPECT_GT(backup->create_time().seconds(), 0);
  EXPECT_GT(backup->file_count(), 0u);

  v1::CreateBackupRequest bad;
  bad.set_request_id(std::string(65, 'x'));
  EXPECT_EQ(backups_->CreateBackup(bad).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(BackupsTest, ListPagesInIdOrder) {
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(backups_->CreateBackup({}).ok());
  v1::ListBackupsRequest request;
  request.set_page_size(2);
  absl::StatusOr<v1::ListBackupsResponse> first =
      backups_->ListBackups(request);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_EQ(first->backups_size(), 2);
  EXPECT_EQ(first->backups(0).id(), 1u);
  EXPECT_EQ(first->backups(1).id(), 2u);
  ASSERT_FALSE(first->next_page_token().empty());

  request.set_page_token(first->next_page_token());
  absl::StatusOr<v1::ListBackupsResponse> second =
      backups_->ListBackups(request);
  ASSERT_TRUE(second.ok()) << second.status();
  ASSERT_EQ(second->backups_size(), 1);
  EXPECT_EQ(second->backups(0).id(), 3u);
  EXPECT_TRUE(second->next_page_token().empty());

  request.set_page_token("not a token");
  EXPECT_EQ(backups_->ListBackups(request).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vaktbro::domain
