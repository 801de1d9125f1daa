// The agency-hire report: agency hours and cost against internal fills per
// organisation, unit, profession and Europe/Oslo month, compared with a
// baseline period, with the units that hired from an agency in N or more
// months in a row.
//
// What counts:
//  - an agency booking counts in the month its start falls in: BOOKED ones
//    (and records from before the register, state unset) with their paid
//    minutes and total cost; KICKED_OUT ones as kick-outs; CANCELLED ones
//    not at all. One without a consultation date is also counted as such.
//  - an internal fill counts in the month its start falls in, with its
//    minutes, cost, agency equivalent and saving, under its channel. The
//    caller passes only the fills that stand (their assignment still
//    accepted or worked).
//  - the share of the gaps filled internally is by hours: internal minutes
//    over internal plus agency minutes.
//  - the change against the baseline is (period - baseline) / baseline of
//    the agency cost and hours, month by month (month i of the period
//    against month i of the baseline) and in total; unset when the
//    baseline has none.
//  - filters (organisation, unit, profession) apply to the host
//    organisation and unit of a fill and to those of a booking.
//
// Pure; thread-safe.
#ifndef VAKTBRO_SERVER_AGENCY_REPORT_H_
#define VAKTBRO_SERVER_AGENCY_REPORT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "calendar.h"
#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::agency {

inline constexpr int kDefaultStreakMonths = 3;
inline constexpr int kMaxReportMonths = 36;

struct ReportInput {
  std::vector<v1::AgencyBooking> bookings;
  std::vector<v1::InternalFill> fills;  // only the fills that stand
  // Display names of organisations and units by resource name.
  std::map<std::string, std::string> names;
};

// The request with its defaults filled in: the period is the twelve months
// before the Oslo month of `now` (when neither end is set; one end alone
// gives twelve months from or to it), the baseline SAME_MONTHS_LAST_YEAR,
// N 3. INVALID_ARGUMENT naming the field for a month that does not exist,
// a period that ends before it starts or is longer than 36 months, a
// streak_months outside 2-36, or an unknown profession or baseline.
absl::StatusOr<v1::GetAgencyReportRequest> NormaliseReportRequest(
    const v1::GetAgencyReportRequest& request, int64_t now);

// The report. REQUIRES: `request` came from NormaliseReportRequest.
v1::AgencyReport BuildAgencyReport(const v1::GetAgencyReportRequest& request,
                                   const ReportInput& input);

// Month <-> YearMonth.
Month ToMonth(const v1::YearMonth& m);
v1::YearMonth ToYearMonth(Month m);

// An AgencyFigures with every channel present and zero.
v1::AgencyFigures EmptyFigures();

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_REPORT_H_
