#include "pension.h"

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::D;
using testing::Of;

// A retired nurse born 1960 offered 8 h on ordinary terms at a hospital.
PensionQuery Retired() {
  PensionQuery q;
  q.book = &DefaultRuleBook();
  q.birth_year = 1960;
  q.shift_date = D(2025, 3, 4);
  q.draws_gross_retirement_pension = true;
  q.shift_hours = 8;
  q.host_agreement = Agreement::kSpekter;
  q.profession = Profession::kNurse;
  return q;
}

// 8 h of a month of 40-hour weeks, in percent.
const double kShiftPercent = 8 / (40 * 52 / 12.0) * 100;

PensionQuery WithOrdinary(double total_percent) {
  PensionQuery q = Retired();
  q.ordinary_position_percent = total_percent - kShiftPercent;
  return q;
}

TEST(Pension, BelowTwentyPercentStaysOrdinary) {
  const PensionAdvice a = CheckPension(WithOrdinary(19.9));
  EXPECT_TRUE(a.findings.empty());
  EXPECT_EQ(a.suggested_scheme, PayScheme::kOrdinary);
  EXPECT_FALSE(a.suggested_nok_per_hour);
}

TEST(Pension, TwentyPercentMeansEnrolment) {
  const PensionAdvice a = CheckPension(WithOrdinary(20));
  ASSERT_EQ(a.findings.size(), 1u);
  EXPECT_EQ(a.findings[0].rule, "pension_enrolment");
  EXPECT_EQ(a.findings[0].severity, Severity::kWarn);
  EXPECT_EQ(a.suggested_scheme, PayScheme::kPensjonistlonn);
  // 20 % in exact arithmetic, 19.999999999999996 % in floating point.
  PensionQuery q = Retired();
  q.ordinary_position_percent = 0.25;
  q.shift_hours = (20 - 0.25) * 40 * (52 / 12.0) / 100;
  EXPECT_EQ(CheckPension(q).findings.size(), 1u);
}

TEST(Pension, TwentyFourPercentOffersPensjonistlonn) {
  const PensionAdvice a = CheckPension(WithOrdinary(24));
  ASSERT_EQ(a.findings.size(), 1u);
  const Finding& f = a.findings[0];
  EXPECT_EQ(f.law, "SPK-loven §5");
  EXPECT_NEAR(f.actual, 24, 1e-9);
  EXPECT_EQ(f.limit, 20);
  EXPECT_EQ(f.message_en,
            "On ordinary terms this shift takes the total to 24 % of full time "
            "(20 % or more): "
            "enrolment in the pension scheme and a reduced pension. Offer "
            "pensjonistlønn at NOK 245/h instead.");
  EXPECT_EQ(f.message_nb,
            "På ordinære vilkår gir denne vakten til sammen 24 % stilling (20 "
            "% eller mer): "
            "innmelding i pensjonsordningen og avkortet pensjon. Tilby "
            "pensjonistlønn, 245 kr/t, i stedet.");
  EXPECT_EQ(a.suggested_scheme, PayScheme::kPensjonistlonn);
  EXPECT_EQ(a.suggested_nok_per_hour, 245);
  EXPECT_EQ(a.rate_id, "spekter-2024");
}

TEST(Pension, CohortBoundary) {
  PensionQuery q = WithOrdinary(24);
  q.birth_year = 1962;
  q.offered_scheme = PayScheme::kPensjonistlonn;
  PensionAdvice a = CheckPension(q);
  EXPECT_TRUE(a.findings.empty());
  EXPECT_EQ(a.suggested_scheme, PayScheme::kPensjonistlonn);

  q.birth_year = 1963;
  a = CheckPension(q);
  ASSERT_EQ(a.findings.size(), 1u);
  EXPECT_EQ(a.findings[0].rule, "pension_cohort");
  EXPECT_EQ(a.findings[0].severity, Severity::kBlock);
  EXPECT_EQ(a.findings[0].message_en,
            "Born in 1963 or later (1963): cannot be paid pensjonistlønn; the "
            "shift must be paid on ordinary terms.");
  EXPECT_EQ(a.suggested_scheme, PayScheme::kOrdinary);

  // On ordinary terms work does not reduce their pension: nothing to say.
  q.offered_scheme = PayScheme::kOrdinary;
  EXPECT_TRUE(CheckPension(q).findings.empty());
}

