// Dates and clock times as people in Norway write them, and the conversion
// between Europe/Oslo wall-clock time and the API's UTC Timestamps.
//
// The zone comes from the system's time zone database (tzdata); without it
// the zone falls back to the fixed offset UTC+1, and summer times are shown
// an hour early.
#ifndef VAKTBRO_CLIENT_CTL_LOCAL_TIME_H_
#define VAKTBRO_CLIENT_CTL_LOCAL_TIME_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "google/protobuf/timestamp.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::ctl {

// Europe/Oslo, loaded once. Thread-safe.
const absl::TimeZone& OsloZone();

// "2026-11-23" or "23.11.2026". INVALID_ARGUMENT otherwise.
absl::StatusOr<absl::CivilDay> ParseDay(absl::string_view text);
// "07:00" or "7:00" -> minutes after midnight (0-1439). INVALID_ARGUMENT
// otherwise.
absl::StatusOr<int> ParseClock(absl::string_view text);

// The instant Oslo clocks show `minutes` after midnight on `day`.
absl::Time OsloTime(absl::CivilDay day, int minutes);
// Today's date in Oslo.
absl::CivilDay OsloToday();

std::string FormatIsoDay(absl::Time t);        // "2026-11-23" in Oslo
std::string FormatNorwegianDay(absl::Time t);  // "23.11.2026" in Oslo
std::string FormatClock(absl::Time t);         // "07:00" in Oslo
std::string FormatIsoDay(const v1::Date& d);   // "2026-11-23"; "" when unset

google::protobuf::Timestamp ToProto(absl::Time t);
absl::Time FromProto(const google::protobuf::Timestamp& t);
v1::Date ToProtoDate(absl::CivilDay day);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_LOCAL_TIME_H_
