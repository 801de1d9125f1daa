#include "roster_check.h"

#include <functional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

using testing::MakeRoster;
using testing::WeekModel;

constexpr int kD = 0, kN = 1, kE = 2;

struct RuleCase {
  std::string name;
  std::function<void(Model&)> setup;  // applied to WeekModel()
  std::string row;                    // worker A's week
  Violation expected;
};

std::vector<RuleCase> RuleCases() {
  auto limits = [](auto change) {
    return [change](Model& m) { change(m.workers[0]); };
  };
  return {
      {"DayOff",
       limits([](Worker& w) { w.days_off = {2}; }),
       "--D----",
       {Rule::kDayOff, 0, 2, kD, 1, 0}},
      {"Banned",
       [](Model& m) {
         m.banned = {{0, 3, kD}};
       },
       "---D---",
       {Rule::kNotEligible, 0, 3, kD, 1, 0}},
      {"Unlisted",
       [](Model& m) {
         m.eligibility = Eligibility::kListedOnly;
         m.costs = {{{0, 1, kD}, 0}};
       },
       "-DD----",
       {Rule::kNotEligible, 0, 2, kD, 1, 0}},
      {"ForbiddenSuccession",
       nullptr,
       "ND-----",
       {Rule::kForbiddenSuccession, 0, 0, kN, kD, 0}},
      {"MaxShiftsOfType",
       limits([](Worker& w) {
         w.max_shifts_per_type = {1, 7, 7};
       }),
       "D-D----",
       {Rule::kMaxShiftsOfType, 0, std::nullopt, kD, 2, 1}},
      {"MaxTotalMinutes",
       limits([](Worker& w) { w.max_total_minutes = 900; }),
       "D-D----",
       {Rule::kMaxTotalMinutes, 0, std::nullopt, std::nullopt, 960, 900}},
      {"MinTotalMinutes",
       limits([](Worker& w) { w.min_total_minutes = 1000; }),
       "D-D----",
       {Rule::kMinTotalMinutes, 0, std::nullopt, std::nullopt, 960, 1000}},
      {"MaxConsecutiveDays",
       limits([](Worker& w) { w.max_consecutive_days = 2; }),
       "-DDD---",
       {Rule::kMaxConsecutiveDays, 0, 1, std::nullopt, 3, 2}},
      {"MinConsecutiveDays",
       limits([](Worker& w) { w.min_consecutive_days = 2; }),
       "D--E--N",
       {Rule::kMinConsecutiveDays, 0, 3, std::nullopt, 1, 2}},
      {"MinConsecutiveDaysOff",
       limits([](Worker& w) { w.min_consecutive_days_off = 2; }),
       "-D-E---",
       {Rule::kMinConsecutiveDaysOff, 0, 2, std::nullopt, 1, 2}},
      {"MaxWeekends",
       limits([](Worker& w) { w.max_weekends = 0; }),
       "-----DD",
       {Rule::kMaxWeekends, 0, std::nullopt, std::nullopt, 1, 0}},
      // E ends at 23:00, D starts at 07:00: 8 hours of rest.
      {"MinRest",
       limits([](Worker& w) { w.min_rest_minutes = 11 * 60; }),
       "DED----",
       {Rule::kMinRest, 0, 2, kD, 8 * 60, 11 * 60}},
      {"MaxMinutesPer7Days",
       limits([](Worker& w) { w.max_minutes_per_7_days = 1400; }),
       "D-D-D--",
       {Rule::kMaxMinutesPer7Days, 0, 0, std::nullopt, 1440, 1400}},
      {"CoverHardMax",
       [](Model& m) { m.slots = {{.day = 4, .type = kE, .hard_max = 0}}; },
       "----E--",
       {Rule::kCoverHardMax, std::nullopt, 4, kE, 1, 0}},
  };
}

TEST(CheckRoster, EachHardRuleOnce) {
  for (const RuleCase& c : RuleCases()) {
    SCOPED_TRACE(c.name);
    Model m = WeekModel();
    if (c.setup) c.setup(m);
    absl::StatusOr<CheckResult> result = CheckRoster(m, MakeRoster(m, {c.row}));
    ASSERT_TRUE(result.ok()) << result.status();
    ASSERT_EQ(result->violations.size(), 1u);
    EXPECT_EQ(result->violations[0], c.expected)
        << Describe(m, result->violations[0]);
    // Off every day breaks nothing here but the minimum minutes.
    if (c.expected.rule == Rule::kMinTotalMinutes) continue;
    absl::StatusOr<CheckResult> off =
        CheckRoster(m, MakeRoster(m, {"-------"}));
    ASSERT_TRUE(off.ok());
    EXPECT_TRUE(off->feasible()) << Describe(m, off->violations[0]);
  }
}

