// ShiftBook: posting, listing and the shift lifecycle.
#include <algorithm>

#include "text.h"
#include "checks.h"
#include "paging.h"
#include "typed_records.h"
#include "shift_book.h"
#include "shift_rules.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

bool Wanted(const v1::ListShiftsRequest& r, const v1::Shift& s) {
  if (!r.organisation().empty() && s.organisation() != r.organisation()) return false;
  if (r.profession() != v1::PROFESSION_UNSPECIFIED && s.profession() != r.profession()) return false;
  return r.states().empty() || std::find(r.states().begin(), r.states().end(), s.state()) != r.states().end();
}

storage::Cursor CursorOf(const v1::Shift& s) {
  return {s.start_time().seconds(), std::string(storage::IdOf(s.name()))};
}

absl::Status WrongState(const v1::Shift& s, std::string_view action) {
  return absl::FailedPreconditionError(
      Cat(s.name(), " is ", StateName(s.state()), " and cannot be ", action));
}

// Ends every live assignment of `s`: accepted ones become `accepted_to`
// (WITHDRAWN on cancel, WORKED on completion), offers are withdrawn.
absl::Status EndAssignments(Txn& txn, const v1::Shift& s, const google::protobuf::Timestamp& now,
                            v1::Assignment::State accepted_to) {
  ASSIGN_OR_RETURN(std::vector<v1::Assignment> assignments, txn.ListAssignmentsOfShift(storage::IdOf(s.name())));
  for (v1::Assignment& a : assignments) {
    if (!IsLive(a.state())) continue;
    a.set_state(a.state() == v1::Assignment::ACCEPTED ? accepted_to : v1::Assignment::WITHDRAWN);
    Touch(a, now);
    RETURN_IF_ERROR(txn.Put(a));
  }
  return absl::OkStatus();
}

}  // namespace

void ShiftBook::Publish(v1::ShiftEvent::Kind kind, const std::vector<v1::Shift>& shifts) {
  for (const v1::Shift& s : shifts) {
    v1::ShiftEvent event;
    event.set_kind(kind);
    *event.mutable_shift() = s;
    *event.mutable_event_time() = clock_->Now();
    hub_->Publish(event);
  }
}

bool ShiftBook::Matches(const v1::WatchShiftsRequest& f, const v1::Shift& s) {
  return (f.organisation().empty() || f.organisation() == s.organisation()) &&
         (f.unit().empty() || f.unit() == s.unit());
}

absl::StatusOr<v1::Shift> ShiftBook::PostShift(const v1::PostShiftRequest& r) {
  RETURN_IF_ERROR(CheckClientId("shift_id", r.shift_id()));
  const google::protobuf::Timestamp now = clock_->Now();
  RETURN_IF_ERROR(CheckShift("shift", r.shift(), now));
  std::vector<v1::Shift> changed;
  absl::StatusOr<v1::Shift> result = Mutate<v1::Shift>(*store_, "PostShift", r, r.request_id(),
                                                       [&](Txn& txn) -> absl::StatusOr<v1::Shift> {
    RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, "shift.organisation", r.shift().organisation()).status());
    ASSIGN_OR_RETURN(const v1::Unit unit, Lookup<v1::Unit>(txn, "shift.unit", r.shift().unit()));
    if (unit.organisation() != r.shift().organisation()) {
      return FieldError("shift.unit", Cat(unit.name(), " belongs to ", unit.organisation(),
                                                   ", not to ", r.shift().organisation()));
    }
    v1::Shift s = r.shift();
    s.set_state(r.draft() ? v1::Shift::DRAFT : v1::Shift::OPEN);
    s.set_filled_count(0);
    RETURN_IF_ERROR(ClaimName(txn, "shift_id", r.shift_id(), now, s));
    RETURN_IF_ERROR(txn.Put(s));
    changed.push_back(s);
    return s;
  });
  if (result.ok()) Publish(v1::ShiftEvent::POSTED, changed);
  return result;
}

absl::StatusOr<v1::Shift> ShiftBook::GetShift(const v1::GetRequest& r) { return GetResource<v1::Shift>(*store_, r); }

