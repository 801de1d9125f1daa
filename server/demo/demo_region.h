// The demo region: a believable, wholly fictional helsefellesskap for
// demonstrations, manual testing and the GUI's first run.
//
// Helsefellesskap Vestvik is one hospital trust (Sykehuset Vestvik HF, six
// units: medisin, kirurgi, ortopedi, geriatri, akuttmottak, intensiv) and
// three municipalities (Vestvik, Fjordhamn, Bjørkelia) with nursing homes,
// home-care districts and KAD beds; the trust is in partnership with each
// municipality, and Fjordhamn with Bjørkelia. About 300 staff: nurses,
// specialist nurses, health workers, care assistants and a few physicians and
// physiotherapists, each with a MAIN position at a unit; about 40 also hold a
// SECONDARY position ("hytte") across the hospital/municipality line, 20 work
// in the employers' float pools (POOL, no unit) and 25 are pensioners
// (PENSIONER, 0 %, born both before and from 1963). Hytte holders,
// pensioners and pool staff have availability windows.
//
// Four weeks of shifts from `first_day` cover every unit: day 07:00-15:00,
// evening 15:00-22:30 (hospital) or 14:30-22:00 (municipality) and night
// 22:00-07:30, all Europe/Oslo wall-clock time. About one shift in ten is
// left OPEN; every other shift is fully assigned (its headcount equals its
// assignments) through a position the person holds at the shift's
// organisation, the person has the shift's profession and any competence it
// requires (valid at its end), works at most one shift per day and five per
// week, never overlaps another shift and has at least 11 h of rest between
// shifts. Hytte holders and pensioners work only inside their availability
// windows. The twelve months before `first_day` hold the agency-hire history:
// bookings from fictional "... Bemanning AS" agencies at 900-1400 NOK per hour,
// more in the summer holidays and falling month by month as the exchange is
// taken into use. The same months hold the internal fills: shifts the
// region filled through the exchange, from a few a week to several a day,
// worked through real demo positions (pool, hytte, pensioner, partner
// employer, own staff).
//
// Every resource carries a client-chosen id so that the lists reference each
// other by full name; request ids are "demo-<kind>-<id>". The output is a
// pure function of (seed, first_day): byte-identical on every platform.
#ifndef VAKTBRO_SERVER_DEMO_DEMO_REGION_H_
#define VAKTBRO_SERVER_DEMO_DEMO_REGION_H_

#include <chrono>
#include <cstdint>
#include <vector>

#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::demo {

struct DemoOptions {
  uint64_t seed = 20261122;
  // A Monday (another day is moved back to its Monday); shifts cover the four
  // weeks from it, the agency history the twelve months before it.
  v1::Date first_day;
};

// The region as the requests that create it, in the order to apply them:
// organisations, partnerships, units, people, positions, availabilities,
// shifts (PostShift, all OPEN), then assignments (AssignShift, accepted).
// Agency bookings have their name set and are stored directly.
struct DemoRegion {
  std::vector<v1::CreateOrganisationRequest> organisations;
  std::vector<v1::CreatePartnershipRequest> partnerships;
  std::vector<v1::CreateUnitRequest> units;
  std::vector<v1::CreatePersonRequest> people;
  std::vector<v1::CreatePositionRequest> positions;
  std::vector<v1::CreateAvailabilityRequest> availabilities;
  std::vector<v1::PostShiftRequest> shifts;
  std::vector<v1::OfferShiftRequest> assignments;
  std::vector<v1::AgencyBooking> agency_bookings;
  // Internal fills of the same twelve months (names set, costs not: the
  // loader prices them with the rate cards), stored directly.
  std::vector<v1::InternalFill> internal_fills;
};

// Deterministic in (options.seed, options.first_day). REQUIRES: first_day is
// a valid date.
DemoRegion GenerateDemoRegion(const DemoOptions& options);

// The Monday on or before `day` (the day itself when it is a Monday).
v1::Date MondayOnOrBefore(std::chrono::sys_days day);

}  // namespace vaktbro::demo

#endif  // VAKTBRO_SERVER_DEMO_DEMO_REGION_H_
