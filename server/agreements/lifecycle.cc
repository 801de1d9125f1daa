#include "agreements/lifecycle.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace vaktbro::agreements {
namespace {

using v1::Agreement;

// The one state each action is allowed from.
bool Allowed(Agreement::State s, Action action) {
  switch (action) {
    case Action::kApproveMain:
    case Action::kApproveSecondary:
    case Action::kAccept:
    case Action::kWithdraw:
      return s == Agreement::PROPOSED;
    case Action::kEnd:
      return s == Agreement::ACTIVE;
    case Action::kCompleteItem:
      return s == Agreement::PROPOSED || s == Agreement::ACTIVE;
  }
  return false;
}

std::string Verb(Action action) {
  switch (action) {
    case Action::kApproveMain:
    case Action::kApproveSecondary: return "approved";
    case Action::kAccept: return "accepted";
    case Action::kWithdraw: return "withdrawn";
    case Action::kEnd: return "ended";
    case Action::kCompleteItem: return "have onboarding items completed";
  }
  return "changed";
}

}  // namespace

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kApproveMain: return "approve (main employer)";
    case Action::kApproveSecondary: return "approve (secondary employer)";
    case Action::kAccept: return "accept";
    case Action::kWithdraw: return "withdraw";
    case Action::kEnd: return "end";
    case Action::kCompleteItem: return "complete onboarding item";
  }
  return "?";
}

absl::Status CheckTransition(const Agreement& a, Action action) {
  if (!Allowed(a.state(), action)) {
    return absl::FailedPreconditionError(absl::StrCat(
        a.name(), " is ", Agreement::State_Name(a.state()), " and cannot be ", Verb(action)));
  }
  const char* already = nullptr;
  if (action == Action::kApproveMain && a.has_main_approval()) {
    already = "approved by the main employer";
  } else if (action == Action::kApproveSecondary && a.has_secondary_approval()) {
    already = "approved by the secondary employer";
  } else if (action == Action::kAccept && a.has_person_acceptance()) {
    already = "accepted by the person";
  }
  if (already != nullptr) {
    return absl::FailedPreconditionError(absl::StrCat(a.name(), " is already ", already));
  }
  return absl::OkStatus();
}

bool FullySigned(const Agreement& a) {
  return a.has_main_approval() && a.has_secondary_approval() && a.has_person_acceptance();
}

Agreement::State StateAfter(const Agreement& signed_agreement, Action action) {
  switch (action) {
    case Action::kApproveMain:
    case Action::kApproveSecondary:
    case Action::kAccept:
      return FullySigned(signed_agreement) ? Agreement::ACTIVE : Agreement::PROPOSED;
    case Action::kWithdraw: return Agreement::WITHDRAWN;
    case Action::kEnd: return Agreement::ENDED;
    case Action::kCompleteItem: return signed_agreement.state();
  }
  return signed_agreement.state();
}

}  // namespace vaktbro::agreements
