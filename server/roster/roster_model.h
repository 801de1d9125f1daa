// The rostering model: who may work which shift on which day, under which
// rules, and what a roster costs. One model serves both the Curtois & Qu nurse
// rostering benchmark (nrp_format.h) and vaktbro's batch assignment, where the
// open shifts are the slots, the eligible people the workers, and the
// working-time law gives the limits.
//
// A roster gives each worker at most one shift a day (a single cell per worker
// and day): both NRP and vaktbro forbid two shifts on one day, so the rule is
// built into the representation rather than checked.
//
// Conventions that matter for sequence rules:
//  - day 0 is a Monday; Saturday and Sunday (day % 7 in {5, 6}) are weekends;
//  - the day before and the day after the horizon are days off: a succession
//    rule never fires across the edges, and a stretch of work touching an edge
//    counts with its in-horizon length for the maximum;
//  - a stretch of days off touching an edge continues outside the horizon, so
//    the minimum-days-off rule never applies to it; for the minimum of
//    consecutive working days see EdgeWorkStretch.
//
// Plain structs, copyable, no invariants beyond ValidateModel().
#ifndef VAKTBRO_SERVER_ROSTER_ROSTER_MODEL_H_
#define VAKTBRO_SERVER_ROSTER_ROSTER_MODEL_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/status/status.h"

namespace vaktbro::roster {

// An upper limit that does not limit anything.
inline constexpr int kNoLimit = std::numeric_limits<int>::max();
inline constexpr int kMinutesPerDay = 24 * 60;

inline bool IsWeekendDay(int day) { return day % 7 >= 5; }

// A kind of shift, e.g. "D" (day) or "N" (night).
struct ShiftType {
  std::string id;
  int length_minutes = 0;
  // Minute of the day at which it starts (NRP has none: 0). Used only by the
  // minimum rest rule.
  int start_minute = 0;
  // Indexes of the types that may not be worked on the day after this one.
  std::vector<int> forbidden_next;
};

// Minutes counted from 00:00 of day 0.
struct TimeWindow {
  int start_minute = 0;
  int end_minute = 0;
};

// The staffing wanted for one type on one day. A (day, type) without a Slot
// wants nobody and costs nothing either way.
struct Slot {
  int day = 0;
  int type = 0;
  int required = 0;
  int64_t under_weight = 0;  // paid per person missing below `required`
  int64_t over_weight = 0;   // paid per person above `required`
  // More than this many people is a hard violation (vaktbro: `required`).
  int hard_max = kNoLimit;
  // Explicit times (vaktbro's open shifts); by default day * 1440 +
  // type.start_minute, lasting type.length_minutes. The length of the window
  // is then what the worker's minute limits count.
  std::optional<TimeWindow> time;
};

// One person and the limits of their contract. All limits are hard.
struct Worker {
  std::string id;
  // One entry per shift type, or empty for no per-type limits.
  std::vector<int> max_shifts_per_type;
  int max_total_minutes = kNoLimit;
  int min_total_minutes = 0;
  int max_consecutive_days = kNoLimit;  // working days in a row
  int min_consecutive_days = 0;
  int min_consecutive_days_off = 0;
  int max_weekends = kNoLimit;  // a weekend is worked if Saturday or Sunday is
  std::vector<int> days_off;    // days on which the worker must not work
  // Minutes between the end of one worked shift and the start of the next.
  std::optional<int> min_rest_minutes;
  // Minutes of the shifts starting within any 7 consecutive days.
  std::optional<int> max_minutes_per_7_days;
};

enum class RequestKind {
  kOn,   // the worker asks for this shift: weight paid if NOT assigned
  kOff,  // the worker asks not to work it: weight paid if assigned
};

struct Request {
  int worker = 0;
  int day = 0;
  int type = 0;
  int64_t weight = 0;
  RequestKind kind = RequestKind::kOn;
};

// One (worker, day, type) combination.
struct Cell {
  int worker = 0;
  int day = 0;
  int type = 0;
};

// A cost paid when the worker works that shift (vaktbro: from the candidate
// scores; may be negative to express a preference).
struct CellCost {
  Cell cell;
  int64_t cost = 0;
};

enum class Eligibility {
  kOpen,        // every cell may be worked unless banned or a day off
  kListedOnly,  // only cells listed in Model::costs may be worked
};

// Whether the minimum of consecutive working days applies to a stretch of
// work that touches the first or the last day of the horizon.
enum class EdgeWorkStretch {
  // Not checked: the publishers' integer programme (NRP) only constrains
  // stretches that lie strictly inside the horizon; right for any roster
  // whose neighbours are unknown.
  kExempt,
  // Checked: the days outside the horizon are taken as days off.
  kChecked,
};

struct Model {
  int num_days = 0;
  std::vector<ShiftType> types;
  std::vector<Worker> workers;
  std::vector<Slot> slots;  // at most one per (day, type)
  std::vector<Request> requests;
  std::vector<CellCost> costs;  // at most one per cell
  std::vector<Cell> banned;     // cells that may not be worked
  Eligibility eligibility = Eligibility::kOpen;
  EdgeWorkStretch edge_work_stretch = EdgeWorkStretch::kExempt;
};

// OK, or INVALID_ARGUMENT naming the first inconsistency (an index out of
// range, a negative length or weight, a duplicate slot or cost, min > max...).
absl::Status ValidateModel(const Model& model);

// A worker's shift on each day. Values: a type index or kOff.
class Roster {
 public:
  static constexpr int kOff = -1;

  Roster() = default;
  // Everyone off every day.
  Roster(int num_workers, int num_days);

  int num_workers() const { return num_workers_; }
  int num_days() const { return num_days_; }
  // REQUIRES: 0 <= worker < num_workers(), 0 <= day < num_days().
  int at(int worker, int day) const { return cells_[Index(worker, day)]; }
  void set(int worker, int day, int type_or_off) {
    cells_[Index(worker, day)] = type_or_off;
  }
  std::span<const int> row(int worker) const {
    return {cells_.data() + static_cast<size_t>(worker) * num_days_,
            static_cast<size_t>(num_days_)};
  }
  std::span<int> mutable_row(int worker) {
    return {cells_.data() + static_cast<size_t>(worker) * num_days_,
            static_cast<size_t>(num_days_)};
  }

  friend bool operator==(const Roster&, const Roster&) = default;

 private:
  size_t Index(int worker, int day) const {
    return static_cast<size_t>(worker) * num_days_ + day;
  }

  int num_workers_ = 0;
  int num_days_ = 0;
  std::vector<int> cells_;
};

// Model::slots by (day, type). Unlisted pairs read as a Slot that wants
// nobody. REQUIRES: a valid model, which must outlive the table.
class SlotTable {
 public:
  explicit SlotTable(const Model& model);
  SlotTable(const SlotTable&) = delete;
  SlotTable& operator=(const SlotTable&) = delete;

  const Slot& at(int day, int type) const;
  // The shift's start and end in minutes from the horizon start, honouring
  // Slot::time.
  TimeWindow window(int day, int type) const;
  int minutes(int day, int type) const {
    const TimeWindow w = window(day, type);
    return w.end_minute - w.start_minute;
  }

 private:
  const Model& model_;
  std::vector<int> index_;  // [day * types + type] -> index in slots, or -1
  Slot empty_;
};

// "A: D D - N ..." one line per worker, "-" for off; for test failures and
// logs.
std::string FormatRoster(const Model& model, const Roster& roster);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_ROSTER_MODEL_H_
