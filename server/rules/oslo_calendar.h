// Europe/Oslo time and the Norwegian calendar: public holidays, the Sunday and
// holiday time of aml §10-10 and the night time of aml §10-11.
//
// All durations are real elapsed time (absl::Time arithmetic): a night shift
// 22:00-07:00 across the March clock change lasts 8 h, across the October
// change 10 h. The clock hours of the windows are rule-set parameters, passed
// in as times of day; nothing here knows the numbers of the law.
#ifndef VAKTBRO_SERVER_RULES_OSLO_CALENDAR_H_
#define VAKTBRO_SERVER_RULES_OSLO_CALENDAR_H_

#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace vaktbro::rules {

// The Europe/Oslo zone from the system time zone database, loaded once.
// Thread-safe. Aborts the process with a message on stderr if the zone cannot
// be loaded (tzdata missing): every working-time result would be wrong.
const absl::TimeZone& Oslo();

// The instant at which Oslo clocks show `time_of_day` after midnight on `day`
// (which may exceed 24 h to mean a later day). A clock time that does not
// exist (02:00-03:00 on the March change) is the instant of the change, a
// repeated one (October) its first occurrence.
absl::Time OsloTime(absl::CivilDay day, absl::Duration time_of_day);

// Oslo calendar day of an instant.
absl::CivilDay OsloDay(absl::Time t);

// Easter Sunday of `year` in the Gregorian calendar (anonymous computus).
// REQUIRES: year >= 1583.
absl::CivilDay EasterSunday(int year);

struct Holiday {
  absl::CivilDay day;
  std::string_view name_nb;  // "Grunnlovsdag"
  std::string_view name_en;  // "Constitution Day"
};

// The twelve public holidays (helligdager and høytidsdager) of `year`, by
// date: 1 Jan, Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May,
// 17 May, Ascension Day, Whit Sunday and Monday, 25 and 26 Dec.
std::vector<Holiday> PublicHolidays(int year);

bool IsPublicHoliday(absl::CivilDay day);
bool IsSundayOrHoliday(absl::CivilDay day);

// Christmas Eve, Easter Eve or Whitsun Eve: the Sunday time starts earlier.
bool IsHolidayEve(absl::CivilDay day);

// [start, end): an interval of real time.
struct TimeWindow {
  absl::Time start;
  absl::Time end;
};

// The clock hours of Sunday and holiday time (aml §10-10 (1)).
struct SundayHours {
  absl::Duration from;      // on the day before a Sunday/holiday, e.g. 18:00
  absl::Duration eve_from;  // on Christmas, Easter and Whitsun Eve, e.g. 15:00
  // On a weekday before 1 or 17 May other than a Saturday or the day before
  // Ascension Day: an ordinary weekday, e.g. until 22:00 (the 1947 Act on
  // 1 and 17 May, §2).
  absl::Duration may_eve_from;
  absl::Duration until;  // on the day before the next weekday, e.g. 22:00
};

// The Sunday/holiday periods that overlap [from, to), in order. A run of
// consecutive Sundays and holidays is one period: from `from` (or `eve_from`)
// on the day before the first, to `until` on the last (the day before the
// next weekday; Saturday is a weekday); `may_eve_from` as described above.
// Easter 2025 gives two periods:
// Wed 16 Apr 18:00 - Fri 18 Apr 22:00 and Sat 19 Apr 15:00 - Mon 21 Apr 22:00.
std::vector<TimeWindow> SundayHolidayPeriods(absl::Time from, absl::Time to,
                                             const SundayHours& hours);

// The first Sunday/holiday period that starts at or after `t`, and the last
// one that ends at or before `t`.
TimeWindow NextSundayHolidayPeriod(absl::Time t, const SundayHours& hours);
TimeWindow PreviousSundayHolidayPeriod(absl::Time t, const SundayHours& hours);

// The clock hours of night time (aml §10-11 (1)): from `from` one evening
// until `until` the next morning, e.g. 21:00-06:00. REQUIRES: until < from.
struct NightHours {
  absl::Duration from;
  absl::Duration until;
};

// How much of [start, end) falls in night time, in real elapsed time.
absl::Duration NightTime(absl::Time start, absl::Time end,
                         const NightHours& hours);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_OSLO_CALENDAR_H_
