// Norwegian (Bokmål) words for the report's enums and months, as the
// exports and the report's scope line show them.
#ifndef VAKTBRO_SERVER_AGENCY_LABELS_H_
#define VAKTBRO_SERVER_AGENCY_LABELS_H_

#include <string>

#include "calendar.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::agency {

std::string ProfessionNb(v1::Profession p);          // "sykepleier"
std::string ChannelNb(v1::InternalFill::Channel c);  // "sekundærstilling"
std::string PurposeNb(v1::Shift::Reason r);          // "sykefravær"
std::string LegalGroundNb(
    v1::AgencyBooking::LegalGround g);  // "forskrift om innleie §3"
std::string BookingStateNb(v1::AgencyBooking::State s);  // "bestilt"
std::string ShortMonthNb(Month m);                       // "jan. 2026"

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_LABELS_H_
