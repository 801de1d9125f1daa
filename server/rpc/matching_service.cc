#include "matching_service.h"

#include "unary.h"

namespace vaktbro::rpc {

grpc::ServerUnaryReactor* MatchingService::FindCandidates(grpc::CallbackServerContext* ctx,
    const v1::FindCandidatesRequest* request, v1::FindCandidatesResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->FindCandidates(*request); });
}

grpc::ServerUnaryReactor* MatchingService::EvaluateCandidate(grpc::CallbackServerContext* ctx,
    const v1::EvaluateCandidateRequest* request, v1::Candidate* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->EvaluateCandidate(*request); });
}

grpc::ServerUnaryReactor* MatchingService::ProposeAssignments(grpc::CallbackServerContext* ctx,
    const v1::ProposeAssignmentsRequest* request, v1::Proposal* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->ProposeAssignments(*request); });
}

grpc::ServerUnaryReactor* MatchingService::GetProposal(grpc::CallbackServerContext* ctx,
    const v1::GetRequest* request, v1::Proposal* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->GetProposal(*request); });
}

grpc::ServerUnaryReactor* MatchingService::AcceptProposal(grpc::CallbackServerContext* ctx,
    const v1::AcceptProposalRequest* request, v1::AcceptProposalResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->AcceptProposal(*request); });
}

grpc::ServerUnaryReactor* MatchingService::StartCascade(grpc::CallbackServerContext* ctx,
    const v1::StartCascadeRequest* request, v1::Cascade* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->StartCascade(*request); });
}

grpc::ServerUnaryReactor* MatchingService::GetCascade(grpc::CallbackServerContext* ctx,
    const v1::GetRequest* request, v1::Cascade* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->GetCascade(*request); });
}

grpc::ServerUnaryReactor* MatchingService::StopCascade(grpc::CallbackServerContext* ctx,
    const v1::StopCascadeRequest* request, v1::Cascade* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->StopCascade(*request); });
}

grpc::ServerUnaryReactor* MatchingService::ImportPlannedShifts(grpc::CallbackServerContext* ctx,
    const v1::ImportPlannedShiftsRequest* request, v1::ImportPlannedShiftsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->ImportPlannedShifts(*request); });
}

grpc::ServerUnaryReactor* MatchingService::ListPlannedShifts(grpc::CallbackServerContext* ctx,
    const v1::ListPlannedShiftsRequest* request, v1::ListPlannedShiftsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->ListPlannedShifts(*request); });
}

grpc::ServerUnaryReactor* MatchingService::SetConsent(grpc::CallbackServerContext* ctx,
    const v1::SetConsentRequest* request, v1::Person* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.MatchingService", __func__, request, reply, [this, request] { return matching_->SetConsent(*request); });
}

}  // namespace vaktbro::rpc
