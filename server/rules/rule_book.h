// RuleBook: every rule number vaktbro uses, as versioned data parsed from a
// rule text: the working-time rule sets (rule_set.h), the pension numbers,
// the pensjonistlønn rate cards and the competence substitutions.
//
// The rule text, an INI-like format:
//
//   # A comment (whole lines only).
//   [working_time ks-2024]
//   base = aml-default-2024
//   agreement = ks
//   effective_from = 2024-01-01
//   overtime_hours_per_week = 20 | aml §10-6 (5)
//
// "[kind id]" opens a section. "base = id" starts it as a copy of an earlier
// section of the same kind, so that it need only say what differs.
// A line is blank, a comment, a section header or "key = value". A number may
// be followed by "| reference": the law or agreement clause it comes from.
// Every key of the kind must be set, in the section or in its base, and every
// number needs a reference (it keeps its base's unless it gives its own).
// Unknown kinds and keys, repeated keys and ids, a base that is not an
// earlier section of the same kind, and bad values are errors naming the line:
// "rule text line 12: [working_time ks-2024] unknown key 'daily_rest_hour'".
//
// Kinds and keys (default_rules.cc has the full defaults, with comments):
//   working_time    RuleSet: agreement, effective_from and one key per field
//                   of RuleSet, e.g. daily_rest_hours; sunday_rule and
//                   night_rule take off, info, warn or block.
//   pension         PensionRules: effective_from and one key per field.
//   pensjonistlonn  PayRate: agreement, effective_from, nok_per_hour and, for
//                   a hard-recruitment rate, hard_recruitment_profession.
//   competence      CompetenceRules: effective_from, expiry_notice_days and
//                   "<profession>_covers = <profession>, ..." lines.
#ifndef VAKTBRO_SERVER_RULES_RULE_BOOK_H_
#define VAKTBRO_SERVER_RULES_RULE_BOOK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "profession.h"
#include "rule_set.h"

namespace vaktbro::rules {

// The numbers of the public occupational pension rules for retired staff.
struct PensionRules {
  std::string id;
  absl::CivilDay effective_from;
  Param unreduced_from_birth_year;  // 1963: work no longer reduces the pension
  Param enrolment_threshold_percent;  // 20 % of full time over all positions
  Param klp_nurse_threshold_percent;  // 20, then 0 from 2025-01-01
  Param afp_tolerance_municipal_nok;  // 30 000 a year
  Param afp_tolerance_spk_nok;        // 15 000 a year
  Param authorisation_age_limit;  // 75: health personnel authorisation lapses
};

// One pensjonistlønn rate card entry.
struct PayRate {
  std::string id;
  Agreement agreement = Agreement::kStatutory;
  absl::CivilDay effective_from;
  // Set for a rate that applies where the host flags hard recruitment.
  std::optional<Profession> hard_recruitment_profession;
  Param nok_per_hour;
};

// `covering` may take a shift that asks for `covered`.
struct Substitution {
  Profession covering;
  Profession covered;
};

struct CompetenceRules {
  std::string id;
  absl::CivilDay effective_from;
  Param expiry_notice_days;  // 30: expiring this soon gives a note
  std::vector<Substitution> substitutions;  // not transitive: listed in full
};

struct RuleBook {
  std::vector<RuleSet> rule_sets;
  std::vector<PensionRules> pension;
  std::vector<PayRate> pensjonistlonn;
  std::vector<CompetenceRules> competence;
};

// Parses a rule text; see the format above.
absl::StatusOr<RuleBook> ParseRuleBook(std::string_view text);

// Parses a rule text over `defaults`, e.g. a server's rule file over
// DefaultRuleBook(). A section with the id of a section of the same kind in
// `defaults` replaces it (once); "base" may name it, to change only some
// numbers: "[working_time ks-2024] base = ks-2024 daily_rest_hours = 8 | ...".
// Other sections are added. Errors name lines of `text`.
absl::StatusOr<RuleBook> ParseRuleBookOver(const RuleBook& defaults,
                                           std::string_view text);

// The rule text compiled into vaktbro, and the book parsed from it once
// (thread-safe; a unit test guarantees it parses).
std::string_view DefaultRuleText();
const RuleBook& DefaultRuleBook();

// The entries in force `on`: the latest effective_from <= on. nullptr if none.
// Pointers are into `book`.
const PensionRules* PensionRulesFor(const RuleBook& book, absl::CivilDay on);
const CompetenceRules* CompetenceRulesFor(const RuleBook& book,
                                          absl::CivilDay on);
// The general pensjonistlønn rate of `agreement`.
const PayRate* PensjonistlonnRateFor(const RuleBook& book, Agreement agreement,
                                     absl::CivilDay on);
// The hard-recruitment rate of `agreement` for `profession`.
const PayRate* HardRecruitmentRateFor(const RuleBook& book, Agreement agreement,
                                      Profession profession, absl::CivilDay on);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_RULE_BOOK_H_
