#include "roster_check.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "absl/strings/str_cat.h"

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;

using CellKey = std::tuple<int, int, int>;  // worker, day, type

// The model's banned and listed cells, looked up per worked cell.
struct CellSets {
  explicit CellSets(const Model& m) {
    for (const Cell& c : m.banned) banned.emplace(c.worker, c.day, c.type);
    for (const CellCost& c : m.costs) {
      listed.emplace(c.cell.worker, c.cell.day, c.cell.type);
    }
  }
  std::set<CellKey> banned;
  std::set<CellKey> listed;
};

// People on each (day, type): counts[day * types + type].
std::vector<int> CountPeople(const Model& m, const Roster& roster) {
  std::vector<int> counts(static_cast<size_t>(m.num_days) * m.types.size(), 0);
  for (int w = 0; w < roster.num_workers(); ++w) {
    for (int d = 0; d < roster.num_days(); ++d) {
      const int t = roster.at(w, d);
      if (t != kOff) ++counts[static_cast<size_t>(d) * m.types.size() + t];
    }
  }
  return counts;
}

// Checks one worker's rules and appends what it finds to `out`.
class WorkerChecker {
 public:
  WorkerChecker(const Model& model, const SlotTable& slots,
                const CellSets& cells, const Roster& roster, int worker,
                std::vector<Violation>* out)
      : model_(model),
        slots_(slots),
        cells_(cells),
        worker_(model.workers[worker]),
        row_(roster.row(worker)),
        index_(worker),
        out_(out) {}

  void Run() {
    CheckCells();
    CheckSuccessions();
    CheckTotals();
    CheckStretches();
    CheckWeekends();
    CheckRest();
    CheckSevenDays();
  }

 private:
  bool Works(int day) const { return row_[day] != kOff; }

  void Add(Rule rule, std::optional<int> day, std::optional<int> type,
           int64_t actual, int64_t limit) {
    out_->push_back(Violation{rule, index_, day, type, actual, limit});
  }

  void CheckCells() {
    std::set<int> days_off(worker_.days_off.begin(), worker_.days_off.end());
    for (int d = 0; d < model_.num_days; ++d) {
      if (!Works(d)) continue;
      if (days_off.contains(d)) Add(Rule::kDayOff, d, row_[d], 1, 0);
      const CellKey key{index_, d, row_[d]};
      const bool unlisted = model_.eligibility == Eligibility::kListedOnly &&
                            !cells_.listed.contains(key);
      if (cells_.banned.contains(key) || unlisted)
        Add(Rule::kNotEligible, d, row_[d], 1, 0);
    }
  }

  void CheckSuccessions() {
    for (int d = 0; d + 1 < model_.num_days; ++d) {
      if (!Works(d) || !Works(d + 1)) continue;
      const std::vector<int>& forbidden = model_.types[row_[d]].forbidden_next;
      if (std::find(forbidden.begin(), forbidden.end(), row_[d + 1]) !=
          forbidden.end()) {
        Add(Rule::kForbiddenSuccession, d, row_[d], row_[d + 1], 0);
      }
    }
  }

  void CheckTotals() {
    std::vector<int64_t> per_type(model_.types.size(), 0);
    int64_t minutes = 0;
    for (int d = 0; d < model_.num_days; ++d) {
      if (!Works(d)) continue;
      ++per_type[row_[d]];
      minutes += slots_.minutes(d, row_[d]);
    }
    for (size_t t = 0;
         t < per_type.size() && !worker_.max_shifts_per_type.empty(); ++t) {
      if (per_type[t] > worker_.max_shifts_per_type[t]) {
        Add(Rule::kMaxShiftsOfType, std::nullopt, static_cast<int>(t),
            per_type[t], worker_.max_shifts_per_type[t]);
      }
    }
    if (minutes > worker_.max_total_minutes) {
      Add(Rule::kMaxTotalMinutes, std::nullopt, std::nullopt, minutes,
          worker_.max_total_minutes);
    }
    if (minutes < worker_.min_total_minutes) {
      Add(Rule::kMinTotalMinutes, std::nullopt, std::nullopt, minutes,
          worker_.min_total_minutes);
    }
  }

  // Each maximal stretch of working days and of days off.
  void CheckStretches() {
    const int n = model_.num_days;
    for (int start = 0; start < n;) {
      int end = start;
      while (end < n && Works(end) == Works(start)) ++end;
      const int length = end - start;
      const bool at_edge = start == 0 || end == n;
      if (Works(start)) {
        if (length > worker_.max_consecutive_days) {
          Add(Rule::kMaxConsecutiveDays, start, std::nullopt, length,
              worker_.max_consecutive_days);
        }
        const bool exempt =
            at_edge && model_.edge_work_stretch == EdgeWorkStretch::kExempt;
        if (length < worker_.min_consecutive_days && !exempt) {
          Add(Rule::kMinConsecutiveDays, start, std::nullopt, length,
              worker_.min_consecutive_days);
        }
      } else if (!at_edge && length < worker_.min_consecutive_days_off) {
        Add(Rule::kMinConsecutiveDaysOff, start, std::nullopt, length,
            worker_.min_consecutive_days_off);
      }
      start = end;
    }
  }

  void CheckWeekends() {
    int worked = 0;
    for (int saturday = 5; saturday < model_.num_days; saturday += 7) {
      const bool sunday = saturday + 1 < model_.num_days && Works(saturday + 1);
      if (Works(saturday) || sunday) ++worked;
    }
    if (worked > worker_.max_weekends) {
      Add(Rule::kMaxWeekends, std::nullopt, std::nullopt, worked,
          worker_.max_weekends);
    }
  }

