// AgreementBook: the transitions. Each locks the agreement, checks the etag
// and that the caller may see it, asks the lifecycle table whether the
// action is allowed, records it, and activates the agreement when the last
// signature arrives: all in one transaction.
#include <algorithm>
#include <functional>

#include "agency/calendar.h"
#include "agreement_activation.h"
#include "agreement_book.h"
#include "agreement_checks.h"
#include "agreement_records.h"
#include "agreements/lifecycle.h"
#include "agreements/positions.h"
#include "checks.h"
#include "shift_rules.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using agreements::Action;
using storage::LockMode;
using storage::Txn;
using v1::Agreement;
using Timestamp = google::protobuf::Timestamp;

// One transition: `action` says which action the request is on the locked
// agreement (and refuses a caller who may not take it); after the lifecycle
// table has allowed that action, `apply` records it on the agreement
// (signatures, fields, other records).
struct Step {
  std::function<absl::StatusOr<Action>(const Agreement&)> action;
  std::function<absl::Status(Txn&, Agreement&, const Timestamp&)> apply;
};

absl::StatusOr<Agreement> RunTransition(storage::Store& store, const Clock& clock,
                                        std::string_view method,
                                        const google::protobuf::Message& request,
                                        std::string_view request_id, const std::string& name,
                                        const std::string& etag, const Step& step) {
  RETURN_IF_ERROR(ParseName("name", name, kAgreements).status());
  const auth::Caller& caller = auth::CurrentCaller();
  return Mutate<Agreement>(store, method, request, request_id,
                           [&](Txn& txn) -> absl::StatusOr<Agreement> {
    absl::StatusOr<Agreement> found = Lookup<Agreement>(txn, "name", name, LockMode::kExclusive);
    if (absl::IsNotFound(found.status()) && !ActsForRegion(caller)) return Denied();
    if (!found.ok()) return found.status();
    Agreement a = *std::move(found);
    RETURN_IF_ERROR(CheckMaySee(a, caller));
    RETURN_IF_ERROR(CheckEtag(etag, a.etag(), a.name()));
    ASSIGN_OR_RETURN(const Action action, step.action(a));
    RETURN_IF_ERROR(agreements::CheckTransition(a, action));
    const Timestamp now = clock.Now();
    RETURN_IF_ERROR(step.apply(txn, a, now));
    const Agreement::State next = agreements::StateAfter(a, action);
    if (next == Agreement::ACTIVE && a.state() != Agreement::ACTIVE) {
      RETURN_IF_ERROR(Activate(txn, a, now));
    }
    a.set_state(next);
    Touch(a, now);
    RETURN_IF_ERROR(txn.Put(a));
    return a;
  });
}

// Oslo's today.
absl::CivilDay Today(const Clock& clock) {
  return absl::ToCivilDay(absl::FromUnixSeconds(clock.Now().seconds()), agency::Oslo());
}

// An employer's coordinator or manager, or the region.
absl::Status CheckEmployerSide(const Agreement& a, const auth::Caller& caller) {
  if (ActsForRegion(caller)) return absl::OkStatus();
  const Agreement::Party party = PartyOf(a, caller);
  if (party == Agreement::MAIN_EMPLOYER || party == Agreement::SECONDARY_EMPLOYER) {
    return absl::OkStatus();
  }
  return absl::PermissionDeniedError(Cat("only the employers of ", a.name(), " may do this"));
}

}  // namespace

absl::StatusOr<Agreement> AgreementBook::ApproveAgreement(const v1::ApproveAgreementRequest& r) {
  RETURN_IF_ERROR(ParseName("organisation", r.organisation(), kOrganisations).status());
  if (!IsSet(r.union_consultation_date())) {
    return FieldError("union_consultation_date",
                      "must be set: the day the employer consulted its tillitsvalgte");
  }
  RETURN_IF_ERROR(CheckDate("union_consultation_date", r.union_consultation_date()));
  const auth::Caller& caller = auth::CurrentCaller();
  Step step;
  step.action = [&](const Agreement& a) -> absl::StatusOr<Action> {
    if (r.organisation() != a.main_employer() && r.organisation() != a.secondary_employer()) {
      return FieldError("organisation", Cat(r.organisation(), " is not a party to ", a.name()));
    }
    if (!ActsForRegion(caller) &&
        !((caller.role == v1::COORDINATOR || caller.role == v1::MANAGER) &&
          caller.organisation == r.organisation())) {
      return absl::PermissionDeniedError(
          Cat("only a coordinator or manager of ", r.organisation(), " may approve for it"));
    }
    return r.organisation() == a.main_employer() ? Action::kApproveMain : Action::kApproveSecondary;
  };
  step.apply = [&](Txn&, Agreement& a, const Timestamp& now) -> absl::Status {
    v1::Signature s = SignatureOf(caller, now);
    s.set_organisation(r.organisation());
    *s.mutable_union_consultation_date() = r.union_consultation_date();
    *(r.organisation() == a.main_employer() ? a.mutable_main_approval()
                                            : a.mutable_secondary_approval()) = s;
    return absl::OkStatus();
  };
  return RunTransition(*store_, *clock_, "ApproveAgreement", r, r.request_id(), r.name(), r.etag(),
                       step);
}

