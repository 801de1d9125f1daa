// The field rules of agency bookings and agency settings, as pure functions
// over the message (references to other records are checked by the callers,
// which own the transaction), and the settings of an organisation as stored
// or by default. Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_AGENCY_CHECKS_H_
#define VAKTBRO_SERVER_DOMAIN_AGENCY_CHECKS_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "store.h"
#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::domain {

inline constexpr int64_t kMaxBookingSeconds = 93LL * 24 * 3600;  // a quarter
inline constexpr int64_t kMaxHourlyRateOre = 1'000'000;  // 10 000 NOK per hour
inline constexpr int64_t kMaxFeesOre = 100'000'000;      // 1 million NOK

// Every input field of a booking to create; `prefix` is its path in the
// request ("agency_booking"). Output-only fields are not looked at.
absl::Status CheckAgencyBooking(std::string_view prefix,
                                const v1::AgencyBooking& b);

// consultation_policy set, kick_out_cutoff_hours 0-720.
absl::Status CheckAgencySettings(std::string_view prefix,
                                 const v1::AgencySettings& s);

// The settings of `organisation_id` as stored, or the defaults (WARN, 48 h,
// empty etag) when none are. With kExclusive the key stays locked.
absl::StatusOr<v1::AgencySettings> SettingsOf(storage::Txn& txn,
                                              std::string_view organisation_id,
                                              storage::LockMode mode);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGENCY_CHECKS_H_
