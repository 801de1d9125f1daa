// The lifecycle table: every action from every state, allowed or refused,
// the signatures that cannot be given twice, and where each action leads.
#include "agreements/lifecycle.h"

#include <string>

#include "gtest/gtest.h"

namespace vaktbro::agreements {
namespace {

using v1::Agreement;

Agreement In(Agreement::State state) {
  Agreement a;
  a.set_name("agreements/a1");
  a.set_state(state);
  return a;
}

struct Case {
  Agreement::State state;
  Action action;
  bool allowed;
};

class TransitionTable : public ::testing::TestWithParam<Case> {};

TEST_P(TransitionTable, AllowsExactlyTheTable) {
  const Case& c = GetParam();
  const absl::Status s = CheckTransition(In(c.state), c.action);
  if (c.allowed) {
    EXPECT_TRUE(s.ok()) << s;
  } else {
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
    EXPECT_NE(std::string(s.message()).find(Agreement::State_Name(c.state)), std::string::npos) << s;
  }
}

constexpr Agreement::State P = Agreement::PROPOSED, A = Agreement::ACTIVE, E = Agreement::ENDED,
                           W = Agreement::WITHDRAWN, U = Agreement::STATE_UNSPECIFIED;
constexpr Action kAM = Action::kApproveMain, kAS = Action::kApproveSecondary, kAc = Action::kAccept,
                 kW = Action::kWithdraw, kE = Action::kEnd, kC = Action::kCompleteItem;

INSTANTIATE_TEST_SUITE_P(
    EveryStateAndAction, TransitionTable,
    ::testing::Values(
        // PROPOSED: signatures, withdraw and onboarding; not end.
        Case{P, kAM, true}, Case{P, kAS, true}, Case{P, kAc, true}, Case{P, kW, true},
        Case{P, kE, false}, Case{P, kC, true},
        // ACTIVE: end and onboarding only.
        Case{A, kAM, false}, Case{A, kAS, false}, Case{A, kAc, false}, Case{A, kW, false},
        Case{A, kE, true}, Case{A, kC, true},
        // ENDED and WITHDRAWN are final.
        Case{E, kAM, false}, Case{E, kAS, false}, Case{E, kAc, false}, Case{E, kW, false},
        Case{E, kE, false}, Case{E, kC, false},
        Case{W, kAM, false}, Case{W, kAS, false}, Case{W, kAc, false}, Case{W, kW, false},
        Case{W, kE, false}, Case{W, kC, false},
        // A record without a state takes nothing.
        Case{U, kAM, false}, Case{U, kAc, false}, Case{U, kE, false}));

TEST(Lifecycle, NoSignatureTwice) {
  Agreement a = In(P);
  a.mutable_main_approval()->set_account("accounts/hf");
  a.mutable_person_acceptance()->set_account("accounts/kari");
  EXPECT_EQ(CheckTransition(a, kAM).code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(CheckTransition(a, kAc).code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(CheckTransition(a, kAS).ok());
  a.mutable_secondary_approval()->set_account("accounts/kommune");
  EXPECT_EQ(CheckTransition(a, kAS).code(), absl::StatusCode::kFailedPrecondition);
}

TEST(Lifecycle, ActiveOnlyWithAllThreeSignatures) {
  Agreement a = In(P);
  a.mutable_main_approval()->set_account("accounts/hf");
  EXPECT_EQ(StateAfter(a, kAM), P);
  a.mutable_person_acceptance()->set_account("accounts/kari");
  EXPECT_EQ(StateAfter(a, kAc), P);
  EXPECT_FALSE(FullySigned(a));
  a.mutable_secondary_approval()->set_account("accounts/kommune");
  EXPECT_TRUE(FullySigned(a));
  EXPECT_EQ(StateAfter(a, kAS), A);
}

TEST(Lifecycle, WhereTheOtherActionsLead) {
  EXPECT_EQ(StateAfter(In(P), kW), W);
  EXPECT_EQ(StateAfter(In(A), kE), E);
  EXPECT_EQ(StateAfter(In(P), kC), P);
  EXPECT_EQ(StateAfter(In(A), kC), A);
}

}  // namespace
}  // namespace vaktbro::agreements
