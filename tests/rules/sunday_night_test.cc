// The Sunday rule (aml §10-8 (4)) and the night limit (aml §10-11 (6)).
#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::At;
using testing::Check;
using testing::Item;
using testing::kOther;
using testing::Query;

const RuleSet& WithText(std::string_view extra) {
  static std::vector<RuleSet>* sets = nullptr;
  std::string text(DefaultRuleText());
  text += extra;
  absl::StatusOr<std::vector<RuleSet>> parsed = ParseRuleSets(text);
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  sets = new std::vector<RuleSet>(*std::move(parsed));  // leaked: test only
  return sets->back();
}

const WorkItem kSunday9 =
    Item(At(2025, 3, 9, 7), At(2025, 3, 9, 15), "Dag, søndag");
const WorkItem kSunday16 = Item(At(2025, 3, 16, 7), At(2025, 3, 16, 15));

TEST(Sunday, TwoSundaysInARowWarn) {
  auto f = Check(Query(kSunday16, {kSunday9}), "sunday");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kWarn);
  EXPECT_EQ(f[0].law, "aml §10-8 (4)");
  EXPECT_EQ(f[0].message_en,
            "This shift works the Sunday and holiday time from 15 Mar 2025 "
            "18:00 to 16 Mar 2025 "
            "22:00, and 'Dag, søndag' the previous one, from 8 Mar 2025 18:00 "
            "to 9 Mar 2025 "
            "22:00; who works a Sunday or holiday should be off the next one.");
  EXPECT_TRUE(absl::StartsWith(f[0].message_nb,
                               "Denne vakten er i søn- og helgedagstiden fra "
                               "15. mars 2025 kl. 18:00"));
  // Every other Sunday is fine.
  EXPECT_TRUE(
      Check(Query(Item(At(2025, 3, 23, 7), At(2025, 3, 23, 15)), {kSunday9}),
            "sunday")
          .empty());
}

TEST(Sunday, TheNextOneCountsToo) {
  auto f = Check(Query(kSunday9, {kSunday16}), "sunday");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(absl::StrContains(f[0].message_en,
                                "the next one, from 15 Mar 2025 18:00"));
}

TEST(Sunday, SaturdayFrom18IsSundayTime) {
  const WorkItem until18 = Item(At(2025, 3, 8, 10), At(2025, 3, 8, 18));
  EXPECT_TRUE(Check(Query(kSunday16, {until18}), "sunday").empty());
  const WorkItem until1801 = Item(At(2025, 3, 8, 10), At(2025, 3, 8, 18, 1));
  EXPECT_EQ(Check(Query(kSunday16, {until1801}), "sunday").size(), 1u);
  // Sunday time ends at 22:00.
  const WorkItem from22 = Item(At(2025, 3, 9, 22), At(2025, 3, 10, 7));
  EXPECT_TRUE(Check(Query(kSunday16, {from22}), "sunday").empty());
}

TEST(Sunday, ChristmasEveFrom15) {
  // Sunday 21 Dec 2025, then Christmas from Wednesday 24 Dec 15:00.
  const WorkItem sunday = Item(At(2025, 12, 21, 7), At(2025, 12, 21, 15));
  EXPECT_TRUE(
      Check(Query(sunday, {Item(At(2025, 12, 24, 7), At(2025, 12, 24, 15))}),
            "sunday")
          .empty());
  auto f =
      Check(Query(sunday, {Item(At(2025, 12, 24, 7), At(2025, 12, 24, 15, 1))}),
            "sunday");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(absl::StrContains(f[0].message_en,
                                "from 24 Dec 2025 15:00 to 26 Dec 2025 22:00"));
}

TEST(Sunday, MaundyThursdayThenEasterSunday) {
  const WorkItem thursday = Item(At(2025, 4, 17, 7), At(2025, 4, 17, 15));
  const WorkItem easter = Item(At(2025, 4, 20, 7), At(2025, 4, 20, 15));
  EXPECT_EQ(Check(Query(easter, {thursday}), "sunday").size(), 1u);
  // Palm Sunday and Maundy Thursday are consecutive periods as well.
  EXPECT_EQ(
      Check(Query(thursday, {Item(At(2025, 4, 13, 7), At(2025, 4, 13, 15))}),
            "sunday")
          .size(),
      1u);
}

