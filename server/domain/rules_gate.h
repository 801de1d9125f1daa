// The rules at the moment of booking: an offer or a booking that would break
// a BLOCK rule (working time at the host employer, competence, pensions) is
// refused with FAILED_PRECONDITION and the findings in the message.
//
// Reads what the rules need through the booking's own transaction, under the
// person's lock (so a concurrent booking of the same person is ordered before
// or after this one, never beside it). Internal to the domain library.
#ifndef VAKTBRO_SERVER_DOMAIN_RULES_GATE_H_
#define VAKTBRO_SERVER_DOMAIN_RULES_GATE_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "evaluate.h"
#include "rule_book.h"
#include "store.h"

namespace vaktbro::domain {

// The evaluation of `person` working `shift` through `position`, from the
// store. REQUIRES: txn holds the person's lock.
absl::StatusOr<matching::Evaluation> EvaluateBooking(storage::Txn& txn, const rules::RuleBook& rules,
                                                     const v1::Person& person, const v1::Shift& shift,
                                                     const v1::Position& position, int64_t now);

// True when the person holds the shift's profession, or (with rules) one
// that the competence rules let cover it.
bool CoversProfession(const rules::RuleBook* rules, const v1::Person& person, const v1::Shift& shift);

// OK, or FAILED_PRECONDITION listing the BLOCK findings.
absl::Status CheckRulesGate(storage::Txn& txn, const rules::RuleBook& rules, const v1::Person& person,
                            const v1::Shift& shift, const v1::Position& position, int64_t now);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_RULES_GATE_H_
