#include "transport.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <fstream>
#include <sstream>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "grpcpp/security/server_credentials.h"

namespace vaktbro::ops {
namespace {

constexpr int kMinRequestBytes = 1024;
constexpr int kMaxRequestBytes = 1 << 30;

// The host part of a gRPC address: "[::1]:5" -> "::1", "a:5" -> "a", a bare
// IPv6 address stays whole.
absl::string_view HostOf(absl::string_view address) {
  for (absl::string_view prefix : {"dns:///", "dns:", "ipv4:", "ipv6:"}) {
    if (absl::StartsWith(address, prefix)) {
      address.remove_prefix(prefix.size());
      break;
    }
  }
  if (absl::StartsWith(address, "[")) {
    const size_t close = address.find(']');
    return close == absl::string_view::npos ? address.substr(1) : address.substr(1, close - 1);
  }
  const size_t colon = address.find(':');
  if (colon == absl::string_view::npos) return address;
  if (address.find(':', colon + 1) != absl::string_view::npos) return address;  // bare IPv6
  return address.substr(0, colon);
}

absl::StatusOr<std::string> ReadPem(const std::string& file, absl::string_view flag,
                                    absl::string_view marker) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return absl::InvalidArgumentError(absl::StrCat(flag, ": cannot read ", file));
  std::ostringstream text;
  text << in.rdbuf();
  if (!absl::StrContains(text.str(), marker)) {
    return absl::InvalidArgumentError(
        absl::StrCat(flag, ": ", file, " is not a PEM file with a ", marker, " block"));
  }
  return text.str();
}

void SetLimits(const TransportOptions& options, grpc::ServerBuilder& builder) {
  builder.SetMaxReceiveMessageSize(options.max_request_bytes);
  builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS, options.max_concurrent_streams);
  // A client has 10 s to finish the TLS handshake: a half-open connection
  // does not hold a slot for two minutes (gRPC's default).
  builder.AddChannelArgument(GRPC_ARG_SERVER_HANDSHAKE_TIMEOUT_MS, 10'000);
  // Ping idle connections every minute and drop those that do not answer
  // within 20 s, so that the watch streams of vanished clients end.
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 60'000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20'000);
  // Clients may ping every 10 s, even without calls (the desktop client
  // keeps its connection warm); more often counts as abuse, twice is enough.
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10'000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 2);
  // A connection without calls for 15 minutes is closed; clients reconnect.
  builder.AddChannelArgument(GRPC_ARG_MAX_CONNECTION_IDLE_MS, 15 * 60'000);
}

}  // namespace

bool IsLoopbackAddress(absl::string_view address) {
  if (absl::StartsWith(address, "unix:") || absl::StartsWith(address, "unix-abstract:")) return true;
  const std::string host(HostOf(address));
  if (absl::EqualsIgnoreCase(host, "localhost")) return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

absl::Status ValidateTransport(const TransportOptions& options) {
  const bool cert = !options.tls_cert_file.empty();
  const bool key = !options.tls_key_file.empty();
  if (cert != key) {
    return absl::InvalidArgumentError(
        absl::StrCat(cert ? "--tls-key" : "--tls-cert", ": required together with ",
                     cert ? "--tls-cert" : "--tls-key"));
  }
  if (cert && options.plaintext_on_loopback) {
    return absl::InvalidArgumentError(
        "--plaintext-on-loopback: give either --tls-cert/--tls-key or --plaintext-on-loopback, not both");
  }
  if (!cert && !options.plaintext_on_loopback) {
    return absl::InvalidArgumentError(
        "no transport security: give --tls-cert FILE and --tls-key FILE (scripts/dev-certs makes a "
        "local set), or --plaintext-on-loopback to serve without TLS on a loopback address");
  }
  if (options.plaintext_on_loopback && !IsLoopbackAddress(options.listen)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--plaintext-on-loopback: only on a loopback address (127.0.0.1, ::1, localhost), not --listen ",
        options.listen, "; give --tls-cert and --tls-key to serve on other addresses"));
  }
  if (options.max_request_bytes < kMinRequestBytes || options.max_request_bytes > kMaxRequestBytes) {
    return absl::InvalidArgumentError(absl::StrCat("--max-request-bytes: must be between ",
                                                   kMinRequestBytes, " and ", kMaxRequestBytes));
  }
  if (options.max_concurrent_streams < 1) {
    return absl::InvalidArgumentError("max_concurrent_streams: must be at least 1");
  }
  return absl::OkStatus();
}

absl::Status ConfigureTransport(const TransportOptions& options, grpc::ServerBuilder& builder,
                                int* selected_port) {
  if (absl::Status s = ValidateTransport(options); !s.ok()) return s;
  std::shared_ptr<grpc::ServerCredentials> credentials;
  if (options.plaintext_on_loopback) {
    credentials = grpc::InsecureServerCredentials();
  } else {
    auto cert = ReadPem(options.tls_cert_file, "--tls-cert", "CERTIFICATE-----");
    if (!cert.ok()) return cert.status();
    auto key = ReadPem(options.tls_key_file, "--tls-key", "PRIVATE KEY-----");
    if (!key.ok()) return key.status();
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({*std::move(key), *std::move(cert)});
    credentials = grpc::SslServerCredentials(ssl);
  }
  builder.AddListeningPort(options.listen, credentials, selected_port);
  SetLimits(options, builder);
  return absl::OkStatus();
}

}  // namespace vaktbro::ops
