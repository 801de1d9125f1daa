#include <algorithm>

#include "gtest/gtest.h"
#include "oslo_calendar.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::At;
using testing::D;

TEST(Easter, KnownDates) {
  const absl::CivilDay cases[] = {
      D(2000, 4, 23), D(2019, 4, 21), D(2024, 3, 31),
      D(2025, 4, 20), D(2026, 4, 5),  D(2027, 3, 28),
      D(2028, 4, 16), D(1818, 3, 22),  // earliest possible
      D(2038, 4, 25),                  // latest possible
  };
  for (const absl::CivilDay easter : cases) {
    EXPECT_EQ(EasterSunday(static_cast<int>(easter.year())), easter);
  }
}

TEST(Holidays, MovableHolidaysFollowEaster) {
  const struct {
    int year;
    absl::CivilDay maundy, ascension, whit_sunday, whit_monday;
  } cases[] = {
      {2025, D(2025, 4, 17), D(2025, 5, 29), D(2025, 6, 8), D(2025, 6, 9)},
      {2026, D(2026, 4, 2), D(2026, 5, 14), D(2026, 5, 24), D(2026, 5, 25)},
      {2027, D(2027, 3, 25), D(2027, 5, 6), D(2027, 5, 16), D(2027, 5, 17)},
  };
  for (const auto& c : cases) {
    const std::vector<Holiday> all = PublicHolidays(c.year);
    ASSERT_EQ(all.size(), 12u) << c.year;
    EXPECT_TRUE(std::is_sorted(
        all.begin(), all.end(),
        [](const Holiday& a, const Holiday& b) { return a.day < b.day; }));
    auto has = [&](absl::CivilDay d, std::string_view en) {
      return std::any_of(all.begin(), all.end(), [&](const Holiday& h) {
        return h.day == d && h.name_en == en;
      });
    };
    EXPECT_TRUE(has(c.maundy, "Maundy Thursday")) << c.year;
    EXPECT_TRUE(has(c.maundy + 1, "Good Friday")) << c.year;
    EXPECT_TRUE(has(c.maundy + 4, "Easter Monday")) << c.year;
    EXPECT_TRUE(has(c.ascension, "Ascension Day")) << c.year;
    EXPECT_TRUE(has(c.whit_sunday, "Whit Sunday")) << c.year;
    EXPECT_TRUE(has(c.whit_monday, "Whit Monday")) << c.year;
    EXPECT_TRUE(has(absl::CivilDay(c.year, 5, 17), "Constitution Day"))
        << c.year;
    EXPECT_TRUE(IsPublicHoliday(c.ascension));
    EXPECT_TRUE(IsPublicHoliday(absl::CivilDay(c.year, 5, 1)));
    EXPECT_TRUE(IsPublicHoliday(absl::CivilDay(c.year, 12, 26)));
  }
}

TEST(Holidays, NamesInBothLanguages) {
  for (const Holiday& h : PublicHolidays(2025)) {
    EXPECT_FALSE(h.name_nb.empty());
    EXPECT_FALSE(h.name_en.empty());
  }
  EXPECT_EQ(PublicHolidays(2025)[0].name_nb, "Første nyttårsdag");
}

TEST(Holidays, OrdinaryDaysAndEves) {
  EXPECT_FALSE(IsPublicHoliday(D(2025, 12, 24)));  // Christmas Eve is a weekday
  EXPECT_FALSE(IsPublicHoliday(D(2025, 4, 19)));   // Easter Eve
  EXPECT_FALSE(IsPublicHoliday(D(2025, 5, 16)));
  EXPECT_TRUE(IsSundayOrHoliday(D(2025, 3, 9)));   // a Sunday
  EXPECT_FALSE(IsSundayOrHoliday(D(2025, 3, 8)));  // Saturday is a weekday
  EXPECT_TRUE(IsHolidayEve(D(2025, 12, 24)));
  EXPECT_TRUE(IsHolidayEve(D(2025, 4, 19)));
  EXPECT_TRUE(IsHolidayEve(D(2025, 6, 7)));
  EXPECT_FALSE(IsHolidayEve(D(2025, 6, 8)));
}

const SundayHours kSunday{absl::Hours(18), absl::Hours(15), absl::Hours(22),
                          absl::Hours(22)};

std::vector<TimeWindow> Periods(absl::Time from, absl::Time to) {
  return SundayHolidayPeriods(from, to, kSunday);
}

void ExpectWindow(const TimeWindow& w, absl::Time start, absl::Time end) {
  EXPECT_EQ(w.start, start) << absl::FormatTime(w.start, Oslo());
  EXPECT_EQ(w.end, end) << absl::FormatTime(w.end, Oslo());
}

TEST(SundayTime, OrdinaryWeekend) {
  const auto p = Periods(At(2025, 3, 3), At(2025, 3, 10));
  ASSERT_EQ(p.size(), 1u);
  ExpectWindow(p[0], At(2025, 3, 8, 18), At(2025, 3, 9, 22));
}

TEST(SundayTime, EasterHasTwoPeriodsAndEveFrom15) {
  const auto p = Periods(At(2025, 4, 14), At(2025, 4, 22));
  ASSERT_EQ(p.size(), 2u);
  ExpectWindow(p[0], At(2025, 4, 16, 18), At(2025, 4, 18, 22));
  ExpectWindow(p[1], At(2025, 4, 19, 15), At(2025, 4, 21, 22));
}

