// The view model of a batch proposal under review: its items with a tick
// each (all items not yet accepted are ticked at first), a summary, and
// after AcceptProposal what became of every item sent.
//
//   ProposalReview review({.translate = tr});
//   review.Set(proposal);
//   review.SetChecked(3, false);
//   client.AcceptProposal(proposal.name(), review.CheckedItems(), id);
//   review.SetResult(response);        // "Booked" / "Refused: ..."
//
// Not thread-safe.
#ifndef VAKTBRO_CLIENT_CORE_PROPOSAL_REVIEW_H_
#define VAKTBRO_CLIENT_CORE_PROPOSAL_REVIEW_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "labels.h"
#include "oslo_time.h"
#include "vaktbro/v1/matching.pb.h"

namespace vaktbro::client {

enum class ProposalColumn {
  kChecked,  // (a tick; Cell gives "")
  kStart,
  kShift,
  kPerson,
  kCost,
  kWarnings,
  kResult,  // "", "Booked", "Refused: ...", "Already done"
};
inline constexpr int kProposalColumnCount = 7;

class ProposalReview {
 public:
  struct Options {
    absl::TimeZone zone = OsloTimeZone();
    Translate translate = Identity;
    bool norwegian = false;
  };

  ProposalReview() : ProposalReview(Options()) {}
  explicit ProposalReview(Options options) : options_(std::move(options)) {}

  void Set(const v1::Proposal& proposal);
  const v1::Proposal& proposal() const { return proposal_; }
  bool empty() const { return proposal_.name().empty(); }

  size_t size() const { return static_cast<size_t>(proposal_.items_size()); }
  std::string Cell(size_t row, ProposalColumn column) const;
  bool checked(size_t row) const { return checked_[row]; }
  // False (and no change) for an item already accepted.
  bool SetChecked(size_t row, bool checked);
  void CheckAll(bool checked);
  // Whether the item can still be accepted.
  bool open(size_t row) const;

  // The ticked items, ascending.
  std::vector<int> CheckedItems() const;
  // "12 of 15 open places, 41 230 kr, 2 warnings"; and the solver's words.
  std::string Summary() const;

  // Records what AcceptProposal did, and takes its updated proposal.
  void SetResult(const v1::AcceptProposalResponse& response);
  // "8 booked, 1 refused"
  std::string ResultSummary() const;

 private:
  Options options_;
  v1::Proposal proposal_;
  std::vector<bool> checked_;
  absl::flat_hash_map<int, std::string> results_;  // item -> result text
  int booked_ = 0;
  int refused_ = 0;
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_PROPOSAL_REVIEW_H_
