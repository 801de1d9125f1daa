// Twelve months of internal fills before first_day: the shifts the region
// filled through the exchange instead of hiring, rising month by month as
// the exchange is taken into use and shifting from the float pools towards
// secondary positions, pensioners and partner employers. Each fill is worked
// by a real demo person through a real position of the right kind. Costs are
// left to the loader, which prices fills with the rate cards.
#include <cmath>
#include <cstdio>
#include <string>

#include "demo_oslo_time.h"
#include "demo_random.h"
#include "demo_world.h"

namespace vaktbro::demo::internal {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using Channel = v1::InternalFill::Channel;

constexpr int kHistoryDays = 365;

bool HasProfession(const PersonInfo& person, v1::Profession profession) {
  for (v1::Profession p : person.professions) {
    if (p == profession) return true;
  }
  return false;
}

// The positions through which `channel` fills a shift of `profession` at
// `org`: SECONDARY, POOL and PENSIONER positions at the host; MAIN ones at
// the host (own staff) or at another organisation (partner employer).
std::vector<size_t> Candidates(const World& world, Channel channel, size_t org,
                               v1::Profession profession) {
  std::vector<size_t> found;
  for (size_t i = 0; i < world.positions.size(); ++i) {
    const PositionInfo& p = world.positions[i];
    if (!HasProfession(world.people[p.person], profession)) continue;
    const bool ok = channel == v1::InternalFill::SECONDARY_POSITION
                        ? p.kind == v1::Position::SECONDARY && p.org == org
                    : channel == v1::InternalFill::POOL
                        ? p.kind == v1::Position::POOL && p.org == org
                    : channel == v1::InternalFill::PENSIONER
                        ? p.kind == v1::Position::PENSIONER && p.org == org
                    : channel == v1::InternalFill::OWN_STAFF
                        ? p.kind == v1::Position::MAIN && p.org == org
                        : p.kind == v1::Position::MAIN && p.org != org;
    if (ok) found.push_back(i);
  }
  return found;
}

// Channel weights move from the pools and own staff towards the region.
Channel PickChannel(DemoRandom& rng, double progress) {
  const std::vector<Channel> channels = {
      v1::InternalFill::OWN_STAFF, v1::InternalFill::SECONDARY_POSITION,
      v1::InternalFill::POOL, v1::InternalFill::PENSIONER,
      v1::InternalFill::PARTNER_EMPLOYER};
  const std::vector<double> weights = {30 - 20 * progress, 10 + 20 * progress,
                                       45 - 20 * progress, 8 + 12 * progress,
                                       7 + 8 * progress};
  return channels[rng.Weighted(weights)];
}

}  // namespace

void BuildInternalFillHistory(const World& world, DemoRegion* out) {
  DemoRandom rng(world.seed, "internal-fills");
  std::vector<double> org_weights;
  for (const OrgInfo& org : world.orgs)
    org_weights.push_back(org.spec->agency_weight);
  const sys_days history_start = world.first_day - days{kHistoryDays};

  for (int d = 0; d < kHistoryDays; ++d) {
    const double progress = static_cast<double>(d) / kHistoryDays;
    const double expected = 0.4 + 3.6 * std::pow(progress, 1.3);
    int count = static_cast<int>(expected);
    if (rng.Fraction() < expected - count) ++count;
    const sys_days date = history_start + days{d};
    for (int n = 0; n < count; ++n) {
      const size_t org = rng.Weighted(org_weights);
      const size_t unit = rng.Pick(world.orgs[org].units);
      std::vector<const ShiftLineSpec*> lines;
      for (const ShiftLineSpec& line : world.units[unit].spec->lines) {
        if (!line.weekend_only) lines.push_back(&line);
      }
      if (lines.empty()) continue;
      const ShiftLineSpec& line = *rng.Pick(lines);
      const ShiftKind kind =
          std::vector<ShiftKind>{ShiftKind::kDay, ShiftKind::kEvening,
                                 ShiftKind::kNight}[rng.Weighted({45, 30, 25})];
      Channel channel = PickChannel(rng, progress);
      std::vector<size_t> candidates =
          Candidates(world, channel, org, line.profession);
      if (candidates.empty()) {
        channel = v1::InternalFill::OWN_STAFF;
        candidates = Candidates(world, channel, org, line.profession);
      }
      if (candidates.empty()) continue;
      const size_t pos = rng.Pick(candidates);
      const PositionInfo& position = world.positions[pos];
      const ShiftClock clock = ClockOf(kind, world.orgs[org].hospital);

      v1::InternalFill& f = out->internal_fills.emplace_back();
      char id[32];
      std::snprintf(id, sizeof id, "hf%05zu", out->internal_fills.size());
      f.set_name(std::string("internalFills/") + id);
      f.set_organisation("organisations/" + world.orgs[org].id);
      f.set_unit("units/" + world.units[unit].id);
      f.set_person("people/" + world.people[position.person].id);
      f.set_position("positions/" + position.id);
      f.set_employer("organisations/" + world.orgs[position.org].id);
      f.set_profession(line.profession);
      f.set_channel(channel);
      f.set_pay_scheme(out->positions[pos].position().pay_scheme());
      const int64_t start = OsloLocalToUnix(date, clock.start);
      *f.mutable_start_time() = ToTimestamp(start);
      *f.mutable_end_time() = ToTimestamp(OsloLocalToUnix(date, clock.end));
      *f.mutable_create_time() = ToTimestamp(start - rng.Uniform(1, 5) * 86400);
      *f.mutable_update_time() = f.create_time();
      f.set_etag("1");
    }
  }
}

}  // namespace vaktbro::demo::internal
