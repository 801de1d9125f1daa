// The gRPC face of the directory: one thin class, each handler hands its
// request to domain::Directory on the executor.
#ifndef VAKTBRO_SERVER_RPC_DIRECTORY_SERVICE_H_
#define VAKTBRO_SERVER_RPC_DIRECTORY_SERVICE_H_

#include "directory.h"
#include "executor.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::rpc {

class DirectoryService final : public v1::DirectoryService::CallbackService {
 public:
  // REQUIRES: directory and executor outlive the service.
  DirectoryService(domain::Directory* directory, Executor* executor)
      : directory_(directory), executor_(executor) {}

  grpc::ServerUnaryReactor* CreateOrganisation(grpc::CallbackServerContext* ctx, const v1::CreateOrganisationRequest* request,
      v1::Organisation* reply) override;
  grpc::ServerUnaryReactor* GetOrganisation(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Organisation* reply) override;
  grpc::ServerUnaryReactor* ListOrganisations(grpc::CallbackServerContext* ctx, const v1::ListOrganisationsRequest* request,
      v1::ListOrganisationsResponse* reply) override;
  grpc::ServerUnaryReactor* UpdateOrganisation(grpc::CallbackServerContext* ctx, const v1::UpdateOrganisationRequest* request,
      v1::Organisation* reply) override;
  grpc::ServerUnaryReactor* CreatePartnership(grpc::CallbackServerContext* ctx, const v1::CreatePartnershipRequest* request,
      v1::Partnership* reply) override;
  grpc::ServerUnaryReactor* ListPartnerships(grpc::CallbackServerContext* ctx, const v1::ListPartnershipsRequest* request,
      v1::ListPartnershipsResponse* reply) override;
  grpc::ServerUnaryReactor* DeletePartnership(grpc::CallbackServerContext* ctx, const v1::DeleteRequest* request,
      v1::DeleteResponse* reply) override;
  grpc::ServerUnaryReactor* CreateUnit(grpc::CallbackServerContext* ctx, const v1::CreateUnitRequest* request,
      v1::Unit* reply) override;
  grpc::ServerUnaryReactor* GetUnit(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Unit* reply) override;
  grpc::ServerUnaryReactor* ListUnits(grpc::CallbackServerContext* ctx, const v1::ListUnitsRequest* request,
      v1::ListUnitsResponse* reply) override;
  grpc::ServerUnaryReactor* UpdateUnit(grpc::CallbackServerContext* ctx, const v1::UpdateUnitRequest* request,
      v1::Unit* reply) override;
  grpc::ServerUnaryReactor* CreatePerson(grpc::CallbackServerContext* ctx, const v1::CreatePersonRequest* request,
      v1::Person* reply) override;
  grpc::ServerUnaryReactor* GetPerson(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Person* reply) override;
  grpc::ServerUnaryReactor* ListPeople(grpc::CallbackServerContext* ctx, const v1::ListPeopleRequest* request,
      v1::ListPeopleResponse* reply) override;
  grpc::ServerUnaryReactor* UpdatePerson(grpc::CallbackServerContext* ctx, const v1::UpdatePersonRequest* request,
      v1::Person* reply) override;
  grpc::ServerUnaryReactor* CreatePosition(grpc::CallbackServerContext* ctx, const v1::CreatePositionRequest* request,
      v1::Position* reply) override;
  grpc::ServerUnaryReactor* GetPosition(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Position* reply) override;
  grpc::ServerUnaryReactor* ListPositions(grpc::CallbackServerContext* ctx, const v1::ListPositionsRequest* request,
      v1::ListPositionsResponse* reply) override;
  grpc::ServerUnaryReactor* UpdatePosition(grpc::CallbackServerContext* ctx, const v1::UpdatePositionRequest* request,
      v1::Position* reply) override;
  grpc::ServerUnaryReactor* CreateAvailability(grpc::CallbackServerContext* ctx, const v1::CreateAvailabilityRequest* request,
      v1::Availability* reply) override;
  grpc::ServerUnaryReactor* ListAvailabilities(grpc::CallbackServerContext* ctx, const v1::ListAvailabilitiesRequest* request,
      v1::ListAvailabilitiesResponse* reply) override;
  grpc::ServerUnaryReactor* DeleteAvailability(grpc::CallbackServerContext* ctx, const v1::DeleteRequest* request,
      v1::DeleteResponse* reply) override;

 private:
  domain::Directory* const directory_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_DIRECTORY_SERVICE_H_
