// Overlap, daily rest and weekly rest.
#include <algorithm>
#include <random>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::At;
using testing::Check;
using testing::Item;
using testing::kHost;
using testing::kOther;
using testing::Query;

constexpr char kNight[] = "Natt, Medisin, Vestvik sykehus";

TEST(Overlap, HostBlocksOtherEmployerWarns) {
  const WorkItem cand = Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15));
  auto host = Check(
      Query(cand, {Item(At(2025, 3, 4, 14), At(2025, 3, 4, 22), "Kveld")}),
      "overlap");
  ASSERT_EQ(host.size(), 1u);
  EXPECT_EQ(host[0].severity, Severity::kBlock);
  EXPECT_EQ(host[0].actual, 1);
  EXPECT_EQ(
      host[0].message_en,
      "This shift overlaps 'Kveld' (4 Mar 2025 14:00 to 4 Mar 2025 22:00).");

  const WorkItem other =
      Item(At(2025, 3, 4, 14), At(2025, 3, 4, 22), "Kveld", kOther);
  auto warn = Check(Query(cand, {other}), "overlap");
  ASSERT_EQ(warn.size(), 1u);
  EXPECT_EQ(warn[0].severity, Severity::kWarn);
  EXPECT_TRUE(absl::StrContains(warn[0].message_en,
                                "only in the sum across employers"));
  EXPECT_TRUE(
      Check(Query(cand, {other}, /*consent=*/false), "overlap").empty());
  // Touching is not overlapping.
  EXPECT_TRUE(Check(Query(cand, {Item(At(2025, 3, 4, 15), At(2025, 3, 4, 16))}),
                    "overlap")
                  .empty());
}

TEST(DailyRest, MessageBothLanguages) {
  const WorkItem night =
      Item(At(2025, 3, 3, 22), At(2025, 3, 4, 7, 30), kNight);
  const WorkItem cand = Item(At(2025, 3, 4, 17), At(2025, 3, 4, 23));
  auto f = Check(Query(cand, {night}), "daily_rest");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].law, "aml §10-8 (1)");
  EXPECT_EQ(f[0].actual, 9.5);
  EXPECT_EQ(f[0].limit, 11);
  EXPECT_EQ(f[0].message_en,
            "9 h 30 min rest between 'Natt, Medisin, Vestvik sykehus' and this "
            "shift; 11 h required.");
  EXPECT_EQ(f[0].message_nb,
            "9 t 30 min hvile mellom «Natt, Medisin, Vestvik sykehus» og denne "
            "vakten; 11 t kreves.");
}

TEST(DailyRest, ElevenHoursPassTenFiftyNineFail) {
  const WorkItem prev = Item(At(2025, 3, 3, 22), At(2025, 3, 4, 7, 30), kNight);
  EXPECT_TRUE(
      Check(Query(Item(At(2025, 3, 4, 18, 30), At(2025, 3, 4, 23)), {prev}),
            "daily_rest")
          .empty());
  auto f =
      Check(Query(Item(At(2025, 3, 4, 18, 29), At(2025, 3, 4, 23)), {prev}),
            "daily_rest");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(absl::StartsWith(f[0].message_en, "10 h 59 min rest"))
      << f[0].message_en;

  // After the shift: the next starts 11 h / 10 h 59 min after it ends.
  const WorkItem cand = Item(At(2025, 3, 4, 14), At(2025, 3, 4, 22));
  EXPECT_TRUE(Check(Query(cand, {Item(At(2025, 3, 5, 9), At(2025, 3, 5, 17))}),
                    "daily_rest")
                  .empty());
  auto after = Check(
      Query(cand, {Item(At(2025, 3, 5, 8, 59), At(2025, 3, 5, 17), "Dag")}),
      "daily_rest");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].message_en,
            "10 h 59 min rest between this shift and 'Dag'; 11 h required.");
}

