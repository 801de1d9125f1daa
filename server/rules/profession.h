// Professions (health personnel categories) and their names.
#ifndef VAKTBRO_SERVER_RULES_PROFESSION_H_
#define VAKTBRO_SERVER_RULES_PROFESSION_H_

#include <optional>
#include <string_view>

namespace vaktbro::rules {

// The numbers equal vaktbro.v1.Profession, so the server may cast.
enum class Profession {
  kUnspecified = 0,
  kNurse = 1,                  // sykepleier
  kSpecialistNurse = 2,        // spesialsykepleier
  kHealthWorker = 3,           // helsefagarbeider
  kPhysician = 4,              // lege
  kMidwife = 5,                // jordmor
  kPhysiotherapist = 6,        // fysioterapeut
  kOccupationalTherapist = 7,  // ergoterapeut
  kCareAssistant = 8,          // assistent
};

// "sykepleier", "Nurse"... ; "ukjent yrke" / "unknown profession" for
// kUnspecified or a number out of range.
std::string_view ProfessionNameNb(Profession p);
std::string_view ProfessionNameEn(Profession p);

// The key used in the rule text: "nurse", "specialist_nurse", "health_worker",
// "physician", "midwife", "physiotherapist", "occupational_therapist",
// "care_assistant". nullopt for anything else.
std::optional<Profession> ParseProfessionKey(std::string_view key);

// True for professions that need an authorisation (autorisasjon) from the
// Norwegian Directorate of Health: all but care assistants.
bool RequiresAuthorisation(Profession p);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_PROFESSION_H_
