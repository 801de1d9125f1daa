// EmployeeClient against the real server with the demo region, logged in
// as the demo employee ("ansatt", positions at two employers).
#include "employee_client.h"

#include "absl/container/flat_hash_set.h"
#include "absl/time/clock.h"
#include "employee_model.h"
#include "exchange_client.h"
#include "gtest/gtest.h"
#include "oslo_time.h"
#include "grpcpp/create_channel.h"
#include "server_process.h"
#include "vaktbro/v1/auth.grpc.pb.h"

namespace vaktbro::client {
namespace {

using vaktbro::testing::ServerProcess;

class EmployeeClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::Start({.demo = true});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = server->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    absl::StatusOr<std::string> token =
        server_->Login("ansatt", "demo-ansatt");
    ASSERT_TRUE(token.ok()) << token.status();
    channel_ = server_->ChannelFor(*token);
    auto auth = v1::AuthService::NewStub(channel_);
    grpc::ClientContext context;
    context.set_deadline(vaktbro::testing::Deadline());
    v1::WhoAmIResponse who;
    ASSERT_TRUE(auth->WhoAmI(&context, {}, &who).ok());
    person_ = who.account().person();
    ASSERT_FALSE(person_.empty());
  }

  static ServerProcess* server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::string person_;
};

ServerProcess* EmployeeClientTest::server_ = nullptr;

TEST_F(EmployeeClientTest, LoadsOwnDataAtTwoEmployers) {
  EmployeeClient client(channel_, person_);
  absl::StatusOr<EmployeeData> data = client.Load(absl::Now(), nullptr);
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->person.name(), person_);
  absl::flat_hash_set<std::string> employers;
  for (const v1::Position& p : data->positions) {
    EXPECT_EQ(p.person(), person_);
    employers.insert(p.employer());
  }
  EXPECT_GE(employers.size(), 2u);
  for (const v1::Assignment& a : data->assignments) {
    EXPECT_EQ(a.person(), person_);
  }
  // Names come from the directory: the table shows no raw ids.
  const Rows rows = PositionRows(*data, absl::ToCivilDay(absl::Now(),
                                                         OsloTimeZone()),
                                 Identity, Language::kEn);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0][1].find("organisations/"), std::string::npos);
}

TEST_F(EmployeeClientTest, AddsAndRemovesAvailability) {
  EmployeeClient client(channel_, person_);
  const absl::Time start =
      StartOfDay(absl::ToCivilDay(absl::Now(), OsloTimeZone()) + 3,
                 OsloTimeZone()) +
      absl::Hours(7);
  absl::StatusOr<v1::Availability> added = client.AddAvailability(
      start, start + absl::Hours(15), "employee test", NewRequestId());
  ASSERT_TRUE(added.ok()) << added.status();
  absl::StatusOr<EmployeeData> data = client.Load(absl::Now(), nullptr);
  ASSERT_TRUE(data.ok()) << data.status();
  bool found = false;
  for (const v1::Availability& a : data->availabilities)
    found = found || a.name() == added->name();
  EXPECT_TRUE(found);
  EXPECT_TRUE(client.RemoveAvailability(*added, NewRequestId()).ok());

  // The end before the start: the server names the field.
  absl::StatusOr<v1::Availability> wrong = client.AddAvailability(
      start, start - absl::Hours(1), "", NewRequestId());
  EXPECT_EQ(wrong.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(EmployeeClientTest, CancelledBeforeItStarts) {
  EmployeeClient client(channel_, person_);
  Cancellation cancel;
  cancel.Cancel();
  EXPECT_EQ(client.Load(absl::Now(), &cancel).status().code(),
            absl::StatusCode::kCancelled);
}

TEST_F(EmployeeClientTest, DeadlineWhenTheServerIsAway) {
  EmployeeClient client(
      grpc::CreateChannel("127.0.0.1:1", grpc::InsecureChannelCredentials()),
      person_, {.deadline = absl::Milliseconds(300)});
  const absl::StatusCode code = client.Load(absl::Now(), nullptr).status().code();
  EXPECT_TRUE(code == absl::StatusCode::kUnavailable ||
              code == absl::StatusCode::kDeadlineExceeded)
      << code;
}

}  // namespace
}  // namespace vaktbro::client
