#include "roster_solver.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "flow_start.h"
#include "local_search.h"
#include "search_tables.h"

namespace vaktbro::roster {

absl::StatusOr<SolveResult> SolveRoster(const Model& model,
                                        const SolverOptions& options) {
  const absl::Time begin = absl::Now();
  if (absl::Status s = ValidateModel(model); !s.ok()) return s;
  if (options.time_limit <= absl::ZeroDuration()) {
    return absl::InvalidArgumentError("time_limit: must be positive");
  }
  const Tables tables(model);
  absl::StatusOr<FlowStart> flow = SolveFlowStart(tables);
  if (!flow.ok()) return flow.status();
  SolveResult result;
  result.stats.flow_seconds = absl::ToDoubleSeconds(absl::Now() - begin);
  absl::StatusOr<CheckResult> flow_check = CheckRoster(model, flow->roster);
  if (!flow_check.ok()) return flow_check.status();
  result.stats.flow_objective = flow_check->objective.total();
  result.stats.flow_violations =
      static_cast<int>(flow_check->violations.size());

  LocalSearchOptions search_options{.deadline = begin + options.time_limit,
                                    .max_iterations = options.max_iterations,
                                    .seed = options.seed};
  LocalSearchOutcome outcome =
      RunLocalSearch(tables, std::move(flow->roster), search_options);
  result.stats.iterations = outcome.iterations;
  result.stats.accepted_moves = outcome.accepted;

  if (!outcome.consistent) {
    return absl::InternalError(
        "local search: incremental scores drifted from a fresh scoring");
  }
  absl::StatusOr<CheckResult> check = CheckRoster(model, outcome.best);
  if (!check.ok()) return check.status();
  if (check->feasible() != outcome.feasible ||
      check->objective.total() != outcome.objective) {
    return absl::InternalError(
        absl::StrCat("solver and checker disagree: solver says objective ",
                     outcome.objective, " hard units ", outcome.hard_units,
                     ", checker ", check->objective.total(), " with ",
                     check->violations.size(), " violations"));
  }
  result.roster = std::move(outcome.best);
  result.feasible = check->feasible();
  result.objective = check->objective;
  result.violations = std::move(check->violations);
  result.stats.seconds = absl::ToDoubleSeconds(absl::Now() - begin);
  return result;
}

}  // namespace vaktbro::roster
