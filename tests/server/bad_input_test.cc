// Every mutating method refuses bad input with the right code, names the
// offending field, and writes nothing. One table: each row spoils a valid
// baseline request of one method.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "bad_input_cases.h"
#include "fixtures.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server_process.h"
#include "world.h"

namespace vaktbro::testing::bad_input {
namespace {

// A server of its own per test, so that the fingerprint covers one world.
class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<ServerProcess>> server =
        ServerProcess::Start({});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    client_ = std::make_unique<Client>(server_->Channel());
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<Client> client_;
};

// Each baseline is valid: sent as it is, it succeeds (each in a world of its
// own, since it changes that world).
TEST_F(BadInputTest, BaselinesAreAccepted) {
  for (Method method : AllMethods()) {
    SCOPED_TRACE(MethodName(method));
    World world;
    ASSERT_NO_FATAL_FAILURE(BuildWorld(*client_, &world));
    std::unique_ptr<Message> request = Baseline(method, world);
    EXPECT_EQ(Send(*client_, method, *request), absl::OkStatus());
  }
}

void RunCases(Client& client, const World& world,
              const std::vector<Case>& cases) {
  std::map<Method, int> per_method;
  absl::StatusOr<StoreFingerprint> first = Fingerprint(client);
  ASSERT_TRUE(first.ok()) << first.status();
  StoreFingerprint before = *std::move(first);
  for (const Case& c : cases) {
    SCOPED_TRACE(absl::StrCat(MethodName(c.method), ": ", c.what));
    ++per_method[c.method];
    std::unique_ptr<Message> request = c.build(world);
    ASSERT_NE(request, nullptr)
        << "the row's request type does not match its method";

    const absl::Status status = Send(client, c.method, *request);
    EXPECT_EQ(status.code(), c.code) << status;
    if (!c.field.empty()) {
      EXPECT_TRUE(NamesField(std::string(status.message()), c.field))
          << "message should start with \"" << c.field << ": \": " << status;
    }

    absl::StatusOr<StoreFingerprint> after = Fingerprint(client);
    ASSERT_TRUE(after.ok()) << after.status();
    EXPECT_EQ(Difference(before, *after), "")
        << "a refused request changed the store";
    before = *std::move(after);  // so that one bad row does not fail the next
  }
  for (Method method : AllMethods()) {
    if (per_method[method] == 0 &&
        IsDirectoryMethod(method) == IsDirectoryMethod(cases[0].method)) {
      ADD_FAILURE() << "no bad-input row for " << MethodName(method);
    }
  }
}

TEST_F(BadInputTest, DirectoryMethodsRefuseBadInputAndWriteNothing) {
  World world;
  ASSERT_NO_FATAL_FAILURE(BuildWorld(*client_, &world));
  RunCases(*client_, world, DirectoryCases());
}

TEST_F(BadInputTest, ShiftMethodsRefuseBadInputAndWriteNothing) {
  World world;
  ASSERT_NO_FATAL_FAILURE(BuildWorld(*client_, &world));
  RunCases(*client_, world, ShiftCases());
}

}  // namespace
}  // namespace vaktbro::testing::bad_input
