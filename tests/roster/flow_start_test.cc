#include "flow_start.h"

#include "gtest/gtest.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

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
             {.day = 1,
              .type = 1,
              .required = 1,
              .under_weight = 10,
              .over_weight = 3}};
  m.requests = {
      {0, 1, 1, 4, RequestKind::kOff}};  // A would rather not: B takes it
  const Tables t(m);
  absl::StatusOr<FlowStart> flow = SolveFlowStart(t);
  ASSERT_TRUE(flow.ok()) << flow.status();
  EXPECT_EQ(flow->roster, testing::MakeRoster(m, {"-------", "DN-----"}))
      << FormatRoster(m, flow->roster);
  EXPECT_EQ(flow->flow_cost, -20);
}

}  // namespace
}  // namespace vaktbro::roster
