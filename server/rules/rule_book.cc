#include "rule_book.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "rule_text.h"

namespace vaktbro::rules {
namespace {

using text::Entry;
using text::NumberKey;
using text::Section;

constexpr double kWeek = 7 * 24;
constexpr double kYear = 52 * kWeek;

absl::StatusOr<bool> SetSeverity(const Section& s, const Entry& e,
                                 SeverityParam& out) {
  static constexpr std::pair<std::string_view, Severity> kNames[] = {
      {"info", Severity::kInfo},
      {"warn", Severity::kWarn},
      {"block", Severity::kBlock}};
  out.severity.reset();
  bool known = e.value == "off";
  for (const auto& [name, severity] : kNames) {
    if (e.value == name) out.severity = severity, known = true;
  }
  if (!known) {
    return text::Error(
        e.line, s,
        absl::StrFormat("key '%s': '%s' is not off, info, warn or block", e.key,
                        e.value));
  }
  if (e.reference) out.law = *e.reference;
  if (out.law.empty()) {
    return text::Error(e.line, s,
                       absl::StrFormat("key '%s' needs a reference", e.key));
  }
  return true;
}

absl::StatusOr<RuleSet> BuildRuleSet(const Section& s,
                                     const std::vector<RuleSet>& earlier) {
  static const std::vector<NumberKey<RuleSet>> kNumbers = {
      {"normal_hours_per_week", &RuleSet::normal_hours_per_week, 0, kWeek},
      {"normal_hours_per_week_rota", &RuleSet::normal_hours_per_week_rota, 0,
       kWeek},
      {"normal_hours_per_week_continuous",
       &RuleSet::normal_hours_per_week_continuous, 0, kWeek},
      {"max_hours_per_day", &RuleSet::max_hours_per_day, 0, 24},
      {"max_hours_single_week", &RuleSet::max_hours_single_week, 0, kWeek},
      {"average_hours_per_week", &RuleSet::average_hours_per_week, 0, kWeek},
      {"averaging_weeks", &RuleSet::averaging_weeks, 1, 52, true},
      {"overtime_hours_per_week", &RuleSet::overtime_hours_per_week, 0, kWeek},
      {"overtime_hours_per_4_weeks", &RuleSet::overtime_hours_per_4_weeks, 0,
       4 * kWeek},
      {"overtime_hours_per_52_weeks", &RuleSet::overtime_hours_per_52_weeks, 0,
       kYear},
      {"daily_rest_hours", &RuleSet::daily_rest_hours, 0, 24},
      {"weekly_rest_hours", &RuleSet::weekly_rest_hours, 0, kWeek},
      {"sunday_from_hour", &RuleSet::sunday_from_hour, 0, 24},
      {"sunday_eve_from_hour", &RuleSet::sunday_eve_from_hour, 0, 24},
      {"sunday_may_eve_from_hour", &RuleSet::sunday_may_eve_from_hour, 0, 24},
      {"sunday_until_hour", &RuleSet::sunday_until_hour, 0, 24},
      {"night_from_hour", &RuleSet::night_from_hour, 0, 24},
      {"night_until_hour", &RuleSet::night_until_hour, 0, 24},
      {"night_worker_min_hours", &RuleSet::night_worker_min_hours, 0, 24},
      {"night_max_hours_per_day", &RuleSet::night_max_hours_per_day, 0, 24},
      {"night_averaging_weeks", &RuleSet::night_averaging_weeks, 1, 52, true},
  };
  auto other = [&s](RuleSet& r, const Entry& e) -> absl::StatusOr<bool> {
    if (e.key == "agreement") {
      absl::StatusOr<Agreement> a = text::AgreementValue(s, e);
      if (!a.ok()) return a.status();
      r.agreement = *a;
      return true;
    }
    if (e.key == "effective_from") {
      absl::StatusOr<absl::CivilDay> d = text::Day(s, e);
      if (!d.ok()) return d.status();
      r.effective_from = *d;
      return true;
    }
    if (e.key == "sunday_rule") return SetSeverity(s, e, r.sunday_rule);
    if (e.key == "night_rule") return SetSeverity(s, e, r.night_rule);
    return false;
  };
  absl::StatusOr<RuleSet> r = text::Build<RuleSet>(
      s, earlier, kNumbers,
      {"agreement", "effective_from", "sunday_rule", "night_rule"}, other);
  if (r.ok() && r->night_until_hour.value >= r->night_from_hour.value) {
    return text::Error(s.line, s,
                       "night_until_hour must be before night_from_hour");
  }
  return r;
}

absl::StatusOr<PensionRules> BuildPension(
    const Section& s, const std::vector<PensionRules>& earlier) {
  static const std::vector<NumberKey<PensionRules>> kNumbers = {
      {"unreduced_from_birth_year", &PensionRules::unreduced_from_birth_year,
       1900, 2100, true},
      {"enrolment_threshold_percent",
       &PensionRules::enrolment_threshold_percent, 0, 100},
      {"klp_nurse_threshold_percent",
       &PensionRules::klp_nurse_threshold_percent, 0, 100},
      {"afp_tolerance_municipal_nok",
       &PensionRules::afp_tolerance_municipal_nok, 0, 1e9},
      {"afp_tolerance_spk_nok", &PensionRules::afp_tolerance_spk_nok, 0, 1e9},
      {"authorisation_age_limit", &PensionRules::authorisation_age_limit, 0,
       150, true},
  };
  auto other = [&s](PensionRules& p, const Entry& e) -> absl::StatusOr<bool> {
    if (e.key != "effective_from") return false;
    absl::StatusOr<absl::CivilDay> d = text::Day(s, e);
    if (!d.ok()) return d.status();
    p.effective_from = *d;
    return true;
  };
  return text::Build<PensionRules>(s, earlier, kNumbers, {"effective_from"},
                                   other);
}

absl::StatusOr<std::optional<Profession>> ProfessionValue(
    const Section& s, const Entry& e, std::string_view value) {
  std::optional<Profession> p = ParseProfessionKey(value);
  if (!p) {
    return text::Error(
        e.line, s,
        absl::StrFormat("key '%s': unknown profession '%s'", e.key, value));
  }
  return p;
}

absl::StatusOr<PayRate> BuildRate(const Section& s,
                                  const std::vector<PayRate>& earlier) {
  static const std::vector<NumberKey<PayRate>> kNumbers = {
      {"nok_per_hour", &PayRate::nok_per_hour, 0, 1e5},
  };
  auto other = [&s](PayRate& r, const Entry& e) -> absl::StatusOr<bool> {
    if (e.key == "agreement") {
      absl::StatusOr<Agreement> a = text::AgreementValue(s, e);
      if (!a.ok()) return a.status();
      r.agreement = *a;
      return true;
    }
    if (e.key == "effective_from") {
      absl::StatusOr<absl::CivilDay> d = text::Day(s, e);
      if (!d.ok()) return d.status();
      r.effective_from = *d;
      return true;
    }
    if (e.key == "hard_recruitment_profession") {
      absl::StatusOr<std::optional<Profession>> p =
          ProfessionValue(s, e, e.value);
      if (!p.ok()) return p.status();
      r.hard_recruitment_profession = *p;
      return true;
    }
    return false;
  };
  return text::Build<PayRate>(s, earlier, kNumbers,
                              {"agreement", "effective_from"}, other);
}

absl::StatusOr<CompetenceRules> BuildCompetence(
    const Section& s, const std::vector<CompetenceRules>& earlier) {
  static const std::vector<NumberKey<CompetenceRules>> kNumbers = {
      {"expiry_notice_days", &CompetenceRules::expiry_notice_days, 0, 3650,
       true},
  };
  auto other = [&s](CompetenceRules& c,
                    const Entry& e) -> absl::StatusOr<bool> {
    if (e.key == "effective_from") {
      absl::StatusOr<absl::CivilDay> d = text::Day(s, e);
      if (!d.ok()) return d.status();
      c.effective_from = *d;
      return true;
    }
    constexpr std::string_view kCovers = "_covers";
    if (!std::string_view(e.key).ends_with(kCovers)) return false;
    const std::string_view who =
        std::string_view(e.key).substr(0, e.key.size() - kCovers.size());
    absl::StatusOr<std::optional<Profession>> covering =
        ProfessionValue(s, e, who);
    if (!covering.ok()) return covering.status();
    std::erase_if(c.substitutions, [&](const Substitution& sub) {
      return sub.covering == **covering;
    });
    for (std::string_view name : text::SplitOn(e.value, ',')) {
      absl::StatusOr<std::optional<Profession>> covered =
          ProfessionValue(s, e, text::Trim(name));
      if (!covered.ok()) return covered.status();
      c.substitutions.push_back({**covering, **covered});
    }
    return true;
  };
  return text::Build<CompetenceRules>(s, earlier, kNumbers, {"effective_from"},
                                      other);
}

// Builds `s` with `build` and adds it to `out`, or replaces the entry of the
// same id if that id is in `replaceable` (a default not yet overridden).
// Refuses a repeated id, or two entries in force from the same day under
// `key` (agreement, date...).
template <typename T, typename Build, typename Key>
absl::Status Add(const Section& s, std::vector<T>& out,
                 std::set<std::string>& replaceable, Build build, Key key) {
  const T* existing = text::FindById(out, s.id);
  if (existing != nullptr && replaceable.erase(s.kind + " " + s.id) == 0) {
    return text::Error(s.line, s, "id repeated");
  }
  absl::StatusOr<T> t = build(s, out);
  if (!t.ok()) return t.status();
  for (const T& other : out) {
    if (&other != existing && key(other) == key(*t)) {
      return text::Error(
          s.line, s,
          absl::StrFormat("in force from the same day as '%s'", other.id));
    }
  }
  if (existing != nullptr) {
    out[existing - out.data()] = *std::move(t);
  } else {
    out.push_back(*std::move(t));
  }
  return absl::OkStatus();
}

template <typename T>
void AddIds(std::string_view kind, const std::vector<T>& all,
            std::set<std::string>& ids) {
  for (const T& t : all) ids.insert(absl::StrFormat("%s %s", kind, t.id));
}

template <typename T>
const T* Latest(const std::vector<T>& all, absl::CivilDay on, auto matches) {
  const T* best = nullptr;
  for (const T& t : all) {
    if (t.effective_from > on || !matches(t)) continue;
    if (best == nullptr || t.effective_from > best->effective_from) best = &t;
  }
  return best;
}

}  // namespace

absl::StatusOr<RuleBook> ParseRuleBook(std::string_view rule_text) {
  return ParseRuleBookOver(RuleBook(), rule_text);
}

absl::StatusOr<RuleBook> ParseRuleBookOver(const RuleBook& defaults,
                                           std::string_view rule_text) {
  absl::StatusOr<std::vector<Section>> sections = text::Split(rule_text);
  if (!sections.ok()) return sections.status();
  RuleBook book = defaults;
  std::set<std::string> replaceable;
  AddIds("working_time", book.rule_sets, replaceable);
  AddIds("pension", book.pension, replaceable);
  AddIds("pensjonistlonn", book.pensjonistlonn, replaceable);
  AddIds("competence", book.competence, replaceable);
  for (const Section& s : *sections) {
    absl::Status status;
    if (s.kind == "working_time") {
      status = Add(s, book.rule_sets, replaceable, BuildRuleSet,
                   [](const RuleSet& r) {
                     return std::pair(r.agreement, r.effective_from);
                   });
    } else if (s.kind == "pension") {
      status = Add(s, book.pension, replaceable, BuildPension,
                   [](const PensionRules& p) { return p.effective_from; });
    } else if (s.kind == "pensjonistlonn") {
      status = Add(
          s, book.pensjonistlonn, replaceable, BuildRate, [](const PayRate& r) {
            return std::tuple(r.agreement, r.hard_recruitment_profession,
                              r.effective_from);
          });
    } else if (s.kind == "competence") {
      status = Add(s, book.competence, replaceable, BuildCompetence,
                   [](const CompetenceRules& c) { return c.effective_from; });
    } else {
      status = text::Error(
          s.line, s,
          absl::StrFormat("unknown kind '%s' (working_time, pension, "
                          "pensjonistlonn, competence)",
                          s.kind));
    }
    if (!status.ok()) return status;
  }
  return book;
}

const RuleBook& DefaultRuleBook() {
  static const RuleBook* const book = [] {
    absl::StatusOr<RuleBook> parsed = ParseRuleBook(DefaultRuleText());
    if (!parsed.ok()) {
      std::fprintf(stderr, "vaktbro: the built-in rule text is invalid: %s\n",
                   parsed.status().ToString().c_str());
      std::abort();
    }
    return new RuleBook(*std::move(parsed));
  }();
  return *book;
}

const PensionRules* PensionRulesFor(const RuleBook& book, absl::CivilDay on) {
  return Latest(book.pension, on, [](const PensionRules&) { return true; });
}

const CompetenceRules* CompetenceRulesFor(const RuleBook& book,
                                          absl::CivilDay on) {
  return Latest(book.competence, on,
                [](const CompetenceRules&) { return true; });
}

const PayRate* PensjonistlonnRateFor(const RuleBook& book, Agreement agreement,
                                     absl::CivilDay on) {
  return Latest(book.pensjonistlonn, on, [&](const PayRate& r) {
    return r.agreement == agreement && !r.hard_recruitment_profession;
  });
}

const PayRate* HardRecruitmentRateFor(const RuleBook& book, Agreement agreement,
                                      Profession profession,
                                      absl::CivilDay on) {
  return Latest(book.pensjonistlonn, on, [&](const PayRate& r) {
    return r.agreement == agreement &&
           r.hard_recruitment_profession == profession;
  });
}

}  // namespace vaktbro::rules
