#include "employee_meters.h"

#include <algorithm>
#include <utility>

#include "oslo_time.h"

namespace vaktbro::client {
namespace {

constexpr double kWeeksPerMonth = 52.0 / 12.0;
constexpr double kNearShare = 0.75;

using Interval = std::pair<absl::Time, absl::Time>;

bool Works(const CalendarEntry& e) {
  return e.kind != CalendarEntry::Kind::kOffered && e.end > e.start;
}

// The work intervals clipped to [from, to), merged where they overlap or
// touch, in order.
std::vector<Interval> Merged(const std::vector<CalendarEntry>& entries,
                             absl::Time from, absl::Time to) {
  std::vector<Interval> clipped;
  for (const CalendarEntry& e : entries) {
    if (!Works(e) || e.end <= from || e.start >= to) continue;
    clipped.emplace_back(std::max(e.start, from), std::min(e.end, to));
  }
  std::sort(clipped.begin(), clipped.end());
  std::vector<Interval> merged;
  for (const Interval& i : clipped) {
    if (!merged.empty() && i.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, i.second);
    } else {
      merged.push_back(i);
    }
  }
  return merged;
}

double Hours(absl::Duration d) { return absl::ToDoubleHours(d); }

MeterLevel Share(double value, double limit) {
  if (value + 1e-9 >= limit) return MeterLevel::kOver;
  if (value >= kNearShare * limit) return MeterLevel::kNear;
  return MeterLevel::kOk;
}

}  // namespace

HoursMeter WeekHours(const std::vector<CalendarEntry>& entries,
                     absl::Time from, absl::Time to,
                     const WorkingTimeLimits& limits) {
  HoursMeter m;
  m.normal = limits.normal_hours_per_week;
  m.average = limits.average_hours_per_week;
  m.max = limits.max_hours_per_week;
  for (const Interval& i : Merged(entries, from, to))
    m.hours += Hours(i.second - i.first);
  m.level = m.hours > m.average + 1e-9  ? MeterLevel::kOver
            : m.hours > m.normal + 1e-9 ? MeterLevel::kNear
                                        : MeterLevel::kOk;
  return m;
}

RestMeter RestBeforeNext(const std::vector<CalendarEntry>& entries,
                         absl::Time now, const WorkingTimeLimits& limits) {
  RestMeter m;
  m.limit = limits.daily_rest_hours;
  for (const CalendarEntry& e : entries) {
    if (!Works(e) || e.start <= now) continue;
    if (!m.next || e.start < m.next->start) m.next = e;
  }
  if (!m.next) return m;
  for (const CalendarEntry& e : entries) {
    if (!Works(e) || e.source == m.next->source || e.start >= m.next->start)
      continue;
    if (!m.previous_end || e.end > *m.previous_end) m.previous_end = e.end;
  }
  if (!m.previous_end) return m;
  m.rest_hours = std::max(0.0, Hours(m.next->start - *m.previous_end));
  m.level = m.rest_hours + 1e-9 < m.limit ? MeterLevel::kOver
                                           : MeterLevel::kOk;
  return m;
}

WeeklyRestMeter LongestRest(const std::vector<CalendarEntry>& entries,
                            absl::Time from, absl::Time to,
                            const WorkingTimeLimits& limits) {
  WeeklyRestMeter m;
  m.limit = limits.weekly_rest_hours;
  absl::Time free_from = from;
  double longest = 0;
  for (const Interval& i : Merged(entries, from, to)) {
    longest = std::max(longest, Hours(i.first - free_from));
    free_from = i.second;
  }
  m.hours = std::max(longest, Hours(to - free_from));
  m.level = m.hours + 1e-9 < m.limit ? MeterLevel::kOver : MeterLevel::kOk;
  return m;
}

bool IsPensioner(const EmployeeData& data) {
  if (data.person.pension().drawing_retirement_pension()) return true;
  return std::any_of(
      data.positions.begin(), data.positions.end(),
      [](const v1::Position& p) { return p.kind() == v1::Position::PENSIONER; });
}

PensionMeter Enrolment(const EmployeeData& data, absl::Time now,
                       const PensionLimits& limits) {
  using Status = PensionMeter::Status;
  PensionMeter m;
  const v1::PensionFacts& facts = data.person.pension();
  m.klp_nurses = facts.scheme() == v1::PensionFacts::KLP_NURSES;
  m.threshold = m.klp_nurses ? limits.klp_nurse_threshold_percent
                             : limits.enrolment_threshold_percent;
  const absl::CivilDay today = absl::ToCivilDay(now, OsloTimeZone());
  for (const v1::Position& p : data.positions) {
    if (p.pay_scheme() != v1::Position::PENSJONISTLONN && ValidOn(p, today))
      m.position_percent += p.percentage();
  }
  const absl::CivilMonth month(today);
  const double month_hours = limits.normal_hours_per_week * kWeeksPerMonth;
  for (const v1::Assignment& a : data.assignments) {
    if (a.state() != v1::Assignment::ACCEPTED &&
        a.state() != v1::Assignment::WORKED) {
      continue;
    }
    const auto position =
        std::find_if(data.positions.begin(), data.positions.end(),
                     [&](const v1::Position& p) { return p.name() == a.position(); });
    if (position != data.positions.end() &&
        position->pay_scheme() == v1::Position::PENSJONISTLONN) {
      continue;
    }
    const absl::Time start = FromTimestamp(a.start_time());
    if (absl::CivilMonth(absl::ToCivilDay(start, OsloTimeZone())) != month)
      continue;
    m.shift_percent +=
        Hours(FromTimestamp(a.end_time()) - start) / month_hours * 100;
  }
  m.total_percent = m.position_percent + m.shift_percent;

  if (!IsPensioner(data)) {
    m.status = Status::kNotPensioner;
  } else if (data.person.birth_year() >= limits.unreduced_from_birth_year) {
    m.status = Status::kUnreduced;
  } else if (!facts.drawing_retirement_pension()) {
    m.status = Status::kNotDrawing;
  } else {
    m.status = Status::kApplies;
    m.level = m.threshold <= 0 && m.total_percent <= 0
                  ? MeterLevel::kOk
                  : Share(m.total_percent, m.threshold);
  }
  return m;
}

AfpMeter AfpTolerance(const EmployeeData& data, const PensionLimits& limits) {
  const v1::PensionFacts& facts = data.person.pension();
  AfpMeter m;
  m.applies = facts.afp() != v1::PensionFacts::AFP_UNSPECIFIED;
  if (!m.applies) return m;
  m.state_scheme = facts.afp() == v1::PensionFacts::AFP_STATE;
  m.tolerance = m.state_scheme ? limits.afp_tolerance_state_nok
                               : limits.afp_tolerance_municipal_nok;
  m.earnings = static_cast<double>(std::max(facts.earnings_this_year_nok(),
                                            facts.projected_earnings_nok()));
  // Above the tolerance (not at it) recalculates the AFP, as on the server.
  m.level = m.earnings > m.tolerance ? MeterLevel::kOver
            : m.earnings >= kNearShare * m.tolerance ? MeterLevel::kNear
                                                     : MeterLevel::kOk;
  return m;
}

}  // namespace vaktbro::client
