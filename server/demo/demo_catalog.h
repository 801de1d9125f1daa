// The fixed content of the demo region: the organisations and units of the
// fictional Helsefellesskap Vestvik, how many staff each unit has, which shifts
// each unit posts, and the name lists people and agencies are drawn from.
// Every name here is invented; any likeness to a real body is chance.
#ifndef VAKTBRO_SERVER_DEMO_DEMO_CATALOG_H_
#define VAKTBRO_SERVER_DEMO_DEMO_CATALOG_H_

#include <span>
#include <string_view>
#include <vector>

#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::demo {

inline constexpr std::string_view kRegionName = "Helsefellesskap Vestvik";

struct StaffSpec {
  v1::Profession profession;
  int count;
};

// One kind of shift a unit posts every day: the greatest headcount for each
// shift of the day (0: the unit posts no such shift).
struct ShiftLineSpec {
  v1::Profession profession;
  int max_day;
  int max_evening;
  int max_night;
  bool weekend_only;            // student-style weekend shifts
  std::string_view competence;  // empty: none required
  int competence_percent;       // share of the line's shifts requiring it
};

struct UnitSpec {
  std::string_view id_suffix;  // unit id = organisation id + "-" + suffix
  std::string_view display_name;
  std::string_view short_name;  // used in shift titles
  v1::Unit::Kind kind;
  std::vector<StaffSpec> staff;  // people with their MAIN position here
  std::vector<ShiftLineSpec> lines;
};

struct OrgSpec {
  std::string_view id;
  std::string_view display_name;
  v1::Organisation::Kind kind;
  std::vector<UnitSpec> units;
  std::vector<StaffSpec> pool;        // float pool (POOL positions)
  std::vector<StaffSpec> pensioners;  // PENSIONER positions
  int agency_weight;                  // share of the agency-hire history
};

// The hospital trust first, then the municipalities.
const std::vector<OrgSpec>& RegionCatalog();

std::span<const std::string_view> FemaleFirstNames();
std::span<const std::string_view> MaleFirstNames();
std::span<const std::string_view> LastNames();
std::span<const std::string_view> AgencyNames();  // "... Bemanning AS"

// Norwegian justifications for hiring from an agency for `purpose`.
std::span<const std::string_view> AgencyJustifications(
    v1::Shift::Reason purpose);

// "sykepleier", "helsefagarbeider", ... for titles.
std::string_view ProfessionTitle(v1::Profession profession);

}  // namespace vaktbro::demo

#endif  // VAKTBRO_SERVER_DEMO_DEMO_CATALOG_H_
