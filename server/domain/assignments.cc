// ShiftBook: offers, bookings and the assignment lifecycle. The invariants of
// the exchange are checked in CheckBookable, under the person's and the
// shift's locks.
#include <algorithm>

#include "text.h"
#include "agency_ledger.h"
#include "checks.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "paging.h"
#include "typed_records.h"
#include "shift_book.h"
#include "rules_gate.h"
#include "shift_rules.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

// Europe/Oslo from the system's time zone database (package tzdata); UTC if
// it is missing, which scripts/setup prevents.
const absl::TimeZone& Oslo() {
  static const absl::TimeZone zone = [] {
    absl::TimeZone tz;
    if (!absl::LoadTimeZone("Europe/Oslo", &tz)) tz = absl::UTCTimeZone();
    return tz;
  }();
  return zone;
}

// Days since 1970-01-01 of the Oslo calendar day that contains `seconds`.
int64_t OsloDay(int64_t seconds) {
  const absl::CivilDay day = absl::ToCivilDay(absl::FromUnixSeconds(seconds), Oslo());
  return day - absl::CivilDay(1970, 1, 1);
}

// "2026-11-24 22:00" in Oslo time, for messages.
std::string OsloTime(const google::protobuf::Timestamp& t) {
  return absl::FormatTime("%Y-%m-%d %H:%M", absl::FromUnixSeconds(t.seconds()), Oslo());
}

// Everything an offer or a direct assignment needs, read under the person's
// and then the shift's lock.
struct OfferContext {
  v1::Person person;
  v1::Shift shift;
  v1::Position position;
};

absl::StatusOr<OfferContext> LoadOffer(Txn& txn, const v1::OfferShiftRequest& r,
                                       const rules::RuleBook* rules) {
  OfferContext c;
  ASSIGN_OR_RETURN(c.person, Lookup<v1::Person>(txn, "person", r.person(), LockMode::kExclusive));
  ASSIGN_OR_RETURN(c.shift, Lookup<v1::Shift>(txn, "shift", r.shift(), LockMode::kExclusive));
  ASSIGN_OR_RETURN(c.position, Lookup<v1::Position>(txn, "position", r.position()));
  if (c.position.person() != c.person.name()) {
    return FieldError("position", Cat(c.position.name(), " is not a position of ", c.person.name()));
  }
  if (!TakesBookings(c.shift.state())) {
    return absl::FailedPreconditionError(Cat(c.shift.name(), " is ", StateName(c.shift.state()),
                                                      " and takes no offers or bookings"));
  }
  // Position dates are Oslo calendar days.
  const int64_t first = OsloDay(c.shift.start_time().seconds());
  const int64_t last = OsloDay(c.shift.end_time().seconds() - 1);
  const bool valid = DaysFromCivil(c.position.valid_from()) <= first &&
                     (!IsSet(c.position.valid_to()) || last <= DaysFromCivil(c.position.valid_to()));
  if (!valid) {
    return absl::FailedPreconditionError(
        Cat(c.position.name(), " is not valid on the date of ", c.shift.name()));
  }
  // The profession, or with rules one the competence rules let cover it (a
  // specialist nurse may take a nurse's shift).
  if (!CoversProfession(rules, c.person, c.shift)) {
    return absl::FailedPreconditionError(Cat(c.person.name(), " is not authorised as ",
                                                      v1::Profession_Name(c.shift.profession()),
                                                      ", which ", c.shift.name(), " requires"));
  }
  ASSIGN_OR_RETURN(std::vector<v1::Assignment> existing, txn.ListAssignmentsOfShift(storage::IdOf(c.shift.name())));
  for (const v1::Assignment& a : existing) {
    if (a.person() == c.person.name() && IsLive(a.state())) {
      return absl::AlreadyExistsError(Cat(c.person.name(), " already has ", a.name(), " (",
                                                   StateName(a.state()), ") on ", c.shift.name()));
    }
  }
  return c;
}

// The two invariants. REQUIRES: the person and the shift are locked by txn.
absl::Status CheckBookable(Txn& txn, const v1::Shift& shift, std::string_view person) {
  if (!TakesBookings(shift.state()) || shift.filled_count() >= shift.headcount()) {
    return absl::FailedPreconditionError(Cat(shift.name(), " is ", StateName(shift.state()), " (",
                                                      shift.filled_count(), " of ", shift.headcount(),
                                                      " places taken)"));
  }
  const int64_t start = shift.start_time().seconds();
  const int64_t end = shift.end_time().seconds();
  // A shift lasts at most kMaxShiftSeconds, so any overlapping one starts
  // within that distance before this one's start.
  const storage::TimeRange range{start - kMaxShiftSeconds, end};
  ASSIGN_OR_RETURN(std::vector<v1::Assignment> theirs,
                   txn.ListAssignmentsOfPerson(storage::IdOf(person), range, storage::Cursor{}, 10000));
  for (const v1::Assignment& a : theirs) {
    if (!OccupiesTime(a.state()) || a.shift() == shift.name()) continue;
    if (a.start_time().seconds() < end && start < a.end_time().seconds()) {
      return absl::FailedPreconditionError(Cat(
          person, " is already booked on ", a.shift(), " (", a.employer(), ") from ",
          OsloTime(a.start_time()), " to ", OsloTime(a.end_time()), " (Oslo time), which overlaps ",
          shift.name()));
    }
  }
  return absl::OkStatus();
}

