#include "working_time.h"

#include <algorithm>
#include <optional>

#include "working_time_rules.h"

namespace vaktbro::rules {
namespace {

struct Rule {
  const char* id;
  RuleCheck check;
  // The number whose reference is the finding's law; nullptr: none.
  const Param RuleSet::*limit;
  // A rule that can be off and has its own severity; nullptr: kBlock.
  const SeverityParam RuleSet::*switch_;
  bool across_employers;  // also checked over all employers' work
};

const Rule kRules[] = {
    {rule_id::kOverlap, CheckOverlap, nullptr, nullptr, true},
    {rule_id::kDailyRest, CheckDailyRest, &RuleSet::daily_rest_hours, nullptr,
     true},
    {rule_id::kWeeklyRest, CheckWeeklyRest, &RuleSet::weekly_rest_hours,
     nullptr, true},
    {rule_id::kHoursPerDay, CheckHoursPerDay, &RuleSet::max_hours_per_day,
     nullptr, true},
    {rule_id::kHoursPerWeek, CheckHoursPerWeek, &RuleSet::max_hours_single_week,
     nullptr, true},
    {rule_id::kAverageWeek, CheckAverageWeek, &RuleSet::average_hours_per_week,
     nullptr, true},
    {rule_id::kOvertimeWeek, CheckOvertimeWeek,
     &RuleSet::overtime_hours_per_week, nullptr, false},
    {rule_id::kOvertime4w, CheckOvertime4Weeks,
     &RuleSet::overtime_hours_per_4_weeks, nullptr, false},
    {rule_id::kOvertimeYear, CheckOvertimeYear,
     &RuleSet::overtime_hours_per_52_weeks, nullptr, false},
    {rule_id::kSunday, CheckSunday, nullptr, &RuleSet::sunday_rule, true},
    {rule_id::kNight, CheckNight, nullptr, &RuleSet::night_rule, true},
};

// The severity of a break at the host; nullopt: the rule is off.
std::optional<Severity> HostSeverity(const Rule& rule, const RuleSet& rules) {
  if (rule.switch_ == nullptr) return Severity::kBlock;
  return (rules.*rule.switch_).severity;
}

std::string Law(const Rule& rule, const RuleSet& rules) {
  if (rule.switch_ != nullptr) return (rules.*rule.switch_).law;
  if (rule.limit != nullptr) return (rules.*rule.limit).law;
  return "";
}

constexpr char kAcrossNb[] =
    " Grensen brytes bare samlet på tvers av arbeidsgivere.";
constexpr char kAcrossEn[] =
    " This breaks the limit only in the sum across employers.";

Finding ToFinding(const Rule& rule, const RuleSet& rules, Severity severity,
                  Breach b, bool across) {
  Finding f{rule.id,
            Law(rule, rules),
            severity,
            b.actual,
            b.limit,
            std::move(b.message_nb),
            std::move(b.message_en)};
  if (across) {
    f.message_nb += kAcrossNb;
    f.message_en += kAcrossEn;
  }
  return f;
}

Finding Invalid() {
  return {rule_id::kInvalidQuery,
          "",
          Severity::kBlock,
          0,
          0,
          "Vakten kan ikke kontrolleres: regelsett mangler, eller slutt er "
          "ikke etter start.",
          "The shift cannot be checked: no rule set, or the end is not after "
          "the start."};
}

Finding NoConsent() {
  return {rule_id::kConsent,
          "",
          Severity::kInfo,
          0,
          0,
          "Personen har ikke samtykket til kontroll på tvers av arbeidsgivere: "
          "bare arbeid hos denne arbeidsgiveren er kontrollert.",
          "The person has not consented to a check across employers: only "
          "work for this employer was checked."};
}

}  // namespace

std::vector<Finding> CheckWorkingTime(const WorkingTimeQuery& q) {
  if (q.rules == nullptr || q.candidate.end <= q.candidate.start) {
    return {Invalid()};
  }
  const RuleSet& rules = *q.rules;
  std::vector<const WorkItem*> host_items, all_items;
  for (const WorkItem& w : q.schedule) {
    if (w.employer == q.candidate.employer) host_items.push_back(&w);
    if (q.cross_employer_consent) all_items.push_back(&w);
  }
  host_items.push_back(&q.candidate);  // last: WorkTimeline merges it in
  all_items.push_back(&q.candidate);
  const bool others = all_items.size() > host_items.size();
  const WorkTimeline host(std::move(host_items));
  const std::optional<WorkTimeline> all =
      others ? std::optional<WorkTimeline>(std::move(all_items)) : std::nullopt;
  const absl::Duration threshold =
      absl::Hours(q.contract_hours_per_week_at_host > 0
                      ? q.contract_hours_per_week_at_host
                      : rules.normal_hours_per_week.value);
  const WeeklyOvertime overtime =
      ComputeWeeklyOvertime(host, q.candidate, threshold, kOvertimeReach);

  std::vector<Finding> out;
  for (const Rule& rule : kRules) {
    const std::optional<Severity> severity = HostSeverity(rule, rules);
    if (!severity) continue;
    std::vector<Breach> breaches =
        rule.check({rules, q.candidate, host, &overtime});
    bool across = false;
    if (breaches.empty() && all && rule.across_employers) {
      breaches = rule.check({rules, q.candidate, *all, nullptr});
      across = true;
    }
    const Severity s =
        across ? std::min(*severity, Severity::kWarn) : *severity;
    for (Breach& b : breaches) {
      out.push_back(ToFinding(rule, rules, s, std::move(b), across));
    }
  }
  if (!q.cross_employer_consent) out.push_back(NoConsent());
  return out;
}

}  // namespace vaktbro::rules
