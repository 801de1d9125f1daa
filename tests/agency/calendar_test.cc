// The Oslo calendar of the agency arithmetic: months, holidays, hour kinds.
#include "agency/calendar.h"

#include "gtest/gtest.h"
#include "test_times.h"

namespace vaktbro::agency {
namespace {

using testing::Oslo;

TEST(CalendarTest, EasterSundays) {
  EXPECT_EQ(EasterSunday(2024), absl::CivilDay(2024, 3, 31));
  EXPECT_EQ(EasterSunday(2025), absl::CivilDay(2025, 4, 20));
  EXPECT_EQ(EasterSunday(2026), absl::CivilDay(2026, 4, 5));
  EXPECT_EQ(EasterSunday(2027), absl::CivilDay(2027, 3, 28));
}

TEST(CalendarTest, PublicHolidaysOf2026) {
  const absl::CivilDay holidays[] = {
      absl::CivilDay(2026, 1, 1),   absl::CivilDay(2026, 4, 2),
      absl::CivilDay(2026, 4, 3),   absl::CivilDay(2026, 4, 5),
      absl::CivilDay(2026, 4, 6),   absl::CivilDay(2026, 5, 1),
      absl::CivilDay(2026, 5, 14),  absl::CivilDay(2026, 5, 17),
      absl::CivilDay(2026, 5, 24),  absl::CivilDay(2026, 5, 25),
      absl::CivilDay(2026, 12, 25), absl::CivilDay(2026, 12, 26)};
  int count = 0;
  for (absl::CivilDay d(2026, 1, 1); d < absl::CivilDay(2027, 1, 1); ++d)
    count += IsPublicHoliday(d) ? 1 : 0;
  EXPECT_EQ(count, 12);
  for (const absl::CivilDay& d : holidays) EXPECT_TRUE(IsPublicHoliday(d)) << d;
  EXPECT_FALSE(IsPublicHoliday(absl::CivilDay(2026, 12, 24)));
  EXPECT_TRUE(IsHolidayEve(absl::CivilDay(2026, 12, 24)));
  EXPECT_TRUE(IsHolidayEve(absl::CivilDay(2026, 4, 4)));   // Easter eve
  EXPECT_TRUE(IsHolidayEve(absl::CivilDay(2026, 5, 23)));  // Whitsun eve
  EXPECT_FALSE(IsHolidayEve(absl::CivilDay(2026, 12, 31)));
}

TEST(CalendarTest, KindsOfHours) {
  const absl::CivilDay tuesday(2025, 3, 11), saturday(2025, 3, 15),
      may17(2025, 5, 17), eve(2025, 12, 24);
  EXPECT_EQ(KindOf(tuesday, 6), (HourKind{TimeOfDay::kDay, DayKind::kWeekday}));
  EXPECT_EQ(KindOf(tuesday, 16),
            (HourKind{TimeOfDay::kDay, DayKind::kWeekday}));
  EXPECT_EQ(KindOf(tuesday, 17),
            (HourKind{TimeOfDay::kEvening, DayKind::kWeekday}));
  EXPECT_EQ(KindOf(tuesday, 21),
            (HourKind{TimeOfDay::kNight, DayKind::kWeekday}));
  EXPECT_EQ(KindOf(tuesday, 5),
            (HourKind{TimeOfDay::kNight, DayKind::kWeekday}));
  EXPECT_EQ(KindOf(saturday, 10),
            (HourKind{TimeOfDay::kDay, DayKind::kWeekend}));
  EXPECT_EQ(KindOf(may17, 10),
            (HourKind{TimeOfDay::kDay,
                      DayKind::kHoliday}));  // a Saturday, but a holiday
  EXPECT_EQ(KindOf(eve, 14), (HourKind{TimeOfDay::kDay, DayKind::kWeekday}));
  EXPECT_EQ(KindOf(eve, 15), (HourKind{TimeOfDay::kDay, DayKind::kHoliday}));
}

TEST(CalendarTest, MonthsAreOsloMonths) {
  // 23:30 UTC on 31 January is 00:30 on 1 February in Oslo.
  EXPECT_EQ(
      MonthOf(absl::ToUnixSeconds(absl::FromCivil(
          absl::CivilSecond(2026, 1, 31, 23, 30, 0), absl::UTCTimeZone()))),
      (Month{2026, 2}));
  EXPECT_EQ(MonthOf(Oslo(2026, 1, 31, 23, 59)), (Month{2026, 1}));
  EXPECT_EQ(MonthStart(Month{2026, 7}), Oslo(2026, 7, 1, 0));
  EXPECT_EQ((Month{2026, 1}).Plus(-1), (Month{2025, 12}));
  EXPECT_EQ((Month{2025, 12}).Plus(13), (Month{2027, 1}));
  EXPECT_EQ(IsoMonth(Month{2026, 3}), "2026-03");
}

TEST(CalendarTest, SplitAcrossKindsAndSummerTime) {
  // 15:00-22:30 on a Tuesday: 2 h day, 4 h evening, 1.5 h night.
  std::vector<Piece> p =
      SplitByKind(Oslo(2025, 3, 11, 15), Oslo(2025, 3, 11, 22, 30));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].seconds, 2 * 3600);
  EXPECT_EQ(p[1].seconds, 4 * 3600);
  EXPECT_EQ(p[2].seconds, 5400);
  // The night the clocks go forward is one hour shorter: 8.5 h in all.
  p = SplitByKind(Oslo(2025, 3, 29, 22), Oslo(2025, 3, 30, 7, 30));
  int64_t total = 0;
  for (const Piece& piece : p) total += piece.seconds;
  EXPECT_EQ(total, 8 * 3600 + 1800);
  EXPECT_TRUE(SplitByKind(100, 100).empty());
}

}  // namespace
}  // namespace vaktbro::agency
