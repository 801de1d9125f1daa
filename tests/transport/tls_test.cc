// The server's door against the real vaktbro-server: TLS with certificates
// from scripts/dev-certs, plaintext only on loopback and only when asked,
// clients that trust the wrong CA or speak plaintext are refused, and a
// request larger than --max-request-bytes is too.
#include <sys/wait.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "channel.h"
#include "gmock/gmock.h"
#include "grpcpp/client_context.h"
#include "gtest/gtest.h"
#include "health_probe.h"
#include "server_process.h"
#include "vaktbro/v1/auth.grpc.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro {
namespace {

using ::testing::HasSubstr;
using testing::CheckHealth;
using testing::Deadline;
using testing::ServerOptions;
using testing::ServerProcess;
using testing::TempDir;

// Runs `command` through the shell; its exit status and what it printed.
struct Ran {
  int exit_code = -1;
  std::string output;
};
Ran RunShell(const std::string& command) {
  Ran ran;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return ran;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) ran.output.append(buf, n);
  const int status = pclose(pipe);
  ran.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return ran;
}

// One set of certificates for the suite: DIR/good from scripts/dev-certs,
// DIR/other a second, unrelated CA.
class TlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::string script = VAKTBRO_DEV_CERTS;
    Ran good = RunShell(script + " " + dir_->path() + "/good");
    Ran other = RunShell(script + " --other-ca " + dir_->path() + "/other");
    ASSERT_EQ(good.exit_code, 0) << good.output;
    ASSERT_EQ(other.exit_code, 0) << other.output;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static std::string Good(const std::string& file) { return dir_->path() + "/good/" + file; }
  static std::string OtherCa() { return dir_->path() + "/other/ca.pem"; }

  static absl::StatusOr<std::unique_ptr<ServerProcess>> StartTls(std::vector<std::string> more = {}) {
    ServerOptions options;
    options.tls_cert_file = Good("server.pem");
    options.tls_key_file = Good("server-key.pem");
    options.tls_ca_file = Good("ca.pem");
    options.extra_args = std::move(more);
    return ServerProcess::Start(options);
  }

  static std::shared_ptr<grpc::Channel> Channel(client::ChannelOptions options) {
    auto channel = client::MakeChannel(options);
    EXPECT_TRUE(channel.ok()) << channel.status();
    return channel.ok() ? *channel : nullptr;
  }

  // The server binary run with `args`; it must refuse to start.
  static Ran Refused(const std::string& args) {
    TempDir data;
    return RunShell(std::string(getenv("VAKTBRO_SERVER_BINARY")) + " --data-dir " + data.path() +
               "/store --metrics-listen '' " + args);
  }

  static TempDir* dir_;
};
TempDir* TlsTest::dir_ = nullptr;

