#include "checks.h"

#include <string>

#include "resource.h"
#include "text.h"
#include "status_macros.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

std::string F(std::string_view prefix, std::string_view field) {
  return Cat(prefix, ".", field);
}

int YearOf(const google::protobuf::Timestamp& t) {
  // Civil year of a UTC time (Hinnant's civil_from_days, year only).
  int64_t z = t.seconds() / 86400 + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  return static_cast<int>(yoe + era * 400 + (mp >= 10 ? 1 : 0));
}

absl::Status CheckCompetences(std::string_view prefix,
                              const google::protobuf::RepeatedPtrField<v1::Competence>& list) {
  if (list.size() > kMaxCompetences) {
    return FieldError(F(prefix, "competences"), Cat("at most ", kMaxCompetences));
  }
  for (int i = 0; i < list.size(); ++i) {
    const std::string field = Cat(prefix, ".competences[", i, "]");
    RETURN_IF_ERROR(CheckText(field + ".code", list[i].code(), kMaxCompetenceCodeLength));
    if (IsSet(list[i].expiry_date())) {
      RETURN_IF_ERROR(CheckDate(field + ".expiry_date", list[i].expiry_date()));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckOrganisation(std::string_view prefix, const v1::Organisation& o) {
  RETURN_IF_ERROR(CheckText(F(prefix, "display_name"), o.display_name(), kMaxNameLength));
  if (o.kind() == v1::Organisation::KIND_UNSPECIFIED || !v1::Organisation::Kind_IsValid(o.kind())) {
    return FieldError(F(prefix, "kind"), "must be set");
  }
  RETURN_IF_ERROR(CheckOrganisationNumber(F(prefix, "organisation_number"), o.organisation_number()));
  return CheckText(F(prefix, "region"), o.region(), kMaxNameLength);
}

absl::Status CheckUnit(std::string_view prefix, const v1::Unit& u) {
  RETURN_IF_ERROR(CheckText(F(prefix, "display_name"), u.display_name(), kMaxNameLength));
  if (u.kind() == v1::Unit::KIND_UNSPECIFIED || !v1::Unit::Kind_IsValid(u.kind())) {
    return FieldError(F(prefix, "kind"), "must be set");
  }
  return absl::OkStatus();
}

absl::Status CheckPerson(std::string_view prefix, const v1::Person& p,
                         const google::protobuf::Timestamp& now) {
  RETURN_IF_ERROR(CheckText(F(prefix, "display_name"), p.display_name(), kMaxNameLength));
  const int latest = YearOf(now) - 15;
  if (p.birth_year() < 1920 || p.birth_year() > latest) {
    return FieldError(F(prefix, "birth_year"),
                      Cat("must be between 1920 and ", latest, ", got ", p.birth_year()));
  }
  RETURN_IF_ERROR(CheckHprNumber(F(prefix, "hpr_number"), p.hpr_number()));
  for (int i = 0; i < p.professions_size(); ++i) {
    if (p.professions(i) == v1::PROFESSION_UNSPECIFIED || !v1::Profession_IsValid(p.professions(i))) {
      return FieldError(Cat(prefix, ".professions[", i, "]"), "must be a profession");
    }
  }
  RETURN_IF_ERROR(CheckCompetences(prefix, p.competences()));
  RETURN_IF_ERROR(CheckOptionalText(F(prefix, "email"), p.email(), kMaxNameLength));
  if (!p.email().empty() && p.email().find('@') == std::string::npos) {
    return FieldError(F(prefix, "email"), "must be an e-mail address");
  }
  RETURN_IF_ERROR(CheckOptionalText(F(prefix, "phone"), p.phone(), 40));
  RETURN_IF_ERROR(CheckOptionalText(F(prefix, "home_region"), p.home_region(), kMaxNameLength));
  const v1::PensionFacts& pension = p.pension();
  if (!v1::PensionFacts::Scheme_IsValid(pension.scheme())) {
    return FieldError(F(prefix, "pension.scheme"), "must be a pension scheme");
  }
  if (!v1::PensionFacts::Afp_IsValid(pension.afp())) {
    return FieldError(F(prefix, "pension.afp"), "must be an AFP scheme");
  }
  if (pension.earnings_this_year_nok() < 0) {
    return FieldError(F(prefix, "pension.earnings_this_year_nok"), "must not be negative");
  }
  if (pension.projected_earnings_nok() < 0) {
    return FieldError(F(prefix, "pension.projected_earnings_nok"), "must not be negative");
  }
  if (p.preferred_units_size() > kMaxPreferredUnits) {
    return FieldError(F(prefix, "preferred_units"), Cat("at most ", kMaxPreferredUnits, " units"));
  }
  for (int i = 0; i < p.preferred_units_size(); ++i) {
    RETURN_IF_ERROR(ParseName(Cat(prefix, ".preferred_units[", i, "]"), p.preferred_units(i), kUnits).status());
  }
  return absl::OkStatus();
}

absl::Status CheckPosition(std::string_view prefix, const v1::Position& p) {
  if (p.kind() == v1::Position::KIND_UNSPECIFIED || !v1::Position::Kind_IsValid(p.kind())) {
    return FieldError(F(prefix, "kind"), "must be set");
  }
  if (!(p.percentage() >= 0.0 && p.percentage() <= 100.0)) {
    return FieldError(F(prefix, "percentage"),
                      Cat("must be within 0-100, got ", p.percentage()));
  }
  if (!IsSet(p.valid_from())) return FieldError(F(prefix, "valid_from"), "must be set");
  RETURN_IF_ERROR(CheckDate(F(prefix, "valid_from"), p.valid_from()));
  if (IsSet(p.valid_to())) {
    RETURN_IF_ERROR(CheckDate(F(prefix, "valid_to"), p.valid_to()));
    if (DaysFromCivil(p.valid_to()) < DaysFromCivil(p.valid_from())) {
      return FieldError(F(prefix, "valid_to"), "must not be before valid_from");
    }
  }
  if (p.pay_scheme() == v1::Position::PAY_SCHEME_UNSPECIFIED ||
      !v1::Position::PayScheme_IsValid(p.pay_scheme())) {
    return FieldError(F(prefix, "pay_scheme"), "must be set");
  }
  if (p.pay_scheme() == v1::Position::PENSJONISTLONN && p.kind() != v1::Position::PENSIONER) {
    return FieldError(F(prefix, "pay_scheme"), "pensjonistlønn is only for pensioner positions");
  }
  return absl::OkStatus();
}

absl::Status CheckAvailability(std::string_view prefix, const v1::Availability& a) {
  RETURN_IF_ERROR(CheckTimestamp(F(prefix, "start_time"), a.start_time()));
  RETURN_IF_ERROR(CheckTimestamp(F(prefix, "end_time"), a.end_time()));
  const int64_t len = a.end_time().seconds() - a.start_time().seconds();
  if (len <= 0) return FieldError(F(prefix, "end_time"), "must be after start_time");
  if (len > kMaxAvailabilitySeconds) {
    return FieldError(F(prefix, "end_time"), "a window may last at most 31 days");
  }
  return CheckOptionalText(F(prefix, "note"), a.note(), kMaxNoteLength);
}

absl::Status CheckShift(std::string_view prefix, const v1::Shift& s,
                        const google::protobuf::Timestamp& now) {
  RETURN_IF_ERROR(CheckText(F(prefix, "title"), s.title(), kMaxNameLength));
  RETURN_IF_ERROR(CheckTimestamp(F(prefix, "start_time"), s.start_time()));
  RETURN_IF_ERROR(CheckTimestamp(F(prefix, "end_time"), s.end_time()));
  const int64_t start = s.start_time().seconds();
  const int64_t len = s.end_time().seconds() - start;
  if (len <= 0) return FieldError(F(prefix, "end_time"), "must be after start_time");
  if (len < kMinShiftSeconds || len > kMaxShiftSeconds) {
    return FieldError(F(prefix, "end_time"),
                      Cat("a shift lasts 30 min to 24 h, this one ", len / 60, " min"));
  }
  if (start < now.seconds() - kShiftPastLimitSeconds ||
      start > now.seconds() + kShiftFutureLimitSeconds) {
    return FieldError(F(prefix, "start_time"), "must be within a year back and two years ahead");
  }
  if (s.profession() == v1::PROFESSION_UNSPECIFIED || !v1::Profession_IsValid(s.profession())) {
    return FieldError(F(prefix, "profession"), "must be set");
  }
  for (int i = 0; i < s.competences_size(); ++i) {
    RETURN_IF_ERROR(CheckText(Cat(prefix, ".competences[", i, "]"), s.competences(i),
                              kMaxCompetenceCodeLength));
  }
  if (s.headcount() < 1 || s.headcount() > kMaxHeadcount) {
    return FieldError(F(prefix, "headcount"),
                      Cat("must be 1-", kMaxHeadcount, ", got ", s.headcount()));
  }
  if (s.reason() == v1::Shift::REASON_UNSPECIFIED || !v1::Shift::Reason_IsValid(s.reason())) {
    return FieldError(F(prefix, "reason"), "must be set");
  }
  if (s.visibility() == v1::Shift::VISIBILITY_UNSPECIFIED ||
      !v1::Shift::Visibility_IsValid(s.visibility())) {
    return FieldError(F(prefix, "visibility"), "must be set");
  }
  return CheckOptionalText(F(prefix, "note"), s.note(), kMaxNoteLength);
}

}  // namespace vaktbro::domain