TEST(DailyRest, BeforeAndAfterInTimeOrder) {
  const WorkItem cand = Item(At(2025, 3, 4, 14), At(2025, 3, 4, 22));
  auto f =
      Check(Query(cand, {Item(At(2025, 3, 5, 7), At(2025, 3, 5, 15), "Etter"),
                         Item(At(2025, 3, 3, 22), At(2025, 3, 4, 7), "Før")}),
            "daily_rest");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_TRUE(absl::StrContains(f[0].message_en, "'Før' and this shift"));
  EXPECT_TRUE(absl::StrContains(f[1].message_en, "this shift and 'Etter'"));
}

TEST(DailyRest, LatestEndCountsNotLatestStart) {
  // A long item that starts earlier but ends later than a short one.
  const WorkItem cand = Item(At(2025, 3, 4, 16), At(2025, 3, 4, 22));
  auto f =
      Check(Query(cand, {Item(At(2025, 3, 3, 20), At(2025, 3, 4, 8), "Lang"),
                         Item(At(2025, 3, 3, 21), At(2025, 3, 3, 23), "Kort")}),
            "daily_rest");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(absl::StrContains(f[0].message_en, "8 h rest between 'Lang'"))
      << f[0].message_en;
}

TEST(DailyRest, AcrossEmployers) {
  const WorkItem other =
      Item(At(2025, 3, 3, 22), At(2025, 3, 4, 7, 30), kNight, kOther);
  const WorkItem cand = Item(At(2025, 3, 4, 17), At(2025, 3, 4, 23));
  auto warn = Check(Query(cand, {other}), "daily_rest");
  ASSERT_EQ(warn.size(), 1u);
  EXPECT_EQ(warn[0].severity, Severity::kWarn);
  EXPECT_TRUE(absl::EndsWith(
      warn[0].message_en,
      "11 h required. This breaks the limit only in the sum across "
      "employers."));
  EXPECT_TRUE(
      absl::EndsWith(warn[0].message_nb,
                     "Grensen brytes bare samlet på tvers av arbeidsgivere."));
  // Without consent: no finding, and the consent note.
  const auto all = CheckWorkingTime(Query(cand, {other}, /*consent=*/false));
  EXPECT_TRUE(testing::Of(all, "daily_rest").empty());
  ASSERT_EQ(testing::Of(all, "consent").size(), 1u);
  EXPECT_EQ(testing::Of(all, "consent")[0].severity, Severity::kInfo);
  // A break at the host as well: BLOCK, the other employer not needed.
  const WorkItem host = Item(At(2025, 3, 4, 0), At(2025, 3, 4, 8), "Hus");
  auto block = Check(Query(cand, {other, host}), "daily_rest");
  ASSERT_EQ(block.size(), 1u);
  EXPECT_EQ(block[0].severity, Severity::kBlock);
  EXPECT_FALSE(absl::StrContains(block[0].message_en, "across employers"));
}

TEST(DailyRest, TheNumberComesFromTheRuleSet) {
  std::string text(DefaultRuleText());
  text +=
      "[working_time short-rest]\nbase = aml-default-2024\neffective_from = "
      "2025-01-01\ndaily_rest_hours = 8 | tariff\n";
  absl::StatusOr<std::vector<RuleSet>> sets = ParseRuleSets(text);
  ASSERT_TRUE(sets.ok()) << sets.status();
  const RuleSet* shorter =
      RuleSetFor(*sets, Agreement::kStatutory, absl::CivilDay(2025, 3, 1));
  ASSERT_EQ(shorter->id, "short-rest");
  const WorkItem prev = Item(At(2025, 3, 3, 22), At(2025, 3, 4, 7, 30), kNight);
  const WorkItem cand = Item(At(2025, 3, 4, 17), At(2025, 3, 4, 23));
  EXPECT_TRUE(Check(Query(cand, {prev}, true, shorter), "daily_rest").empty());
  auto f = Check(Query(Item(At(2025, 3, 4, 15), At(2025, 3, 4, 23)), {prev},
                       true, shorter),
                 "daily_rest");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].law, "tariff");
}

