#include "agreement_activation.h"

#include <string>
#include <vector>

#include "agreement_records.h"
#include "agreements/notice.h"
#include "agreements/positions.h"
#include "agreements/recharge.h"
#include "shift_rules.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;
using v1::Agreement;

// A new position of the agreement, named and stamped.
absl::StatusOr<v1::Position> NewPosition(Txn& txn, const Agreement& a, v1::Position::Kind kind,
                                         const google::protobuf::Timestamp& now) {
  const bool main = kind == v1::Position::MAIN;
  v1::Position p;
  p.set_person(a.person());
  p.set_employer(main ? a.main_employer() : a.secondary_employer());
  p.set_unit(main ? a.main_unit() : a.secondary_unit());
  p.set_kind(kind);
  p.set_percentage(main ? a.main_percent() : a.secondary_percent());
  *p.mutable_valid_from() = a.start_date();
  if (a.has_end_date()) *p.mutable_valid_to() = a.end_date();
  p.set_pay_scheme(v1::Position::ORDINARY);
  p.set_agreement(a.name());
  p.set_agreement_partner(main ? a.secondary_employer() : a.main_employer());
  *p.mutable_agreement_consent_time() = a.person_acceptance().time();
  if (!main) {
    p.set_employer_of_record(agreements::PayingEmployer(a));
    if (p.employer_of_record() != p.employer()) {
      p.set_recharge_hourly_ore(a.recharge_hourly_ore());
      p.set_recharge_overhead_percent(a.recharge_overhead_percent());
    }
  }
  RETURN_IF_ERROR(ClaimName(txn, "position", "", now, p));
  RETURN_IF_ERROR(txn.Put(p));
  return p;
}

absl::Status WriteNotice(Txn& txn, Agreement& a, const google::protobuf::Timestamp& now) {
  ASSIGN_OR_RETURN(const v1::Person person, Lookup<v1::Person>(txn, "person", a.person()));
  ASSIGN_OR_RETURN(const v1::Organisation main,
                   Lookup<v1::Organisation>(txn, "main_employer", a.main_employer()));
  ASSIGN_OR_RETURN(const v1::Organisation secondary,
                   Lookup<v1::Organisation>(txn, "secondary_employer", a.secondary_employer()));
  const v1::SecondaryWorkNotice notice =
      agreements::MakeNotice(a, {&person, &main, &secondary}, now);
  absl::StatusOr<v1::SecondaryWorkNotice> existing =
      txn.GetNotice(storage::IdOf(notice.name()), LockMode::kExclusive);
  if (existing.ok()) {
    return absl::InternalError(Cat(a.name(), ": ", notice.name(), " exists already"));
  }
  if (!absl::IsNotFound(existing.status())) return existing.status();
  RETURN_IF_ERROR(txn.Put(notice));
  a.set_notice(notice.name());
  return absl::OkStatus();
}

}  // namespace

absl::Status Activate(Txn& txn, Agreement& a, const google::protobuf::Timestamp& now) {
  RETURN_IF_ERROR(WriteNotice(txn, a, now));
  ASSIGN_OR_RETURN(std::vector<v1::Position> positions,
                   txn.ListPositionsOf(storage::IdOf(a.person())));
  const absl::CivilDay start = agreements::CivilOf(a.start_date());
  for (const v1::Position& p : positions) {
    if (p.kind() == v1::Position::MAIN && p.employer() == a.main_employer() &&
        agreements::ValidOn(p, start)) {
      a.set_main_position(p.name());
      break;
    }
  }
  if (a.main_position().empty() && a.main_percent() > 0) {
    ASSIGN_OR_RETURN(const v1::Position main, NewPosition(txn, a, v1::Position::MAIN, now));
    a.set_main_position(main.name());
    positions.push_back(main);
  }
  ASSIGN_OR_RETURN(const v1::Position secondary, NewPosition(txn, a, v1::Position::SECONDARY, now));
  a.set_secondary_position(secondary.name());
  positions.push_back(secondary);
  *a.mutable_activate_time() = now;
  a.clear_warnings();
  const std::string warning =
      agreements::OverFullTimeWarning(agreements::TotalOn(positions, start), start);
  if (!warning.empty()) a.add_warnings(warning);
  return absl::OkStatus();
}

absl::Status EndPositions(Txn& txn, const Agreement& a, absl::CivilDay last_day,
                          const google::protobuf::Timestamp& now) {
  for (const std::string& name : {a.main_position(), a.secondary_position()}) {
    if (name.empty()) continue;
    ASSIGN_OR_RETURN(v1::Position p, Lookup<v1::Position>(txn, "position", name, LockMode::kExclusive));
    if (p.agreement() != a.name()) continue;  // a main position the agreement only linked
    if (p.has_valid_to() && agreements::CivilOf(p.valid_to()) <= last_day) continue;
    *p.mutable_valid_to() = agreements::DateOf(last_day);
    Touch(p, now);
    RETURN_IF_ERROR(txn.Put(p));
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::domain
