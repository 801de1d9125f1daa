// Helpers shared by the rules tests: Oslo times, work items, queries.
#ifndef VAKTBRO_TESTS_RULES_RULES_TEST_UTIL_H_
#define VAKTBRO_TESTS_RULES_RULES_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "oslo_calendar.h"
#include "rule_book.h"
#include "working_time.h"

namespace vaktbro::rules::testing {

inline constexpr char kHost[] = "organisations/host";
inline constexpr char kOther[] = "organisations/other";

inline absl::CivilDay D(int y, int m, int d) { return absl::CivilDay(y, m, d); }

// Oslo wall-clock time.
inline absl::Time At(int y, int mo, int d, int h = 0, int mi = 0) {
  return OsloTime(absl::CivilDay(y, mo, d), absl::Hours(h) + absl::Minutes(mi));
}

inline absl::Time OsloAt(absl::CivilDay day, int h, int mi = 0) {
  return OsloTime(day, absl::Hours(h) + absl::Minutes(mi));
}

inline WorkItem Item(absl::Time start, absl::Time end,
                     std::string label = "Dag", std::string employer = kHost) {
  return {start, end, std::move(employer), std::move(label)};
}

inline const RuleSet& Rules(Agreement a = Agreement::kStatutory) {
  return *RuleSetFor(DefaultRuleBook().rule_sets, a,
                     absl::CivilDay(2025, 1, 1));
}

inline WorkingTimeQuery Query(WorkItem candidate,
                              std::vector<WorkItem> schedule,
                              bool consent = true,
                              const RuleSet* rules = &Rules()) {
  WorkingTimeQuery q;
  q.rules = rules;
  q.candidate = std::move(candidate);
  q.schedule = std::move(schedule);
  q.cross_employer_consent = consent;
  return q;
}

// The findings of one rule.
inline std::vector<Finding> Of(const std::vector<Finding>& all,
                               std::string_view rule) {
  std::vector<Finding> out;
  for (const Finding& f : all) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

inline std::vector<Finding> Check(const WorkingTimeQuery& q,
                                  std::string_view rule) {
  return Of(CheckWorkingTime(q), rule);
}

}  // namespace vaktbro::rules::testing

#endif  // VAKTBRO_TESTS_RULES_RULES_TEST_UTIL_H_
