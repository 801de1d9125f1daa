// The view model of the unit timeline: units by rows, one week (Monday to
// Sunday, Europe/Oslo) across, each shift a bar. The same data as a list,
// one row per shift in time order, for keyboard and screen-reader users.
//
//   TimelineModel model({.translate = tr});
//   model.SetWeek(absl::CivilDay(2026, 11, 23));   // any day: its Monday
//   model.SetUnits(units_of_my_organisation);
//   model.SetShifts(listed);                       // ListShifts of the week
//   for (const TimelineBar& bar : model.bars()) Draw(bar);
//
// Positions are in days from Monday 00:00 local time (0.0 to 7.0) read on
// the wall clock, so a day is always one unit wide, also across a clock
// change; bars are clipped to the week. Shifts that overlap in a row get
// lanes. Cancelled shifts and shifts of units not in SetUnits are left out.
// Not thread-safe.
#ifndef VAKTBRO_CLIENT_CORE_TIMELINE_MODEL_H_
#define VAKTBRO_CLIENT_CORE_TIMELINE_MODEL_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "labels.h"
#include "oslo_time.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::client {

struct TimelineRow {
  std::string unit;   // "units/{id}"
  std::string label;  // its display name
  int lanes = 1;      // bars side by side at most
};

struct TimelineBar {
  enum class Kind { kOpen, kPartlyFilled, kFilled, kOther };
  size_t row = 0;
  int lane = 0;
  double from = 0;  // days from the week's Monday 00:00
  double to = 0;
  Kind kind = Kind::kOpen;
  size_t shift = 0;  // index for shift()
};

enum class TimelineColumn { kDay, kTime, kUnit, kTitle, kStaffed, kState };
inline constexpr int kTimelineColumnCount = 6;

class TimelineModel {
 public:
  struct Options {
    absl::TimeZone zone = OsloTimeZone();
    Translate translate = Identity;
  };

  TimelineModel() : TimelineModel(Options()) {}
  explicit TimelineModel(Options options) : options_(std::move(options)) {}

  // The week containing `day`.
  void SetWeek(absl::CivilDay day);
  absl::CivilDay monday() const { return monday_; }
  // [start, end) of the week as instants, for the listing request.
  absl::Time week_start() const;
  absl::Time week_end() const;

  void SetUnits(const std::vector<v1::Unit>& units);
  void SetShifts(const std::vector<v1::Shift>& shifts);
  // Updates or adds one shift (from WatchShifts); false when it changes
  // nothing on this week's timeline.
  bool Apply(const v1::Shift& shift);

  const std::vector<TimelineRow>& rows() const { return rows_; }
  const std::vector<TimelineBar>& bars() const { return bars_; }
  const v1::Shift& shift(size_t index) const { return shifts_[index]; }

  // "Mon 23.11" for day 0-6.
  std::string DayLabel(int day) const;
  // The bar under (row, position in days) when there is one.
  std::optional<size_t> BarAt(size_t row, int lane, double day) const;

  // The list view: the bars in time order.
  size_t list_size() const { return list_.size(); }
  const TimelineBar& ListBar(size_t row) const { return bars_[list_[row]]; }
  std::string ListCell(size_t row, TimelineColumn column) const;

 private:
  double DayPosition(absl::Time time) const;
  void Rebuild();

  Options options_;
  absl::CivilDay monday_;
  std::vector<TimelineRow> rows_;
  absl::flat_hash_map<std::string, size_t> row_of_unit_;
  std::vector<v1::Shift> shifts_;
  absl::flat_hash_map<std::string, size_t> shift_index_;  // by name
  std::vector<TimelineBar> bars_;
  std::vector<size_t> list_;  // indexes into bars_, by start
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_TIMELINE_MODEL_H_
