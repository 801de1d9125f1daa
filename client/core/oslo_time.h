// Times on the board and in the dialogs are Norwegian local time, whatever
// the machine's own TZ setting.
//
// Choice: the zone is "Europe/Oslo" loaded once from the system's tz database
// (/usr/share/zoneinfo, Debian package tzdata) through Abseil's time-zone
// library. This needs no setenv("TZ") and no localtime_r, so it is
// thread-safe and leaves the rest of the process alone. If the database is
// missing, the functions fall back to the process's local zone.
#ifndef VAKTBRO_CLIENT_CORE_OSLO_TIME_H_
#define VAKTBRO_CLIENT_CORE_OSLO_TIME_H_

#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "google/protobuf/timestamp.pb.h"
#include "labels.h"

namespace vaktbro::client {

// Europe/Oslo (see above). Thread-safe; loaded on first use.
const absl::TimeZone& OsloTimeZone();

absl::Time FromTimestamp(const google::protobuf::Timestamp& timestamp);
google::protobuf::Timestamp ToTimestamp(absl::Time time);

// "Mon 24.11.2025 07:00" (weekday passed through `translate`).
std::string FormatDateTime(absl::Time time, const absl::TimeZone& zone,
                           const Translate& translate);

// The end of a shift as seen next to its start: "15:00" on the same day,
// "Tue 07:00" within the following six days, else in full as FormatDateTime.
std::string FormatEndTime(absl::Time start, absl::Time end,
                          const absl::TimeZone& zone,
                          const Translate& translate);

// The first instant of `day` in `zone` (handles daylight-saving changes).
absl::Time StartOfDay(absl::CivilDay day, const absl::TimeZone& zone);

// The instants of a shift entered as a day and two local clock times given
// in minutes after midnight (0-1439). An end at or before the start is on
// the next day (a night shift 22:00-07:00).
struct ShiftTimes {
  absl::Time start;
  absl::Time end;
};
ShiftTimes MakeShiftTimes(absl::CivilDay day, int start_minute, int end_minute,
                          const absl::TimeZone& zone);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_OSLO_TIME_H_
