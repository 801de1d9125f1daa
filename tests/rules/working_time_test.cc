// CheckWorkingTime as a whole: the order of the findings, consent, invalid
// queries and a year of history.
#include "working_time.h"

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::At;
using testing::Item;
using testing::kOther;
using testing::OsloAt;
using testing::Query;

std::vector<std::string> Rules(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.rule);
  return out;
}

TEST(WorkingTime, NothingToSay) {
  const WorkItem cand = Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15));
  EXPECT_TRUE(CheckWorkingTime(Query(cand, {})).empty());
  const auto f = CheckWorkingTime(Query(cand, {}, /*consent=*/false));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "consent");
  EXPECT_EQ(f[0].message_en,
            "The person has not consented to a check across employers: only "
            "work for this employer was checked.");
}

TEST(WorkingTime, InvalidQueries) {
  WorkingTimeQuery q = Query(Item(At(2025, 3, 4, 15), At(2025, 3, 4, 7)), {});
  ASSERT_EQ(CheckWorkingTime(q).size(), 1u);
  EXPECT_EQ(CheckWorkingTime(q)[0].rule, "invalid_query");
  EXPECT_EQ(CheckWorkingTime(q)[0].severity, Severity::kBlock);
  q = Query(Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15)), {});
  q.rules = nullptr;
  EXPECT_EQ(CheckWorkingTime(q)[0].rule, "invalid_query");
}

TEST(WorkingTime, EmptyItemsAreIgnored) {
  const WorkItem cand = Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15));
  EXPECT_TRUE(CheckWorkingTime(
                  Query(cand, {Item(At(2025, 3, 4, 8), At(2025, 3, 4, 8))}))
                  .empty());
}

TEST(WorkingTime, FindingsInRuleOrder) {
  // A 14-hour Sunday shift overlapping a host night and right after a Sunday.
  const WorkItem cand = Item(At(2025, 3, 16, 6), At(2025, 3, 16, 20));
  const std::vector<WorkItem> schedule = {
      Item(At(2025, 3, 9, 7), At(2025, 3, 9, 15), "Søndag"),
      Item(At(2025, 3, 15, 22), At(2025, 3, 16, 7), "Natt"),
  };
  EXPECT_EQ(Rules(CheckWorkingTime(Query(cand, schedule, /*consent=*/false))),
            (std::vector<std::string>{"overlap", "daily_rest", "hours_per_day",
                                      "sunday", "consent"}));
}

// Over a year, Monday to Thursday 07:30-15:30 at the host (220 items) and
// every other Saturday 16:00-22:00 at another employer (28 items).
std::vector<WorkItem> YearOfHistory() {
  std::vector<WorkItem> out;
  const absl::CivilDay first = absl::CivilDay(2025, 1, 6);
  for (int week = 0; week < 55; ++week) {
    for (int d = 0; d < 4; ++d) {
      const absl::CivilDay day = first + 7 * week + d;
      out.push_back(
          Item(OsloAt(day, 7, 30), OsloAt(day, 15, 30), "Dag, Medisin"));
    }
    if (week % 2 == 0) {
      const absl::CivilDay saturday = first + 7 * week + 5;
      out.push_back(Item(OsloAt(saturday, 16), OsloAt(saturday, 22),
                         "Kveld, KAD", kOther));
    }
  }
  return out;
}

TEST(WorkingTime, AYearOfHistory) {
  const std::vector<WorkItem> year = YearOfHistory();
  ASSERT_EQ(year.size(), 248u);
  // A Saturday day shift in a week without the other employer's evening.
  const WorkItem free_saturday =
      Item(At(2025, 6, 21, 7, 30), At(2025, 6, 21, 15, 30));
  EXPECT_TRUE(CheckWorkingTime(Query(free_saturday, year)).empty());
  // The next Saturday: the evening elsewhere follows after only 30 minutes.
  const WorkItem busy_saturday =
      Item(At(2025, 6, 28, 7, 30), At(2025, 6, 28, 15, 30));
  const auto busy = CheckWorkingTime(Query(busy_saturday, year));
  EXPECT_EQ(Rules(busy),
            (std::vector<std::string>{"daily_rest", "hours_per_day"}));
  for (const Finding& f : busy)
    EXPECT_EQ(f.severity, Severity::kWarn) << f.rule;
  ASSERT_FALSE(busy.empty());
  EXPECT_EQ(busy[0].message_en,
            "30 min rest between this shift and 'Kveld, KAD'; 11 h required. "
            "This breaks the limit only in the sum across employers.");
  // Without consent the other employer is not looked at.
  EXPECT_EQ(
      Rules(CheckWorkingTime(Query(busy_saturday, year, /*consent=*/false))),
      (std::vector<std::string>{"consent"}));
  // A Wednesday evening after the day shift breaks the host's own rules.
  const WorkItem evening = Item(At(2025, 6, 18, 16), At(2025, 6, 18, 22));
  const auto wednesday = CheckWorkingTime(Query(evening, year));
  EXPECT_EQ(
      Rules(wednesday),
      (std::vector<std::string>{"daily_rest", "daily_rest", "hours_per_day"}));
  for (const Finding& f : wednesday)
    EXPECT_EQ(f.severity, Severity::kBlock) << f.rule;
  // The same schedule, shuffled, gives the same findings.
  std::vector<WorkItem> shuffled(year.rbegin(), year.rend());
  std::swap(shuffled[3], shuffled[100]);
  const auto again = CheckWorkingTime(Query(evening, shuffled));
  ASSERT_EQ(again.size(), wednesday.size());
  for (size_t i = 0; i < again.size(); ++i)
    EXPECT_EQ(again[i].message_en, wednesday[i].message_en);
}

}  // namespace
}  // namespace vaktbro::rules
