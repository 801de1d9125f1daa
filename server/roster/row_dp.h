// Internal to the solver: the best way to redo one worker's days inside a
// window while everyone else, and the worker's days outside the window, stay
// as they are (a best response), by dynamic programming over the days.
//
// A label is a partial row up to some day: its last value (a type or off),
// the length of the current stretch, whether that stretch began on day 0,
// the minutes, weekends and shifts of limited types used so far, and its
// cost. Labels respect the forbidden successions, the consecutive-days rules
// with their edge conventions, the per-type and total-minute limits, the
// weekends, blocked cells, and the rest between consecutive days, all
// counted together with the days outside the window; a label that can no
// longer reach the minimum minutes is dropped. Of the labels with the same
// state apart from the per-type counts only the cheapest is kept, and each day
// keeps at most `beam` labels, the cheapest but with a share for each band of
// minutes worked (so that rows still able to reach the minimum survive): a
// heuristic, exact only with an unbounded beam and no binding per-type
// maximum. The rest across days off and the 7-day minutes are not seen: the
// caller re-scores the row it gets.
#ifndef VAKTBRO_SERVER_ROSTER_ROW_DP_H_
#define VAKTBRO_SERVER_ROSTER_ROW_DP_H_

#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "search_tables.h"

namespace vaktbro::roster {

struct DayWindow {
  int begin = 0;  // a Monday (a multiple of 7), so that no weekend is split
  int end = 0;    // exclusive; a multiple of 7 or the horizon's end
};

class RowDp {
 public:
  explicit RowDp(const Tables& tables);
  RowDp(const RowDp&) = delete;
  RowDp& operator=(const RowDp&) = delete;

  // Labels pushed so far, over all calls: a measure of the work done.
  int64_t work() const { return pushes_; }

  // Sets `out` to `row` with the days in `window` replaced by the cheapest
  // choice found, where working (day, type) costs value[day * types + type]
  // and a day off costs 0. Only allowed cells (Tables::Allowed) are worked,
  // and of those none with `blocked` set. False when no choice meets the
  // rules the labels track.
  // REQUIRES: row of size days; value and blocked of size days * types;
  // a window as documented, not empty; beam >= 1.
  bool Solve(int worker, std::span<const int> row, DayWindow window,
             std::span<const int64_t> value, std::span<const uint8_t> blocked,
             int beam, std::vector<int>* out);

 private:
  static constexpr int kTrackedTypes = 8;

  struct Label {
    int64_t cost;
    int minutes;
    int16_t last;  // type or Roster::kOff
    int16_t run;   // length of the current stretch, capped
    int16_t weekends;
    bool edge;  // the current stretch began on day 0
    uint8_t counts[kTrackedTypes];
    int parent;  // index among the previous day's labels
  };

  // What Expand and Fits need to know of the worker, set by Solve.
  struct Limits {
    int max_run =
        0;  // cap on the work run: the maximum, or the minimum without one
    bool check_max_run = false;
    int min_work = 0;
    int min_off = 0;
    int cap_off = 1;  // a run of days off this long satisfies the minimum
    bool exempt_edges = true;
    int min_minutes = 0;  // in the window
    int max_minutes = 0;
    int max_weekends = 0;
    std::optional<int> min_rest;
  };

  void Prepare(int worker, std::span<const int> row, DayWindow window,
               std::span<const uint8_t> blocked);
  Label Entry(std::span<const int> row, int begin) const;
  // Whether a label ending the window at day end - 1 joins the fixed days
  // from `end` on without breaking a rule.
  bool Fits(const Label& l, std::span<const int> row, int end) const;
  void Expand(int day, std::span<const int64_t> value,
              std::span<const uint8_t> blocked, const Label& from,
              int from_index);
  void Push(const Label& label);
  bool Usable(const CellInfo& c, int day,
              std::span<const uint8_t> blocked) const {
    return c.allowed && !blocked[t_.Slot(day, c.type)];
  }
  void KeepBeam(int beam);
  void ClearIndex(size_t expected);

  const Tables& t_;
  Limits limits_;
  int64_t pushes_ = 0;
  int worker_ = 0;
  int begin_ = 0;                  // the window's first day
  int length_ = 0;                 // and its number of days
  std::vector<int> workable_run_;  // per day: days in a row with a cell open
  int minute_band_ = 60;           // KeepBeam's bands: the shortest shift
  std::vector<std::pair<int64_t, int>> order_;  // KeepBeam: (cost, index)
  std::vector<int> band_taken_;
  std::vector<uint8_t> kept_;
  std::vector<int>
      reachable_;  // per day: most minutes from it to the window's end
  std::vector<std::vector<Label>>
      layers_;  // per day of the window: the labels kept
  std::vector<Label> next_;
  // State key -> index in next_, for Push.
  std::vector<uint64_t> keys_;
  std::vector<int> slots_;
  std::vector<uint32_t> stamps_;
  uint32_t stamp_ = 0;
  std::vector<int> tracked_;  // per type: index in Label::counts, or -1
  std::vector<int> limit_;    // per tracked index: shifts left
};

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_ROW_DP_H_
