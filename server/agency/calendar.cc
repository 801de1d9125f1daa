#include "calendar.h"

#include <algorithm>
#include <cstdio>

namespace vaktbro::agency {
namespace {

constexpr int64_t kHour = 3600;

int64_t FloorToHour(int64_t t) {
  int64_t q = t / kHour;
  if (t % kHour != 0 && t < 0) --q;
  return q * kHour;
}

}  // namespace

const absl::TimeZone& Oslo() {
  static const absl::TimeZone zone = [] {
    absl::TimeZone tz;
    if (!absl::LoadTimeZone("Europe/Oslo", &tz)) tz = absl::UTCTimeZone();
    return tz;
  }();
  return zone;
}

Month MonthOf(int64_t unix_seconds) {
  const absl::CivilSecond local =
      absl::ToCivilSecond(absl::FromUnixSeconds(unix_seconds), Oslo());
  return Month{static_cast<int>(local.year()), local.month()};
}

int64_t MonthStart(Month month) {
  const absl::CivilDay first(month.year, month.month, 1);
  return absl::ToUnixSeconds(Oslo().At(absl::CivilSecond(first)).pre);
}

std::string IsoMonth(Month month) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", month.year, month.month);
  return text;
}

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
absl::CivilDay EasterSunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return absl::CivilDay(year, month, day);
}

bool IsPublicHoliday(absl::CivilDay day) {
  const int m = day.month(), d = day.day();
  if ((m == 1 && d == 1) || (m == 5 && (d == 1 || d == 17)) ||
      (m == 12 && (d == 25 || d == 26))) {
    return true;
  }
  const absl::CivilDay easter = EasterSunday(static_cast<int>(day.year()));
  for (int offset : {-3, -2, 0, 1, 39, 49, 50}) {
    if (day == easter + offset) return true;
  }
  return false;
}

bool IsHolidayEve(absl::CivilDay day) {
  if (day.month() == 12 && day.day() == 24) return true;
  const absl::CivilDay easter = EasterSunday(static_cast<int>(day.year()));
  return day == easter - 1 || day == easter + 48;
}

HourKind KindOf(absl::CivilDay day, int hour) {
  HourKind kind;
  kind.time = hour >= 6 && hour < 17    ? TimeOfDay::kDay
              : hour >= 17 && hour < 21 ? TimeOfDay::kEvening
                                        : TimeOfDay::kNight;
  const absl::Weekday weekday = absl::GetWeekday(day);
  if (IsPublicHoliday(day) || (IsHolidayEve(day) && hour >= 15)) {
    kind.day = DayKind::kHoliday;
  } else if (weekday == absl::Weekday::saturday ||
             weekday == absl::Weekday::sunday) {
    kind.day = DayKind::kWeekend;
  }
  return kind;
}

std::vector<Piece> SplitByKind(int64_t start, int64_t end) {
  std::vector<Piece> pieces;
  for (int64_t t = start; t < end;) {
    const int64_t next = std::min(end, FloorToHour(t) + kHour);
    const absl::CivilSecond local =
        absl::ToCivilSecond(absl::FromUnixSeconds(t), Oslo());
    const HourKind kind = KindOf(absl::CivilDay(local), local.hour());
    if (!pieces.empty() && pieces.back().kind == kind) {
      pieces.back().seconds += next - t;
    } else {
      pieces.push_back(Piece{kind, next - t});
    }
    t = next;
  }
  return pieces;
}

}  // namespace vaktbro::agency
