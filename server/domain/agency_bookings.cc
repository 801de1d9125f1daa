// AgencyRegister: registering, listing and cancelling agency bookings.
#include <algorithm>

#include "agency/ledger.h"
#include "agency/rate_cards.h"
#include "agency_checks.h"
#include "agency_records.h"
#include "agency_register.h"
#include "checks.h"
#include "paging.h"
#include "shift_rules.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

constexpr std::string_view kPrefix = "agency_booking";

// Checks what the booking refers to, in `txn`.
absl::Status CheckReferences(Txn& txn, const v1::AgencyBooking& b) {
  RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, "agency_booking.organisation",
                                           b.organisation())
                      .status());
  ASSIGN_OR_RETURN(const v1::Unit unit,
                   Lookup<v1::Unit>(txn, "agency_booking.unit", b.unit()));
  if (unit.organisation() != b.organisation()) {
    return FieldError("agency_booking.unit",
                      Cat(unit.name(), " belongs to ", unit.organisation(),
                          ", not to ", b.organisation()));
  }
  if (b.shift().empty()) return absl::OkStatus();
  ASSIGN_OR_RETURN(const v1::Shift shift,
                   Lookup<v1::Shift>(txn, "agency_booking.shift", b.shift()));
  if (shift.unit() != b.unit()) {
    return FieldError(
        "agency_booking.shift",
        Cat(shift.name(), " is at ", shift.unit(), ", not at ", b.unit()));
  }
  return absl::OkStatus();
}

// The booking as stored: the input fields, with every output-only field set
// by the server.
v1::AgencyBooking Registered(const v1::AgencyBooking& in) {
  v1::AgencyBooking b = in;
  b.clear_name();
  b.clear_etag();
  b.clear_create_time();
  b.clear_update_time();
  b.clear_cancel_time();
  b.clear_cancel_reason();
  b.clear_replaced_by();
  b.clear_warnings();
  b.set_state(v1::AgencyBooking::BOOKED);
  b.set_total_cost_ore(agency::BookingTotalOre(b));
  b.set_cost_nok(agency::RoundDiv(b.total_cost_ore(), 100));
  return b;
}

bool Live(v1::AgencyBooking::State s) {
  return s == v1::AgencyBooking::BOOKED ||
         s == v1::AgencyBooking::STATE_UNSPECIFIED;
}

bool Wanted(const v1::ListAgencyRegisterRequest& r,
            const v1::AgencyBooking& b) {
  const int64_t start = b.start_time().seconds();
  const v1::AgencyBooking::State state =
      b.state() == v1::AgencyBooking::STATE_UNSPECIFIED
          ? v1::AgencyBooking::BOOKED
          : b.state();
  return (r.organisation().empty() || b.organisation() == r.organisation()) &&
         (r.unit().empty() || b.unit() == r.unit()) &&
         (r.profession() == v1::PROFESSION_UNSPECIFIED ||
          b.profession() == r.profession()) &&
         (r.states().empty() || std::find(r.states().begin(), r.states().end(),
                                          state) != r.states().end()) &&
         (!r.has_start_time_from() || start >= r.start_time_from().seconds()) &&
         (!r.has_start_time_to() || start < r.start_time_to().seconds()) &&
         (r.agency().empty() || b.agency() == r.agency());
}

}  // namespace

absl::StatusOr<v1::AgencyBooking> AgencyRegister::CreateAgencyBooking(
    const v1::CreateAgencyBookingRequest& r) {
  RETURN_IF_ERROR(CheckClientId("agency_booking_id", r.agency_booking_id()));
  RETURN_IF_ERROR(CheckAgencyBooking(kPrefix, r.agency_booking()));
  return Mutate<v1::AgencyBooking>(
      *store_, "CreateAgencyBooking", r, r.request_id(),
      [&](Txn& txn) -> absl::StatusOr<v1::AgencyBooking> {
        const v1::AgencyBooking& in = r.agency_booking();
        RETURN_IF_ERROR(CheckReferences(txn, in));
        ASSIGN_OR_RETURN(
            const v1::AgencySettings settings,
            SettingsOf(txn, storage::IdOf(in.organisation()), LockMode::kNone));
        v1::AgencyBooking b = Registered(in);
        if (!IsSet(in.union_consultation_date())) {
          if (settings.consultation_policy() == v1::AgencySettings::REFUSE) {
            return FieldError("agency_booking.union_consultation_date",
                              Cat("must be set: ", in.organisation(),
                                  " registers agency hire only after the need "
                                  "has been discussed with the "
                                  "tillitsvalgte (forskrift om innleie fra "
                                  "bemanningsforetak §3)"));
          }
          b.add_warnings(
              "union_consultation_date: not recorded; the need for agency hire "
              "must be discussed with the "
              "tillitsvalgte before the decision (forskrift om innleie fra "
              "bemanningsforetak §3)");
        }
        RETURN_IF_ERROR(ClaimName(txn, "agency_booking_id",
                                  r.agency_booking_id(), clock_->Now(), b));
        RETURN_IF_ERROR(txn.Put(b));
        return b;
      });
}

