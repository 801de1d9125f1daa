#include "agency_checks.h"

#include <cmath>

#include "absl/time/time.h"
#include "agency/calendar.h"
#include "agency_register.h"
#include "checks.h"
#include "resource.h"
#include "status_macros.h"
#include "text.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

constexpr std::string_view kCascades = "cascades";

std::string F(std::string_view prefix, std::string_view field) {
  return Cat(prefix, ".", field);
}

absl::Status CheckEnum(std::string_view field, int value, bool valid) {
  if (value == 0) return FieldError(field, "must be set");
  if (!valid) return FieldError(field, Cat("unknown value ", value));
  return absl::OkStatus();
}

absl::Status CheckTimes(std::string_view prefix, const v1::AgencyBooking& b) {
  RETURN_IF_ERROR(CheckTimestamp(F(prefix, "start_time"), b.start_time()));
  RETURN_IF_ERROR(CheckTimestamp(F(prefix, "end_time"), b.end_time()));
  const int64_t seconds = b.end_time().seconds() - b.start_time().seconds();
  if (seconds <= 0)
    return FieldError(F(prefix, "end_time"), "must be after start_time");
  if (seconds > kMaxBookingSeconds) {
    return FieldError(
        F(prefix, "end_time"),
        "a booking may last at most 93 days; register longer hire in parts");
  }
  const double hours = b.hours();
  if (!std::isfinite(hours) || hours <= 0)
    return FieldError(F(prefix, "hours"), Cat("must be > 0, got ", hours));
  const double minutes = hours * 60;
  if (std::abs(minutes - std::round(minutes)) > 1e-6) {
    return FieldError(
        F(prefix, "hours"),
        Cat("must be whole minutes (7.5 is 7 h 30 min), got ", hours));
  }
  if (std::llround(minutes) * 60 > seconds) {
    return FieldError(
        F(prefix, "hours"),
        Cat("must be at most the time from start_time to end_time (",
            seconds / 3600.0, " h), got ", hours));
  }
  return absl::OkStatus();
}

absl::Status CheckMoney(std::string_view prefix, const v1::AgencyBooking& b) {
  if (b.hourly_rate_ore() <= 0) {
    return FieldError(
        F(prefix, "hourly_rate_ore"),
        Cat("must be > 0 (øre per hour), got ", b.hourly_rate_ore()));
  }
  if (b.hourly_rate_ore() > kMaxHourlyRateOre) {
    return FieldError(F(prefix, "hourly_rate_ore"),
                      Cat("must be at most ", kMaxHourlyRateOre,
                          " (10 000 NOK per hour), got ", b.hourly_rate_ore()));
  }
  if (b.fees_ore() < 0)
    return FieldError(F(prefix, "fees_ore"),
                      Cat("must be >= 0, got ", b.fees_ore()));
  if (b.fees_ore() > kMaxFeesOre) {
    return FieldError(F(prefix, "fees_ore"),
                      Cat("must be at most ", kMaxFeesOre,
                          " (1 million NOK), got ", b.fees_ore()));
  }
  return absl::OkStatus();
}

absl::Status CheckConsultation(std::string_view prefix,
                               const v1::AgencyBooking& b) {
  const v1::Date& d = b.union_consultation_date();
  if (!IsSet(d)) return absl::OkStatus();
  RETURN_IF_ERROR(CheckDate(F(prefix, "union_consultation_date"), d));
  const absl::CivilDay start = absl::ToCivilDay(
      absl::FromUnixSeconds(b.start_time().seconds()), agency::Oslo());
  if (absl::CivilDay(d.year(), d.month(), d.day()) > start) {
    return FieldError(F(prefix, "union_consultation_date"),
                      "must be on or before the day the hire starts: the need "
                      "is discussed before the decision");
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckAgencyBooking(std::string_view prefix,
                                const v1::AgencyBooking& b) {
  RETURN_IF_ERROR(
      ParseName(F(prefix, "organisation"), b.organisation(), kOrganisations)
          .status());
  RETURN_IF_ERROR(ParseName(F(prefix, "unit"), b.unit(), kUnits).status());
  if (!b.shift().empty())
    RETURN_IF_ERROR(ParseName(F(prefix, "shift"), b.shift(), kShifts).status());
  RETURN_IF_ERROR(CheckText(F(prefix, "agency"), b.agency(), kMaxNameLength));
  if (!b.agency_organisation_number().empty()) {
    RETURN_IF_ERROR(
        CheckOrganisationNumber(F(prefix, "agency_organisation_number"),
                                b.agency_organisation_number()));
  }
  RETURN_IF_ERROR(CheckEnum(F(prefix, "profession"), b.profession(),
                            v1::Profession_IsValid(b.profession())));
  if (b.competences_size() > kMaxCompetences) {
    return FieldError(F(prefix, "competences"),
                      Cat("at most ", kMaxCompetences, " codes"));
  }
  for (int i = 0; i < b.competences_size(); ++i) {
    RETURN_IF_ERROR(CheckText(Cat(prefix, ".competences[", i, "]"),
                              b.competences(i), kMaxCompetenceCodeLength));
  }
  RETURN_IF_ERROR(CheckTimes(prefix, b));
  RETURN_IF_ERROR(CheckMoney(prefix, b));
  RETURN_IF_ERROR(CheckEnum(F(prefix, "purpose"), b.purpose(),
                            v1::Shift::Reason_IsValid(b.purpose())));
  RETURN_IF_ERROR(
      CheckEnum(F(prefix, "legal_ground"), b.legal_ground(),
                v1::AgencyBooking::LegalGround_IsValid(b.legal_ground())));
  RETURN_IF_ERROR(
      CheckText(F(prefix, "justification"), b.justification(), kMaxNoteLength));
  RETURN_IF_ERROR(CheckConsultation(prefix, b));
  if (!b.cascade().empty())
    RETURN_IF_ERROR(
        ParseName(F(prefix, "cascade"), b.cascade(), kCascades).status());
  return absl::OkStatus();
}

absl::Status CheckAgencySettings(std::string_view prefix,
                                 const v1::AgencySettings& s) {
  RETURN_IF_ERROR(
      ParseName(F(prefix, "organisation"), s.organisation(), kOrganisations)
          .status());
  RETURN_IF_ERROR(CheckEnum(
      F(prefix, "consultation_policy"), s.consultation_policy(),
      v1::AgencySettings::ConsultationPolicy_IsValid(s.consultation_policy())));
  if (s.kick_out_cutoff_hours() < 0 ||
      s.kick_out_cutoff_hours() > kMaxKickOutCutoffHours) {
    return FieldError(F(prefix, "kick_out_cutoff_hours"),
                      Cat("must be 0-", kMaxKickOutCutoffHours, ", got ",
                          s.kick_out_cutoff_hours()));
  }
  return absl::OkStatus();
}

absl::StatusOr<v1::AgencySettings> SettingsOf(storage::Txn& txn,
                                              std::string_view organisation_id,
                                              storage::LockMode mode) {
  absl::StatusOr<v1::AgencySettings> stored =
      txn.GetAgencySettings(organisation_id, mode);
  if (stored.ok() || !absl::IsNotFound(stored.status())) return stored;
  v1::AgencySettings defaults;
  defaults.set_name(MakeName(kAgencySettings, organisation_id));
  defaults.set_organisation(MakeName(kOrganisations, organisation_id));
  defaults.set_consultation_policy(v1::AgencySettings::WARN);
  defaults.set_kick_out_cutoff_hours(kDefaultKickOutCutoffHours);
  return defaults;
}

}  // namespace vaktbro::domain
