// Typed access to agreements and §19 notices for the generic flows of
// typed_records.h (Lookup, ClaimName): the collection of each type.
// Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_AGREEMENT_RECORDS_H_
#define VAKTBRO_SERVER_DOMAIN_AGREEMENT_RECORDS_H_

#include <string_view>

#include "resource.h"
#include "store.h"
#include "typed_records.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::domain {

inline constexpr std::string_view kAgreements = "agreements";
inline constexpr std::string_view kNotices = "notices";

template <>
struct Collection<v1::Agreement> {
  static constexpr std::string_view kName = kAgreements;
  static absl::StatusOr<v1::Agreement> Get(storage::Txn& t, std::string_view id,
                                           storage::LockMode m) {
    return t.GetAgreement(id, m);
  }
};

template <>
struct Collection<v1::SecondaryWorkNotice> {
  static constexpr std::string_view kName = kNotices;
  static absl::StatusOr<v1::SecondaryWorkNotice> Get(storage::Txn& t, std::string_view id,
                                                     storage::LockMode m) {
    return t.GetNotice(id, m);
  }
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_AGREEMENT_RECORDS_H_
