// AgreementBook: proposing, reading and listing agreements.
#include <algorithm>

#include "agreement_book.h"
#include "agreement_checks.h"
#include "agreement_records.h"
#include "agreements/positions.h"
#include "paging.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;
using v1::Agreement;

// The agreement as proposed: the terms of `in`, every output-only field
// set by the server.
Agreement Proposed(const Agreement& in) {
  Agreement a = in;
  for (const char* field : {"name", "state", "proposed_by_party", "proposed_by", "main_approval",
                            "secondary_approval", "person_acceptance", "ended_by", "activate_time",
                            "notice", "main_position", "secondary_position", "warnings",
                            "create_time", "update_time", "etag"}) {
    const auto* f = Agreement::descriptor()->FindFieldByName(field);
    a.GetReflection()->ClearField(&a, f);
  }
  for (v1::OnboardingItem& item : *a.mutable_onboarding_items()) {
    item.clear_done_date();
    item.clear_done_by();
  }
  if (a.employer_of_record() == Agreement::PARTY_UNSPECIFIED) {
    a.set_employer_of_record(Agreement::SECONDARY_EMPLOYER);
  }
  a.set_state(Agreement::PROPOSED);
  return a;
}

// The person's positions with the agreement's added, on its start date.
absl::Status WarnAboutTotal(Txn& txn, Agreement& a) {
  ASSIGN_OR_RETURN(std::vector<v1::Position> positions,
                   txn.ListPositionsOf(storage::IdOf(a.person())));
  const absl::CivilDay day = agreements::CivilOf(a.start_date());
  agreements::PositionTotal total = agreements::TotalOn(positions, day);
  const bool has_main = std::any_of(total.positions.begin(), total.positions.end(),
                                    [&](const v1::Position& p) {
                                      return p.employer() == a.main_employer();
                                    });
  v1::Position secondary;
  secondary.set_name("(this agreement's secondary position)");
  secondary.set_percentage(a.secondary_percent());
  total.positions.push_back(secondary);
  total.total_percent += a.secondary_percent();
  if (!has_main && a.main_percent() > 0) {
    v1::Position main;
    main.set_name("(this agreement's main position)");
    main.set_percentage(a.main_percent());
    total.positions.push_back(main);
    total.total_percent += a.main_percent();
  }
  const std::string warning = agreements::OverFullTimeWarning(total, day);
  if (!warning.empty()) a.add_warnings(warning);
  return absl::OkStatus();
}

bool Wanted(const v1::ListAgreementsRequest& r, const Agreement& a) {
  return r.states().empty() ||
         std::find(r.states().begin(), r.states().end(), a.state()) != r.states().end();
}

}  // namespace

absl::StatusOr<Agreement> AgreementBook::ProposeAgreement(const v1::ProposeAgreementRequest& r) {
  RETURN_IF_ERROR(CheckClientId("agreement_id", r.agreement_id()));
  RETURN_IF_ERROR(CheckAgreementTerms("agreement", r.agreement()));
  const auth::Caller& caller = auth::CurrentCaller();
  const Agreement::Party party = PartyOf(r.agreement(), caller);
  if (!ActsForRegion(caller) && party == Agreement::PARTY_UNSPECIFIED) return Denied();
  return Mutate<Agreement>(*store_, "ProposeAgreement", r, r.request_id(),
                           [&](Txn& txn) -> absl::StatusOr<Agreement> {
    RETURN_IF_ERROR(CheckAgreementRefs(txn, "agreement", r.agreement()));
    const google::protobuf::Timestamp now = clock_->Now();
    Agreement a = Proposed(r.agreement());
    a.set_proposed_by_party(party);
    *a.mutable_proposed_by() = SignatureOf(caller, now);
    RETURN_IF_ERROR(WarnAboutTotal(txn, a));
    RETURN_IF_ERROR(ClaimName(txn, "agreement_id", r.agreement_id(), now, a));
    RETURN_IF_ERROR(txn.Put(a));
    return a;
  });
}

absl::StatusOr<Agreement> AgreementBook::GetAgreement(const v1::GetAgreementRequest& r) {
  RETURN_IF_ERROR(ParseName("name", r.name(), kAgreements).status());
  const auth::Caller& caller = auth::CurrentCaller();
  std::unique_ptr<Txn> txn = store_->Begin();
  absl::StatusOr<Agreement> a = Lookup<Agreement>(*txn, "name", r.name());
  // A stranger learns nothing, not even whether the agreement exists.
  if (absl::IsNotFound(a.status()) && !ActsForRegion(caller)) return Denied();
  if (!a.ok()) return a.status();
  RETURN_IF_ERROR(CheckMaySee(*a, caller));
  return a;
}

absl::StatusOr<v1::ListAgreementsResponse> AgreementBook::ListAgreements(
    const v1::ListAgreementsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, DecodePageToken(r.page_token()));
  if (r.person().empty() == r.organisation().empty()) {
    return FieldError(r.person().empty() ? "person" : "organisation",
                      "exactly one of person and organisation must be set");
  }
  for (int i = 0; i < r.states_size(); ++i) {
    if (r.states(i) == Agreement::STATE_UNSPECIFIED || !Agreement::State_IsValid(r.states(i))) {
      return FieldError(Cat("states[", i, "]"), "must be PROPOSED, ACTIVE, ENDED or WITHDRAWN");
    }
  }
  const auth::Caller& caller = auth::CurrentCaller();
  std::unique_ptr<Txn> txn = store_->Begin();
  std::vector<Agreement> page;
  if (!r.person().empty()) {
    ASSIGN_OR_RETURN(const std::string person, ParseName("person", r.person(), kPeople));
    ASSIGN_OR_RETURN(std::vector<Agreement> all, txn->ListAgreementsOfPerson(person));
    for (Agreement& a : all) {
      if (!cursor.id.empty() && storage::IdOf(a.name()) <= cursor.id) continue;
      if (Wanted(r, a) && CheckMaySee(a, caller).ok()) page.push_back(std::move(a));
      if (static_cast<int>(page.size()) > page_size) break;
    }
  } else {
    ASSIGN_OR_RETURN(const std::string org,
                     ParseName("organisation", r.organisation(), kOrganisations));
    auto by_id = [](const Agreement& a) {
      return storage::Cursor{0, std::string(storage::IdOf(a.name()))};
    };
    ASSIGN_OR_RETURN(page, ScanFiltered<Agreement>(
                               cursor, page_size,
                               [&](const storage::Cursor& c, int n) {
                                 return txn->ListAgreementsOfOrganisation(org, c.id, n);
                               },
                               [&](const Agreement& a) {
                                 return Wanted(r, a) && CheckMaySee(a, caller).ok();
                               },
                               by_id));
  }
  v1::ListAgreementsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const Agreement& a) {
    return storage::Cursor{0, std::string(storage::IdOf(a.name()))};
  }));
  for (Agreement& a : page) *response.add_agreements() = std::move(a);
  return response;
}

}  // namespace vaktbro::domain
