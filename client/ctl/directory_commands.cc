// people list and positions list.
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "commands.h"
#include "csv.h"
#include "local_time.h"
#include "names.h"
#include "table.h"

namespace vaktbro::ctl {

absl::Status RunUnitsList(Connection& c, const std::string& organisation, std::ostream& out) {
  absl::StatusOr<std::vector<v1::Organisation>> orgs = ListAllOrganisations(c);
  if (!orgs.ok()) return orgs.status();
  absl::StatusOr<std::vector<v1::Unit>> units = ListAllUnits(c);
  if (!units.ok()) return units.status();
  TextTable table({"ORGANISATION", "UNIT", "NAME", "KIND"});
  size_t shown = 0;
  for (const v1::Organisation& o : *orgs) {
    if (!organisation.empty() && IdOf(o.name()) != IdOf(organisation)) continue;
    table.AddRow({std::string(IdOf(o.name())), "", o.display_name(),
                  absl::StrCat(v1::Organisation::Kind_Name(o.kind()), " ", o.organisation_number())});
    for (const v1::Unit& u : *units) {
      if (u.organisation() != o.name()) continue;
      table.AddRow({"", std::string(IdOf(u.name())), u.display_name(), v1::Unit::Kind_Name(u.kind())});
      ++shown;
    }
  }
  table.Print(out);
  out << shown << (shown == 1 ? " unit.\n" : " units.\n");
  return absl::OkStatus();
}

absl::Status RunPeopleList(Connection& c, std::ostream& out) {
  absl::StatusOr<std::vector<v1::Person>> people = ListAllPeople(c);
  if (!people.ok()) return people.status();
  TextTable table(
      {"PERSON", "NAME", "BORN", "PROFESSIONS", "HPR", "EMAIL", "PHONE"});
  for (const v1::Person& p : *people) {
    std::vector<std::string> professions;
    for (int prof : p.professions()) {
      professions.emplace_back(
          ProfessionWord(static_cast<v1::Profession>(prof)));
    }
    table.AddRow({std::string(IdOf(p.name())), p.display_name(),
                  p.birth_year() ? absl::StrCat(p.birth_year()) : "",
                  absl::StrJoin(professions, ","), p.hpr_number(), p.email(),
                  p.phone()});
  }
  table.Print(out);
  out << people->size() << (people->size() == 1 ? " person.\n" : " people.\n");
  return absl::OkStatus();
}

absl::Status RunPositionsList(Connection& c, const PositionFilter& filter,
                              std::ostream& out) {
  v1::ListPositionsRequest request;
  request.set_person(NameOf("people", filter.person));
  request.set_employer(NameOf("organisations", filter.employer));
  absl::StatusOr<std::vector<v1::Position>> positions =
      ListAllPositions(c, request);
  if (!positions.ok()) return positions.status();
  TextTable table({"POSITION", "PERSON", "EMPLOYER", "UNIT", "TYPE", "%",
                   "FROM", "TO", "PAY"});
  for (const v1::Position& p : *positions) {
    table.AddRow({std::string(IdOf(p.name())), std::string(IdOf(p.person())),
                  std::string(IdOf(p.employer())), std::string(IdOf(p.unit())),
                  std::string(PositionKindNorwegian(p.kind())),
                  FormatDecimal(p.percentage()), FormatIsoDay(p.valid_from()),
                  FormatIsoDay(p.valid_to()),
                  std::string(PaySchemeNorwegian(p.pay_scheme()))});
  }
  table.Print(out);
  out << positions->size()
      << (positions->size() == 1 ? " position.\n" : " positions.\n");
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
