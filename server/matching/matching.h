// Matching: the MatchingService's domain – candidates, proposals for many
// shifts at once, the cascade, the planned rota and consent.
//
// Reads go through the Region (an in-memory view kept current by the store's
// commit observer); every write goes through Mutate() (idempotent by
// request_id, one durable transaction), and every booking through the
// ShiftBook, which checks the rules again under the person's lock.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_MATCHING_MATCHING_H_
#define VAKTBRO_SERVER_MATCHING_MATCHING_H_

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "absl/status/statusor.h"
#include "candidates.h"
#include "region.h"
#include "resource.h"
#include "rule_book.h"
#include "shift_book.h"
#include "vaktbro/v1/matching.pb.h"

namespace vaktbro::matching {

class Matching {
 public:
  // REQUIRES: every pointer outlives the Matching; region loaded.
  Matching(storage::Store* store, const domain::Clock* clock, Region* region, const rules::RuleBook* rules,
           domain::ShiftBook* book);
  ~Matching();
  Matching(const Matching&) = delete;
  Matching& operator=(const Matching&) = delete;

  absl::StatusOr<v1::FindCandidatesResponse> FindCandidates(const v1::FindCandidatesRequest& r);
  absl::StatusOr<v1::Candidate> EvaluateCandidate(const v1::EvaluateCandidateRequest& r);

  absl::StatusOr<v1::Proposal> ProposeAssignments(const v1::ProposeAssignmentsRequest& r);
  absl::StatusOr<v1::Proposal> GetProposal(const v1::GetRequest& r);
  absl::StatusOr<v1::AcceptProposalResponse> AcceptProposal(const v1::AcceptProposalRequest& r);

  absl::StatusOr<v1::Cascade> StartCascade(const v1::StartCascadeRequest& r);
  absl::StatusOr<v1::Cascade> GetCascade(const v1::GetRequest& r);
  absl::StatusOr<v1::Cascade> StopCascade(const v1::StopCascadeRequest& r);
  // Advances every running cascade whose timer is due, and closes those
  // whose shift filled. The background thread calls it; tests may too.
  // Returns how many cascades changed.
  absl::StatusOr<int> AdvanceCascades();
  // Runs AdvanceCascades every `period` until destruction.
  void StartCascadeTimer(std::chrono::milliseconds period);

  absl::StatusOr<v1::ImportPlannedShiftsResponse> ImportPlannedShifts(const v1::ImportPlannedShiftsRequest& r);
  absl::StatusOr<v1::ListPlannedShiftsResponse> ListPlannedShifts(const v1::ListPlannedShiftsRequest& r);

  absl::StatusOr<v1::Person> SetConsent(const v1::SetConsentRequest& r);

  Matcher& matcher() { return matcher_; }

 private:
  // Opens cascade step `index` (or ends the cascade): offers to the best
  // candidates of the tier. Appends to `cascade.log`.
  absl::Status OpenStep(v1::Cascade& cascade, int index, const v1::Shift& shift);
  absl::StatusOr<bool> AdvanceOne(const std::string& cascade_id);

  storage::Store* const store_;
  const domain::Clock* const clock_;
  Region* const region_;
  const rules::RuleBook* const rules_;
  domain::ShiftBook* const book_;
  Matcher matcher_;

  std::mutex timer_mu_;
  std::condition_variable timer_cv_;
  bool stopping_ = false;
  std::thread timer_;
};

}  // namespace vaktbro::matching

#endif  // VAKTBRO_SERVER_MATCHING_MATCHING_H_