TEST(SundayTime, ChristmasAndWhitsunEves) {
  const auto christmas = Periods(At(2025, 12, 24), At(2025, 12, 29));
  ASSERT_EQ(christmas.size(), 2u);
  ExpectWindow(christmas[0], At(2025, 12, 24, 15), At(2025, 12, 26, 22));
  ExpectWindow(christmas[1], At(2025, 12, 27, 18), At(2025, 12, 28, 22));
  const auto whitsun = Periods(At(2026, 5, 22), At(2026, 5, 26));
  ASSERT_EQ(whitsun.size(), 1u);
  ExpectWindow(whitsun[0], At(2026, 5, 23, 15), At(2026, 5, 25, 22));
}

TEST(SundayTime, FirstAndSeventeenthOfMayStartAt22OnAWeekday) {
  // 1 May 2025 is a Thursday: Wednesday is an ordinary weekday until 22:00.
  const auto may1 = Periods(At(2025, 4, 30), At(2025, 5, 2));
  ASSERT_EQ(may1.size(), 1u);
  ExpectWindow(may1[0], At(2025, 4, 30, 22), At(2025, 5, 1, 22));
  // 17 May 2025 is a Saturday, followed by a Sunday: one period.
  const auto may17 = Periods(At(2025, 5, 16), At(2025, 5, 19));
  ASSERT_EQ(may17.size(), 1u);
  ExpectWindow(may17[0], At(2025, 5, 16, 22), At(2025, 5, 18, 22));
  // 17 May 2026 is a Sunday: the day before is a Saturday, 18:00.
  const auto sunday17 = Periods(At(2026, 5, 15), At(2026, 5, 18));
  ASSERT_EQ(sunday17.size(), 1u);
  ExpectWindow(sunday17[0], At(2026, 5, 16, 18), At(2026, 5, 17, 22));
  // 2012: 17 May is Ascension Day, whose eve starts at 18:00.
  const auto ascension = Periods(At(2012, 5, 16), At(2012, 5, 18));
  ASSERT_EQ(ascension.size(), 1u);
  ExpectWindow(ascension[0], At(2012, 5, 16, 18), At(2012, 5, 17, 22));
}

TEST(SundayTime, AscensionDay) {
  const auto p = Periods(At(2025, 5, 28), At(2025, 5, 30));
  ASSERT_EQ(p.size(), 1u);
  ExpectWindow(p[0], At(2025, 5, 28, 18), At(2025, 5, 29, 22));
}

TEST(SundayTime, PreviousAndNext) {
  ExpectWindow(NextSundayHolidayPeriod(At(2025, 3, 8, 18), kSunday),
               At(2025, 3, 8, 18), At(2025, 3, 9, 22));
  ExpectWindow(NextSundayHolidayPeriod(At(2025, 3, 8, 18, 1), kSunday),
               At(2025, 3, 15, 18), At(2025, 3, 16, 22));
  ExpectWindow(PreviousSundayHolidayPeriod(At(2025, 3, 9, 22), kSunday),
               At(2025, 3, 8, 18), At(2025, 3, 9, 22));
  ExpectWindow(PreviousSundayHolidayPeriod(At(2025, 4, 19, 15), kSunday),
               At(2025, 4, 16, 18), At(2025, 4, 18, 22));
}

TEST(Oslo, ClockChangesAreRealTime) {
  // Night shifts 22:00-07:00 into the last Sunday of March and of October.
  EXPECT_EQ(At(2025, 3, 30, 7) - At(2025, 3, 29, 22), absl::Hours(8));
  EXPECT_EQ(At(2025, 10, 26, 7) - At(2025, 10, 25, 22), absl::Hours(10));
  EXPECT_EQ(At(2025, 1, 12, 7) - At(2025, 1, 11, 22), absl::Hours(9));
  // 02:30 does not exist in March: the instant of the change, 03:00 summer
  // time.
  EXPECT_EQ(At(2025, 3, 30, 2, 30), At(2025, 3, 30, 3));
  // 02:30 occurs twice in October: the first, summer-time one.
  EXPECT_EQ(At(2025, 10, 26, 3) - At(2025, 10, 26, 2, 30), absl::Minutes(90));
  EXPECT_EQ(OsloDay(At(2025, 3, 30, 0, 30)), absl::CivilDay(2025, 3, 30));
}

TEST(Night, NightTimeInRealHours) {
  const NightHours night{absl::Hours(21), absl::Hours(6)};
  EXPECT_EQ(NightTime(At(2025, 1, 11, 22), At(2025, 1, 12, 7), night),
            absl::Hours(8));
  EXPECT_EQ(NightTime(At(2025, 3, 29, 22), At(2025, 3, 30, 7), night),
            absl::Hours(7));
  EXPECT_EQ(NightTime(At(2025, 10, 25, 22), At(2025, 10, 26, 7), night),
            absl::Hours(9));
  EXPECT_EQ(NightTime(At(2025, 1, 13, 7), At(2025, 1, 13, 15), night),
            absl::ZeroDuration());
  EXPECT_EQ(NightTime(At(2025, 1, 13, 15), At(2025, 1, 13, 23), night),
            absl::Hours(2));
  // Two nights in one long item.
  EXPECT_EQ(NightTime(At(2025, 1, 13, 20), At(2025, 1, 15, 7), night),
            absl::Hours(18));
}

}  // namespace
}  // namespace vaktbro::rules
