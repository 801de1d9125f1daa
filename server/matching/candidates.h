// Candidates: who may take a shift and who should, best first.
//
// For every person with a position that gives a way into the shift (its
// cascade tier: own unit, the employer's pool, a secondary position at the
// host, pensioners, partner staff; the shift's visibility limits which), the
// rules are evaluated (evaluate.h) and the eligible ones ranked by a score
// whose parts add up:
//   tier         earlier tiers first (the cascade order of RULES.md)
//   cost         the estimated cost to the host employer, overtime and
//                pensioner rates included
//   familiarity  shifts worked at the unit in the last year
//   fairness     fewer recent offers and hours first
//   preference   the unit is one the person prefers; an availability window
//   travel       the person lives in the host's region
//   warnings     each WARN finding costs points
// Ties are broken by person id, so the ranking is deterministic. Without the
// why-not list, the rules are evaluated in rounds over a shortlist: four
// times the candidates asked for (at least 200) per round, best first by the
// parts that are cheap to know (tier, familiarity, fairness), until a round
// ends with enough eligible people; tier dominates the score, so the first
// rounds hold the best. With the why-not list, everyone is evaluated.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_MATCHING_CANDIDATES_H_
#define VAKTBRO_SERVER_MATCHING_CANDIDATES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "region.h"
#include "rule_book.h"
#include "vaktbro/v1/matching.pb.h"

namespace vaktbro::matching {

struct CandidateOptions {
  int max_candidates = 50;
  bool include_ineligible = false;
  int max_ineligible = 50;
  // Only candidates of this tier (the cascade); unset: every tier.
  std::optional<v1::CascadeTier> tier;
};

// The weights of the score's parts; documented defaults.
struct ScoreWeights {
  double per_tier = 20;            // points between two neighbouring tiers
  double per_100_nok = 1;          // points lost per 100 NOK of cost
  double per_familiar_shift = 1;   // up to max_familiar shifts
  int max_familiar = 20;
  double per_recent_offer = 2;
  double per_recent_10_hours = 1;
  double preferred_unit = 10;
  double available = 5;
  double same_region = 5;
  double per_warning = 15;
};

class Matcher {
 public:
  // REQUIRES: region and rules outlive the Matcher.
  Matcher(Region* region, const rules::RuleBook* rules) : region_(region), rules_(rules) {}

  // NOT_FOUND naming the field for an unknown shift; FAILED_PRECONDITION
  // for a shift that takes no bookings.
  absl::StatusOr<v1::FindCandidatesResponse> FindCandidates(const v1::FindCandidatesRequest& r,
                                                            const CandidateOptions& options);

  // One person's verdict for a shift, through `position` (or the position
  // with the best tier when empty).
  absl::StatusOr<v1::Candidate> Evaluate(const v1::EvaluateCandidateRequest& r);

  // The tier through which `position` reaches `shift`; UNSPECIFIED when it
  // gives no way in (wrong employer, not valid on the date, or the shift's
  // visibility keeps it out). Exposed for tests.
  static v1::CascadeTier TierOf(const v1::Shift& shift, const v1::Position& position,
                                const std::vector<v1::Position>& all_positions,
                                const DirectoryView& directory);

  // The best `per_shift` eligible candidates of each of many shifts, for
  // the batch proposal: reads every person once and evaluates the rules only
  // for the most promising people of each shift (by tier, familiarity and
  // fairness), `per_shift` * 3 of them. Result i belongs to shifts[i].
  absl::StatusOr<std::vector<std::vector<v1::Candidate>>> BatchCandidates(
      const std::vector<v1::Shift>& shifts, int per_shift);

  // Re-evaluates one person for a shift against their work plus `extra`
  // (proposed, not yet booked), for checking a proposal as a whole.
  absl::StatusOr<v1::Candidate> EvaluateWith(const v1::Shift& shift, const std::string& person_id,
                                             const std::string& position,
                                             const std::vector<WorkEntry>& extra);

  const ScoreWeights& weights() const { return weights_; }

 private:
  absl::StatusOr<v1::Shift> LoadShift(const std::string& name);
  // Scores one person through their best position; nullopt when no
  // position gives a way in (or not of options.tier).
  std::optional<v1::Candidate> Score(const v1::Shift& shift, const v1::Organisation& host,
                                     const std::string& unit_label, const PersonView& person,
                                     const DirectoryView& directory,
                                     const std::optional<v1::CascadeTier>& tier,
                                     const std::string& only_position,
                                     const std::vector<WorkEntry>* work_override = nullptr);
  // The cheap part of the score (tier, familiarity, fairness); nullopt when
  // no position gives a way in (or not of `only_tier`).
  std::optional<double> PreScore(const v1::Shift& shift, const PersonView& view, const DirectoryView& directory,
                                 const std::optional<v1::CascadeTier>& only_tier) const;
  // False when no profession of the person can cover the shift's.
  bool CanCover(const v1::Shift& shift, const v1::Person& person) const;

  Region* const region_;
  const rules::RuleBook* const rules_;
  ScoreWeights weights_;
};

}  // namespace vaktbro::matching

#endif  // VAKTBRO_SERVER_MATCHING_CANDIDATES_H_
