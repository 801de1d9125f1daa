// The demo's shifts and assignments: every promise demo_region.h makes about
// who works what, and the shift times over the summer-time changes.
#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>

#include "demo_region.h"
#include "gtest/gtest.h"
#include "demo_oslo_time.h"

namespace vaktbro::demo {
namespace {

DemoRegion Generate(int y, int m, int d) {
  DemoOptions options;
  options.first_day.set_year(y);
  options.first_day.set_month(m);
  options.first_day.set_day(d);
  return GenerateDemoRegion(options);
}

// The Oslo calendar day of an instant, as days since the epoch.
int64_t LocalDay(int64_t unix_seconds) {
  return (unix_seconds + OsloUtcOffsetSeconds(unix_seconds)) / 86400;
}

struct Index {
  std::map<std::string, const v1::Shift*> shifts;
  std::map<std::string, const v1::Position*> positions;
  std::map<std::string, const v1::Person*> people;
  std::map<std::string, std::vector<const v1::Shift*>> work;  // by person
  std::map<std::string, int> filled;                          // by shift
};

Index MakeIndex(const DemoRegion& r) {
  Index ix;
  for (const auto& s : r.shifts)
    ix.shifts["shifts/" + s.shift_id()] = &s.shift();
  for (const auto& p : r.positions)
    ix.positions["positions/" + p.position_id()] = &p.position();
  for (const auto& p : r.people)
    ix.people["people/" + p.person_id()] = &p.person();
  for (const auto& a : r.assignments) {
    ix.work[a.person()].push_back(ix.shifts.at(a.shift()));
    ++ix.filled[a.shift()];
  }
  return ix;
}

class DemoScheduleTest : public ::testing::TestWithParam<std::array<int, 3>> {
 protected:
  void SetUp() override {
    region_ = Generate(GetParam()[0], GetParam()[1], GetParam()[2]);
    ix_ = MakeIndex(region_);
  }
  DemoRegion region_;
  Index ix_;
};

TEST_P(DemoScheduleTest,
       AssignmentsUsePositionsOfThePersonAtTheShiftsOrganisation) {
  for (const auto& a : region_.assignments) {
    ASSERT_TRUE(ix_.shifts.count(a.shift())) << a.shift();
    ASSERT_TRUE(ix_.positions.count(a.position())) << a.position();
    const v1::Shift& shift = *ix_.shifts.at(a.shift());
    const v1::Position& pos = *ix_.positions.at(a.position());
    const v1::Person& person = *ix_.people.at(a.person());
    EXPECT_EQ(pos.person(), a.person()) << a.request_id();
    EXPECT_EQ(pos.employer(), shift.organisation()) << a.request_id();
    EXPECT_NE(std::find(person.professions().begin(),
                        person.professions().end(), shift.profession()),
              person.professions().end())
        << a.request_id();
    for (const std::string& code : shift.competences()) {
      EXPECT_TRUE(std::any_of(
          person.competences().begin(), person.competences().end(),
          [&](const v1::Competence& c) { return c.code() == code; }))
          << a.request_id() << " lacks " << code;
    }
  }
}

TEST_P(DemoScheduleTest, NobodyIsDoubleBookedOrShortOfRest) {
  for (auto& [person, shifts] : ix_.work) {
    std::sort(shifts.begin(), shifts.end(),
              [](const v1::Shift* a, const v1::Shift* b) {
                return a->start_time().seconds() < b->start_time().seconds();
              });
    for (size_t i = 1; i < shifts.size(); ++i) {
      const int64_t rest = shifts[i]->start_time().seconds() -
                           shifts[i - 1]->end_time().seconds();
      EXPECT_GE(rest, 11 * 3600)
          << person << " between " << shifts[i - 1]->title() << " and "
          << shifts[i]->title();
      EXPECT_NE(LocalDay(shifts[i]->start_time().seconds()),
                LocalDay(shifts[i - 1]->start_time().seconds()))
          << person << " works twice in one day";
    }
  }
}

TEST_P(DemoScheduleTest, AboutOneShiftInTenIsOpenTheRestFull) {
  int open = 0;
  for (const auto& req : region_.shifts) {
    const v1::Shift& s = req.shift();
    const int filled = ix_.filled[("shifts/" + req.shift_id())];
    if (filled == 0) {
      ++open;
    } else {
      EXPECT_EQ(filled, s.headcount()) << req.shift_id();
    }
    EXPECT_GE(s.headcount(), 1);
    EXPECT_LE(s.headcount(), 3);
    EXPECT_GT(s.end_time().seconds(), s.start_time().seconds());
    EXPECT_TRUE(
        s.unit().starts_with("units/" + s.organisation().substr(14) + "-"))
        << s.unit();
  }
  const double share = static_cast<double>(open) / region_.shifts.size();
  EXPECT_GT(share, 0.07);
  EXPECT_LT(share, 0.13);
}

TEST_P(DemoScheduleTest, ShiftsCoverFourWeeksInOsloTime) {
  std::set<int64_t> days;
  for (const auto& req : region_.shifts) {
    const v1::Shift& s = req.shift();
    const int64_t start = s.start_time().seconds();
    const int64_t local = start + OsloUtcOffsetSeconds(start);
    days.insert(local / 86400);
    const int64_t minute = local % 86400 / 60;
    EXPECT_TRUE(minute == 7 * 60 || minute == 15 * 60 ||
                minute == 14 * 60 + 30 || minute == 22 * 60)
        << s.title() << " starts at local minute " << minute;
  }
  EXPECT_EQ(days.size(), 28u);
}

INSTANTIATE_TEST_SUITE_P(FirstDays, DemoScheduleTest,
                         ::testing::Values(std::array<int, 3>{2026, 11, 23},
                                           std::array<int, 3>{2026, 3, 23},
                                           std::array<int, 3>{2026, 10, 19}));

// 22:00-07:30 is 9.5 h; the night into the last Sunday of March loses an
// hour, the night into the last Sunday of October gains one.
TEST(DemoDstTest, NightShiftsOverTheChangesHaveTheirRealLength) {
  struct Case {
    std::array<int, 3> monday;
    int saturday_of_month;
    int month;
    double hours;
  };
  for (const Case& c :
       {Case{{2026, 3, 23}, 28, 3, 8.5}, Case{{2026, 10, 19}, 24, 10, 10.5}}) {
    const DemoRegion r = Generate(c.monday[0], c.monday[1], c.monday[2]);
    int nights = 0;
    for (const auto& req : r.shifts) {
      const v1::Shift& s = req.shift();
      if (!s.title().starts_with("Natt")) continue;
      const int64_t start = s.start_time().seconds();
      const auto day = std::chrono::year_month_day{
          std::chrono::sys_days{std::chrono::days{LocalDay(start)}}};
      const double hours = (s.end_time().seconds() - start) / 3600.0;
      const bool change_night = static_cast<unsigned>(day.month()) ==
                                    static_cast<unsigned>(c.month) &&
                                static_cast<unsigned>(day.day()) ==
                                    static_cast<unsigned>(c.saturday_of_month);
      EXPECT_DOUBLE_EQ(hours, change_night ? c.hours : 9.5) << s.title();
      nights += change_night;
    }
    EXPECT_GT(nights, 5);
  }
}

}  // namespace
}  // namespace vaktbro::demo
