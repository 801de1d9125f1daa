// import people and import positions.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "commands.h"
#include "csv.h"
#include "import_rows.h"

namespace vaktbro::ctl {
namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return absl::NotFoundError(
        absl::StrCat("cannot read ", path, ": ", std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Creates the row's resource; returns its name.
absl::StatusOr<std::string> ImportRow(Connection& c, ImportKind kind,
                                      const CsvTable& table,
                                      const CsvRecord& row) {
  if (kind == ImportKind::kPeople) {
    absl::StatusOr<v1::CreatePersonRequest> request = PersonFromRow(table, row);
    if (!request.ok()) return request.status();
    absl::StatusOr<v1::Person> person =
        c.Call<v1::Person>([&](auto* ctx, auto* resp) {
          return c.directory().CreatePerson(ctx, *request, resp);
        });
    if (!person.ok()) return person.status();
    return person->name();
  }
  absl::StatusOr<v1::CreatePositionRequest> request =
      PositionFromRow(table, row);
  if (!request.ok()) return request.status();
  absl::StatusOr<v1::Position> position =
      c.Call<v1::Position>([&](auto* ctx, auto* resp) {
        return c.directory().CreatePosition(ctx, *request, resp);
      });
  if (!position.ok()) return position.status();
  return position->name();
}

absl::Status InFile(const std::string& file, const absl::Status& status) {
  return absl::Status(status.code(),
                      absl::StrCat(file, ": ", status.message()));
}

}  // namespace

absl::Status RunImport(Connection& c, ImportKind kind, const std::string& file,
                       std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::string> text = ReadFile(file);
  if (!text.ok()) return text.status();
  absl::StatusOr<std::vector<CsvRecord>> records = ParseCsv(*text);
  if (!records.ok()) return InFile(file, records.status());
  const bool people = kind == ImportKind::kPeople;
  absl::StatusOr<CsvTable> table = CsvTable::FromRecords(
      *std::move(records), people ? PeopleColumns() : PositionColumns(),
      people ? PeopleRequiredColumns() : PositionRequiredColumns());
  if (!table.ok()) return InFile(file, table.status());

  int imported = 0, failed = 0;
  for (const CsvRecord& row : table->rows()) {
    if (row.Blank()) continue;
    absl::StatusOr<std::string> name = ImportRow(c, kind, *table, row);
    if (name.ok()) {
      out << "line " << row.line << ": " << *name << "\n";
      ++imported;
    } else {
      err << "line " << row.line << ": " << name.status().message() << " ("
          << absl::StatusCodeToString(name.status().code()) << ")\n";
      ++failed;
    }
  }
  out << "Imported " << imported << " of " << imported + failed
      << (people ? " people" : " positions") << " from " << file << "; "
      << failed << " failed.\n";
  if (failed > 0) {
    return absl::UnknownError(
        absl::StrCat(file, ": ", failed, " of ", imported + failed,
                     " rows failed (see the lines above)"));
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