TEST(Pension, KlpNursesFromTheFirstHourFrom2025) {
  PensionQuery q = WithOrdinary(4.7);  // the shift alone
  q.host_agreement = Agreement::kKs;
  q.klp_nurse_scheme = true;
  q.shift_date = D(2024, 12, 31);
  EXPECT_TRUE(CheckPension(q).findings.empty());
  q.shift_date = D(2025, 1, 1);
  const PensionAdvice a = CheckPension(q);
  ASSERT_EQ(a.findings.size(), 1u);
  EXPECT_TRUE(absl::StrContains(
      a.findings[0].message_en,
      "nurses in KLP's scheme are enrolled from the first hour"))
      << a.findings[0].message_en;
  EXPECT_EQ(a.suggested_nok_per_hour, 233);  // KS = the state rate
  // Where the host flags hard recruitment: the nurse rate.
  q.host_hard_recruitment = true;
  EXPECT_EQ(CheckPension(q).suggested_nok_per_hour, 287);
  q.profession = Profession::kSpecialistNurse;
  EXPECT_EQ(CheckPension(q).suggested_nok_per_hour, 301);
  q.profession =
      Profession::kHealthWorker;  // no hard-recruitment card: general rate
  EXPECT_EQ(CheckPension(q).suggested_nok_per_hour, 233);
}

TEST(Pension, NotRetiredOfferedPensjonistlonn) {
  PensionQuery q = Retired();
  q.draws_gross_retirement_pension = false;
  q.offered_scheme = PayScheme::kPensjonistlonn;
  const PensionAdvice a = CheckPension(q);
  ASSERT_EQ(a.findings.size(), 1u);
  EXPECT_EQ(a.findings[0].rule, "pension_not_retired");
  EXPECT_EQ(a.findings[0].severity, Severity::kInfo);
  EXPECT_EQ(a.suggested_scheme, PayScheme::kOrdinary);
}

TEST(Pension, NoRateCardForTheAgreement) {
  PensionQuery q = WithOrdinary(24);
  q.host_agreement = Agreement::kStatutory;
  const PensionAdvice a = CheckPension(q);
  EXPECT_EQ(Of(a.findings, "pension_enrolment").size(), 1u);
  ASSERT_EQ(Of(a.findings, "pension_rate").size(), 1u);
  EXPECT_TRUE(absl::StrContains(a.findings[0].message_en,
                                "Offer pensjonistlønn instead."));
  EXPECT_EQ(a.suggested_scheme, PayScheme::kPensjonistlonn);
  EXPECT_FALSE(a.suggested_nok_per_hour);
}

TEST(Afp, ToleranceByScheme) {
  PensionQuery q = Retired();
  q.afp = AfpScheme::kMunicipal;
  q.afp_earnings_so_far_nok = 10000;
  q.afp_projected_earnings_nok = 25000;
  q.shift_pay_nok = 5000;
  EXPECT_TRUE(Of(CheckPension(q).findings, "afp_tolerance").empty());
  q.shift_pay_nok = 5001;
  auto f = Of(CheckPension(q).findings, "afp_tolerance");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kWarn);
  EXPECT_EQ(f[0].actual, 30001);
  EXPECT_EQ(f[0].limit, 30000);
  EXPECT_EQ(
      f[0].message_en,
      "Earnings this year come to NOK 30,001 with this shift (NOK 5,001); "
      "above the AFP "
      "income tolerance of NOK 30,000 in the municipal scheme: the AFP will be "
      "recalculated.");
  EXPECT_EQ(f[0].message_nb,
            "Inntekten i år blir 30 001 kr med denne vakten (5 001 kr); over "
            "fribeløpet for AFP "
            "på 30 000 kr i kommunal ordning: AFP blir regnet om.");
  // SPK: 15 000; earnings so far count when above the projection.
  q.afp = AfpScheme::kSpk;
  q.afp_earnings_so_far_nok = 14000;
  q.afp_projected_earnings_nok = 0;
  q.shift_pay_nok = 1000;
  EXPECT_TRUE(Of(CheckPension(q).findings, "afp_tolerance").empty());
  q.shift_pay_nok = 1001;
  EXPECT_EQ(Of(CheckPension(q).findings, "afp_tolerance").size(), 1u);
}

TEST(Authorisation, LapsesAt75) {
  PensionQuery q = Retired();
  q.birth_year = 1951;  // 74 in 2025
  EXPECT_TRUE(Of(CheckPension(q).findings, "authorisation_age").empty());
  q.birth_year = 1950;  // 75 in 2025
  auto f = Of(CheckPension(q).findings, "authorisation_age");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kBlock);
  EXPECT_EQ(f[0].law, "helsepersonelloven §53");
  EXPECT_EQ(f[0].message_en,
            "Turns 75 in 2025 (born 1950): the authorisation as health "
            "personnel lapses at 75.");
  q.requires_authorisation = false;  // a care assistant
  EXPECT_TRUE(Of(CheckPension(q).findings, "authorisation_age").empty());
}

TEST(Pension, InvalidQueries) {
  PensionQuery q = Retired();
  q.book = nullptr;
  EXPECT_EQ(CheckPension(q).findings[0].rule, "invalid_query");
  q = Retired();
  q.shift_date = D(2023, 6, 1);  // before any pension rules
  EXPECT_EQ(CheckPension(q).findings[0].rule, "invalid_query");
}

}  // namespace
}  // namespace vaktbro::rules
