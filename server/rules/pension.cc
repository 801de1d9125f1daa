#include "pension.h"

#include <algorithm>

#include "absl/strings/str_format.h"
#include "rule_format.h"

namespace vaktbro::rules {
namespace {

// Percentages are compared with this much slack, so that a total computed as
// 19.999999999 from exact inputs counts as 20 %.
constexpr double kPercentEpsilon = 1e-6;

// Weeks per month (52 / 12): a unit of the conversion, not a rule.
constexpr double kWeeksPerMonth = 52.0 / 12.0;

Finding Make(const char* rule, std::string law, Severity severity,
             double actual, double limit, std::string nb, std::string en) {
  return {rule,  std::move(law), severity,     actual,
          limit, std::move(nb),  std::move(en)};
}

const PayRate* SuggestedRate(const PensionQuery& q) {
  if (q.host_hard_recruitment) {
    if (const PayRate* hard = HardRecruitmentRateFor(
            *q.book, q.host_agreement, q.profession, q.shift_date)) {
      return hard;
    }
  }
  return PensjonistlonnRateFor(*q.book, q.host_agreement, q.shift_date);
}

std::string OfferNb(const PayRate* rate) {
  return rate ? absl::StrFormat(
                    "Tilby pensjonistlønn, %s, i stedet.",
                    FormatNokPerHour(rate->nok_per_hour.value, Lang::kNb))
              : "Tilby pensjonistlønn i stedet.";
}
std::string OfferEn(const PayRate* rate) {
  return rate ? absl::StrFormat(
                    "Offer pensjonistlønn at %s instead.",
                    FormatNokPerHour(rate->nok_per_hour.value, Lang::kEn))
              : "Offer pensjonistlønn instead.";
}

// Enrolment of a gross-scheme pensioner born before the cohort boundary.
std::optional<Finding> Enrolment(const PensionQuery& q, const PensionRules& p,
                                 const RuleSet& host, const PayRate* rate) {
  const Param& threshold = q.klp_nurse_scheme ? p.klp_nurse_threshold_percent
                                              : p.enrolment_threshold_percent;
  const double shift_percent =
      q.shift_hours / (host.normal_hours_per_week.value * kWeeksPerMonth) * 100;
  const double total = q.ordinary_position_percent + shift_percent;
  if (total + kPercentEpsilon < threshold.value) return std::nullopt;
  const bool first_hour = threshold.value <= 0;
  const std::string why_nb =
      first_hour ? "sykepleiere i KLPs ordning meldes inn fra første time"
                 : absl::StrFormat("%s eller mer",
                                   FormatPercent(threshold.value, Lang::kNb));
  const std::string why_en =
      first_hour ? "nurses in KLP's scheme are enrolled from the first hour"
                 : absl::StrFormat("%s or more",
                                   FormatPercent(threshold.value, Lang::kEn));
  return Make(
      rule_id::kPensionEnrolment, threshold.law, Severity::kWarn, total,
      threshold.value,
      absl::StrFormat(
          "På ordinære vilkår gir denne vakten til sammen %s stilling "
          "(%s): innmelding i pensjonsordningen og avkortet pensjon. %s",
          FormatPercent(total, Lang::kNb), why_nb, OfferNb(rate)),
      absl::StrFormat(
          "On ordinary terms this shift takes the total to %s of full "
          "time (%s): enrolment in the pension scheme and a reduced "
          "pension. %s",
          FormatPercent(total, Lang::kEn), why_en, OfferEn(rate)));
}

std::optional<Finding> Afp(const PensionQuery& q, const PensionRules& p) {
  if (q.afp == AfpScheme::kNone) return std::nullopt;
  const bool spk = q.afp == AfpScheme::kSpk;
  const Param& tolerance =
      spk ? p.afp_tolerance_spk_nok : p.afp_tolerance_municipal_nok;
  const double total =
      std::max(q.afp_earnings_so_far_nok, q.afp_projected_earnings_nok) +
      q.shift_pay_nok;
  if (total <= tolerance.value) return std::nullopt;
  return Make(
      rule_id::kAfpTolerance, tolerance.law, Severity::kWarn, total,
      tolerance.value,
      absl::StrFormat(
          "Inntekten i år blir %s med denne vakten (%s); over fribeløpet "
          "for AFP på %s i %s: AFP blir regnet om.",
          FormatNok(total, Lang::kNb), FormatNok(q.shift_pay_nok, Lang::kNb),
          FormatNok(tolerance.value, Lang::kNb),
          spk ? "Statens pensjonskasse" : "kommunal ordning"),
      absl::StrFormat(
          "Earnings this year come to %s with this shift (%s); above the "
          "AFP income tolerance of %s in the %s: the AFP will be "
          "recalculated.",
          FormatNok(total, Lang::kEn), FormatNok(q.shift_pay_nok, Lang::kEn),
          FormatNok(tolerance.value, Lang::kEn),
          spk ? "SPK scheme" : "municipal scheme"));
}

}  // namespace

PensionAdvice CheckPension(const PensionQuery& q) {
  PensionAdvice advice;
  const PensionRules* p =
      q.book ? PensionRulesFor(*q.book, q.shift_date) : nullptr;
  const RuleSet* host =
      q.book ? RuleSetFor(q.book->rule_sets, q.host_agreement, q.shift_date)
             : nullptr;
  if (p == nullptr || host == nullptr) {
    advice.findings.push_back(Make(rule_id::kInvalidQuery, "", Severity::kBlock,
                                   0, 0,
                                   "Pensjonsreglene kan ikke kontrolleres: "
                                   "ingen regler gjelder for datoen.",
                                   "The pension rules cannot be checked: no "
                                   "rules are in force on the date."));
    return advice;
  }
  const int year = q.shift_date.year();
  const bool offered_pensjonistlonn =
      q.offered_scheme == PayScheme::kPensjonistlonn;
  const PayRate* rate = SuggestedRate(q);

  if (q.birth_year >= p->unreduced_from_birth_year.value) {
    if (offered_pensjonistlonn) {
      advice.findings.push_back(Make(
          rule_id::kPensionCohort, p->unreduced_from_birth_year.law,
          Severity::kBlock, q.birth_year, p->unreduced_from_birth_year.value,
          absl::StrFormat(
              "Født %d eller senere (%d): kan ikke lønnes med pensjonistlønn; "
              "vakten må lønnes på ordinære vilkår.",
              static_cast<int>(p->unreduced_from_birth_year.value),
              q.birth_year),
          absl::StrFormat(
              "Born in %d or later (%d): cannot be paid pensjonistlønn; the "
              "shift must be paid on ordinary terms.",
              static_cast<int>(p->unreduced_from_birth_year.value),
              q.birth_year)));
    }
  } else if (q.draws_gross_retirement_pension) {
    if (offered_pensjonistlonn) {
      advice.suggested_scheme = PayScheme::kPensjonistlonn;
    } else if (std::optional<Finding> f = Enrolment(q, *p, *host, rate)) {
      advice.findings.push_back(*std::move(f));
      advice.suggested_scheme = PayScheme::kPensjonistlonn;
    }
  } else if (offered_pensjonistlonn) {
    advice.findings.push_back(Make(rule_id::kPensionNotRetired, "",
                                   Severity::kInfo, 0, 0,
                                   "Pensjonistlønn er for dem som tar ut "
                                   "alderspensjon, og det gjør ikke denne "
                                   "personen: lønn på ordinære vilkår.",
                                   "Pensjonistlønn is for those who draw a "
                                   "retirement pension, and this person does "
                                   "not: pay on ordinary terms."));
  }

  if (std::optional<Finding> f = Afp(q, *p))
    advice.findings.push_back(*std::move(f));

  const int age = year - q.birth_year;
  if (q.requires_authorisation && age >= p->authorisation_age_limit.value) {
    const int limit = static_cast<int>(p->authorisation_age_limit.value);
    advice.findings.push_back(Make(
        rule_id::kAuthorisationAge, p->authorisation_age_limit.law,
        Severity::kBlock, age, limit,
        absl::StrFormat(
            "Fyller %d år i %d (født %d): autorisasjonen som helsepersonell "
            "faller bort ved %d år.",
            age, year, q.birth_year, limit),
        absl::StrFormat(
            "Turns %d in %d (born %d): the authorisation as health personnel "
            "lapses at %d.",
            age, year, q.birth_year, limit)));
  }

  if (advice.suggested_scheme == PayScheme::kPensjonistlonn) {
    if (rate != nullptr) {
      advice.suggested_nok_per_hour = rate->nok_per_hour.value;
      advice.rate_id = rate->id;
    } else {
      const std::string_view agreement = AgreementKey(q.host_agreement);
      advice.findings.push_back(Make(
          rule_id::kPensionRate, "", Severity::kInfo, 0, 0,
          absl::StrFormat(
              "Ingen sats for pensjonistlønn for avtaleområdet %s den %s: sett "
              "timelønnen for hånd.",
              agreement, FormatDate(q.shift_date, Lang::kNb)),
          absl::StrFormat(
              "No pensjonistlønn rate for the agreement %s on %s: set the "
              "hourly pay by hand.",
              agreement, FormatDate(q.shift_date, Lang::kEn))));
    }
  }
  return advice;
}

}  // namespace vaktbro::rules
