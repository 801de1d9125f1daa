#include "agreements/recharge.h"

#include <algorithm>

#include "agency/rate_cards.h"

namespace vaktbro::agreements {
namespace {

using v1::Agreement;

std::string NameOf(const RechargeInput& in, const std::string& name) {
  auto it = in.display_names.find(name);
  return it == in.display_names.end() ? name : it->second;
}

bool InMonth(const WorkedEntry& w, const agency::Month& month) {
  return w.end > w.start && agency::MonthOf(w.start) == month;
}

v1::RechargeLine LineOf(const RechargeInput& in, const Agreement& a) {
  int64_t seconds = 0;
  int entries = 0;
  for (const WorkedEntry& w : in.work) {
    if (w.agreement != a.name() || !InMonth(w, in.month)) continue;
    seconds += w.end - w.start;
    ++entries;
  }
  v1::RechargeLine line;
  line.set_agreement(a.name());
  line.set_kind(a.kind());
  line.set_person(a.person());
  line.set_person_display_name(NameOf(in, a.person()));
  line.set_host_employer(a.secondary_employer());
  line.set_paying_employer(PayingEmployer(a));
  line.set_entries(entries);
  line.set_minutes(seconds / 60);
  if (line.paying_employer() != line.host_employer()) {
    line.set_hourly_ore(a.recharge_hourly_ore());
    line.set_overhead_percent(a.recharge_overhead_percent());
    line.set_amount_ore(
        RechargeAmountOre(line.minutes(), a.recharge_hourly_ore(), a.recharge_overhead_percent()));
  }
  return line;
}

}  // namespace

int64_t RechargeAmountOre(int64_t minutes, int64_t hourly_ore, int overhead_percent) {
  const __int128 numerator = static_cast<__int128>(minutes) * hourly_ore * (100 + overhead_percent);
  return agency::RoundDiv(numerator, 60 * 100);
}

const std::string& PayingEmployer(const Agreement& a) {
  return a.employer_of_record() == Agreement::MAIN_EMPLOYER ? a.main_employer()
                                                              : a.secondary_employer();
}

v1::RechargeStatement BuildRechargeStatement(const RechargeInput& in) {
  v1::RechargeStatement statement;
  statement.set_organisation(in.organisation);
  statement.mutable_month()->set_year(in.month.year);
  statement.mutable_month()->set_month(in.month.month);
  // Counterparty name -> its pair, so the pairs come out in name order.
  std::map<std::string, v1::RechargePair> pairs;
  std::vector<const Agreement*> ordered;
  for (const Agreement& a : in.agreements) ordered.push_back(&a);
  std::sort(ordered.begin(), ordered.end(),
            [](const Agreement* x, const Agreement* y) { return x->name() < y->name(); });
  for (const Agreement* a : ordered) {
    const bool is_main = a->main_employer() == in.organisation;
    if (!is_main && a->secondary_employer() != in.organisation) continue;
    const std::string& other = is_main ? a->secondary_employer() : a->main_employer();
    if (!in.counterparty.empty() && other != in.counterparty) continue;
    v1::RechargeLine line = LineOf(in, *a);
    if (line.entries() == 0) continue;
    v1::RechargePair& pair = pairs[other];
    if (pair.counterparty().empty()) {
      pair.set_organisation(in.organisation);
      pair.set_organisation_display_name(NameOf(in, in.organisation));
      pair.set_counterparty(other);
      pair.set_counterparty_display_name(NameOf(in, other));
    }
    // The host owes the paying employer.
    if (line.host_employer() == in.organisation) {
      pair.set_organisation_owes_ore(pair.organisation_owes_ore() + line.amount_ore());
    } else {
      pair.set_counterparty_owes_ore(pair.counterparty_owes_ore() + line.amount_ore());
    }
    *pair.add_lines() = std::move(line);
  }
  for (auto& [name, pair] : pairs) {
    pair.set_net_ore(pair.counterparty_owes_ore() - pair.organisation_owes_ore());
    *statement.add_pairs() = std::move(pair);
  }
  return statement;
}

}  // namespace vaktbro::agreements
