#include "login.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/time/clock.h"
#include "channel.h"
#include "grpc_status.h"
#include "grpcpp/client_context.h"
#include "labels.h"
#include "oslo_time.h"
#include "vaktbro/v1/auth.grpc.pb.h"

namespace vaktbro::client {
namespace {

absl::StatusOr<std::shared_ptr<grpc::Channel>> ChannelFor(
    const ServerOptions& server, const std::string& token) {
  return MakeChannel({.address = server.address,
                      .ca_file = server.ca_file,
                      .plaintext = server.plaintext,
                      .token = token});
}

template <typename Response, typename Call>
absl::StatusOr<Response> Unary(const std::shared_ptr<grpc::Channel>& channel,
                               absl::Duration deadline, Cancellation* cancel,
                               Call call) {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
  ScopedAttach attach(cancel, &context);
  if (!attach.status().ok()) return attach.status();
  std::unique_ptr<v1::AuthService::Stub> stub =
      v1::AuthService::NewStub(channel);
  Response response;
  absl::Status status = FromGrpcStatus(call(*stub, &context, &response));
  if (!status.ok()) return status;
  return response;
}

}  // namespace

absl::StatusOr<Session> LogIn(const ServerOptions& server,
                              const std::string& login,
                              const std::string& password,
                              Cancellation* cancel, LoginOptions options) {
  absl::StatusOr<std::shared_ptr<grpc::Channel>> anonymous =
      ChannelFor(server, "");
  if (!anonymous.ok()) return anonymous.status();
  v1::LoginRequest request;
  request.set_login(login);
  request.set_password(password);
  absl::StatusOr<v1::LoginResponse> response = Unary<v1::LoginResponse>(
      *anonymous, options.deadline, cancel,
      [&](v1::AuthService::Stub& stub, grpc::ClientContext* context,
          v1::LoginResponse* out) { return stub.Login(context, request, out); });
  if (!response.ok()) return response.status();
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel =
      ChannelFor(server, response->token());
  if (!channel.ok()) return channel.status();
  Session session{.server = server,
                  .token = response->token(),
                  .account = response->account(),
                  .channel = *std::move(channel)};
  if (response->has_expire_time()) {
    session.expire_time = FromTimestamp(response->expire_time());
  }
  return session;
}

absl::StatusOr<Session> Resume(const ServerOptions& server,
                               const std::string& token, Cancellation* cancel,
                               LoginOptions options) {
  if (token.empty()) return absl::UnauthenticatedError("no saved session");
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel =
      ChannelFor(server, token);
  if (!channel.ok()) return channel.status();
  absl::StatusOr<v1::WhoAmIResponse> who = Unary<v1::WhoAmIResponse>(
      *channel, options.deadline, cancel,
      [](v1::AuthService::Stub& stub, grpc::ClientContext* context,
         v1::WhoAmIResponse* out) {
        return stub.WhoAmI(context, v1::WhoAmIRequest(), out);
      });
  if (!who.ok()) return who.status();
  Session session{.server = server,
                  .token = token,
                  .account = who->account(),
                  .channel = *std::move(channel)};
  if (who->has_expire_time()) {
    session.expire_time = FromTimestamp(who->expire_time());
  }
  return session;
}

absl::Status LogOut(const Session& session, LoginOptions options) {
  return Unary<v1::LogoutResponse>(
             session.channel, options.deadline, nullptr,
             [](v1::AuthService::Stub& stub, grpc::ClientContext* context,
                v1::LogoutResponse* out) {
               return stub.Logout(context, v1::LogoutRequest(), out);
             })
      .status();
}

LoginError DescribeLoginError(const absl::Status& status) {
  using Field = LoginError::Field;
  const std::string detail(status.message());
  switch (status.code()) {
    case absl::StatusCode::kUnauthenticated:
      return {Field::kPassword, VAKTBRO_N_("Wrong login name or password."),
              detail};
    case absl::StatusCode::kResourceExhausted:
      return {Field::kPassword,
              VAKTBRO_N_("Too many failed attempts. Wait a little and try "
                         "again."),
              detail};
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kDeadlineExceeded:
      return {Field::kServer,
              VAKTBRO_N_("The server does not answer. Check the address and "
                         "the network."),
              detail};
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kNotFound:
      if (absl::StrContains(detail, "login")) {
        return {Field::kLogin, "", detail};
      }
      return {Field::kServer, "", detail};
    case absl::StatusCode::kCancelled:
      return {Field::kGeneral, VAKTBRO_N_("Cancelled."), detail};
    default:
      return {Field::kGeneral, "", detail};
  }
}

}  // namespace vaktbro::client
