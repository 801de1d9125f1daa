// MakeChannel's option checks, and the token on every call (an in-process
// server on loopback echoes the authorization header back).
#include "channel.h"

#include <fstream>
#include <memory>
#include <string>

#include "gmock/gmock.h"
#include "grpcpp/client_context.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"
#include "server_process.h"
#include "vaktbro/v1/auth.grpc.pb.h"

namespace vaktbro::client {
namespace {

using ::testing::HasSubstr;

TEST(ChannelTest, LoopbackAddresses) {
  const struct {
    const char* address;
    bool loopback;
  } cases[] = {
      {"127.0.0.1:50551", true},      {"127.9.8.7:1", true},         {"localhost:50551", true},
      {"LOCALHOST:1", true},          {"[::1]:50551", true},         {"::1", true},
      {"ipv4:127.0.0.1:5", true},     {"dns:///localhost:5", true},  {"unix:/run/vaktbro.sock", true},
      {"0.0.0.0:50551", false},       {"[::]:50551", false},         {"10.0.0.1:50551", false},
      {"128.0.0.1:1", false},         {"vakt.example.no:443", false}, {"localhost.example.no:1", false},
      {"dns:///vakt.example.no:1", false}, {"", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsLoopbackAddress(c.address), c.loopback) << c.address;
}

TEST(ChannelTest, PlaintextOnlyToLoopback) {
  for (const char* address : {"10.0.0.1:50551", "vakt.example.no:50551", "0.0.0.0:50551", "[::]:1"}) {
    auto channel = MakeChannel({.address = address, .plaintext = true});
    ASSERT_FALSE(channel.ok()) << address;
    EXPECT_EQ(channel.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(channel.status().message(), HasSubstr("plaintext"));
    EXPECT_THAT(channel.status().message(), HasSubstr(address));
  }
  for (const char* address : {"127.0.0.1:50551", "localhost:50551", "[::1]:50551"}) {
    EXPECT_TRUE(MakeChannel({.address = address, .plaintext = true}).ok()) << address;
  }
}

TEST(ChannelTest, TlsIsTheDefaultToAnyAddress) {
  EXPECT_TRUE(MakeChannel({.address = "vakt.example.no:50551"}).ok());
}

TEST(ChannelTest, TheCaFileMustBeReadableAndPem) {
  auto missing = MakeChannel({.address = "vakt.example.no:1", .ca_file = "/nonexistent/ca.pem"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("/nonexistent/ca.pem"));

  testing::TempDir dir;
  const std::string junk = dir.path() + "/junk.pem";
  std::ofstream(junk) << "not a certificate\n";
  auto bad = MakeChannel({.address = "vakt.example.no:1", .ca_file = junk});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(bad.status().message(), HasSubstr(junk));
}

TEST(ChannelTest, AnAddressIsRequired) {
  auto channel = MakeChannel({});
  ASSERT_FALSE(channel.ok());
  EXPECT_THAT(channel.status().message(), HasSubstr("address"));
}

// WhoAmI answers with the authorization header it got as the display name.
class EchoAuth final : public v1::AuthService::Service {
  grpc::Status WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest*,
                      v1::WhoAmIResponse* response) override {
    const auto& metadata = context->client_metadata();
    auto it = metadata.find("authorization");
    if (it != metadata.end()) {
      response->mutable_account()->set_display_name(std::string(it->second.data(), it->second.size()));
    }
    return grpc::Status::OK;
  }
};

TEST(ChannelTest, EveryCallCarriesTheToken) {
  EchoAuth service;
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  ASSERT_NE(server, nullptr);
  const std::string address = "127.0.0.1:" + std::to_string(port);

  for (const std::string token : {"abc123", ""}) {
    auto channel = MakeChannel({.address = address, .plaintext = true, .token = token});
    ASSERT_TRUE(channel.ok()) << channel.status();
    auto stub = v1::AuthService::NewStub(*channel);
    for (int call = 0; call < 2; ++call) {
      grpc::ClientContext context;
      context.set_deadline(testing::Deadline());
      v1::WhoAmIResponse response;
      ASSERT_TRUE(stub->WhoAmI(&context, v1::WhoAmIRequest(), &response).ok());
      EXPECT_EQ(response.account().display_name(), token.empty() ? "" : "Bearer " + token);
    }
  }
  server->Shutdown();
}

}  // namespace
}  // namespace vaktbro::client
