#include "search_state.h"

#include <random>

#include "gtest/gtest.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

// Random moves, kept or undone: the kept score always matches a fresh one,
// and Undo puts back exactly what was there.
TEST(SearchState, IncrementalScoreMatchesAFreshOne) {
  std::mt19937_64 rng(3);
  for (uint64_t seed = 1; seed <= 100; ++seed) {
    const Model m = testing::RandomModel(seed);
    const Tables t(m);
    SearchState state(t, Roster(t.workers, t.days));
    for (int move = 0; move < 200; ++move) {
      const Roster before = state.roster();
      const int64_t soft = state.soft(), hard = state.hard();
      state.ClearMove();
      const int w1 = static_cast<int>(rng() % t.workers);
      const int w2 = static_cast<int>(rng() % t.workers);
      const int first = static_cast<int>(rng() % t.days);
      const int length = 1 + static_cast<int>(rng() % 5);
      for (int d = first; d < std::min(t.days, first + length); ++d) {
        state.Propose(w1, d, static_cast<int>(rng() % (t.types + 1)) - 1);
        if (w2 != w1 && rng() % 2)
          state.Propose(w2, d, static_cast<int>(rng() % (t.types + 1)) - 1);
      }
      const std::optional<ScoreDelta> delta = state.Apply();
      if (!delta) {
        EXPECT_EQ(state.roster(), before);
        continue;
      }
      if (rng() % 2) {
        state.Commit();
        EXPECT_EQ(state.soft(), soft + delta->soft);
        EXPECT_EQ(state.hard(), hard + delta->hard);
      } else {
        state.Undo();
        ASSERT_EQ(state.roster(), before) << "seed " << seed;
        EXPECT_EQ(state.soft(), soft);
      }
      if (move % 50 == 49) {
        ASSERT_TRUE(state.Verify()) << "seed " << seed << " move " << move;
      }
    }
    ASSERT_TRUE(state.Verify()) << "seed " << seed;
  }
}

TEST(SearchState, RefusesCellsThatAreNotAllowed) {
  Model m = testing::WeekModel();
  m.workers[0].days_off = {2};
  const Tables t(m);
  SearchState state(t, Roster(1, 7));
  state.Propose(0, 1, 0);
  state.Propose(0, 2, 0);
  EXPECT_FALSE(state.Apply().has_value());
  EXPECT_EQ(state.roster(), Roster(1, 7));
  EXPECT_TRUE(state.MoveEmpty());
}

}  // namespace
}  // namespace vaktbro::roster
