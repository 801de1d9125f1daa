#include "agreement_service.h"

#include "unary.h"

namespace vaktbro::rpc {

grpc::ServerUnaryReactor* AgreementService::ProposeAgreement(grpc::CallbackServerContext* ctx,
    const v1::ProposeAgreementRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->ProposeAgreement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::GetAgreement(grpc::CallbackServerContext* ctx,
    const v1::GetAgreementRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->GetAgreement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::ListAgreements(grpc::CallbackServerContext* ctx,
    const v1::ListAgreementsRequest* request, v1::ListAgreementsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->ListAgreements(*request); });
}

grpc::ServerUnaryReactor* AgreementService::ApproveAgreement(grpc::CallbackServerContext* ctx,
    const v1::ApproveAgreementRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->ApproveAgreement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::AcceptAgreement(grpc::CallbackServerContext* ctx,
    const v1::AcceptAgreementRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->AcceptAgreement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::WithdrawAgreement(grpc::CallbackServerContext* ctx,
    const v1::WithdrawAgreementRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->WithdrawAgreement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::EndAgreement(grpc::CallbackServerContext* ctx,
    const v1::EndAgreementRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->EndAgreement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::CompleteOnboardingItem(grpc::CallbackServerContext* ctx,
    const v1::CompleteOnboardingItemRequest* request, v1::Agreement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->CompleteOnboardingItem(*request); });
}

grpc::ServerUnaryReactor* AgreementService::ListSecondaryWorkNotices(grpc::CallbackServerContext* ctx,
    const v1::ListSecondaryWorkNoticesRequest* request, v1::ListSecondaryWorkNoticesResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->ListSecondaryWorkNotices(*request); });
}

grpc::ServerUnaryReactor* AgreementService::GetRechargeStatement(grpc::CallbackServerContext* ctx,
    const v1::GetRechargeStatementRequest* request, v1::RechargeStatement* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->GetRechargeStatement(*request); });
}

grpc::ServerUnaryReactor* AgreementService::GetPositionSummary(grpc::CallbackServerContext* ctx,
    const v1::GetPositionSummaryRequest* request, v1::PositionSummary* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AgreementService", __func__, request, reply, [this, request] { return book_->GetPositionSummary(*request); });
}

}  // namespace vaktbro::rpc
