// From CSV rows to Create requests, for `vaktbroctl import`. Pure: no server.
//
// People (import people FILE.csv), one person per row:
//   id           optional client-chosen id ([a-z0-9-], at most 40)
//   navn         required: the display name
//   fødselsår    required: birth year, e.g. 1968
//   hpr          optional: HPR number (7-9 digits)
//   yrke         required: professions separated by ',': sykepleier,
//                spesialsykepleier, helsefagarbeider, lege, jordmor,
//                fysioterapeut, ergoterapeut, assistent
//   kompetanser  optional: CODE or CODE:YYYY-MM-DD (expiry), separated by ','
//   epost, telefon, region   optional
//
// Positions (import positions FILE.csv), one position per row:
//   id           optional client-chosen id
//   person       required: person id ("p0001" or "people/p0001")
//   arbeidsgiver required: employer organisation id
//   enhet        unit id; optional for pool and time
//   type         required: hus | hytte | pool | pensjonist | time
//   prosent      required: 0-100, decimal comma allowed ("20,5")
//   fra          required: first day, YYYY-MM-DD or DD.MM.YYYY
//   til          optional: last day
//   lønn         optional: ordinær (default) | pensjonistlønn
//
// Column names ignore case and accept ø/å spelt o/a ("fodselsar", "lonn").
// Errors name the column: "fødselsår: 'abc' is not a whole number".
// Range checks (birth year, percentage, ids) are the server's.
#ifndef VAKTBRO_CLIENT_CTL_IMPORT_ROWS_H_
#define VAKTBRO_CLIENT_CTL_IMPORT_ROWS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "csv.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::ctl {

const std::vector<std::string>& PeopleColumns();
const std::vector<std::string>& PeopleRequiredColumns();
const std::vector<std::string>& PositionColumns();
const std::vector<std::string>& PositionRequiredColumns();

absl::StatusOr<v1::CreatePersonRequest> PersonFromRow(const CsvTable& table,
                                                      const CsvRecord& row);
absl::StatusOr<v1::CreatePositionRequest> PositionFromRow(const CsvTable& table,
                                                          const CsvRecord& row);

// "import-<kind>-<16 hex digits>": a hash of the row's fields (not of its
// line number), so importing the same row again, also from an edited file,
// is a retry of the same request and happens once on the server.
std::string ImportRequestId(absl::string_view kind, const CsvRecord& row);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_IMPORT_ROWS_H_
