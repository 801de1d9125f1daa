// The words vaktbroctl uses for the API's enums, in both directions.
//
// On the command line the words are English and hyphenated ("partly-filled",
// "sick-leave"); in CSV files they are Norwegian ("sykepleier", "hytte",
// "pensjonistlønn"). Parsing accepts either language and ignores case and
// the æ/ø/å spelling (see FoldName), so "Pensjonistlonn" works too.
// INVALID_ARGUMENT lists the accepted words.
#ifndef VAKTBRO_CLIENT_CTL_NAMES_H_
#define VAKTBRO_CLIENT_CTL_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::ctl {

absl::StatusOr<v1::Profession> ParseProfession(absl::string_view word);
absl::string_view ProfessionWord(v1::Profession p);       // "nurse"
absl::string_view ProfessionNorwegian(v1::Profession p);  // "sykepleier"

absl::StatusOr<v1::Shift::State> ParseShiftState(absl::string_view word);
absl::string_view ShiftStateWord(v1::Shift::State s);       // "partly-filled"
absl::string_view ShiftStateNorwegian(v1::Shift::State s);  // "delvis besatt"

// offered | accepted | declined | withdrawn | worked.
absl::StatusOr<v1::Assignment::State> ParseAssignmentState(
    absl::string_view word);
absl::string_view AssignmentStateWord(v1::Assignment::State s);  // "offered"

absl::StatusOr<v1::Shift::Reason> ParseReason(absl::string_view word);
absl::string_view ReasonWord(v1::Shift::Reason r);       // "sick-leave"
absl::string_view ReasonNorwegian(v1::Shift::Reason r);  // "sykefravær"

absl::StatusOr<v1::Shift::Visibility> ParseVisibility(absl::string_view word);
absl::string_view VisibilityWord(v1::Shift::Visibility v);  // "partners"
absl::string_view VisibilityNorwegian(
    v1::Shift::Visibility v);  // "samarbeidspartnere"

// hus | hytte | pool | pensjonist | time (and main, secondary, ...).
absl::StatusOr<v1::Position::Kind> ParsePositionKind(absl::string_view word);
absl::string_view PositionKindNorwegian(v1::Position::Kind k);  // "hytte"

// ordinær | pensjonistlønn.
absl::StatusOr<v1::Position::PayScheme> ParsePayScheme(absl::string_view word);
absl::string_view PaySchemeNorwegian(v1::Position::PayScheme p);

// The id in a resource name ("units/abc" -> "abc"); other text unchanged.
absl::string_view IdOf(absl::string_view name);
// `collection` + "/" + id, unless `id_or_name` already is such a name;
// empty stays empty. NameOf("units", "abc") == "units/abc".
std::string NameOf(absl::string_view collection, absl::string_view id_or_name);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_NAMES_H_
