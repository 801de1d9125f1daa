// The lifecycle of an agreement as a table: which transition each state
// allows, and the state a transition leads to.
//
//   PROPOSED --approve (main), approve (secondary), accept (person)-->
//            stays PROPOSED until all three are recorded, then ACTIVE
//   PROPOSED --withdraw--> WITHDRAWN
//   ACTIVE   --end-->      ENDED
//   PROPOSED, ACTIVE --complete an onboarding item--> unchanged
//
// ENDED and WITHDRAWN are final. Pure; thread-safe.
#ifndef VAKTBRO_SERVER_AGREEMENTS_LIFECYCLE_H_
#define VAKTBRO_SERVER_AGREEMENTS_LIFECYCLE_H_

#include <string_view>

#include "absl/status/status.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::agreements {

enum class Action {
  kApproveMain,
  kApproveSecondary,
  kAccept,
  kWithdraw,
  kEnd,
  kCompleteItem,
};

// "approve", "accept"... for messages.
std::string_view ActionName(Action action);

// OK when `action` may be applied to `a` now. FAILED_PRECONDITION otherwise,
// naming the agreement and its state ("agreements/x is ACTIVE and cannot be
// withdrawn") or the signature already there ("agreements/x is already
// approved by the main employer").
absl::Status CheckTransition(const v1::Agreement& a, Action action);

// Both employers' approvals and the person's acceptance are recorded.
bool FullySigned(const v1::Agreement& a);

// The state after `action`, given `signed_agreement`: the agreement with the
// action's signature already recorded. REQUIRES: CheckTransition was OK.
v1::Agreement::State StateAfter(const v1::Agreement& signed_agreement, Action action);

}  // namespace vaktbro::agreements

#endif  // VAKTBRO_SERVER_AGREEMENTS_LIFECYCLE_H_
