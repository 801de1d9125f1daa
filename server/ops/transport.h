// The server's door: how vaktbro-server listens. TLS with a certificate and
// key from files, or plaintext on a loopback address when asked for
// explicitly; the largest request, the concurrent streams per connection,
// keepalive and idle limits.
#ifndef VAKTBRO_SERVER_OPS_TRANSPORT_H_
#define VAKTBRO_SERVER_OPS_TRANSPORT_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "grpcpp/server_builder.h"

namespace vaktbro::ops {

struct TransportOptions {
  std::string listen;         // host:port; port 0 picks a free port
  std::string tls_cert_file;  // PEM: the server's certificate (chain)
  std::string tls_key_file;   // PEM: its private key
  // Serve without TLS; allowed only when `listen` is a loopback address.
  bool plaintext_on_loopback = false;
  int max_request_bytes = 4 << 20;  // larger requests: RESOURCE_EXHAUSTED
  int max_concurrent_streams = 64;  // per connection
};

// True for 127.0.0.1, ::1, [::1], localhost (any 127.x.y.z too) and unix:
// sockets, with or without a ":port" and a "dns:///", "ipv4:" or "ipv6:"
// prefix.
bool IsLoopbackAddress(absl::string_view address);

// Checks the options without touching the files' contents: INVALID_ARGUMENT
// naming the flag (--tls-cert, --tls-key, --plaintext-on-loopback,
// --max-request-bytes) when they contradict each other, when neither TLS
// nor plaintext is chosen, or when plaintext is asked for on an address
// that is not loopback.
absl::Status ValidateTransport(const TransportOptions& options);

// ValidateTransport, then reads the certificate and key (INVALID_ARGUMENT
// naming the file when unreadable or not PEM), adds the listening port to
// `builder` with TLS or plaintext credentials and sets the limits.
// `*selected_port` is set by BuildAndStart (0 if it could not bind).
// REQUIRES: selected_port outlives BuildAndStart.
absl::Status ConfigureTransport(const TransportOptions& options,
                                grpc::ServerBuilder& builder,
                                int* selected_port);

}  // namespace vaktbro::ops

#endif  // VAKTBRO_SERVER_OPS_TRANSPORT_H_
