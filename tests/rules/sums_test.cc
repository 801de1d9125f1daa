// Hours per 24 h and per week, the 8-week average and overtime.
#include <algorithm>
#include <random>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "rules_test_util.h"
#include "work_timeline.h"

namespace vaktbro::rules {
namespace {

using testing::At;
using testing::Check;
using testing::Item;
using testing::kOther;
using testing::OsloAt;
using testing::Query;

TEST(HoursPerDay, ThirteenPassThirteenOneFail) {
  const WorkItem day = Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15));
  EXPECT_TRUE(Check(Query(Item(At(2025, 3, 4, 20), At(2025, 3, 5, 1)), {day}),
                    "hours_per_day")
                  .empty());
  auto f = Check(Query(Item(At(2025, 3, 4, 20), At(2025, 3, 5, 1, 1)), {day}),
                 "hours_per_day");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].law, "aml §10-6 (8)");
  EXPECT_NEAR(f[0].actual, 13 + 1 / 60.0, 1e-9);
  EXPECT_EQ(f[0].limit, 13);
  EXPECT_EQ(f[0].message_en,
            "13 h 1 min of work in the 24 hours from 4 Mar 2025 07:00 to 5 Mar "
            "2025 07:00, this shift included; at most 13 h.");
  EXPECT_EQ(f[0].message_nb,
            "13 t 1 min arbeid i døgnet fra 4. mars 2025 kl. 07:00 til 5. mars "
            "2025 kl. 07:00, med denne vakten; høyst 13 t.");
}

TEST(HoursPerDay, NightShiftsAcrossTheClockChanges) {
  // 22:00-07:00 lasts 8 h into the last Sunday of March: 8 + 5 = 13 passes.
  const WorkItem march = Item(At(2025, 3, 29, 22), At(2025, 3, 30, 7), "Natt");
  EXPECT_TRUE(
      Check(Query(march, {Item(At(2025, 3, 30, 12), At(2025, 3, 30, 17))}),
            "hours_per_day")
          .empty());
  // ...and 10 h into the last Sunday of October: 10 + 3.5 = 13.5 fails.
  const WorkItem october =
      Item(At(2025, 10, 25, 22), At(2025, 10, 26, 7), "Natt");
  auto f = Check(
      Query(october, {Item(At(2025, 10, 26, 12), At(2025, 10, 26, 15, 30))}),
      "hours_per_day");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, 13.5);
}

TEST(HoursPerDay, AcrossEmployers) {
  const WorkItem cand = Item(At(2025, 3, 4, 7), At(2025, 3, 4, 15));
  const WorkItem other =
      Item(At(2025, 3, 4, 23), At(2025, 3, 5, 5), "Natt, KAD", kOther);
  auto warn = Check(Query(cand, {other}), "hours_per_day");
  ASSERT_EQ(warn.size(), 1u);
  EXPECT_EQ(warn[0].severity, Severity::kWarn);
  EXPECT_EQ(warn[0].actual, 14);
  EXPECT_TRUE(absl::StrContains(warn[0].message_en,
                                "only in the sum across employers"));
  EXPECT_TRUE(
      Check(Query(cand, {other}, /*consent=*/false), "hours_per_day").empty());
  const WorkItem host = Item(At(2025, 3, 4, 23), At(2025, 3, 5, 5), "Natt");
  auto block = Check(Query(cand, {host}, /*consent=*/false), "hours_per_day");
  ASSERT_EQ(block.size(), 1u);
  EXPECT_EQ(block[0].severity, Severity::kBlock);
}

std::vector<WorkItem> WeekOfTens(int days) {
  std::vector<WorkItem> out;
  for (int d = 0; d < days; ++d)
    out.push_back(Item(At(2025, 3, 3 + d, 7), At(2025, 3, 3 + d, 17)));
  return out;
}

