// Positions of the demo region: the shared append helper, the SECONDARY
// ("hytte") positions across the hospital/municipality line, and the
// availability windows of the people who take extra shifts.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "demo_random.h"
#include "demo_world.h"
#include "demo_oslo_time.h"

namespace vaktbro::demo::internal {
namespace {

using std::chrono::days;

constexpr int kSecondaryHolders = 40;

bool HasProfession(const PersonInfo& person, v1::Profession profession) {
  return std::find(person.professions.begin(), person.professions.end(),
                   profession) != person.professions.end();
}

// Day numbers (0-27 from first_day) drawn from `candidates`, at most `count`,
// no two on neighbouring days so that a night window never touches the next
// day's window.
std::vector<int> SpreadDays(DemoRandom& rng, std::vector<int> candidates,
                            int count) {
  rng.Shuffle(candidates);
  std::vector<int> chosen;
  for (int day : candidates) {
    if (static_cast<int>(chosen.size()) == count) break;
    const bool touches =
        std::any_of(chosen.begin(), chosen.end(),
                    [day](int other) { return std::abs(other - day) <= 1; });
    if (!touches) chosen.push_back(day);
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

void AddWindows(const World& world, const std::vector<int>& day_numbers,
                DemoRandom& rng, bool pool, PersonInfo* info, DemoRegion* out) {
  for (int day : day_numbers) {
    const bool night = rng.Chance(30);
    const auto date = world.first_day + days{day};
    const Window window = night ? Window{OsloLocalToUnix(date, 22 * 60),
                                         OsloLocalToUnix(date, 31 * 60 + 30)}
                                : Window{OsloLocalToUnix(date, 7 * 60),
                                         OsloLocalToUnix(date, 22 * 60 + 30)};
    info->availability.push_back(window);
    v1::CreateAvailabilityRequest& req = out->availabilities.emplace_back();
    req.set_request_id("demo-availability-" + info->id + "-" +
                       std::to_string(info->availability.size()));
    v1::Availability* a = req.mutable_availability();
    a->set_person("people/" + info->id);
    *a->mutable_start_time() = ToTimestamp(window.start);
    *a->mutable_end_time() = ToTimestamp(window.end);
    a->set_note(pool    ? "Kan ta ekstra helgevakt"
                : night ? "Kan ta nattevakt"
                        : "Kan ta dag- eller kveldsvakt");
  }
}

}  // namespace

void AppendPosition(const PositionDraft& draft, World* world, DemoRegion* out) {
  char id[32];
  std::snprintf(id, sizeof id, "pos%04zu", world->positions.size() + 1);
  world->positions.push_back(
      {id, draft.person, draft.org, draft.unit, draft.kind, draft.max_shifts});

  v1::CreatePositionRequest& req = out->positions.emplace_back();
  req.set_position_id(id);
  req.set_request_id(std::string("demo-position-") + id);
  v1::Position* p = req.mutable_position();
  p->set_person("people/" + world->people[draft.person].id);
  p->set_employer("organisations/" + world->orgs[draft.org].id);
  if (draft.unit.has_value())
    p->set_unit("units/" + world->units[*draft.unit].id);
  p->set_kind(draft.kind);
  p->set_percentage(draft.percentage);
  *p->mutable_valid_from() = ToDate(draft.valid_from);
  if (draft.valid_to.has_value())
    *p->mutable_valid_to() = ToDate(*draft.valid_to);
  p->set_pay_scheme(draft.pay_scheme);
}

std::vector<size_t> UnitsWithLine(const World& world,
                                  const std::vector<size_t>& orgs,
                                  const PersonInfo& person) {
  std::vector<size_t> units;
  for (size_t o : orgs) {
    for (size_t u : world.orgs[o].units) {
      for (const ShiftLineSpec& line : world.units[u].spec->lines) {
        if (!line.weekend_only && HasProfession(person, line.profession)) {
          units.push_back(u);
          break;
        }
      }
    }
  }
  return units;
}

void BuildSecondaryPositions(World* world, DemoRegion* out) {
  DemoRandom rng(world->seed, "secondary");
  std::vector<size_t>
      candidates;  // MAIN positions of nurses and health workers
  for (size_t i = 0; i < world->positions.size(); ++i) {
    const PositionInfo& pos = world->positions[i];
    const v1::Profession prof = world->people[pos.person].professions.front();
    if (pos.kind == v1::Position::MAIN &&
        (prof == v1::NURSE || prof == v1::SPECIALIST_NURSE ||
         prof == v1::HEALTH_WORKER)) {
      candidates.push_back(i);
    }
  }
  rng.Shuffle(candidates);
  candidates.resize(std::min<size_t>(candidates.size(), kSecondaryHolders));
  std::sort(candidates.begin(), candidates.end());

  for (size_t main_index : candidates) {
    const PositionInfo main = world->positions[main_index];
    std::vector<size_t> other_side;
    for (size_t o = 0; o < world->orgs.size(); ++o) {
      if (world->orgs[o].hospital != world->orgs[main.org].hospital)
        other_side.push_back(o);
    }
    const std::vector<size_t> units =
        UnitsWithLine(*world, other_side, world->people[main.person]);
    if (units.empty()) continue;
    const size_t unit = rng.Pick(units);
    const double pct =
        std::vector<double>{10, 15, 20, 20, 25, 30}[rng.Uniform(0, 5)];
    const std::chrono::year_month_day from{world->first_day -
                                           days{rng.Uniform(30, 1100)}};
    std::optional<std::chrono::sys_days> to;
    if (rng.Chance(40)) to = world->first_day + days{rng.Uniform(90, 400)};
    AppendPosition({main.person, world->units[unit].org, unit,
                    v1::Position::SECONDARY, pct, v1::Position::ORDINARY,
                    std::max(1, static_cast<int>(std::lround(pct * 17 / 100))),
                    std::chrono::sys_days{from.year() / from.month() / 1}, to},
                   world, out);
  }
}

void BuildAvailability(World* world, DemoRegion* out) {
  DemoRandom rng(world->seed, "availability");
  std::vector<int> all_days, weekend_days;
  for (int d = 0; d < kShiftDays; ++d) {
    all_days.push_back(d);
    if (d % 7 >= 5) weekend_days.push_back(d);  // first_day is a Monday
  }
  // One pass over the people keeps the windows of a person together.
  for (size_t person = 0; person < world->people.size(); ++person) {
    bool secondary = false, pensioner = false, pool = false;
    for (const PositionInfo& pos : world->positions) {
      if (pos.person != person) continue;
      secondary |= pos.kind == v1::Position::SECONDARY;
      pensioner |= pos.kind == v1::Position::PENSIONER;
      pool |= pos.kind == v1::Position::POOL;
    }
    PersonInfo* info = &world->people[person];
    if (secondary || pensioner) {
      const int count = secondary ? static_cast<int>(rng.Uniform(5, 9))
                                  : static_cast<int>(rng.Uniform(4, 8));
      AddWindows(*world, SpreadDays(rng, all_days, count), rng, false, info,
                 out);
    } else if (pool) {
      AddWindows(
          *world,
          SpreadDays(rng, weekend_days, static_cast<int>(rng.Uniform(2, 4))),
          rng, true, info, out);
    }
  }
}

}  // namespace vaktbro::demo::internal
