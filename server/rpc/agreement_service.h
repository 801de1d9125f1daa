// The gRPC face of combined-position agreements and secondments: one thin
// class. Every handler hands its request to domain::AgreementBook on the
// executor.
#ifndef VAKTBRO_SERVER_RPC_AGREEMENT_SERVICE_H_
#define VAKTBRO_SERVER_RPC_AGREEMENT_SERVICE_H_

#include "agreement_book.h"
#include "executor.h"
#include "vaktbro/v1/agreements.grpc.pb.h"

namespace vaktbro::rpc {

class AgreementService final : public v1::AgreementService::CallbackService {
 public:
  // REQUIRES: book and executor outlive the service.
  AgreementService(domain::AgreementBook* book, Executor* executor)
      : book_(book), executor_(executor) {}

  grpc::ServerUnaryReactor* ProposeAgreement(grpc::CallbackServerContext* ctx,
      const v1::ProposeAgreementRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* GetAgreement(grpc::CallbackServerContext* ctx,
      const v1::GetAgreementRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* ListAgreements(grpc::CallbackServerContext* ctx,
      const v1::ListAgreementsRequest* request, v1::ListAgreementsResponse* reply) override;
  grpc::ServerUnaryReactor* ApproveAgreement(grpc::CallbackServerContext* ctx,
      const v1::ApproveAgreementRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* AcceptAgreement(grpc::CallbackServerContext* ctx,
      const v1::AcceptAgreementRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* WithdrawAgreement(grpc::CallbackServerContext* ctx,
      const v1::WithdrawAgreementRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* EndAgreement(grpc::CallbackServerContext* ctx,
      const v1::EndAgreementRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* CompleteOnboardingItem(grpc::CallbackServerContext* ctx,
      const v1::CompleteOnboardingItemRequest* request, v1::Agreement* reply) override;
  grpc::ServerUnaryReactor* ListSecondaryWorkNotices(grpc::CallbackServerContext* ctx,
      const v1::ListSecondaryWorkNoticesRequest* request, v1::ListSecondaryWorkNoticesResponse* reply) override;
  grpc::ServerUnaryReactor* GetRechargeStatement(grpc::CallbackServerContext* ctx,
      const v1::GetRechargeStatementRequest* request, v1::RechargeStatement* reply) override;
  grpc::ServerUnaryReactor* GetPositionSummary(grpc::CallbackServerContext* ctx,
      const v1::GetPositionSummaryRequest* request, v1::PositionSummary* reply) override;

 private:
  domain::AgreementBook* const book_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_AGREEMENT_SERVICE_H_
