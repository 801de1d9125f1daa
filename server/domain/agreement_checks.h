// The field rules of an agreement and the rules on who signs it: pure
// functions (references are checked by the callers, which own the
// transaction) and the caller's relation to an agreement.
// Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_AGREEMENT_CHECKS_H_
#define VAKTBRO_SERVER_DOMAIN_AGREEMENT_CHECKS_H_

#include <string_view>

#include "absl/status/status.h"
#include "auth/call_context.h"
#include "google/protobuf/timestamp.pb.h"
#include "store.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::domain {

inline constexpr int kMaxOnboardingItems = 30;
inline constexpr int64_t kMaxRechargeHourlyOre = 1'000'000;  // 10 000 NOK per hour

// The terms of a proposed agreement; failures name the field under
// `prefix` ("agreement.main_percent: must be between 1 and 100, got 0").
absl::Status CheckAgreementTerms(std::string_view prefix, const v1::Agreement& a);

// The person, both employers and the optional units exist, and each unit
// belongs to its employer.
absl::Status CheckAgreementRefs(storage::Txn& txn, std::string_view prefix, const v1::Agreement& a);

// The caller acts for the region: an administrator or the server itself.
bool ActsForRegion(const auth::Caller& caller);

// The caller's side of the agreement: PERSON for the person's own employee
// account, MAIN_EMPLOYER / SECONDARY_EMPLOYER for a coordinator or manager
// of that employer, PARTY_UNSPECIFIED otherwise (also for administrators).
v1::Agreement::Party PartyOf(const v1::Agreement& a, const auth::Caller& caller);

// OK for an administrator, the server and the parties; PERMISSION_DENIED
// otherwise, worded the same whether or not the agreement exists.
absl::Status CheckMaySee(const v1::Agreement& a, const auth::Caller& caller);
absl::Status Denied();

// The signature of the current caller now.
v1::Signature SignatureOf(const auth::Caller& caller, const google::protobuf::Timestamp& now);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGREEMENT_CHECKS_H_
