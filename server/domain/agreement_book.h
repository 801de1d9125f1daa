// Combined-position agreements and secondments in the domain (see
// proto/vaktbro/v1/agreements.proto for the API, docs/agreements.md for the
// guide): proposals, the approvals and the acceptance that activate an
// agreement, its end, the onboarding items, the §19 notice, the recharge
// statement and a person's total percentage.
//
// Every write runs in Mutate(): idempotent by request_id and one durable
// transaction. Invalid input is INVALID_ARGUMENT naming the request's field
// and changes nothing; a transition the state forbids is
// FAILED_PRECONDITION; a stale etag ABORTED.
//
// Who: the signatures record auth::CurrentCaller(). Which caller may call
// which method on which agreement is decided before the handler runs (the
// policy gate); the book checks in addition that an approving organisation
// is a party, that an employee accepts only their own agreement, and that
// an employee proposes only for themselves (PERMISSION_DENIED otherwise).
//
// Locks (storage/DESIGN.md): a transition locks the agreement alone; the
// activation then writes the new positions and the notice, and an end
// updates the secondary position, after the agreement's lock. Nothing else
// locks agreements.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_DOMAIN_AGREEMENT_BOOK_H_
#define VAKTBRO_SERVER_DOMAIN_AGREEMENT_BOOK_H_

#include "absl/status/statusor.h"
#include "resource.h"
#include "store.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::domain {

class AgreementBook {
 public:
  // REQUIRES: store and clock outlive the book.
  AgreementBook(storage::Store* store, const Clock* clock) : store_(store), clock_(clock) {}
  AgreementBook(const AgreementBook&) = delete;
  AgreementBook& operator=(const AgreementBook&) = delete;

  absl::StatusOr<v1::Agreement> ProposeAgreement(const v1::ProposeAgreementRequest& r);
  absl::StatusOr<v1::Agreement> GetAgreement(const v1::GetAgreementRequest& r);
  absl::StatusOr<v1::ListAgreementsResponse> ListAgreements(const v1::ListAgreementsRequest& r);

  absl::StatusOr<v1::Agreement> ApproveAgreement(const v1::ApproveAgreementRequest& r);
  absl::StatusOr<v1::Agreement> AcceptAgreement(const v1::AcceptAgreementRequest& r);
  absl::StatusOr<v1::Agreement> WithdrawAgreement(const v1::WithdrawAgreementRequest& r);
  absl::StatusOr<v1::Agreement> EndAgreement(const v1::EndAgreementRequest& r);
  absl::StatusOr<v1::Agreement> CompleteOnboardingItem(
      const v1::CompleteOnboardingItemRequest& r);

  absl::StatusOr<v1::ListSecondaryWorkNoticesResponse> ListSecondaryWorkNotices(
      const v1::ListSecondaryWorkNoticesRequest& r);
  absl::StatusOr<v1::RechargeStatement> GetRechargeStatement(
      const v1::GetRechargeStatementRequest& r);
  absl::StatusOr<v1::PositionSummary> GetPositionSummary(const v1::GetPositionSummaryRequest& r);

 private:
  storage::Store* const store_;
  const Clock* const clock_;
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGREEMENT_BOOK_H_
