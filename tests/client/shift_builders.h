// Small builders of Shift and ShiftEvent values for the client core tests.
#ifndef VAKTBRO_TESTS_CLIENT_SHIFT_BUILDERS_H_
#define VAKTBRO_TESTS_CLIENT_SHIFT_BUILDERS_H_

#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "oslo_time.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::client::testing {

// An instant given in Oslo local time.
inline absl::Time Oslo(int year, int month, int day, int hour, int minute = 0) {
  return absl::FromCivil(absl::CivilMinute(year, month, day, hour, minute),
                         OsloTimeZone());
}

// An OPEN shift "shifts/<id>" at organisations/o1, units/u1, 8 hours from
// `start`, last updated at `updated` seconds after the epoch.
inline v1::Shift MakeShift(const std::string& id, absl::Time start,
                           int updated = 1) {
  v1::Shift shift;
  shift.set_name("shifts/" + id);
  shift.set_organisation("organisations/o1");
  shift.set_unit("units/u1");
  shift.set_title("Shift " + id);
  *shift.mutable_start_time() = ToTimestamp(start);
  *shift.mutable_end_time() = ToTimestamp(start + absl::Hours(8));
  shift.set_profession(v1::NURSE);
  shift.set_headcount(2);
  shift.set_state(v1::Shift::OPEN);
  shift.mutable_update_time()->set_seconds(updated);
  return shift;
}

inline v1::ShiftEvent Event(v1::ShiftEvent::Kind kind, const v1::Shift& shift) {
  v1::ShiftEvent event;
  event.set_kind(kind);
  *event.mutable_shift() = shift;
  return event;
}

}  // namespace vaktbro::client::testing

#endif  // VAKTBRO_TESTS_CLIENT_SHIFT_BUILDERS_H_
