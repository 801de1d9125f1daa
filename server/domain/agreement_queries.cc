// AgreementBook: the §19 notices, the recharge statement and a person's
// total percentage.
#include <set>

#include "agency/calendar.h"
#include "agreement_book.h"
#include "agreement_checks.h"
#include "agreement_records.h"
#include "agreements/positions.h"
#include "agreements/recharge.h"
#include "shift_rules.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::Txn;
using v1::Agreement;

constexpr int kBatch = 500;

// Every agreement the organisation is party to.
absl::StatusOr<std::vector<Agreement>> AgreementsOf(Txn& txn, std::string_view org) {
  std::vector<Agreement> all;
  std::string after;
  for (;;) {
    ASSIGN_OR_RETURN(std::vector<Agreement> batch,
                     txn.ListAgreementsOfOrganisation(org, after, kBatch));
    if (!batch.empty()) after = std::string(storage::IdOf(batch.back().name()));
    const bool more = static_cast<int>(batch.size()) == kBatch;
    for (Agreement& a : batch) all.push_back(std::move(a));
    if (!more) return all;
  }
}

// What the agreement's person worked through its secondary position in
// `range`, up to `now`: exchange shifts (ACCEPTED or WORKED) and rota shifts.
absl::Status CollectWork(Txn& txn, const Agreement& a, const storage::TimeRange& range, int64_t now,
                         std::vector<agreements::WorkedEntry>& out) {
  if (a.secondary_position().empty()) return absl::OkStatus();
  auto add = [&](int64_t start, int64_t end) {
    if (end <= now) out.push_back({a.name(), start, end});
  };
  storage::Cursor cursor;
  for (;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Assignment> batch,
                     txn.ListAssignmentsOfPerson(storage::IdOf(a.person()), range, cursor, kBatch));
    for (const v1::Assignment& s : batch) {
      if (s.position() == a.secondary_position() && OccupiesTime(s.state())) {
        add(s.start_time().seconds(), s.end_time().seconds());
      }
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
    cursor = {batch.back().start_time().seconds(), std::string(storage::IdOf(batch.back().name()))};
  }
  cursor = {};
  for (;;) {
    ASSIGN_OR_RETURN(std::vector<v1::PlannedShift> batch,
                     txn.ListPlannedShiftsOfPosition(storage::IdOf(a.secondary_position()), range,
                                                     cursor, kBatch));
    for (const v1::PlannedShift& p : batch) add(p.start_time().seconds(), p.end_time().seconds());
    if (static_cast<int>(batch.size()) < kBatch) break;
    cursor = {batch.back().start_time().seconds(), std::string(storage::IdOf(batch.back().name()))};
  }
  return absl::OkStatus();
}