TEST_F(TlsTest, TheRightCaReachesTheServer) {
  auto server = StartTls();
  ASSERT_TRUE(server.ok()) << server.status();
  auto health = CheckHealth(Channel({.address = (*server)->address(), .ca_file = Good("ca.pem")}), "");
  ASSERT_TRUE(health.ok()) << health.status();
  EXPECT_EQ(*health, testing::kHealthServing);

  // By name too: the certificate is for localhost as well as 127.0.0.1.
  const std::string port = (*server)->address().substr((*server)->address().rfind(':') + 1);
  health = CheckHealth(Channel({.address = "localhost:" + port, .ca_file = Good("ca.pem")}), "");
  ASSERT_TRUE(health.ok()) << health.status();

  // A wrong password is the server's answer, so the call went through TLS.
  auto auth = v1::AuthService::NewStub(Channel({.address = (*server)->address(), .ca_file = Good("ca.pem")}));
  v1::LoginRequest request;
  request.set_login("nobody-here");
  request.set_password("not-the-password");
  v1::LoginResponse response;
  grpc::ClientContext context;
  context.set_deadline(Deadline());
  const grpc::Status status = auth->Login(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << status.error_message();

  // And the token of a real login is carried over TLS.
  auto token = (*server)->Login("admin", testing::kAdminPassword);
  ASSERT_TRUE(token.ok()) << token.status();
  auto me = v1::AuthService::NewStub(
      Channel({.address = (*server)->address(), .ca_file = Good("ca.pem"), .token = *token}));
  v1::WhoAmIResponse who;
  grpc::ClientContext who_context;
  who_context.set_deadline(Deadline());
  const grpc::Status who_status = me->WhoAmI(&who_context, v1::WhoAmIRequest(), &who);
  ASSERT_TRUE(who_status.ok()) << who_status.error_message();
  EXPECT_EQ(who.account().name(), "accounts/admin");
}

TEST_F(TlsTest, APlaintextClientIsRefused) {
  auto server = StartTls();
  ASSERT_TRUE(server.ok()) << server.status();
  auto health = CheckHealth(Channel({.address = (*server)->address(), .plaintext = true}), "");
  ASSERT_FALSE(health.ok());
  EXPECT_EQ(health.status().code(), absl::StatusCode::kUnavailable) << health.status();
}

TEST_F(TlsTest, AClientTrustingAnotherCaIsRefused) {
  auto server = StartTls();
  ASSERT_TRUE(server.ok()) << server.status();
  auto health = CheckHealth(Channel({.address = (*server)->address(), .ca_file = OtherCa()}), "");
  ASSERT_FALSE(health.ok());
  EXPECT_EQ(health.status().code(), absl::StatusCode::kUnavailable) << health.status();

  // Nor do the system's roots know the development CA.
  health = CheckHealth(Channel({.address = (*server)->address()}), "");
  ASSERT_FALSE(health.ok());
  EXPECT_EQ(health.status().code(), absl::StatusCode::kUnavailable) << health.status();
}

TEST_F(TlsTest, ARequestLargerThanTheLimitIsRefused) {
  auto server = StartTls({"--max-request-bytes", "65536"});
  ASSERT_TRUE(server.ok()) << server.status();
  auto directory =
      v1::DirectoryService::NewStub(Channel({.address = (*server)->address(), .ca_file = Good("ca.pem")}));
  for (const int bytes : {1000, 100'000}) {
    v1::ListPeopleRequest request;
    request.set_page_token(std::string(bytes, 'x'));
    v1::ListPeopleResponse response;
    grpc::ClientContext context;
    context.set_deadline(Deadline());
    const grpc::Status status = directory->ListPeople(&context, request, &response);
    if (bytes > 65536) {
      EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();
    } else {
      EXPECT_NE(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();
      EXPECT_NE(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
    }
  }
}

TEST_F(TlsTest, PlaintextOnLoopbackServesPlaintextClients) {
  auto server = ServerProcess::Start({});  // no TLS files: --plaintext-on-loopback
  ASSERT_TRUE(server.ok()) << server.status();
  auto health = CheckHealth(Channel({.address = (*server)->address(), .plaintext = true}), "");
  ASSERT_TRUE(health.ok()) << health.status();
  EXPECT_EQ(*health, testing::kHealthServing);
  // A TLS client gets no answer from a plaintext server.
  health = CheckHealth(Channel({.address = (*server)->address(), .ca_file = Good("ca.pem")}), "");
  EXPECT_EQ(health.status().code(), absl::StatusCode::kUnavailable) << health.status();
}

TEST_F(TlsTest, TheServerRefusesToStartWithoutTransportSecurity) {
  Ran ran = Refused("--listen 127.0.0.1:0");
  EXPECT_NE(ran.exit_code, 0);
  EXPECT_THAT(ran.output, HasSubstr("--tls-cert"));
  EXPECT_THAT(ran.output, HasSubstr("--plaintext-on-loopback"));
}

TEST_F(TlsTest, TheServerRefusesPlaintextOnOtherAddresses) {
  for (const std::string listen : {"0.0.0.0:0", "[::]:0", "10.1.2.3:50551", "vakt.example.no:50551"}) {
    Ran ran = Refused("--plaintext-on-loopback --listen " + listen);
    EXPECT_NE(ran.exit_code, 0) << listen;
    EXPECT_THAT(ran.output, HasSubstr("--plaintext-on-loopback: only on a loopback address")) << listen;
  }
}

TEST_F(TlsTest, TheServerRefusesBadCertificateOptions) {
  Ran ran = Refused("--listen 127.0.0.1:0 --tls-cert " + Good("server.pem"));
  EXPECT_NE(ran.exit_code, 0);
  EXPECT_THAT(ran.output, HasSubstr("--tls-key"));

  ran = Refused("--listen 127.0.0.1:0 --tls-cert /nonexistent/server.pem --tls-key " + Good("server-key.pem"));
  EXPECT_NE(ran.exit_code, 0);
  EXPECT_THAT(ran.output, HasSubstr("/nonexistent/server.pem"));

  // The key where the certificate should be.
  ran = Refused("--listen 127.0.0.1:0 --tls-cert " + Good("server-key.pem") + " --tls-key " + Good("server-key.pem"));
  EXPECT_NE(ran.exit_code, 0);
  EXPECT_THAT(ran.output, HasSubstr("--tls-cert"));

  ran = Refused("--listen 127.0.0.1:0 --plaintext-on-loopback --tls-cert " + Good("server.pem") + " --tls-key " +
                Good("server-key.pem"));
  EXPECT_NE(ran.exit_code, 0);
  EXPECT_THAT(ran.output, HasSubstr("not both"));
}

TEST_F(TlsTest, DevCertsKeepsValidFiles) {
  Ran again = RunShell(std::string(VAKTBRO_DEV_CERTS) + " " + dir_->path() + "/good");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_THAT(again.output, HasSubstr("keeping the CA"));
  EXPECT_THAT(again.output, HasSubstr("keeping the server certificate"));
}

}  // namespace
}  // namespace vaktbro
