#include "demo_catalog.h"

namespace vaktbro::demo {
namespace {

using v1::Profession;
using U = v1::Unit;
using O = v1::Organisation;

constexpr Profession kN = v1::NURSE;
constexpr Profession kSN = v1::SPECIALIST_NURSE;
constexpr Profession kHW = v1::HEALTH_WORKER;
constexpr Profession kCA = v1::CARE_ASSISTANT;
constexpr Profession kPhy = v1::PHYSICIAN;
constexpr Profession kPT = v1::PHYSIOTHERAPIST;

// Shift lines shared by units of one kind.
std::vector<ShiftLineSpec> WardLines() {
  return {{kN, 3, 2, 2, false, "", 0}, {kHW, 2, 2, 0, false, "", 0}};
}
std::vector<ShiftLineSpec> NursingHomeLines() {
  return {{kN, 2, 1, 1, false, "PALLIASJON", 20},
          {kHW, 3, 2, 1, false, "DELEGERT-MEDISIN", 25},
          {kCA, 1, 1, 0, true, "", 0}};
}
std::vector<ShiftLineSpec> HomeCareLines() {
  return {{kN, 2, 1, 0, false, "DIABETES", 15},
          {kHW, 3, 2, 0, false, "DELEGERT-MEDISIN", 50},
          {kCA, 1, 0, 0, true, "", 0}};
}

std::vector<OrgSpec>* BuildCatalog() {
  auto* orgs = new std::vector<OrgSpec>;
  orgs->push_back(
      OrgSpec{"vestvik-sykehus",
              "Sykehuset Vestvik HF",
              O::HOSPITAL_TRUST,
              {
                  {"medisin",
                   "Medisinsk sengepost",
                   "Medisin",
                   U::HOSPITAL_WARD,
                   {{kN, 13}, {kHW, 7}},
                   WardLines()},
                  {"kirurgi",
                   "Kirurgisk sengepost",
                   "Kirurgi",
                   U::HOSPITAL_WARD,
                   {{kN, 12}, {kHW, 6}},
                   WardLines()},
                  {"ortopedi",
                   "Ortopedisk sengepost",
                   "Ortopedi",
                   U::HOSPITAL_WARD,
                   {{kN, 11}, {kHW, 6}, {kPT, 2}},
                   WardLines()},
                  {"geriatri",
                   "Geriatrisk sengepost",
                   "Geriatri",
                   U::HOSPITAL_WARD,
                   {{kN, 11}, {kHW, 7}, {kPT, 1}},
                   WardLines()},
                  {"akuttmottak",
                   "Akuttmottak",
                   "Akuttmottak",
                   U::OUTPATIENT,
                   {{kSN, 7}, {kN, 10}, {kPhy, 3}},
                   {{kSN, 2, 2, 1, false, "", 0}, {kN, 2, 2, 2, false, "", 0}}},
                  {"intensiv",
                   "Intensivavdeling",
                   "Intensiv",
                   U::HOSPITAL_WARD,
                   {{kSN, 13}},
                   {{kSN, 3, 2, 2, false, "SENTRALT-VENEKATETER", 40}}},
              },
              {{kN, 6}, {kSN, 2}, {kHW, 2}},
              {{kN, 6}, {kSN, 2}, {kHW, 2}},
              60});
  orgs->push_back(OrgSpec{"vestvik-kommune",
                          "Vestvik kommune",
                          O::MUNICIPALITY,
                          {
                              {"sjoheim",
                               "Sjøheim sykehjem",
                               "Sjøheim",
                               U::NURSING_HOME,
                               {{kN, 8}, {kHW, 10}, {kCA, 4}},
                               NursingHomeLines()},
                              {"lindely",
                               "Lindely sykehjem",
                               "Lindely",
                               U::NURSING_HOME,
                               {{kN, 7}, {kHW, 9}, {kCA, 3}},
                               NursingHomeLines()},
                              {"kad",
                               "Vestvik helsehus, KAD-senger",
                               "KAD",
                               U::EMERGENCY_BEDS,
                               {{kN, 8}, {kPhy, 2}},
                               {{kN, 2, 2, 1, false, "", 0}}},
                              {"hjemme-sentrum",
                               "Hjemmetjenesten Sentrum",
                               "Hjemme Sentrum",
                               U::HOME_CARE,
                               {{kN, 6}, {kHW, 8}, {kCA, 2}},
                               HomeCareLines()},
                              {"hjemme-nord",
                               "Hjemmetjenesten Nord",
                               "Hjemme Nord",
                               U::HOME_CARE,
                               {{kN, 5}, {kHW, 7}, {kCA, 2}},
                               HomeCareLines()},
                          },
                          {{kN, 2}, {kHW, 3}},
                          {{kN, 4}, {kHW, 4}},
                          20});
  orgs->push_back(OrgSpec{"fjordhamn-kommune",
                          "Fjordhamn kommune",
                          O::MUNICIPALITY,
                          {
                              {"fjordtun",
                               "Fjordtun sykehjem",
                               "Fjordtun",
                               U::NURSING_HOME,
                               {{kN, 7}, {kHW, 9}, {kCA, 3}},
                               NursingHomeLines()},
                              {"hjemme",
                               "Hjemmetjenesten Fjordhamn",
                               "Hjemme Fjordhamn",
                               U::HOME_CARE,
                               {{kN, 5}, {kHW, 7}, {kCA, 2}},
                               HomeCareLines()},
                          },
                          {{kN, 1}, {kHW, 2}},
                          {{kN, 2}, {kHW, 2}},
                          10});
  orgs->push_back(OrgSpec{"bjorkelia-kommune",
                          "Bjørkelia kommune",
                          O::MUNICIPALITY,
                          {
                              {"omsorgssenter",
                               "Bjørkelia bo- og omsorgssenter",
                               "Omsorgssenteret",
                               U::NURSING_HOME,
                               {{kN, 7}, {kHW, 9}, {kCA, 3}},
                               NursingHomeLines()},
                              {"hjemme",
                               "Hjemmetjenesten Bjørkelia",
                               "Hjemme Bjørkelia",
                               U::HOME_CARE,
                               {{kN, 5}, {kHW, 6}, {kCA, 2}},
                               HomeCareLines()},
                          },
                          {{kN, 1}, {kHW, 1}},
                          {{kN, 2}, {kHW, 1}},
                          10});
  return orgs;
}

constexpr std::string_view kFemale[] = {
    "Anne",     "Kari",     "Ingrid",    "Marit",     "Hilde",     "Silje",
    "Ida",      "Ingeborg", "Randi",     "Tone",      "Nina",      "Camilla",
    "Marte",    "Linn",     "Sofie",     "Emma",      "Nora",      "Thea",
    "Julie",    "Maria",    "Hanne",     "Heidi",     "Kristin",   "Elin",
    "Turid",    "Solveig",  "Liv",       "Berit",     "Astrid",    "Guro",
    "Sigrid",   "Tuva",     "Eli",       "Gunn",      "Vibeke",    "Mona",
    "Trine",    "Karoline", "Malin",     "Ane",       "Synne",     "Frida",
    "Ragnhild", "Wenche",   "Bente",     "Torunn",    "Anette",    "Mari",
    "Helene",   "Marianne", "Oda",       "Vilde",     "Maja",      "Amina",
    "Fatima",   "Aisha",    "Agnieszka", "Joanna",    "Lina",      "Maryam",
    "Rosa",     "Elena",    "Hege",      "Anne-Lise", "Kari-Anne", "Ellen",
    "Grethe",   "Siri",     "Tonje",     "Lene"};

constexpr std::string_view kMale[] = {
    "Ole",    "Lars",   "Jon",    "Per",    "Kjetil",     "Espen",  "Morten",
    "Anders", "Henrik", "Magnus", "Jonas",  "Sindre",     "Eirik",  "Tor",
    "Geir",   "Stian",  "Håkon",  "Øyvind", "Even",       "Sander", "Tobias",
    "Erik",   "Knut",   "Arne",   "Rune",   "Trond",      "Vegard", "Mats",
    "Ahmed",  "Omar",   "Tomasz", "Mikael", "Kristoffer", "Bjørn",  "Aksel",
    "Filip",  "Emil",   "Martin", "Ivar",   "Sivert"};

constexpr std::string_view kLast[] = {
    "Hansen",     "Johansen",      "Olsen",       "Larsen",    "Andersen",
    "Pedersen",   "Nilsen",        "Kristiansen", "Jensen",    "Karlsen",
    "Johnsen",    "Pettersen",     "Eriksen",     "Berg",      "Haugen",
    "Hagen",      "Johannessen",   "Andreassen",  "Jacobsen",  "Dahl",
    "Jørgensen",  "Halvorsen",     "Henriksen",   "Lund",      "Sørensen",
    "Moen",       "Gundersen",     "Iversen",     "Strand",    "Solberg",
    "Svendsen",   "Eide",          "Knutsen",     "Martinsen", "Paulsen",
    "Bakken",     "Kristoffersen", "Mathisen",    "Lie",       "Amundsen",
    "Nguyen",     "Rasmussen",     "Ali",         "Lunde",     "Solheim",
    "Berge",      "Moe",           "Nygård",      "Bakke",     "Kristensen",
    "Fredriksen", "Holm",          "Lien",        "Hauge",     "Christensen",
    "Andresen",   "Nielsen",       "Knudsen",     "Evensen",   "Sæther",
    "Aas",        "Myhre",         "Hanssen",     "Ahmed",     "Haugland",
    "Thomassen",  "Sivertsen",     "Simonsen",    "Danielsen", "Berntsen",
    "Sandvik",    "Rønning",       "Arnesen",     "Antonsen",  "Næss",
    "Vik",        "Haug",          "Ellingsen",   "Thorsen",   "Edvardsen",
    "Birkeland",  "Isaksen",       "Gulbrandsen", "Ruud",      "Aasen",
    "Strøm",      "Myklebust",     "Tangen",      "Kowalski",  "Nowak",
    "Hussein",    "Tveit",         "Fjeld",       "Brekke",    "Vestby",
    "Fossum"};

constexpr std::string_view kAgencies[] = {
    "Fjordlys Bemanning AS", "Nordvarde Helse Bemanning AS",
    "Kystpleie Bemanning AS", "Trygg Turnus Bemanning AS",
    "Lyngheia Bemanning AS"};

constexpr std::string_view kSickLeave[] = {
    "Langtidssykemelding i turnus. Egen enhet, vikarpool og samarbeidende "
    "kommuner forespurt "
    "uten å få dekket vaktene. Drøftet med tillitsvalgt.",
    "Akutt sykefravær på natt. Ingen ledige i egen enhet eller vikarpoolen; "
    "innleie nødvendig "
    "for forsvarlig drift.",
    "Flere sykemeldte samtidig. Pensjonister og ansatte med deltidsstilling er "
    "forespurt. "
    "Tillitsvalgt orientert."};
constexpr std::string_view kVacancy[] = {
    "Ubesatt sykepleierstilling etter to utlysninger. Innleie til stillingen "
    "er besatt; "
    "drøftet med tillitsvalgt.",
    "Vakant stilling i turnus. Vikarpoolen har ikke kapasitet i perioden."};
constexpr std::string_view kPeak[] = {
    "Høyt belegg og korridorpasienter. Ekstra bemanning nødvendig for "
    "forsvarlig drift.",
    "Utbrudd av luftveisinfeksjon; behov for skjerming og ekstra personell."};
constexpr std::string_view kLeave[] = {
    "Ferieavvikling i sommerturnus. Egne vikarer, vikarpool og pensjonister er "
    "brukt først. "
    "Drøftet med tillitsvalgt.",
    "Ferie og avspasering i høytiden. Ingen ledige hos samarbeidspartnere i "
    "helsefellesskapet.",
    "Permisjon i turnus uten intern dekning. Innleie avtalt med tillitsvalgt."};
constexpr std::string_view kCompetenceGap[] = {
    "Mangler spesialsykepleier med intensivkompetanse på natt. Ingen i "
    "regionen med ledig "
    "kapasitet.",
    "Pasient med sentralt venekateter krever kompetanse som ikke finnes på "
    "vakt."};
constexpr std::string_view kOther[] = {
    "Særskilt behov for én-til-én-oppfølging av pasient."};

}  // namespace

const std::vector<OrgSpec>& RegionCatalog() {
  static const std::vector<OrgSpec>* const catalog = BuildCatalog();
  return *catalog;
}

std::span<const std::string_view> FemaleFirstNames() { return kFemale; }
std::span<const std::string_view> MaleFirstNames() { return kMale; }
std::span<const std::string_view> LastNames() { return kLast; }
std::span<const std::string_view> AgencyNames() { return kAgencies; }

std::span<const std::string_view> AgencyJustifications(
    v1::Shift::Reason purpose) {
  switch (purpose) {
    case v1::Shift::SICK_LEAVE:
      return kSickLeave;
    case v1::Shift::VACANCY:
      return kVacancy;
    case v1::Shift::PEAK:
      return kPeak;
    case v1::Shift::LEAVE:
      return kLeave;
    case v1::Shift::COMPETENCE_GAP:
      return kCompetenceGap;
    default:
      return kOther;
  }
}

std::string_view ProfessionTitle(v1::Profession profession) {
  switch (profession) {
    case v1::NURSE:
      return "sykepleier";
    case v1::SPECIALIST_NURSE:
      return "spesialsykepleier";
    case v1::HEALTH_WORKER:
      return "helsefagarbeider";
    case v1::PHYSICIAN:
      return "lege";
    case v1::MIDWIFE:
      return "jordmor";
    case v1::PHYSIOTHERAPIST:
      return "fysioterapeut";
    case v1::OCCUPATIONAL_THERAPIST:
      return "ergoterapeut";
    case v1::CARE_ASSISTANT:
      return "assistent";
    default:
      return "helsepersonell";
  }
}

}  // namespace vaktbro::demo
