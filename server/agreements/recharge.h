// The monthly recharge statement between employers: the hours each
// agreement's person worked at the secondary employer in one Europe/Oslo
// month, priced with the agreement's recharge terms, grouped per pair of
// employers, with who owes whom.
//
// Arithmetic (docs/agreements.md): per agreement and month, the seconds of
// its work entries are summed and cut to whole minutes; when the main
// employer is the employer of record, the secondary employer owes it
//   amount_ore = round(minutes × hourly_ore × (100 + overhead_percent) / 6000)
// rounded once, half away from zero. When the secondary employer pays its
// own hours the line is listed with amount 0. Pure; thread-safe.
#ifndef VAKTBRO_SERVER_AGREEMENTS_RECHARGE_H_
#define VAKTBRO_SERVER_AGREEMENTS_RECHARGE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "agency/calendar.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::agreements {

// One shift worked through an agreement's secondary position (an exchange
// assignment ACCEPTED or WORKED, or a planned rota shift).
struct WorkedEntry {
  std::string agreement;  // "agreements/{id}"
  int64_t start = 0;      // Unix seconds
  int64_t end = 0;
};

struct RechargeInput {
  std::string organisation;  // "organisations/{id}": whose statement
  agency::Month month;
  std::string counterparty;  // optional: only this pair
  // The agreements the organisation is party to (any state: an ended
  // agreement still settles the hours worked before it ended).
  std::vector<v1::Agreement> agreements;
  std::vector<WorkedEntry> work;  // entries outside the month are ignored
  // Display names of organisations and people, by resource name.
  std::map<std::string, std::string> display_names;
};

// What the host owes the paying employer for `minutes`.
int64_t RechargeAmountOre(int64_t minutes, int64_t hourly_ore, int overhead_percent);

// The employer of record of the hours worked at the secondary employer.
const std::string& PayingEmployer(const v1::Agreement& a);

// The statement; pairs ordered by counterparty name, lines by agreement
// name. Agreements without work in the month are left out.
v1::RechargeStatement BuildRechargeStatement(const RechargeInput& in);

}  // namespace vaktbro::agreements

#endif  // VAKTBRO_SERVER_AGREEMENTS_RECHARGE_H_
