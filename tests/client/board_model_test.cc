#include "board_model.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "shift_builders.h"

namespace vaktbro::client {
namespace {

using testing::Event;
using testing::MakeShift;
using testing::Oslo;
using Kind = BoardChange::Kind;

std::vector<std::string> Titles(const BoardModel& board) {
  std::vector<std::string> titles;
  for (size_t row = 0; row < board.row_count(); ++row) {
    titles.push_back(board.CellText(row, BoardColumn::kTitle));
  }
  return titles;
}

void Load(BoardModel& board, const std::vector<v1::Shift>& shifts) {
  board.FinishLoad(board.BeginLoad(), shifts);
}

TEST(BoardModelTest, SortsByStartTimeThenName) {
  BoardModel board;
  Load(board, {MakeShift("c", Oslo(2025, 3, 2, 7)),
               MakeShift("b", Oslo(2025, 3, 1, 22)),
               MakeShift("a", Oslo(2025, 3, 2, 7))});
  EXPECT_EQ(Titles(board),
            (std::vector<std::string>{"Shift b", "Shift a", "Shift c"}));
}

TEST(BoardModelTest, PostedEventInsertsInOrder) {
  BoardModel board;
  Load(board, {MakeShift("a", Oslo(2025, 3, 1, 7)),
               MakeShift("c", Oslo(2025, 3, 3, 7))});
  const BoardChange change = board.Apply(
      Event(v1::ShiftEvent::POSTED, MakeShift("b", Oslo(2025, 3, 2, 7))));
  EXPECT_EQ(change.kind, Kind::kInserted);
  EXPECT_EQ(change.row, 1u);
  EXPECT_EQ(board.RowOf("shifts/b"), 1u);
}

TEST(BoardModelTest, ChangeThatLeavesOpenRemovesTheRow) {
  struct Case {
    v1::Shift::State state;
    Kind expected;
  };
  const Case cases[] = {
      {v1::Shift::PARTLY_FILLED, Kind::kChanged},
      {v1::Shift::FILLED, Kind::kRemoved},
      {v1::Shift::CANCELLED, Kind::kRemoved},
      {v1::Shift::COMPLETED, Kind::kRemoved},
      {v1::Shift::DRAFT, Kind::kRemoved},
  };
  for (const Case& c : cases) {
    BoardModel board;
    Load(board, {MakeShift("a", Oslo(2025, 3, 1, 7)),
                 MakeShift("b", Oslo(2025, 3, 2, 7))});
    v1::Shift changed = MakeShift("b", Oslo(2025, 3, 2, 7), /*updated=*/2);
    changed.set_state(c.state);
    const BoardChange change =
        board.Apply(Event(v1::ShiftEvent::CHANGED, changed));
    EXPECT_EQ(change.kind, c.expected) << c.state;
    EXPECT_EQ(change.row, 1u) << c.state;
    EXPECT_EQ(board.row_count(), c.expected == Kind::kRemoved ? 1u : 2u);
  }
}

TEST(BoardModelTest, NewStartTimeMovesTheRow) {
  BoardModel board;
  Load(board, {MakeShift("a", Oslo(2025, 3, 1, 7)),
               MakeShift("b", Oslo(2025, 3, 2, 7)),
               MakeShift("c", Oslo(2025, 3, 3, 7))});
  const BoardChange change = board.Apply(
      Event(v1::ShiftEvent::CHANGED, MakeShift("a", Oslo(2025, 3, 4, 7), 2)));
  EXPECT_EQ(change.kind, Kind::kMoved);
  EXPECT_EQ(change.old_row, 0u);
  EXPECT_EQ(change.row, 2u);
  EXPECT_EQ(Titles(board),
            (std::vector<std::string>{"Shift b", "Shift c", "Shift a"}));
}

TEST(BoardModelTest, FirstRowFrom) {
  BoardModel board;
  Load(board, {MakeShift("a", Oslo(2025, 3, 1, 7)),
               MakeShift("b", Oslo(2025, 3, 2, 7)),
               MakeShift("c", Oslo(2025, 3, 3, 7))});
  EXPECT_EQ(board.FirstRowFrom(Oslo(2025, 2, 1, 0)), 0u);
  EXPECT_EQ(board.FirstRowFrom(Oslo(2025, 3, 2, 7)), 1u);
  EXPECT_EQ(board.FirstRowFrom(Oslo(2025, 3, 2, 8)), 2u);
  EXPECT_EQ(board.FirstRowFrom(Oslo(2025, 4, 1, 0)), 3u);
}

TEST(BoardModelTest, StaleEventIsIgnored) {
  BoardModel board;
  v1::Shift filled = MakeShift("a", Oslo(2025, 3, 1, 7), /*updated=*/5);
  filled.set_state(v1::Shift::FILLED);
  Load(board, {MakeShift("a", Oslo(2025, 3, 1, 7), 3)});
  EXPECT_EQ(board.Apply(Event(v1::ShiftEvent::CHANGED, filled)).kind,
            Kind::kRemoved);
  EXPECT_EQ(board
                .Apply(Event(v1::ShiftEvent::CHANGED,
                             MakeShift("a", Oslo(2025, 3, 1, 7), 4)))
                .kind,
            Kind::kNone);
  EXPECT_EQ(board.row_count(), 0u);
}

TEST(BoardModelTest, LoadKeepsWhatEventsToldAfterItBegan) {
  BoardModel board;
  Load(board, {MakeShift("gone", Oslo(2025, 3, 1, 7)),
               MakeShift("filled", Oslo(2025, 3, 2, 7), 1)});
  const uint64_t load = board.BeginLoad();
  // While the listing is in flight: one shift is posted, one is filled.
  board.Apply(
      Event(v1::ShiftEvent::POSTED, MakeShift("new", Oslo(2025, 3, 3, 7), 9)));
  v1::Shift filled = MakeShift("filled", Oslo(2025, 3, 2, 7), 9);
  filled.set_state(v1::Shift::FILLED);
  board.Apply(Event(v1::ShiftEvent::CHANGED, filled));
  // The listing was taken before both and no longer has "gone".
  board.FinishLoad(load, {MakeShift("filled", Oslo(2025, 3, 2, 7), 1)});
  EXPECT_EQ(Titles(board), (std::vector<std::string>{"Shift new"}));
}

TEST(BoardModelTest, FiltersByOrganisationUnitAndDates) {
  v1::Shift other_org = MakeShift("x", Oslo(2025, 3, 2, 7));
  other_org.set_organisation("organisations/o2");
  other_org.set_unit("units/u2");
  v1::Shift other_unit = MakeShift("y", Oslo(2025, 3, 2, 8));
  other_unit.set_unit("units/u3");
  const std::vector<v1::Shift> shifts = {
      MakeShift("early", Oslo(2025, 3, 1, 7)), other_org, other_unit,
      MakeShift("late", Oslo(2025, 3, 5, 23, 30))};
  struct Case {
    ShiftFilter filter;
    std::vector<std::string> titles;
  };
  const Case cases[] = {
      {{}, {"Shift early", "Shift x", "Shift y", "Shift late"}},
      {{.organisation = "organisations/o1"},
       {"Shift early", "Shift y", "Shift late"}},
      {{.organisation = "organisations/o1", .unit = "units/u1"},
       {"Shift early", "Shift late"}},
      {{.start_from = Oslo(2025, 3, 2, 0)},
       {"Shift x", "Shift y", "Shift late"}},
      {{.start_from = Oslo(2025, 3, 2, 0), .start_to = Oslo(2025, 3, 5, 0)},
       {"Shift x", "Shift y"}},
      {{.start_to = Oslo(2025, 3, 6, 0)},
       {"Shift early", "Shift x", "Shift y", "Shift late"}},
  };
  for (const Case& c : cases) {
    BoardModel board;
    board.SetFilter(c.filter);
    Load(board, shifts);
    EXPECT_EQ(Titles(board), c.titles);
  }
}

TEST(BoardModelTest, EventOutsideFilterStaysOff) {
  BoardModel board;
  board.SetFilter({.unit = "units/u1"});
  v1::Shift elsewhere = MakeShift("e", Oslo(2025, 3, 1, 7));
  elsewhere.set_unit("units/u9");
  EXPECT_EQ(board.Apply(Event(v1::ShiftEvent::POSTED, elsewhere)).kind,
            Kind::kNone);
  EXPECT_EQ(board.row_count(), 0u);
}

TEST(BoardModelTest, CellsReadInOsloTimeAndTranslate) {
  BoardModel board({.translate = [](const char* msgid) {
    return std::string("<") + msgid + ">";
  }});
  board.SetDirectory({}, {});
  v1::Organisation org;
  org.set_name("organisations/o1");
  org.set_display_name("Vestvik kommune");
  v1::Unit unit;
  unit.set_name("units/u1");
  unit.set_display_name("Sjukeheim");
  board.SetDirectory({org}, {unit});
  // 21:00 UTC in winter is 22:00 in Oslo; ends 07:00 the next morning.
  v1::Shift night =
      MakeShift("n", absl::FromCivil(absl::CivilMinute(2025, 1, 6, 21, 0),
                                     absl::UTCTimeZone()));
  *night.mutable_end_time() = ToTimestamp(Oslo(2025, 1, 7, 7));
  night.set_filled_count(1);
  night.set_state(v1::Shift::PARTLY_FILLED);
  Load(board, {night});
  ASSERT_EQ(board.row_count(), 1u);
  EXPECT_EQ(board.CellText(0, BoardColumn::kStart), "<Mon> 06.01.2025 22:00");
  EXPECT_EQ(board.CellText(0, BoardColumn::kEnd), "<Tue> 07:00");
  EXPECT_EQ(board.CellText(0, BoardColumn::kOrganisation), "Vestvik kommune");
  EXPECT_EQ(board.CellText(0, BoardColumn::kUnit), "Sjukeheim");
  EXPECT_EQ(board.CellText(0, BoardColumn::kProfession), "<Nurse>");
  EXPECT_EQ(board.CellText(0, BoardColumn::kFilled), "1/2");
  EXPECT_EQ(board.CellText(0, BoardColumn::kState), "<Partly filled>");
}

TEST(BoardModelTest, UnknownDirectoryNamesFallBackToResourceName) {
  BoardModel board;
  Load(board, {MakeShift("a", Oslo(2025, 3, 1, 7))});
  EXPECT_EQ(board.CellText(0, BoardColumn::kOrganisation), "organisations/o1");
  EXPECT_EQ(board.CellText(0, BoardColumn::kUnit), "units/u1");
}

}  // namespace
}  // namespace vaktbro::client