// Takes one place on the shift for `a`, which becomes ACCEPTED: the two
// invariants first, then (with rules) every BLOCK rule, both under the locks.
absl::Status Book(Txn& txn, v1::Shift& shift, v1::Assignment& a, const google::protobuf::Timestamp& now,
                  const rules::RuleBook* rules, const v1::Person& person, const v1::Position& position) {
  RETURN_IF_ERROR(CheckBookable(txn, shift, a.person()));
  if (rules != nullptr) {
    RETURN_IF_ERROR(CheckRulesGate(txn, *rules, person, shift, position, now.seconds()));
  }
  shift.set_filled_count(shift.filled_count() + 1);
  shift.set_state(FillState(shift.filled_count(), shift.headcount()));
  Touch(shift, now);
  a.set_state(v1::Assignment::ACCEPTED);
  RETURN_IF_ERROR(txn.Put(shift));
  RETURN_IF_ERROR(txn.Put(a));
  // The internal-fill ledger entry, in the same transaction (agency_ledger.h).
  return RecordInternalFill(txn, shift, a, now);
}

v1::Assignment NewAssignment(const OfferContext& c, v1::Assignment::State state) {
  v1::Assignment a;
  a.set_shift(c.shift.name());
  a.set_person(c.person.name());
  a.set_position(c.position.name());
  a.set_employer(c.position.employer());
  a.set_state(state);
  *a.mutable_start_time() = c.shift.start_time();
  *a.mutable_end_time() = c.shift.end_time();
  return a;
}

}  // namespace

absl::StatusOr<v1::Assignment> ShiftBook::OfferShift(const v1::OfferShiftRequest& r) {
  return Mutate<v1::Assignment>(*store_, "OfferShift", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Assignment> {
    ASSIGN_OR_RETURN(const OfferContext c, LoadOffer(txn, r, rules_));
    // Offers are not checked against the rules: the person may free the time
    // before accepting (EvaluateCandidate shows what stands in the way);
    // accepting is checked.
    v1::Assignment a = NewAssignment(c, v1::Assignment::OFFERED);
    RETURN_IF_ERROR(ClaimName(txn, "assignment", "", clock_->Now(), a));
    RETURN_IF_ERROR(txn.Put(a));
    return a;
  });
}

absl::StatusOr<v1::Assignment> ShiftBook::AssignShift(const v1::OfferShiftRequest& r) {
  std::vector<v1::Shift> changed;
  auto result = Mutate<v1::Assignment>(*store_, "AssignShift", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Assignment> {
    ASSIGN_OR_RETURN(OfferContext c, LoadOffer(txn, r, rules_));
    const google::protobuf::Timestamp now = clock_->Now();
    v1::Assignment a = NewAssignment(c, v1::Assignment::ACCEPTED);
    RETURN_IF_ERROR(ClaimName(txn, "assignment", "", now, a));
    RETURN_IF_ERROR(Book(txn, c.shift, a, now, rules_, c.person, c.position));
    changed.push_back(c.shift);
    return a;
  });
  if (result.ok()) Publish(v1::ShiftEvent::CHANGED, changed);
  return result;
}

