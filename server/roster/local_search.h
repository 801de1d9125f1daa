// Internal to the solver. Phase 2: simulated annealing over whole rosters.
//
// It starts with rounds of best responses: each worker in turn gets the row
// RowDp (row_dp.h) finds best against everyone else's rows, which repairs
// the flow's roster into a feasible one on the NRP instances. The annealing
// then minimises objective + hard_weight * hard units (search_tables.h),
// scoring each move incrementally (search_state.h). Moves: one cell to
// another type or off; two workers swap a day, or a block of days; a block of
// one worker's days to one type or off; a stretch of work one day earlier or
// later; one worker's days in a window of weeks redone by RowDp. A move that
// would put someone on a cell that is not allowed (day off, ban,
// eligibility, type maximum 0) is never made. The hard weight rises while
// the roster is infeasible and falls back to a floor while it is feasible
// (strategic oscillation); the temperature falls geometrically over the
// budget, with a new cycle from the best roster when the best stagnates.
#ifndef VAKTBRO_SERVER_ROSTER_LOCAL_SEARCH_H_
#define VAKTBRO_SERVER_ROSTER_LOCAL_SEARCH_H_

#include <cstdint>
#include <optional>

#include "absl/time/time.h"
#include "roster_model.h"
#include "search_tables.h"

namespace vaktbro::roster {

// The knobs of the search, tuned on the NRP instances; tests and the
// benchmark runner keep the defaults.
struct SearchTuning {
  // Temperature: from start_temperature * the largest under-cover weight
  // down to end_temperature, geometrically over the budget.
  double start_temperature = 0.08;
  double end_temperature = 0.3;
  // A new cooling cycle from the best roster when the best has not improved
  // for this share of the budget.
  double stagnation = 0.2;
  // The floor of the price of a day's worth of hard violation (kDayUnits),
  // as a multiple of the largest weight: 2 means breaking a rule for a day
  // costs more than leaving two people short.
  double min_hard_weight = 2;
  // Share of the work spent on row re-optimisations (RowDp) once the
  // annealing runs, their beam, and their window in weeks.
  double dp_share = 0.2;
  int dp_beam = 25;
  int dp_window_weeks = 4;
  // Before the annealing: rounds of whole-row re-optimisations of every
  // worker (until the roster is feasible), with this beam, and four times it
  // for a worker where it finds nothing.
  int construction_rounds = 3;
  int construction_beam = 200;
};

struct LocalSearchOptions {
  absl::Time deadline = absl::InfiniteFuture();
  std::optional<int64_t> max_iterations;
  uint64_t seed = 1;
  SearchTuning tuning;
};

struct LocalSearchOutcome {
  // The best feasible roster seen, or when none was, the one with the fewest
  // hard units.
  Roster best;
  bool feasible = false;
  int64_t objective = 0;   // of `best`
  int64_t hard_units = 0;  // of `best`
  int64_t iterations = 0;
  int64_t accepted = 0;
  // Whether the incrementally kept score of the final roster matched a
  // fresh scoring: false is a bug.
  bool consistent = true;
};

// REQUIRES: start has the tables' dimensions; a deadline or max_iterations.
// Deterministic for a given seed when stopped by max_iterations alone.
LocalSearchOutcome RunLocalSearch(const Tables& tables, Roster start,
                                  const LocalSearchOptions& options);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_LOCAL_SEARCH_H_
