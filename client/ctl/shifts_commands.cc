// shifts list, board and shifts export.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "command_helpers.h"
#include "commands.h"
#include "csv.h"
#include "local_time.h"
#include "names.h"
#include "table.h"

namespace vaktbro::ctl {
namespace {

constexpr int kBoardDays = 28;

void AddState(v1::Shift::State state, v1::ListShiftsRequest* request) {
  if (std::find(request->states().begin(), request->states().end(), state) ==
      request->states().end()) {
    request->add_states(state);
  }
}

absl::StatusOr<v1::ListShiftsRequest> BuildListRequest(
    const ShiftFilter& filter) {
  v1::ListShiftsRequest request;
  request.set_organisation(NameOf("organisations", filter.organisation));
  request.set_unit(NameOf("units", filter.unit));
  for (const std::string& word : filter.states) {
    absl::StatusOr<v1::Shift::State> state = ParseShiftState(word);
    if (!state.ok()) return ForFlag("--state", state.status());
    AddState(*state, &request);
  }
  if (filter.open) {
    AddState(v1::Shift::OPEN, &request);
    AddState(v1::Shift::PARTLY_FILLED, &request);
  }
  if (!filter.profession.empty()) {
    absl::StatusOr<v1::Profession> p = ParseProfession(filter.profession);
    if (!p.ok()) return ForFlag("--profession", p.status());
    request.set_profession(*p);
  }
  std::optional<absl::CivilDay> from, to;
  if (!filter.from.empty()) {
    absl::StatusOr<absl::CivilDay> day = ParseDay(filter.from);
    if (!day.ok()) return ForFlag("--from", day.status());
    from = *day;
    *request.mutable_start_time_from() = ToProto(OsloTime(*from, 0));
  }
  if (!filter.to.empty()) {
    absl::StatusOr<absl::CivilDay> day = ParseDay(filter.to);
    if (!day.ok()) return ForFlag("--to", day.status());
    to = *day;
    *request.mutable_start_time_to() =
        ToProto(OsloTime(*to + 1, 0));  // the whole last day
  }
  if (from && to && *to < *from) {
    return absl::InvalidArgumentError("--to: is before --from");
  }
  return request;
}

// Unit names to show; ids when the units cannot be listed.
std::map<std::string, std::string> UnitNames(Connection& c) {
  std::map<std::string, std::string> names;
  absl::StatusOr<std::vector<v1::Unit>> units = ListAllUnits(c);
  if (units.ok()) {
    for (const v1::Unit& u : *units) names[u.name()] = u.display_name();
  }
  return names;
}

void PrintShifts(const std::vector<v1::Shift>& shifts,
                 const std::map<std::string, std::string>& units,
                 std::ostream& out) {
  TextTable table({"SHIFT", "DATE", "TIME", "UNIT", "TITLE", "PROFESSION",
                   "FILLED", "STATE"});
  for (const v1::Shift& s : shifts) {
    const absl::Time start = FromProto(s.start_time());
    const absl::Time end = FromProto(s.end_time());
    const auto unit = units.find(s.unit());
    table.AddRow(
        {std::string(IdOf(s.name())),
         absl::StrCat(absl::FormatTime("%a ", start, OsloZone()),
                      FormatIsoDay(start)),
         absl::StrCat(FormatClock(start), "-", FormatClock(end)),
         unit != units.end() ? unit->second : std::string(IdOf(s.unit())),
         s.title(), std::string(ProfessionWord(s.profession())),
         absl::StrCat(s.filled_count(), "/", s.headcount()),
         std::string(ShiftStateWord(s.state()))});
  }
  table.Print(out);
}

std::vector<std::string> CsvRow(
    const v1::Shift& s, const std::map<std::string, std::string>& units) {
  const absl::Time start = FromProto(s.start_time());
  const absl::Time end = FromProto(s.end_time());
  const auto unit = units.find(s.unit());
  return {std::string(IdOf(s.name())),
          std::string(IdOf(s.organisation())),
          std::string(IdOf(s.unit())),
          unit != units.end() ? unit->second : "",
          s.title(),
          FormatNorwegianDay(start),
          FormatClock(start),
          FormatClock(end),
          FormatDecimal(absl::ToDoubleHours(end - start)),
          std::string(ProfessionNorwegian(s.profession())),
          absl::StrJoin(s.competences(), ","),
          absl::StrCat(s.headcount()),
          absl::StrCat(s.filled_count()),
          std::string(ShiftStateNorwegian(s.state())),
          std::string(ReasonNorwegian(s.reason())),
          std::string(VisibilityNorwegian(s.visibility())),
          s.note()};
}

// Lists the shifts and prints `title` (unless empty) and the table.
absl::Status ListAndPrint(Connection& c, const ShiftFilter& filter,
                          absl::string_view title, std::ostream& out) {
  absl::StatusOr<v1::ListShiftsRequest> request = BuildListRequest(filter);
  if (!request.ok()) return request.status();
  absl::StatusOr<std::vector<v1::Shift>> shifts = ListAllShifts(c, *request);
  if (!shifts.ok()) return shifts.status();
  if (!title.empty()) out << title << "\n";
  if (shifts->empty()) {
    out << "No shifts match.\n";
    return absl::OkStatus();
  }
  PrintShifts(*shifts, UnitNames(c), out);
  out << shifts->size() << (shifts->size() == 1 ? " shift" : " shifts")
      << " (times in Europe/Oslo).\n";
  return absl::OkStatus();
}

}  // namespace

absl::Status RunShiftsList(Connection& c, const ShiftFilter& filter,
                           std::ostream& out) {
  return ListAndPrint(c, filter, "", out);
}

absl::Status RunBoard(Connection& c, std::ostream& out) {
  const absl::CivilDay today = OsloToday();
  ShiftFilter filter;
  filter.open = true;
  filter.from = absl::FormatCivilTime(today);
  filter.to = absl::FormatCivilTime(today + (kBoardDays - 1));
  return ListAndPrint(
      c, filter, absl::StrCat("Open shifts ", filter.from, " to ", filter.to),
      out);
}

absl::Status RunShiftsExport(Connection& c, const ShiftFilter& filter,
                             const std::string& file, std::ostream& out) {
  absl::StatusOr<v1::ListShiftsRequest> request = BuildListRequest(filter);
  if (!request.ok()) return request.status();
  absl::StatusOr<std::vector<v1::Shift>> shifts = ListAllShifts(c, *request);
  if (!shifts.ok()) return shifts.status();
  const std::map<std::string, std::string> units = UnitNames(c);
  std::vector<std::vector<std::string>> records = {
      {"vakt", "organisasjon", "enhet", "enhetsnavn", "tittel", "dato", "start",
       "slutt", "timer", "yrke", "kompetanser", "antall", "besatt", "status",
       "årsak", "synlighet", "merknad"}};
  for (const v1::Shift& s : *shifts) records.push_back(CsvRow(s, units));

  std::ofstream file_out(file, std::ios::binary | std::ios::trunc);
  file_out << FormatCsv(records);
  file_out.close();
  if (!file_out)
    return absl::UnknownError(
        absl::StrCat("cannot write ", file, ": ", std::strerror(errno)));
  out << "Wrote " << shifts->size() << " shifts to " << file << ".\n";
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
