#include "names.h"

#include <span>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "csv.h"

namespace vaktbro::ctl {
namespace {

// One enum value and its words; `also` holds extra accepted spellings.
struct Word {
  int value;
  absl::string_view english;
  absl::string_view norwegian;
  absl::string_view also = "";
};

constexpr Word kProfessions[] = {
    {v1::NURSE, "nurse", "sykepleier"},
    {v1::SPECIALIST_NURSE, "specialist-nurse", "spesialsykepleier"},
    {v1::HEALTH_WORKER, "health-worker", "helsefagarbeider"},
    {v1::PHYSICIAN, "physician", "lege"},
    {v1::MIDWIFE, "midwife", "jordmor"},
    {v1::PHYSIOTHERAPIST, "physiotherapist", "fysioterapeut"},
    {v1::OCCUPATIONAL_THERAPIST, "occupational-therapist", "ergoterapeut"},
    {v1::CARE_ASSISTANT, "care-assistant", "assistent", "pleieassistent"},
};
constexpr Word kStates[] = {
    {v1::Shift::DRAFT, "draft", "utkast"},
    {v1::Shift::OPEN, "open", "ledig"},
    {v1::Shift::PARTLY_FILLED, "partly-filled", "delvis besatt"},
    {v1::Shift::FILLED, "filled", "besatt"},
    {v1::Shift::COMPLETED, "completed", "fullført"},
    {v1::Shift::CANCELLED, "cancelled", "avlyst"},
};
constexpr Word kAssignmentStates[] = {
    {v1::Assignment::OFFERED, "offered", "tilbudt"},
    {v1::Assignment::ACCEPTED, "accepted", "akseptert"},
    {v1::Assignment::DECLINED, "declined", "avslått"},
    {v1::Assignment::WITHDRAWN, "withdrawn", "trukket"},
    {v1::Assignment::WORKED, "worked", "arbeidet"},
};
constexpr Word kReasons[] = {
    {v1::Shift::SICK_LEAVE, "sick-leave", "sykefravær"},
    {v1::Shift::VACANCY, "vacancy", "vakanse"},
    {v1::Shift::PEAK, "peak", "topp"},
    {v1::Shift::LEAVE, "leave", "permisjon", "ferie"},
    {v1::Shift::COMPETENCE_GAP, "competence-gap", "kompetansebehov"},
    {v1::Shift::OTHER, "other", "annet"},
};
constexpr Word kVisibilities[] = {
    {v1::Shift::UNIT_ONLY, "unit-only", "enheten", "unit"},
    {v1::Shift::EMPLOYER, "employer", "arbeidsgiver"},
    {v1::Shift::PARTNERS, "partners", "samarbeidspartnere"},
    {v1::Shift::REGION, "region", "regionen"},
};
constexpr Word kPositionKinds[] = {
    {v1::Position::MAIN, "main", "hus"},
    {v1::Position::SECONDARY, "secondary", "hytte"},
    {v1::Position::POOL, "pool", "pool", "vikarpool"},
    {v1::Position::PENSIONER, "pensioner", "pensjonist"},
    {v1::Position::HOURLY, "hourly", "time", "tilkalling"},
};
constexpr Word kPaySchemes[] = {
    {v1::Position::ORDINARY, "ordinary", "ordinær"},
    {v1::Position::PENSJONISTLONN, "pensioner-pay", "pensjonistlønn"},
};

absl::StatusOr<int> Parse(std::span<const Word> words, absl::string_view what,
                          absl::string_view text) {
  const std::string folded = FoldName(text);
  for (const Word& w : words) {
    if (folded == FoldName(w.english) || folded == FoldName(w.norwegian) ||
        (!w.also.empty() && folded == FoldName(w.also))) {
      return w.value;
    }
  }
  std::vector<absl::string_view> accepted;
  for (const Word& w : words) accepted.push_back(w.english);
  return absl::InvalidArgumentError(
      absl::StrCat("unknown ", what, " '", text, "' (one of ",
                   absl::StrJoin(accepted, ", "), ")"));
}

const Word* Find(std::span<const Word> words, int value) {
  for (const Word& w : words) {
    if (w.value == value) return &w;
  }
  return nullptr;
}

absl::string_view English(std::span<const Word> words, int value) {
  const Word* w = Find(words, value);
  return w ? w->english : "-";
}

absl::string_view Norwegian(std::span<const Word> words, int value) {
  const Word* w = Find(words, value);
  return w ? w->norwegian : "";
}

template <typename Enum>
absl::StatusOr<Enum> ParseAs(std::span<const Word> words,
                             absl::string_view what, absl::string_view text) {
  absl::StatusOr<int> v = Parse(words, what, text);
  if (!v.ok()) return v.status();
  return static_cast<Enum>(*v);
}

}  // namespace

absl::StatusOr<v1::Profession> ParseProfession(absl::string_view word) {
  return ParseAs<v1::Profession>(kProfessions, "profession", word);
}
absl::string_view ProfessionWord(v1::Profession p) {
  return English(kProfessions, p);
}
absl::string_view ProfessionNorwegian(v1::Profession p) {
  return Norwegian(kProfessions, p);
}

absl::StatusOr<v1::Shift::State> ParseShiftState(absl::string_view word) {
  return ParseAs<v1::Shift::State>(kStates, "state", word);
}
absl::string_view ShiftStateWord(v1::Shift::State s) {
  return English(kStates, s);
}
absl::string_view ShiftStateNorwegian(v1::Shift::State s) {
  return Norwegian(kStates, s);
}

absl::StatusOr<v1::Assignment::State> ParseAssignmentState(
    absl::string_view word) {
  return ParseAs<v1::Assignment::State>(kAssignmentStates, "assignment state",
                                        word);
}
absl::string_view AssignmentStateWord(v1::Assignment::State s) {
  return English(kAssignmentStates, s);
}

absl::StatusOr<v1::Shift::Reason> ParseReason(absl::string_view word) {
  return ParseAs<v1::Shift::Reason>(kReasons, "reason", word);
}
absl::string_view ReasonWord(v1::Shift::Reason r) {
  return English(kReasons, r);
}
absl::string_view ReasonNorwegian(v1::Shift::Reason r) {
  return Norwegian(kReasons, r);
}

absl::StatusOr<v1::Shift::Visibility> ParseVisibility(absl::string_view word) {
  return ParseAs<v1::Shift::Visibility>(kVisibilities, "visibility", word);
}
absl::string_view VisibilityWord(v1::Shift::Visibility v) {
  return English(kVisibilities, v);
}
absl::string_view VisibilityNorwegian(v1::Shift::Visibility v) {
  return Norwegian(kVisibilities, v);
}

absl::StatusOr<v1::Position::Kind> ParsePositionKind(absl::string_view word) {
  return ParseAs<v1::Position::Kind>(kPositionKinds, "position type", word);
}
absl::string_view PositionKindNorwegian(v1::Position::Kind k) {
  return Norwegian(kPositionKinds, k);
}

absl::StatusOr<v1::Position::PayScheme> ParsePayScheme(absl::string_view word) {
  return ParseAs<v1::Position::PayScheme>(kPaySchemes, "pay scheme", word);
}
absl::string_view PaySchemeNorwegian(v1::Position::PayScheme p) {
  return Norwegian(kPaySchemes, p);
}

absl::string_view IdOf(absl::string_view name) {
  const size_t slash = name.find('/');
  return slash == absl::string_view::npos ? name : name.substr(slash + 1);
}

std::string NameOf(absl::string_view collection, absl::string_view id_or_name) {
  if (id_or_name.empty() ||
      absl::StartsWith(id_or_name, absl::StrCat(collection, "/"))) {
    return std::string(id_or_name);
  }
  return absl::StrCat(collection, "/", id_or_name);
}

}  // namespace vaktbro::ctl
