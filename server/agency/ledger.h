// The internal-fill ledger's arithmetic: the channel a shift was filled
// through, and what the fill cost against what an agency would have
// charged. Pure functions; thread-safe.
#ifndef VAKTBRO_SERVER_AGENCY_LEDGER_H_
#define VAKTBRO_SERVER_AGENCY_LEDGER_H_

#include <string_view>

#include "rate_cards.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::agency {

// The channel of a fill worked through `position` on a shift of
// `host_organisation`: SECONDARY -> secondary position, POOL -> pool,
// PENSIONER -> pensioner; MAIN or HOURLY -> own staff at the host, partner
// employer elsewhere.
v1::InternalFill::Channel ChannelOf(const v1::Position& position,
                                    std::string_view host_organisation);

// How the fill is paid: pensjonistlønn when the position is on that scheme,
// overtime when the host's own staff take an extra shift, else ordinary.
PayBasis PayBasisOf(v1::InternalFill::Channel channel,
                    v1::Position::PayScheme scheme);

// Sets the fill's minutes, internal_cost_ore, agency_cost_ore, saving_ore
// and the card versions from its start_time, end_time, profession, channel
// and pay_scheme, with the cards in force at its start. Without a card for
// the profession (PROFESSION_UNSPECIFIED, or before the first version) the
// amounts are 0 and the version is empty.
void PriceFill(const RateCardBook& book, v1::InternalFill& fill);

// After a kick-out: the fill replaced `booking`, so what it saved is
// measured against the booking's own total cost.
void CreditKickOut(const v1::AgencyBooking& booking, v1::InternalFill& fill);

// round(hours x 60): the booking's paid minutes.
int64_t BookingMinutes(const v1::AgencyBooking& booking);
// round(minutes x hourly_rate_ore / 60) + fees_ore.
int64_t BookingTotalOre(const v1::AgencyBooking& booking);

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_LEDGER_H_
