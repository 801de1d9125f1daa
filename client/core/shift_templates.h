// Presets for the usual Norwegian shifts (dag, kveld, natt) and posting a
// week of shifts at once: one prototype, the weekdays ticked, one shift a
// day.
//
//   const ShiftPreset& night = PresetOf(ShiftPreset::Kind::kNight);
//   std::vector<v1::Shift> week = ExpandWeek(prototype, monday,
//       {true, true, true, true, true, false, false},  // Mon-Fri
//       night.start_minute, night.end_minute);
#ifndef VAKTBRO_CLIENT_CORE_SHIFT_TEMPLATES_H_
#define VAKTBRO_CLIENT_CORE_SHIFT_TEMPLATES_H_

#include <array>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "oslo_time.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::client {

struct ShiftPreset {
  enum class Kind { kDay, kEvening, kNight };
  Kind kind;
  const char* label;  // msgid: "Day", "Evening", "Night"
  const char* title;  // msgid of the default title: "Day shift"...
  int start_minute;   // after local midnight
  int end_minute;     // at or before start: the next day
};

// Day 07:00-15:00, evening 15:00-22:30, night 22:30-07:30 (the next day).
const std::vector<ShiftPreset>& ShiftPresets();
const ShiftPreset& PresetOf(ShiftPreset::Kind kind);

// Monday = index 0.
using Weekdays = std::array<bool, 7>;

// One copy of `prototype` (organisation, unit, title, profession,
// headcount, reason, visibility...) per ticked day of the week starting on
// `monday`, at the given local clock times in `zone`; names, states and
// times of the prototype are replaced. In day order.
std::vector<v1::Shift> ExpandWeek(const v1::Shift& prototype,
                                  absl::CivilDay monday, const Weekdays& days,
                                  int start_minute, int end_minute,
                                  const absl::TimeZone& zone = OsloTimeZone());

// The request id of day `day` (0-6) of a week post, derived from the
// dialog's one id so that posting the week again posts no day twice.
std::string DayRequestId(const std::string& request_id, int day);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_SHIFT_TEMPLATES_H_
