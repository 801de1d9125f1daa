// Four weeks of shifts for every unit, and a greedy scheduler that fills
// about nine in ten of them with the region's staff without breaking the
// working-time rules the generator promises (see demo_region.h).
#include <algorithm>
#include <cstdio>
#include <string>

#include "demo_random.h"
#include "demo_world.h"
#include "demo_oslo_time.h"

namespace vaktbro::demo::internal {
namespace {

using std::chrono::days;

constexpr int kOpenPercent = 9;  // the scheduler leaves a few more unfilled
constexpr int64_t kMinRestSeconds = 11 * 3600;
constexpr int kMaxShiftsPerWeek = 5;

struct PlannedShift {
  size_t unit;
  const ShiftLineSpec* line;
  ShiftKind kind;
  int day;  // 0-27 from first_day, the local date the shift starts
  int64_t start;
  int64_t end;
  int headcount;
  std::string competence;  // empty: none
  bool leave_open;
};

// A person's booked time, kept while the scheduler walks the shifts in order
// of start time.
struct Booking {
  int64_t last_end = INT64_MIN / 2;
  int last_day = -1;
  int per_week[kShiftDays / 7] = {};
};

const char* KindTitle(ShiftKind kind) {
  switch (kind) {
    case ShiftKind::kDay:
      return "Dag";
    case ShiftKind::kEvening:
      return "Kveld";
    case ShiftKind::kNight:
      return "Natt";
  }
  return "";
}

std::vector<PlannedShift> PlanShifts(const World& world, DemoRandom& rng) {
  std::vector<PlannedShift> plan;
  for (int day = 0; day < kShiftDays; ++day) {
    const bool weekend = day % 7 >= 5;  // first_day is a Monday
    for (size_t u = 0; u < world.units.size(); ++u) {
      const bool hospital = world.orgs[world.units[u].org].hospital;
      for (const ShiftLineSpec& line : world.units[u].spec->lines) {
        if (line.weekend_only && !weekend) continue;
        for (ShiftKind kind :
             {ShiftKind::kDay, ShiftKind::kEvening, ShiftKind::kNight}) {
          const int most = kind == ShiftKind::kDay       ? line.max_day
                           : kind == ShiftKind::kEvening ? line.max_evening
                                                         : line.max_night;
          if (most == 0) continue;
          const ShiftClock clock = ClockOf(kind, hospital);
          const auto date = world.first_day + days{day};
          PlannedShift s{u,
                         &line,
                         kind,
                         day,
                         OsloLocalToUnix(date, clock.start),
                         OsloLocalToUnix(date, clock.end),
                         static_cast<int>(rng.Uniform(1, most)),
                         "",
                         rng.Chance(kOpenPercent)};
          if (!line.competence.empty() && rng.Chance(line.competence_percent)) {
            s.competence = std::string(line.competence);
          }
          plan.push_back(std::move(s));
        }
      }
    }
  }
  return plan;
}

bool HasCompetence(const PersonInfo& person, const std::string& code,
                   int64_t until) {
  if (code.empty()) return true;
  for (const v1::Competence& c : person.competences) {
    if (c.code() != code) continue;
    if (!c.has_expiry_date()) return true;
    const int64_t expiry_end =
        std::chrono::sys_seconds{FromDate(c.expiry_date()) + days{1}}
            .time_since_epoch()
            .count();
    if (expiry_end >= until) return true;
  }
  return false;
}

class Scheduler {
 public:
  Scheduler(const World& world, DemoRandom& rng)
      : world_(world),
        rng_(rng),
        bookings_(world.people.size()),
        used_(world.positions.size(), 0) {}

  // The positions chosen to work `shift`, at most its headcount.
  std::vector<size_t> Fill(const PlannedShift& shift) {
    std::vector<size_t> chosen;
    while (static_cast<int>(chosen.size()) < shift.headcount) {
      std::vector<size_t> candidates;
      std::vector<double> weights;
      for (size_t p = 0; p < world_.positions.size(); ++p) {
        const double w = Weight(shift, p);
        if (w <= 0) continue;
        candidates.push_back(p);
        weights.push_back(w);
      }
      if (candidates.empty()) break;
      const size_t pick = candidates[rng_.Weighted(weights)];
      Book(shift, pick);
      chosen.push_back(pick);
    }
    return chosen;
  }