  void CheckRest() {
    if (!worker_.min_rest_minutes) return;
    std::optional<int> previous_end;
    for (int d = 0; d < model_.num_days; ++d) {
      if (!Works(d)) continue;
      const TimeWindow w = slots_.window(d, row_[d]);
      if (previous_end &&
          w.start_minute - *previous_end < *worker_.min_rest_minutes) {
        Add(Rule::kMinRest, d, row_[d], w.start_minute - *previous_end,
            *worker_.min_rest_minutes);
      }
      previous_end = w.end_minute;
    }
  }

  void CheckSevenDays() {
    if (!worker_.max_minutes_per_7_days) return;
    const int last_start = std::max(0, model_.num_days - 7);
    for (int first = 0; first <= last_start; ++first) {
      int64_t minutes = 0;
      for (int d = first; d < std::min(first + 7, model_.num_days); ++d) {
        if (Works(d)) minutes += slots_.minutes(d, row_[d]);
      }
      if (minutes > *worker_.max_minutes_per_7_days) {
        Add(Rule::kMaxMinutesPer7Days, first, std::nullopt, minutes,
            *worker_.max_minutes_per_7_days);
      }
    }
  }

  const Model& model_;
  const SlotTable& slots_;
  const CellSets& cells_;
  const Worker& worker_;
  std::span<const int> row_;
  int index_;
  std::vector<Violation>* out_;
};

absl::Status CheckShape(const Model& model, const Roster& roster) {
  if (roster.num_workers() != static_cast<int>(model.workers.size()) ||
      roster.num_days() != model.num_days) {
    return absl::InvalidArgumentError(absl::StrCat(
        "roster: ", roster.num_workers(), " workers x ", roster.num_days(),
        " days, model has ", model.workers.size(), " x ", model.num_days));
  }
  const int num_types = static_cast<int>(model.types.size());
  for (int w = 0; w < roster.num_workers(); ++w) {
    for (int d = 0; d < roster.num_days(); ++d) {
      const int t = roster.at(w, d);
      if (t != kOff && (t < 0 || t >= num_types)) {
        return absl::InvalidArgumentError(
            absl::StrCat("roster: worker ", w, " day ", d, " holds ", t));
      }
    }
  }
  return absl::OkStatus();
}

Objective ComputeObjective(const Model& model, const Roster& roster,
                           const std::vector<int>& people) {
  Objective o;
  for (const Request& r : model.requests) {
    const bool assigned = roster.at(r.worker, r.day) == r.type;
    if (r.kind == RequestKind::kOn && !assigned)
      o.shift_on_requests += r.weight;
    if (r.kind == RequestKind::kOff && assigned)
      o.shift_off_requests += r.weight;
  }
  for (const CellCost& c : model.costs) {
    if (roster.at(c.cell.worker, c.cell.day) == c.cell.type)
      o.assignment_costs += c.cost;
  }
  for (const Slot& s : model.slots) {
    const int64_t assigned =
        people[static_cast<size_t>(s.day) * model.types.size() + s.type];
    o.under_cover +=
        s.under_weight * std::max<int64_t>(0, s.required - assigned);
    o.over_cover += s.over_weight * std::max<int64_t>(0, assigned - s.required);
  }
  return o;
}

}  // namespace

std::string_view RuleName(Rule rule) {
  switch (rule) {
    case Rule::kDayOff:
      return "day off";
    case Rule::kNotEligible:
      return "not eligible";
    case Rule::kForbiddenSuccession:
      return "forbidden succession";
    case Rule::kMaxShiftsOfType:
      return "max shifts of type";
    case Rule::kMaxTotalMinutes:
      return "max total minutes";
    case Rule::kMinTotalMinutes:
      return "min total minutes";
    case Rule::kMaxConsecutiveDays:
      return "max consecutive days";
    case Rule::kMinConsecutiveDays:
      return "min consecutive days";
    case Rule::kMinConsecutiveDaysOff:
      return "min consecutive days off";
    case Rule::kMaxWeekends:
      return "max weekends";
    case Rule::kMinRest:
      return "min rest";
    case Rule::kMaxMinutesPer7Days:
      return "max minutes per 7 days";
    case Rule::kCoverHardMax:
      return "cover hard max";
  }
  return "unknown rule";
}

std::string Describe(const Model& model, const Violation& v) {
  std::string out(RuleName(v.rule));
  if (v.worker) absl::StrAppend(&out, " worker ", model.workers[*v.worker].id);
  if (v.day) absl::StrAppend(&out, " day ", *v.day);
  if (v.type) absl::StrAppend(&out, " type ", model.types[*v.type].id);
  absl::StrAppend(&out, ": ", v.actual, " (limit ", v.limit, ")");
  return out;
}

absl::StatusOr<CheckResult> CheckRoster(const Model& model,
                                        const Roster& roster) {
  if (absl::Status s = ValidateModel(model); !s.ok()) return s;
  if (absl::Status s = CheckShape(model, roster); !s.ok()) return s;
  const SlotTable slots(model);
  const CellSets cells(model);
  CheckResult result;
  for (int w = 0; w < roster.num_workers(); ++w) {
    WorkerChecker(model, slots, cells, roster, w, &result.violations).Run();
  }
  const std::vector<int> people = CountPeople(model, roster);
  for (const Slot& s : model.slots) {
    const int assigned =
        people[static_cast<size_t>(s.day) * model.types.size() + s.type];
    if (assigned > s.hard_max) {
      result.violations.push_back(Violation{Rule::kCoverHardMax, std::nullopt,
                                            s.day, s.type, assigned,
                                            s.hard_max});
    }
  }
  result.objective = ComputeObjective(model, roster, people);
  return result;
}

}  // namespace vaktbro::roster
