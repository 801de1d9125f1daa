// A fixture for end-to-end tests of vaktbroctl: one real server with the demo
// region per test suite, and the real vaktbroctl binary run per command line.
// Both binaries come from CTest's environment (cmake/VaktbroTest.cmake).
#ifndef VAKTBRO_TESTS_CTL_CTL_RUNNER_H_
#define VAKTBRO_TESTS_CTL_CTL_RUNNER_H_

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro::ctl {

// What one run of vaktbroctl did.
struct CtlRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CtlFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  void SetUp() override;

  // Runs vaktbroctl --server <address> args... and collects what it printed.
  CtlRun Ctl(const std::vector<std::string>& args);

  // The Europe/Oslo date `days_from_today` days from today, "YYYY-MM-DD".
  static std::string Day(int days_from_today);

  // REQUIRES: SetUp succeeded.
  static vaktbro::testing::ServerProcess& server() { return *server_; }

 private:
  static std::string* ctl_;
  static std::string* start_error_;
  static vaktbro::testing::ServerProcess* server_;
  vaktbro::testing::TempDir dir_;
};

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_TESTS_CTL_CTL_RUNNER_H_
