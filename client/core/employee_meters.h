// The employee's meters: hours this week against the working-time limits,
// rest before the next shift, the longest rest of the week, and for
// pensioners the 20 % enrolment threshold and the AFP income tolerance.
//
// The arithmetic counts everything the person works at every employer:
// booked shifts (ACCEPTED, WORKED) and the positions' planned rota; offers
// do not count until accepted. The limits are parameters (RULES.md: keep
// every number a parameter); the defaults are the statutory ones. The
// server's findings remain the authority for one offer; these meters are
// the overview.
#ifndef VAKTBRO_CLIENT_CORE_EMPLOYEE_METERS_H_
#define VAKTBRO_CLIENT_CORE_EMPLOYEE_METERS_H_

#include <optional>
#include <vector>

#include "absl/time/time.h"
#include "employee_client.h"
#include "employee_model.h"

namespace vaktbro::client {

struct WorkingTimeLimits {
  double normal_hours_per_week = 40;   // aml §10-4 (1)
  double average_hours_per_week = 48;  // aml §10-6 (8), over 8 weeks
  double max_hours_per_week = 54;      // aml §10-5 (2): never over in a week
  double daily_rest_hours = 11;        // aml §10-8 (1)
  double weekly_rest_hours = 35;       // aml §10-8 (2)
};

struct PensionLimits {
  int unreduced_from_birth_year = 1963;
  double enrolment_threshold_percent = 20;  // SPK Act §5
  double klp_nurse_threshold_percent = 0;   // KLP nurses from 2025
  double normal_hours_per_week = 40;        // a month of full time: x 52 / 12
  double afp_tolerance_municipal_nok = 30000;
  double afp_tolerance_state_nok = 15000;
};

// kOk: within the normal or safe range; kNear: allowed but above normal or
// close to the limit; kOver: above a limit (or rest below one).
enum class MeterLevel { kOk, kNear, kOver };

struct HoursMeter {
  double hours = 0;  // worked in [from, to), booked and planned
  double normal = 0;
  double average = 0;
  double max = 0;
  MeterLevel level = MeterLevel::kOk;
};
// Hours of the booked and planned entries inside [from, to) (overlapping
// entries counted once).
HoursMeter WeekHours(const std::vector<CalendarEntry>& entries,
                     absl::Time from, absl::Time to,
                     const WorkingTimeLimits& limits);

struct RestMeter {
  // The next booked or planned shift that starts after `now`; empty: none.
  std::optional<CalendarEntry> next;
  // The end of the work before it (any employer); empty: none known.
  std::optional<absl::Time> previous_end;
  double rest_hours = 0;  // next.start - previous_end (0 if they overlap)
  double limit = 0;
  MeterLevel level = MeterLevel::kOk;  // kOver: shorter than daily rest
};
RestMeter RestBeforeNext(const std::vector<CalendarEntry>& entries,
                         absl::Time now, const WorkingTimeLimits& limits);

// The longest time off inside [from, to) between booked and planned work.
struct WeeklyRestMeter {
  double hours = 0;
  double limit = 0;
  MeterLevel level = MeterLevel::kOk;  // kOver: shorter than weekly rest
};
WeeklyRestMeter LongestRest(const std::vector<CalendarEntry>& entries,
                            absl::Time from, absl::Time to,
                            const WorkingTimeLimits& limits);

struct PensionMeter {
  enum class Status {
    kNotPensioner,   // no pensioner position and no retirement pension
    kUnreduced,      // born in the unreduced cohort: work does not reduce it
    kNotDrawing,     // not drawing a gross-scheme retirement pension
    kApplies,        // the threshold applies
  };
  Status status = Status::kNotPensioner;
  double position_percent = 0;  // ordinary-pay positions valid now
  double shift_percent = 0;     // ordinary-pay booked shifts this month
  double total_percent = 0;
  double threshold = 0;
  bool klp_nurses = false;
  MeterLevel level = MeterLevel::kOk;  // kNear from 3/4 of the threshold
};
// The shifts this month are the booked assignments through a position on
// ordinary pay that start in the Oslo calendar month of `now`, as
//   hours / (normal_hours_per_week x 52 / 12) x 100 %
// on top of the ordinary-pay positions' percentages (as the server counts).
PensionMeter Enrolment(const EmployeeData& data, absl::Time now,
                       const PensionLimits& limits);

struct AfpMeter {
  bool applies = false;       // the person has AFP with an income test
  bool state_scheme = false;  // SPK's tolerance, else the municipal one
  double earnings = 0;        // max(so far this year, projected)
  double tolerance = 0;
  MeterLevel level = MeterLevel::kOk;  // kNear from 3/4 of the tolerance
};
AfpMeter AfpTolerance(const EmployeeData& data, const PensionLimits& limits);

// Whether the person has a pensioner position or draws a retirement
// pension (the pension meters are shown then).
bool IsPensioner(const EmployeeData& data);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_EMPLOYEE_METERS_H_
