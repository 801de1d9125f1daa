// vaktbroctl's connection to the server: the generated stubs on one channel,
// a deadline on every call, and the paged List calls read to the end.
//
// Errors come back as absl::Status with the server's code and message, so
// "shift.end_time: must be after start_time" reaches the user unchanged.
// Thread-compatible: one thread uses a Connection.
#ifndef VAKTBRO_CLIENT_CTL_RPC_H_
#define VAKTBRO_CLIENT_CTL_RPC_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "vaktbro/v1/auth.grpc.pb.h"
#include "vaktbro/v1/matching.grpc.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::ctl {

struct ConnectionOptions {
  std::string server = "127.0.0.1:50551";      // host:port
  absl::Duration timeout = absl::Seconds(10);  // the deadline of each call
  std::string ca_file;     // the CA that signed the server's certificate; empty: system roots
  bool plaintext = false;  // no TLS: loopback addresses only (client/core/channel.h)
  std::string token;       // the session token; empty: not logged in
};

absl::Status FromGrpc(const grpc::Status& status);

// The channel is made by client::MakeChannel (TLS that verifies the
// server, the token on every call). When it cannot be made (an unreadable
// --ca file, --plaintext to a remote address) every Call returns that
// error, so commands that need no server still run.
class Connection {
 public:
  explicit Connection(const ConnectionOptions& options);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  v1::DirectoryService::Stub& directory() { return *directory_; }
  v1::ShiftService::Stub& shifts() { return *shifts_; }
  v1::AdminService::Stub& admin() { return *admin_; }
  v1::MatchingService::Stub& matching() { return *matching_; }
  v1::AuthService::Stub& auth() { return *auth_; }
  v1::AccountService::Stub& accounts() { return *accounts_; }
  v1::AuditService::Stub& audit() { return *audit_; }
  // The channel, for stubs of other services (one that goes nowhere when
  // setup() failed).
  const std::shared_ptr<grpc::Channel>& channel() const { return channel_; }
  // OK, or why the channel could not be made.
  const absl::Status& setup() const { return setup_; }
  const std::string& server() const { return server_; }
  absl::Duration timeout() const { return timeout_; }

  // Runs `rpc(context, response)` with a fresh context that carries the
  // deadline. UNAVAILABLE is retried twice after a short pause: the request,
  // request_id included, is the same every time, so a mutation the server
  // did receive happens once.
  template <typename Response, typename Rpc>
  absl::StatusOr<Response> Call(Rpc rpc) {
    constexpr int kAttempts = 3;
    if (!setup_.ok()) return setup_;
    for (int attempt = 1;; ++attempt) {
      grpc::ClientContext context;
      context.set_deadline(absl::ToChronoTime(absl::Now() + timeout_));
      Response response;
      const grpc::Status status = rpc(&context, &response);
      if (status.ok()) return response;
      if (status.error_code() != grpc::StatusCode::UNAVAILABLE ||
          attempt == kAttempts) {
        return Failed(status);
      }
      absl::SleepFor(absl::Milliseconds(250 * attempt));
    }
  }

  // `status` as Call returns it: UNAVAILABLE and DEADLINE_EXCEEDED say
  // which server and how long; UNAUTHENTICATED says to log in; the rest
  // is the server's code and message.
  absl::Status Failed(const grpc::Status& status) const;

 private:

  std::string server_;
  absl::Duration timeout_;
  absl::Status setup_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::DirectoryService::Stub> directory_;
  std::unique_ptr<v1::ShiftService::Stub> shifts_;
  std::unique_ptr<v1::AdminService::Stub> admin_;
  std::unique_ptr<v1::MatchingService::Stub> matching_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::unique_ptr<v1::AccountService::Stub> accounts_;
  std::unique_ptr<v1::AuditService::Stub> audit_;
};

// Every page of the List calls. The request's page fields are set here.
absl::StatusOr<std::vector<v1::Shift>> ListAllShifts(
    Connection& c, v1::ListShiftsRequest request);
absl::StatusOr<std::vector<v1::Unit>> ListAllUnits(Connection& c);
absl::StatusOr<std::vector<v1::Person>> ListAllPeople(Connection& c);
absl::StatusOr<std::vector<v1::Organisation>> ListAllOrganisations(Connection& c);
absl::StatusOr<std::vector<v1::Position>> ListAllPositions(
    Connection& c, v1::ListPositionsRequest request);
absl::StatusOr<std::vector<v1::Assignment>> ListAllAssignments(
    Connection& c, v1::ListAssignmentsRequest request);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_RPC_H_
