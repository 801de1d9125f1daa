// Internal to the solver. Phase 1: staff the slots with a min-cost flow.
//
//   source -> worker -> (worker, day) [cap 1] -> (day, type) -> sink
//
// The (worker, day) arcs give at most one shift a day; the arcs into a (day,
// type) exist only for allowed cells (days off, bans, eligibility and types
// whose maximum is 0 left out) and cost the cell's cost; the (day, type) ->
// sink arcs earn the under-cover weight for the first `required` people and
// pay the over weight beyond (never beyond Slot::hard_max). The source ->
// worker arc carries an upper bound on the shifts the worker can work (days
// available, maximum minutes over the shortest shift, the per-type maxima,
// the most days the consecutive-days and weekend rules leave), and a bonus on
// the shifts needed to reach the minimum minutes. A source -> sink bypass lets
// unprofitable flow go unused.
//
// What a flow cannot express (sequences, successions, weekends, per-type
// maxima above 0, exact minutes) is left to the local search.
#ifndef VAKTBRO_SERVER_ROSTER_FLOW_START_H_
#define VAKTBRO_SERVER_ROSTER_FLOW_START_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "roster_model.h"
#include "search_tables.h"

namespace vaktbro::roster {

struct FlowStart {
  Roster roster;
  int64_t flow_cost = 0;  // the optimum of the flow, bonuses included
};

// INTERNAL if LEMON reports the flow infeasible or unbounded (a bug: the
// bypass makes it always feasible).
absl::StatusOr<FlowStart> SolveFlowStart(const Tables& tables);

// The most shifts `worker` can work under its per-worker limits (exposed for
// tests).
int MaxShiftsBound(const Tables& tables, int worker);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_FLOW_START_H_
