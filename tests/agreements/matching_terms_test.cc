// What the matching engine does with an agreement's position: the agreed
// recharge rate as the host's cost, and the person's acceptance as consent
// to checking the working-time rules over the two employers' hours
// together (and only those two).
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "agency/calendar.h"
#include "cost.h"
#include "evaluate.h"
#include "gtest/gtest.h"
#include "rule_book.h"

namespace vaktbro::matching {
namespace {

constexpr char kHf[] = "organisations/hf";
constexpr char kKommune[] = "organisations/kommune";
constexpr char kOther[] = "organisations/other";

int64_t Oslo(int d, int hh) {
  return absl::ToUnixSeconds(agency::Oslo().At(absl::CivilSecond(2026, 3, d, hh, 0, 0)).pre);
}

google::protobuf::Timestamp Ts(int64_t s) {
  google::protobuf::Timestamp t;
  t.set_seconds(s);
  return t;
}

class AgreementTermsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    host_.set_name(kKommune);
    host_.set_kind(v1::Organisation::MUNICIPALITY);
    person_.set_name("people/kari");
    person_.add_professions(v1::NURSE);
    person_.set_birth_year(1985);
    // Wednesday 11 March 2026, 15:00-23:00 at the municipality.
    shift_.set_name("shifts/s1");
    shift_.set_organisation(kKommune);
    shift_.set_title("Kveld, KAD");
    shift_.set_profession(v1::NURSE);
    *shift_.mutable_start_time() = Ts(Oslo(11, 15));
    *shift_.mutable_end_time() = Ts(Oslo(11, 23));
    main_.set_name("positions/hus");
    main_.set_employer(kHf);
    main_.set_kind(v1::Position::MAIN);
    main_.set_percentage(80);
    main_.mutable_valid_from()->set_year(2020);
    main_.mutable_valid_from()->set_month(1);
    main_.mutable_valid_from()->set_day(1);
    hytte_ = main_;
    hytte_.set_name("positions/hytte");
    hytte_.set_employer(kKommune);
    hytte_.set_kind(v1::Position::SECONDARY);
    hytte_.set_percentage(20);
    hytte_.set_agreement("agreements/a1");
    hytte_.set_agreement_partner(kHf);
    *hytte_.mutable_agreement_consent_time() = Ts(Oslo(1, 12));
    hytte_.set_employer_of_record(kHf);
    hytte_.set_recharge_hourly_ore(45000);
    hytte_.set_recharge_overhead_percent(12);
  }

  Evaluation Run(const std::vector<WorkEntry>& work) {
    positions_ = {main_, hytte_};
    EvaluationInput in;
    in.shift = &shift_;
    in.host = &host_;
    in.unit_label = "KAD, Kommune";
    in.person = &person_;
    in.position = &hytte_;
    in.positions = &positions_;
    in.work = &work;
    in.now = Oslo(1, 12);
    return Evaluate(rules::DefaultRuleBook(), in);
  }

  v1::Organisation host_;
  v1::Person person_;
  v1::Shift shift_;
  v1::Position main_, hytte_;
  std::vector<v1::Position> positions_;
};

TEST_F(AgreementTermsTest, TheHostPaysTheAgreedRate) {
  const Evaluation e = Run({});
  // 8 h × 450 NOK/h × 1.12 = 4032 NOK.
  EXPECT_EQ(e.cost_nok, 4032) << e.cost_detail;
  EXPECT_NE(e.cost_detail.find("agreed recharge"), std::string::npos) << e.cost_detail;
  hytte_.clear_recharge_hourly_ore();
  EXPECT_NE(Run({}).cost_nok, 4032);
}

int SumFindings(const Evaluation& e) {
  int n = 0;
  for (const v1::Finding& f : e.findings) n += f.severity() == v1::Finding::WARN;
  return n;
}

TEST_F(AgreementTermsTest, AcceptingIsConsentForTheTwoEmployersOnly) {
  // A day shift at the trust ending 5 hours before: the daily rest breaks
  // only in the sum of the two employers' hours.
  const std::vector<WorkEntry> at_hus = {{Oslo(11, 0), Oslo(11, 10), kHf, "", "Natt", "plannedShifts/p1", ""}};
  const int with_agreement = SumFindings(Run(at_hus));
  EXPECT_GT(with_agreement, 0);
  // Without the agreement's consent, and without the general consent, the
  // municipality checks its own hours only.
  hytte_.clear_agreement_consent_time();
  EXPECT_EQ(SumFindings(Run(at_hus)), 0);
  // The same hours at a third employer stay out of the agreement's consent.
  *hytte_.mutable_agreement_consent_time() = Ts(Oslo(1, 12));
  const std::vector<WorkEntry> elsewhere = {{Oslo(11, 0), Oslo(11, 10), kOther, "", "Natt", "plannedShifts/p2", ""}};
  EXPECT_EQ(SumFindings(Run(elsewhere)), 0);
}

}  // namespace
}  // namespace vaktbro::matching
