// Logging in and the coordinator's calls against the real server with the
// demo region: candidates with score parts and why-not findings, an offer,
// the cascade, a proposal reviewed and partly accepted, a cancelled shift.
#include "coordinator_client.h"

#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "exchange_client.h"
#include "gtest/gtest.h"
#include "login.h"
#include "oslo_time.h"
#include "proposal_review.h"
#include "server_process.h"

namespace vaktbro::client {
namespace {

using vaktbro::testing::ServerProcess;

constexpr char kHospital[] = "organisations/vestvik-sykehus";

class CoordinatorClientTest : public ::testing::Test {
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
    absl::StatusOr<Session> session = LogIn(Server(), "koordinator", "demo-koordinator");
    ASSERT_TRUE(session.ok()) << session.status();
    session_ = *session;
    exchange_ = std::make_unique<ExchangeClient>(session_.channel);
    client_ = std::make_unique<CoordinatorClient>(session_.channel);
  }
  static ServerOptions Server() {
    return {.address = server_->address(), .plaintext = true};
  }

  // An open shift of the hospital from tomorrow on with an eligible
  // candidate, and its candidates.
  std::pair<v1::Shift, v1::FindCandidatesResponse> ShiftWithCandidates() {
    ShiftFilter filter{.organisation = kHospital,
                       .start_from = absl::Now() + absl::Hours(24)};
    absl::StatusOr<std::vector<v1::Shift>> shifts =
        exchange_->ListOpenShifts(filter);
    EXPECT_TRUE(shifts.ok()) << shifts.status();
    for (const v1::Shift& shift : *shifts) {
      absl::StatusOr<v1::FindCandidatesResponse> found =
          client_->FindCandidates(shift.name());
      EXPECT_TRUE(found.ok()) << found.status();
      if (found.ok() && found->candidates_size() > 0) return {shift, *found};
    }
    ADD_FAILURE() << "no open shift with candidates";
    return {};
  }

