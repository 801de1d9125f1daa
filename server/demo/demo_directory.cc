// Organisations, units and partnerships of the demo region.
#include <string>

#include "demo_world.h"
#include "org_number.h"

namespace vaktbro::demo::internal {
namespace {

std::string OrgName(const std::string& id) { return "organisations/" + id; }

void AddPartnership(const World& world, size_t a, size_t b, DemoRegion* out) {
  std::string first = world.orgs[a].id;
  std::string second = world.orgs[b].id;
  if (second < first) std::swap(first, second);  // stored once, in sorted order
  const std::string id =
      "ps-" + first + "-" + second;  // at most 40 characters here
  v1::CreatePartnershipRequest& req = out->partnerships.emplace_back();
  req.set_partnership_id(id);
  req.set_request_id("demo-partnership-" + id);
  v1::Partnership* p = req.mutable_partnership();
  p->add_organisations(OrgName(first));
  p->add_organisations(OrgName(second));
  // The region's partnership agreements were signed at New Year three years
  // ago.
  const std::chrono::year year =
      std::chrono::year_month_day{world.first_day}.year() -
      std::chrono::years{3};
  *p->mutable_start_date() =
      ToDate(std::chrono::sys_days{year / std::chrono::January / 1});
}

}  // namespace

void BuildDirectory(World* world, DemoRegion* out) {
  DemoRandom rng(world->seed, "directory");
  for (const OrgSpec& spec : RegionCatalog()) {
    OrgInfo org{std::string(spec.id),
                &spec,
                spec.kind == v1::Organisation::HOSPITAL_TRUST,
                {}};
    v1::CreateOrganisationRequest& req = out->organisations.emplace_back();
    req.set_organisation_id(org.id);
    req.set_request_id("demo-organisation-" + org.id);
    v1::Organisation* o = req.mutable_organisation();
    o->set_display_name(std::string(spec.display_name));
    o->set_kind(spec.kind);
    o->set_organisation_number(RandomOrganisationNumber(rng));
    o->set_region(std::string(kRegionName));

    for (const UnitSpec& unit_spec : spec.units) {
      UnitInfo unit{org.id + "-" + std::string(unit_spec.id_suffix),
                    world->orgs.size(), &unit_spec};
      v1::CreateUnitRequest& unit_req = out->units.emplace_back();
      unit_req.set_unit_id(unit.id);
      unit_req.set_request_id("demo-unit-" + unit.id);
      v1::Unit* u = unit_req.mutable_unit();
      u->set_organisation(OrgName(org.id));
      u->set_display_name(std::string(unit_spec.display_name));
      u->set_kind(unit_spec.kind);
      org.units.push_back(world->units.size());
      world->units.push_back(std::move(unit));
    }
    world->orgs.push_back(std::move(org));
  }

  // The trust with every municipality, and the two smaller municipalities
  // with each other (they share a nursing-home night watch).
  for (size_t m = 0; m < world->orgs.size(); ++m) {
    if (!world->orgs[m].hospital) AddPartnership(*world, 0, m, out);
  }
  AddPartnership(*world, 2, 3, out);
}

}  // namespace vaktbro::demo::internal