// The candidate is Mon 10 Mar 07:00-15:00, and nothing comes after it. The
// window from the end of Mon 3 Mar 07:00-15:00 ends with the candidate, and
// its rest is the one up to `next_start`.
std::vector<WorkItem> WeeklySchedule(absl::Time next_start,
                                     const char* employer = kHost) {
  std::vector<WorkItem> items = {
      Item(At(2025, 3, 3, 7), At(2025, 3, 3, 15)),
      Item(next_start, At(2025, 3, 5, 10), "Natt", employer)};
  for (int d = 6; d <= 9; ++d)
    items.push_back(Item(At(2025, 3, d, 7), At(2025, 3, d, 15)));
  return items;
}
const WorkItem kMonday = Item(At(2025, 3, 10, 7), At(2025, 3, 10, 15));

TEST(WeeklyRest, ThirtyFiveHoursPass) {
  EXPECT_TRUE(
      Check(Query(kMonday, WeeklySchedule(At(2025, 3, 5, 2))), "weekly_rest")
          .empty());
}

TEST(WeeklyRest, ThirtyFourFiftyNineFail) {
  auto f = Check(Query(kMonday, WeeklySchedule(At(2025, 3, 5, 1, 59))),
                 "weekly_rest");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].law, "aml §10-8 (2)");
  EXPECT_EQ(f[0].limit, 35);
  EXPECT_NEAR(f[0].actual, 34 + 59 / 60.0, 1e-9);
  EXPECT_EQ(f[0].message_en,
            "The longest continuous rest in the 7 days from 3 Mar 2025 15:00 "
            "to 10 Mar 2025 "
            "15:00, this shift included, is 34 h 59 min; 35 h required.");
  EXPECT_EQ(f[0].message_nb,
            "Lengste sammenhengende hvile i de 7 dagene fra 3. mars 2025 kl. "
            "15:00 til 10. mars "
            "2025 kl. 15:00, med denne vakten, er 34 t 59 min; 35 t kreves.");
}

TEST(WeeklyRest, AcrossEmployers) {
  // The night that cuts the rest is at another employer.
  const auto schedule = WeeklySchedule(At(2025, 3, 5, 1, 59), kOther);
  auto warn = Check(Query(kMonday, schedule), "weekly_rest");
  ASSERT_EQ(warn.size(), 1u);
  EXPECT_EQ(warn[0].severity, Severity::kWarn);
  EXPECT_TRUE(Check(Query(kMonday, schedule, /*consent=*/false), "weekly_rest")
                  .empty());
}

TEST(WeeklyRest, SixTwelveHourDaysPassTheSeventhBreaks) {
  std::vector<WorkItem> days;
  for (int d = 3; d <= 7; ++d)
    days.push_back(Item(At(2025, 3, d, 7), At(2025, 3, d, 19)));
  EXPECT_TRUE(Check(Query(Item(At(2025, 3, 8, 7), At(2025, 3, 8, 19)), days),
                    "weekly_rest")
                  .empty());
  days.push_back(Item(At(2025, 3, 8, 7), At(2025, 3, 8, 19)));
  EXPECT_EQ(Check(Query(Item(At(2025, 3, 9, 7), At(2025, 3, 9, 19)), days),
                  "weekly_rest")
                .size(),
            1u);
}

TEST(WeeklyRest, ASaturdayAfterAWeekdayJobPasses) {
  // Monday to Friday 07:30-15:30 for three weeks, and the middle Saturday.
  std::vector<WorkItem> days;
  for (int week = 0; week < 3; ++week) {
    for (int d = 0; d < 5; ++d) {
      const absl::CivilDay day = absl::CivilDay(2025, 3, 3) + 7 * week + d;
      days.push_back(
          Item(testing::OsloAt(day, 7, 30), testing::OsloAt(day, 15, 30)));
    }
  }
  EXPECT_TRUE(
      Check(Query(Item(At(2025, 3, 15, 7, 30), At(2025, 3, 15, 15, 30)), days),
            "weekly_rest")
          .empty());
  // ...but not Saturday and Sunday both.
  days.push_back(Item(At(2025, 3, 15, 7, 30), At(2025, 3, 15, 15, 30)));
  EXPECT_EQ(
      Check(Query(Item(At(2025, 3, 16, 7, 30), At(2025, 3, 16, 15, 30)), days),
            "weekly_rest")
          .size(),
      1u);
}

