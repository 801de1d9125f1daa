// vaktbroctl's matching commands: the candidates of a shift and why others
// are not, proposals for many shifts, the cascade, and consent.
#ifndef VAKTBRO_CLIENT_CTL_MATCHING_COMMANDS_H_
#define VAKTBRO_CLIENT_CTL_MATCHING_COMMANDS_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "rpc.h"

namespace vaktbro::ctl {

struct CandidatesOptions {
  std::string shift;
  int max = 20;
  bool why_not = false;   // also the ineligible, with the findings that rule them out
  std::string lang = "nb";
};
// The ranked candidates: rank, person, tier, score and its parts, cost, warnings.
absl::Status RunCandidates(Connection& c, const CandidatesOptions& o, std::ostream& out);

struct WhyOptions {
  std::string shift;
  std::string person;
  std::string position;   // optional
  std::string lang = "nb";
};
// Every finding for one person and one shift.
absl::Status RunWhy(Connection& c, const WhyOptions& o, std::ostream& out);

struct ProposeOptions {
  std::string organisation;
  std::string unit;
  std::string from;       // first day, inclusive
  std::string to;         // last day, inclusive
  double seconds = 5;
  std::string request_id;
};
// Proposes, prints the proposal's items and its name.
absl::Status RunPropose(Connection& c, const ProposeOptions& o, std::ostream& out);

struct AcceptProposalOptions {
  std::string proposal;
  std::vector<int> items;  // empty: all
  std::string request_id;
};
absl::Status RunAcceptProposal(Connection& c, const AcceptProposalOptions& o, std::ostream& out);

// cascade start SHIFT / cascade show SHIFT / cascade stop SHIFT.
absl::Status RunCascade(Connection& c, const std::string& verb, const std::string& shift,
                        const std::string& request_id, std::ostream& out);

// consent PERSON: record (grant) or withdraw.
absl::Status RunConsent(Connection& c, const std::string& person, bool grant,
                        const std::string& request_id, std::ostream& out);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_MATCHING_COMMANDS_H_
