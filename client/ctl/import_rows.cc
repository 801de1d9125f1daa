#include "import_rows.h"

#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "local_time.h"
#include "names.h"

namespace vaktbro::ctl {
namespace {

// Prefixes an error with the column it is about.
absl::Status InColumn(absl::string_view column, const absl::Status& status) {
  return absl::Status(status.code(),
                      absl::StrCat(column, ": ", status.message()));
}

absl::Status Missing(absl::string_view column) {
  return absl::InvalidArgumentError(absl::StrCat(column, ": is empty"));
}

absl::Status AddProfessions(absl::string_view text, v1::Person* person) {
  for (absl::string_view word :
       absl::StrSplit(text, ',', absl::SkipWhitespace())) {
    absl::StatusOr<v1::Profession> p = ParseProfession(word);
    if (!p.ok()) return InColumn("yrke", p.status());
    person->add_professions(*p);
  }
  if (person->professions().empty()) return Missing("yrke");
  return absl::OkStatus();
}

// "HLR:2027-01-31,DIABETES" -> two competences, the first expiring.
absl::Status AddCompetences(absl::string_view text, v1::Person* person) {
  for (absl::string_view item :
       absl::StrSplit(text, ',', absl::SkipWhitespace())) {
    const std::pair<absl::string_view, absl::string_view> parts =
        absl::StrSplit(item, ':');
    v1::Competence* c = person->add_competences();
    c->set_code(std::string(absl::StripAsciiWhitespace(parts.first)));
    if (absl::StripAsciiWhitespace(parts.second).empty()) continue;
    absl::StatusOr<absl::CivilDay> expiry = ParseDay(parts.second);
    if (!expiry.ok()) return InColumn("kompetanser", expiry.status());
    *c->mutable_expiry_date() = ToProtoDate(*expiry);
  }
  return absl::OkStatus();
}

absl::StatusOr<v1::Date> DateColumn(const CsvTable& table, const CsvRecord& row,
                                    absl::string_view column) {
  absl::StatusOr<absl::CivilDay> day = ParseDay(table.Get(row, column));
  if (!day.ok()) return InColumn(column, day.status());
  return ToProtoDate(*day);
}

}  // namespace

const std::vector<std::string>& PeopleColumns() {
  static const auto* const columns = new std::vector<std::string>{
      "id",          "navn",  "fødselsår", "hpr",   "yrke",
      "kompetanser", "epost", "telefon",   "region"};
  return *columns;
}
const std::vector<std::string>& PeopleRequiredColumns() {
  static const auto* const columns =
      new std::vector<std::string>{"navn", "fødselsår", "yrke"};
  return *columns;
}
const std::vector<std::string>& PositionColumns() {
  static const auto* const columns = new std::vector<std::string>{
      "id",      "person", "arbeidsgiver", "enhet", "type",
      "prosent", "fra",    "til",          "lønn"};
  return *columns;
}
const std::vector<std::string>& PositionRequiredColumns() {
  static const auto* const columns = new std::vector<std::string>{
      "person", "arbeidsgiver", "type", "prosent", "fra"};
  return *columns;
}

absl::StatusOr<v1::CreatePersonRequest> PersonFromRow(const CsvTable& table,
                                                      const CsvRecord& row) {
  if (absl::Status s = table.CheckWidth(row); !s.ok()) return s;
  v1::CreatePersonRequest req;
  req.set_person_id(table.Get(row, "id"));
  req.set_request_id(ImportRequestId("person", row));
  v1::Person* p = req.mutable_person();
  p->set_display_name(table.Get(row, "navn"));
  if (p->display_name().empty()) return Missing("navn");
  const std::string year = table.Get(row, "fødselsår");
  int birth_year = 0;
  if (year.empty()) return Missing("fødselsår");
  if (!absl::SimpleAtoi(year, &birth_year)) {
    return absl::InvalidArgumentError(
        absl::StrCat("fødselsår: '", year, "' is not a whole number"));
  }
  p->set_birth_year(birth_year);
  p->set_hpr_number(table.Get(row, "hpr"));
  if (absl::Status s = AddProfessions(table.Get(row, "yrke"), p); !s.ok())
    return s;
  if (absl::Status s = AddCompetences(table.Get(row, "kompetanser"), p);
      !s.ok())
    return s;
  p->set_email(table.Get(row, "epost"));
  p->set_phone(table.Get(row, "telefon"));
  p->set_home_region(table.Get(row, "region"));
  return req;
}

absl::StatusOr<v1::CreatePositionRequest> PositionFromRow(
    const CsvTable& table, const CsvRecord& row) {
  if (absl::Status s = table.CheckWidth(row); !s.ok()) return s;
  v1::CreatePositionRequest req;
  req.set_position_id(table.Get(row, "id"));
  req.set_request_id(ImportRequestId("position", row));
  v1::Position* p = req.mutable_position();
  for (const char* column :
       {"person", "arbeidsgiver", "type", "prosent", "fra"}) {
    if (table.Get(row, column).empty()) return Missing(column);
  }
  p->set_person(NameOf("people", table.Get(row, "person")));
  p->set_employer(NameOf("organisations", table.Get(row, "arbeidsgiver")));
  p->set_unit(NameOf("units", table.Get(row, "enhet")));
  absl::StatusOr<v1::Position::Kind> kind =
      ParsePositionKind(table.Get(row, "type"));
  if (!kind.ok()) return InColumn("type", kind.status());
  p->set_kind(*kind);
  absl::StatusOr<double> percentage = ParseDecimal(table.Get(row, "prosent"));
  if (!percentage.ok()) return InColumn("prosent", percentage.status());
  p->set_percentage(*percentage);
  absl::StatusOr<v1::Date> from = DateColumn(table, row, "fra");
  if (!from.ok()) return from.status();
  *p->mutable_valid_from() = *from;
  if (!table.Get(row, "til").empty()) {
    absl::StatusOr<v1::Date> to = DateColumn(table, row, "til");
    if (!to.ok()) return to.status();
    *p->mutable_valid_to() = *to;
  }
  const std::string pay = table.Get(row, "lønn");
  absl::StatusOr<v1::Position::PayScheme> scheme =
      pay.empty() ? v1::Position::ORDINARY : ParsePayScheme(pay);
  if (!scheme.ok()) return InColumn("lønn", scheme.status());
  p->set_pay_scheme(*scheme);
  return req;
}

std::string ImportRequestId(absl::string_view kind, const CsvRecord& row) {
  // FNV-1a: stable across platforms and runs, unlike std::hash.
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](absl::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= 1099511628211ull;
    }
  };
  size_t used = row.fields.size();
  while (used > 0 && absl::StripAsciiWhitespace(row.fields[used - 1]).empty())
    --used;
  mix(kind);
  for (size_t i = 0; i < used; ++i) {
    mix("\x1f");
    mix(absl::StripAsciiWhitespace(row.fields[i]));
  }
  return absl::StrFormat("import-%s-%016x", kind, h);
}

}  // namespace vaktbro::ctl
