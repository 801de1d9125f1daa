// The solver's fast scoring against the checker.
#include "search_tables.h"

#include <random>

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
      const Roster r = testing::RandomRoster(
          m, seed * 7 + static_cast<uint64_t>(share * 10), share);
      absl::StatusOr<CheckResult> check = CheckRoster(m, r);
      ASSERT_TRUE(check.ok()) << check.status();
      const Totals totals = ScoreWithTables(m, r);
      ASSERT_EQ(totals.objective, check->objective.total())
          << "seed " << seed << "\n"
          << FormatRoster(m, r);
      ASSERT_EQ(totals.hard == 0, check->feasible()) << "seed " << seed << "\n"
                                                     << FormatRoster(m, r);
      feasible += check->feasible();
    }
  }
  EXPECT_GT(feasible, 10);  // both outcomes were exercised
}

// A change inside [first, last] moves the full score by the change of Local
// plus the change of Totals.
TEST(RowScorer, LocalPlusTotalsTracksTheFullScore) {
  std::mt19937_64 rng(7);
  for (uint64_t seed = 1; seed <= 300; ++seed) {
    const Model m = testing::RandomModel(seed);
    const Tables t(m);
    RowScorer scorer(t);
    Roster r = testing::RandomRoster(m, seed, 0.5);
    for (int trial = 0; trial < 20; ++trial) {
      const int w = static_cast<int>(rng() % t.workers);
      const int first = static_cast<int>(rng() % t.days);
      const int last =
          std::min(t.days - 1, first + static_cast<int>(rng() % 8));
      auto totals = [&](const Roster& roster) {
        std::vector<int> per_type(t.types, 0);
        for (int v : roster.row(w)) {
          if (v != Roster::kOff) ++per_type[v];
        }
        const LocalScore all = scorer.Local(w, roster.row(w), 0, t.days - 1);
        return scorer.Totals(w, all.minutes, all.weekends, per_type.data());
      };
      const RowScore old_score = scorer.Score(w, r.row(w));
      const LocalScore old_local = scorer.Local(w, r.row(w), first, last);
      const int64_t old_totals = totals(r);
      for (int d = first; d <= last; ++d) {
        if (rng() % 2) r.set(w, d, static_cast<int>(rng() % (t.types + 1)) - 1);
      }
      const RowScore new_score = scorer.Score(w, r.row(w));
      const LocalScore new_local = scorer.Local(w, r.row(w), first, last);
      ASSERT_EQ(new_score.soft - old_score.soft,
                new_local.soft - old_local.soft)
          << seed;
      ASSERT_EQ(new_score.hard - old_score.hard,
                new_local.hard - old_local.hard + totals(r) - old_totals)
          << "seed " << seed << " days " << first << ".." << last << "\n"
          << FormatRoster(m, r);
    }
  }
}

TEST(RowScorer, HandMadeUnits) {
  Model m = testing::WeekModel();
  m.workers[0].max_consecutive_days = 2;
  m.workers[0].min_total_minutes = 3000;
  const Tables t(m);
  RowScorer scorer(t);
  // Four days in a row: 2 days too many; 1920 of 3000 minutes: 18 hours short.
  const RowScore s =
      scorer.Score(0, testing::MakeRoster(m, {"DDDD---"}).row(0));
  EXPECT_EQ(s.hard, 2 * kDayUnits + 18);
  EXPECT_EQ(s.soft, 0);
}

}  // namespace
}  // namespace vaktbro::roster
