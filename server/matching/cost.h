// Cost: what a shift worked by one person costs the host employer, for the
// "cost" part of a candidate's score and the proposal's total.
//
// An estimate for ranking, not payroll: an hourly wage per profession
// (tariff level, check against the current KS and Spekter tables), the
// evening/night and Sunday/holiday supplements, overtime at +40 % (aml
// §10-6 (11)) for the hours above normal working time in the week at the
// host, employer's costs on top (holiday pay, employer's national insurance
// and pension), pensjonistlønn at its rate without pension contribution, and
// an overhead when a partner employer's staff is recharged.
#ifndef VAKTBRO_SERVER_MATCHING_COST_H_
#define VAKTBRO_SERVER_MATCHING_COST_H_

#include <cstdint>
#include <string>

#include "absl/time/time.h"
#include "rule_set.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::matching {

struct CostInput {
  v1::Profession profession = v1::PROFESSION_UNSPECIFIED;
  absl::Time start;
  absl::Time end;
  v1::Position::PayScheme pay_scheme = v1::Position::ORDINARY;
  double pensjonistlonn_nok_per_hour = 0;  // when pay_scheme is PENSJONISTLONN
  double overtime_hours = 0;               // of this shift
  bool recharged_from_partner = false;     // a partner employer's staff
  // An agreement's recharge terms (agreements.proto): when set, the host
  // pays this per hour plus the overhead to the employer of record, instead
  // of the estimated wage.
  int64_t recharge_hourly_ore = 0;
  int recharge_overhead_percent = 0;
  const rules::RuleSet* rules = nullptr;   // the host's: the supplement windows
};

struct CostEstimate {
  int64_t nok = 0;
  std::string detail;   // "7.5 h × 310 NOK/h + night 2.5 h + 40 % overtime 1 h"
};

// REQUIRES: in.rules set, start < end.
CostEstimate EstimateCost(const CostInput& in);

// The hourly wage of a profession before supplements (exposed for tests).
double HourlyWage(v1::Profession profession);

}  // namespace vaktbro::matching

#endif  // VAKTBRO_SERVER_MATCHING_COST_H_
