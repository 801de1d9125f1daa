// CheckWorkingTime: would working one more shift keep the working-time rules
// of Arbeidsmiljøloven chapter 10, at the host employer and across employers?
//
// Every rule is evaluated twice. First over the host employer's work alone
// (the candidate and the schedule items whose employer equals the
// candidate's): a break there is the host's own limit and gives kBlock. If
// the host's work keeps the rule and the person has consented, the rule is
// evaluated again over everything the person works: a break there exists
// only in the sum across employers and gives kWarn. Without consent other
// employers' items are not looked at, and one kInfo "consent" finding says so.
//
// The rules, in the order of the findings (rule ids in finding.h):
//
// overlap: the candidate overlaps another item.
// daily_rest: the rest right before and right after the candidate is at
//   least daily_rest_hours; exactly 11 h passes. One finding per side.
// weekly_rest: every 7-day window [e, e + 7 d) that starts at the end e of an
//   item and holds the whole candidate (e <= candidate start, e + 7 d >=
//   candidate end) has a continuous rest of weekly_rest_hours inside it. The
//   first failing window is reported. Why from item ends: windows starting at
//   any instant also start inside rests and fail a Monday-to-Saturday week
//   with Sunday off; EU law reads the 7 days as fixed periods (CJEU C-306/16),
//   so the windows follow the person's own rhythm instead.
// hours_per_day: at most max_hours_per_day in any 24 h holding the candidate.
// hours_per_week: at most max_hours_single_week in any 7 days holding it.
// average_week: at most average_hours_per_week a week on average over any
//   averaging_weeks x 7 days holding it.
// overtime_week, overtime_4w, overtime_year: host only, since overtime is a
//   matter between one employer and the employee (the sum across employers is
//   held by the total limits above). Counted per calendar week (Monday 00:00
//   Oslo): the host's hours above the contract hours. Caps over one week and
//   any 4 and 52 consecutive weeks that include a week the candidate touches.
// sunday: the candidate works a Sunday/holiday period (aml §10-10) and the
//   person also works the period before or after it (aml §10-8 (4)).
//   Severity from the rule set (warn by default); never above kWarn across
//   employers.
// night: if the candidate has more than night_worker_min_hours of night time,
//   the person is taken to be a night worker: the hours in any
//   night_averaging_weeks x 7 days holding the candidate, divided by the
//   24-hour periods in them less the minimum weekly rests (aml §10-11 (6)),
//   are at most night_max_hours_per_day. Overtime hours count too.
// consent: kInfo, without consent only.
//
// Finding::actual and limit are hours (the average a week or per 24 h for
// average_week and night; the overlap for overlap, limit 0), except for
// sunday: 2 consecutive periods worked against 1.
//
// Sums count every item in full; a double booking counts twice. The 24 h and
// 7-day windows are units, not parameters; every limit is from the RuleSet.
//
// Speed: one sort (skipped when the schedule comes sorted), then binary
// searches: about 50 us for a year of history (~250 items) on one core.
// Thread-safe: pure functions of their arguments.
#ifndef VAKTBRO_SERVER_RULES_WORKING_TIME_H_
#define VAKTBRO_SERVER_RULES_WORKING_TIME_H_

#include <string>
#include <vector>

#include "absl/time/time.h"
#include "finding.h"
#include "rule_set.h"

namespace vaktbro::rules {

// Something the person works: [start, end).
struct WorkItem {
  absl::Time start;
  absl::Time end;
  std::string employer;  // "organisations/{id}"; compared for equality only
  std::string label;     // "Natt, Medisin, Vestvik sykehus", used in messages
};

struct WorkingTimeQuery {
  const RuleSet* rules = nullptr;  // the host employer's rule set
  WorkItem candidate;              // the shift considered (employer = host)
  // Everything else the person works, at every employer: accepted exchange
  // shifts and the planned rota. Any order. Must not include the candidate.
  // Items with end <= start are ignored.
  std::vector<WorkItem> schedule;
  bool cross_employer_consent = false;
  // Hours a week at the host above which hours are overtime. 0: not known,
  // use rules->normal_hours_per_week (hours of part-timers up to that are
  // merarbeid, not overtime, under aml §10-6).
  double contract_hours_per_week_at_host = 0;
};

// The findings, in the order of the rules above; within a rule, by time.
// An empty result means every rule is kept.
// REQUIRES: q.rules != nullptr and q.candidate.start < q.candidate.end;
// otherwise the result is one kBlock "invalid_query" finding.
std::vector<Finding> CheckWorkingTime(const WorkingTimeQuery& q);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_WORKING_TIME_H_
