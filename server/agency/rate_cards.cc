#include "rate_cards.h"

#include <algorithm>
#include <tuple>

#include "calendar.h"

namespace vaktbro::agency {
namespace {

// Hourly rates in whole NOK for the versions of 2024, 2025 and 2026.
struct ProfessionRates {
  v1::Profession profession;
  int agency[3];    // framework-agreement price per hour, day time weekday
  int internal[3];  // hourly wage (annual pay / 1950 hours), before supplements
};

// Agency prices follow the public framework agreements of the hospital trusts
// and municipalities in round figures; wages the pay scales of KS and Spekter
// (check both against the current agreements before relying on them).
constexpr ProfessionRates kRates[] = {
    {v1::NURSE, {1010, 1050, 1090}, {318, 330, 343}},
    {v1::SPECIALIST_NURSE, {1200, 1250, 1300}, {361, 375, 390}},
    {v1::HEALTH_WORKER, {820, 850, 885}, {270, 280, 291}},
    {v1::PHYSICIAN, {2300, 2400, 2500}, {500, 520, 541}},
    {v1::MIDWIFE, {1250, 1300, 1350}, {351, 365, 380}},
    {v1::PHYSIOTHERAPIST, {910, 950, 990}, {298, 310, 322}},
    {v1::OCCUPATIONAL_THERAPIST, {910, 950, 990}, {293, 305, 317}},
    {v1::CARE_ASSISTANT, {670, 700, 730}, {226, 235, 244}},
};

constexpr int kYears[3] = {2024, 2025, 2026};
// Pensjonistlønn per hour (Spekter 245 NOK from 2024; KS follows the state).
constexpr int kPensionerHourly[3] = {245, 245, 252};

v1::RateCard::Supplement Supp(int percent, int64_t fixed_nok) {
  v1::RateCard::Supplement s;
  s.set_percent(percent);
  s.set_fixed_ore(fixed_nok * 100);
  return s;
}

v1::RateCard Card(v1::RateCard::Kind kind, v1::Profession profession,
                  int version) {
  v1::RateCard card;
  const int year = kYears[version];
  card.set_kind(kind);
  card.set_profession(profession);
  card.mutable_valid_from()->set_year(year);
  card.mutable_valid_from()->set_month(1);
  card.mutable_valid_from()->set_day(1);
  card.set_version((kind == v1::RateCard::AGENCY ? "agency-" : "internal-") +
                   std::to_string(year));
  return card;
}

std::vector<v1::RateCard> BuiltInCards() {
  std::vector<v1::RateCard> cards;
  for (const ProfessionRates& rates : kRates) {
    for (int v = 0; v < 3; ++v) {
      v1::RateCard agency = Card(v1::RateCard::AGENCY, rates.profession, v);
      agency.set_hourly_ore(int64_t{rates.agency[v]} * 100);
      *agency.mutable_evening() = Supp(15, 0);
      *agency.mutable_night() = Supp(30, 0);
      *agency.mutable_weekend() = Supp(35, 0);
      *agency.mutable_holiday() = Supp(100, 0);
      cards.push_back(std::move(agency));

      // KS/Spekter-like: evening and night 25 %, weekend 65 NOK per hour,
      // holiday time paid at 100 % extra; overtime at the statutory 40 %
      // (aml §10-6 (11)); employer's costs 39 % (holiday pay 12 %, employer's
      // national insurance 14.1 %, pension), 28 % on pensjonistlønn (no
      // pension contribution).
      v1::RateCard internal = Card(v1::RateCard::INTERNAL, rates.profession, v);
      internal.set_hourly_ore(int64_t{rates.internal[v]} * 100);
      *internal.mutable_evening() = Supp(25, 0);
      *internal.mutable_night() = Supp(25, 0);
      *internal.mutable_weekend() = Supp(0, 65);
      *internal.mutable_holiday() = Supp(100, 0);
      internal.set_pensioner_hourly_ore(int64_t{kPensionerHourly[v]} * 100);
      internal.set_overtime_percent(40);
      internal.set_employer_cost_percent(39);
      internal.set_pensioner_employer_cost_percent(28);
      cards.push_back(std::move(internal));
    }
  }
  return cards;
}

int64_t DayNumber(const v1::Date& d) {
  return absl::CivilDay(d.year(), d.month(), d.day()) -
         absl::CivilDay(1970, 1, 1);
}

const v1::RateCard::Supplement& TimeSupplement(const v1::RateCard& card,
                                               TimeOfDay time) {
  static const v1::RateCard::Supplement kNone;
  switch (time) {
    case TimeOfDay::kEvening:
      return card.evening();
    case TimeOfDay::kNight:
      return card.night();
    case TimeOfDay::kDay:
      break;
  }
  return kNone;
}

const v1::RateCard::Supplement& DaySupplement(const v1::RateCard& card,
                                              DayKind day) {
  static const v1::RateCard::Supplement kNone;
  switch (day) {
    case DayKind::kWeekend:
      return card.weekend();
    case DayKind::kHoliday:
      return card.holiday();
    case DayKind::kWeekday:
      break;
  }
  return kNone;
}

// Σ t x (hourly x (100 + extra% + tod% + day%) + 100 x fixed): money times
// seconds times 100.
__int128 Accumulate(const v1::RateCard& card, int64_t hourly, int extra_percent,
                    int64_t start, int64_t end) {
  __int128 sum = 0;
  for (const Piece& piece : SplitByKind(start, end)) {
    const auto& tod = TimeSupplement(card, piece.kind.time);
    const auto& day = DaySupplement(card, piece.kind.day);
    const __int128 per_hour =
        __int128{hourly} *
            (100 + extra_percent + tod.percent() + day.percent()) +
        __int128{100} * (tod.fixed_ore() + day.fixed_ore());
    sum += per_hour * piece.seconds;
  }
  return sum;
}

}  // namespace

int64_t RoundDiv(__int128 a, int64_t b) {
  const __int128 half = b / 2;
  return static_cast<int64_t>(a >= 0 ? (a + half) / b : -((-a + half) / b));
}

const RateCardBook& RateCardBook::BuiltIn() {
  static const RateCardBook book(BuiltInCards());
  return book;
}

RateCardBook::RateCardBook(std::vector<v1::RateCard> cards)
    : cards_(std::move(cards)) {
  std::sort(cards_.begin(), cards_.end(),
            [](const v1::RateCard& a, const v1::RateCard& b) {
              return std::make_tuple(a.kind(), a.profession(),
                                     DayNumber(a.valid_from())) <
                     std::make_tuple(b.kind(), b.profession(),
                                     DayNumber(b.valid_from()));
            });
}

const v1::RateCard* RateCardBook::Find(v1::RateCard::Kind kind,
                                       v1::Profession profession,
                                       int64_t unix_seconds) const {
  const absl::CivilDay day =
      absl::ToCivilDay(absl::FromUnixSeconds(unix_seconds), Oslo());
  const int64_t today = day - absl::CivilDay(1970, 1, 1);
  const v1::RateCard* found = nullptr;
  for (const v1::RateCard& card : cards_) {
    if (card.kind() == kind && card.profession() == profession &&
        DayNumber(card.valid_from()) <= today) {
      found = &card;  // sorted by valid_from: the last one wins
    }
  }
  return found;
}

int64_t AgencyPrice(const v1::RateCard& card, int64_t start, int64_t end) {
  return RoundDiv(Accumulate(card, card.hourly_ore(), 0, start, end),
                  3600 * 100);
}

int64_t InternalCost(const v1::RateCard& card, PayBasis basis, int64_t start,
                     int64_t end) {
  const bool pensioner = basis == PayBasis::kPensjonistlonn;
  const int64_t hourly =
      pensioner ? card.pensioner_hourly_ore() : card.hourly_ore();
  const int overtime =
      basis == PayBasis::kOvertime ? card.overtime_percent() : 0;
  const int employer = pensioner ? card.pensioner_employer_cost_percent()
                                 : card.employer_cost_percent();
  const __int128 pay = Accumulate(card, hourly, overtime, start, end);
  return RoundDiv(pay * (100 + employer), int64_t{3600} * 100 * 100);
}

}  // namespace vaktbro::agency
