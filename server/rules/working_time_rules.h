// Internal to the rules library: the single working-time rules behind
// CheckWorkingTime (working_time.h, where their semantics are described).
// Each returns its breaches over one timeline; working_time.cc decides the
// severity and whether the timeline is the host's or everyone's.
#ifndef VAKTBRO_SERVER_RULES_WORKING_TIME_RULES_H_
#define VAKTBRO_SERVER_RULES_WORKING_TIME_RULES_H_

#include <string>
#include <vector>

#include "rule_set.h"
#include "work_timeline.h"
#include "working_time.h"

namespace vaktbro::rules {

// Overtime per calendar week (Monday 00:00 Oslo) around the candidate: the
// hours above the weekly threshold, for the weeks the candidate touches and
// `reach` - 1 weeks either side of them.
struct WeeklyOvertime {
  absl::Duration threshold;     // a week's hours that are not overtime
  absl::CivilDay first_monday;  // of hours[0]
  int touched_first = 0;        // indexes of the weeks the candidate touches
  int touched_last = 0;
  std::vector<double> hours;
};
WeeklyOvertime ComputeWeeklyOvertime(const WorkTimeline& timeline,
                                     const WorkItem& candidate,
                                     absl::Duration threshold, int reach);

struct RuleContext {
  const RuleSet& rules;
  const WorkItem& candidate;  // also in `timeline`
  const WorkTimeline& timeline;
  // For the overtime rules, which look at the host only: computed with
  // reach kOvertimeReach. nullptr over all employers.
  const WeeklyOvertime* overtime;
};

// The most weeks an overtime cap spans.
inline constexpr int kOvertimeReach = 52;

// A broken rule: the numbers and the sentences, without the severity.
struct Breach {
  double actual = 0;
  double limit = 0;
  std::string message_nb;
  std::string message_en;
};

using RuleCheck = std::vector<Breach> (*)(const RuleContext&);

// working_time_rest.cc
std::vector<Breach> CheckOverlap(const RuleContext& c);
std::vector<Breach> CheckDailyRest(const RuleContext& c);
std::vector<Breach> CheckWeeklyRest(const RuleContext& c);
std::vector<Breach> CheckSunday(const RuleContext& c);

// working_time_hours.cc
std::vector<Breach> CheckHoursPerDay(const RuleContext& c);
std::vector<Breach> CheckHoursPerWeek(const RuleContext& c);
std::vector<Breach> CheckAverageWeek(const RuleContext& c);
std::vector<Breach> CheckOvertimeWeek(const RuleContext& c);
std::vector<Breach> CheckOvertime4Weeks(const RuleContext& c);
std::vector<Breach> CheckOvertimeYear(const RuleContext& c);
std::vector<Breach> CheckNight(const RuleContext& c);

// The label of `item` in a message: "this shift" for the candidate.
std::string LabelNb(const RuleContext& c, const WorkItem& item);
std::string LabelEn(const RuleContext& c, const WorkItem& item);

// A week and a day: units of the law's "per 7 days" and "per 24 hours".
inline constexpr absl::Duration kDay = absl::Hours(24);
inline constexpr absl::Duration kWeek = absl::Hours(7 * 24);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_WORKING_TIME_RULES_H_
