#include "session_store.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro::client {
namespace {

// Sets an environment variable for the scope of one test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    const char* old = getenv(name);
    had_ = old != nullptr;
    if (had_) old_ = old;
    if (value == nullptr) {
      unsetenv(name);
    } else {
      setenv(name, value, 1);
    }
  }
  ~ScopedEnv() {
    if (had_) {
      setenv(name_, old_.c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  bool had_ = false;
  std::string old_;
};

TEST(SessionStoreTest, OneTokenPerServerInAPrivateFile) {
  ScopedEnv no_token("VAKTBRO_TOKEN", nullptr);
  testing::TempDir dir;
  SessionStore store(dir.path() + "/conf/vaktbro/session");
  EXPECT_EQ(*store.Load("127.0.0.1:50551"), "");  // no file yet

  ASSERT_TRUE(store.Save("127.0.0.1:50551", "token-a").ok());
  ASSERT_TRUE(store.Save("vakt.example.no:443", "token-b").ok());
  ASSERT_TRUE(store.Save("127.0.0.1:50551", "token-c").ok());  // replaces token-a
  EXPECT_EQ(*store.Load("127.0.0.1:50551"), "token-c");
  EXPECT_EQ(*store.Load("vakt.example.no:443"), "token-b");
  EXPECT_EQ(*store.Load("127.0.0.1:1"), "");

  struct stat st {};
  ASSERT_EQ(stat(store.file().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  ASSERT_EQ(stat((dir.path() + "/conf/vaktbro").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);

  ASSERT_TRUE(store.Forget("127.0.0.1:50551").ok());
  EXPECT_EQ(*store.Load("127.0.0.1:50551"), "");
  EXPECT_EQ(*store.Load("vakt.example.no:443"), "token-b");
  ASSERT_TRUE(store.Forget("vakt.example.no:443").ok());
  ASSERT_TRUE(store.Forget("vakt.example.no:443").ok());  // nothing to forget: fine
  EXPECT_NE(stat(store.file().c_str(), &st), 0);           // the empty file is gone
}

TEST(SessionStoreTest, RefusesTokensWithSpaces) {
  testing::TempDir dir;
  SessionStore store(dir.path() + "/session");
  EXPECT_EQ(store.Save("127.0.0.1:1", "a b").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store.Save("127.0.0.1:1", "").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store.Save("", "abc").code(), absl::StatusCode::kInvalidArgument);
}

TEST(SessionStoreTest, TheEnvironmentWins) {
  testing::TempDir dir;
  SessionStore store(dir.path() + "/session");
  ASSERT_TRUE(store.Save("127.0.0.1:1", "from-file").ok());
  ScopedEnv token("VAKTBRO_TOKEN", "from-env");
  EXPECT_EQ(*store.Load("127.0.0.1:1"), "from-env");
  EXPECT_EQ(*store.Load("elsewhere:1"), "from-env");
}

TEST(SessionStoreTest, DefaultFilesFollowXdgConfigHome) {
  testing::TempDir dir;
  ScopedEnv xdg("XDG_CONFIG_HOME", dir.path().c_str());
  ScopedEnv no_ca("VAKTBRO_CA", nullptr);
  EXPECT_EQ(SessionStore().file(), dir.path() + "/vaktbro/session");
  EXPECT_EQ(DefaultCaFile(), "");  // no ca.pem there
  ASSERT_TRUE(SessionStore().Save("127.0.0.1:1", "t").ok());  // makes the directory
  std::ofstream(dir.path() + "/vaktbro/ca.pem") << "-----BEGIN CERTIFICATE-----\n";
  EXPECT_EQ(DefaultCaFile(), dir.path() + "/vaktbro/ca.pem");
  ScopedEnv ca("VAKTBRO_CA", "/etc/vaktbro/ca.pem");
  EXPECT_EQ(DefaultCaFile(), "/etc/vaktbro/ca.pem");
}

}  // namespace
}  // namespace vaktbro::client
