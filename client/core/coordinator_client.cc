#include "coordinator_client.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/time/clock.h"
#include "grpc_status.h"

namespace vaktbro::client {
namespace {

constexpr double kDefaultProposalSeconds = 5;

// Runs one unary call with `context` attached to `cancel` (may be null).
template <typename Response, typename Call>
absl::StatusOr<Response> Unary(grpc::ClientContext* context,
                               Cancellation* cancel, Call call) {
  ScopedAttach attach(cancel, context);
  if (!attach.status().ok()) return attach.status();
  Response response;
  absl::Status status = FromGrpcStatus(call(context, &response));
  if (!status.ok()) return status;
  return response;
}

v1::OfferShiftRequest OfferRequest(const std::string& shift,
                                   const v1::Candidate& candidate,
                                   const std::string& request_id) {
  v1::OfferShiftRequest request;
  request.set_shift(shift);
  request.set_person(candidate.person());
  request.set_position(candidate.position());
  request.set_request_id(request_id);
  return request;
}

}  // namespace

std::string CascadeNameOf(const std::string& shift) {
  constexpr absl::string_view kPrefix = "shifts/";
  if (absl::StartsWith(shift, kPrefix)) {
    return "cascades/" + shift.substr(kPrefix.size());
  }
  return "cascades/" + shift;
}

CoordinatorClient::CoordinatorClient(std::shared_ptr<grpc::Channel> channel,
                                     Options options)
    : channel_(std::move(channel)),
      options_(options),
      shifts_(v1::ShiftService::NewStub(channel_)),
      matching_(v1::MatchingService::NewStub(channel_)) {}

std::unique_ptr<grpc::ClientContext> CoordinatorClient::NewContext(
    absl::Duration deadline) const {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(absl::ToChronoTime(absl::Now() + deadline));
  return context;
}

absl::StatusOr<v1::FindCandidatesResponse> CoordinatorClient::FindCandidates(
    const std::string& shift, Cancellation* cancel) const {
  v1::FindCandidatesRequest request;
  request.set_shift(shift);
  request.set_max_candidates(50);
  request.set_include_ineligible(true);
  request.set_max_ineligible(50);
  auto context = NewContext(options_.candidates_deadline);
  return Unary<v1::FindCandidatesResponse>(
      context.get(), cancel, [&](auto* ctx, auto* response) {
        return matching_->FindCandidates(ctx, request, response);
      });
}

absl::StatusOr<v1::Assignment> CoordinatorClient::Offer(
    const std::string& shift, const v1::Candidate& candidate,
    const std::string& request_id) const {
  const v1::OfferShiftRequest request =
      OfferRequest(shift, candidate, request_id);
  auto context = NewContext(options_.deadline);
  return Unary<v1::Assignment>(context.get(), nullptr,
                               [&](auto* ctx, auto* response) {
                                 return shifts_->OfferShift(ctx, request,
                                                            response);
                               });
}

absl::StatusOr<v1::Assignment> CoordinatorClient::Assign(
    const std::string& shift, const v1::Candidate& candidate,
    const std::string& request_id) const {
  const v1::OfferShiftRequest request =
      OfferRequest(shift, candidate, request_id);
  auto context = NewContext(options_.deadline);
  return Unary<v1::Assignment>(context.get(), nullptr,
                               [&](auto* ctx, auto* response) {
                                 return shifts_->AssignShift(ctx, request,
                                                             response);
                               });
}

absl::StatusOr<v1::Shift> CoordinatorClient::GetShift(
    const std::string& name) const {
  v1::GetRequest request;
  request.set_name(name);
  auto context = NewContext(options_.deadline);
  return Unary<v1::Shift>(context.get(), nullptr,
                          [&](auto* ctx, auto* response) {
                            return shifts_->GetShift(ctx, request, response);
                          });
}

absl::StatusOr<v1::Shift> CoordinatorClient::CancelShift(
    const v1::Shift& shift, const std::string& reason,
    const std::string& request_id) const {
  v1::ShiftTransitionRequest request;
  request.set_name(shift.name());
  request.set_etag(shift.etag());
  request.set_reason(reason);
  request.set_request_id(request_id);
  auto context = NewContext(options_.deadline);
  return Unary<v1::Shift>(context.get(), nullptr,
                          [&](auto* ctx, auto* response) {
                            return shifts_->CancelShift(ctx, request,
                                                        response);
                          });
}

absl::StatusOr<std::vector<v1::Assignment>> CoordinatorClient::ListAssignments(
    const std::string& shift) const {
  std::vector<v1::Assignment> assignments;
  v1::ListAssignmentsRequest request;
  request.set_shift(shift);
  request.set_page_size(500);
  for (int page = 0; page < 100; ++page) {
    auto context = NewContext(options_.deadline);
    absl::StatusOr<v1::ListAssignmentsResponse> response =
        Unary<v1::ListAssignmentsResponse>(
            context.get(), nullptr, [&](auto* ctx, auto* out) {
              return shifts_->ListAssignments(ctx, request, out);
            });
    if (!response.ok()) return response.status();
    for (v1::Assignment& a : *response->mutable_assignments()) {
      assignments.push_back(std::move(a));
    }
    if (response->next_page_token().empty()) return assignments;
    request.set_page_token(response->next_page_token());
  }
  return absl::InternalError("too many pages of assignments");
}

absl::StatusOr<v1::Cascade> CoordinatorClient::GetCascade(
    const std::string& shift) const {
  v1::GetRequest request;
  request.set_name(CascadeNameOf(shift));
  auto context = NewContext(options_.deadline);
  return Unary<v1::Cascade>(context.get(), nullptr,
                            [&](auto* ctx, auto* response) {
                              return matching_->GetCascade(ctx, request,
                                                           response);
                            });
}

absl::StatusOr<v1::Cascade> CoordinatorClient::StartCascade(
    const std::string& shift, const std::string& request_id) const {
  v1::StartCascadeRequest request;
  request.set_shift(shift);
  request.set_request_id(request_id);
  auto context = NewContext(options_.deadline);
  return Unary<v1::Cascade>(context.get(), nullptr,
                            [&](auto* ctx, auto* response) {
                              return matching_->StartCascade(ctx, request,
                                                             response);
                            });
}

absl::StatusOr<v1::Cascade> CoordinatorClient::StopCascade(
    const std::string& shift, const std::string& request_id) const {
  v1::StopCascadeRequest request;
  request.set_name(CascadeNameOf(shift));
  request.set_request_id(request_id);
  auto context = NewContext(options_.deadline);
  return Unary<v1::Cascade>(context.get(), nullptr,
                            [&](auto* ctx, auto* response) {
                              return matching_->StopCascade(ctx, request,
                                                            response);
                            });
}

absl::StatusOr<v1::Proposal> CoordinatorClient::Propose(
    const v1::ProposeAssignmentsRequest& request, Cancellation* cancel) const {
  const double limit = request.time_limit_seconds() > 0
                           ? request.time_limit_seconds()
                           : kDefaultProposalSeconds;
  auto context =
      NewContext(absl::Seconds(limit) + options_.proposal_margin);
  return Unary<v1::Proposal>(context.get(), cancel,
                             [&](auto* ctx, auto* response) {
                               return matching_->ProposeAssignments(
                                   ctx, request, response);
                             });
}

absl::StatusOr<v1::AcceptProposalResponse> CoordinatorClient::AcceptProposal(
    const std::string& proposal, const std::vector<int>& items,
    const std::string& request_id) const {
  v1::AcceptProposalRequest request;
  request.set_proposal(proposal);
  for (int item : items) request.add_items(item);
  request.set_request_id(request_id);
  // Every item is booked as its own transaction: allow for many.
  auto context = NewContext(options_.deadline * 3);
  return Unary<v1::AcceptProposalResponse>(
      context.get(), nullptr, [&](auto* ctx, auto* response) {
        return matching_->AcceptProposal(ctx, request, response);
      });
}

}  // namespace vaktbro::client
