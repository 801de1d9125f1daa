// Shifts and assignments: posting, the shift lifecycle, offers and bookings.
//
// The two invariants of the exchange are kept here, inside one store
// transaction per booking (AcceptOffer, AssignShift):
//   - a person never holds two ACCEPTED (or WORKED) assignments that overlap
//     in time, whatever employers the shifts belong to;
//   - a shift never holds more ACCEPTED assignments than its headcount.
// A booking locks the person, then the shift, then the assignment (the
// store's fixed order), re-reads what it checks under those locks, and
// commits durably. A loser of a race gets FAILED_PRECONDITION saying why
// (filled, or booked elsewhere), or ABORTED when a lock wait timed out.
//
// Shift state is changed only by the transition methods and by bookings:
// DRAFT -> OPEN -> PARTLY_FILLED -> FILLED -> COMPLETED, any of the first four
// -> CANCELLED. Every change is published to the event hub after it commits.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_DOMAIN_SHIFT_BOOK_H_
#define VAKTBRO_SERVER_DOMAIN_SHIFT_BOOK_H_

#include <functional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "event_hub.h"
#include "resource.h"
#include "rule_book.h"
#include "store.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::domain {

class ShiftBook {
 public:
  // REQUIRES: store, clock, hub and rules outlive the ShiftBook. With
  // rules, a booking (AssignShift, AcceptOffer) that breaks a BLOCK rule
  // (working time, competence, pensions: server/rules) is refused; offers
  // are not checked, since the person may free the time before accepting.
  // Without rules (the demo loader's history), only the two invariants and
  // the profession are checked.
  ShiftBook(storage::Store* store, const Clock* clock, ShiftEventHub* hub,
            const rules::RuleBook* rules = nullptr)
      : store_(store), clock_(clock), hub_(hub), rules_(rules) {}
  ShiftBook(const ShiftBook&) = delete;
  ShiftBook& operator=(const ShiftBook&) = delete;

  absl::StatusOr<v1::Shift> PostShift(const v1::PostShiftRequest& r);
  absl::StatusOr<v1::Shift> GetShift(const v1::GetRequest& r);
  absl::StatusOr<v1::ListShiftsResponse> ListShifts(const v1::ListShiftsRequest& r);
  absl::StatusOr<v1::Shift> PublishShift(const v1::ShiftTransitionRequest& r);
  absl::StatusOr<v1::Shift> CancelShift(const v1::ShiftTransitionRequest& r);
  absl::StatusOr<v1::Shift> CompleteShift(const v1::ShiftTransitionRequest& r);

  absl::StatusOr<v1::Assignment> OfferShift(const v1::OfferShiftRequest& r);
  absl::StatusOr<v1::Assignment> AssignShift(const v1::OfferShiftRequest& r);
  absl::StatusOr<v1::Assignment> AcceptOffer(const v1::AssignmentTransitionRequest& r);
  absl::StatusOr<v1::Assignment> DeclineOffer(const v1::AssignmentTransitionRequest& r);
  absl::StatusOr<v1::Assignment> WithdrawAssignment(const v1::AssignmentTransitionRequest& r);
  absl::StatusOr<v1::Assignment> GetAssignment(const v1::GetRequest& r);
  absl::StatusOr<v1::ListAssignmentsResponse> ListAssignments(const v1::ListAssignmentsRequest& r);

  absl::StatusOr<v1::ListAgencyBookingsResponse> ListAgencyBookings(const v1::ListAgencyBookingsRequest& r);

  // True when a WatchShifts filter lets `shift` through.
  static bool Matches(const v1::WatchShiftsRequest& filter, const v1::Shift& shift);

 private:
  // A shift transition: locks the shift, checks the etag, lets `change`
  // check the state and change the shift (and its assignments), then stamps,
  // writes and publishes it.
  using TransitionBody =
      std::function<absl::Status(storage::Txn&, v1::Shift&, const google::protobuf::Timestamp& now)>;
  absl::StatusOr<v1::Shift> Transition(const v1::ShiftTransitionRequest& r, std::string_view method,
                                       const TransitionBody& change);

  // Publishes the shifts a committed mutation changed.
  void Publish(v1::ShiftEvent::Kind kind, const std::vector<v1::Shift>& shifts);

  storage::Store* const store_;
  const Clock* const clock_;
  ShiftEventHub* const hub_;
  const rules::RuleBook* const rules_;
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_SHIFT_BOOK_H_
