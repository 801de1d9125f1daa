#include "shift_service.h"

#include "unary.h"
#include "watch_reactor.h"

namespace vaktbro::rpc {

grpc::ServerUnaryReactor* ShiftService::PostShift(grpc::CallbackServerContext* ctx, const v1::PostShiftRequest* request,
    v1::Shift* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->PostShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::GetShift(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::Shift* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->GetShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::ListShifts(grpc::CallbackServerContext* ctx, const v1::ListShiftsRequest* request,
    v1::ListShiftsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->ListShifts(*request); });
}

grpc::ServerUnaryReactor* ShiftService::PublishShift(grpc::CallbackServerContext* ctx, const v1::ShiftTransitionRequest* request,
    v1::Shift* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->PublishShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::CancelShift(grpc::CallbackServerContext* ctx, const v1::ShiftTransitionRequest* request,
    v1::Shift* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->CancelShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::CompleteShift(grpc::CallbackServerContext* ctx, const v1::ShiftTransitionRequest* request,
    v1::Shift* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->CompleteShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::OfferShift(grpc::CallbackServerContext* ctx, const v1::OfferShiftRequest* request,
    v1::Assignment* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->OfferShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::AcceptOffer(grpc::CallbackServerContext* ctx, const v1::AssignmentTransitionRequest* request,
    v1::Assignment* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->AcceptOffer(*request); });
}

grpc::ServerUnaryReactor* ShiftService::DeclineOffer(grpc::CallbackServerContext* ctx, const v1::AssignmentTransitionRequest* request,
    v1::Assignment* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->DeclineOffer(*request); });
}

grpc::ServerUnaryReactor* ShiftService::AssignShift(grpc::CallbackServerContext* ctx, const v1::OfferShiftRequest* request,
    v1::Assignment* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->AssignShift(*request); });
}

grpc::ServerUnaryReactor* ShiftService::WithdrawAssignment(grpc::CallbackServerContext* ctx, const v1::AssignmentTransitionRequest* request,
    v1::Assignment* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->WithdrawAssignment(*request); });
}

grpc::ServerUnaryReactor* ShiftService::GetAssignment(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
    v1::Assignment* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->GetAssignment(*request); });
}

grpc::ServerUnaryReactor* ShiftService::ListAssignments(grpc::CallbackServerContext* ctx, const v1::ListAssignmentsRequest* request,
    v1::ListAssignmentsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->ListAssignments(*request); });
}

grpc::ServerUnaryReactor* ShiftService::ListAgencyBookings(grpc::CallbackServerContext* ctx, const v1::ListAgencyBookingsRequest* request,
    v1::ListAgencyBookingsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.ShiftService", __func__, request, reply, [this, request] { return book_->ListAgencyBookings(*request); });
}

grpc::ServerWriteReactor<v1::ShiftEvent>* ShiftService::WatchShifts(grpc::CallbackServerContext* ctx,
                                                                    const v1::WatchShiftsRequest* request) {
  // Admitted on gRPC's thread: a few point reads, no lock waits.
  absl::StatusOr<auth::Admission> admission = executor_->gate().Admit(
      "vaktbro.v1.ShiftService/WatchShifts", AuthorizationOf(*ctx), ctx->peer(), *request);
  if (!admission.ok()) return new RefusedWatch(ToGrpcStatus(admission.status()));
  std::set<std::string> visible;
  if (admission->relation == auth::Relation::kAny) {
    absl::StatusOr<std::set<std::string>> orgs = executor_->gate().VisibleOrganisations(admission->caller);
    if (!orgs.ok()) return new RefusedWatch(ToGrpcStatus(orgs.status()));
    visible = *std::move(orgs);
  }
  return new WatchReactor(hub_, *request, std::move(visible));
}

}  // namespace vaktbro::rpc
