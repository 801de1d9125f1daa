// TimelineModel: bars placed by wall-clock days, lanes for overlaps,
// clipping to the week, the list view in time order, live updates.
#include "timeline_model.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "shift_builders.h"

namespace vaktbro::client {
namespace {

using testing::MakeShift;
using testing::Oslo;

std::vector<v1::Unit> Units() {
  std::vector<v1::Unit> units(2);
  units[0].set_name("units/u1");
  units[0].set_display_name("Medisin");
  units[1].set_name("units/u2");
  units[1].set_display_name("Kirurgi");
  return units;
}

v1::Shift At(const std::string& id, absl::Time start, absl::Duration length,
             const std::string& unit = "units/u1") {
  v1::Shift s = MakeShift(id, start);
  *s.mutable_end_time() = ToTimestamp(start + length);
  s.set_unit(unit);
  return s;
}

TEST(TimelineModelTest, WeekStartsOnMonday) {
  TimelineModel model;
  model.SetWeek(absl::CivilDay(2026, 11, 26));  // a Thursday
  EXPECT_EQ(model.monday(), absl::CivilDay(2026, 11, 23));
  EXPECT_EQ(model.week_start(), Oslo(2026, 11, 23, 0));
  EXPECT_EQ(model.DayLabel(0), "Mon 23.11");
  EXPECT_EQ(model.DayLabel(6), "Sun 29.11");
}

TEST(TimelineModelTest, BarsByWallClockWithLanesAndClipping) {
  TimelineModel model;
  model.SetWeek(absl::CivilDay(2026, 3, 23));
  model.SetUnits(Units());
  v1::Shift filled = At("b", Oslo(2026, 3, 24, 10), absl::Hours(4));
  filled.set_state(v1::Shift::FILLED);
  v1::Shift cancelled = At("x", Oslo(2026, 3, 24, 7), absl::Hours(8));
  cancelled.set_state(v1::Shift::CANCELLED);
  model.SetShifts({
      At("a", Oslo(2026, 3, 24, 6), absl::Hours(12)),           // Tue 06-18
      filled,                                                   // overlaps a
      At("c", Oslo(2026, 3, 22, 22), absl::Hours(9)),           // from Sunday before
      At("d", Oslo(2026, 3, 29, 1), absl::Hours(3), "units/u2"),  // DST night
      At("e", Oslo(2026, 3, 25, 7), absl::Hours(8), "units/zz"),  // not ours
      cancelled,
  });
  ASSERT_EQ(model.bars().size(), 4u);
  const TimelineBar& c = model.bars()[0];
  EXPECT_EQ(model.shift(c.shift).name(), "shifts/c");
  EXPECT_DOUBLE_EQ(c.from, 0.0);  // clipped to Monday 00:00
  EXPECT_NEAR(c.to, 7.0 / 24, 1e-9);
  const TimelineBar& a = model.bars()[1];
  EXPECT_NEAR(a.from, 1.25, 1e-9);
  EXPECT_EQ(a.lane, 0);
  const TimelineBar& b = model.bars()[2];
  EXPECT_EQ(b.lane, 1);
  EXPECT_EQ(b.kind, TimelineBar::Kind::kFilled);
  EXPECT_EQ(model.rows()[0].lanes, 2);
  // 01:00 to 05:00 on the wall clock although only 3 hours pass.
  const TimelineBar& d = model.bars()[3];
  EXPECT_EQ(d.row, 1u);
  EXPECT_NEAR(d.to - d.from, 4.0 / 24, 1e-9);
  EXPECT_EQ(model.BarAt(0, 1, 1.5), 2u);
  EXPECT_FALSE(model.BarAt(0, 1, 3.0).has_value());
}

TEST(TimelineModelTest, ListInTimeOrderWithReadableCells) {
  TimelineModel model;
  model.SetWeek(absl::CivilDay(2026, 11, 23));
  model.SetUnits(Units());
  model.SetShifts({At("late", Oslo(2026, 11, 25, 15), absl::Hours(8), "units/u2"),
                   At("early", Oslo(2026, 11, 24, 7), absl::Hours(8))});
  ASSERT_EQ(model.list_size(), 2u);
  using C = TimelineColumn;
  EXPECT_EQ(model.ListCell(0, C::kDay), "Tue 24.11.2026");
  EXPECT_EQ(model.ListCell(0, C::kTime), "07:00-15:00");
  EXPECT_EQ(model.ListCell(0, C::kUnit), "Medisin");
  EXPECT_EQ(model.ListCell(0, C::kTitle), "Shift early");
  EXPECT_EQ(model.ListCell(0, C::kStaffed), "0/2");
  EXPECT_EQ(model.ListCell(1, C::kState), "Open");
}

TEST(TimelineModelTest, ApplyUpdatesAndAddsShiftsOfTheWeek) {
  TimelineModel model;
  model.SetWeek(absl::CivilDay(2026, 11, 23));
  model.SetUnits(Units());
  v1::Shift s = At("s", Oslo(2026, 11, 24, 7), absl::Hours(8));
  model.SetShifts({s});
  s.set_state(v1::Shift::FILLED);
  s.set_filled_count(2);
  EXPECT_TRUE(model.Apply(s));
  EXPECT_EQ(model.bars()[0].kind, TimelineBar::Kind::kFilled);
  EXPECT_FALSE(model.Apply(At("next", Oslo(2026, 12, 1, 7), absl::Hours(8))));
  EXPECT_TRUE(model.Apply(At("new", Oslo(2026, 11, 26, 7), absl::Hours(8))));
  EXPECT_EQ(model.bars().size(), 2u);
}

}  // namespace
}  // namespace vaktbro::client
