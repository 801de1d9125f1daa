#include "rules_gate.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"

#include "oslo_calendar.h"
#include "shift_rules.h"
#include "status_macros.h"
#include "text.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

// How far back and ahead the rules look: 52 weeks of overtime and a margin;
// the 8-week average ahead.
constexpr int64_t kBackSeconds = 53LL * 7 * 86400;
constexpr int64_t kAheadSeconds = 9LL * 7 * 86400;
// Items this close to the shift get their shift's title in messages.
constexpr int64_t kLabelSeconds = 8LL * 86400;

}  // namespace

absl::StatusOr<matching::Evaluation> EvaluateBooking(Txn& txn, const rules::RuleBook& rules,
                                                     const v1::Person& person, const v1::Shift& shift,
                                                     const v1::Position& position, int64_t now) {
  ASSIGN_OR_RETURN(v1::Organisation host, txn.GetOrganisation(storage::IdOf(shift.organisation()), LockMode::kNone));
  std::string unit_label = host.display_name();
  if (absl::StatusOr<v1::Unit> unit = txn.GetUnit(storage::IdOf(shift.unit()), LockMode::kNone); unit.ok()) {
    unit_label = Cat(unit->display_name(), ", ", host.display_name());
  }
  const std::string person_id(storage::IdOf(person.name()));
  ASSIGN_OR_RETURN(std::vector<v1::Position> positions, txn.ListPositionsOf(person_id));

  const int64_t start = shift.start_time().seconds(), end = shift.end_time().seconds();
  const storage::TimeRange range{start - kBackSeconds, end + kAheadSeconds};
  std::vector<matching::WorkEntry> work;
  absl::flat_hash_map<std::string, std::string> org_names;
  auto org_name = [&](const std::string& org) -> std::string {
    auto it = org_names.find(org);
    if (it != org_names.end()) return it->second;
    absl::StatusOr<v1::Organisation> o = txn.GetOrganisation(storage::IdOf(org), LockMode::kNone);
    return org_names[org] = o.ok() ? o->display_name() : org;
  };
  ASSIGN_OR_RETURN(std::vector<v1::Assignment> assignments,
                   txn.ListAssignmentsOfPerson(person_id, range, storage::Cursor{}, 100000));
  for (const v1::Assignment& a : assignments) {
    if (!OccupiesTime(a.state()) || a.shift() == shift.name()) continue;
    matching::WorkEntry w;
    w.start = a.start_time().seconds();
    w.end = a.end_time().seconds();
    w.employer = a.employer();
    w.source = a.name();
    w.shift = a.shift();
    w.label = org_name(a.employer());
    if (w.end > start - kLabelSeconds && w.start < end + kLabelSeconds) {
      if (absl::StatusOr<v1::Shift> s = txn.GetShift(storage::IdOf(a.shift()), LockMode::kNone); s.ok()) {
        w.employer = s->organisation();
        w.unit = s->unit();
        w.label = Cat(s->title(), ", ", org_name(s->organisation()));
      }
    }
    work.push_back(std::move(w));
  }
  ASSIGN_OR_RETURN(std::vector<v1::PlannedShift> planned,
                   txn.ListPlannedShiftsOfPerson(person_id, range, storage::Cursor{}, 100000));
  for (const v1::PlannedShift& p : planned) {
    matching::WorkEntry w;
    w.start = p.start_time().seconds();
    w.end = p.end_time().seconds();
    w.employer = p.employer();
    w.source = p.name();
    w.label = Cat(p.label(), ", ", org_name(p.employer()));
    work.push_back(std::move(w));
  }
  std::sort(work.begin(), work.end(), [](const matching::WorkEntry& a, const matching::WorkEntry& b) {
    return a.start != b.start ? a.start < b.start : a.source < b.source;
  });

  matching::EvaluationInput in;
  in.shift = &shift;
  in.host = &host;
  in.unit_label = unit_label;
  in.person = &person;
  in.position = &position;
  in.positions = &positions;
  in.work = &work;
  in.now = now;
  return matching::Evaluate(rules, in);
}

bool CoversProfession(const rules::RuleBook* rules, const v1::Person& person, const v1::Shift& shift) {
  const rules::CompetenceRules* c =
      rules == nullptr ? nullptr
                       : rules::CompetenceRulesFor(*rules, rules::OsloDay(absl::FromUnixSeconds(shift.start_time().seconds())));
  for (int have : person.professions()) {
    if (have == shift.profession()) return true;
    if (c == nullptr) continue;
    for (const rules::Substitution& s : c->substitutions) {
      if (static_cast<int>(s.covering) == have && static_cast<int>(s.covered) == shift.profession()) return true;
    }
  }
  return false;
}

absl::Status CheckRulesGate(Txn& txn, const rules::RuleBook& rules, const v1::Person& person,
                            const v1::Shift& shift, const v1::Position& position, int64_t now) {
  ASSIGN_OR_RETURN(matching::Evaluation e, EvaluateBooking(txn, rules, person, shift, position, now));
  if (!e.blocked) return absl::OkStatus();
  return absl::FailedPreconditionError(
      Cat(person.name(), " may not work ", shift.name(), ": ", matching::BlockingSummary(e)));
}

}  // namespace vaktbro::domain