  static ServerProcess* server_;
  Session session_;
  std::unique_ptr<ExchangeClient> exchange_;
  std::unique_ptr<CoordinatorClient> client_;
};

ServerProcess* CoordinatorClientTest::server_ = nullptr;

TEST_F(CoordinatorClientTest, LoginGivesTheCoordinatorsAccount) {
  EXPECT_EQ(session_.account.role(), v1::COORDINATOR);
  EXPECT_EQ(session_.account.organisation(), kHospital);
  EXPECT_FALSE(session_.token.empty());
  absl::StatusOr<Session> resumed = Resume(Server(), session_.token);
  ASSERT_TRUE(resumed.ok()) << resumed.status();
  EXPECT_EQ(resumed->account.name(), session_.account.name());
}

TEST_F(CoordinatorClientTest, WrongPasswordIsUnauthenticated) {
  absl::StatusOr<Session> session = LogIn(Server(), "koordinator", "wrong-password");
  ASSERT_FALSE(session.ok());
  EXPECT_EQ(session.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(DescribeLoginError(session.status()).field,
            LoginError::Field::kPassword);
}

TEST_F(CoordinatorClientTest, CandidatesCarryScorePartsAndWhyNot) {
  auto [shift, found] = ShiftWithCandidates();
  ASSERT_GT(found.candidates_size(), 0);
  const v1::Candidate& best = found.candidates(0);
  EXPECT_TRUE(best.eligible());
  ASSERT_GT(best.score_parts_size(), 0);
  double sum = 0;
  for (const v1::ScorePart& part : best.score_parts()) sum += part.points();
  EXPECT_NEAR(sum, best.score(), 0.01);
  for (const v1::Candidate& c : found.ineligible()) {
    bool blocks = false;
    for (const v1::Finding& f : c.findings()) {
      blocks |= f.severity() == v1::Finding::BLOCK;
    }
    EXPECT_TRUE(blocks) << c.person();
  }
}

TEST_F(CoordinatorClientTest, OfferThenTheAssignmentIsListed) {
  auto [shift, found] = ShiftWithCandidates();
  ASSERT_GT(found.candidates_size(), 0);
  const std::string id = NewRequestId();
  absl::StatusOr<v1::Assignment> offer =
      client_->Offer(shift.name(), found.candidates(0), id);
  ASSERT_TRUE(offer.ok()) << offer.status();
  EXPECT_EQ(offer->state(), v1::Assignment::OFFERED);
  // The same request id: the same offer, not a second one.
  absl::StatusOr<v1::Assignment> again =
      client_->Offer(shift.name(), found.candidates(0), id);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->name(), offer->name());
  absl::StatusOr<std::vector<v1::Assignment>> listed =
      client_->ListAssignments(shift.name());
  ASSERT_TRUE(listed.ok()) << listed.status();
  bool seen = false;
  for (const v1::Assignment& a : *listed) seen |= a.name() == offer->name();
  EXPECT_TRUE(seen);
}

TEST_F(CoordinatorClientTest, CascadeStartsAndStops) {
  auto [shift, found] = ShiftWithCandidates();
  absl::StatusOr<v1::Cascade> none = client_->GetCascade(shift.name());
  // None yet: NOT_FOUND, or PERMISSION_DENIED from a server that words a
  // missing record like a forbidden one.
  if (!none.ok()) {
    EXPECT_TRUE(absl::IsNotFound(none.status()) ||
                absl::IsPermissionDenied(none.status()))
        << none.status();
  }
  absl::StatusOr<v1::Cascade> started =
      client_->StartCascade(shift.name(), NewRequestId());
  ASSERT_TRUE(started.ok()) << started.status();
  EXPECT_EQ(started->name(), CascadeNameOf(shift.name()));
  EXPECT_GT(started->policy().steps_size(), 0);
  absl::StatusOr<v1::Cascade> stopped =
      client_->StopCascade(shift.name(), NewRequestId());
  ASSERT_TRUE(stopped.ok()) << stopped.status();
  EXPECT_NE(stopped->state(), v1::Cascade::RUNNING);
}

TEST_F(CoordinatorClientTest, ProposalIsReviewedAndPartlyAccepted) {
  v1::ProposeAssignmentsRequest request;
  request.set_organisation(kHospital);
  const absl::CivilDay today = absl::ToCivilDay(absl::Now(), OsloTimeZone());
  *request.mutable_start_time() = ToTimestamp(StartOfDay(today + 1, OsloTimeZone()));
  *request.mutable_end_time() = ToTimestamp(StartOfDay(today + 15, OsloTimeZone()));
  request.set_time_limit_seconds(1);
  request.set_request_id(NewRequestId());
  absl::StatusOr<v1::Proposal> proposal = client_->Propose(request);
  ASSERT_TRUE(proposal.ok()) << proposal.status();
  ProposalReview review;
  review.Set(*proposal);
  // The demo leaves about a tenth of the hospital's shifts open in the next
  // two weeks: there is always something to propose.
  ASSERT_GT(review.size(), 0u) << "the demo's open hospital shifts got no proposal";
  for (size_t i = 1; i < review.size(); ++i) review.SetChecked(i, false);
  ASSERT_EQ(review.CheckedItems(), (std::vector<int>{0}));
  absl::StatusOr<v1::AcceptProposalResponse> accepted = client_->AcceptProposal(
      proposal->name(), review.CheckedItems(), NewRequestId());
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  EXPECT_EQ(accepted->assignments_size() + accepted->refused_size(), 1);
  review.SetResult(*accepted);
  EXPECT_FALSE(review.open(0));
}

TEST_F(CoordinatorClientTest, CancelWithAStaleEtagIsRefused) {
  auto [shift, found] = ShiftWithCandidates();
  v1::Shift stale = shift;
  stale.set_etag("not-the-etag");
  absl::StatusOr<v1::Shift> refused =
      client_->CancelShift(stale, "test", NewRequestId());
  EXPECT_FALSE(refused.ok());
  absl::StatusOr<v1::Shift> current = client_->GetShift(shift.name());
  ASSERT_TRUE(current.ok()) << current.status();
  absl::StatusOr<v1::Shift> cancelled =
      client_->CancelShift(*current, "test", NewRequestId());
  ASSERT_TRUE(cancelled.ok()) << cancelled.status();
  EXPECT_EQ(cancelled->state(), v1::Shift::CANCELLED);
}

TEST_F(CoordinatorClientTest, CancellationStopsACall) {
  Cancellation cancel;
  cancel.Cancel();
  absl::StatusOr<v1::FindCandidatesResponse> found =
      client_->FindCandidates("shifts/whatever", &cancel);
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), absl::StatusCode::kCancelled);
}

}  // namespace
}  // namespace vaktbro::client
