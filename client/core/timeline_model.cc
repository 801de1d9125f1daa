#include "timeline_model.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "absl/strings/str_cat.h"

namespace vaktbro::client {
namespace {

TimelineBar::Kind KindOf(v1::Shift::State state) {
  switch (state) {
    case v1::Shift::OPEN:
      return TimelineBar::Kind::kOpen;
    case v1::Shift::PARTLY_FILLED:
      return TimelineBar::Kind::kPartlyFilled;
    case v1::Shift::FILLED:
    case v1::Shift::COMPLETED:
      return TimelineBar::Kind::kFilled;
    default:
      return TimelineBar::Kind::kOther;
  }
}

absl::CivilDay MondayOf(absl::CivilDay day) {
  while (absl::GetWeekday(day) != absl::Weekday::monday) --day;
  return day;
}

}  // namespace

void TimelineModel::SetWeek(absl::CivilDay day) {
  monday_ = MondayOf(day);
  Rebuild();
}

absl::Time TimelineModel::week_start() const {
  return StartOfDay(monday_, options_.zone);
}

absl::Time TimelineModel::week_end() const {
  return StartOfDay(monday_ + 7, options_.zone);
}

void TimelineModel::SetUnits(const std::vector<v1::Unit>& units) {
  rows_.clear();
  row_of_unit_.clear();
  for (const v1::Unit& unit : units) {
    row_of_unit_[unit.name()] = rows_.size();
    rows_.push_back({.unit = unit.name(), .label = unit.display_name()});
  }
  Rebuild();
}

void TimelineModel::SetShifts(const std::vector<v1::Shift>& shifts) {
  shifts_.clear();
  shift_index_.clear();
  for (const v1::Shift& shift : shifts) {
    shift_index_[shift.name()] = shifts_.size();
    shifts_.push_back(shift);
  }
  Rebuild();
}

bool TimelineModel::Apply(const v1::Shift& shift) {
  auto it = shift_index_.find(shift.name());
  if (it != shift_index_.end()) {
    shifts_[it->second] = shift;
  } else {
    const absl::Time start = FromTimestamp(shift.start_time());
    const absl::Time end = FromTimestamp(shift.end_time());
    if (end <= week_start() || start >= week_end()) return false;
    if (!row_of_unit_.contains(shift.unit())) return false;
    shift_index_[shift.name()] = shifts_.size();
    shifts_.push_back(shift);
  }
  Rebuild();
  return true;
}

double TimelineModel::DayPosition(absl::Time time) const {
  const absl::CivilSecond local = absl::ToCivilSecond(time, options_.zone);
  const double seconds =
      static_cast<double>(local - absl::CivilSecond(monday_));
  return std::clamp(seconds / 86400.0, 0.0, 7.0);
}

void TimelineModel::Rebuild() {
  bars_.clear();
  for (size_t i = 0; i < shifts_.size(); ++i) {
    const v1::Shift& shift = shifts_[i];
    if (shift.state() == v1::Shift::CANCELLED) continue;
    auto row = row_of_unit_.find(shift.unit());
    if (row == row_of_unit_.end()) continue;
    const double from = DayPosition(FromTimestamp(shift.start_time()));
    const double to = DayPosition(FromTimestamp(shift.end_time()));
    if (to <= from) continue;  // outside the week
    bars_.push_back({.row = row->second,
                     .from = from,
                     .to = to,
                     .kind = KindOf(shift.state()),
                     .shift = i});
  }
  std::sort(bars_.begin(), bars_.end(),
            [this](const TimelineBar& a, const TimelineBar& b) {
              return std::tie(a.row, a.from, shifts_[a.shift].name()) <
                     std::tie(b.row, b.from, shifts_[b.shift].name());
            });
  // Lanes: each bar takes the first lane whose last bar has ended.
  for (TimelineRow& row : rows_) row.lanes = 1;
  std::vector<double> lane_ends;
  size_t current_row = static_cast<size_t>(-1);
  for (TimelineBar& bar : bars_) {
    if (bar.row != current_row) {
      current_row = bar.row;
      lane_ends.clear();
    }
    size_t lane = 0;
    while (lane < lane_ends.size() && lane_ends[lane] > bar.from) ++lane;
    if (lane == lane_ends.size()) lane_ends.push_back(0);
    lane_ends[lane] = bar.to;
    bar.lane = static_cast<int>(lane);
    rows_[bar.row].lanes =
        std::max(rows_[bar.row].lanes, static_cast<int>(lane) + 1);
  }
  list_.resize(bars_.size());
  std::iota(list_.begin(), list_.end(), 0);
  std::stable_sort(list_.begin(), list_.end(), [this](size_t a, size_t b) {
    return std::tie(bars_[a].from, bars_[a].row) <
           std::tie(bars_[b].from, bars_[b].row);
  });
}

std::string TimelineModel::DayLabel(int day) const {
  const absl::CivilDay date = monday_ + day;
  return absl::StrCat(options_.translate(WeekdayLabel(day)), " ",
                      absl::FormatCivilTime(date).substr(8, 2), ".",
                      absl::FormatCivilTime(date).substr(5, 2));
}

std::optional<size_t> TimelineModel::BarAt(size_t row, int lane,
                                           double day) const {
  for (size_t i = 0; i < bars_.size(); ++i) {
    const TimelineBar& bar = bars_[i];
    if (bar.row == row && bar.lane == lane && bar.from <= day && day < bar.to) {
      return i;
    }
  }
  return std::nullopt;
}

std::string TimelineModel::ListCell(size_t row, TimelineColumn column) const {
  const TimelineBar& bar = ListBar(row);
  const v1::Shift& shift = shifts_[bar.shift];
  const absl::Time start = FromTimestamp(shift.start_time());
  switch (column) {
    case TimelineColumn::kDay:
      return absl::StrCat(
          options_.translate(WeekdayLabel(static_cast<int>(
              ((absl::ToCivilDay(start, options_.zone) - monday_) % 7 + 7) %
              7))),
          " ",
          absl::FormatTime("%d.%m.%Y", start, options_.zone));
    case TimelineColumn::kTime:
      return absl::StrCat(
          absl::FormatTime("%H:%M", start, options_.zone), "-",
          absl::FormatTime("%H:%M", FromTimestamp(shift.end_time()),
                           options_.zone));
    case TimelineColumn::kUnit:
      return rows_[bar.row].label;
    case TimelineColumn::kTitle:
      return shift.title();
    case TimelineColumn::kStaffed:
      return absl::StrCat(shift.filled_count(), "/", shift.headcount());
    case TimelineColumn::kState:
      return options_.translate(StateLabel(shift.state()));
  }
  return "";
}

}  // namespace vaktbro::client
