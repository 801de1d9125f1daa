// The batch assignment optimiser: fills many open shifts at once.
//
// Phase 1 staffs the slots with a min-cost flow under the limits a flow can
// express (flow_start.h). Phase 2 first repairs that roster by best
// responses (each worker's whole row redone by dynamic programming against
// the others, row_dp.h), then anneals on objective + weight * hard
// violations, scoring each move incrementally (local_search.h,
// search_state.h). The result is re-checked with CheckRoster
// (roster_check.h): `objective`, `feasible` and `violations` are the
// checker's. DESIGN.md tells the whole story.
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
  int64_t iterations = 0;  // local search moves tried
  int64_t accepted_moves = 0;
  int64_t flow_objective = 0;  // the checker's objective of the flow roster
  int flow_violations = 0;     // the checker's violations of the flow roster
  double flow_seconds = 0;
  double seconds = 0;  // both phases
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
absl::StatusOr<SolveResult> SolveRoster(const Model& model,
                                        const SolverOptions& options);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_ROSTER_SOLVER_H_
