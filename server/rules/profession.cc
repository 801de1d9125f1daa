#include "profession.h"

namespace vaktbro::rules {
namespace {

struct Names {
  Profession profession;
  std::string_view key, nb, en;
};

constexpr Names kNames[] = {
    {Profession::kNurse, "nurse", "sykepleier", "nurse"},
    {Profession::kSpecialistNurse, "specialist_nurse", "spesialsykepleier",
     "specialist nurse"},
    {Profession::kHealthWorker, "health_worker", "helsefagarbeider",
     "health worker"},
    {Profession::kPhysician, "physician", "lege", "physician"},
    {Profession::kMidwife, "midwife", "jordmor", "midwife"},
    {Profession::kPhysiotherapist, "physiotherapist", "fysioterapeut",
     "physiotherapist"},
    {Profession::kOccupationalTherapist, "occupational_therapist",
     "ergoterapeut", "occupational therapist"},
    {Profession::kCareAssistant, "care_assistant", "assistent",
     "care assistant"},
};

const Names* Find(Profession p) {
  for (const Names& n : kNames) {
    if (n.profession == p) return &n;
  }
  return nullptr;
}

}  // namespace

std::string_view ProfessionNameNb(Profession p) {
  const Names* n = Find(p);
  return n ? n->nb : "ukjent yrke";
}

std::string_view ProfessionNameEn(Profession p) {
  const Names* n = Find(p);
  return n ? n->en : "unknown profession";
}

std::optional<Profession> ParseProfessionKey(std::string_view key) {
  for (const Names& n : kNames) {
    if (n.key == key) return n.profession;
  }
  return std::nullopt;
}

bool RequiresAuthorisation(Profession p) {
  return p != Profession::kCareAssistant && p != Profession::kUnspecified;
}

}  // namespace vaktbro::rules