TEST(HoursPerWeek, SingleWeekCapByAgreement) {
  const auto four = WeekOfTens(4);
  EXPECT_TRUE(Check(Query(Item(At(2025, 3, 7, 7), At(2025, 3, 7, 17)), four),
                    "hours_per_week")
                  .empty());
  const WorkItem longer = Item(At(2025, 3, 7, 7), At(2025, 3, 7, 17, 30));
  auto f = Check(Query(longer, four), "hours_per_week");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, 50.5);
  EXPECT_EQ(f[0].limit, 50);
  EXPECT_EQ(f[0].law, "aml §10-5 (1)");
  EXPECT_TRUE(absl::StartsWith(f[0].message_en,
                               "50 h 30 min of work in the 7 days from"));
  // KS: 54 h.
  EXPECT_TRUE(Check(Query(longer, four, true, &testing::Rules(Agreement::kKs)),
                    "hours_per_week")
                  .empty());
}

// Eight weeks of Monday, Tuesday, Thursday and Friday 07:00-19:00: 48 h each.
std::vector<WorkItem> EightWeeksOf48() {
  std::vector<WorkItem> out;
  for (int week = 0; week < 8; ++week) {
    for (int d : {0, 1, 3, 4}) {
      const absl::CivilDay day = absl::CivilDay(2025, 1, 6) + 7 * week + d;
      out.push_back(Item(OsloAt(day, 7), OsloAt(day, 19)));
    }
  }
  return out;
}

TEST(AverageWeek, FortyEightOnAveragePassesAboveFails) {
  std::vector<WorkItem> items = EightWeeksOf48();
  const WorkItem cand = items.back();
  items.pop_back();
  EXPECT_TRUE(Check(Query(cand, items), "average_week").empty());
  items.push_back(
      Item(At(2025, 2, 5, 10), At(2025, 2, 5, 11)));  // one hour more
  auto f = Check(Query(cand, items), "average_week");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, 48.125);
  EXPECT_EQ(f[0].limit, 48);
  EXPECT_EQ(f[0].law, "aml §10-6 (8)");
  EXPECT_TRUE(absl::StartsWith(f[0].message_en,
                               "48 h 8 min a week on average in the 8 weeks"))
      << f[0].message_en;
}

WorkingTimeQuery WithContract(WorkingTimeQuery q, double hours) {
  q.contract_hours_per_week_at_host = hours;
  return q;
}

TEST(Overtime, WeekCapAboveContract) {
  // Monday to Friday 07:00-16:30 = 47.5 h against a 37.5 h contract: 10 h.
  std::vector<WorkItem> days;
  for (int d = 3; d <= 6; ++d)
    days.push_back(Item(At(2025, 3, d, 7), At(2025, 3, d, 16, 30)));
  const WorkItem friday = Item(At(2025, 3, 7, 7), At(2025, 3, 7, 16, 30));
  EXPECT_TRUE(
      Check(WithContract(Query(friday, days), 37.5), "overtime_week").empty());
  const WorkItem longer = Item(At(2025, 3, 7, 7), At(2025, 3, 7, 16, 45));
  auto f = Check(WithContract(Query(longer, days), 37.5), "overtime_week");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, 10.25);
  EXPECT_EQ(f[0].limit, 10);
  EXPECT_EQ(f[0].law, "aml §10-6 (4)");
  EXPECT_EQ(f[0].message_en,
            "10 h 15 min of overtime in the week from Monday 3 Mar 2025, this "
            "shift included "
            "(hours above 37 h 30 min a week at this employer); at most 10 h.");
  // The same hours at another employer are not overtime here.
  std::vector<WorkItem> elsewhere = days;
  for (WorkItem& w : elsewhere) w.employer = kOther;
  EXPECT_TRUE(
      Check(WithContract(Query(longer, elsewhere), 37.5), "overtime_week")
          .empty());
  // Without contract hours the normal week of the rule set (40 h) is used.
  EXPECT_TRUE(Check(Query(longer, days), "overtime_week").empty());
}

// Weeks from Monday 6 Jan 2025 with `hours` of work each (in days of 8 h and a
// rest of the week), the last item left out as the candidate.
std::vector<WorkItem> Weeks(const std::vector<double>& hours) {
  std::vector<WorkItem> out;
  for (size_t week = 0; week < hours.size(); ++week) {
    const absl::CivilDay monday =
        absl::CivilDay(2025, 1, 6) + 7 * static_cast<int>(week);
    double left = hours[week];
    for (int d = 0; left > 0; ++d) {
      const double h = std::min(left, 8.0);
      const absl::Time start = OsloAt(monday + d, 7);
      out.push_back(
          Item(start, start + absl::Minutes(static_cast<int>(h * 60))));
      left -= h;
    }
  }
  return out;
}

