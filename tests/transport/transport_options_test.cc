// server/ops/transport.h: which option sets the server accepts.
#include "transport.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace vaktbro::ops {
namespace {

using ::testing::HasSubstr;

TEST(TransportOptionsTest, LoopbackAddresses) {
  for (const char* yes : {"127.0.0.1:50551", "127.0.0.2:1", "localhost:50551", "[::1]:50551", "::1",
                          "unix:/run/vaktbro/api.sock"}) {
    EXPECT_TRUE(IsLoopbackAddress(yes)) << yes;
  }
  for (const char* no : {"0.0.0.0:50551", "[::]:50551", "10.0.0.1:50551", "vakt.example.no:50551",
                         "localhost.example.no:1", ""}) {
    EXPECT_FALSE(IsLoopbackAddress(no)) << no;
  }
}

TEST(TransportOptionsTest, WhatIsAccepted) {
  const struct {
    TransportOptions options;
    const char* error;  // "" when accepted
  } cases[] = {
      {{.listen = "0.0.0.0:50551", .tls_cert_file = "c.pem", .tls_key_file = "k.pem"}, ""},
      {{.listen = "127.0.0.1:0", .plaintext_on_loopback = true}, ""},
      {{.listen = "[::1]:0", .plaintext_on_loopback = true}, ""},
      {{.listen = "127.0.0.1:0"}, "--tls-cert FILE and --tls-key FILE"},
      {{.listen = "0.0.0.0:0", .plaintext_on_loopback = true}, "--plaintext-on-loopback: only on a loopback"},
      {{.listen = "127.0.0.1:0", .tls_cert_file = "c.pem"}, "--tls-key: required together with --tls-cert"},
      {{.listen = "127.0.0.1:0", .tls_key_file = "k.pem"}, "--tls-cert: required together with --tls-key"},
      {{.listen = "127.0.0.1:0", .tls_cert_file = "c.pem", .tls_key_file = "k.pem", .plaintext_on_loopback = true},
       "not both"},
      {{.listen = "127.0.0.1:0", .plaintext_on_loopback = true, .max_request_bytes = 10}, "--max-request-bytes"},
      {{.listen = "127.0.0.1:0", .plaintext_on_loopback = true, .max_concurrent_streams = 0},
       "max_concurrent_streams"},
  };
  for (const auto& c : cases) {
    const absl::Status status = ValidateTransport(c.options);
    if (*c.error == '\0') {
      EXPECT_TRUE(status.ok()) << c.options.listen << ": " << status;
    } else {
      EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.error;
      EXPECT_THAT(status.message(), HasSubstr(c.error));
    }
  }
}

TEST(TransportOptionsTest, UnreadableCertificateNamesTheFile) {
  grpc::ServerBuilder builder;
  int port = 0;
  const absl::Status status = ConfigureTransport(
      {.listen = "127.0.0.1:0", .tls_cert_file = "/nonexistent/c.pem", .tls_key_file = "/nonexistent/k.pem"},
      builder, &port);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("--tls-cert: cannot read /nonexistent/c.pem"));
}

}  // namespace
}  // namespace vaktbro::ops
