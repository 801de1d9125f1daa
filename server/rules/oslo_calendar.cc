#include "oslo_calendar.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace vaktbro::rules {
namespace {

// Days relative to Easter Sunday, and fixed dates, of the public holidays.
struct MovableHoliday {
  int days_after_easter;
  std::string_view nb, en;
};
struct FixedHoliday {
  int month, day;
  std::string_view nb, en;
};

constexpr MovableHoliday kMovable[] = {
    {-3, "Skjærtorsdag", "Maundy Thursday"},
    {-2, "Langfredag", "Good Friday"},
    {0, "Første påskedag", "Easter Sunday"},
    {1, "Andre påskedag", "Easter Monday"},
    {39, "Kristi himmelfartsdag", "Ascension Day"},
    {49, "Første pinsedag", "Whit Sunday"},
    {50, "Andre pinsedag", "Whit Monday"},
};
constexpr FixedHoliday kFixed[] = {
    {1, 1, "Første nyttårsdag", "New Year's Day"},
    {5, 1, "Arbeidernes dag", "Labour Day"},
    {5, 17, "Grunnlovsdag", "Constitution Day"},
    {12, 25, "Første juledag", "Christmas Day"},
    {12, 26, "Andre juledag", "Boxing Day"},
};
constexpr int kEasterEve = -1;
constexpr int kWhitsunEve = 48;
constexpr int kAscension = 39;

bool IsMayHoliday(absl::CivilDay day) {
  return day.month() == 5 && (day.day() == 1 || day.day() == 17);
}

// When the Sunday time starts on `before`, the day before a run of red days
// that starts on `first`.
absl::Duration PeriodStart(absl::CivilDay before, absl::CivilDay first,
                           const SundayHours& hours) {
  if (IsHolidayEve(before)) return hours.eve_from;
  if (IsMayHoliday(first) &&
      absl::GetWeekday(before) != absl::Weekday::saturday &&
      first - EasterSunday(first.year()) != kAscension) {
    return hours.may_eve_from;
  }
  return hours.from;
}

// The Sunday/holiday period of the run of red days starting on `first`.
TimeWindow PeriodOfRun(absl::CivilDay first, const SundayHours& hours) {
  absl::CivilDay last = first;
  while (IsSundayOrHoliday(last + 1)) ++last;
  const absl::CivilDay before = first - 1;
  return {OsloTime(before, PeriodStart(before, first, hours)),
          OsloTime(last, hours.until)};
}

// The periods of all runs whose first red day is in [first, last], in order.
std::vector<TimeWindow> PeriodsOfRunsStarting(absl::CivilDay first,
                                              absl::CivilDay last,
                                              const SundayHours& hours) {
  std::vector<TimeWindow> out;
  for (absl::CivilDay d = first; d <= last; ++d) {
    if (IsSundayOrHoliday(d) && !IsSundayOrHoliday(d - 1)) {
      out.push_back(PeriodOfRun(d, hours));
    }
  }
  return out;
}

// No run of red days is a week long, and a Sunday comes every week: runs
// that matter to an instant start within this many days of it.
constexpr int kRunSearchDays = 10;

}  // namespace

const absl::TimeZone& Oslo() {
  static const absl::TimeZone* const zone = [] {
    auto* tz = new absl::TimeZone;
    if (!absl::LoadTimeZone("Europe/Oslo", tz)) {
      std::fprintf(
          stderr,
          "vaktbro: cannot load time zone Europe/Oslo; install tzdata\n");
      std::abort();
    }
    return tz;
  }();
  return *zone;
}

absl::Time OsloTime(absl::CivilDay day, absl::Duration time_of_day) {
  const absl::CivilSecond local =
      absl::CivilSecond(day) + absl::ToInt64Seconds(time_of_day);
  return absl::FromCivil(local, Oslo());
}

absl::CivilDay OsloDay(absl::Time t) { return absl::ToCivilDay(t, Oslo()); }

absl::CivilDay EasterSunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return absl::CivilDay(year, month, day);
}

std::vector<Holiday> PublicHolidays(int year) {
  std::vector<Holiday> out;
  const absl::CivilDay easter = EasterSunday(year);
  for (const FixedHoliday& h : kFixed) {
    out.push_back({absl::CivilDay(year, h.month, h.day), h.nb, h.en});
  }
  for (const MovableHoliday& h : kMovable) {
    out.push_back({easter + h.days_after_easter, h.nb, h.en});
  }
  std::stable_sort(
      out.begin(), out.end(),
      [](const Holiday& x, const Holiday& y) { return x.day < y.day; });
  return out;
}

bool IsPublicHoliday(absl::CivilDay day) {
  for (const FixedHoliday& h : kFixed) {
    if (day.month() == h.month && day.day() == h.day) return true;
  }
  const absl::civil_diff_t offset = day - EasterSunday(day.year());
  for (const MovableHoliday& h : kMovable) {
    if (offset == h.days_after_easter) return true;
  }
  return false;
}

bool IsSundayOrHoliday(absl::CivilDay day) {
  return absl::GetWeekday(day) == absl::Weekday::sunday || IsPublicHoliday(day);
}

bool IsHolidayEve(absl::CivilDay day) {
  if (day.month() == 12 && day.day() == 24) return true;
  const absl::civil_diff_t offset = day - EasterSunday(day.year());
  return offset == kEasterEve || offset == kWhitsunEve;
}

std::vector<TimeWindow> SundayHolidayPeriods(absl::Time from, absl::Time to,
                                             const SundayHours& hours) {
  std::vector<TimeWindow> out;
  for (const TimeWindow& w : PeriodsOfRunsStarting(
           OsloDay(from) - kRunSearchDays, OsloDay(to) + 1, hours)) {
    if (w.end > from && w.start < to) out.push_back(w);
  }
  return out;
}

TimeWindow NextSundayHolidayPeriod(absl::Time t, const SundayHours& hours) {
  const absl::CivilDay day = OsloDay(t);
  for (const TimeWindow& w :
       PeriodsOfRunsStarting(day, day + kRunSearchDays, hours)) {
    if (w.start >= t) return w;
  }
  return {absl::InfiniteFuture(), absl::InfiniteFuture()};  // unreachable
}

TimeWindow PreviousSundayHolidayPeriod(absl::Time t, const SundayHours& hours) {
  const absl::CivilDay day = OsloDay(t);
  const std::vector<TimeWindow> runs =
      PeriodsOfRunsStarting(day - kRunSearchDays, day + 1, hours);
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->end <= t) return *it;
  }
  return {absl::InfinitePast(), absl::InfinitePast()};  // unreachable
}

absl::Duration NightTime(absl::Time start, absl::Time end,
                         const NightHours& hours) {
  absl::Duration total = absl::ZeroDuration();
  for (absl::CivilDay d = OsloDay(start) - 1; d <= OsloDay(end); ++d) {
    const absl::Time from = std::max(start, OsloTime(d, hours.from));
    const absl::Time until = std::min(end, OsloTime(d + 1, hours.until));
    if (until > from) total += until - from;
  }
  return total;
}

}  // namespace vaktbro::rules