TEST(Overtime, FourWeekCap) {
  // 10 + 10 + 5 = 25 h of overtime above 40 h.
  std::vector<WorkItem> items = Weeks({40, 50, 50, 45});
  const WorkItem cand = items.back();
  items.pop_back();
  EXPECT_TRUE(Check(Query(cand, items), "overtime_4w").empty());
  items.push_back(
      Item(At(2025, 1, 11, 7), At(2025, 1, 11, 7, 30)));  // week 1: +0.5 h
  auto f = Check(Query(cand, items), "overtime_4w");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, 25.5);
  EXPECT_EQ(f[0].limit, 25);
  EXPECT_TRUE(absl::StrContains(f[0].message_en,
                                "in the 4 weeks from Monday 6 Jan 2025"))
      << f[0].message_en;
  // KS allows 50.
  EXPECT_TRUE(Check(Query(cand, items, true, &testing::Rules(Agreement::kKs)),
                    "overtime_4w")
                  .empty());
}

TEST(Overtime, YearCapOverFiftyWeeks) {
  // 25 weeks of 48 h between weeks of 40 h: 200 h of overtime, 275 items.
  std::vector<double> hours;
  for (int i = 0; i < 50; ++i) hours.push_back(i % 2 == 0 ? 48 : 40);
  std::vector<WorkItem> items = Weeks(hours);
  ASSERT_EQ(items.size(), 275u);
  const WorkItem cand = items.back();
  items.pop_back();
  const auto ok = CheckWorkingTime(Query(cand, items));
  EXPECT_TRUE(testing::Of(ok, "overtime_year").empty());
  EXPECT_TRUE(testing::Of(ok, "overtime_4w").empty());
  EXPECT_TRUE(testing::Of(ok, "average_week").empty());
  items.push_back(
      Item(At(2025, 1, 12, 7), At(2025, 1, 12, 8)));  // week 1: 49 h
  auto f = Check(Query(cand, items), "overtime_year");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, 201);
  EXPECT_EQ(f[0].limit, 200);
  EXPECT_TRUE(absl::StrContains(f[0].message_nb, "i de 52 ukene fra mandag"))
      << f[0].message_nb;
}

// WorkTimeline::BusiestWindow against the maximum over a 15-minute grid (all
// item boundaries lie on it, so the grid holds the true maximum).
TEST(Timeline, BusiestWindowAgreesWithBruteForce) {
  std::mt19937 rng(7);
  const absl::Time base = At(2025, 1, 6);
  const absl::Duration q = absl::Minutes(15);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<WorkItem> items;
    const int n = std::uniform_int_distribution<>(1, 12)(rng);
    for (int i = 0; i < n; ++i) {
      const absl::Time start =
          base + q * std::uniform_int_distribution<>(0, 4 * 24 * 6)(rng);
      items.push_back(
          Item(start, start + q * std::uniform_int_distribution<>(1, 60)(rng)));
    }
    std::vector<const WorkItem*> ptrs;
    for (const WorkItem& w : items) ptrs.push_back(&w);
    const WorkTimeline timeline(ptrs);
    const WorkItem& cand = items[0];
    const absl::Duration length =
        q * std::uniform_int_distribution<>(4, 4 * 48)(rng);
    const WorkTimeline::Window got =
        timeline.BusiestWindow(cand.start, cand.end, length);
    const absl::Time lo = std::min(cand.end - length, cand.start);
    const absl::Time hi = std::max(cand.end - length, cand.start);
    absl::Duration best = absl::ZeroDuration();
    for (absl::Time s = lo; s <= hi; s += q) {
      absl::Duration sum = absl::ZeroDuration();
      for (const WorkItem& w : items) {
        const absl::Time a = std::max(w.start, s),
                         b = std::min(w.end, s + length);
        if (b > a) sum += b - a;
      }
      best = std::max(best, sum);
    }
    EXPECT_EQ(got.worked, best) << "trial " << trial;
    EXPECT_EQ(timeline.WorkedBetween(got.start, got.start + length),
              got.worked);
  }
}

}  // namespace
}  // namespace vaktbro::rules
