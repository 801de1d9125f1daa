// Twelve months of agency hire (innleie) before first_day. Each booking is a
// run of one to seven consecutive shifts of one kind at one unit. The story:
// hire falls month by month as the region shares its own staff, with a bulge
// in the summer holidays and around Christmas.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "demo_random.h"
#include "demo_world.h"
#include "demo_oslo_time.h"
#include "org_number.h"

namespace vaktbro::demo::internal {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr int kHistoryDays = 365;
constexpr double kBookingsPerDay =
    1.4;  // at the start of the history, before the season

double SeasonFactor(unsigned month) {
  constexpr double kByMonth[12] = {1.0, 1.0, 1.0, 1.1, 1.0, 1.5,
                                   2.2, 1.5, 0.9, 0.9, 1.0, 1.3};
  return kByMonth[month - 1];
}

v1::Shift::Reason Purpose(DemoRandom& rng, unsigned month,
                          v1::Profession profession) {
  using R = v1::Shift;
  const bool holidays = month >= 6 && month <= 8;
  const bool christmas = month == 12;
  const std::vector<R::Reason> purposes = {R::SICK_LEAVE,     R::VACANCY,
                                           R::PEAK,           R::LEAVE,
                                           R::COMPETENCE_GAP, R::OTHER};
  std::vector<double> weights = {45, 25, 15, 5, 5, 5};
  if (holidays) weights = {25, 15, 5, 55, 0, 0};
  if (christmas) weights = {35, 15, 15, 35, 0, 0};
  if (profession == v1::SPECIALIST_NURSE) weights[4] += 20;
  return purposes[rng.Weighted(weights)];
}

int64_t HourlyRate(DemoRandom& rng, v1::Profession profession) {
  switch (profession) {
    case v1::SPECIALIST_NURSE:
      return rng.Uniform(1150, 1400);
    case v1::NURSE:
      return rng.Uniform(950, 1300);
    default:
      return rng.Uniform(900, 1050);
  }
}

// A unit of `org` and one of its every-day lines, the first shifts weighted.
std::pair<size_t, const ShiftLineSpec*> PickLine(const World& world, size_t org,
                                                 DemoRandom& rng) {
  const size_t unit = rng.Pick(world.orgs[org].units);
  std::vector<const ShiftLineSpec*> lines;
  std::vector<double> weights;
  for (const ShiftLineSpec& line : world.units[unit].spec->lines) {
    if (line.weekend_only) continue;
    lines.push_back(&line);
    weights.push_back(line.max_day +
                      (line.profession == v1::HEALTH_WORKER ? 0 : 2));
  }
  return {unit, lines[rng.Weighted(weights)]};
}

// The register's fields, from a stream of their own so that the history
// above stays as it was: the legal ground, the day the tillitsvalgte were
// consulted (missing more often early in the year, before the routine
// settled), the competence hired, the agency's organisation number.
void AddRegisterDetails(DemoRandom& rng, double progress, const ShiftLineSpec& line,
                        const std::vector<std::string>& agency_numbers, size_t agency, v1::AgencyBooking& b) {
  using B = v1::AgencyBooking;
  b.set_state(B::BOOKED);
  const bool substitute = b.purpose() == v1::Shift::SICK_LEAVE || b.purpose() == v1::Shift::LEAVE;
  b.set_legal_ground(rng.Chance(5) ? B::UNION_AGREEMENT : substitute && rng.Chance(60) ? B::SUBSTITUTE
                                                                                       : B::HEALTH_PERSONNEL);
  const int missing_percent = static_cast<int>(std::lround(20 - 17 * progress));
  if (!rng.Chance(missing_percent)) {
    const int64_t consulted = b.create_time().seconds() - rng.Uniform(0, 3) * 86400;
    const auto day = std::chrono::floor<days>(
        std::chrono::sys_seconds{std::chrono::seconds{consulted + OsloUtcOffsetSeconds(consulted)}});
    *b.mutable_union_consultation_date() = ToDate(day);
  } else {
    b.add_warnings(
        "union_consultation_date: not recorded; the need for agency hire must be discussed with the "
        "tillitsvalgte before the decision (forskrift om innleie fra bemanningsforetak §3)");
  }
  if (!line.competence.empty() && rng.Chance(line.competence_percent + 20)) {
    b.add_competences(std::string(line.competence));
  }
  b.set_agency_organisation_number(agency_numbers[agency]);
  *b.mutable_update_time() = b.create_time();
  b.set_etag("1");
}

}  // namespace

