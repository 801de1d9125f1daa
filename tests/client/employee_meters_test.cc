// The employee's meters: the arithmetic behind hours, rest and pension.
#include "employee_meters.h"

#include "employee_fixtures.h"
#include "gtest/gtest.h"

namespace vaktbro::client {
namespace {

using testing::AddAssignment;
using testing::AddPlanned;
using testing::MakePosition;
using testing::Oslo;

const WorkingTimeLimits kLimits;
const PensionLimits kPension;

CalendarPeriod Week(int year, int month, int day) {
  return PeriodOf(CalendarSpan::kWeek, absl::CivilDay(year, month, day),
                  OsloTimeZone());
}

TEST(EmployeeMetersTest, WeekHoursAcrossEmployers) {
  const struct {
    const char* name;
    int shifts;        // 8-hour day shifts from Monday, one per day
    int planned;       // 7.5-hour evening shifts at the other employer
    double want;
    MeterLevel level;
  } cases[] = {
      {"empty", 0, 0, 0, MeterLevel::kOk},
      {"normal", 5, 0, 40, MeterLevel::kOk},
      {"above normal", 5, 1, 47.5, MeterLevel::kNear},
      {"above 48 in sum", 5, 2, 55, MeterLevel::kOver},
  };
  for (const auto& c : cases) {
    EmployeeData data;
    for (int d = 0; d < c.shifts; ++d) {
      AddAssignment(data, "a" + std::to_string(d), Oslo(2026, 11, 23 + d, 7),
                    8, v1::Assignment::ACCEPTED);
    }
    for (int d = 0; d < c.planned; ++d) {
      AddPlanned(data, "p" + std::to_string(d), Oslo(2026, 11, 23 + d, 16),
                 7.5);
    }
    // Offers do not count.
    AddAssignment(data, "offer", Oslo(2026, 11, 29, 7), 8,
                  v1::Assignment::OFFERED);
    const CalendarPeriod week = Week(2026, 11, 25);
    const HoursMeter m =
        WeekHours(CalendarEntries(data), week.start, week.end, kLimits);
    EXPECT_DOUBLE_EQ(m.hours, c.want) << c.name;
    EXPECT_EQ(m.level, c.level) << c.name;
    EXPECT_EQ(m.normal, 40);
    EXPECT_EQ(m.average, 48);
  }
}

TEST(EmployeeMetersTest, WeekHoursClipsAtTheWeekAndCountsOverlapOnce) {
  EmployeeData data;
  // Sunday night into Monday: only the 7 hours after midnight count.
  AddAssignment(data, "night", Oslo(2026, 11, 22, 22), 9,
                v1::Assignment::ACCEPTED);
  // A planned shift that overlaps a booked one by two hours.
  AddAssignment(data, "day", Oslo(2026, 11, 24, 8), 8,
                v1::Assignment::ACCEPTED);
  AddPlanned(data, "p", Oslo(2026, 11, 24, 14), 4);
  const CalendarPeriod week = Week(2026, 11, 24);
  EXPECT_DOUBLE_EQ(
      WeekHours(CalendarEntries(data), week.start, week.end, kLimits).hours,
      7 + 10);
}

TEST(EmployeeMetersTest, RestBeforeNext) {
  const absl::Time now = Oslo(2026, 11, 24, 12);
  const struct {
    const char* name;
    absl::Time previous_start;  // a 9-hour shift at the other employer
    absl::Time next_start;      // an 8-hour booked shift
    double want;
    MeterLevel level;
  } cases[] = {
      {"after a night", Oslo(2026, 11, 23, 22), Oslo(2026, 11, 24, 15), 8,
       MeterLevel::kOver},
      {"exactly 11", Oslo(2026, 11, 23, 22), Oslo(2026, 11, 24, 18), 11,
       MeterLevel::kOk},
      {"overlap", Oslo(2026, 11, 24, 6), Oslo(2026, 11, 24, 14), 0,
       MeterLevel::kOver},
  };
  for (const auto& c : cases) {
    EmployeeData data;
    AddPlanned(data, "prev", c.previous_start, 9);
    AddAssignment(data, "next", c.next_start, 8, v1::Assignment::ACCEPTED);
    AddAssignment(data, "later", c.next_start + absl::Hours(48), 8,
                  v1::Assignment::ACCEPTED);
    const RestMeter m = RestBeforeNext(CalendarEntries(data), now, kLimits);
    ASSERT_TRUE(m.next.has_value()) << c.name;
    EXPECT_EQ(m.next->source, "assignments/next") << c.name;
    EXPECT_DOUBLE_EQ(m.rest_hours, c.want) << c.name;
    EXPECT_EQ(m.level, c.level) << c.name;
  }
  EXPECT_FALSE(RestBeforeNext({}, now, kLimits).next.has_value());
}

TEST(EmployeeMetersTest, LongestRestOfTheWeek) {
  EmployeeData data;
  const CalendarPeriod week = Week(2026, 11, 24);
  EXPECT_DOUBLE_EQ(
      LongestRest(CalendarEntries(data), week.start, week.end, kLimits).hours,
      168);
  // A day shift every day 07-15: 16 hours off between them, too short.
  for (int d = 0; d < 7; ++d) {
    AddAssignment(data, "d" + std::to_string(d), Oslo(2026, 11, 23 + d, 7), 8,
                  v1::Assignment::ACCEPTED);
  }
  WeeklyRestMeter m =
      LongestRest(CalendarEntries(data), week.start, week.end, kLimits);
  EXPECT_DOUBLE_EQ(m.hours, 16);
  EXPECT_EQ(m.level, MeterLevel::kOver);
}

EmployeeData Pensioner(int birth_year, bool drawing) {
  EmployeeData data;
  data.person.set_birth_year(birth_year);
  data.person.mutable_pension()->set_drawing_retirement_pension(drawing);
  data.positions.push_back(MakePosition("pens", "o1", v1::Position::PENSIONER,
                                        0, v1::Position::PENSJONISTLONN));
  data.positions.push_back(
      MakePosition("ord", "o2", v1::Position::HOURLY, 10));
  return data;
}

TEST(EmployeeMetersTest, EnrolmentThreshold) {
  const absl::Time now = Oslo(2026, 11, 20, 12);
  EmployeeData data = Pensioner(1958, true);
  // 26 h on ordinary terms this month: 26 / (40 x 52 / 12) = 15 %.
  AddAssignment(data, "ord1", Oslo(2026, 11, 3, 7), 13,
                v1::Assignment::ACCEPTED, "o2", "positions/ord");
  AddAssignment(data, "ord2", Oslo(2026, 11, 28, 7), 13,
                v1::Assignment::ACCEPTED, "o2", "positions/ord");
  // Pensjonistlønn and other months do not count.
  AddAssignment(data, "pens", Oslo(2026, 11, 5, 7), 8,
                v1::Assignment::ACCEPTED, "o1", "positions/pens");
  AddAssignment(data, "oct", Oslo(2026, 10, 5, 7), 8,
                v1::Assignment::WORKED, "o2", "positions/ord");
  PensionMeter m = Enrolment(data, now, kPension);
  EXPECT_EQ(m.status, PensionMeter::Status::kApplies);
  EXPECT_DOUBLE_EQ(m.position_percent, 10);
  EXPECT_NEAR(m.shift_percent, 15, 1e-9);
  EXPECT_NEAR(m.total_percent, 25, 1e-9);
  EXPECT_EQ(m.threshold, 20);
  EXPECT_EQ(m.level, MeterLevel::kOver);

  data.assignments.erase(data.assignments.begin() + 1);  // 7.5 %: 17.5 %
  m = Enrolment(data, now, kPension);
  EXPECT_NEAR(m.total_percent, 17.5, 1e-9);
  EXPECT_EQ(m.level, MeterLevel::kNear);

  data.person.mutable_pension()->set_scheme(v1::PensionFacts::KLP_NURSES);
  m = Enrolment(data, now, kPension);
  EXPECT_TRUE(m.klp_nurses);
  EXPECT_EQ(m.threshold, 0);
  EXPECT_EQ(m.level, MeterLevel::kOver);

  EXPECT_EQ(Enrolment(Pensioner(1963, true), now, kPension).status,
            PensionMeter::Status::kUnreduced);
  EXPECT_EQ(Enrolment(Pensioner(1955, false), now, kPension).status,
            PensionMeter::Status::kNotDrawing);
  EmployeeData worker;
  worker.positions.push_back(MakePosition("m", "o1", v1::Position::MAIN, 100));
  EXPECT_FALSE(IsPensioner(worker));
  EXPECT_EQ(Enrolment(worker, now, kPension).status,
            PensionMeter::Status::kNotPensioner);
}

TEST(EmployeeMetersTest, AfpTolerance) {
  const struct {
    v1::PensionFacts::Afp afp;
    int64_t so_far;
    int64_t projected;
    bool applies;
    double tolerance;
    MeterLevel level;
  } cases[] = {
      {v1::PensionFacts::AFP_UNSPECIFIED, 50000, 0, false, 0, MeterLevel::kOk},
      {v1::PensionFacts::AFP_MUNICIPAL, 10000, 20000, true, 30000,
       MeterLevel::kOk},
      {v1::PensionFacts::AFP_MUNICIPAL, 30000, 0, true, 30000,
       MeterLevel::kNear},
      {v1::PensionFacts::AFP_MUNICIPAL, 10000, 30001, true, 30000,
       MeterLevel::kOver},
      {v1::PensionFacts::AFP_STATE, 16000, 0, true, 15000, MeterLevel::kOver},
  };
  for (const auto& c : cases) {
    EmployeeData data = Pensioner(1960, true);
    v1::PensionFacts* p = data.person.mutable_pension();
    p->set_afp(c.afp);
    p->set_earnings_this_year_nok(c.so_far);
    p->set_projected_earnings_nok(c.projected);
    const AfpMeter m = AfpTolerance(data, kPension);
    EXPECT_EQ(m.applies, c.applies) << c.afp << " " << c.so_far;
    if (!c.applies) continue;
    EXPECT_EQ(m.tolerance, c.tolerance);
    EXPECT_EQ(m.earnings, std::max(c.so_far, c.projected));
    EXPECT_EQ(m.level, c.level) << c.so_far << " " << c.projected;
  }
}

}  // namespace
}  // namespace vaktbro::client
