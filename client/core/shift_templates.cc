#include "shift_templates.h"

#include "absl/strings/str_cat.h"
#include "labels.h"

namespace vaktbro::client {

const std::vector<ShiftPreset>& ShiftPresets() {
  static const std::vector<ShiftPreset>* const presets =
      new std::vector<ShiftPreset>{
          {ShiftPreset::Kind::kDay, VAKTBRO_N_("Day"), VAKTBRO_N_("Day shift"),
           7 * 60, 15 * 60},
          {ShiftPreset::Kind::kEvening, VAKTBRO_N_("Evening"),
           VAKTBRO_N_("Evening shift"), 15 * 60, 22 * 60 + 30},
          {ShiftPreset::Kind::kNight, VAKTBRO_N_("Night"),
           VAKTBRO_N_("Night shift"), 22 * 60 + 30, 7 * 60 + 30},
      };
  return *presets;
}

const ShiftPreset& PresetOf(ShiftPreset::Kind kind) {
  for (const ShiftPreset& preset : ShiftPresets()) {
    if (preset.kind == kind) return preset;
  }
  return ShiftPresets().front();
}

std::vector<v1::Shift> ExpandWeek(const v1::Shift& prototype,
                                  absl::CivilDay monday, const Weekdays& days,
                                  int start_minute, int end_minute,
                                  const absl::TimeZone& zone) {
  std::vector<v1::Shift> shifts;
  for (int day = 0; day < 7; ++day) {
    if (!days[day]) continue;
    v1::Shift shift = prototype;
    shift.clear_name();
    shift.clear_state();
    shift.clear_etag();
    shift.clear_filled_count();
    const ShiftTimes times =
        MakeShiftTimes(monday + day, start_minute, end_minute, zone);
    *shift.mutable_start_time() = ToTimestamp(times.start);
    *shift.mutable_end_time() = ToTimestamp(times.end);
    shifts.push_back(std::move(shift));
  }
  return shifts;
}

std::string DayRequestId(const std::string& request_id, int day) {
  return absl::StrCat(request_id, "-d", day);
}

}  // namespace vaktbro::client
