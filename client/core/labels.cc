#include "labels.h"

namespace vaktbro::client {

std::string Identity(const char* msgid) { return msgid; }

const char* ProfessionLabel(v1::Profession profession) {
  switch (profession) {
    case v1::NURSE:
      return VAKTBRO_N_("Nurse");
    case v1::SPECIALIST_NURSE:
      return VAKTBRO_N_("Specialist nurse");
    case v1::HEALTH_WORKER:
      return VAKTBRO_N_("Health worker");
    case v1::PHYSICIAN:
      return VAKTBRO_N_("Physician");
    case v1::MIDWIFE:
      return VAKTBRO_N_("Midwife");
    case v1::PHYSIOTHERAPIST:
      return VAKTBRO_N_("Physiotherapist");
    case v1::OCCUPATIONAL_THERAPIST:
      return VAKTBRO_N_("Occupational therapist");
    case v1::CARE_ASSISTANT:
      return VAKTBRO_N_("Care assistant");
    default:
      return VAKTBRO_N_("Any profession");
  }
}

const char* StateLabel(v1::Shift::State state) {
  switch (state) {
    case v1::Shift::DRAFT:
      return VAKTBRO_N_("Draft");
    case v1::Shift::OPEN:
      return VAKTBRO_N_("Open");
    case v1::Shift::PARTLY_FILLED:
      return VAKTBRO_N_("Partly filled");
    case v1::Shift::FILLED:
      return VAKTBRO_N_("Filled");
    case v1::Shift::COMPLETED:
      return VAKTBRO_N_("Completed");
    case v1::Shift::CANCELLED:
      return VAKTBRO_N_("Cancelled");
    default:
      return VAKTBRO_N_("Unknown");
  }
}

const char* ReasonLabel(v1::Shift::Reason reason) {
  switch (reason) {
    case v1::Shift::SICK_LEAVE:
      return VAKTBRO_N_("Sick leave");
    case v1::Shift::VACANCY:
      return VAKTBRO_N_("Vacancy");
    case v1::Shift::PEAK:
      return VAKTBRO_N_("Peak load");
    case v1::Shift::LEAVE:
      return VAKTBRO_N_("Leave");
    case v1::Shift::COMPETENCE_GAP:
      return VAKTBRO_N_("Competence gap");
    case v1::Shift::OTHER:
      return VAKTBRO_N_("Other");
    default:
      return VAKTBRO_N_("Not given");
  }
}

const char* VisibilityLabel(v1::Shift::Visibility visibility) {
  switch (visibility) {
    case v1::Shift::UNIT_ONLY:
      return VAKTBRO_N_("Own unit only");
    case v1::Shift::EMPLOYER:
      return VAKTBRO_N_("Own organisation");
    case v1::Shift::PARTNERS:
      return VAKTBRO_N_("Partner organisations");
    case v1::Shift::REGION:
      return VAKTBRO_N_("Whole region");
    default:
      return VAKTBRO_N_("Not given");
  }
}

const char* TierLabel(v1::CascadeTier tier) {
  switch (tier) {
    case v1::OWN_UNIT:
      return VAKTBRO_N_("Own unit");
    case v1::EMPLOYER_POOL:
      return VAKTBRO_N_("Employer's pool");
    case v1::PARTNER_SECONDARY:
      return VAKTBRO_N_("Secondary position");
    case v1::PENSIONERS:
      return VAKTBRO_N_("Pensioners");
    case v1::PARTNER_STAFF:
      return VAKTBRO_N_("Partner staff");
    case v1::AGENCY:
      return VAKTBRO_N_("Agency");
    default:
      return VAKTBRO_N_("Not given");
  }
}

const char* PositionKindLabel(v1::Position::Kind kind) {
  switch (kind) {
    case v1::Position::MAIN:
      return VAKTBRO_N_("Main position");
    case v1::Position::SECONDARY:
      return VAKTBRO_N_("Secondary position");
    case v1::Position::POOL:
      return VAKTBRO_N_("Float pool");
    case v1::Position::PENSIONER:
      return VAKTBRO_N_("Pensioner");
    case v1::Position::HOURLY:
      return VAKTBRO_N_("Hourly");
    default:
      return VAKTBRO_N_("Not given");
  }
}

const char* SeverityLabel(v1::Finding::Severity severity) {
  switch (severity) {
    case v1::Finding::BLOCK:
      return VAKTBRO_N_("Blocks");
    case v1::Finding::WARN:
      return VAKTBRO_N_("Warning");
    default:
      return VAKTBRO_N_("Note");
  }
}

const char* FactorLabel(const std::string& factor) {
  if (factor == "cost") return VAKTBRO_N_("Cost");
  if (factor == "familiarity") return VAKTBRO_N_("Knows the unit");
  if (factor == "fairness") return VAKTBRO_N_("Fair share");
  if (factor == "preference") return VAKTBRO_N_("Preference");
  if (factor == "travel") return VAKTBRO_N_("Travel");
  if (factor == "tier") return VAKTBRO_N_("Channel");
  if (factor == "warnings") return VAKTBRO_N_("Warnings");
  return factor.c_str();
}

const char* CascadeStateLabel(v1::Cascade::State state) {
  switch (state) {
    case v1::Cascade::RUNNING:
      return VAKTBRO_N_("Running");
    case v1::Cascade::FILLED:
      return VAKTBRO_N_("Filled");
    case v1::Cascade::AGENCY:
      return VAKTBRO_N_("Over to the agency");
    case v1::Cascade::STOPPED:
      return VAKTBRO_N_("Stopped");
    default:
      return VAKTBRO_N_("Not started");
  }
}

const char* CascadeEventLabel(v1::Cascade::Step::Event event) {
  switch (event) {
    case v1::Cascade::Step::TIER_OPENED:
      return VAKTBRO_N_("Opened");
    case v1::Cascade::Step::OFFERED:
      return VAKTBRO_N_("Offered");
    case v1::Cascade::Step::TIER_EMPTY:
      return VAKTBRO_N_("No one eligible");
    case v1::Cascade::Step::FILLED:
      return VAKTBRO_N_("Filled");
    case v1::Cascade::Step::REACHED_AGENCY:
      return VAKTBRO_N_("Reached the agency");
    case v1::Cascade::Step::STOPPED:
      return VAKTBRO_N_("Stopped");
    default:
      return VAKTBRO_N_("Step");
  }
}

const char* WeekdayLabel(int monday_based_day) {
  static const char* const kDays[] = {VAKTBRO_N_("Mon"), VAKTBRO_N_("Tue"),
                                      VAKTBRO_N_("Wed"), VAKTBRO_N_("Thu"),
                                      VAKTBRO_N_("Fri"), VAKTBRO_N_("Sat"),
                                      VAKTBRO_N_("Sun")};
  if (monday_based_day < 0 || monday_based_day > 6) return "?";
  return kDays[monday_based_day];
}

}  // namespace vaktbro::client
