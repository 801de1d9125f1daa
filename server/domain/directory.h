// The directory of the exchange: organisations and their partnerships, units,
// people, their positions and their availability.
//
// Every method validates its request first (INVALID_ARGUMENT naming the
// field, nothing written), then reads and writes in one transaction through
// Mutate() (idempotent by request_id, durable when it returns). References to
// unknown resources give NOT_FOUND naming the field; a stale etag ABORTED.
//
// Thread-safe: any number of threads may call at once; the store's locks
// order conflicting writes.
#ifndef VAKTBRO_SERVER_DOMAIN_DIRECTORY_H_
#define VAKTBRO_SERVER_DOMAIN_DIRECTORY_H_

#include "absl/status/statusor.h"
#include "resource.h"
#include "store.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::domain {

class Directory {
 public:
  // REQUIRES: store and clock outlive the Directory.
  Directory(storage::Store* store, const Clock* clock) : store_(store), clock_(clock) {}
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;

  absl::StatusOr<v1::Organisation> CreateOrganisation(const v1::CreateOrganisationRequest& r);
  absl::StatusOr<v1::Organisation> GetOrganisation(const v1::GetRequest& r);
  absl::StatusOr<v1::ListOrganisationsResponse> ListOrganisations(const v1::ListOrganisationsRequest& r);
  absl::StatusOr<v1::Organisation> UpdateOrganisation(const v1::UpdateOrganisationRequest& r);

  absl::StatusOr<v1::Partnership> CreatePartnership(const v1::CreatePartnershipRequest& r);
  absl::StatusOr<v1::ListPartnershipsResponse> ListPartnerships(const v1::ListPartnershipsRequest& r);
  absl::StatusOr<v1::DeleteResponse> DeletePartnership(const v1::DeleteRequest& r);

  absl::StatusOr<v1::Unit> CreateUnit(const v1::CreateUnitRequest& r);
  absl::StatusOr<v1::Unit> GetUnit(const v1::GetRequest& r);
  absl::StatusOr<v1::ListUnitsResponse> ListUnits(const v1::ListUnitsRequest& r);
  absl::StatusOr<v1::Unit> UpdateUnit(const v1::UpdateUnitRequest& r);

  absl::StatusOr<v1::Person> CreatePerson(const v1::CreatePersonRequest& r);
  absl::StatusOr<v1::Person> GetPerson(const v1::GetRequest& r);
  absl::StatusOr<v1::ListPeopleResponse> ListPeople(const v1::ListPeopleRequest& r);
  absl::StatusOr<v1::Person> UpdatePerson(const v1::UpdatePersonRequest& r);

  absl::StatusOr<v1::Position> CreatePosition(const v1::CreatePositionRequest& r);
  absl::StatusOr<v1::Position> GetPosition(const v1::GetRequest& r);
  absl::StatusOr<v1::ListPositionsResponse> ListPositions(const v1::ListPositionsRequest& r);
  absl::StatusOr<v1::Position> UpdatePosition(const v1::UpdatePositionRequest& r);

  absl::StatusOr<v1::Availability> CreateAvailability(const v1::CreateAvailabilityRequest& r);
  absl::StatusOr<v1::ListAvailabilitiesResponse> ListAvailabilities(const v1::ListAvailabilitiesRequest& r);
  absl::StatusOr<v1::DeleteResponse> DeleteAvailability(const v1::DeleteRequest& r);

 private:
  storage::Store* const store_;
  const Clock* const clock_;
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_DIRECTORY_H_
