// Builders of an employee's data for the employee view-model and meter
// tests: positions, assignments with their shifts, planned shifts.
#ifndef VAKTBRO_TESTS_CLIENT_EMPLOYEE_FIXTURES_H_
#define VAKTBRO_TESTS_CLIENT_EMPLOYEE_FIXTURES_H_

#include <string>

#include "employee_client.h"
#include "shift_builders.h"

namespace vaktbro::client::testing {

inline v1::Position MakePosition(const std::string& id,
                                 const std::string& employer,
                                 v1::Position::Kind kind, double percentage,
                                 v1::Position::PayScheme pay =
                                     v1::Position::ORDINARY) {
  v1::Position p;
  p.set_name("positions/" + id);
  p.set_person("people/p1");
  p.set_employer("organisations/" + employer);
  p.set_kind(kind);
  p.set_percentage(percentage);
  p.set_pay_scheme(pay);
  return p;
}

// An assignment "assignments/<id>" on shift "shifts/<id>" (added to
// data.shifts) from `start` for `hours`, through `position`.
inline v1::Assignment& AddAssignment(EmployeeData& data, const std::string& id,
                                     absl::Time start, double hours,
                                     v1::Assignment::State state,
                                     const std::string& employer = "o1",
                                     const std::string& position = "") {
  v1::Shift shift = MakeShift(id, start);
  shift.set_organisation("organisations/" + employer);
  *shift.mutable_end_time() =
      ToTimestamp(start + absl::Minutes(static_cast<int>(hours * 60)));
  v1::Assignment& a = *&data.assignments.emplace_back();
  a.set_name("assignments/" + id);
  a.set_shift(shift.name());
  a.set_person("people/p1");
  a.set_position(position.empty() ? "positions/main" : position);
  a.set_employer(shift.organisation());
  a.set_state(state);
  *a.mutable_start_time() = shift.start_time();
  *a.mutable_end_time() = shift.end_time();
  a.set_etag("e1");
  data.shifts[shift.name()] = shift;
  return a;
}

inline void AddPlanned(EmployeeData& data, const std::string& id,
                       absl::Time start, double hours,
                       const std::string& employer = "o2") {
  v1::PlannedShift& p = data.planned_shifts.emplace_back();
  p.set_name("plannedShifts/" + id);
  p.set_employer("organisations/" + employer);
  *p.mutable_start_time() = ToTimestamp(start);
  *p.mutable_end_time() =
      ToTimestamp(start + absl::Minutes(static_cast<int>(hours * 60)));
  p.set_label("Rota " + id);
}

}  // namespace vaktbro::client::testing

#endif  // VAKTBRO_TESTS_CLIENT_EMPLOYEE_FIXTURES_H_