absl::StatusOr<v1::AgencyBooking> AgencyRegister::GetAgencyBooking(
    const v1::GetRequest& r) {
  return GetResource<v1::AgencyBooking>(*store_, r);
}

absl::StatusOr<v1::ListAgencyRegisterResponse>
AgencyRegister::ListAgencyBookings(const v1::ListAgencyRegisterRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor,
                   DecodePageToken(r.page_token()));
  if (!r.organisation().empty())
    RETURN_IF_ERROR(
        ParseName("organisation", r.organisation(), kOrganisations).status());
  if (!r.unit().empty())
    RETURN_IF_ERROR(ParseName("unit", r.unit(), kUnits).status());
  if (!v1::Profession_IsValid(r.profession()))
    return FieldError("profession", "unknown profession");
  for (int i = 0; i < r.states_size(); ++i) {
    if (r.states(i) == v1::AgencyBooking::STATE_UNSPECIFIED ||
        !v1::AgencyBooking::State_IsValid(r.states(i))) {
      return FieldError(Cat("states[", i, "]"),
                        "must be BOOKED, CANCELLED or KICKED_OUT");
    }
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  auto by_id = [](const v1::AgencyBooking& b) {
    return storage::Cursor{0, std::string(storage::IdOf(b.name()))};
  };
  ASSIGN_OR_RETURN(
      std::vector<v1::AgencyBooking> page,
      ScanFiltered<v1::AgencyBooking>(
          cursor, page_size,
          [&](const storage::Cursor& c, int n) {
            return txn->ListAgencyBookings(c.id, n);
          },
          [&](const v1::AgencyBooking& b) { return Wanted(r, b); }, by_id));
  v1::ListAgencyRegisterResponse response;
  response.set_next_page_token(TrimPage(page, page_size, by_id));
  for (auto& b : page) *response.add_agency_bookings() = std::move(b);
  return response;
}

absl::StatusOr<v1::AgencyBooking> AgencyRegister::CancelAgencyBooking(
    const v1::CancelAgencyBookingRequest& r) {
  RETURN_IF_ERROR(ParseName("name", r.name(), kAgencyBookings).status());
  RETURN_IF_ERROR(CheckOptionalText("reason", r.reason(), kMaxNoteLength));
  return Mutate<v1::AgencyBooking>(
      *store_, "CancelAgencyBooking", r, r.request_id(),
      [&](Txn& txn) -> absl::StatusOr<v1::AgencyBooking> {
        ASSIGN_OR_RETURN(v1::AgencyBooking b,
                         Lookup<v1::AgencyBooking>(txn, "name", r.name(),
                                                   LockMode::kExclusive));
        RETURN_IF_ERROR(CheckEtag(r.etag(), b.etag(), b.name()));
        if (!Live(b.state())) {
          return absl::FailedPreconditionError(
              Cat(b.name(), " is ", v1::AgencyBooking::State_Name(b.state()),
                  " and cannot be cancelled"));
        }
        const google::protobuf::Timestamp now = clock_->Now();
        b.set_state(v1::AgencyBooking::CANCELLED);
        *b.mutable_cancel_time() = now;
        b.set_cancel_reason(r.reason());
        Touch(b, now);
        RETURN_IF_ERROR(txn.Put(b));
        return b;
      });
}

}  // namespace vaktbro::domain
