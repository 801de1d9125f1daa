#include "demo_oslo_time.h"

namespace vaktbro::demo {
namespace {

using std::chrono::Sunday;
using std::chrono::sys_days;
using std::chrono::sys_seconds;

// 01:00 UTC on the last Sunday of `month` in `year`.
int64_t ChangeInstant(std::chrono::year year, std::chrono::month month) {
  const sys_days sunday{year / month / Sunday[std::chrono::last]};
  return (sys_seconds{sunday} + std::chrono::hours(1))
      .time_since_epoch()
      .count();
}

}  // namespace

bool IsOsloSummerTime(int64_t unix_seconds) {
  const sys_days day = std::chrono::floor<std::chrono::days>(
      sys_seconds{std::chrono::seconds(unix_seconds)});
  const std::chrono::year year = std::chrono::year_month_day{day}.year();
  return unix_seconds >= ChangeInstant(year, std::chrono::March) &&
         unix_seconds < ChangeInstant(year, std::chrono::October);
}

int OsloUtcOffsetSeconds(int64_t unix_seconds) {
  return IsOsloSummerTime(unix_seconds) ? 7200 : 3600;
}

int64_t OsloLocalToUnix(sys_days day, int minutes) {
  const int64_t as_if_utc = sys_seconds{day}.time_since_epoch().count() +
                            static_cast<int64_t>(minutes) * 60;
  const int64_t if_summer = as_if_utc - 7200;
  if (IsOsloSummerTime(if_summer)) return if_summer;
  return as_if_utc - 3600;
}

}  // namespace vaktbro::demo
