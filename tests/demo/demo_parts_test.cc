// The demo generator's building blocks: organisation numbers, Oslo time and
// the portable random helper.
#include <chrono>
#include <set>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "demo_random.h"
#include "gtest/gtest.h"
#include "org_number.h"
#include "demo_oslo_time.h"

namespace vaktbro::demo {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

int64_t Utc(int y, unsigned m, unsigned d, int hh, int mm) {
  const sys_days day{std::chrono::year{y} / std::chrono::month{m} /
                     std::chrono::day{d}};
  return std::chrono::sys_seconds{day}.time_since_epoch().count() + hh * 3600 +
         mm * 60;
}

sys_days Day(int y, unsigned m, unsigned d) {
  return sys_days{std::chrono::year{y} / std::chrono::month{m} /
                  std::chrono::day{d}};
}

TEST(OrgNumberTest, CheckDigit) {
  struct Case {
    const char* number;
    bool valid;
  };
  const Case cases[] = {
      {"974760673", true},    // weighted sum 173, 173 % 11 = 8, check 3
      {"974760672", false},   // wrong check digit
      {"97476067", false},    // too short
      {"9747606730", false},  // too long
      {"97476067a", false},  {"", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(IsValidOrganisationNumber(c.number), c.valid) << c.number;
  // A remainder of 0 gives 11, written 0; a remainder of 1 gives 10: no number.
  EXPECT_EQ(OrganisationNumberCheckDigit("00000000"), 0);
  EXPECT_EQ(OrganisationNumberCheckDigit("00000006"),
            std::nullopt);  // 6*2 = 12, 12 % 11 = 1
  EXPECT_EQ(OrganisationNumberCheckDigit("00000005"),
            1);  // 5*2 = 10, 11 - 10 = 1
}

TEST(OrgNumberTest, RandomNumbersAreValid) {
  DemoRandom rng(1, "org");
  for (int i = 0; i < 1000; ++i) {
    const std::string n = RandomOrganisationNumber(rng);
    ASSERT_TRUE(IsValidOrganisationNumber(n)) << n;
    EXPECT_EQ(n[0], '9');
  }
}

TEST(OsloTimeTest, ChangesAtOneUtcOnLastSundays) {
  // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00
  // UTC.
  EXPECT_FALSE(IsOsloSummerTime(Utc(2026, 3, 29, 0, 59) + 59));
  EXPECT_TRUE(IsOsloSummerTime(Utc(2026, 3, 29, 1, 0)));
  EXPECT_TRUE(IsOsloSummerTime(Utc(2026, 10, 25, 0, 59) + 59));
  EXPECT_FALSE(IsOsloSummerTime(Utc(2026, 10, 25, 1, 0)));
  EXPECT_EQ(OsloUtcOffsetSeconds(Utc(2026, 1, 15, 12, 0)), 3600);
  EXPECT_EQ(OsloUtcOffsetSeconds(Utc(2026, 7, 15, 12, 0)), 7200);
}

TEST(OsloTimeTest, LocalToUtc) {
  EXPECT_EQ(OsloLocalToUnix(Day(2026, 1, 5), 7 * 60), Utc(2026, 1, 5, 6, 0));
  EXPECT_EQ(OsloLocalToUnix(Day(2026, 7, 5), 7 * 60), Utc(2026, 7, 5, 5, 0));
  // Minutes past 24 h run into the next day.
  EXPECT_EQ(OsloLocalToUnix(Day(2026, 1, 5), 31 * 60 + 30),
            Utc(2026, 1, 6, 6, 30));
  // Night shifts over the changes: 22:00-07:30 is 9.5 h, 8.5 h in March, 10.5 h
  // in October.
  auto night = [](sys_days d) {
    return (OsloLocalToUnix(d, 31 * 60 + 30) - OsloLocalToUnix(d, 22 * 60)) /
           3600.0;
  };
  EXPECT_DOUBLE_EQ(night(Day(2026, 3, 21)), 9.5);
  EXPECT_DOUBLE_EQ(night(Day(2026, 3, 28)), 8.5);
  EXPECT_DOUBLE_EQ(night(Day(2026, 10, 24)), 10.5);
  EXPECT_DOUBLE_EQ(night(Day(2026, 10, 31)), 9.5);
  // The repeated hour in October resolves to its first (summer-time)
  // occurrence.
  EXPECT_EQ(OsloLocalToUnix(Day(2026, 10, 25), 2 * 60 + 30),
            Utc(2026, 10, 25, 0, 30));
}

// Cross-check against the system's time zone database when it has Oslo.
TEST(OsloTimeTest, AgreesWithTzDatabase) {
  absl::TimeZone oslo;
  ASSERT_TRUE(absl::LoadTimeZone("Europe/Oslo", &oslo)) << "tzdata is missing (scripts/setup installs it)";
  for (sys_days d = Day(2024, 1, 1); d < Day(2031, 1, 1); d += days{1}) {
    const std::chrono::year_month_day ymd{d};
    for (int minutes : {0, 7 * 60, 14 * 60 + 30, 22 * 60}) {
      const absl::CivilMinute civil(
          static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()), minutes / 60, minutes % 60);
      const int64_t expected =
          absl::ToUnixSeconds(absl::FromCivil(civil, oslo));
      ASSERT_EQ(OsloLocalToUnix(d, minutes), expected)
          << absl::FormatCivilTime(civil);
    }
  }
}

TEST(DemoRandomTest, UniformStaysInRangeAndCoversIt) {
  DemoRandom rng(7, "test");
  std::set<int64_t> seen;
  for (int i = 0; i < 10000; ++i) {
    const int64_t v = rng.Uniform(-3, 5);
    ASSERT_GE(v, -3);
    ASSERT_LE(v, 5);
    seen.insert(v);
  }
  EXPECT_EQ(seen.size(), 9u);
}

TEST(DemoRandomTest, StreamsAreReproducibleAndIndependent) {
  DemoRandom a(42, "people"), b(42, "people"), c(42, "shifts");
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const uint64_t x = a.Next();
    EXPECT_EQ(x, b.Next());
    differs |= x != c.Next();
  }
  EXPECT_TRUE(differs);
}

TEST(DemoRandomTest, WeightedNeverPicksZeroWeight) {
  DemoRandom rng(3, "w");
  for (int i = 0; i < 1000; ++i) EXPECT_NE(rng.Weighted({1, 0, 2}), 1u);
}

}  // namespace
}  // namespace vaktbro::demo
