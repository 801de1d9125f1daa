// Agency hire in the domain: the register of agency bookings, kick-out, the
// internal-fill ledger's queries, the per-organisation agency settings and
// the report (see proto/vaktbro/v1/agency.proto for the API).
//
// Every write runs in Mutate(): idempotent by request_id and one durable
// transaction. Invalid input is INVALID_ARGUMENT naming the request's field
// ("agency_booking.hourly_rate_ore: must be > 0") and changes nothing.
//
// Locks (storage/DESIGN.md): a cancel locks the booking; a kick-out locks
// the booking, then the candidate's shift, then the assignment, then the
// fill: the order of a booking (person < shift < assignment < fill) with the
// agency booking before it. Nothing else locks agency bookings.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_DOMAIN_AGENCY_REGISTER_H_
#define VAKTBRO_SERVER_DOMAIN_AGENCY_REGISTER_H_

#include "absl/status/statusor.h"
#include "resource.h"
#include "store.h"
#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::domain {

inline constexpr int kDefaultKickOutCutoffHours = 48;
inline constexpr int kMaxKickOutCutoffHours = 720;

class AgencyRegister {
 public:
  // REQUIRES: store and clock outlive the register.
  AgencyRegister(storage::Store* store, const Clock* clock)
      : store_(store), clock_(clock) {}
  AgencyRegister(const AgencyRegister&) = delete;
  AgencyRegister& operator=(const AgencyRegister&) = delete;

  absl::StatusOr<v1::AgencyBooking> CreateAgencyBooking(
      const v1::CreateAgencyBookingRequest& r);
  absl::StatusOr<v1::AgencyBooking> GetAgencyBooking(const v1::GetRequest& r);
  absl::StatusOr<v1::ListAgencyRegisterResponse> ListAgencyBookings(
      const v1::ListAgencyRegisterRequest& r);
  absl::StatusOr<v1::AgencyBooking> CancelAgencyBooking(
      const v1::CancelAgencyBookingRequest& r);
  absl::StatusOr<v1::KickOutAgencyBookingResponse> KickOutAgencyBooking(
      const v1::KickOutAgencyBookingRequest& r);

  absl::StatusOr<v1::ListInternalFillsResponse> ListInternalFills(
      const v1::ListInternalFillsRequest& r);
  absl::StatusOr<v1::AgencyReport> GetAgencyReport(
      const v1::GetAgencyReportRequest& r);

  absl::StatusOr<v1::AgencySettings> GetAgencySettings(
      const v1::GetAgencySettingsRequest& r);
  absl::StatusOr<v1::AgencySettings> UpdateAgencySettings(
      const v1::UpdateAgencySettingsRequest& r);
  absl::StatusOr<v1::ListRateCardsResponse> ListRateCards(
      const v1::ListRateCardsRequest& r);

 private:
  storage::Store* const store_;
  const Clock* const clock_;
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGENCY_REGISTER_H_
