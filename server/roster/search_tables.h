// Internal to the solver: the Model flattened into arrays (dense per (day,
// type), sparse per (worker, day, type)), and the per-worker scoring that the
// local search calls millions of times. The checker (roster_check.h) shares
// none of this code, so tests can compare the two.
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

// One (worker, day, type) the search may look at.
struct CellInfo {
  int type = 0;
  // Not a day off, not banned, listed if the model wants that, and a type
  // whose maximum for the worker is not 0.
  bool allowed = false;
  // What working it adds to the objective: the assignment cost plus the
  // shift-off request weights minus the shift-on request weights.
  int64_t cost = 0;
};

// REQUIRES: ValidateModel(model).ok(). Holds a reference to the model.
struct Tables {
  explicit Tables(const Model& model);
  Tables(const Tables&) = delete;
  Tables& operator=(const Tables&) = delete;

  size_t Slot(int day, int type) const {
    return static_cast<size_t>(day) * types + type;
  }

  // The cells of (worker, day) that are allowed or cost something, by type.
  // Sparse: a vaktbro model lists a few candidates per open shift.
  std::span<const CellInfo> CellsOf(int worker, int day) const {
    const size_t i = static_cast<size_t>(worker) * days + day;
    return {cells.data() + cell_begin[i], cell_begin[i + 1] - cell_begin[i]};
  }
  // Null for a cell that is neither allowed nor costs anything.
  const CellInfo* FindCell(int worker, int day, int type) const;
  bool Allowed(int worker, int day, int type) const {
    const CellInfo* c = FindCell(worker, day, type);
    return c != nullptr && c->allowed;
  }
  int64_t CellCost(int worker, int day, int type) const {
    const CellInfo* c = FindCell(worker, day, type);
    return c == nullptr ? 0 : c->cost;
  }

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

  // CellsOf: the cells of (worker, day) are cells[cell_begin[i] ..
  // cell_begin[i + 1]) with i = worker * days + day.
  std::vector<size_t> cell_begin;
  std::vector<CellInfo> cells;
  int64_t max_abs_cell_cost = 0;
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

// What the rules say about the days around a change to a row: the part of
// the score that days [first, last] can affect, apart from the row totals.
struct LocalScore {
  int64_t soft = 0;     // cell costs of the days
  int64_t hard = 0;     // units of the rules that look at nearby days only
  int64_t minutes = 0;  // worked in [first, last]
  int weekends = 0;     // worked, among the weekends that touch [first, last]
  int days_seen = 0;    // days looked at: a measure of the work done
};

// Scores one worker's row, in full or around a change. Keeps scratch space:
// one scorer per thread.
class RowScorer {
 public:
  explicit RowScorer(const Tables& tables);

  // REQUIRES: row.size() == tables.days, values kOff or type indexes.
  RowScore Score(int worker, std::span<const int> row);

  // The rules that look at nearby days only (cells, successions, rest,
  // stretches, 7-day windows), for the part of the row that days [first,
  // last] can affect: a change inside [first, last] changes the row's score
  // by Local(after) - Local(before) plus the change in Totals.
  // REQUIRES: 0 <= first <= last < days.
  LocalScore Local(int worker, std::span<const int> row, int first,
                   int last) const;

  // The rules on row totals: shifts per type, total minutes, weekends.
  // per_type has one count per type.
  int64_t Totals(int worker, int64_t minutes, int weekends,
                 const int* per_type) const;

 private:
  int64_t StretchUnits(const Worker& w, bool working, int length,
                       bool at_edge) const;

  const Tables& t_;
  std::vector<int> per_type_;
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
