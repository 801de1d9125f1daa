// Internal to the demo generator: the model the build steps share, and the
// steps themselves. Each step appends to the DemoRegion and draws from its own
// random stream (see DemoRandom), so the steps stay independent.
#ifndef VAKTBRO_SERVER_DEMO_DEMO_WORLD_H_
#define VAKTBRO_SERVER_DEMO_DEMO_WORLD_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "demo_catalog.h"
#include "demo_region.h"
#include "google/protobuf/timestamp.pb.h"

namespace vaktbro::demo::internal {

inline constexpr int kShiftDays = 28;

struct OrgInfo {
  std::string id;
  const OrgSpec* spec;
  bool hospital;
  std::vector<size_t> units;  // indices into World::units
};

struct UnitInfo {
  std::string id;
  size_t org;  // index into World::orgs
  const UnitSpec* spec;
};

// A half-open interval [start, end) in Unix seconds.
struct Window {
  int64_t start;
  int64_t end;
};

struct PersonInfo {
  std::string id;
  std::vector<v1::Profession> professions;
  std::vector<v1::Competence> competences;
  std::vector<Window> availability;
};

struct PositionInfo {
  std::string id;
  size_t person;               // index into World::people
  size_t org;                  // index into World::orgs
  std::optional<size_t> unit;  // none for pool positions
  v1::Position::Kind kind;
  int max_shifts;  // most shifts worked through it in the 4 weeks
};

struct World {
  uint64_t seed;
  std::chrono::sys_days first_day;
  std::vector<OrgInfo> orgs;
  std::vector<UnitInfo> units;
  std::vector<PersonInfo> people;
  std::vector<PositionInfo> positions;
};

enum class ShiftKind { kDay, kEvening, kNight };

// Start and end of a shift, in minutes after midnight of its first day (the
// end may pass 1440).
struct ShiftClock {
  int start;
  int end;
};
ShiftClock ClockOf(ShiftKind kind, bool hospital);

v1::Date ToDate(std::chrono::sys_days day);
std::chrono::sys_days FromDate(const v1::Date& date);
google::protobuf::Timestamp ToTimestamp(int64_t unix_seconds);

// A position to add: AppendPosition gives it the next id ("pos0001"), records
// it in the world and appends its CreatePositionRequest.
struct PositionDraft {
  size_t person;
  size_t org;
  std::optional<size_t> unit;
  v1::Position::Kind kind;
  double percentage;
  v1::Position::PayScheme pay_scheme;
  int max_shifts;
  std::chrono::sys_days valid_from;
  std::optional<std::chrono::sys_days> valid_to;
};
void AppendPosition(const PositionDraft& draft, World* world, DemoRegion* out);

// The units of `orgs` that post every-day shifts for one of the person's
// professions, in world order.
std::vector<size_t> UnitsWithLine(const World& world,
                                  const std::vector<size_t>& orgs,
                                  const PersonInfo& person);

// Organisations, their units and the partnerships.
void BuildDirectory(World* world, DemoRegion* out);
// People, their positions and availability windows.
void BuildPeople(World* world, DemoRegion* out);
// SECONDARY ("hytte") positions across the hospital/municipality line, then
// availability windows for hytte holders, pensioners and pool staff.
void BuildSecondaryPositions(World* world, DemoRegion* out);
void BuildAvailability(World* world, DemoRegion* out);
// Four weeks of shifts and the assignments that fill them.
void BuildShifts(const World& world, DemoRegion* out);
// Twelve months of agency bookings before first_day.
void BuildAgencyHistory(const World& world, DemoRegion* out);
// Twelve months of internal fills before first_day, unpriced.
void BuildInternalFillHistory(const World& world, DemoRegion* out);

}  // namespace vaktbro::demo::internal

#endif  // VAKTBRO_SERVER_DEMO_DEMO_WORLD_H_