void BuildAgencyHistory(const World& world, DemoRegion* out) {
  DemoRandom rng(world.seed, "agency");
  DemoRandom register_rng(world.seed, "agency-register");
  std::vector<std::string> agency_numbers;
  {
    DemoRandom numbers(world.seed, "agency-numbers");
    for (size_t i = 0; i < AgencyNames().size(); ++i) agency_numbers.push_back(RandomOrganisationNumber(numbers));
  }
  std::vector<double> org_weights;
  for (const OrgInfo& org : world.orgs)
    org_weights.push_back(org.spec->agency_weight);
  // One agency wins most framework-agreement calls.
  const std::vector<double> agency_weights = {40, 20, 15, 15, 10};
  const sys_days history_start = world.first_day - days{kHistoryDays};

  for (int d = 0; d < kHistoryDays; ++d) {
    const sys_days date = history_start + days{d};
    const unsigned month =
        static_cast<unsigned>(std::chrono::year_month_day{date}.month());
    const double trend = 1.0 - 0.7 * d / kHistoryDays;
    const double expected = kBookingsPerDay * trend * SeasonFactor(month);
    int count = static_cast<int>(expected);
    if (rng.Fraction() < expected - count) ++count;

    for (int n = 0; n < count; ++n) {
      const size_t org = rng.Weighted(org_weights);
      const auto [unit, line] = PickLine(world, org, rng);
      const ShiftKind kind =
          std::vector<ShiftKind>{ShiftKind::kDay, ShiftKind::kEvening,
                                 ShiftKind::kNight}[rng.Weighted({40, 30, 30})];
      const int roll = static_cast<int>(rng.Uniform(0, 99));
      int run = roll < 55   ? 1
                : roll < 85 ? static_cast<int>(rng.Uniform(2, 4))
                            : static_cast<int>(rng.Uniform(5, 7));
      run = std::min(
          run, kHistoryDays - d);  // the history ends the day before first_day
      const ShiftClock clock = ClockOf(kind, world.orgs[org].hospital);
      double hours = 0;
      for (int i = 0; i < run;
           ++i) {  // summed shift by shift: DST nights differ
        hours += (OsloLocalToUnix(date + days{i}, clock.end) -
                  OsloLocalToUnix(date + days{i}, clock.start)) /
                 3600.0;
      }

      v1::AgencyBooking& b = out->agency_bookings.emplace_back();
      char id[32];
      std::snprintf(id, sizeof id, "ab%05zu", out->agency_bookings.size());
      b.set_name(std::string("agencyBookings/") + id);
      b.set_organisation("organisations/" + world.orgs[org].id);
      b.set_unit("units/" + world.units[unit].id);
      const size_t agency = rng.Weighted(agency_weights);
      b.set_agency(std::string(AgencyNames()[agency]));
      b.set_profession(line->profession);
      const int64_t start = OsloLocalToUnix(date, clock.start);
      *b.mutable_start_time() = ToTimestamp(start);
      *b.mutable_end_time() =
          ToTimestamp(OsloLocalToUnix(date + days{run - 1}, clock.end));
      b.set_hours(hours);
      const int64_t rate = HourlyRate(rng, line->profession);
      b.set_cost_nok(std::llround(hours * static_cast<double>(rate)));
      // No fees in the demo: the history's cost is hours x rate.
      b.set_hourly_rate_ore(rate * 100);
      b.set_total_cost_ore(std::llround(hours * 60) * rate * 100 / 60);
      b.set_purpose(Purpose(rng, month, line->profession));
      b.set_justification(
          std::string(rng.Pick(AgencyJustifications(b.purpose()))));
      *b.mutable_create_time() = ToTimestamp(
          start - rng.Uniform(1, 14) * 86400 - rng.Uniform(0, 36000));
      AddRegisterDetails(register_rng, static_cast<double>(d) / kHistoryDays, *line, agency_numbers, agency, b);
    }
  }
}

}  // namespace vaktbro::demo::internal
