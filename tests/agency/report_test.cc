// The report's arithmetic against the hand-computed fixture
// (report_fixture.h):
//
//            agency (BOOKED)                 internal fills
//   Jan 26   b1: 8 h, 8 000 kr              f1 pool 8 h, 3 669.60 kr, saves 4
//   730.40 Feb 26   b2: 10 h, 12 000 kr (no consultation), b8: 3 h, 3 000 kr
//   Mar 26   b3 cancelled, b4 kicked out    f2 secondary 8 h, 3 000 kr, saves 5
//   000
//                                           f3 pensioner 6 h, 2 000 kr, saves 4
//                                           000
//   Jan 25   b5: 12 h, 16 000 kr  (baseline)
//   Mar 25   b6: 8 h, 4 000 kr    (baseline)
//
// Totals: agency 3 bookings, 21 h, 23 000 kr; internal 3 fills, 22 h,
// 8 669.60 kr, agency equivalent 22 400 kr, saving 13 730.40 kr; share
// internal 22 / 43; baseline 2 bookings, 20 h, 20 000 kr: cost +15 %,
// hours +5 %. Unit A hired in January and February: one streak of 2.
#include "agency/report.h"

#include <cmath>

#include "gtest/gtest.h"
#include "report_fixture.h"

namespace vaktbro::agency {
namespace {

using testing::FixtureInput;
using testing::FixtureReport;
using testing::FixtureRequest;
using testing::Oslo;

const v1::ChannelFigures& Channel(const v1::AgencyFigures& f,
                                  v1::InternalFill::Channel c) {
  for (const v1::ChannelFigures& ch : f.channels()) {
    if (ch.channel() == c) return ch;
  }
  static const v1::ChannelFigures kNone;
  ADD_FAILURE() << "no channel " << c;
  return kNone;
}

TEST(ReportTest, Totals) {
  const v1::AgencyReport r = FixtureReport();
  const v1::AgencyFigures& t = r.totals();
  EXPECT_EQ(t.agency_bookings(), 3);
  EXPECT_EQ(t.agency_minutes(), 480 + 600 + 180);
  EXPECT_EQ(t.agency_cost_ore(), 2300000);
  EXPECT_EQ(t.bookings_without_consultation(), 1);
  EXPECT_EQ(t.internal_fills(), 3);
  EXPECT_EQ(t.internal_minutes(), 1320);
  EXPECT_EQ(t.internal_cost_ore(), 866960);
  EXPECT_EQ(t.agency_equivalent_ore(), 2240000);
  EXPECT_EQ(t.saving_ore(), 1373040);
  EXPECT_EQ(t.kick_outs(), 1);
  ASSERT_TRUE(t.has_internal_share());
  EXPECT_DOUBLE_EQ(t.internal_share(), 1320.0 / 2580.0);
  EXPECT_EQ(Channel(t, v1::InternalFill::POOL).fills(), 1);
  EXPECT_EQ(Channel(t, v1::InternalFill::SECONDARY_POSITION).minutes(), 480);
  EXPECT_EQ(Channel(t, v1::InternalFill::PENSIONER).saving_ore(), 400000);
  EXPECT_EQ(Channel(t, v1::InternalFill::OWN_STAFF).fills(), 0);
  EXPECT_EQ(t.channels_size(), 5);
}

TEST(ReportTest, MonthsAndTheBaseline) {
  const v1::AgencyReport r = FixtureReport();
  ASSERT_EQ(r.months_size(), 3);
  const v1::AgencyReportMonth& jan = r.months(0);
  EXPECT_EQ(jan.month().month(), 1);
  EXPECT_EQ(jan.baseline_month().year(), 2025);
  EXPECT_EQ(jan.figures().agency_cost_ore(), 800000);
  EXPECT_DOUBLE_EQ(jan.figures().internal_share(), 0.5);
  EXPECT_EQ(jan.baseline().agency_cost_ore(), 1600000);
  ASSERT_TRUE(jan.has_agency_cost_change());
  EXPECT_DOUBLE_EQ(jan.agency_cost_change(), -0.5);
  EXPECT_DOUBLE_EQ(jan.agency_hours_change(), (480.0 - 720.0) / 720.0);

  const v1::AgencyReportMonth& feb = r.months(1);
  EXPECT_EQ(feb.figures().agency_bookings(),
            2);  // b8 belongs to February in Oslo
  EXPECT_EQ(feb.figures().agency_minutes(), 780);
  EXPECT_EQ(feb.figures().agency_cost_ore(), 1500000);
  EXPECT_EQ(feb.figures().bookings_without_consultation(), 1);
  EXPECT_DOUBLE_EQ(feb.figures().internal_share(), 0.0);
  EXPECT_FALSE(feb.has_agency_cost_change());  // nothing in February 2025

  const v1::AgencyReportMonth& mar = r.months(2);
  EXPECT_EQ(mar.figures().agency_bookings(), 0);
  EXPECT_EQ(mar.figures().kick_outs(), 1);
  EXPECT_EQ(mar.figures().internal_fills(), 2);
  EXPECT_EQ(mar.figures().saving_ore(), 900000);
  EXPECT_DOUBLE_EQ(mar.figures().internal_share(), 1.0);
  EXPECT_DOUBLE_EQ(mar.agency_cost_change(), -1.0);

  EXPECT_EQ(r.baseline_totals().agency_cost_ore(), 2000000);
  EXPECT_DOUBLE_EQ(r.agency_cost_change(), 0.15);
  EXPECT_DOUBLE_EQ(r.agency_hours_change(), 0.05);
  EXPECT_EQ(r.scope(), "Vestvik kommune, alle enheter, alle yrker");
}

TEST(ReportTest, RowsPerOrganisationUnitProfessionAndMonth) {
  const v1::AgencyReport r = FixtureReport();
  // A-Jan, A-Feb, A-Mar (the cancelled b3 makes no row; f2 does), B-Feb, B-Mar.
  ASSERT_EQ(r.rows_size(), 5);
  EXPECT_EQ(r.rows(0).unit_display_name(), "Avdeling A");
  EXPECT_EQ(r.rows(0).month().month(), 1);
  EXPECT_EQ(r.rows(0).figures().agency_cost_ore(), 800000);
  EXPECT_EQ(r.rows(0).figures().internal_cost_ore(), 366960);
  EXPECT_EQ(r.rows(2).month().month(), 3);
  EXPECT_EQ(r.rows(2).figures().agency_bookings(), 0);
  EXPECT_EQ(r.rows(2).figures().internal_fills(), 1);
  EXPECT_EQ(r.rows(3).unit(), "units/b");
  EXPECT_EQ(r.rows(3).profession(), v1::HEALTH_WORKER);
  EXPECT_EQ(r.rows(4).figures().kick_outs(), 1);
  EXPECT_EQ(r.rows(4).figures().saving_ore(), 400000);
  int64_t cost = 0;
  for (const v1::AgencyReportRow& row : r.rows())
    cost += row.figures().agency_cost_ore();
  EXPECT_EQ(cost, r.totals().agency_cost_ore());
}

TEST(ReportTest, Streaks) {
  v1::AgencyReport r = FixtureReport();
  ASSERT_EQ(r.streaks_size(), 1);
  EXPECT_EQ(r.streaks(0).unit(), "units/a");
  EXPECT_EQ(r.streaks(0).months(), 2);
  EXPECT_EQ(r.streaks(0).first_month().month(), 1);
  EXPECT_EQ(r.streaks(0).last_month().month(), 2);
  EXPECT_FALSE(r.streaks(0).ongoing());
  // With N = 3 nobody qualifies.
  v1::GetAgencyReportRequest request = FixtureRequest();
  request.set_streak_months(3);
  r = BuildAgencyReport(*NormaliseReportRequest(request, 0), FixtureInput());
  EXPECT_EQ(r.streaks_size(), 0);
}

TEST(ReportTest, FiltersAndOtherBaselines) {
  v1::GetAgencyReportRequest request = FixtureRequest();
  request.clear_organisation();
  v1::AgencyReport r =
      BuildAgencyReport(*NormaliseReportRequest(request, 0), FixtureInput());
  EXPECT_EQ(r.totals().agency_cost_ore(),
            2300000 + 999900);  // with the other organisation's b7

  request = FixtureRequest();
  request.set_profession(v1::HEALTH_WORKER);
  r = BuildAgencyReport(*NormaliseReportRequest(request, 0), FixtureInput());
  EXPECT_EQ(r.totals().agency_cost_ore(), 300000);
  EXPECT_EQ(r.totals().internal_fills(), 1);
  EXPECT_EQ(r.scope(), "Vestvik kommune, alle enheter, helsefagarbeider");

  request = FixtureRequest();
  request.set_unit("units/a");
  request.set_baseline(v1::GetAgencyReportRequest::PREVIOUS_PERIOD);
  r = BuildAgencyReport(*NormaliseReportRequest(request, 0), FixtureInput());
  EXPECT_EQ(r.baseline_first_month().month(), 10);
  EXPECT_EQ(r.baseline_first_month().year(), 2025);
  EXPECT_EQ(r.totals().agency_cost_ore(), 2000000);
  EXPECT_FALSE(r.has_agency_cost_change());  // nothing in Oct-Dec 2025

  request.set_baseline(v1::GetAgencyReportRequest::NO_BASELINE);
  r = BuildAgencyReport(*NormaliseReportRequest(request, 0), FixtureInput());
  EXPECT_FALSE(r.has_baseline_first_month());
  EXPECT_FALSE(r.months(0).has_baseline_month());
}

TEST(ReportTest, EmptyMonthsHaveNoShare) {
  ReportInput empty;
  const v1::AgencyReport r =
      BuildAgencyReport(*NormaliseReportRequest(FixtureRequest(), 0), empty);
  ASSERT_EQ(r.months_size(), 3);
  EXPECT_FALSE(r.months(0).figures().has_internal_share());
  EXPECT_EQ(r.rows_size(), 0);
}

TEST(ReportRequestTest, Defaults) {
  const absl::StatusOr<v1::GetAgencyReportRequest> r = NormaliseReportRequest(
      v1::GetAgencyReportRequest(), Oslo(2026, 11, 22, 13));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->first_month().year(), 2025);
  EXPECT_EQ(r->first_month().month(), 11);
  EXPECT_EQ(r->last_month().year(), 2026);
  EXPECT_EQ(r->last_month().month(), 10);
  EXPECT_EQ(r->baseline(), v1::GetAgencyReportRequest::SAME_MONTHS_LAST_YEAR);
  EXPECT_EQ(r->streak_months(), 3);

