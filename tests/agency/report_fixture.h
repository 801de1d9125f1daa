// A small hand-computed world for the report tests and the export tests:
// one municipality with two units, three months of 2026 and their baseline
// a year before. The expected figures are worked out in report_test.cc.
#ifndef VAKTBRO_TESTS_AGENCY_REPORT_FIXTURE_H_
#define VAKTBRO_TESTS_AGENCY_REPORT_FIXTURE_H_

#include "agency/report.h"
#include "test_times.h"

namespace vaktbro::agency::testing {

inline v1::AgencyBooking Booking(const char* id, const char* unit,
                                 v1::Profession p, int64_t start, double hours,
                                 int64_t cost_ore,
                                 v1::AgencyBooking::State state,
                                 bool consulted) {
  v1::AgencyBooking b;
  b.set_name(std::string("agencyBookings/") + id);
  b.set_organisation(std::string(unit).rfind("units/x", 0) == 0
                         ? "organisations/o2"
                         : "organisations/o1");
  b.set_unit(unit);
  b.set_profession(p);
  *b.mutable_start_time() = Ts(start);
  *b.mutable_end_time() = Ts(start + static_cast<int64_t>(hours * 3600));
  b.set_hours(hours);
  b.set_total_cost_ore(cost_ore);
  b.set_state(state);
  if (consulted) {
    b.mutable_union_consultation_date()->set_year(2025);
    b.mutable_union_consultation_date()->set_month(12);
    b.mutable_union_consultation_date()->set_day(1);
  }
  return b;
}

inline v1::InternalFill Fill(const char* id, const char* unit, v1::Profession p,
                             int64_t start, int64_t minutes,
                             v1::InternalFill::Channel channel,
                             int64_t internal, int64_t agency) {
  v1::InternalFill f;
  f.set_name(std::string("internalFills/") + id);
  f.set_organisation("organisations/o1");
  f.set_unit(unit);
  f.set_profession(p);
  f.set_channel(channel);
  *f.mutable_start_time() = Ts(start);
  *f.mutable_end_time() = Ts(start + minutes * 60);
  f.set_minutes(minutes);
  f.set_internal_cost_ore(internal);
  f.set_agency_cost_ore(agency);
  f.set_saving_ore(agency - internal);
  return f;
}

inline ReportInput FixtureInput() {
  using B = v1::AgencyBooking;
  ReportInput in;
  in.bookings = {
      Booking("b1", "units/a", v1::NURSE, Oslo(2026, 1, 10, 8), 8, 800000,
              B::BOOKED, true),
      Booking("b2", "units/a", v1::NURSE, Oslo(2026, 2, 10, 8), 10, 1200000,
              B::BOOKED, false),
      Booking("b3", "units/a", v1::NURSE, Oslo(2026, 3, 10, 8), 4, 500000,
              B::CANCELLED, true),
      Booking("b4", "units/b", v1::HEALTH_WORKER, Oslo(2026, 3, 15, 8), 6,
              600000, B::KICKED_OUT, true),
      Booking("b5", "units/a", v1::NURSE, Oslo(2025, 1, 12, 8), 12, 1600000,
              B::BOOKED, true),
      Booking("b6", "units/b", v1::HEALTH_WORKER, Oslo(2025, 3, 3, 8), 8,
              400000, B::BOOKED, true),
      // Another organisation's booking: only in unfiltered reports.
      Booking("b7", "units/x", v1::NURSE, Oslo(2026, 1, 20, 8), 5, 999900,
              B::BOOKED, true),
      // 00:30 on 1 February in Oslo (23:30 UTC on 31 January): February.
      Booking("b8", "units/b", v1::HEALTH_WORKER, Oslo(2026, 2, 1, 0, 30), 3,
              300000, B::BOOKED, true),
  };
  in.fills = {
      Fill("f1", "units/a", v1::NURSE, Oslo(2026, 1, 12, 7), 480,
           v1::InternalFill::POOL, 366960, 840000),
      Fill("f2", "units/a", v1::NURSE, Oslo(2026, 3, 2, 7), 480,
           v1::InternalFill::SECONDARY_POSITION, 300000, 800000),
      Fill("f3", "units/b", v1::HEALTH_WORKER, Oslo(2026, 3, 15, 8), 360,
           v1::InternalFill::PENSIONER, 200000, 600000),
  };
  in.names = {{"organisations/o1", "Vestvik kommune"},
              {"organisations/o2", "Fjordhamn kommune"},
              {"units/a", "Avdeling A"},
              {"units/b", "Avdeling B"},
              {"units/x", "Avdeling X"}};
  return in;
}

// January to March 2026 for organisations/o1, baseline the same months of
// 2025, N = 2.
inline v1::GetAgencyReportRequest FixtureRequest() {
  v1::GetAgencyReportRequest r;
  r.set_organisation("organisations/o1");
  r.mutable_first_month()->set_year(2026);
  r.mutable_first_month()->set_month(1);
  r.mutable_last_month()->set_year(2026);
  r.mutable_last_month()->set_month(3);
  r.set_streak_months(2);
  return r;
}

// The fixture's report, built as the server builds it.
inline v1::AgencyReport FixtureReport() {
  absl::StatusOr<v1::GetAgencyReportRequest> r =
      NormaliseReportRequest(FixtureRequest(), Oslo(2026, 4, 2, 12));
  v1::AgencyReport report = BuildAgencyReport(*r, FixtureInput());
  report.mutable_generate_time()->set_seconds(Oslo(2026, 4, 2, 12));
  return report;
}

}  // namespace vaktbro::agency::testing

#endif  // VAKTBRO_TESTS_AGENCY_REPORT_FIXTURE_H_
