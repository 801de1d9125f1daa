// The gRPC face of shifts and assignments: one thin class. Unary handlers
// hand their request to domain::ShiftBook on the executor; WatchShifts is a
// server stream fed by the event hub (watch_reactor.h).
#ifndef VAKTBRO_SERVER_RPC_SHIFT_SERVICE_H_
#define VAKTBRO_SERVER_RPC_SHIFT_SERVICE_H_

#include "event_hub.h"
#include "executor.h"
#include "shift_book.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::rpc {

class ShiftService final : public v1::ShiftService::CallbackService {
 public:
  // REQUIRES: book, hub and executor outlive the service.
  ShiftService(domain::ShiftBook* book, domain::ShiftEventHub* hub, Executor* executor)
      : book_(book), hub_(hub), executor_(executor) {}

  grpc::ServerUnaryReactor* PostShift(grpc::CallbackServerContext* ctx, const v1::PostShiftRequest* request,
      v1::Shift* reply) override;
  grpc::ServerUnaryReactor* GetShift(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Shift* reply) override;
  grpc::ServerUnaryReactor* ListShifts(grpc::CallbackServerContext* ctx, const v1::ListShiftsRequest* request,
      v1::ListShiftsResponse* reply) override;
  grpc::ServerUnaryReactor* PublishShift(grpc::CallbackServerContext* ctx, const v1::ShiftTransitionRequest* request,
      v1::Shift* reply) override;
  grpc::ServerUnaryReactor* CancelShift(grpc::CallbackServerContext* ctx, const v1::ShiftTransitionRequest* request,
      v1::Shift* reply) override;
  grpc::ServerUnaryReactor* CompleteShift(grpc::CallbackServerContext* ctx, const v1::ShiftTransitionRequest* request,
      v1::Shift* reply) override;
  grpc::ServerUnaryReactor* OfferShift(grpc::CallbackServerContext* ctx, const v1::OfferShiftRequest* request,
      v1::Assignment* reply) override;
  grpc::ServerUnaryReactor* AcceptOffer(grpc::CallbackServerContext* ctx, const v1::AssignmentTransitionRequest* request,
      v1::Assignment* reply) override;
  grpc::ServerUnaryReactor* DeclineOffer(grpc::CallbackServerContext* ctx, const v1::AssignmentTransitionRequest* request,
      v1::Assignment* reply) override;
  grpc::ServerUnaryReactor* AssignShift(grpc::CallbackServerContext* ctx, const v1::OfferShiftRequest* request,
      v1::Assignment* reply) override;
  grpc::ServerUnaryReactor* WithdrawAssignment(grpc::CallbackServerContext* ctx, const v1::AssignmentTransitionRequest* request,
      v1::Assignment* reply) override;
  grpc::ServerUnaryReactor* GetAssignment(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Assignment* reply) override;
  grpc::ServerUnaryReactor* ListAssignments(grpc::CallbackServerContext* ctx, const v1::ListAssignmentsRequest* request,
      v1::ListAssignmentsResponse* reply) override;
  grpc::ServerUnaryReactor* ListAgencyBookings(grpc::CallbackServerContext* ctx, const v1::ListAgencyBookingsRequest* request,
      v1::ListAgencyBookingsResponse* reply) override;
  grpc::ServerWriteReactor<v1::ShiftEvent>* WatchShifts(grpc::CallbackServerContext* ctx,
                                                        const v1::WatchShiftsRequest* request) override;

 private:
  domain::ShiftBook* const book_;
  domain::ShiftEventHub* const hub_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_SHIFT_SERVICE_H_