absl::StatusOr<v1::ListShiftsResponse> ShiftBook::ListShifts(const v1::ListShiftsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(storage::Cursor cursor, DecodePageToken(r.page_token()));
  storage::TimeRange range;
  if (r.has_start_time_from()) range.from = r.start_time_from().seconds();
  if (r.has_start_time_to()) range.to = r.start_time_to().seconds();
  if (range.to <= range.from) return FieldError("start_time_to", "must be after start_time_from");
  std::string unit;
  if (!r.unit().empty()) {
    ASSIGN_OR_RETURN(unit, ParseName("unit", r.unit(), kUnits));
  }
  if (!r.organisation().empty()) RETURN_IF_ERROR(ParseName("organisation", r.organisation(), kOrganisations).status());

  std::unique_ptr<Txn> txn = store_->Begin();
  // Filters other than unit and time are applied while scanning.
  ASSIGN_OR_RETURN(std::vector<v1::Shift> page,
                   ScanFiltered<v1::Shift>(
                       cursor, page_size,
                       [&](const storage::Cursor& c, int n) {
                         return unit.empty() ? txn->ListShiftsByStart(range, c, n)
                                             : txn->ListShiftsOfUnit(unit, range, c, n);
                       },
                       [&](const v1::Shift& s) { return Wanted(r, s); }, CursorOf));
  v1::ListShiftsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, CursorOf));
  for (auto& s : page) *response.add_shifts() = std::move(s);
  return response;
}

absl::StatusOr<v1::Shift> ShiftBook::Transition(const v1::ShiftTransitionRequest& r, std::string_view method,
                                                const TransitionBody& change) {
  std::vector<v1::Shift> changed;
  auto result = Mutate<v1::Shift>(*store_, method, r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Shift> {
    ASSIGN_OR_RETURN(v1::Shift s, Lookup<v1::Shift>(txn, "name", r.name(), LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(r.etag(), s.etag(), s.name()));
    const google::protobuf::Timestamp now = clock_->Now();
    RETURN_IF_ERROR(change(txn, s, now));
    Touch(s, now);
    RETURN_IF_ERROR(txn.Put(s));
    changed.push_back(s);
    return s;
  });
  if (result.ok()) Publish(v1::ShiftEvent::CHANGED, changed);
  return result;
}

absl::StatusOr<v1::Shift> ShiftBook::PublishShift(const v1::ShiftTransitionRequest& r) {
  return Transition(r, "PublishShift", [](Txn&, v1::Shift& s, const google::protobuf::Timestamp&) {
    if (s.state() != v1::Shift::DRAFT) return WrongState(s, "published");
    s.set_state(v1::Shift::OPEN);
    return absl::OkStatus();
  });
}

absl::StatusOr<v1::Shift> ShiftBook::CancelShift(const v1::ShiftTransitionRequest& r) {
  RETURN_IF_ERROR(CheckOptionalText("reason", r.reason(), kMaxNoteLength));
  return Transition(r, "CancelShift", [&r](Txn& txn, v1::Shift& s, const google::protobuf::Timestamp& now) {
    if (s.state() == v1::Shift::CANCELLED || s.state() == v1::Shift::COMPLETED) return WrongState(s, "cancelled");
    RETURN_IF_ERROR(EndAssignments(txn, s, now, v1::Assignment::WITHDRAWN));
    s.set_state(v1::Shift::CANCELLED);
    s.set_filled_count(0);
    if (!r.reason().empty()) s.set_note(Cat(s.note(), s.note().empty() ? "" : "\n", "Cancelled: ", r.reason()));
    return absl::OkStatus();
  });
}

absl::StatusOr<v1::Shift> ShiftBook::CompleteShift(const v1::ShiftTransitionRequest& r) {
  return Transition(r, "CompleteShift", [](Txn& txn, v1::Shift& s, const google::protobuf::Timestamp& now) {
    if (s.state() == v1::Shift::CANCELLED || s.state() == v1::Shift::COMPLETED || s.state() == v1::Shift::DRAFT) {
      return WrongState(s, "completed");
    }
    if (s.end_time().seconds() > now.seconds()) {
      return absl::FailedPreconditionError(Cat(s.name(), " has not ended yet"));
    }
    RETURN_IF_ERROR(EndAssignments(txn, s, now, v1::Assignment::WORKED));
    s.set_state(v1::Shift::COMPLETED);
    return absl::OkStatus();
  });
}

absl::StatusOr<v1::ListAgencyBookingsResponse> ShiftBook::ListAgencyBookings(
    const v1::ListAgencyBookingsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(storage::Cursor cursor, DecodePageToken(r.page_token()));
  std::unique_ptr<Txn> txn = store_->Begin();
  auto by_id = [](const v1::AgencyBooking& b) { return storage::Cursor{0, std::string(storage::IdOf(b.name()))}; };
  ASSIGN_OR_RETURN(std::vector<v1::AgencyBooking> page,
                   ScanFiltered<v1::AgencyBooking>(
                       cursor, page_size,
                       [&](const storage::Cursor& c, int n) { return txn->ListAgencyBookings(c.id, n); },
                       [&](const v1::AgencyBooking& b) {
                         return r.organisation().empty() || b.organisation() == r.organisation();
                       },
                       by_id));
  v1::ListAgencyBookingsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, by_id));
  for (auto& b : page) *response.add_agency_bookings() = std::move(b);
  return response;
}

}  // namespace vaktbro::domain
