#include "agreement_checks.h"

#include <set>
#include <string>

#include "agreement_records.h"
#include "checks.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using v1::Agreement;

std::string F(std::string_view prefix, std::string_view field) { return Cat(prefix, ".", field); }

absl::Status CheckPercent(std::string_view field, double p, double min) {
  if (!(p >= min && p <= 100.0)) {
    return FieldError(field, Cat("must be between ", static_cast<int>(min), " and 100, got ", p));
  }
  return absl::OkStatus();
}

bool IsCode(std::string_view code) {
  if (code.empty() || code.size() > 40) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

absl::Status CheckSplit(std::string_view prefix, const Agreement& a) {
  if (a.split_pattern() == Agreement::SPLIT_PATTERN_UNSPECIFIED ||
      !Agreement::SplitPattern_IsValid(a.split_pattern())) {
    return FieldError(F(prefix, "split_pattern"),
                      "must be FIXED_WEEKDAYS, ALTERNATING_WEEKS or SHIFT_BY_SHIFT");
  }
  if (a.split_pattern() == Agreement::FIXED_WEEKDAYS) {
    if (a.secondary_weekdays().empty()) {
      return FieldError(F(prefix, "secondary_weekdays"), "must name at least one weekday (1-7)");
    }
    std::set<int> seen;
    for (int i = 0; i < a.secondary_weekdays_size(); ++i) {
      const int d = a.secondary_weekdays(i);
      if (d < 1 || d > 7 || !seen.insert(d).second) {
        return FieldError(Cat(prefix, ".secondary_weekdays[", i, "]"),
                          Cat("must be a weekday 1-7 (Monday-Sunday) named once, got ", d));
      }
    }
  } else if (!a.secondary_weekdays().empty()) {
    return FieldError(F(prefix, "secondary_weekdays"), "is only for FIXED_WEEKDAYS");
  }
  if (a.split_pattern() == Agreement::ALTERNATING_WEEKS) {
    if (!IsSet(a.first_secondary_week())) {
      return FieldError(F(prefix, "first_secondary_week"), "must be set for ALTERNATING_WEEKS");
    }
    RETURN_IF_ERROR(CheckDate(F(prefix, "first_secondary_week"), a.first_secondary_week()));
  }
  return absl::OkStatus();
}

absl::Status CheckCostTerms(std::string_view prefix, const Agreement& a) {
  const Agreement::Party payer = a.employer_of_record();
  if (payer != Agreement::PARTY_UNSPECIFIED && payer != Agreement::MAIN_EMPLOYER &&
      payer != Agreement::SECONDARY_EMPLOYER) {
    return FieldError(F(prefix, "employer_of_record"), "must be MAIN_EMPLOYER or SECONDARY_EMPLOYER");
  }
  if (a.recharge_hourly_ore() < 0 || a.recharge_hourly_ore() > kMaxRechargeHourlyOre) {
    return FieldError(F(prefix, "recharge_hourly_ore"),
                      Cat("must be 0-", kMaxRechargeHourlyOre, ", got ", a.recharge_hourly_ore()));
  }
  if (payer == Agreement::MAIN_EMPLOYER && a.recharge_hourly_ore() == 0) {
    return FieldError(F(prefix, "recharge_hourly_ore"),
                      "must be > 0 when the main employer is the employer of record");
  }
  if (payer != Agreement::MAIN_EMPLOYER &&
      (a.recharge_hourly_ore() != 0 || a.recharge_overhead_percent() != 0)) {
    return FieldError(F(prefix, "recharge_hourly_ore"),
                      "is only for agreements whose employer of record is the main employer");
  }
  if (a.recharge_overhead_percent() < 0 || a.recharge_overhead_percent() > 100) {
    return FieldError(F(prefix, "recharge_overhead_percent"),
                      Cat("must be 0-100, got ", a.recharge_overhead_percent()));
  }
  return absl::OkStatus();
}

absl::Status CheckItems(std::string_view prefix, const Agreement& a) {
  if (a.onboarding_items_size() > kMaxOnboardingItems) {
    return FieldError(F(prefix, "onboarding_items"), Cat("at most ", kMaxOnboardingItems));
  }
  std::set<std::string> codes;
  for (int i = 0; i < a.onboarding_items_size(); ++i) {
    const v1::OnboardingItem& item = a.onboarding_items(i);
    const std::string p = Cat(prefix, ".onboarding_items[", i, "]");
    if (!IsCode(item.code())) return FieldError(F(p, "code"), "must be 1-40 of A-Z, 0-9 and _");
    if (!codes.insert(item.code()).second) {
      return FieldError(F(p, "code"), Cat("\"", item.code(), "\" is listed twice"));
    }
    RETURN_IF_ERROR(CheckText(F(p, "title"), item.title(), kMaxNameLength));
    if (item.required_by().empty()) return FieldError(F(p, "required_by"), "must name an employer");
    std::set<std::string> by;
    for (int j = 0; j < item.required_by_size(); ++j) {
      const std::string& org = item.required_by(j);
      if ((org != a.main_employer() && org != a.secondary_employer()) || !by.insert(org).second) {
        return FieldError(Cat(p, ".required_by[", j, "]"),
                          "must be the main or the secondary employer, each once");
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckAgreementTerms(std::string_view prefix, const Agreement& a) {
  RETURN_IF_ERROR(ParseName(F(prefix, "person"), a.person(), kPeople).status());
  RETURN_IF_ERROR(ParseName(F(prefix, "main_employer"), a.main_employer(), kOrganisations).status());
  RETURN_IF_ERROR(
      ParseName(F(prefix, "secondary_employer"), a.secondary_employer(), kOrganisations).status());
  if (a.main_employer() == a.secondary_employer()) {
    return FieldError(F(prefix, "secondary_employer"), "must differ from main_employer");
  }
  if (a.kind() == Agreement::KIND_UNSPECIFIED || !Agreement::Kind_IsValid(a.kind())) {
    return FieldError(F(prefix, "kind"), "must be COMBINED_POSITION or SECONDMENT");
  }
  const bool secondment = a.kind() == Agreement::SECONDMENT;
  RETURN_IF_ERROR(CheckPercent(F(prefix, "main_percent"), a.main_percent(), secondment ? 0 : 1));
  RETURN_IF_ERROR(CheckPercent(F(prefix, "secondary_percent"), a.secondary_percent(), 1));
  if (!a.main_unit().empty()) RETURN_IF_ERROR(ParseName(F(prefix, "main_unit"), a.main_unit(), kUnits).status());
  if (!a.secondary_unit().empty()) {
    RETURN_IF_ERROR(ParseName(F(prefix, "secondary_unit"), a.secondary_unit(), kUnits).status());
  }
  RETURN_IF_ERROR(CheckSplit(prefix, a));
  if (!IsSet(a.start_date())) return FieldError(F(prefix, "start_date"), "must be set");
  RETURN_IF_ERROR(CheckDate(F(prefix, "start_date"), a.start_date()));
  if (secondment && !IsSet(a.end_date())) {
    return FieldError(F(prefix, "end_date"), "must be set: a secondment is for a period");
  }
  if (IsSet(a.end_date())) {
    RETURN_IF_ERROR(CheckDate(F(prefix, "end_date"), a.end_date()));
    if (DaysFromCivil(a.end_date()) < DaysFromCivil(a.start_date())) {
      return FieldError(F(prefix, "end_date"), "must not be before start_date");
    }
  }
  RETURN_IF_ERROR(CheckCostTerms(prefix, a));
  RETURN_IF_ERROR(CheckItems(prefix, a));
  return CheckOptionalText(F(prefix, "note"), a.note(), kMaxNoteLength);
}

absl::Status CheckAgreementRefs(storage::Txn& txn, std::string_view prefix, const Agreement& a) {
  RETURN_IF_ERROR(Lookup<v1::Person>(txn, F(prefix, "person"), a.person()).status());
  RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, F(prefix, "main_employer"), a.main_employer()).status());
  RETURN_IF_ERROR(
      Lookup<v1::Organisation>(txn, F(prefix, "secondary_employer"), a.secondary_employer()).status());
  struct UnitRef {
    const char* field;
    const std::string& unit;
    const std::string& employer;
  };
  for (const UnitRef& u : {UnitRef{"main_unit", a.main_unit(), a.main_employer()},
                           UnitRef{"secondary_unit", a.secondary_unit(), a.secondary_employer()}}) {
    if (u.unit.empty()) continue;
    ASSIGN_OR_RETURN(const v1::Unit unit, Lookup<v1::Unit>(txn, F(prefix, u.field), u.unit));
    if (unit.organisation() != u.employer) {
      return FieldError(F(prefix, u.field), Cat(unit.name(), " belongs to ", unit.organisation(),
                                                ", not to ", u.employer));
    }
  }
  return absl::OkStatus();
}

bool ActsForRegion(const auth::Caller& caller) {
  return caller.is_system() || caller.role == v1::ADMINISTRATOR;
}

Agreement::Party PartyOf(const Agreement& a, const auth::Caller& caller) {
  if (caller.role == v1::EMPLOYEE) {
    return caller.person == a.person() ? Agreement::PERSON : Agreement::PARTY_UNSPECIFIED;
  }
  if (caller.role == v1::COORDINATOR || caller.role == v1::MANAGER) {
    if (caller.organisation == a.main_employer()) return Agreement::MAIN_EMPLOYER;
    if (caller.organisation == a.secondary_employer()) return Agreement::SECONDARY_EMPLOYER;
  }
  return Agreement::PARTY_UNSPECIFIED;
}

absl::Status Denied() {
  return absl::PermissionDeniedError("the caller may not see or change this agreement");
}

absl::Status CheckMaySee(const Agreement& a, const auth::Caller& caller) {
  if (ActsForRegion(caller) || PartyOf(a, caller) != Agreement::PARTY_UNSPECIFIED) {
    return absl::OkStatus();
  }
  return Denied();
}

v1::Signature SignatureOf(const auth::Caller& caller, const google::protobuf::Timestamp& now) {
  v1::Signature s;
  s.set_account(caller.account);
  s.set_role(caller.role);
  s.set_organisation(caller.organisation);
  *s.mutable_time() = now;
  return s;
}

}  // namespace vaktbro::domain