  v1::GetAgencyReportRequest only_first;
  only_first.mutable_first_month()->set_year(2026);
  only_first.mutable_first_month()->set_month(3);
  EXPECT_EQ(NormaliseReportRequest(only_first, 0)->last_month().month(),
            2);  // 2027-02
}

TEST(ReportRequestTest, BadRequestsNameTheField) {
  struct Case {
    const char* field;
    std::function<void(v1::GetAgencyReportRequest&)> spoil;
  };
  const Case cases[] = {
      {"first_month: ",
       [](auto& r) { r.mutable_first_month()->set_month(13); }},
      {"last_month: ", [](auto& r) { r.mutable_last_month()->set_year(1800); }},
      {"last_month: must not be before",
       [](auto& r) { r.mutable_last_month()->set_year(2025); }},
      {"last_month: the period may be at most 36",
       [](auto& r) { r.mutable_last_month()->set_year(2030); }},
      {"streak_months: ", [](auto& r) { r.set_streak_months(1); }},
      {"profession: ",
       [](auto& r) { r.set_profession(static_cast<v1::Profession>(99)); }},
      {"baseline: ",
       [](auto& r) {
         r.set_baseline(static_cast<v1::GetAgencyReportRequest::Baseline>(9));
       }},
  };
  for (const Case& c : cases) {
    v1::GetAgencyReportRequest r = FixtureRequest();
    c.spoil(r);
    const absl::Status s = NormaliseReportRequest(r, 0).status();
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << c.field;
    EXPECT_EQ(std::string(s.message()).rfind(c.field, 0), 0u) << s.message();
  }
}

}  // namespace
}  // namespace vaktbro::agency
