// The referee: every hard-rule violation of a roster and its objective,
// computed directly from the Model with no shortcut shared with the solver,
// so that tests can hold one against the other.
//
// The objective is the one the NRP publishers define, plus the assignment
// costs of Model::costs (zero for NRP): the weights of unmet shift-on
// requests, of met shift-off requests, and for every (day, type)
// under_weight * max(0, required - assigned) + over_weight * max(0, assigned
// - required).
#ifndef VAKTBRO_SERVER_ROSTER_ROSTER_CHECK_H_
#define VAKTBRO_SERVER_ROSTER_ROSTER_CHECK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "roster_model.h"

namespace vaktbro::roster {

// The hard rules. For each: what `day`, `type`, `actual` and `limit` of the
// Violation hold (unset fields are nullopt / 0).
enum class Rule {
  kDayOff,                 // day, type; works on one of Worker::days_off
  kNotEligible,            // day, type; a banned or (kListedOnly) unlisted cell
  kForbiddenSuccession,    // day (the first of the two), type (its type),
                           // actual (the type index on the next day)
  kMaxShiftsOfType,        // type; actual = count, limit
  kMaxTotalMinutes,        // actual = minutes, limit
  kMinTotalMinutes,        // actual = minutes, limit
  kMaxConsecutiveDays,     // day = first day of the stretch; actual = length
  kMinConsecutiveDays,     // day = first day of the stretch; actual = length
  kMinConsecutiveDaysOff,  // day = first day off; actual = length
  kMaxWeekends,            // actual = weekends worked, limit
  kMinRest,             // day = day of the later shift; actual = rest minutes
  kMaxMinutesPer7Days,  // day = first day of the window; actual = minutes
  kCoverHardMax,        // no worker; day, type; actual = people, limit
};

std::string_view RuleName(Rule rule);

struct Violation {
  Rule rule = Rule::kDayOff;
  std::optional<int> worker;
  std::optional<int> day;
  std::optional<int> type;
  int64_t actual = 0;
  int64_t limit = 0;

  friend bool operator==(const Violation&, const Violation&) = default;
};

// "max weekends worker B: 3 (limit 2)", for messages and test output.
std::string Describe(const Model& model, const Violation& violation);

struct Objective {
  int64_t shift_on_requests = 0;   // weights of shift-on requests not met
  int64_t shift_off_requests = 0;  // weights of shift-off requests met
  int64_t under_cover = 0;
  int64_t over_cover = 0;
  int64_t assignment_costs = 0;  // sum of Model::costs of the worked cells

  int64_t total() const {
    return shift_on_requests + shift_off_requests + under_cover + over_cover +
           assignment_costs;
  }
};

struct CheckResult {
  // Ordered by worker (cover rules last), then as found.
  std::vector<Violation> violations;
  Objective objective;

  bool feasible() const { return violations.empty(); }
};

// INVALID_ARGUMENT when the model is invalid, when the roster's dimensions
// differ from the model's, or when a cell holds neither kOff nor a type index.
absl::StatusOr<CheckResult> CheckRoster(const Model& model,
                                        const Roster& roster);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_ROSTER_CHECK_H_
