// Logging in to the exchange: AuthService.Login with a name and password,
// then a channel that carries the session token, and the account the role
// layout is built from.
//
//   auto session = LogIn({.address = "vakt.example.no:50551"}, "kari", pw);
//   if (!session.ok()) Show(DescribeLoginError(session.status()));
//   ExchangeClient client(session->channel);
//
// The calls block (deadline `Options::deadline` each): never on the GUI
// thread. Errors: those of MakeChannel (INVALID_ARGUMENT or NOT_FOUND about
// the address or CA file), UNAVAILABLE (server not reached), UNAUTHENTICATED
// (wrong name or password, or an expired token for Resume),
// RESOURCE_EXHAUSTED (throttled after failures), CANCELLED.
#ifndef VAKTBRO_CLIENT_CORE_LOGIN_H_
#define VAKTBRO_CLIENT_CORE_LOGIN_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "cancellation.h"
#include "grpcpp/channel.h"
#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::client {

struct ServerOptions {
  std::string address;  // host:port
  std::string ca_file;  // empty: the system's roots
  bool plaintext = false;  // loopback only (tests)
};

struct Session {
  ServerOptions server;
  std::string token;
  v1::Account account;
  absl::Time expire_time = absl::InfiniteFuture();
  // Carries the token on every call.
  std::shared_ptr<grpc::Channel> channel;
};

struct LoginOptions {
  absl::Duration deadline = absl::Seconds(10);
};

absl::StatusOr<Session> LogIn(const ServerOptions& server,
                              const std::string& login,
                              const std::string& password,
                              Cancellation* cancel = nullptr,
                              LoginOptions options = {});

// A session from a token saved earlier: WhoAmI says whose it is.
absl::StatusOr<Session> Resume(const ServerOptions& server,
                               const std::string& token,
                               Cancellation* cancel = nullptr,
                               LoginOptions options = {});

// Revokes the session on the server (best effort; the caller forgets the
// token whatever this returns).
absl::Status LogOut(const Session& session, LoginOptions options = {});

// Which field of the login dialog an error is about, and what to say, as
// an English msgid for the GUI's catalog ("" message: show the server's).
struct LoginError {
  enum class Field { kServer, kLogin, kPassword, kGeneral };
  Field field = Field::kGeneral;
  const char* message = "";
  std::string detail;  // the server's own words, for kGeneral and context
};
LoginError DescribeLoginError(const absl::Status& status);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_LOGIN_H_
