#include "demo_region.h"

#include "demo_world.h"

namespace vaktbro::demo {
namespace internal {

ShiftClock ClockOf(ShiftKind kind, bool hospital) {
  switch (kind) {
    case ShiftKind::kDay:
      return {7 * 60, 15 * 60};
    case ShiftKind::kEvening:
      return hospital ? ShiftClock{15 * 60, 22 * 60 + 30}
                      : ShiftClock{14 * 60 + 30, 22 * 60};
    case ShiftKind::kNight:
      return {22 * 60, 24 * 60 + 7 * 60 + 30};
  }
  return {0, 0};
}

v1::Date ToDate(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  v1::Date date;
  date.set_year(static_cast<int>(ymd.year()));
  date.set_month(static_cast<int>(static_cast<unsigned>(ymd.month())));
  date.set_day(static_cast<int>(static_cast<unsigned>(ymd.day())));
  return date;
}

std::chrono::sys_days FromDate(const v1::Date& date) {
  return std::chrono::sys_days{
      std::chrono::year{date.year()} /
      std::chrono::month{static_cast<unsigned>(date.month())} /
      std::chrono::day{static_cast<unsigned>(date.day())}};
}

google::protobuf::Timestamp ToTimestamp(int64_t unix_seconds) {
  google::protobuf::Timestamp t;
  t.set_seconds(unix_seconds);
  return t;
}

}  // namespace internal

v1::Date MondayOnOrBefore(std::chrono::sys_days day) {
  const unsigned since_monday =
      (std::chrono::weekday{day}.c_encoding() + 6) % 7;
  return internal::ToDate(day - std::chrono::days{since_monday});
}

DemoRegion GenerateDemoRegion(const DemoOptions& options) {
  internal::World world;
  world.seed = options.seed;
  world.first_day = internal::FromDate(
      MondayOnOrBefore(internal::FromDate(options.first_day)));

  DemoRegion region;
  internal::BuildDirectory(&world, &region);
  internal::BuildPeople(&world, &region);
  internal::BuildShifts(world, &region);
  internal::BuildAgencyHistory(world, &region);
  internal::BuildInternalFillHistory(world, &region);
  return region;
}

}  // namespace vaktbro::demo
