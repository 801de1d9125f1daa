#include "ledger.h"

#include <cmath>

namespace vaktbro::agency {

v1::InternalFill::Channel ChannelOf(const v1::Position& position,
                                    std::string_view host_organisation) {
  switch (position.kind()) {
    case v1::Position::SECONDARY:
      return v1::InternalFill::SECONDARY_POSITION;
    case v1::Position::POOL:
      return v1::InternalFill::POOL;
    case v1::Position::PENSIONER:
      return v1::InternalFill::PENSIONER;
    default:
      return position.employer() == host_organisation
                 ? v1::InternalFill::OWN_STAFF
                 : v1::InternalFill::PARTNER_EMPLOYER;
  }
}

PayBasis PayBasisOf(v1::InternalFill::Channel channel,
                    v1::Position::PayScheme scheme) {
  if (scheme == v1::Position::PENSJONISTLONN) return PayBasis::kPensjonistlonn;
  if (channel == v1::InternalFill::OWN_STAFF) return PayBasis::kOvertime;
  return PayBasis::kOrdinary;
}

void PriceFill(const RateCardBook& book, v1::InternalFill& fill) {
  const int64_t start = fill.start_time().seconds();
  const int64_t end = fill.end_time().seconds();
  fill.set_minutes(end > start ? (end - start) / 60 : 0);
  fill.set_internal_cost_ore(0);
  fill.set_agency_cost_ore(0);
  fill.clear_internal_cost_card();
  fill.clear_agency_rate_card();
  if (const v1::RateCard* card =
          book.Find(v1::RateCard::INTERNAL, fill.profession(), start)) {
    fill.set_internal_cost_ore(InternalCost(
        *card, PayBasisOf(fill.channel(), fill.pay_scheme()), start, end));
    fill.set_internal_cost_card(card->version());
  }
  if (const v1::RateCard* card =
          book.Find(v1::RateCard::AGENCY, fill.profession(), start)) {
    fill.set_agency_cost_ore(AgencyPrice(*card, start, end));
    fill.set_agency_rate_card(card->version());
  }
  fill.set_saving_ore(fill.agency_cost_ore() - fill.internal_cost_ore());
}

void CreditKickOut(const v1::AgencyBooking& booking, v1::InternalFill& fill) {
  fill.set_replaced_agency_booking(booking.name());
  fill.set_agency_rate_card(booking.name());
  fill.set_agency_cost_ore(booking.total_cost_ore());
  fill.set_saving_ore(fill.agency_cost_ore() - fill.internal_cost_ore());
}

int64_t BookingMinutes(const v1::AgencyBooking& booking) {
  return std::llround(booking.hours() * 60);
}

int64_t BookingTotalOre(const v1::AgencyBooking& booking) {
  return RoundDiv(__int128{BookingMinutes(booking)} * booking.hourly_rate_ore(),
                  60) +
         booking.fees_ore();
}

}  // namespace vaktbro::agency
