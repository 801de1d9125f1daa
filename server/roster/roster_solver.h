// The batch assignment optimiser: fills many open shifts at once.
//
// Phase 1 staffs the slots with a min-cost flow (flow_start.h) under the
// limits a flow can express; phase 2 repairs and improves the roster by
// simulated annealing on objective + weight * hard violations, re-scoring only
// the workers a move touches (local_search.h). The result is re-checked with
// CheckRoster (roster_check.h): `objective` and `feasible` are the checker's.
//
// Thread-safe: no shared state; one call uses one thread.
#ifndef VAKTBRO_SERVER_ROSTER_ROSTER_SOLVER_H_
#define VAKTBRO_SERVER_ROSTER_ROSTER_SOLVER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "roster_check.h"
#include "roster_model.h"

namespace vaktbro::roster {

struct SolverOptions {
  // Wall-clock budget for both phases.
  absl::Duration time_limit = absl::Seconds(10);
  // Stops the local search after this many moves (tried, not only kept).
  std::optional<int64_t> max_iterations;
  // The same seed and max_iterations (with a time limit that is not reached)
  // give the same roster.
  uint64_t seed = 1;
};

struct SolverStats {
  int64_t iterations = 0;       // local search moves tried
  int64_t accepted_moves = 0;
  int64_t flow_objective = 0;   // the checker's objective of the flow roster
  int flow_violations = 0;      // the checker's violations of the flow roster
  double flow_seconds = 0;
  double seconds = 0;           // both phases
};

struct SolveResult {
  // The best feasible roster found; when none was found, the roster with the
  // fewest violations, listed in `violations`.
  Roster roster;
  bool feasible = false;
  Objective objective;
  std::vector<Violation> violations;
  SolverStats stats;
};

// INVALID_ARGUMENT for an invalid model or a non-positive time limit;
// INTERNAL if the solver and the checker disagree about the result (a bug).
absl::StatusOr<SolveResult> SolveRoster(const Model& model, const SolverOptions& options);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_ROSTER_SOLVER_H_