// Brute force: each window from an item end, its free time minute by minute.
bool BruteWeeklyRestBroken(const std::vector<WorkItem>& items,
                           const WorkItem& cand, absl::Duration required) {
  const absl::Duration week = absl::Hours(168);
  std::vector<WorkItem> all = items;
  all.push_back(cand);
  for (const WorkItem& from : items) {
    const absl::Time s = from.end;
    if (s > cand.start || s + week < cand.end) continue;
    absl::Duration run = absl::ZeroDuration(), longest = absl::ZeroDuration();
    for (absl::Time t = s; t < s + week; t += absl::Minutes(1)) {
      const bool busy = std::any_of(
          all.begin(), all.end(),
          [t](const WorkItem& w) { return w.start <= t && t < w.end; });
      run = busy ? absl::ZeroDuration() : run + absl::Minutes(1);
      longest = std::max(longest, run);
    }
    if (longest < required) return true;
  }
  return false;
}

TEST(WeeklyRest, AgreesWithBruteForce) {
  std::mt19937 rng(20250310);
  const absl::Time base = At(2025, 1, 6);
  int broken = 0;
  const int kTrials = 40;
  for (int trial = 0; trial < kTrials; ++trial) {
    std::vector<WorkItem> items;
    const int n = std::uniform_int_distribution<>(6, 24)(rng);
    for (int i = 0; i < n; ++i) {
      const absl::Time start =
          base + absl::Minutes(
                     15 * std::uniform_int_distribution<>(0, 4 * 24 * 21)(rng));
      const int quarters = std::uniform_int_distribution<>(16, 52)(rng);
      items.push_back(Item(start, start + absl::Minutes(15 * quarters)));
    }
    const absl::Time start = base + absl::Hours(24 * 10 + 7);
    const WorkItem cand = Item(start, start + absl::Hours(8));
    const bool got = !Check(Query(cand, items), "weekly_rest").empty();
    EXPECT_EQ(got, BruteWeeklyRestBroken(items, cand, absl::Hours(35)))
        << "trial " << trial;
    broken += got;
  }
  EXPECT_GT(broken, 3);  // the trials exercise both outcomes
  EXPECT_LT(broken, kTrials - 3);
}

}  // namespace
}  // namespace vaktbro::rules

namespace vaktbro::rules {
namespace {

// Two back-to-back shifts are one long working day, not a rest of 0 h: the
// hours rules judge its length, the rest rule the time off around it.
TEST(DailyRest, BackToBackShiftsAreOneWorkingPeriod) {
  const WorkItem cand = Item(At(2025, 3, 4, 15), At(2025, 3, 4, 19));
  EXPECT_TRUE(Check(Query(cand, {Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15))}), "daily_rest").empty());
}

// A split shift keeps the rule when the evening leaves 11 h off in the day.
TEST(DailyRest, SplitShiftWithElevenHoursOffPasses) {
  const WorkItem cand = Item(At(2025, 3, 4, 15), At(2025, 3, 4, 20));
  EXPECT_TRUE(Check(Query(cand, {Item(At(2025, 3, 4, 9), At(2025, 3, 4, 11))}), "daily_rest").empty());
  // Ending at 22:01 leaves 10 h 59 min before the next day's 09:00.
  const WorkItem late = Item(At(2025, 3, 4, 15), At(2025, 3, 4, 22, 1));
  EXPECT_FALSE(Check(Query(late, {Item(At(2025, 3, 4, 9), At(2025, 3, 4, 11)),
                                  Item(At(2025, 3, 5, 9), At(2025, 3, 5, 11))}),
                     "daily_rest")
                   .empty());
}

}  // namespace
}  // namespace vaktbro::rules
