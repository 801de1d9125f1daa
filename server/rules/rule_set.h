// RuleSet: the working-time numbers of Arbeidsmiljøloven chapter 10 for one
// collective agreement from one date, as data.
//
// No number of the law is written in the checking code: every limit is a
// parameter here, read from the rule text (see rule_book.h for the format and
// default_rules.cc for the defaults), and carries the reference it comes from.
#ifndef VAKTBRO_SERVER_RULES_RULE_SET_H_
#define VAKTBRO_SERVER_RULES_RULE_SET_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "finding.h"
#include "oslo_calendar.h"

namespace vaktbro::rules {

// The collective agreement (tariffområde) of the host employer.
enum class Agreement {
  kStatutory,  // the Act alone: no tariff agreement (private providers)
  kKs,         // municipalities
  kSpekter,    // hospital trusts
  kState,      // the state
};

// "statutory", "ks", "spekter", "state": the names in the rule text.
std::string_view AgreementKey(Agreement a);
std::optional<Agreement> ParseAgreementKey(std::string_view key);

// One number with where it comes from.
struct Param {
  double value = 0;
  std::string law;  // "aml §10-8 (1)"
};

// A rule that can be switched off, and how hard it bites when it is on.
struct SeverityParam {
  std::optional<Severity> severity;  // nullopt: the rule is off
  std::string law;
};

struct RuleSet {
  std::string id;  // "ks-2024"
  Agreement agreement = Agreement::kStatutory;
  absl::CivilDay effective_from;

  // Normal working time per 7 days (aml §10-4): the general week, the week of
  // rotas with every 3rd Sunday or mainly nights, and of continuous rotas.
  // normal_hours_per_week is also the full-time week of the pension rules.
  Param normal_hours_per_week;             // 40
  Param normal_hours_per_week_rota;        // 38
  Param normal_hours_per_week_continuous;  // 36

  // Total working time (aml §10-6 (8), §10-5).
  Param max_hours_per_day;       // 13 in any 24 h
  Param max_hours_single_week;   // 50 / 54 in any 7 days
  Param average_hours_per_week;  // 48 per 7 days on average...
  Param averaging_weeks;         // ...over 8 weeks

  // Overtime (aml §10-6 (4), (5)): hours above contract at the host.
  Param overtime_hours_per_week;      // 10 / 20
  Param overtime_hours_per_4_weeks;   // 25 / 50
  Param overtime_hours_per_52_weeks;  // 200 / 300

  // Rest (aml §10-8 (1), (2)).
  Param daily_rest_hours;   // 11
  Param weekly_rest_hours;  // 35 in every 7 days

  // The Sunday rule (aml §10-8 (4)) and Sunday/holiday time (aml §10-10 (1)).
  SeverityParam sunday_rule;       // warn: may be averaged by agreement
  Param sunday_from_hour;          // 18 on the day before
  Param sunday_eve_from_hour;      // 15 on Christmas, Easter and Whitsun Eve
  Param sunday_may_eve_from_hour;  // 22 before 1 and 17 May (see SundayHours)
  Param sunday_until_hour;         // 22 on the day before the next weekday

  // Night work (aml §10-11 (1), (6)).
  Param night_from_hour;          // 21
  Param night_until_hour;         // 6
  SeverityParam night_rule;       // the average limit; (9) lets it be waived
  Param night_worker_min_hours;   // more than 3 h at night: a night worker
  Param night_max_hours_per_day;  // 8 per 24 h on average...
  Param night_averaging_weeks;    // ...over 4 weeks
};

// The window hours as times of day, for oslo_calendar.h.
SundayHours SundayHoursOf(const RuleSet& rules);
NightHours NightHoursOf(const RuleSet& rules);

// The rule sets of a rule text (see rule_book.h), in the order of the text.
// Errors name the line and the key: "rule text line 12: [working_time
// ks-2024] unknown key 'daily_rest_hour'". Equivalent to
// ParseRuleBook(text)->rule_sets.
absl::StatusOr<std::vector<RuleSet>> ParseRuleSets(std::string_view text);

// The rule set of `agreement` in force `on`: the one with the latest
// effective_from <= on. nullptr if none is. The pointer is into `sets`.
const RuleSet* RuleSetFor(const std::vector<RuleSet>& sets, Agreement agreement,
                          absl::CivilDay on);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_RULE_SET_H_