absl::StatusOr<Agreement> AgreementBook::AcceptAgreement(const v1::AcceptAgreementRequest& r) {
  const auth::Caller& caller = auth::CurrentCaller();
  Step step;
  step.action = [&](const Agreement& a) -> absl::StatusOr<Action> {
    if (!ActsForRegion(caller) && PartyOf(a, caller) != Agreement::PERSON) {
      return absl::PermissionDeniedError(
          Cat("only ", a.person(), " may accept ", a.name(), " (or an administrator for them)"));
    }
    return Action::kAccept;
  };
  step.apply = [&](Txn&, Agreement& a, const Timestamp& now) -> absl::Status {
    *a.mutable_person_acceptance() = SignatureOf(caller, now);
    return absl::OkStatus();
  };
  return RunTransition(*store_, *clock_, "AcceptAgreement", r, r.request_id(), r.name(), r.etag(),
                       step);
}

absl::StatusOr<Agreement> AgreementBook::WithdrawAgreement(const v1::WithdrawAgreementRequest& r) {
  RETURN_IF_ERROR(CheckOptionalText("reason", r.reason(), kMaxNoteLength));
  const auth::Caller& caller = auth::CurrentCaller();
  Step step;
  step.action = [](const Agreement&) -> absl::StatusOr<Action> { return Action::kWithdraw; };
  step.apply = [&](Txn&, Agreement& a, const Timestamp& now) -> absl::Status {
    *a.mutable_ended_by() = SignatureOf(caller, now);
    a.mutable_ended_by()->set_note(r.reason());
    return absl::OkStatus();
  };
  return RunTransition(*store_, *clock_, "WithdrawAgreement", r, r.request_id(), r.name(), r.etag(),
                       step);
}

absl::StatusOr<Agreement> AgreementBook::EndAgreement(const v1::EndAgreementRequest& r) {
  RETURN_IF_ERROR(CheckOptionalText("reason", r.reason(), kMaxNoteLength));
  if (IsSet(r.end_date())) RETURN_IF_ERROR(CheckDate("end_date", r.end_date()));
  const auth::Caller& caller = auth::CurrentCaller();
  Step step;
  step.action = [](const Agreement&) -> absl::StatusOr<Action> { return Action::kEnd; };
  step.apply = [&](Txn& txn, Agreement& a, const Timestamp& now) -> absl::Status {
    const absl::CivilDay start = agreements::CivilOf(a.start_date());
    // Ended before it began: it ends on its first day.
    absl::CivilDay last = IsSet(r.end_date()) ? agreements::CivilOf(r.end_date())
                                              : std::max(Today(*clock_), start);
    if (last < start) {
      return FieldError("end_date", Cat("must not be before the agreement's start_date ",
                                        agreements::IsoDate(a.start_date())));
    }
    if (a.has_end_date() && last > agreements::CivilOf(a.end_date())) {
      return FieldError("end_date", Cat("must not be after the agreement's end_date ",
                                        agreements::IsoDate(a.end_date())));
    }
    *a.mutable_end_date() = agreements::DateOf(last);
    *a.mutable_ended_by() = SignatureOf(caller, now);
    a.mutable_ended_by()->set_note(r.reason());
    return EndPositions(txn, a, last, now);
  };
  return RunTransition(*store_, *clock_, "EndAgreement", r, r.request_id(), r.name(), r.etag(),
                       step);
}

absl::StatusOr<Agreement> AgreementBook::CompleteOnboardingItem(
    const v1::CompleteOnboardingItemRequest& r) {
  if (r.code().empty()) return FieldError("code", "must be set");
  if (IsSet(r.done_date())) RETURN_IF_ERROR(CheckDate("done_date", r.done_date()));
  const auth::Caller& caller = auth::CurrentCaller();
  Step step;
  step.action = [&](const Agreement& a) -> absl::StatusOr<Action> {
    RETURN_IF_ERROR(CheckEmployerSide(a, caller));
    return Action::kCompleteItem;
  };
  step.apply = [&](Txn&, Agreement& a, const Timestamp& now) -> absl::Status {
    v1::OnboardingItem* item = nullptr;
    for (v1::OnboardingItem& i : *a.mutable_onboarding_items()) {
      if (i.code() == r.code()) item = &i;
    }
    if (item == nullptr) {
      return FieldError("code", Cat("\"", r.code(), "\" is not an onboarding item of ", a.name()));
    }
    if (item->has_done_date()) {
      return absl::FailedPreconditionError(
          Cat(a.name(), ": ", r.code(), " was already done on ", agreements::IsoDate(item->done_date()),
              " (", item->done_by().account(), ")"));
    }
    const absl::CivilDay today = Today(*clock_);
    const absl::CivilDay done = IsSet(r.done_date()) ? agreements::CivilOf(r.done_date()) : today;
    if (done > today) return FieldError("done_date", "must not be in the future");
    *item->mutable_done_date() = agreements::DateOf(done);
    *item->mutable_done_by() = SignatureOf(caller, now);
    return absl::OkStatus();
  };
  return RunTransition(*store_, *clock_, "CompleteOnboardingItem", r, r.request_id(), r.name(),
                       r.etag(), step);
}

}  // namespace vaktbro::domain