TEST(Sunday, AcrossEmployersAndSeverityFromTheRuleSet) {
  WorkItem other = kSunday9;
  other.employer = kOther;
  auto warn = Check(Query(kSunday16, {other}), "sunday");
  ASSERT_EQ(warn.size(), 1u);
  EXPECT_EQ(warn[0].severity, Severity::kWarn);
  EXPECT_TRUE(absl::StrContains(warn[0].message_en,
                                "only in the sum across employers"));
  EXPECT_TRUE(
      Check(Query(kSunday16, {other}, /*consent=*/false), "sunday").empty());

  const RuleSet& strict = WithText(
      "[working_time strict]\nbase = aml-default-2024\neffective_from = "
      "2025-01-01\nsunday_rule = block\n");
  auto block = Check(Query(kSunday16, {kSunday9}, true, &strict), "sunday");
  ASSERT_EQ(block.size(), 1u);
  EXPECT_EQ(block[0].severity, Severity::kBlock);
  // Across employers it is never more than a warning.
  EXPECT_EQ(
      Check(Query(kSunday16, {other}, true, &strict), "sunday")[0].severity,
      Severity::kWarn);
  const RuleSet& off = WithText(
      "[working_time off]\nbase = aml-default-2024\neffective_from = "
      "2025-01-01\nsunday_rule = off\n");
  EXPECT_TRUE(
      Check(Query(kSunday16, {kSunday9}, true, &off), "sunday").empty());
}

// Nights 22:00-07:00 (9 h, 8 h of it night) on `count` days from Monday
// 3 Feb 2025, five a week.
std::vector<WorkItem> Nights(int count) {
  std::vector<WorkItem> out;
  for (int i = 0; out.size() < static_cast<size_t>(count); ++i) {
    if (i % 7 >= 5) continue;
    const absl::CivilDay day = absl::CivilDay(2025, 2, 3) + i;
    out.push_back(
        Item(testing::OsloAt(day, 22), testing::OsloAt(day + 1, 7), "Natt"));
  }
  return out;
}

TEST(Night, AverageOverFourWeeksWithoutTheWeeklyRest) {
  // 4 weeks less 4 x 35 h of weekly rest = 22 1/6 periods of 24 h: at most
  // 177 h 20 min of work. 19 nights = 171 h passes, 20 = 180 h fails.
  std::vector<WorkItem> nights = Nights(20);
  const WorkItem last = nights.back();
  nights.pop_back();
  ASSERT_EQ(last.start, At(2025, 2, 28, 22));
  EXPECT_TRUE(
      Check(Query(Item(last.start, last.end - absl::Hours(3)), nights), "night")
          .empty());
  auto f = Check(Query(last, nights), "night");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].law, "aml §10-11 (6)");
  EXPECT_NEAR(f[0].actual, 180 / (22 + 1 / 6.0), 1e-9);
  EXPECT_EQ(f[0].limit, 8);
  EXPECT_TRUE(
      absl::StartsWith(f[0].message_en,
                       "Night worker (8 h of night work on this shift): "
                       "8 h 7 min of work per 24 hours on average in "
                       "the 4 weeks from"))
      << f[0].message_en;
}

TEST(Night, OnlyForMoreThanThreeHoursAtNight) {
  std::vector<WorkItem> nights = Nights(20);
  nights.pop_back();
  // 18:00-00:00 has exactly 3 h of night: not a night worker's shift.
  EXPECT_TRUE(
      Check(Query(Item(At(2025, 3, 1, 15), At(2025, 3, 2, 0)), nights), "night")
          .empty());
  EXPECT_EQ(Check(Query(Item(At(2025, 3, 1, 15), At(2025, 3, 2, 0, 1)), nights),
                  "night")
                .size(),
            1u);
}

}  // namespace
}  // namespace vaktbro::rules
