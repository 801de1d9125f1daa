#include "directory_service.h"

#include "unary.h"

namespace vaktbro::rpc {

grpc::ServerUnaryReactor* DirectoryService::CreateOrganisation(grpc::CallbackServerContext* ctx, const v1::CreateOrganisationRequest* request,
    v1::Organisation* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->CreateOrganisation(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::GetOrganisation(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::Organisation* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->GetOrganisation(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::ListOrganisations(grpc::CallbackServerContext* ctx, const v1::ListOrganisationsRequest* request,
    v1::ListOrganisationsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->ListOrganisations(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::UpdateOrganisation(grpc::CallbackServerContext* ctx, const v1::UpdateOrganisationRequest* request,
    v1::Organisation* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->UpdateOrganisation(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::CreatePartnership(grpc::CallbackServerContext* ctx, const v1::CreatePartnershipRequest* request,
    v1::Partnership* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->CreatePartnership(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::ListPartnerships(grpc::CallbackServerContext* ctx, const v1::ListPartnershipsRequest* request,
    v1::ListPartnershipsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->ListPartnerships(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::DeletePartnership(grpc::CallbackServerContext* ctx, const v1::DeleteRequest* request,
    v1::DeleteResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->DeletePartnership(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::CreateUnit(grpc::CallbackServerContext* ctx, const v1::CreateUnitRequest* request,
    v1::Unit* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->CreateUnit(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::GetUnit(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::Unit* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->GetUnit(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::ListUnits(grpc::CallbackServerContext* ctx, const v1::ListUnitsRequest* request,
    v1::ListUnitsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->ListUnits(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::UpdateUnit(grpc::CallbackServerContext* ctx, const v1::UpdateUnitRequest* request,
    v1::Unit* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->UpdateUnit(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::CreatePerson(grpc::CallbackServerContext* ctx, const v1::CreatePersonRequest* request,
    v1::Person* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->CreatePerson(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::GetPerson(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::Person* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->GetPerson(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::ListPeople(grpc::CallbackServerContext* ctx, const v1::ListPeopleRequest* request,
    v1::ListPeopleResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->ListPeople(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::UpdatePerson(grpc::CallbackServerContext* ctx, const v1::UpdatePersonRequest* request,
    v1::Person* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->UpdatePerson(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::CreatePosition(grpc::CallbackServerContext* ctx, const v1::CreatePositionRequest* request,
    v1::Position* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->CreatePosition(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::GetPosition(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::Position* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->GetPosition(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::ListPositions(grpc::CallbackServerContext* ctx, const v1::ListPositionsRequest* request,
    v1::ListPositionsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->ListPositions(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::UpdatePosition(grpc::CallbackServerContext* ctx, const v1::UpdatePositionRequest* request,
    v1::Position* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->UpdatePosition(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::CreateAvailability(grpc::CallbackServerContext* ctx, const v1::CreateAvailabilityRequest* request,
    v1::Availability* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->CreateAvailability(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::ListAvailabilities(grpc::CallbackServerContext* ctx, const v1::ListAvailabilitiesRequest* request,
    v1::ListAvailabilitiesResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->ListAvailabilities(*request); });
}

grpc::ServerUnaryReactor* DirectoryService::DeleteAvailability(grpc::CallbackServerContext* ctx, const v1::DeleteRequest* request,
    v1::DeleteResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.DirectoryService", __func__, request, reply, [this, request] { return directory_->DeleteAvailability(*request); });
}

}  // namespace vaktbro::rpc
