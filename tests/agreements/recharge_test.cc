// The recharge statement against hand-computed fixtures (docs/agreements.md
// has the formula): March 2026, Europe/Oslo months.
#include "agreements/recharge.h"

#include "absl/time/civil_time.h"
#include "agency/calendar.h"
#include "gtest/gtest.h"

namespace vaktbro::agreements {
namespace {

using v1::Agreement;

constexpr char kHf[] = "organisations/hf";
constexpr char kVestvik[] = "organisations/vestvik";
constexpr char kNordvik[] = "organisations/nordvik";

int64_t Oslo(int y, int m, int d, int hh, int mm) {
  return absl::ToUnixSeconds(agency::Oslo().At(absl::CivilSecond(y, m, d, hh, mm, 0)).pre);
}

Agreement Make(const char* id, const char* main, const char* secondary, Agreement::Party payer,
               int64_t rate, int overhead) {
  Agreement a;
  a.set_name(std::string("agreements/") + id);
  a.set_kind(Agreement::COMBINED_POSITION);
  a.set_person(std::string("people/") + id);
  a.set_main_employer(main);
  a.set_secondary_employer(secondary);
  a.set_employer_of_record(payer);
  a.set_recharge_hourly_ore(rate);
  a.set_recharge_overhead_percent(overhead);
  return a;
}

RechargeInput Fixture(const char* organisation) {
  RechargeInput in;
  in.organisation = organisation;
  in.month = {2026, 3};
  in.agreements = {
      Make("a", kHf, kVestvik, Agreement::MAIN_EMPLOYER, 45000, 12),
      Make("b", kHf, kVestvik, Agreement::MAIN_EMPLOYER, 43333, 7),
      Make("c", kHf, kVestvik, Agreement::SECONDARY_EMPLOYER, 0, 0),
      Make("d", kNordvik, kHf, Agreement::MAIN_EMPLOYER, 40000, 10),
      Make("e", kHf, kVestvik, Agreement::MAIN_EMPLOYER, 50000, 0),  // no work in March
  };
  in.work = {
      // a: 7.5 h + 8 h = 930 min.
      {"agreements/a", Oslo(2026, 3, 2, 7, 30), Oslo(2026, 3, 2, 15, 0)},
      {"agreements/a", Oslo(2026, 3, 10, 7, 0), Oslo(2026, 3, 10, 15, 0)},
      // a: 23:30 on 28 February (Oslo) is February's, though 22:30 UTC.
      {"agreements/a", Oslo(2026, 2, 28, 23, 30), Oslo(2026, 3, 1, 7, 30)},
      // b: 7 h 20 min, started 23:00 on 31 March, ends in April: March's.
      {"agreements/b", Oslo(2026, 3, 31, 23, 0), Oslo(2026, 4, 1, 6, 20)},
      // b: 00:30 on 1 April (Oslo) is April's, though 22:30 UTC on 31 March.
      {"agreements/b", Oslo(2026, 4, 1, 0, 30), Oslo(2026, 4, 1, 8, 0)},
      // c: 8 h, the host pays its own hours.
      {"agreements/c", Oslo(2026, 3, 5, 8, 0), Oslo(2026, 3, 5, 16, 0)},
      // d: 10 h at the hospital trust, paid by Nordvik; across the clock
      // change of 29 March (02:00 -> 03:00): 21:00-08:00 is 10 h.
      {"agreements/d", Oslo(2026, 3, 28, 21, 0), Oslo(2026, 3, 29, 8, 0)},
  };
  in.display_names = {{kHf, "Vestvik sykehus HF"}, {kVestvik, "Vestvik kommune"}, {kNordvik, "Nordvik kommune"}};
  return in;
}

TEST(RechargeAmount, RoundsOnceHalfAwayFromZero) {
  // 15.5 h × 450 NOK × 1.12 = 7812 NOK exactly.
  EXPECT_EQ(RechargeAmountOre(930, 45000, 12), 781200);
  // 440 min × 433.33 NOK/h × 1.07 / 60 = 3400.196067 NOK -> 340 020 øre.
  EXPECT_EQ(RechargeAmountOre(440, 43333, 7), 340020);
  // 1 min × 0.30 NOK/h = 0.5 øre -> 1 øre.
  EXPECT_EQ(RechargeAmountOre(1, 30, 0), 1);
  EXPECT_EQ(RechargeAmountOre(0, 45000, 12), 0);
}

TEST(RechargeStatement, TheHospitalTrustsMarch) {
  const v1::RechargeStatement s = BuildRechargeStatement(Fixture(kHf));
  EXPECT_EQ(s.month().year(), 2026);
  EXPECT_EQ(s.month().month(), 3);
  ASSERT_EQ(s.pairs_size(), 2);

  // Nordvik first (by name): the trust owes Nordvik for d.
  const v1::RechargePair& nordvik = s.pairs(0);
  EXPECT_EQ(nordvik.counterparty(), kNordvik);
  EXPECT_EQ(nordvik.counterparty_display_name(), "Nordvik kommune");
  ASSERT_EQ(nordvik.lines_size(), 1);
  EXPECT_EQ(nordvik.lines(0).minutes(), 600);
  EXPECT_EQ(nordvik.lines(0).host_employer(), kHf);
  EXPECT_EQ(nordvik.lines(0).paying_employer(), kNordvik);
  // 600 min × 400 NOK/h × 1.10 / 60 = 4400 NOK.
  EXPECT_EQ(nordvik.lines(0).amount_ore(), 440000);
  EXPECT_EQ(nordvik.organisation_owes_ore(), 440000);
  EXPECT_EQ(nordvik.counterparty_owes_ore(), 0);
  EXPECT_EQ(nordvik.net_ore(), -440000);

  // Vestvik owes the trust for a and b; c is listed at 0; e had no work.
  const v1::RechargePair& vestvik = s.pairs(1);
  EXPECT_EQ(vestvik.counterparty(), kVestvik);
  ASSERT_EQ(vestvik.lines_size(), 3);
  EXPECT_EQ(vestvik.lines(0).agreement(), "agreements/a");
  EXPECT_EQ(vestvik.lines(0).entries(), 2);
  EXPECT_EQ(vestvik.lines(0).minutes(), 930);
  EXPECT_EQ(vestvik.lines(0).hourly_ore(), 45000);
  EXPECT_EQ(vestvik.lines(0).overhead_percent(), 12);
  EXPECT_EQ(vestvik.lines(0).amount_ore(), 781200);
  EXPECT_EQ(vestvik.lines(1).agreement(), "agreements/b");
  EXPECT_EQ(vestvik.lines(1).entries(), 1);
  EXPECT_EQ(vestvik.lines(1).minutes(), 440);
  EXPECT_EQ(vestvik.lines(1).amount_ore(), 340020);
  EXPECT_EQ(vestvik.lines(2).agreement(), "agreements/c");
  EXPECT_EQ(vestvik.lines(2).minutes(), 480);
  EXPECT_EQ(vestvik.lines(2).paying_employer(), kVestvik);
  EXPECT_EQ(vestvik.lines(2).hourly_ore(), 0);
  EXPECT_EQ(vestvik.lines(2).amount_ore(), 0);
  EXPECT_EQ(vestvik.counterparty_owes_ore(), 1121220);
  EXPECT_EQ(vestvik.organisation_owes_ore(), 0);
  EXPECT_EQ(vestvik.net_ore(), 1121220);
}

TEST(RechargeStatement, TheSameFiguresFromTheOtherSide) {
  const v1::RechargeStatement s = BuildRechargeStatement(Fixture(kVestvik));
  ASSERT_EQ(s.pairs_size(), 1);  // Vestvik has no agreement with Nordvik
  EXPECT_EQ(s.pairs(0).counterparty(), kHf);
  EXPECT_EQ(s.pairs(0).organisation_display_name(), "Vestvik kommune");
  EXPECT_EQ(s.pairs(0).organisation_owes_ore(), 1121220);
  EXPECT_EQ(s.pairs(0).counterparty_owes_ore(), 0);
  EXPECT_EQ(s.pairs(0).net_ore(), -1121220);
}

TEST(RechargeStatement, OnePairOnly) {
  RechargeInput in = Fixture(kHf);
  in.counterparty = kNordvik;
  const v1::RechargeStatement s = BuildRechargeStatement(in);
  ASSERT_EQ(s.pairs_size(), 1);
  EXPECT_EQ(s.pairs(0).counterparty(), kNordvik);
}

TEST(RechargeStatement, AnotherMonth) {
  RechargeInput in = Fixture(kHf);
  in.month = {2026, 4};
  const v1::RechargeStatement s = BuildRechargeStatement(in);
  ASSERT_EQ(s.pairs_size(), 1);
  ASSERT_EQ(s.pairs(0).lines_size(), 1);
  EXPECT_EQ(s.pairs(0).lines(0).agreement(), "agreements/b");
  EXPECT_EQ(s.pairs(0).lines(0).minutes(), 450);  // 00:30-08:00
  // 450 min × 433.33 × 1.07 / 60 = 3477.4733 NOK.
  EXPECT_EQ(s.pairs(0).lines(0).amount_ore(), 347747);
}

}  // namespace
}  // namespace vaktbro::agreements
