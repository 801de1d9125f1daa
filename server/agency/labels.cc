#include "labels.h"

namespace vaktbro::agency {

std::string ProfessionNb(v1::Profession p) {
  switch (p) {
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
      return "ukjent yrke";
  }
}

std::string ChannelNb(v1::InternalFill::Channel c) {
  switch (c) {
    case v1::InternalFill::OWN_STAFF:
      return "egne ansatte";
    case v1::InternalFill::SECONDARY_POSITION:
      return "sekundærstilling";
    case v1::InternalFill::POOL:
      return "vikarpool";
    case v1::InternalFill::PENSIONER:
      return "pensjonist";
    case v1::InternalFill::PARTNER_EMPLOYER:
      return "samarbeidspartner";
    default:
      return "ukjent kanal";
  }
}

std::string PurposeNb(v1::Shift::Reason r) {
  switch (r) {
    case v1::Shift::SICK_LEAVE:
      return "sykefravær";
    case v1::Shift::VACANCY:
      return "ledig stilling";
    case v1::Shift::PEAK:
      return "toppbelastning";
    case v1::Shift::LEAVE:
      return "ferie/permisjon";
    case v1::Shift::COMPETENCE_GAP:
      return "manglende kompetanse";
    case v1::Shift::OTHER:
      return "annet";
    default:
      return "ukjent";
  }
}

std::string LegalGroundNb(v1::AgencyBooking::LegalGround g) {
  switch (g) {
    case v1::AgencyBooking::HEALTH_PERSONNEL:
      return "innleieforskriften §3, jf. aml §14-9 (2) a";
    case v1::AgencyBooking::SUBSTITUTE:
      return "aml §14-12 (1), vikariat";
    case v1::AgencyBooking::UNION_AGREEMENT:
      return "aml §14-12 (2), avtale med tillitsvalgte";
    default:
      return "ikke oppgitt";
  }
}

std::string BookingStateNb(v1::AgencyBooking::State s) {
  switch (s) {
    case v1::AgencyBooking::CANCELLED:
      return "avbestilt";
    case v1::AgencyBooking::KICKED_OUT:
      return "erstattet internt";
    default:
      return "bestilt";
  }
}

std::string ShortMonthNb(Month m) {
  static constexpr const char* kNames[12] = {"jan.", "feb.", "mars", "april",
                                             "mai",  "juni", "juli", "aug.",
                                             "sep.", "okt.", "nov.", "des."};
  if (!m.Valid()) return "";
  return std::string(kNames[m.month - 1]) + " " + std::to_string(m.year);
}

}  // namespace vaktbro::agency
