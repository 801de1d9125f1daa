#include "rule_set.h"

#include "rule_book.h"

namespace vaktbro::rules {
namespace {

struct AgreementName {
  Agreement agreement;
  std::string_view key;
};
constexpr AgreementName kAgreements[] = {
    {Agreement::kStatutory, "statutory"},
    {Agreement::kKs, "ks"},
    {Agreement::kSpekter, "spekter"},
    {Agreement::kState, "state"},
};

}  // namespace

std::string_view AgreementKey(Agreement a) {
  for (const AgreementName& n : kAgreements) {
    if (n.agreement == a) return n.key;
  }
  return "unknown";
}

std::optional<Agreement> ParseAgreementKey(std::string_view key) {
  for (const AgreementName& n : kAgreements) {
    if (n.key == key) return n.agreement;
  }
  return std::nullopt;
}

SundayHours SundayHoursOf(const RuleSet& rules) {
  return {absl::Hours(rules.sunday_from_hour.value),
          absl::Hours(rules.sunday_eve_from_hour.value),
          absl::Hours(rules.sunday_may_eve_from_hour.value),
          absl::Hours(rules.sunday_until_hour.value)};
}

NightHours NightHoursOf(const RuleSet& rules) {
  return {absl::Hours(rules.night_from_hour.value),
          absl::Hours(rules.night_until_hour.value)};
}

absl::StatusOr<std::vector<RuleSet>> ParseRuleSets(std::string_view text) {
  absl::StatusOr<RuleBook> book = ParseRuleBook(text);
  if (!book.ok()) return book.status();
  return std::move(book->rule_sets);
}

const RuleSet* RuleSetFor(const std::vector<RuleSet>& sets, Agreement agreement,
                          absl::CivilDay on) {
  const RuleSet* best = nullptr;
  for (const RuleSet& s : sets) {
    if (s.agreement != agreement || s.effective_from > on) continue;
    if (best == nullptr || s.effective_from > best->effective_from) best = &s;
  }
  return best;
}

}  // namespace vaktbro::rules
