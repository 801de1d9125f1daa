#include "agency_service.h"

#include "unary.h"

namespace vaktbro::rpc {

grpc::ServerUnaryReactor* AgencyService::CreateAgencyBooking(
    grpc::CallbackServerContext* ctx,
    const v1::CreateAgencyBookingRequest* request, v1::AgencyBooking* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->CreateAgencyBooking(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::GetAgencyBooking(
    grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::AgencyBooking* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->GetAgencyBooking(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::ListAgencyBookings(
    grpc::CallbackServerContext* ctx,
    const v1::ListAgencyRegisterRequest* request,
    v1::ListAgencyRegisterResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->ListAgencyBookings(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::CancelAgencyBooking(
    grpc::CallbackServerContext* ctx,
    const v1::CancelAgencyBookingRequest* request, v1::AgencyBooking* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->CancelAgencyBooking(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::KickOutAgencyBooking(
    grpc::CallbackServerContext* ctx,
    const v1::KickOutAgencyBookingRequest* request,
    v1::KickOutAgencyBookingResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->KickOutAgencyBooking(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::ListInternalFills(
    grpc::CallbackServerContext* ctx,
    const v1::ListInternalFillsRequest* request,
    v1::ListInternalFillsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->ListInternalFills(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::GetAgencyReport(
    grpc::CallbackServerContext* ctx, const v1::GetAgencyReportRequest* request,
    v1::AgencyReport* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->GetAgencyReport(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::GetAgencySettings(
    grpc::CallbackServerContext* ctx,
    const v1::GetAgencySettingsRequest* request, v1::AgencySettings* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->GetAgencySettings(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::UpdateAgencySettings(
    grpc::CallbackServerContext* ctx,
    const v1::UpdateAgencySettingsRequest* request, v1::AgencySettings* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply, [this, request] {
    return agency_->UpdateAgencySettings(*request);
  });
}

grpc::ServerUnaryReactor* AgencyService::ListRateCards(
    grpc::CallbackServerContext* ctx, const v1::ListRateCardsRequest* request,
    v1::ListRateCardsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgencyService", __func__, request, reply,
                  [this, request] { return agency_->ListRateCards(*request); });
}

}  // namespace vaktbro::rpc
