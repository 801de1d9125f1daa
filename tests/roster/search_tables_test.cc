// The solver's fast scoring against the checker, and the flow start.
#include "search_tables.h"

#include "flow_start.h"
#include "gtest/gtest.h"
#include "roster_check.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

struct Totals {
  int64_t objective = 0;
  int64_t hard = 0;
};

Totals ScoreWithTables(const Model& m, const Roster& r) {
  const Tables t(m);
  RowScorer scorer(t);
  Totals totals;
  std::vector<int> count(static_cast<size_t>(t.days) * t.types, 0);
  for (int w = 0; w < t.workers; ++w) {
    const RowScore s = scorer.Score(w, r.row(w));
    totals.objective += s.soft;
    totals.hard += s.hard;
    for (int d = 0; d < t.days; ++d) {
      if (r.at(w, d) != Roster::kOff) ++count[t.Slot(d, r.at(w, d))];
    }
  }
  for (size_t s = 0; s < count.size(); ++s) {
    totals.objective += CoverSoft(t, s, count[s]);
    totals.hard += CoverHard(t, s, count[s]);
  }
  return totals;
}

TEST(RowScorer, AgreesWithTheChecker) {
  int feasible = 0;
  for (uint64_t seed = 1; seed <= 400; ++seed) {
    const Model m = testing::RandomModel(seed);
    ASSERT_TRUE(ValidateModel(m).ok()) << seed;
    for (double share : {0.0, 0.2, 0.5, 0.9}) {
      const Roster r = testing::RandomRoster(m, seed * 7 + static_cast<uint64_t>(share * 10), share);
      absl::StatusOr<CheckResult> check = CheckRoster(m, r);
      ASSERT_TRUE(check.ok()) << check.status();
      const Totals totals = ScoreWithTables(m, r);
      ASSERT_EQ(totals.objective, check->objective.total()) << "seed " << seed << "\n"
                                                            << FormatRoster(m, r);
      ASSERT_EQ(totals.hard == 0, check->feasible()) << "seed " << seed << "\n"
                                                     << FormatRoster(m, r);
      feasible += check->feasible();
    }
  }
  EXPECT_GT(feasible, 10);  // both outcomes were exercised
}

TEST(RowScorer, HandMadeUnits) {
  Model m = testing::WeekModel();
  m.workers[0].max_consecutive_days = 2;
  m.workers[0].min_total_minutes = 3000;
  const Tables t(m);
  RowScorer scorer(t);
  // Four days in a row: 2 days too many; 1920 of 3000 minutes: 18 hours short.
  const RowScore s = scorer.Score(0, testing::MakeRoster(m, {"DDDD---"}).row(0));
  EXPECT_EQ(s.hard, 2 * kDayUnits + 18);
  EXPECT_EQ(s.soft, 0);
}

TEST(MaxShiftsBound, TakesTheTightestLimit) {
  Model m = testing::WeekModel();
  m.num_days = 14;
  Worker& w = m.workers[0];
  {
    const Tables t(m);
    EXPECT_EQ(MaxShiftsBound(t, 0), 14);
  }
  w.days_off = {0, 1};
  w.max_consecutive_days = 5;
  w.min_consecutive_days_off = 2;  // 5 on, 2 off: 10 of 14
  {
    const Tables t(m);
    EXPECT_EQ(MaxShiftsBound(t, 0), 10);
  }
  w.max_weekends = 0;  // both weekends off: 10 days left
  w.max_total_minutes = 8 * 480;
  {
    const Tables t(m);
    EXPECT_EQ(MaxShiftsBound(t, 0), 8);
  }
}

TEST(FlowStart, StaffsWhatTheFlowCanSee) {
  Model m = testing::WeekModel();
  m.workers = {Worker{.id = "A", .days_off = {0}}, Worker{.id = "B"}};
  // Day 0 wants two on D; only B can come. Day 1 wants one N.
  m.slots = {{.day = 0, .type = 0, .required = 2, .under_weight = 10},
             {.day = 1, .type = 1, .required = 1, .under_weight = 10, .over_weight = 3}};
  m.requests = {{0, 1, 1, 4, RequestKind::kOff}};  // A would rather not: B takes it
  const Tables t(m);
  absl::StatusOr<FlowStart> flow = SolveFlowStart(t);
  ASSERT_TRUE(flow.ok()) << flow.status();
  EXPECT_EQ(flow->roster, testing::MakeRoster(m, {"-------", "DN-----"}))
      << FormatRoster(m, flow->roster);
  EXPECT_EQ(flow->flow_cost, -20);
}

}  // namespace
}  // namespace vaktbro::roster
