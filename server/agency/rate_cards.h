// The versioned rate cards: what an agency charges for an hour of each
// profession (the agency rate card), and what the organisation's own staff
// cost (the internal cost card), with time-of-day, weekend and holiday
// supplements. The ledger prices every internal fill with both, so that a
// fill records what it saved.
//
// A card is valid from its `valid_from` day (Europe/Oslo) until the next
// version of the same kind and profession. Money is integer øre.
//
// Pricing, for each piece of the time that has one kind of hour (see
// calendar.h), with t seconds, hourly rate h and the supplements of the
// piece's time of day (evening, night) and of its day (weekend, holiday):
//
//   agency:    t x (h x (100 + tod% + day%) + 100 x (tod.fixed + day.fixed))
//   internal:  the same with h the hourly wage (pensjonistlønn for PENSIONER
//              positions on that pay scheme) and overtime% added to the
//              percentages when the fill is overtime (own staff)
//
// summed over the pieces and divided by 3600 x 100 (and, for the internal
// cost, times (100 + employer cost%) / 100), rounded half up to whole øre
// once, at the end.
//
// Thread-safe: a RateCardBook is immutable.
#ifndef VAKTBRO_SERVER_AGENCY_RATE_CARDS_H_
#define VAKTBRO_SERVER_AGENCY_RATE_CARDS_H_

#include <cstdint>
#include <vector>

#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::agency {

class RateCardBook {
 public:
  // The cards built into this version of vaktbro (rate_cards.cc): agency
  // and internal cards for every profession, versions 2024, 2025 and 2026.
  static const RateCardBook& BuiltIn();

  explicit RateCardBook(std::vector<v1::RateCard> cards);

  // The card of `kind` for `profession` in force on the Oslo day of
  // `unix_seconds`; nullptr when there is none (before the first version).
  const v1::RateCard* Find(v1::RateCard::Kind kind, v1::Profession profession,
                           int64_t unix_seconds) const;

  // Every card, by kind, profession and valid_from.
  const std::vector<v1::RateCard>& cards() const { return cards_; }

 private:
  std::vector<v1::RateCard> cards_;
};

// What `card` (an AGENCY card) charges for [start, end).
int64_t AgencyPrice(const v1::RateCard& card, int64_t start, int64_t end);

// How the person is paid for a fill.
enum class PayBasis { kOrdinary, kOvertime, kPensjonistlonn };

// What [start, end) costs the organisation under `card` (an INTERNAL card):
// pay with supplements, plus the employer's costs.
int64_t InternalCost(const v1::RateCard& card, PayBasis basis, int64_t start,
                     int64_t end);

// a / b rounded half away from zero. REQUIRES: b > 0.
int64_t RoundDiv(__int128 a, int64_t b);

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_RATE_CARDS_H_
