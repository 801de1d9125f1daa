// Small rules of the shift and assignment lifecycles, shared by shifts.cc and
// assignments.cc. Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_SHIFT_RULES_H_
#define VAKTBRO_SERVER_DOMAIN_SHIFT_RULES_H_

#include <string>

#include "google/protobuf/timestamp.pb.h"
#include "resource.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::domain {

// The state of a published shift with `filled` of `headcount` places taken.
inline v1::Shift::State FillState(int filled, int headcount) {
  if (filled <= 0) return v1::Shift::OPEN;
  return filled >= headcount ? v1::Shift::FILLED : v1::Shift::PARTLY_FILLED;
}

// A shift that can take offers and bookings.
inline bool TakesBookings(v1::Shift::State s) {
  return s == v1::Shift::OPEN || s == v1::Shift::PARTLY_FILLED;
}

// An assignment that holds (or may come to hold) a place on its shift.
inline bool IsLive(v1::Assignment::State s) {
  return s == v1::Assignment::OFFERED || s == v1::Assignment::ACCEPTED;
}

// An assignment that occupies the person's time.
inline bool OccupiesTime(v1::Assignment::State s) {
  return s == v1::Assignment::ACCEPTED || s == v1::Assignment::WORKED;
}

// Marks a record changed now: new update time and etag.
template <typename T>
void Touch(T& record, const google::protobuf::Timestamp& now) {
  *record.mutable_update_time() = now;
  record.set_etag(NextEtag(record.etag()));
}

// "FILLED", "CANCELLED"... for messages.
inline std::string StateName(v1::Shift::State s) { return v1::Shift::State_Name(s); }
inline std::string StateName(v1::Assignment::State s) { return v1::Assignment::State_Name(s); }

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_SHIFT_RULES_H_