 private:
  // How strongly position `p` is preferred for the shift; 0 when it may not
  // work it. Own staff first, then the float pool, volunteers in their
  // windows, and staff of the employer's other units last.
  double Weight(const PlannedShift& shift, size_t p) const {
    const PositionInfo& pos = world_.positions[p];
    const UnitInfo& unit = world_.units[shift.unit];
    if (pos.org != unit.org || used_[p] >= pos.max_shifts) return 0;
    const PersonInfo& person = world_.people[pos.person];
    const Booking& b = bookings_[pos.person];
    if (b.last_day == shift.day || shift.start < b.last_end + kMinRestSeconds)
      return 0;
    if (b.per_week[shift.day / 7] >= kMaxShiftsPerWeek) return 0;
    if (std::find(person.professions.begin(), person.professions.end(),
                  shift.line->profession) == person.professions.end()) {
      return 0;
    }
    if (!HasCompetence(person, shift.competence, shift.end)) return 0;
    double base = 0;
    switch (pos.kind) {
      case v1::Position::MAIN:
        base = pos.unit == shift.unit ? 10 : 1;
        break;
      case v1::Position::POOL:
        base = 4;
        break;
      case v1::Position::SECONDARY:
      case v1::Position::PENSIONER:
        if (pos.kind == v1::Position::SECONDARY && pos.unit != shift.unit)
          return 0;
        if (!InWindow(person, shift)) return 0;
        base = 15;  // they offered this very time
        break;
      default:
        return 0;
    }
    return base * (pos.max_shifts - used_[p]) / pos.max_shifts;
  }

  static bool InWindow(const PersonInfo& person, const PlannedShift& shift) {
    return std::any_of(person.availability.begin(), person.availability.end(),
                       [&](const Window& w) {
                         return w.start <= shift.start && shift.end <= w.end;
                       });
  }

  void Book(const PlannedShift& shift, size_t p) {
    ++used_[p];
    Booking& b = bookings_[world_.positions[p].person];
    b.last_end = shift.end;
    b.last_day = shift.day;
    ++b.per_week[shift.day / 7];
  }

  const World& world_;
  DemoRandom& rng_;
  std::vector<Booking> bookings_;  // by person
  std::vector<int> used_;          // shifts booked through each position
};

}  // namespace

void BuildShifts(const World& world, DemoRegion* out) {
  DemoRandom rng(world.seed, "shifts");
  std::vector<PlannedShift> plan = PlanShifts(world, rng);
  std::vector<size_t> order(plan.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return plan[a].start < plan[b].start;
  });

  std::vector<std::vector<size_t>> staffed(plan.size());
  Scheduler scheduler(world, rng);
  for (size_t i : order) {
    if (!plan[i].leave_open) staffed[i] = scheduler.Fill(plan[i]);
  }

  const std::vector<v1::Shift::Reason> reasons = {
      v1::Shift::SICK_LEAVE, v1::Shift::VACANCY,        v1::Shift::PEAK,
      v1::Shift::LEAVE,      v1::Shift::COMPETENCE_GAP, v1::Shift::OTHER};
  const std::vector<double> reason_weights = {40, 20, 10, 20, 5, 5};
  const std::vector<v1::Shift::Visibility> visibilities = {
      v1::Shift::UNIT_ONLY, v1::Shift::EMPLOYER, v1::Shift::PARTNERS,
      v1::Shift::REGION};
  const std::vector<double> visibility_weights = {15, 30, 35, 20};
  const std::vector<double> open_visibility_weights = {0, 15, 50, 35};

  for (size_t i = 0; i < plan.size(); ++i) {
    const PlannedShift& s = plan[i];
    const UnitInfo& unit = world.units[s.unit];
    char id[32];
    std::snprintf(id, sizeof id, "s%05zu", i + 1);
    v1::PostShiftRequest& req = out->shifts.emplace_back();
    req.set_shift_id(id);
    req.set_request_id(std::string("demo-shift-") + id);
    v1::Shift* shift = req.mutable_shift();
    shift->set_organisation("organisations/" + world.orgs[unit.org].id);
    shift->set_unit("units/" + unit.id);
    shift->set_title(std::string(KindTitle(s.kind)) + " " +
                     std::string(ProfessionTitle(s.line->profession)) + ", " +
                     std::string(unit.spec->short_name));
    *shift->mutable_start_time() = ToTimestamp(s.start);
    *shift->mutable_end_time() = ToTimestamp(s.end);
    shift->set_profession(s.line->profession);
    if (!s.competence.empty()) shift->add_competences(s.competence);
    const bool open = staffed[i].empty();
    // A shift the scheduler could staff only in part asks for what it got:
    // the demo has no partly filled shifts.
    shift->set_headcount(open ? s.headcount
                              : static_cast<int>(staffed[i].size()));
    shift->set_reason(reasons[rng.Weighted(reason_weights)]);
    shift->set_visibility(visibilities[rng.Weighted(
        open ? open_visibility_weights : visibility_weights)]);

    for (size_t n = 0; n < staffed[i].size(); ++n) {
      const PositionInfo& pos = world.positions[staffed[i][n]];
      v1::OfferShiftRequest& a = out->assignments.emplace_back();
      a.set_shift(std::string("shifts/") + id);
      a.set_person("people/" + world.people[pos.person].id);
      a.set_position("positions/" + pos.id);
      a.set_request_id(std::string("demo-assignment-") + id + "-" +
                       std::to_string(n + 1));
    }
  }
}

}  // namespace vaktbro::demo::internal
