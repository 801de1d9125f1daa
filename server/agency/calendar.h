// The Europe/Oslo calendar as the agency arithmetic sees it: the month an
// instant belongs to, and the kind of every hour (time of day; weekday,
// weekend or public holiday) that the rate cards price.
//
// Pure functions; thread-safe. The zone comes from the system's tz database
// (package tzdata); without it the arithmetic falls back to UTC.
#ifndef VAKTBRO_SERVER_AGENCY_CALENDAR_H_
#define VAKTBRO_SERVER_AGENCY_CALENDAR_H_

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace vaktbro::agency {

// Europe/Oslo, loaded once.
const absl::TimeZone& Oslo();

// A calendar month. Ordered by time.
struct Month {
  int year = 0;
  int month = 0;  // 1-12

  // Months since year 0: consecutive months differ by one.
  int Index() const { return year * 12 + (month - 1); }
  static Month FromIndex(int index) {
    return Month{index / 12, index % 12 + 1};
  }
  Month Plus(int months) const { return FromIndex(Index() + months); }
  bool Valid() const {
    return year >= 1900 && year <= 2200 && month >= 1 && month <= 12;
  }
  auto operator<=>(const Month&) const = default;
};

// The Oslo month that contains the instant.
Month MonthOf(int64_t unix_seconds);
// The first instant (00:00 Oslo time) of the month.
int64_t MonthStart(Month month);
// "2026-03".
std::string IsoMonth(Month month);

enum class TimeOfDay { kDay, kEvening, kNight };  // 06-17, 17-21, 21-06
enum class DayKind { kWeekday, kWeekend, kHoliday };

struct HourKind {
  TimeOfDay time = TimeOfDay::kDay;
  DayKind day = DayKind::kWeekday;
  bool operator==(const HourKind&) const = default;
};

// Norwegian public holidays (helligdager): 1 Jan, Maundy Thursday, Good
// Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit
// Sunday and Monday, 25 and 26 Dec.
bool IsPublicHoliday(absl::CivilDay day);
// Christmas, Easter and Whitsun eves: holiday time from 15:00 (aml §10-10).
bool IsHolidayEve(absl::CivilDay day);
absl::CivilDay EasterSunday(int year);

// The kind of the Oslo wall-clock hour `hour` (0-23) of `day`: a public
// holiday or an eve from 15:00 is kHoliday, else Saturday and Sunday are
// kWeekend.
HourKind KindOf(absl::CivilDay day, int hour);

// [start, end) cut where the kind of hour changes. Every boundary of a kind
// is a whole Oslo hour, and Oslo's offset from UTC is a whole number of
// hours, so the pieces are cut at whole UTC hours. Empty when end <= start.
struct Piece {
  HourKind kind;
  int64_t seconds = 0;
};
std::vector<Piece> SplitByKind(int64_t start, int64_t end);

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_CALENDAR_H_
