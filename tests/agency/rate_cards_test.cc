// The rate cards against figures computed by hand (see the comments).
#include "agency/rate_cards.h"

#include "agency/ledger.h"
#include "gtest/gtest.h"
#include "test_times.h"

namespace vaktbro::agency {
namespace {

using testing::Oslo;
using testing::Ts;

const v1::RateCard& Card(v1::RateCard::Kind kind, v1::Profession p,
                         int64_t at) {
  const v1::RateCard* card = RateCardBook::BuiltIn().Find(kind, p, at);
  EXPECT_NE(card, nullptr);
  static const v1::RateCard kNone;
  return card != nullptr ? *card : kNone;
}

TEST(RateCardsTest, VersionsByDate) {
  EXPECT_EQ(
      Card(v1::RateCard::AGENCY, v1::NURSE, Oslo(2025, 3, 11, 7)).version(),
      "agency-2025");
  EXPECT_EQ(
      Card(v1::RateCard::AGENCY, v1::NURSE, Oslo(2024, 12, 31, 23)).version(),
      "agency-2024");
  EXPECT_EQ(
      Card(v1::RateCard::INTERNAL, v1::NURSE, Oslo(2027, 6, 1, 7)).version(),
      "internal-2026");
  EXPECT_EQ(RateCardBook::BuiltIn().Find(v1::RateCard::AGENCY, v1::NURSE,
                                         Oslo(2023, 6, 1, 7)),
            nullptr);
  EXPECT_EQ(RateCardBook::BuiltIn().Find(v1::RateCard::AGENCY,
                                         v1::PROFESSION_UNSPECIFIED,
                                         Oslo(2025, 6, 1, 7)),
            nullptr);
  EXPECT_EQ(RateCardBook::BuiltIn().cards().size(), 8u * 3 * 2);
}

struct AgencyCase {
  const char* what;
  int64_t start, end;
  int64_t ore;
};

TEST(RateCardsTest, AgencyPricesByHand) {
  // Nurse, agency-2025: 1050 NOK/h; evening +15 %, night +30 %, weekend +35 %,
  // holiday +100 %.
  const AgencyCase cases[] = {
      // 8 h x 1050 = 8400 NOK.
      {"weekday day", Oslo(2025, 3, 11, 7), Oslo(2025, 3, 11, 15), 840000},
      // 2 x 1050 + 4 x 1207.50 + 1.5 x 1365 = 8977.50.
      {"weekday evening", Oslo(2025, 3, 11, 15), Oslo(2025, 3, 11, 22, 30),
       897750},
      // Saturday night: 8 h x 1050 x 1.65 + 1.5 h x 1050 x 1.35 = 15986.25.
      {"weekend night", Oslo(2025, 3, 15, 22), Oslo(2025, 3, 16, 7, 30),
       1598625},
      // 17 May (a Saturday): holiday, not weekend: 8 x 2100 = 16800.
      {"17 May", Oslo(2025, 5, 17, 7), Oslo(2025, 5, 17, 15), 1680000},
      // Christmas Eve from 15:00: 2 x 2100 + 4 x 2257.50 + 1.5 x 2415 =
      // 16852.50.
      {"Christmas Eve evening", Oslo(2025, 12, 24, 15),
       Oslo(2025, 12, 24, 22, 30), 1685250},
      // Clocks go forward: 7 h night weekend + 1.5 h day weekend = 14253.75.
      {"summer-time night", Oslo(2025, 3, 29, 22), Oslo(2025, 3, 30, 7, 30),
       1425375},
  };
  for (const AgencyCase& c : cases) {
    EXPECT_EQ(AgencyPrice(Card(v1::RateCard::AGENCY, v1::NURSE, c.start),
                          c.start, c.end),
              c.ore)
        << c.what;
  }
}

TEST(RateCardsTest, InternalCostsByHand) {
  // Nurse, internal-2025: 330 NOK/h; evening and night +25 %, weekend +65
  // NOK/h, overtime +40 %, employer's costs 39 %; pensjonistlønn 245 NOK/h
  // with 28 %.
  const v1::RateCard& card =
      Card(v1::RateCard::INTERNAL, v1::NURSE, Oslo(2025, 3, 11, 7));
  const int64_t day_start = Oslo(2025, 3, 11, 7),
                day_end = Oslo(2025, 3, 11, 15);
  // 8 x 330 = 2640; x 1.39 = 3669.60.
  EXPECT_EQ(InternalCost(card, PayBasis::kOrdinary, day_start, day_end),
            366960);
  // 8 x 330 x 1.40 = 3696; x 1.39 = 5137.44.
  EXPECT_EQ(InternalCost(card, PayBasis::kOvertime, day_start, day_end),
            513744);
  // 8 x 245 = 1960; x 1.28 = 2508.80.
  EXPECT_EQ(InternalCost(card, PayBasis::kPensjonistlonn, day_start, day_end),
            250880);
  // Saturday night: 8 x (330 x 1.25 + 65) + 1.5 x (330 + 65) = 4412.50;
  // x 1.39 = 6133.375, rounded half up to 6133.38.
  EXPECT_EQ(InternalCost(card, PayBasis::kOrdinary, Oslo(2025, 3, 15, 22),
                         Oslo(2025, 3, 16, 7, 30)),
            613338);
}

TEST(RateCardsTest, RoundDivRoundsHalfAwayFromZero) {
  EXPECT_EQ(RoundDiv(5, 2), 3);
  EXPECT_EQ(RoundDiv(4, 2), 2);
  EXPECT_EQ(RoundDiv(-5, 2), -3);
  EXPECT_EQ(RoundDiv(149, 100), 1);
  EXPECT_EQ(RoundDiv(150, 100), 2);
}

TEST(LedgerTest, ChannelOfPositions) {
  v1::Position p;
  p.set_employer("organisations/host");
  const struct {
    v1::Position::Kind kind;
    const char* employer;
    v1::InternalFill::Channel channel;
  } cases[] = {
      {v1::Position::SECONDARY, "organisations/other",
       v1::InternalFill::SECONDARY_POSITION},
      {v1::Position::POOL, "organisations/host", v1::InternalFill::POOL},
      {v1::Position::PENSIONER, "organisations/host",
       v1::InternalFill::PENSIONER},
      {v1::Position::MAIN, "organisations/host", v1::InternalFill::OWN_STAFF},
      {v1::Position::HOURLY, "organisations/host", v1::InternalFill::OWN_STAFF},
      {v1::Position::MAIN, "organisations/other",
       v1::InternalFill::PARTNER_EMPLOYER},
      {v1::Position::HOURLY, "organisations/other",
       v1::InternalFill::PARTNER_EMPLOYER},
  };
  for (const auto& c : cases) {
    p.set_kind(c.kind);
    p.set_employer(c.employer);
    EXPECT_EQ(ChannelOf(p, "organisations/host"), c.channel)
        << v1::Position::Kind_Name(c.kind) << " " << c.employer;
  }
}

TEST(LedgerTest, PriceFillRecordsTheSaving) {
  v1::InternalFill fill;
  fill.set_profession(v1::NURSE);
  fill.set_channel(v1::InternalFill::POOL);
  fill.set_pay_scheme(v1::Position::ORDINARY);
  *fill.mutable_start_time() = Ts(Oslo(2025, 3, 11, 7));
  *fill.mutable_end_time() = Ts(Oslo(2025, 3, 11, 15));
  PriceFill(RateCardBook::BuiltIn(), fill);
  EXPECT_EQ(fill.minutes(), 480);
  EXPECT_EQ(fill.agency_cost_ore(), 840000);
  EXPECT_EQ(fill.internal_cost_ore(), 366960);
  EXPECT_EQ(fill.saving_ore(), 473040);
  EXPECT_EQ(fill.agency_rate_card(), "agency-2025");
  EXPECT_EQ(fill.internal_cost_card(), "internal-2025");

  fill.set_channel(v1::InternalFill::OWN_STAFF);  // overtime
  PriceFill(RateCardBook::BuiltIn(), fill);
  EXPECT_EQ(fill.internal_cost_ore(), 513744);
  fill.set_channel(v1::InternalFill::PENSIONER);
  fill.set_pay_scheme(v1::Position::PENSJONISTLONN);
  PriceFill(RateCardBook::BuiltIn(), fill);
  EXPECT_EQ(fill.internal_cost_ore(), 250880);
  EXPECT_EQ(fill.saving_ore(), 840000 - 250880);

  v1::AgencyBooking booking;
  booking.set_name("agencyBookings/b1");
  booking.set_total_cost_ore(1000000);
  CreditKickOut(booking, fill);
  EXPECT_EQ(fill.agency_cost_ore(), 1000000);
  EXPECT_EQ(fill.saving_ore(), 1000000 - 250880);
  EXPECT_EQ(fill.replaced_agency_booking(), "agencyBookings/b1");
}

TEST(LedgerTest, BookingTotals) {
  v1::AgencyBooking b;
  b.set_hours(7.5);
  b.set_hourly_rate_ore(105050);
  b.set_fees_ore(50000);
  // 450 min x 1050.50 / 60 = 7878.75, + 500 fees.
  EXPECT_EQ(BookingMinutes(b), 450);
  EXPECT_EQ(BookingTotalOre(b), 837875);
  b.set_hours(1.0 / 3);  // 20 minutes
  b.set_hourly_rate_ore(100001);
  b.set_fees_ore(0);
  // 20 x 100001 / 60 = 33333.67 -> 33334.
  EXPECT_EQ(BookingTotalOre(b), 33334);
}

}  // namespace
}  // namespace vaktbro::agency
