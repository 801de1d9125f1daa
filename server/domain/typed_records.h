// Typed access to stored resources, shared by the domain classes: the
// collection of each resource type, look-ups that name the request field on
// failure, and the generic Get / Create / Update flows.
// Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_TYPED_RECORDS_H_
#define VAKTBRO_SERVER_DOMAIN_TYPED_RECORDS_H_

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "text.h"
#include "mutation.h"
#include "resource.h"
#include "status_macros.h"
#include "store.h"
#include "update_mask.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::domain {

template <typename T>
struct Collection;

#define VAKTBRO_COLLECTION_(Type, collection, Getter)                                    \
  template <>                                                                          \
  struct Collection<v1::Type> {                                                        \
    static constexpr std::string_view kName = collection;                              \
    static absl::StatusOr<v1::Type> Get(storage::Txn& t, std::string_view id,          \
                                        storage::LockMode m) {                         \
      return t.Getter(id, m);                                                          \
    }                                                                                  \
  }
VAKTBRO_COLLECTION_(Organisation, kOrganisations, GetOrganisation);
VAKTBRO_COLLECTION_(Partnership, kPartnerships, GetPartnership);
VAKTBRO_COLLECTION_(Unit, kUnits, GetUnit);
VAKTBRO_COLLECTION_(Person, kPeople, GetPerson);
VAKTBRO_COLLECTION_(Position, kPositions, GetPosition);
VAKTBRO_COLLECTION_(Availability, kAvailabilities, GetAvailability);
VAKTBRO_COLLECTION_(Shift, kShifts, GetShift);
VAKTBRO_COLLECTION_(Assignment, kAssignments, GetAssignment);
#undef VAKTBRO_COLLECTION_

// The resource `name` refers to; INVALID_ARGUMENT when `name` is malformed,
// NOT_FOUND "<field>: <name> not found" when it does not exist.
template <typename T>
absl::StatusOr<T> Lookup(storage::Txn& txn, std::string_view field, std::string_view name,
                         storage::LockMode mode = storage::LockMode::kNone) {
  ASSIGN_OR_RETURN(const std::string id, ParseName(field, name, Collection<T>::kName));
  absl::StatusOr<T> record = Collection<T>::Get(txn, id, mode);
  if (absl::IsNotFound(record.status())) {
    return absl::NotFoundError(Cat(field, ": ", name, " not found"));
  }
  return record;
}

// Gives a new record its name: the client's id (ALREADY_EXISTS when taken,
// naming `id_field`) or a fresh one; sets create/update time and first etag.
template <typename T>
absl::Status ClaimName(storage::Txn& txn, std::string_view id_field, std::string_view client_id,
                       const google::protobuf::Timestamp& now, T& record) {
  const std::string id = client_id.empty() ? NewId() : std::string(client_id);
  absl::StatusOr<T> existing = Collection<T>::Get(txn, id, storage::LockMode::kExclusive);
  if (existing.ok()) {
    return absl::AlreadyExistsError(
        Cat(id_field, ": ", Collection<T>::kName, "/", id, " already exists"));
  }
  if (!absl::IsNotFound(existing.status())) return existing.status();
  record.set_name(MakeName(Collection<T>::kName, id));
  *record.mutable_create_time() = now;
  if constexpr (requires { record.mutable_update_time(); }) *record.mutable_update_time() = now;
  record.set_etag(FirstEtag());
  return absl::OkStatus();
}

// GetX(name) for any resource.
template <typename T>
absl::StatusOr<T> GetResource(storage::Store& store, const v1::GetRequest& request) {
  std::unique_ptr<storage::Txn> txn = store.Begin();
  return Lookup<T>(*txn, "name", request.name());
}

// The AIP-134 flow: lock the stored version, check the etag, apply the mask,
// run `check` on the result (which names fields under `prefix`), write it
// with a new etag. `immutable` fields may not be in the mask.
template <typename T>
absl::StatusOr<T> UpdateResource(storage::Store& store, const Clock& clock, std::string_view method,
                                 const google::protobuf::Message& request, std::string_view request_id,
                                 std::string_view prefix, const T& patch,
                                 const google::protobuf::FieldMask& mask,
                                 std::initializer_list<std::string_view> immutable,
                                 const std::function<absl::Status(storage::Txn&, const T&)>& check) {
  return Mutate<T>(store, method, request, request_id, [&](storage::Txn& txn) -> absl::StatusOr<T> {
    ASSIGN_OR_RETURN(T current, Lookup<T>(txn, Cat(prefix, ".name"), patch.name(),
                                          storage::LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(patch.etag(), current.etag(), current.name()));
    RETURN_IF_ERROR(ApplyUpdate(patch, mask, immutable, current));
    RETURN_IF_ERROR(check(txn, current));
    *current.mutable_update_time() = clock.Now();
    current.set_etag(NextEtag(current.etag()));
    RETURN_IF_ERROR(txn.Put(current));
    return current;
  });
}

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_TYPED_RECORDS_H_
