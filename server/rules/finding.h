// Finding: one rule's verdict, in both languages, with its numbers. Shared by
// the working-time, pension and competence checks.
#ifndef VAKTBRO_SERVER_RULES_FINDING_H_
#define VAKTBRO_SERVER_RULES_FINDING_H_

#include <string>

namespace vaktbro::rules {

// The numbers equal vaktbro.v1.Finding.Severity, so the server may cast.
enum class Severity {
  kInfo = 1,  // nothing to stop for: a note for the coordinator
  kWarn = 2,  // breaks a limit only in the sum across employers, or a soft rule
  kBlock = 3,  // breaks the host employer's own limit: the booking is refused
};

struct Finding {
  std::string
      rule;  // stable id: "daily_rest", "overtime_4w", "competence_missing"...
  std::string law;  // "aml §10-8 (1)"; empty when no legal rule is behind it
  Severity severity = Severity::kInfo;
  double actual = 0;  // the numbers, in the rule's unit (hours, NOK, %, days)
  double limit = 0;
  std::string message_nb;  // a full sentence in Norwegian Bokmål
  std::string message_en;  // the same in English
};

// "daily_rest", "weekly_rest"...: the stable rule ids of all checks.
namespace rule_id {
inline constexpr char kOverlap[] = "overlap";
inline constexpr char kDailyRest[] = "daily_rest";
inline constexpr char kWeeklyRest[] = "weekly_rest";
inline constexpr char kHoursPerDay[] = "hours_per_day";
inline constexpr char kHoursPerWeek[] = "hours_per_week";
inline constexpr char kAverageWeek[] = "average_week";
inline constexpr char kOvertimeWeek[] = "overtime_week";
inline constexpr char kOvertime4w[] = "overtime_4w";
inline constexpr char kOvertimeYear[] = "overtime_year";
inline constexpr char kSunday[] = "sunday";
inline constexpr char kNight[] = "night";
inline constexpr char kConsent[] = "consent";
inline constexpr char kInvalidQuery[] = "invalid_query";
inline constexpr char kPensionEnrolment[] = "pension_enrolment";
inline constexpr char kPensionCohort[] = "pension_cohort";
inline constexpr char kPensionNotRetired[] = "pension_not_retired";
inline constexpr char kPensionRate[] = "pension_rate";
inline constexpr char kAfpTolerance[] = "afp_tolerance";
inline constexpr char kAuthorisationAge[] = "authorisation_age";
inline constexpr char kProfessionMissing[] = "profession_missing";
inline constexpr char kProfessionSubstitution[] = "profession_substitution";
inline constexpr char kCompetenceMissing[] = "competence_missing";
inline constexpr char kCompetenceExpired[] = "competence_expired";
inline constexpr char kCompetenceExpiring[] = "competence_expiring";
}  // namespace rule_id

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_FINDING_H_
