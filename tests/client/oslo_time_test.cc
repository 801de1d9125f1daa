#include "oslo_time.h"

#include "gtest/gtest.h"
#include "shift_builders.h"
#include "shift_filter.h"

namespace vaktbro::client {
namespace {

absl::Time Utc(int year, int month, int day, int hour, int minute = 0) {
  return absl::FromCivil(absl::CivilMinute(year, month, day, hour, minute),
                         absl::UTCTimeZone());
}

TEST(OsloTimeTest, UsesTheTzDatabaseWithDaylightSaving) {
  EXPECT_EQ(OsloTimeZone().name(), "Europe/Oslo");
  const absl::TimeZone& oslo = OsloTimeZone();
  EXPECT_EQ(FormatDateTime(Utc(2025, 1, 15, 6), oslo, Identity),
            "Wed 15.01.2025 07:00");
  EXPECT_EQ(FormatDateTime(Utc(2025, 7, 15, 5), oslo, Identity),
            "Tue 15.07.2025 07:00");
}

TEST(OsloTimeTest, FormatEndTime) {
  const absl::TimeZone& oslo = OsloTimeZone();
  const absl::Time start = testing::Oslo(2025, 3, 3, 22);  // Monday
  struct Case {
    absl::Time end;
    std::string text;
  };
  const Case cases[] = {
      {testing::Oslo(2025, 3, 3, 23, 30), "23:30"},
      {testing::Oslo(2025, 3, 4, 7), "Tue 07:00"},
      {testing::Oslo(2025, 3, 9, 7), "Sun 07:00"},
      {testing::Oslo(2025, 3, 10, 7), "Mon 10.03.2025 07:00"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatEndTime(start, c.end, oslo, Identity), c.text);
  }
}

TEST(OsloTimeTest, StartOfDayAcrossDaylightSavingChange) {
  const absl::TimeZone& oslo = OsloTimeZone();
  // Summer time starts 30 March 2025: that midnight is still UTC+1.
  EXPECT_EQ(StartOfDay(absl::CivilDay(2025, 3, 30), oslo),
            Utc(2025, 3, 29, 23));
  EXPECT_EQ(StartOfDay(absl::CivilDay(2025, 3, 31), oslo),
            Utc(2025, 3, 30, 22));
}

TEST(OsloTimeTest, MakeShiftTimesRollsNightShiftsOver) {
  const absl::TimeZone& oslo = OsloTimeZone();
  const ShiftTimes day =
      MakeShiftTimes(absl::CivilDay(2025, 5, 2), 7 * 60, 15 * 60, oslo);
  EXPECT_EQ(day.start, testing::Oslo(2025, 5, 2, 7));
  EXPECT_EQ(day.end, testing::Oslo(2025, 5, 2, 15));
  const ShiftTimes night =
      MakeShiftTimes(absl::CivilDay(2025, 5, 2), 22 * 60, 7 * 60, oslo);
  EXPECT_EQ(night.end, testing::Oslo(2025, 5, 3, 7));
  EXPECT_EQ(night.end - night.start, absl::Hours(9));
}

TEST(OsloTimeTest, TimestampRoundTrip) {
  const absl::Time t = Utc(2025, 2, 3, 4, 5) + absl::Milliseconds(250);
  const google::protobuf::Timestamp ts = ToTimestamp(t);
  EXPECT_EQ(ts.nanos(), 250000000);
  EXPECT_EQ(FromTimestamp(ts), t);
}

TEST(ShiftFilterTest, ListRequestAsksForOpenAndPartlyFilled) {
  const ShiftFilter filter{.organisation = "organisations/o1",
                           .unit = "units/u1",
                           .start_from = Utc(2025, 1, 1, 0)};
  const v1::ListShiftsRequest request = ToListRequest(filter, 50);
  EXPECT_EQ(request.page_size(), 50);
  EXPECT_EQ(request.organisation(), "organisations/o1");
  EXPECT_EQ(request.unit(), "units/u1");
  ASSERT_EQ(request.states_size(), 2);
  EXPECT_EQ(request.states(0), v1::Shift::OPEN);
  EXPECT_EQ(request.states(1), v1::Shift::PARTLY_FILLED);
  EXPECT_EQ(FromTimestamp(request.start_time_from()), Utc(2025, 1, 1, 0));
  EXPECT_FALSE(request.has_start_time_to());
  const v1::WatchShiftsRequest watch = ToWatchRequest(filter);
  EXPECT_EQ(watch.organisation(), "organisations/o1");
  EXPECT_EQ(watch.unit(), "units/u1");
}

}  // namespace
}  // namespace vaktbro::client
