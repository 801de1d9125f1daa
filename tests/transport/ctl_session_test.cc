// vaktbroctl over TLS against the real server with the demo region: login
// (password file and stdin), whoami, accounts, audit, logout, and the
// messages for a missing session, a missing CA and plaintext to TLS.
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::ServerOptions;
using testing::ServerProcess;
using testing::TempDir;

struct Ran {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

// Single-quotes `word` for the shell.
std::string Quote(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

class CtlSessionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::string certs = dir_->path() + "/certs";
    const int made = std::system((std::string(VAKTBRO_DEV_CERTS) + " " + certs + " >/dev/null").c_str());
    ASSERT_EQ(made, 0);
    ServerOptions options;
    options.demo = true;
    options.tls_cert_file = certs + "/server.pem";
    options.tls_key_file = certs + "/server-key.pem";
    options.tls_ca_file = certs + "/ca.pem";
    auto started = ServerProcess::Start(options);
    ASSERT_TRUE(started.ok()) << started.status();
    server_ = started->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(server_, nullptr); }

  static std::string Ca() { return dir_->path() + "/certs/ca.pem"; }
  std::string TokenFile() const { return home_.path() + "/session"; }

  // Writes `text` and a newline to a new file in the test's directory.
  std::string File(const std::string& name, const std::string& text) const {
    const std::string path = home_.path() + "/" + name;
    std::ofstream(path) << text << "\n";
    return path;
  }

  // vaktbroctl --server <server> <transport> --token-file <file> args...,
  // with `stdin_text` on standard input, in an environment without the
  // user's configuration.
  Ran Ctl(const std::vector<std::string>& transport, const std::vector<std::string>& args,
          const std::string& stdin_text = "") const {
    std::string command = "printf '%s' " + Quote(stdin_text) + " | env -u VAKTBRO_TOKEN -u VAKTBRO_CA " +
                          "-u VAKTBRO_PLAINTEXT XDG_CONFIG_HOME=" + Quote(home_.path()) + " " +
                          Quote(getenv("VAKTBRO_CTL_BINARY")) + " --server " + server_->address() +
                          " --token-file " + Quote(TokenFile());
    for (const std::string& a : transport) command += " " + Quote(a);
    for (const std::string& a : args) command += " " + Quote(a);
    Ran ran;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return ran;
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) ran.output.append(buf, n);
    const int status = pclose(pipe);
    ran.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return ran;
  }
  Ran Tls(const std::vector<std::string>& args, const std::string& stdin_text = "") const {
    return Ctl({"--ca", Ca()}, args, stdin_text);
  }

  static TempDir* dir_;
  static ServerProcess* server_;
  TempDir home_;
};
TempDir* CtlSessionTest::dir_ = nullptr;
ServerProcess* CtlSessionTest::server_ = nullptr;

TEST_F(CtlSessionTest, LoginWhoAmIAndLogout) {
  Ran ran = Tls({"whoami"});
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_THAT(ran.output, HasSubstr("not logged in or session expired: run vaktbroctl login"));

  ran = Tls({"login", "--user", "admin", "--password-file", File("wrong", "not-the-password")});
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_THAT(ran.output, HasSubstr("wrong login or password"));

  ran = Tls({"login", "--user", "admin", "--password-file", File("pw", testing::kAdminPassword)});
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  EXPECT_THAT(ran.output, HasSubstr("as admin"));
  struct stat st {};
  ASSERT_EQ(stat(TokenFile().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  ran = Tls({"whoami"});
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  EXPECT_THAT(ran.output, HasSubstr("accounts/admin"));
  EXPECT_THAT(ran.output, HasSubstr("administrator"));

  ran = Tls({"logout"});
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  ran = Tls({"whoami"});
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_THAT(ran.output, HasSubstr("not logged in"));
}

TEST_F(CtlSessionTest, AnAdministratorCreatesACoordinatorWhoSeesNoAudit) {
  ASSERT_EQ(Tls({"login", "--user", "admin"}, std::string(testing::kAdminPassword) + "\n").exit_code, 0);
  Ran ran = Tls({"accounts", "create", "--login", "test-koord", "--role", "coordinator", "--organisation",
                 "vestvik-sykehus", "--display-name", "Test Koordinator", "--password-file",
                 File("new", "a-long-enough-password")});
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  EXPECT_THAT(ran.output, HasSubstr("accounts/test-koord"));

  ran = Tls({"accounts", "list"});
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  EXPECT_THAT(ran.output, HasSubstr("test-koord"));
  EXPECT_THAT(ran.output, HasSubstr("Test Koordinator"));

  ran = Tls({"audit", "--account", "admin", "--since", "1h", "--limit", "5"});
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  EXPECT_THAT(ran.output, HasSubstr("AccountService/CreateAccount"));

  // The password from standard input, as a script gives it.
  ran = Tls({"login", "--user", "test-koord"}, "a-long-enough-password\n");
  ASSERT_EQ(ran.exit_code, 0) << ran.output;
  ran = Tls({"whoami"});
  EXPECT_THAT(ran.output, HasSubstr("coordinator"));
  ran = Tls({"audit"});
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_THAT(ran.output, HasSubstr("PERMISSION_DENIED"));
}

TEST_F(CtlSessionTest, WithoutTheCaOrWithPlaintextTheServerIsNotReached) {
  Ran ran = Ctl({"--timeout", "3"}, {"whoami"});
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_THAT(ran.output, HasSubstr("cannot reach the server"));
  EXPECT_THAT(ran.output, HasSubstr("TLS"));

  ran = Ctl({"--timeout", "3", "--plaintext"}, {"whoami"});
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_THAT(ran.output, HasSubstr("cannot reach the server"));
  EXPECT_THAT(ran.output, Not(HasSubstr("logged in")));
}

}  // namespace
}  // namespace vaktbro
