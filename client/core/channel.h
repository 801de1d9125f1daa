// The clients' channel to the exchange: TLS that verifies the server, or
// plaintext to a loopback address when asked for; every call carries the
// session token.
//
//   auto channel = MakeChannel({.address = "vakt.example.no:50551",
//                               .ca_file = "/etc/vaktbro/ca.pem",
//                               .token = token});
//   if (!channel.ok()) return channel.status();
//
// Used by vaktbroctl and the desktop client alike. No GUI header.
#ifndef VAKTBRO_CLIENT_CORE_CHANNEL_H_
#define VAKTBRO_CLIENT_CORE_CHANNEL_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "grpcpp/channel.h"

namespace vaktbro::client {

struct ChannelOptions {
  std::string address;  // host:port (or any gRPC target)
  // PEM file of the CA(s) that signed the server's certificate; empty: the
  // system's trusted roots.
  std::string ca_file;
  // No TLS. Allowed only to a loopback address, for a server started with
  // --plaintext-on-loopback.
  bool plaintext = false;
  // Sent as "authorization: Bearer <token>" on every call when not empty.
  std::string token;
};

// A channel as `options` say. The channel connects lazily: a server that
// cannot be reached, or whose certificate does not verify, shows as
// UNAVAILABLE on the first call. Errors here: INVALID_ARGUMENT naming
// "plaintext" for plaintext to an address that is not loopback or naming
// "address" when it is empty; NOT_FOUND or INVALID_ARGUMENT naming the CA
// file when it cannot be read or holds no certificate.
absl::StatusOr<std::shared_ptr<grpc::Channel>> MakeChannel(
    const ChannelOptions& options);

// True for 127.0.0.1 (any 127.x.y.z), ::1, [::1], localhost and unix:
// sockets, with or without ":port" and a "dns:///", "ipv4:" or "ipv6:"
// prefix.
bool IsLoopbackAddress(absl::string_view address);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_CHANNEL_H_
