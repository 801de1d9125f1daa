// The gRPC face of agency hire: one thin class. Every handler hands its
// request to domain::AgencyRegister on the executor.
#ifndef VAKTBRO_SERVER_RPC_AGENCY_SERVICE_H_
#define VAKTBRO_SERVER_RPC_AGENCY_SERVICE_H_

#include "agency_register.h"
#include "executor.h"
#include "vaktbro/v1/agency.grpc.pb.h"

namespace vaktbro::rpc {

class AgencyService final : public v1::AgencyService::CallbackService {
 public:
  // REQUIRES: agency and executor outlive the service.
  AgencyService(domain::AgencyRegister* agency, Executor* executor)
      : agency_(agency), executor_(executor) {}

  grpc::ServerUnaryReactor* CreateAgencyBooking(
      grpc::CallbackServerContext* ctx,
      const v1::CreateAgencyBookingRequest* request,
      v1::AgencyBooking* reply) override;
  grpc::ServerUnaryReactor* GetAgencyBooking(grpc::CallbackServerContext* ctx,
                                             const v1::GetRequest* request,
                                             v1::AgencyBooking* reply) override;
  grpc::ServerUnaryReactor* ListAgencyBookings(
      grpc::CallbackServerContext* ctx,
      const v1::ListAgencyRegisterRequest* request,
      v1::ListAgencyRegisterResponse* reply) override;
  grpc::ServerUnaryReactor* CancelAgencyBooking(
      grpc::CallbackServerContext* ctx,
      const v1::CancelAgencyBookingRequest* request,
      v1::AgencyBooking* reply) override;
  grpc::ServerUnaryReactor* KickOutAgencyBooking(
      grpc::CallbackServerContext* ctx,
      const v1::KickOutAgencyBookingRequest* request,
      v1::KickOutAgencyBookingResponse* reply) override;
  grpc::ServerUnaryReactor* ListInternalFills(
      grpc::CallbackServerContext* ctx,
      const v1::ListInternalFillsRequest* request,
      v1::ListInternalFillsResponse* reply) override;
  grpc::ServerUnaryReactor* GetAgencyReport(
      grpc::CallbackServerContext* ctx,
      const v1::GetAgencyReportRequest* request,
      v1::AgencyReport* reply) override;
  grpc::ServerUnaryReactor* GetAgencySettings(
      grpc::CallbackServerContext* ctx,
      const v1::GetAgencySettingsRequest* request,
      v1::AgencySettings* reply) override;
  grpc::ServerUnaryReactor* UpdateAgencySettings(
      grpc::CallbackServerContext* ctx,
      const v1::UpdateAgencySettingsRequest* request,
      v1::AgencySettings* reply) override;
  grpc::ServerUnaryReactor* ListRateCards(
      grpc::CallbackServerContext* ctx, const v1::ListRateCardsRequest* request,
      v1::ListRateCardsResponse* reply) override;

 private:
  domain::AgencyRegister* const agency_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_AGENCY_SERVICE_H_
