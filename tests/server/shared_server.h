// A test suite whose tests share one real vaktbro-server with a fresh store,
// started before the suite's first test and stopped after its last.
#ifndef VAKTBRO_TESTS_SERVER_SHARED_SERVER_H_
#define VAKTBRO_TESTS_SERVER_SHARED_SERVER_H_

#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro::testing {

class SharedServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<ServerProcess>> server = ServerProcess::Start({});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = server->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  // Fails the test when the suite's server did not start.
  void SetUp() override { ASSERT_NE(server_, nullptr); }

  // Suites run one after another, so one slot serves every derived suite.
  static inline ServerProcess* server_ = nullptr;
};

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SERVER_SHARED_SERVER_H_
