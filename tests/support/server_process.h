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
};

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
  // A new insecure channel to the server.
  std::shared_ptr<grpc::Channel> Channel() const;

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
};

// A deadline `seconds` from now, for every test RPC.
std::chrono::system_clock::time_point Deadline(int seconds = 10);

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SUPPORT_SERVER_PROCESS_H_
