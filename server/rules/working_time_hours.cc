// The rules about amounts of work: hours per 24 h and per week, the average,
// overtime and night work.
#include <algorithm>

#include "absl/strings/str_format.h"
#include "rule_format.h"
#include "working_time_rules.h"

namespace vaktbro::rules {
namespace {

double ToHours(absl::Duration d) { return absl::ToDoubleHours(d); }

// "i døgnet fra A til B" / "in the 24 hours from A to B".
std::string PeriodNb(std::string_view what, absl::Time from, absl::Time to) {
  return absl::StrFormat("i %s fra %s til %s", what,
                         FormatLocalTime(from, Lang::kNb),
                         FormatLocalTime(to, Lang::kNb));
}
std::string PeriodEn(std::string_view what, absl::Time from, absl::Time to) {
  return absl::StrFormat("in the %s from %s to %s", what,
                         FormatLocalTime(from, Lang::kEn),
                         FormatLocalTime(to, Lang::kEn));
}

// Work in the busiest window of `length` containing the candidate, against
// `limit` hours.
std::vector<Breach> WindowCap(const RuleContext& c, absl::Duration length,
                              double limit, std::string_view what_nb,
                              std::string_view what_en) {
  if (ToHours(c.timeline.WorkedAround(c.candidate.start, c.candidate.end,
                                      length)) <= limit) {
    return {};
  }
  const WorkTimeline::Window w =
      c.timeline.BusiestWindow(c.candidate.start, c.candidate.end, length);
  if (ToHours(w.worked) <= limit) return {};
  const absl::Time to = w.start + length;
  return {{ToHours(w.worked), limit,
           absl::StrFormat("%s arbeid %s, med denne vakten; høyst %s.",
                           FormatDuration(w.worked, Lang::kNb),
                           PeriodNb(what_nb, w.start, to),
                           FormatHours(limit, Lang::kNb)),
           absl::StrFormat("%s of work %s, this shift included; at most %s.",
                           FormatDuration(w.worked, Lang::kEn),
                           PeriodEn(what_en, w.start, to),
                           FormatHours(limit, Lang::kEn))}};
}

// Monday 00:00 Oslo of the week holding `t`.
absl::CivilDay MondayOf(absl::Time t) {
  const absl::CivilDay day = OsloDay(t);
  return absl::PrevWeekday(day + 1, absl::Weekday::monday);
}

// At most `cap` hours of overtime over any `weeks` consecutive weeks that
// include a week the candidate touches. REQUIRES: weeks <= kOvertimeReach.
std::vector<Breach> OvertimeCap(const RuleContext& c, int weeks, double cap) {
  if (c.overtime == nullptr) return {};
  const WeeklyOvertime& o = *c.overtime;
  double worst = -1;
  int worst_at = 0;
  for (int i = o.touched_first - (weeks - 1); i <= o.touched_last; ++i) {
    double sum = 0;
    for (int k = 0; k < weeks; ++k) sum += o.hours[i + k];
    if (sum > worst) {
      worst = sum;
      worst_at = i;
    }
  }
  if (worst <= cap) return {};
  const absl::CivilDay start = o.first_monday + 7 * worst_at;
  const std::string threshold_nb = FormatDuration(o.threshold, Lang::kNb);
  const std::string threshold_en = FormatDuration(o.threshold, Lang::kEn);
  const std::string span_nb =
      weeks == 1 ? absl::StrFormat("i uken fra mandag %s",
                                   FormatDate(start, Lang::kNb))
                 : absl::StrFormat("i de %d ukene fra mandag %s", weeks,
                                   FormatDate(start, Lang::kNb));
  const std::string span_en =
      weeks == 1 ? absl::StrFormat("in the week from Monday %s",
                                   FormatDate(start, Lang::kEn))
                 : absl::StrFormat("in the %d weeks from Monday %s", weeks,
                                   FormatDate(start, Lang::kEn));
  return {{worst, cap,
           absl::StrFormat(
               "%s overtid %s, med denne vakten (timer ut over %s i uken hos "
               "denne arbeidsgiveren); høyst %s.",
               FormatHours(worst, Lang::kNb), span_nb, threshold_nb,
               FormatHours(cap, Lang::kNb)),
           absl::StrFormat(
               "%s of overtime %s, this shift included (hours above %s a week "
               "at this employer); at most %s.",
               FormatHours(worst, Lang::kEn), span_en, threshold_en,
               FormatHours(cap, Lang::kEn))}};
}

}  // namespace

WeeklyOvertime ComputeWeeklyOvertime(const WorkTimeline& timeline,
                                     const WorkItem& candidate,
                                     absl::Duration threshold, int reach) {
  const absl::CivilDay first = MondayOf(candidate.start);
  const absl::CivilDay last = MondayOf(candidate.end - absl::Nanoseconds(1));
  WeeklyOvertime o{threshold,
                   first - 7 * (reach - 1),
                   reach - 1,
                   reach - 1 + static_cast<int>((last - first) / 7),
                   {}};
  absl::Duration before =
      timeline.WorkedBefore(OsloTime(o.first_monday, absl::ZeroDuration()));
  for (absl::CivilDay monday = o.first_monday; monday <= last + 7 * (reach - 1);
       monday += 7) {
    const absl::Duration upto =
        timeline.WorkedBefore(OsloTime(monday + 7, absl::ZeroDuration()));
    o.hours.push_back(
        ToHours(std::max(upto - before - threshold, absl::ZeroDuration())));
    before = upto;
  }
  return o;
}

std::vector<Breach> CheckHoursPerDay(const RuleContext& c) {
  return WindowCap(c, kDay, c.rules.max_hours_per_day.value, "døgnet",
                   "24 hours");
}

std::vector<Breach> CheckHoursPerWeek(const RuleContext& c) {
  return WindowCap(c, kWeek, c.rules.max_hours_single_week.value, "de 7 dagene",
                   "7 days");
}

std::vector<Breach> CheckAverageWeek(const RuleContext& c) {
  const int weeks = static_cast<int>(c.rules.averaging_weeks.value);
  const double limit = c.rules.average_hours_per_week.value;
  const absl::Duration around = c.timeline.WorkedAround(
      c.candidate.start, c.candidate.end, kWeek * weeks);
  if (ToHours(around) / weeks <= limit) return {};
  const WorkTimeline::Window w = c.timeline.BusiestWindow(
      c.candidate.start, c.candidate.end, kWeek * weeks);
  const double average = ToHours(w.worked) / weeks;
  if (average <= limit) return {};
  const absl::Time to = w.start + kWeek * weeks;
  return {{average, limit,
           absl::StrFormat(
               "%s per uke i snitt %s, med denne vakten; høyst %s.",
               FormatHours(average, Lang::kNb),
               PeriodNb(absl::StrFormat("de %d ukene", weeks), w.start, to),
               FormatHours(limit, Lang::kNb)),
           absl::StrFormat(
               "%s a week on average %s, this shift included; at most %s.",
               FormatHours(average, Lang::kEn),
               PeriodEn(absl::StrFormat("%d weeks", weeks), w.start, to),
               FormatHours(limit, Lang::kEn))}};
}

std::vector<Breach> CheckOvertimeWeek(const RuleContext& c) {
  return OvertimeCap(c, 1, c.rules.overtime_hours_per_week.value);
}

std::vector<Breach> CheckOvertime4Weeks(const RuleContext& c) {
  return OvertimeCap(c, 4, c.rules.overtime_hours_per_4_weeks.value);
}

std::vector<Breach> CheckOvertimeYear(const RuleContext& c) {
  return OvertimeCap(c, kOvertimeReach,
                     c.rules.overtime_hours_per_52_weeks.value);
}

std::vector<Breach> CheckNight(const RuleContext& c) {
  const RuleSet& r = c.rules;
  const absl::Duration night =
      NightTime(c.candidate.start, c.candidate.end, NightHoursOf(r));
  if (ToHours(night) <= r.night_worker_min_hours.value) return {};
  const int weeks = static_cast<int>(r.night_averaging_weeks.value);
  // The 24-hour periods of the window less the minimum weekly rests.
  const absl::Duration counted =
      kWeek * weeks - absl::Hours(r.weekly_rest_hours.value) * weeks;
  if (counted <= absl::ZeroDuration()) return {};
  const WorkTimeline::Window w = c.timeline.BusiestWindow(
      c.candidate.start, c.candidate.end, kWeek * weeks);
  const double average = ToHours(w.worked) / absl::FDivDuration(counted, kDay);
  const double limit = r.night_max_hours_per_day.value;
  if (average <= limit) return {};
  const absl::Time to = w.start + kWeek * weeks;
  return {
      {average, limit,
       absl::StrFormat(
           "Nattarbeider (%s nattarbeid på denne vakten): %s arbeid per døgn "
           "i snitt %s, med denne vakten og uten ukehvilen; høyst %s.",
           FormatDuration(night, Lang::kNb), FormatHours(average, Lang::kNb),
           PeriodNb(absl::StrFormat("de %d ukene", weeks), w.start, to),
           FormatHours(limit, Lang::kNb)),
       absl::StrFormat(
           "Night worker (%s of night work on this shift): %s of work per "
           "24 hours on average %s, this shift included and the weekly rest "
           "left out; at most %s.",
           FormatDuration(night, Lang::kEn), FormatHours(average, Lang::kEn),
           PeriodEn(absl::StrFormat("%d weeks", weeks), w.start, to),
           FormatHours(limit, Lang::kEn))}};
}

}  // namespace vaktbro::rules
