// CheckCompetence: does the person hold the profession and the competences a
// shift asks for, on the day of the shift?
//
// Findings, in this order:
//   profession_missing       kBlock: neither the profession nor one that
//                            covers it (CompetenceRules::substitutions).
//   profession_substitution  kInfo: taken through a substitution; says which.
//   then, per required competence code in the order asked:
//   competence_missing       kBlock: not held.
//   competence_expired       kBlock: the expiry date is before the shift date
//                            (a competence is valid through its expiry day).
//   competence_expiring      kInfo: expires within expiry_notice_days after the
//                            shift date.
// Codes compare exactly. Held twice: the later expiry counts (none is latest).
#ifndef VAKTBRO_SERVER_RULES_COMPETENCE_H_
#define VAKTBRO_SERVER_RULES_COMPETENCE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "finding.h"
#include "profession.h"
#include "rule_book.h"

namespace vaktbro::rules {

struct HeldCompetence {
  std::string code;                      // "MEDIKAMENT"
  std::optional<absl::CivilDay> expiry;  // nullopt: does not expire
};

struct CompetenceQuery {
  // Substitutions and the expiry notice: CompetenceRulesFor(book, date).
  const CompetenceRules* rules = nullptr;
  // The profession the shift asks for; kUnspecified: any.
  Profession required_profession = Profession::kUnspecified;
  std::vector<std::string> required_competences;
  std::vector<Profession> professions;  // the person's
  std::vector<HeldCompetence> competences;
  absl::CivilDay shift_date;  // Oslo date of the shift's start
};

// REQUIRES: q.rules != nullptr; otherwise one kBlock "invalid_query".
std::vector<Finding> CheckCompetence(const CompetenceQuery& q);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_COMPETENCE_H_
