// CheckPension: what working one shift means for a person's public
// occupational pension, and how the shift should be paid.
//
// The rules (numbers from PensionRules and the rate cards in the RuleBook):
//  - Born in unreduced_from_birth_year (1963) or later: the pension is not
//    reduced by work, and pensjonistlønn cannot be paid: kBlock
//    "pension_cohort" if the shift is offered on pensjonistlønn.
//  - Born earlier and drawing a gross-scheme retirement pension: work on
//    ordinary terms that sums to the enrolment threshold (20 %) or more of
//    full time means enrolment and a reduced pension. The shift counts as
//        shift_hours / (normal_hours_per_week x 52 / 12) x 100 %
//    (its share of a month of full time, normal_hours_per_week from the
//    host's RuleSet) on top of ordinary_position_percent. For a nurse in
//    KLP's scheme the threshold is klp_nurse_threshold_percent (0 from 2025:
//    enrolled from the first hour). At or above it, on ordinary terms: kWarn
//    "pension_enrolment", and pensjonistlønn is suggested instead.
//    Pensjonistlønn is also suggested when the shift is offered on it.
//  - Born earlier, not drawing a pension, offered pensjonistlønn: kInfo
//    "pension_not_retired"; ordinary pay is suggested.
//  - AFP: the year's earnings (the larger of so far and projected) plus the
//    shift's pay above the tolerance of the scheme: kWarn "afp_tolerance".
//  - Authorisation lapses in the year the person turns authorisation_age_limit
//    (75): kBlock "authorisation_age" when the profession needs authorisation.
//    Only the birth year is known, so the whole of that year counts.
//  - Pensjonistlønn suggested but no rate card for the agreement: kInfo
//    "pension_rate".
// The suggested rate is the hard-recruitment rate of the profession when the
// host flags hard recruitment and one exists, else the agreement's rate.
#ifndef VAKTBRO_SERVER_RULES_PENSION_H_
#define VAKTBRO_SERVER_RULES_PENSION_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "finding.h"
#include "profession.h"
#include "rule_book.h"

namespace vaktbro::rules {

// The numbers equal vaktbro.v1.Position.PayScheme, so the server may cast.
enum class PayScheme {
  kOrdinary = 1,
  kPensjonistlonn = 2,
};

enum class AfpScheme {
  kNone,
  kMunicipal,  // the municipal scheme (KLP and others)
  kSpk,        // Statens pensjonskasse
};

struct PensionQuery {
  const RuleBook* book = nullptr;  // pension numbers, rate cards, rule sets
  int birth_year = 0;
  absl::CivilDay shift_date;  // Oslo date of the shift's start
  bool draws_gross_retirement_pension = false;
  // Early-retirement AFP with an income test (the public schemes' AFP
  // before 67); kNone for none, or for an AFP without one.
  AfpScheme afp = AfpScheme::kNone;
  // Work income this calendar year so far, and projected for the whole year
  // without this shift.
  double afp_earnings_so_far_nok = 0;
  double afp_projected_earnings_nok = 0;
  // Sum of the person's position percentages on ordinary terms.
  double ordinary_position_percent = 0;
  double shift_hours = 0;
  PayScheme offered_scheme = PayScheme::kOrdinary;
  double shift_pay_nok = 0;  // what the shift pays as offered, for AFP
  Agreement host_agreement = Agreement::kStatutory;
  Profession profession = Profession::kUnspecified;
  bool host_hard_recruitment = false;
  bool klp_nurse_scheme = false;       // a nurse in KLP's pension scheme
  bool requires_authorisation = true;  // see RequiresAuthorisation()
};

struct PensionAdvice {
  std::vector<Finding> findings;  // in the order of the rules above
  PayScheme suggested_scheme = PayScheme::kOrdinary;
  // For pensjonistlønn with a rate card: the rate and the card's id.
  std::optional<double> suggested_nok_per_hour;
  std::string rate_id;
};

// REQUIRES: q.book != nullptr, with pension rules and a working-time rule
// set of q.host_agreement in force on q.shift_date; otherwise the advice is
// ordinary pay with one kBlock "invalid_query".
PensionAdvice CheckPension(const PensionQuery& q);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_PENSION_H_
