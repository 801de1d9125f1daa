#include "oslo_time.h"

#include "absl/strings/str_cat.h"

namespace vaktbro::client {
namespace {

absl::TimeZone LoadOslo() {
  absl::TimeZone zone;
  if (absl::LoadTimeZone("Europe/Oslo", &zone)) return zone;
  return absl::LocalTimeZone();
}

int MondayBased(absl::CivilDay day) {
  switch (absl::GetWeekday(day)) {
    case absl::Weekday::monday:
      return 0;
    case absl::Weekday::tuesday:
      return 1;
    case absl::Weekday::wednesday:
      return 2;
    case absl::Weekday::thursday:
      return 3;
    case absl::Weekday::friday:
      return 4;
    case absl::Weekday::saturday:
      return 5;
    case absl::Weekday::sunday:
      return 6;
  }
  return -1;
}

absl::CivilMinute AddMinutes(absl::CivilDay day, int minute) {
  return absl::CivilMinute(day) + minute;
}

}  // namespace

const absl::TimeZone& OsloTimeZone() {
  static const absl::TimeZone* const zone = new absl::TimeZone(LoadOslo());
  return *zone;
}

absl::Time FromTimestamp(const google::protobuf::Timestamp& timestamp) {
  return absl::FromUnixSeconds(timestamp.seconds()) +
         absl::Nanoseconds(timestamp.nanos());
}

google::protobuf::Timestamp ToTimestamp(absl::Time time) {
  const int64_t seconds = absl::ToUnixSeconds(time);
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(
      absl::ToInt64Nanoseconds(time - absl::FromUnixSeconds(seconds))));
  return timestamp;
}

std::string FormatDateTime(absl::Time time, const absl::TimeZone& zone,
                           const Translate& translate) {
  const absl::CivilDay day = absl::ToCivilDay(time, zone);
  return absl::StrCat(translate(WeekdayLabel(MondayBased(day))), " ",
                      absl::FormatTime("%d.%m.%Y %H:%M", time, zone));
}

std::string FormatEndTime(absl::Time start, absl::Time end,
                          const absl::TimeZone& zone,
                          const Translate& translate) {
  const absl::CivilDay start_day = absl::ToCivilDay(start, zone);
  const absl::CivilDay end_day = absl::ToCivilDay(end, zone);
  const std::string clock = absl::FormatTime("%H:%M", end, zone);
  if (end_day == start_day) return clock;
  if (end_day > start_day && end_day - start_day <= 6) {
    return absl::StrCat(translate(WeekdayLabel(MondayBased(end_day))), " ",
                        clock);
  }
  return FormatDateTime(end, zone, translate);
}

absl::Time StartOfDay(absl::CivilDay day, const absl::TimeZone& zone) {
  return zone.At(absl::CivilSecond(day)).trans;
}

ShiftTimes MakeShiftTimes(absl::CivilDay day, int start_minute, int end_minute,
                          const absl::TimeZone& zone) {
  const absl::CivilDay end_day = end_minute <= start_minute ? day + 1 : day;
  return ShiftTimes{
      .start = absl::FromCivil(AddMinutes(day, start_minute), zone),
      .end = absl::FromCivil(AddMinutes(end_day, end_minute), zone)};
}

}  // namespace vaktbro::client