TEST(CheckRoster, EdgeStretches) {
  Model m = WeekModel();
  m.workers[0].min_consecutive_days = 2;
  m.workers[0].min_consecutive_days_off = 3;
  m.workers[0].max_consecutive_days = 2;
  // A one-day stretch at each edge and two days off at the start: only the
  // publishers' interior stretches count.
  const Roster roster = MakeRoster(m, {"--DD--D"});
  absl::StatusOr<CheckResult> exempt = CheckRoster(m, roster);
  ASSERT_TRUE(exempt.ok());
  ASSERT_EQ(exempt->violations.size(),
            1u);  // the interior "--" between DD and D
  EXPECT_EQ(exempt->violations[0], (Violation{Rule::kMinConsecutiveDaysOff, 0,
                                              4, std::nullopt, 2, 3}));

  m.edge_work_stretch = EdgeWorkStretch::kChecked;
  absl::StatusOr<CheckResult> checked = CheckRoster(m, roster);
  ASSERT_TRUE(checked.ok());
  ASSERT_EQ(checked->violations.size(), 2u);
  EXPECT_EQ(checked->violations[1],
            (Violation{Rule::kMinConsecutiveDays, 0, 6, std::nullopt, 1, 2}));

  // A stretch at the edge still counts in full against the maximum.
  absl::StatusOr<CheckResult> long_start =
      CheckRoster(m, MakeRoster(m, {"DDD----"}));
  ASSERT_TRUE(long_start.ok());
  ASSERT_EQ(long_start->violations.size(), 1u);
  EXPECT_EQ(long_start->violations[0].rule, Rule::kMaxConsecutiveDays);
}

TEST(CheckRoster, WeekendsCountSaturdayOrSunday) {
  Model m = WeekModel();
  m.num_days = 21;
  m.workers[0].max_weekends = 1;
  // Saturday of week 1, Sunday of weeks 2 and 3.
  absl::StatusOr<CheckResult> r =
      CheckRoster(m, MakeRoster(m, {"-----D-------D------D"}));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->violations.size(), 1u);
  EXPECT_EQ(r->violations[0].actual, 3);
}

TEST(CheckRoster, ObjectiveByHand) {
  Model m;
  m.num_days = 3;
  m.types = {{.id = "D", .length_minutes = 480}};
  m.workers = {Worker{.id = "A"}, Worker{.id = "B"}};
  m.slots = {
      {.day = 0,
       .type = 0,
       .required = 2,
       .under_weight = 10,
       .over_weight = 1},
      {.day = 1,
       .type = 0,
       .required = 2,
       .under_weight = 10,
       .over_weight = 1},
      {.day = 2,
       .type = 0,
       .required = 0,
       .under_weight = 10,
       .over_weight = 5},
  };
  m.requests = {
      {0, 0, 0, 3, RequestKind::kOn},   // met: 0
      {1, 1, 0, 4, RequestKind::kOn},   // B is off on day 1: 4
      {0, 2, 0, 2, RequestKind::kOff},  // A works day 2: 2
      {1, 0, 0, 7, RequestKind::kOff},  // B works day 0: 7
  };
  m.costs = {{{0, 1, 0}, 5}};  // A works day 1: 5
  absl::StatusOr<CheckResult> r = CheckRoster(m, MakeRoster(m, {"DDD", "D-D"}));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->feasible());
  EXPECT_EQ(r->objective.shift_on_requests, 4);
  EXPECT_EQ(r->objective.shift_off_requests, 9);
  EXPECT_EQ(r->objective.under_cover, 10);  // day 1: one of two
  EXPECT_EQ(r->objective.over_cover, 10);   // day 2: two over at 5
  EXPECT_EQ(r->objective.assignment_costs, 5);
  EXPECT_EQ(r->objective.total(), 38);
}

TEST(CheckRoster, RejectsMismatchedRoster) {
  Model m = WeekModel();
  EXPECT_EQ(CheckRoster(m, Roster(2, 7)).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckRoster(m, Roster(1, 6)).status().code(),
            absl::StatusCode::kInvalidArgument);
  Roster bad(1, 7);
  bad.set(0, 3, 9);
  EXPECT_EQ(CheckRoster(m, bad).status().code(),
            absl::StatusCode::kInvalidArgument);
  m.workers[0].min_total_minutes = 10;
  m.workers[0].max_total_minutes = 5;
  EXPECT_EQ(CheckRoster(m, Roster(1, 7)).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vaktbro::roster