absl::StatusOr<v1::Assignment> ShiftBook::AcceptOffer(const v1::AssignmentTransitionRequest& r) {
  std::vector<v1::Shift> changed;
  auto result = Mutate<v1::Assignment>(*store_, "AcceptOffer", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Assignment> {
    // Learn whom and what the offer is for, then lock in the fixed order.
    ASSIGN_OR_RETURN(const v1::Assignment peek, Lookup<v1::Assignment>(txn, "name", r.name()));
    ASSIGN_OR_RETURN(const v1::Person person, Lookup<v1::Person>(txn, "person", peek.person(), LockMode::kExclusive));
    ASSIGN_OR_RETURN(v1::Shift shift, Lookup<v1::Shift>(txn, "shift", peek.shift(), LockMode::kExclusive));
    ASSIGN_OR_RETURN(v1::Assignment a, Lookup<v1::Assignment>(txn, "name", r.name(), LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(r.etag(), a.etag(), a.name()));
    if (a.state() != v1::Assignment::OFFERED) {
      return absl::FailedPreconditionError(Cat(a.name(), " is ", StateName(a.state()), ", not an open offer"));
    }
    const google::protobuf::Timestamp now = clock_->Now();
    // The world may have changed since the offer: Book checks the rules again.
    ASSIGN_OR_RETURN(const v1::Position position, Lookup<v1::Position>(txn, "position", a.position()));
    Touch(a, now);
    RETURN_IF_ERROR(Book(txn, shift, a, now, rules_, person, position));
    changed.push_back(shift);
    return a;
  });
  if (result.ok()) Publish(v1::ShiftEvent::CHANGED, changed);
  return result;
}

absl::StatusOr<v1::Assignment> ShiftBook::DeclineOffer(const v1::AssignmentTransitionRequest& r) {
  return Mutate<v1::Assignment>(*store_, "DeclineOffer", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Assignment> {
    ASSIGN_OR_RETURN(v1::Assignment a, Lookup<v1::Assignment>(txn, "name", r.name(), LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(r.etag(), a.etag(), a.name()));
    if (a.state() != v1::Assignment::OFFERED) {
      return absl::FailedPreconditionError(Cat(a.name(), " is ", StateName(a.state()), ", not an open offer"));
    }
    a.set_state(v1::Assignment::DECLINED);
    Touch(a, clock_->Now());
    RETURN_IF_ERROR(txn.Put(a));
    return a;
  });
}

absl::StatusOr<v1::Assignment> ShiftBook::WithdrawAssignment(const v1::AssignmentTransitionRequest& r) {
  std::vector<v1::Shift> changed;
  auto result = Mutate<v1::Assignment>(*store_, "WithdrawAssignment", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Assignment> {
    ASSIGN_OR_RETURN(const v1::Assignment peek, Lookup<v1::Assignment>(txn, "name", r.name()));
    ASSIGN_OR_RETURN(v1::Shift shift, Lookup<v1::Shift>(txn, "shift", peek.shift(), LockMode::kExclusive));
    ASSIGN_OR_RETURN(v1::Assignment a, Lookup<v1::Assignment>(txn, "name", r.name(), LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(r.etag(), a.etag(), a.name()));
    if (!IsLive(a.state())) {
      return absl::FailedPreconditionError(Cat(a.name(), " is ", StateName(a.state()), " and cannot be withdrawn"));
    }
    const google::protobuf::Timestamp now = clock_->Now();
    if (a.state() == v1::Assignment::ACCEPTED) {
      shift.set_filled_count(shift.filled_count() - 1);
      shift.set_state(FillState(shift.filled_count(), shift.headcount()));
      Touch(shift, now);
      RETURN_IF_ERROR(txn.Put(shift));
      changed.push_back(shift);
    }
    a.set_state(v1::Assignment::WITHDRAWN);
    Touch(a, now);
    RETURN_IF_ERROR(txn.Put(a));
    return a;
  });
  if (result.ok()) Publish(v1::ShiftEvent::CHANGED, changed);
  return result;
}

absl::StatusOr<v1::Assignment> ShiftBook::GetAssignment(const v1::GetRequest& r) {
  return GetResource<v1::Assignment>(*store_, r);
}

absl::StatusOr<v1::ListAssignmentsResponse> ShiftBook::ListAssignments(const v1::ListAssignmentsRequest& r) {
  if (r.person().empty() == r.shift().empty()) {
    return FieldError(r.person().empty() ? "person" : "shift", "give exactly one of person and shift");
  }
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(storage::Cursor cursor, DecodePageToken(r.page_token()));
  auto wanted = [&r](const v1::Assignment& a) {
    return r.states().empty() || std::find(r.states().begin(), r.states().end(), a.state()) != r.states().end();
  };
  auto cursor_of = [](const v1::Assignment& a) {
    return storage::Cursor{a.start_time().seconds(), std::string(storage::IdOf(a.name()))};
  };
  std::unique_ptr<Txn> txn = store_->Begin();
  std::vector<v1::Assignment> page;
  if (!r.shift().empty()) {
    ASSIGN_OR_RETURN(const std::string shift, ParseName("shift", r.shift(), kShifts));
    ASSIGN_OR_RETURN(std::vector<v1::Assignment> all, txn->ListAssignmentsOfShift(shift));
    // Every assignment of a shift has the shift's start: order by id.
    for (auto& a : all) {
      if (storage::IdOf(a.name()) > cursor.id && wanted(a)) page.push_back(std::move(a));
    }
    if (static_cast<int>(page.size()) > page_size + 1) page.resize(page_size + 1);
  } else {
    ASSIGN_OR_RETURN(const std::string person, ParseName("person", r.person(), kPeople));
    ASSIGN_OR_RETURN(page, ScanFiltered<v1::Assignment>(
                               cursor, page_size,
                               [&](const storage::Cursor& c, int n) {
                                 return txn->ListAssignmentsOfPerson(person, storage::TimeRange{}, c, n);
                               },
                               wanted, cursor_of));
  }
  v1::ListAssignmentsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, cursor_of));
  for (auto& a : page) *response.add_assignments() = std::move(a);
  return response;
}

}  // namespace vaktbro::domain
