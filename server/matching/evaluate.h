// Evaluate: the verdict of every rule on one person working one shift
// through one of their positions – competence, working time across
// employers, pensions – and what it would cost the host employer.
//
// Shared by the candidate ranking (over the Region's in-memory view) and by
// the booking itself (ShiftBook, over records read under the person's lock),
// so both apply the same rules. Pure: no store, no clock of its own.
#ifndef VAKTBRO_SERVER_MATCHING_EVALUATE_H_
#define VAKTBRO_SERVER_MATCHING_EVALUATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "rule_book.h"
#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::matching {

// Something a person works: a booked exchange shift or a planned rota shift.
struct WorkEntry {
  int64_t start = 0;       // Unix seconds
  int64_t end = 0;
  std::string employer;    // "organisations/{id}"
  std::string unit;        // "units/{id}", may be empty
  std::string label;       // "Natt, Medisin, Vestvik sykehus"
  std::string source;      // "assignments/{id}" or "plannedShifts/{id}"
  std::string shift;       // "shifts/{id}" of an assignment; empty for planned
};

struct EvaluationInput {
  const v1::Shift* shift = nullptr;
  const v1::Organisation* host = nullptr;          // the shift's organisation
  std::string unit_label;                          // "Medisin, Vestvik sykehus"
  const v1::Person* person = nullptr;
  const v1::Position* position = nullptr;          // worked through this one
  const std::vector<v1::Position>* positions = nullptr;  // all the person's positions
  // Everything else the person works, ordered by start; entries of this very
  // shift are ignored.
  const std::vector<WorkEntry>* work = nullptr;
  int64_t now = 0;                                 // Unix seconds
};

struct Evaluation {
  std::vector<v1::Finding> findings;
  bool blocked = false;   // some BLOCK finding
  int warnings = 0;       // WARN findings
  v1::Position::PayScheme pay_scheme = v1::Position::ORDINARY;
  int64_t cost_nok = 0;   // to the host employer, for the whole shift
  std::string cost_detail;
};

// Every rule's verdict. REQUIRES: every pointer of `in` set.
Evaluation Evaluate(const rules::RuleBook& rules, const EvaluationInput& in);

// The findings as one sentence list, for an error message.
std::string BlockingSummary(const Evaluation& e);

}  // namespace vaktbro::matching

#endif  // VAKTBRO_SERVER_MATCHING_EVALUATE_H_
