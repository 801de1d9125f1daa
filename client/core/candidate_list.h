// The view model of a shift's candidates: the ranked list with the parts of
// each score, and the why-not list of people the rules rule out, as text
// for a table and a details pane.
//
//   CandidateList list({.translate = tr, .norwegian = true,
//                       .organisation_name = names});
//   list.Set(response);                       // FindCandidatesResponse
//   list.Cell(CandidateList::kEligible, 0, CandidateColumn::kScore);  // "87.5"
//   list.Details(list.At(kEligible, 0));      // parts and findings, lines
//
// Not thread-safe: one thread (the GUI's).
#ifndef VAKTBRO_CLIENT_CORE_CANDIDATE_LIST_H_
#define VAKTBRO_CLIENT_CORE_CANDIDATE_LIST_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "labels.h"
#include "vaktbro/v1/matching.pb.h"

namespace vaktbro::client {

enum class CandidateColumn {
  kRank,      // "1" (eligible) or "-"
  kName,
  kEmployer,  // display name of the position's employer
  kTier,      // the channel: own unit, pool...
  kScore,     // "87.5" (eligible); "-" (ruled out)
  kCost,      // "3 412 kr"
  kFindings,  // eligible: "2 warnings"; ruled out: the blocking reasons
  kParts,     // "Cost +40.0, Knows the unit +12.0"
};
inline constexpr int kCandidateColumnCount = 8;

class CandidateList {
 public:
  enum Which { kEligible, kIneligible };
  struct Options {
    Translate translate = Identity;
    bool norwegian = false;  // which of a finding's two messages to show
    // "organisations/x" -> "Vestvik kommune"; unset: the name as given.
    std::function<std::string(const std::string&)> organisation_name;
  };

  CandidateList() : CandidateList(Options()) {}
  explicit CandidateList(Options options) : options_(std::move(options)) {}

  void Set(const v1::FindCandidatesResponse& response);
  void Clear() { Set(v1::FindCandidatesResponse()); }

  size_t size(Which which) const { return list(which).size(); }
  int considered() const { return considered_; }
  // REQUIRES: row < size(which).
  const v1::Candidate& At(Which which, size_t row) const;
  std::string Cell(Which which, size_t row, CandidateColumn column) const;
  // The row of `person` in `which`, if there.
  std::optional<size_t> RowOf(Which which, const std::string& person) const;

  // Every score part ("Cost  +40.0  412 NOK/h incl. night supplement"),
  // the total, then every finding ("Blocks: <message> (aml §10-8)"), one a
  // line.
  std::string Details(const v1::Candidate& candidate) const;
  // The findings' messages in the chosen language, most severe first.
  std::string FindingsText(const v1::Candidate& candidate,
                           v1::Finding::Severity at_least) const;

 private:
  const std::vector<v1::Candidate>& list(Which which) const {
    return which == kEligible ? eligible_ : ineligible_;
  }
  std::string Employer(const std::string& organisation) const;

  Options options_;
  std::vector<v1::Candidate> eligible_;
  std::vector<v1::Candidate> ineligible_;
  int considered_ = 0;
};

// Money as shown in the client: "3 412 kr" (thin groups of three).
std::string FormatKroner(int64_t kroner);
// "+40.0" / "-3.5"
std::string FormatPoints(double points);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_CANDIDATE_LIST_H_
