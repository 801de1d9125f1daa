// The coordinator's calls beyond the board: candidates, offers and direct
// assignments, cancelling a shift, the cascade and batch proposals. Plain
// blocking calls, each with a deadline; never call them on the GUI thread.
//
// Errors come back as absl::Status with the server's code and message
// (FAILED_PRECONDITION: the state forbids it, e.g. the shift is filled;
// ABORTED: a stale etag or a lost race, read again and retry; see
// service.proto). Thread-safe.
#ifndef VAKTBRO_CLIENT_CORE_COORDINATOR_CLIENT_H_
#define VAKTBRO_CLIENT_CORE_COORDINATOR_CLIENT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "cancellation.h"
#include "grpcpp/channel.h"
#include "vaktbro/v1/matching.grpc.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::client {

class CoordinatorClient {
 public:
  struct Options {
    absl::Duration deadline = absl::Seconds(10);
    // FindCandidates looks at the whole region.
    absl::Duration candidates_deadline = absl::Seconds(30);
    // Added to a proposal's own time limit.
    absl::Duration proposal_margin = absl::Seconds(30);
  };

  explicit CoordinatorClient(std::shared_ptr<grpc::Channel> channel)
      : CoordinatorClient(std::move(channel), Options()) {}
  CoordinatorClient(std::shared_ptr<grpc::Channel> channel, Options options);
  CoordinatorClient(const CoordinatorClient&) = delete;
  CoordinatorClient& operator=(const CoordinatorClient&) = delete;

  // The ranked candidates of `shift` ("shifts/{id}") and, with the why-not
  // list, up to 50 people ruled out with their findings.
  absl::StatusOr<v1::FindCandidatesResponse> FindCandidates(
      const std::string& shift, Cancellation* cancel = nullptr) const;

  // Offers `shift` to the candidate through the candidate's position (the
  // person must still accept), or assigns it at once. `request_id` makes a
  // retry take effect once.
  absl::StatusOr<v1::Assignment> Offer(const std::string& shift,
                                       const v1::Candidate& candidate,
                                       const std::string& request_id) const;
  absl::StatusOr<v1::Assignment> Assign(const std::string& shift,
                                        const v1::Candidate& candidate,
                                        const std::string& request_id) const;

  absl::StatusOr<v1::Shift> GetShift(const std::string& name) const;
  // Cancels `shift` (its etag must still match), withdrawing its offers and
  // assignments; `reason` is kept with the change.
  absl::StatusOr<v1::Shift> CancelShift(const v1::Shift& shift,
                                        const std::string& reason,
                                        const std::string& request_id) const;
  // The assignments of `shift` (every state), all pages.
  absl::StatusOr<std::vector<v1::Assignment>> ListAssignments(
      const std::string& shift) const;

  // The cascade of `shift`; NOT_FOUND when none was started.
  absl::StatusOr<v1::Cascade> GetCascade(const std::string& shift) const;
  absl::StatusOr<v1::Cascade> StartCascade(const std::string& shift,
                                           const std::string& request_id) const;
  absl::StatusOr<v1::Cascade> StopCascade(const std::string& shift,
                                          const std::string& request_id) const;

  // Runs the optimiser; the deadline is its time limit plus a margin.
  absl::StatusOr<v1::Proposal> Propose(
      const v1::ProposeAssignmentsRequest& request,
      Cancellation* cancel = nullptr) const;
  // Books `items` (indexes; empty: every item not yet accepted).
  absl::StatusOr<v1::AcceptProposalResponse> AcceptProposal(
      const std::string& proposal, const std::vector<int>& items,
      const std::string& request_id) const;

 private:
  std::unique_ptr<grpc::ClientContext> NewContext(absl::Duration deadline) const;

  std::shared_ptr<grpc::Channel> channel_;
  Options options_;
  std::unique_ptr<v1::ShiftService::Stub> shifts_;
  std::unique_ptr<v1::MatchingService::Stub> matching_;
};

// "cascades/{id}" for "shifts/{id}".
std::string CascadeNameOf(const std::string& shift);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_COORDINATOR_CLIENT_H_
