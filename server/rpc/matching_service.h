// The gRPC face of matching: candidates, proposals, the cascade, the
// planned rota and consent. One thin class; each handler hands its request
// to matching::Matching on the executor.
#ifndef VAKTBRO_SERVER_RPC_MATCHING_SERVICE_H_
#define VAKTBRO_SERVER_RPC_MATCHING_SERVICE_H_

#include "executor.h"
#include "matching.h"
#include "vaktbro/v1/matching.grpc.pb.h"

namespace vaktbro::rpc {

class MatchingService final : public v1::MatchingService::CallbackService {
 public:
  // REQUIRES: matching and executor outlive the service.
  MatchingService(matching::Matching* matching, Executor* executor)
      : matching_(matching), executor_(executor) {}

  grpc::ServerUnaryReactor* FindCandidates(grpc::CallbackServerContext* ctx, const v1::FindCandidatesRequest* request,
      v1::FindCandidatesResponse* reply) override;
  grpc::ServerUnaryReactor* EvaluateCandidate(grpc::CallbackServerContext* ctx, const v1::EvaluateCandidateRequest* request,
      v1::Candidate* reply) override;
  grpc::ServerUnaryReactor* ProposeAssignments(grpc::CallbackServerContext* ctx, const v1::ProposeAssignmentsRequest* request,
      v1::Proposal* reply) override;
  grpc::ServerUnaryReactor* GetProposal(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Proposal* reply) override;
  grpc::ServerUnaryReactor* AcceptProposal(grpc::CallbackServerContext* ctx, const v1::AcceptProposalRequest* request,
      v1::AcceptProposalResponse* reply) override;
  grpc::ServerUnaryReactor* StartCascade(grpc::CallbackServerContext* ctx, const v1::StartCascadeRequest* request,
      v1::Cascade* reply) override;
  grpc::ServerUnaryReactor* GetCascade(grpc::CallbackServerContext* ctx, const v1::GetRequest* request,
      v1::Cascade* reply) override;
  grpc::ServerUnaryReactor* StopCascade(grpc::CallbackServerContext* ctx, const v1::StopCascadeRequest* request,
      v1::Cascade* reply) override;
  grpc::ServerUnaryReactor* ImportPlannedShifts(grpc::CallbackServerContext* ctx, const v1::ImportPlannedShiftsRequest* request,
      v1::ImportPlannedShiftsResponse* reply) override;
  grpc::ServerUnaryReactor* ListPlannedShifts(grpc::CallbackServerContext* ctx, const v1::ListPlannedShiftsRequest* request,
      v1::ListPlannedShiftsResponse* reply) override;
  grpc::ServerUnaryReactor* SetConsent(grpc::CallbackServerContext* ctx, const v1::SetConsentRequest* request,
      v1::Person* reply) override;

 private:
  matching::Matching* const matching_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_MATCHING_SERVICE_H_
