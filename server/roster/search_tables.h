// Internal to the solver: the Model flattened into dense arrays, and the
// per-worker scoring that the local search calls millions of times. The
// checker (roster_check.h) shares none of this code, so tests can compare the
// two.
#ifndef VAKTBRO_SERVER_ROSTER_SEARCH_TABLES_H_
#define VAKTBRO_SERVER_ROSTER_SEARCH_TABLES_H_

#include <cstdint>
#include <span>
#include <vector>

#include "roster_model.h"

namespace vaktbro::roster {

// Hard violations are measured in units of about an hour: a day too many or
// too few (a stretch, a weekend, a forbidden cell...) is 8 units, minutes
// over or under a limit count one unit per started 60 minutes. Zero units
// exactly when the checker finds no violation.
inline constexpr int64_t kDayUnits = 8;
inline constexpr int64_t kMinutesPerUnit = 60;

// REQUIRES: ValidateModel(model).ok(). Holds a reference to the model.
struct Tables {
  explicit Tables(const Model& model);
  Tables(const Tables&) = delete;
  Tables& operator=(const Tables&) = delete;

  size_t Slot(int day, int type) const { return static_cast<size_t>(day) * types + type; }
  size_t Cell(int worker, int day, int type) const {
    return (static_cast<size_t>(worker) * days + day) * types + type;
  }
  // Whether the worker may take this cell at all: not a day off, not banned,
  // listed if the model wants that, and a type whose maximum is not 0.
  bool Allowed(int worker, int day, int type) const { return allowed[Cell(worker, day, type)]; }

  const Model& model;
  int workers = 0;
  int days = 0;
  int types = 0;

  // Per (day, type).
  std::vector<int> minutes;
  std::vector<int> start;  // minutes from the horizon start
  std::vector<int> end;
  std::vector<int> required;
  std::vector<int> hard_max;
  std::vector<int64_t> under_weight;
  std::vector<int64_t> over_weight;

  // Per (worker, day, type): what working the cell adds to the objective
  // (assignment cost + shift-off request weights - shift-on request weights).
  std::vector<int64_t> cell_cost;
  std::vector<uint8_t> allowed;
  // Per worker: the shift-on request weights, paid unless the cell is worked.
  std::vector<int64_t> request_constant;
  // Per worker and type: Worker::max_shifts_per_type, kNoLimit when empty.
  std::vector<int> max_per_type;

  // Per (type, next type): 1 when forbidden on consecutive days.
  std::vector<uint8_t> forbidden_next;
};

struct RowScore {
  int64_t soft = 0;  // the worker's part of the objective
  int64_t hard = 0;  // violation units
};

// Scores one worker's row. Keeps scratch space: one scorer per thread.
class RowScorer {
 public:
  explicit RowScorer(const Tables& tables);

  // REQUIRES: row.size() == tables.days, values kOff or type indexes.
  RowScore Score(int worker, std::span<const int> row);

 private:
  int64_t StretchUnits(const Worker& w, bool working, int length, bool at_edge) const;

  const Tables& t_;
  std::vector<int> per_type_;
  std::vector<int> day_minutes_;
};

// The cover part of the objective and of the hard units for one (day, type)
// staffed by `count` people.
inline int64_t CoverSoft(const Tables& t, size_t slot, int count) {
  const int gap = t.required[slot] - count;
  return gap > 0 ? gap * t.under_weight[slot] : -gap * t.over_weight[slot];
}
inline int64_t CoverHard(const Tables& t, size_t slot, int count) {
  return count > t.hard_max[slot] ? (count - t.hard_max[slot]) * kDayUnits : 0;
}

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_SEARCH_TABLES_H_
