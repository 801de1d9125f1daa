// RowDp against brute force: with a beam wide enough to keep every label it
// finds the cheapest row the checker accepts. With a per-type maximum that
// binds it may miss it (labels that differ only in per-type counts keep the
// cheapest), but never finds a row the brute force does not know.
#include "row_dp.h"

#include <random>

#include "gtest/gtest.h"
#include "roster_check.h"
#include "search_tables.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;

// A random model without the rules RowDp does not track (rest across days
// off, 7-day minutes), with one worker.
Model DpModel(uint64_t seed) {
  Model m = testing::RandomModel(seed);
  m.num_days = std::min(m.num_days, seed % 2 == 0 ? 14 : 9);
  m.slots.clear();
  m.requests.clear();
  m.costs.clear();
  m.banned.clear();
  m.eligibility = Eligibility::kOpen;
  m.workers.resize(1);
  Worker& w = m.workers[0];
  w.min_rest_minutes.reset();
  w.max_minutes_per_7_days.reset();
  std::erase_if(w.days_off, [&](int d) { return d >= m.num_days; });
  return m;
}

struct Best {
  bool found = false;
  int64_t cost = 0;
};

// Every row that keeps `row` outside the window, by enumeration; RowScorer
// (held to the checker by search_tables_test) judges feasibility, for speed.
Best BruteForce(const Model& m, const std::vector<int>& row, DayWindow window,
                const std::vector<int64_t>& value) {
  const Tables t(m);
  RowScorer scorer(t);
  const int types = static_cast<int>(m.types.size());
  const int length = window.end - window.begin;
  int64_t combinations = 1;
  for (int i = 0; i < length; ++i) combinations *= types + 1;
  Best best;
  Roster r(1, m.num_days);
  for (int d = 0; d < m.num_days; ++d) r.set(0, d, row[d]);
  for (int64_t code = 0; code < combinations; ++code) {
    int64_t rest = code, cost = 0;
    for (int i = 0; i < length; ++i) {
      const int v = static_cast<int>(rest % (types + 1)) - 1;
      rest /= types + 1;
      r.set(0, window.begin + i, v);
      if (v != kOff)
        cost += value[static_cast<size_t>(window.begin + i) * types + v];
    }
    if (scorer.Score(0, r.row(0)).hard > 0) continue;
    if (!best.found || cost < best.cost) best = {true, cost};
  }
  return best;
}

TEST(RowDp, MatchesBruteForce) {
  int compared = 0, feasible = 0, exact = 0;
  for (uint64_t seed = 1; seed <= 300; ++seed) {
    const Model m = DpModel(seed);
    const Tables t(m);
    std::mt19937_64 rng(seed);
    std::vector<int64_t> value(static_cast<size_t>(t.days) * t.types);
    std::vector<uint8_t> blocked(value.size());
    for (int d = 0; d < t.days; ++d) {
      for (int type = 0; type < t.types; ++type) {
        value[t.Slot(d, type)] = static_cast<int64_t>(rng() % 41) - 20;
        blocked[t.Slot(d, type)] = !t.Allowed(0, d, type);
      }
    }
    // The whole horizon from an empty row, or the first or the second week
    // of a feasible row found for other values.
    std::vector<int> row(t.days, kOff);
    DayWindow window{0, t.days};
    RowDp dp(t);
    std::vector<int> out;
    if (seed % 2 == 0 && t.days > 8) {
      std::vector<int64_t> other(value.size());
      for (int64_t& v : other) v = static_cast<int64_t>(rng() % 41) - 20;
      if (!dp.Solve(0, row, window, other, blocked, 1 << 20, &row)) continue;
      window =
          seed % 4 == 0 ? DayWindow{0, 7} : DayWindow{7, std::min(t.days, 14)};
    }
    const Best best = BruteForce(m, row, window, value);
    const bool found = dp.Solve(0, row, window, value, blocked, 1 << 20, &out);
    bool type_limit_binds = false;
    for (int max : m.workers[0].max_shifts_per_type)
      type_limit_binds |= max < t.days;
    if (type_limit_binds) {
      ASSERT_TRUE(!found || best.found) << "seed " << seed;
    } else {
      ASSERT_EQ(found, best.found) << "seed " << seed;
    }
    ++compared;
    if (!found) continue;
    ++feasible;
    Roster r(1, t.days);
    int64_t cost = 0;
    for (int d = 0; d < t.days; ++d) {
      r.set(0, d, out[d]);
      if (d < window.begin || d >= window.end) {
        ASSERT_EQ(out[d], row[d])
            << "seed " << seed << ": changed a day outside the window";
      } else if (out[d] != kOff) {
        cost += value[t.Slot(d, out[d])];
      }
    }
    absl::StatusOr<CheckResult> check = CheckRoster(m, r);
    ASSERT_TRUE(check.ok());
    ASSERT_TRUE(check->feasible())
        << "seed " << seed << ": " << Describe(m, check->violations.front());
    if (type_limit_binds) {
      EXPECT_GE(cost, best.cost) << "seed " << seed;
    } else {
      EXPECT_EQ(cost, best.cost) << "seed " << seed;
    }
    exact += !type_limit_binds;
  }
  EXPECT_GT(compared, 200);
  EXPECT_GT(feasible, 50);
  EXPECT_GT(exact, 25);
}

}  // namespace
}  // namespace vaktbro::roster