absl::Status AddName(Txn& txn, const std::string& name, std::map<std::string, std::string>& names) {
  if (names.count(name) != 0) return absl::OkStatus();
  if (name.starts_with("people/")) {
    ASSIGN_OR_RETURN(const v1::Person p, Lookup<v1::Person>(txn, "person", name));
    names[name] = p.display_name();
  } else {
    ASSIGN_OR_RETURN(const v1::Organisation o, Lookup<v1::Organisation>(txn, "organisation", name));
    names[name] = o.display_name();
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::ListSecondaryWorkNoticesResponse> AgreementBook::ListSecondaryWorkNotices(
    const v1::ListSecondaryWorkNoticesRequest& r) {
  ASSIGN_OR_RETURN(const std::string id, ParseName("agreement", r.agreement(), kAgreements));
  const auth::Caller& caller = auth::CurrentCaller();
  std::unique_ptr<Txn> txn = store_->Begin();
  absl::StatusOr<Agreement> a = Lookup<Agreement>(*txn, "agreement", r.agreement());
  if (absl::IsNotFound(a.status()) && !ActsForRegion(caller)) return Denied();
  if (!a.ok()) return a.status();
  RETURN_IF_ERROR(CheckMaySee(*a, caller));
  ASSIGN_OR_RETURN(std::vector<v1::SecondaryWorkNotice> notices, txn->ListNoticesOfAgreement(id));
  v1::ListSecondaryWorkNoticesResponse response;
  for (auto& n : notices) *response.add_notices() = std::move(n);
  return response;
}

absl::StatusOr<v1::RechargeStatement> AgreementBook::GetRechargeStatement(
    const v1::GetRechargeStatementRequest& r) {
  ASSIGN_OR_RETURN(const std::string org, ParseName("organisation", r.organisation(), kOrganisations));
  if (!r.counterparty().empty()) {
    RETURN_IF_ERROR(ParseName("counterparty", r.counterparty(), kOrganisations).status());
  }
  const agency::Month month{r.month().year(), r.month().month()};
  if (!month.Valid()) return FieldError("month", "must be a month (year 1900-2200, month 1-12)");
  const auth::Caller& caller = auth::CurrentCaller();
  if (!ActsForRegion(caller) &&
      !((caller.role == v1::COORDINATOR || caller.role == v1::MANAGER) &&
        caller.organisation == r.organisation())) {
    return absl::PermissionDeniedError(
        Cat("only the coordinators and managers of ", r.organisation(), " may see its statement"));
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  RETURN_IF_ERROR(Lookup<v1::Organisation>(*txn, "organisation", r.organisation()).status());
  const google::protobuf::Timestamp now = clock_->Now();
  agreements::RechargeInput in;
  in.organisation = r.organisation();
  in.month = month;
  in.counterparty = r.counterparty();
  ASSIGN_OR_RETURN(in.agreements, AgreementsOf(*txn, org));
  const storage::TimeRange range{agency::MonthStart(month), agency::MonthStart(month.Plus(1))};
  RETURN_IF_ERROR(AddName(*txn, r.organisation(), in.display_names));
  for (const Agreement& a : in.agreements) {
    const size_t before = in.work.size();
    RETURN_IF_ERROR(CollectWork(*txn, a, range, now.seconds(), in.work));
    if (in.work.size() == before) continue;
    RETURN_IF_ERROR(AddName(*txn, a.person(), in.display_names));
    RETURN_IF_ERROR(AddName(*txn, a.main_employer(), in.display_names));
    RETURN_IF_ERROR(AddName(*txn, a.secondary_employer(), in.display_names));
  }
  v1::RechargeStatement statement = agreements::BuildRechargeStatement(in);
  *statement.mutable_generate_time() = now;
  return statement;
}

absl::StatusOr<v1::PositionSummary> AgreementBook::GetPositionSummary(
    const v1::GetPositionSummaryRequest& r) {
  ASSIGN_OR_RETURN(const std::string person, ParseName("person", r.person(), kPeople));
  if (IsSet(r.date())) RETURN_IF_ERROR(CheckDate("date", r.date()));
  const absl::CivilDay day =
      IsSet(r.date()) ? agreements::CivilOf(r.date())
                      : absl::ToCivilDay(absl::FromUnixSeconds(clock_->Now().seconds()), agency::Oslo());
  const auth::Caller& caller = auth::CurrentCaller();
  std::unique_ptr<Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(std::vector<v1::Position> positions, txn->ListPositionsOf(person));
  // The person, the region, or a coordinator or manager of one of the
  // person's employers.
  bool allowed = ActsForRegion(caller) || (caller.role == v1::EMPLOYEE && caller.person == r.person());
  if (!allowed && (caller.role == v1::COORDINATOR || caller.role == v1::MANAGER)) {
    for (const v1::Position& p : positions) allowed |= p.employer() == caller.organisation;
  }
  if (!allowed) return absl::PermissionDeniedError("the caller may not see this person's positions");
  if (positions.empty()) RETURN_IF_ERROR(Lookup<v1::Person>(*txn, "person", r.person()).status());
  const agreements::PositionTotal total = agreements::TotalOn(positions, day);
  v1::PositionSummary summary;
  summary.set_person(r.person());
  *summary.mutable_date() = agreements::DateOf(day);
  for (const v1::Position& p : total.positions) *summary.add_positions() = p;
  summary.set_total_percent(total.total_percent);
  summary.set_warning(agreements::OverFullTimeWarning(total, day));
  summary.set_over_full_time(!summary.warning().empty());
  return summary;
}

}  // namespace vaktbro::domain
