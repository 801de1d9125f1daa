// Starts the real vaktbro-server as a child process for tests: a real RocksDB
// store in a temporary directory, a real gRPC port on loopback.
//
//   auto server = ServerProcess::Start({.demo = true});
//   ASSERT_TRUE(server.ok()) << server.status();
//   auto stub = vaktbro::v1::ShiftService::NewStub((*server)->Channel());
//
// The binary is taken from $VAKTBRO_SERVER_BINARY (set by CTest, see
// cmake/VaktbroTest.cmake). The data directory is removed when the
// ServerProcess is destroyed unless keep_data_dir is set.
//
// Every server starts with the administrator "admin" (kAdminPassword) and
// the ServerProcess logs in as it: Channel() carries that token, so tests of
// anything but access control need not think about it. ChannelFor(token)
// and Login() serve the tests of roles and relationships. Without TLS files
// the server runs with --plaintext-on-loopback.
#ifndef VAKTBRO_TESTS_SUPPORT_SERVER_PROCESS_H_
#define VAKTBRO_TESTS_SUPPORT_SERVER_PROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "grpcpp/channel.h"

namespace vaktbro::testing {

// A fresh temporary directory, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct ServerOptions {
  // Data directory to use; empty: a new temporary one owned by the process.
  std::string data_dir;
  bool demo = false;               // load the demo region into a fresh store
  std::vector<std::string> extra_args;
  // TLS: the server's certificate and key, and the CA the test channels
  // trust (scripts/dev-certs makes all three). Empty: plaintext on loopback.
  std::string tls_cert_file;
  std::string tls_key_file;
  std::string tls_ca_file;
};

// The password of the "admin" account every test server starts with.
inline constexpr char kAdminPassword[] = "test-admin-password";

class ServerProcess {
 public:
  // Starts the server and waits (at most 30 s) until it serves.
  static absl::StatusOr<std::unique_ptr<ServerProcess>> Start(const ServerOptions& options);
  ~ServerProcess();  // SIGTERM, then waits
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // "127.0.0.1:<port>"
  const std::string& address() const { return address_; }
  const std::string& data_dir() const { return data_dir_; }
  // The port of the Prometheus /metrics endpoint (on 127.0.0.1).
  int metrics_port() const { return metrics_port_; }
  // GET /metrics; the body, or an error.
  absl::StatusOr<std::string> FetchMetrics() const;
  // A new channel to the server whose calls carry the admin's token.
  std::shared_ptr<grpc::Channel> Channel() const;
  // A new channel whose calls carry `token` (none when empty).
  std::shared_ptr<grpc::Channel> ChannelFor(const std::string& token) const;
  // Logs in; the session token.
  absl::StatusOr<std::string> Login(const std::string& login, const std::string& password) const;
  const std::string& admin_token() const { return admin_token_; }
  // The flags a vaktbroctl or GUI client needs to reach this server
  // ("--plaintext", or "--ca FILE"), without --server.
  std::vector<std::string> ClientTransportArgs() const;

  // Kills the process with SIGKILL, as a crash would, and reaps it.
  void Kill();
  // Stops it with SIGTERM and waits; returns the exit status.
  int Stop();

 private:
  ServerProcess() = default;
  pid_t pid_ = -1;
  int metrics_port_ = 0;
  std::string address_;
  std::string data_dir_;
  std::unique_ptr<TempDir> owned_dir_;
  std::unique_ptr<TempDir> secrets_dir_;
  std::string tls_ca_file_;
  std::string admin_token_;
};

// A deadline `seconds` from now, for every test RPC.
std::chrono::system_clock::time_point Deadline(int seconds = 10);

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SUPPORT_SERVER_PROCESS_H_
