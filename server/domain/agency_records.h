// Typed access to the agency records for the generic flows of
// typed_records.h (Lookup, ClaimName): the collection of each type.
// Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_AGENCY_RECORDS_H_
#define VAKTBRO_SERVER_DOMAIN_AGENCY_RECORDS_H_

#include <string_view>

#include "resource.h"
#include "store.h"
#include "typed_records.h"
#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::domain {

template <>
struct Collection<v1::AgencyBooking> {
  static constexpr std::string_view kName = kAgencyBookings;
  static absl::StatusOr<v1::AgencyBooking> Get(storage::Txn& t,
                                               std::string_view id,
                                               storage::LockMode m) {
    return t.GetAgencyBooking(id, m);
  }
};

template <>
struct Collection<v1::InternalFill> {
  static constexpr std::string_view kName = kInternalFills;
  static absl::StatusOr<v1::InternalFill> Get(storage::Txn& t,
                                              std::string_view id,
                                              storage::LockMode m) {
    return t.GetInternalFill(id, m);
  }
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGENCY_RECORDS_H_
