// Proposals: fill many open shifts at once.
//
//  1. The open places of the scope and period, and for each shift its best
//     eligible candidates (Matcher::BatchCandidates: every rule checked
//     against what each person already works).
//  2. A roster model (server/roster): a slot per shift (each shift its own
//     (day, type) with its real times; never more people than places), a
//     worker per candidate, a cost per (worker, shift) from the estimated
//     cost and the warnings, and the limits between two NEW assignments of
//     one person: one shift a day, the daily rest, the hours in any 7 days
//     (what the person's busiest week leaves), consecutive days.
//  3. The optimiser (min-cost flow, then local search) under a time limit.
//  4. The proposal checked as a whole: the items in order of start, each
//     re-evaluated against the person's work plus the items already kept;
//     an item that would break a BLOCK rule is dropped.
// Nothing is booked: AcceptProposal books items through the ShiftBook, which
// checks every rule again.
#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "matching.h"
#include "mutation.h"
#include "oslo_calendar.h"
#include "roster_solver.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::matching {

using domain::Cat;
namespace {

using storage::LockMode;
using storage::Txn;

constexpr int64_t kMaxPeriodSeconds = 92LL * 24 * 3600;
constexpr double kDefaultSeconds = 5;
constexpr double kMaxSeconds = 120;
constexpr int kCandidatesPerShift = 12;
constexpr int64_t kUnfilledPenalty = 1'000'000;  // per open place left: fill first, then cost
constexpr int64_t kWarningPenalty = 2'000;       // NOK-equivalent per WARN finding
constexpr int kMaxConsecutiveDays = 6;

bool TakesBookings(v1::Shift::State s) { return s == v1::Shift::OPEN || s == v1::Shift::PARTLY_FILLED; }

absl::Status CheckPropose(const v1::ProposeAssignmentsRequest& r) {
  if (r.organisation().empty() == r.unit().empty()) {
    return domain::FieldError("organisation", "set exactly one of organisation and unit");
  }
  if (!r.organisation().empty()) {
    RETURN_IF_ERROR(domain::ParseName("organisation", r.organisation(), domain::kOrganisations).status());
  } else {
    RETURN_IF_ERROR(domain::ParseName("unit", r.unit(), domain::kUnits).status());
  }
  if (!r.has_start_time()) return domain::FieldError("start_time", "must be set");
  if (!r.has_end_time()) return domain::FieldError("end_time", "must be set");
  if (r.end_time().seconds() <= r.start_time().seconds()) {
    return domain::FieldError("end_time", "must be after start_time");
  }
  if (r.end_time().seconds() - r.start_time().seconds() > kMaxPeriodSeconds) {
    return domain::FieldError("end_time", "the period may span at most 92 days");
  }
  if (r.time_limit_seconds() < 0 || r.time_limit_seconds() > kMaxSeconds) {
    return domain::FieldError("time_limit_seconds", absl::StrFormat("must be within 0-%g", kMaxSeconds));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<v1::Shift>> OpenShifts(Txn& txn, const v1::ProposeAssignmentsRequest& r) {
  const storage::TimeRange range{r.start_time().seconds(), r.end_time().seconds()};
  std::vector<v1::Shift> open;
  for (storage::Cursor after;;) {
    absl::StatusOr<std::vector<v1::Shift>> batch =
        r.unit().empty() ? txn.ListShiftsByStart(range, after, 1000)
                         : txn.ListShiftsOfUnit(storage::IdOf(r.unit()), range, after, 1000);
    if (!batch.ok()) return batch.status();
    for (v1::Shift& s : *batch) {
      after = storage::Cursor{s.start_time().seconds(), std::string(storage::IdOf(s.name()))};
      if (!TakesBookings(s.state()) || s.filled_count() >= s.headcount()) continue;
      if (!r.organisation().empty() && s.organisation() != r.organisation()) continue;
      open.push_back(std::move(s));
    }
    if (batch->size() < 1000) break;
  }
  return open;
}

int64_t OsloDayNumber(int64_t unix) {
  return absl::ToCivilDay(absl::FromUnixSeconds(unix), rules::Oslo()) - absl::CivilDay(1970, 1, 1);
}

}  // namespace

absl::StatusOr<v1::Proposal> Matching::ProposeAssignments(const v1::ProposeAssignmentsRequest& r) {
  RETURN_IF_ERROR(CheckPropose(r));
  std::vector<v1::Shift> shifts;
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    if (!r.organisation().empty()) {
      RETURN_IF_ERROR(domain::Lookup<v1::Organisation>(*txn, "organisation", r.organisation()).status());
    } else {
      RETURN_IF_ERROR(domain::Lookup<v1::Unit>(*txn, "unit", r.unit()).status());
    }
    ASSIGN_OR_RETURN(shifts, OpenShifts(*txn, r));
  }
  const absl::Time began = absl::Now();
  ASSIGN_OR_RETURN(std::vector<std::vector<v1::Candidate>> candidates,
                   matcher_.BatchCandidates(shifts, kCandidatesPerShift));
  const double candidate_seconds = absl::ToDoubleSeconds(absl::Now() - began);

  // --- The roster model.
  roster::Model model;
  model.eligibility = roster::Eligibility::kListedOnly;
  model.edge_work_stretch = roster::EdgeWorkStretch::kExempt;
  int open_places = 0;
  std::map<std::string, int> worker_of;   // person -> worker index
  std::vector<std::string> worker_person;
  std::vector<std::pair<int, int>> slot_cell;  // shift index -> (day, type)
  if (!shifts.empty()) {
    const absl::CivilDay first = absl::ToCivilDay(absl::FromUnixSeconds(shifts.front().start_time().seconds()), rules::Oslo());
    const absl::CivilDay day0 = first - (static_cast<int>(absl::GetWeekday(first)) - static_cast<int>(absl::Weekday::monday) + 7) % 7;
    const int64_t origin = absl::ToUnixSeconds(absl::FromCivil(absl::CivilSecond(day0), rules::Oslo()));
    const int64_t day0_number = day0 - absl::CivilDay(1970, 1, 1);
    std::map<int, int> per_day;  // day -> shifts so far: the type index
    int max_types = 0;
    for (const v1::Shift& s : shifts) {
      const int day = static_cast<int>(OsloDayNumber(s.start_time().seconds()) - day0_number);
      const int type = per_day[day]++;
      max_types = std::max(max_types, type + 1);
      model.num_days = std::max(model.num_days, day + 1);
      slot_cell.emplace_back(day, type);
    }
    for (int t = 0; t < max_types; ++t) {
      roster::ShiftType type;
      type.id = absl::StrFormat("k%d", t);
      type.length_minutes = 60;  // unused: every slot has its own times
      model.types.push_back(type);
    }
    const rules::RuleSet* rule_set = rules::RuleSetFor(
        rules_->rule_sets, rules::Agreement::kKs, rules::OsloDay(absl::FromUnixSeconds(shifts.front().start_time().seconds())));
    for (size_t i = 0; i < shifts.size(); ++i) {
      const v1::Shift& s = shifts[i];
      roster::Slot slot;
      slot.day = slot_cell[i].first;
      slot.type = slot_cell[i].second;
      slot.required = s.headcount() - s.filled_count();
      slot.hard_max = slot.required;
      slot.under_weight = kUnfilledPenalty;
      slot.time = roster::TimeWindow{static_cast<int>((s.start_time().seconds() - origin) / 60),
                                     static_cast<int>((s.end_time().seconds() - origin) / 60)};
      open_places += slot.required;
      model.slots.push_back(slot);
      for (const v1::Candidate& c : candidates[i]) {
        auto [it, inserted] = worker_of.try_emplace(c.person(), static_cast<int>(model.workers.size()));
        if (inserted) {
          roster::Worker w;
          w.id = c.person();
          if (rule_set != nullptr) {
            w.min_rest_minutes = static_cast<int>(rule_set->daily_rest_hours.value * 60);
            w.max_minutes_per_7_days = static_cast<int>(rule_set->average_hours_per_week.value * 60);
          }
          w.max_consecutive_days = kMaxConsecutiveDays;
          model.workers.push_back(w);
          worker_person.push_back(c.person());
        }
        roster::CellCost cost;
        cost.cell = roster::Cell{it->second, slot.day, slot.type};
        int warnings = 0;
        for (const v1::Finding& f : c.findings()) warnings += f.severity() == v1::Finding::WARN;
        cost.cost = c.estimated_cost_nok() + warnings * kWarningPenalty;
        model.costs.push_back(cost);
      }
    }
    // What each person's busiest week of the period already holds.
    for (size_t w = 0; w < model.workers.size(); ++w) {
      if (!model.workers[w].max_minutes_per_7_days.has_value()) continue;
      absl::StatusOr<std::shared_ptr<const PersonView>> view = region_->Person(std::string(storage::IdOf(worker_person[w])));
      if (!view.ok()) continue;
      std::map<int64_t, int64_t> week_minutes;
      for (const WorkEntry& e : (*view)->work) {
        if (e.end <= origin) continue;
        week_minutes[(e.start - origin) / (7 * 86400)] += (e.end - e.start) / 60;
      }
      int64_t busiest = 0;
      for (const auto& [week, minutes] : week_minutes) busiest = std::max(busiest, minutes);
      model.workers[w].max_minutes_per_7_days =
          static_cast<int>(std::max<int64_t>(0, *model.workers[w].max_minutes_per_7_days - busiest));
    }
  }

  v1::Proposal proposal;
  proposal.set_organisation(r.organisation());
  proposal.set_unit(r.unit());
  *proposal.mutable_start_time() = r.start_time();
  *proposal.mutable_end_time() = r.end_time();
  proposal.set_open_places(open_places);
  std::string summary = absl::StrFormat("%d shifts, %d open places, %d candidates (%.2f s)", shifts.size(),
                                        open_places, model.workers.size(), candidate_seconds);
  if (!model.workers.empty()) {
    roster::SolverOptions options;
    options.time_limit = absl::Seconds(r.time_limit_seconds() > 0 ? r.time_limit_seconds() : kDefaultSeconds);
    ASSIGN_OR_RETURN(roster::SolveResult solved, roster::SolveRoster(model, options));
    summary += absl::StrFormat("; min-cost flow (%.2f s) and %d local-search moves in %.2f s",
                               solved.stats.flow_seconds, solved.stats.iterations, solved.stats.seconds);
    // The (day, type) -> shift index.
    std::map<std::pair<int, int>, size_t> shift_at;
    for (size_t i = 0; i < slot_cell.size(); ++i) shift_at[slot_cell[i]] = i;
    std::vector<std::pair<size_t, int>> picked;  // (shift index, worker)
    for (int w = 0; w < solved.roster.num_workers(); ++w) {
      for (int d = 0; d < solved.roster.num_days(); ++d) {
        const int t = solved.roster.at(w, d);
        if (t == roster::Roster::kOff) continue;
        auto it = shift_at.find({d, t});
        if (it != shift_at.end()) picked.emplace_back(it->second, w);
      }
    }
    std::sort(picked.begin(), picked.end(), [&](const auto& a, const auto& b) {
      const auto& sa = shifts[a.first];
      const auto& sb = shifts[b.first];
      if (sa.start_time().seconds() != sb.start_time().seconds()) return sa.start_time().seconds() < sb.start_time().seconds();
      return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    // The proposal as a whole, checked item by item against what is kept.
    std::map<int, std::vector<WorkEntry>> kept_work;  // worker -> proposed items kept
    int dropped = 0;
    int64_t total = 0;
    int warnings = 0;
    for (const auto& [i, w] : picked) {
      const v1::Shift& s = shifts[i];
      const std::string& person = worker_person[w];
      std::string position;
      for (const v1::Candidate& c : candidates[i]) {
        if (c.person() == person) position = c.position();
      }
      absl::StatusOr<v1::Candidate> check =
          matcher_.EvaluateWith(s, std::string(storage::IdOf(person)), position, kept_work[w]);
      if (!check.ok() || !check->eligible()) {
        ++dropped;
        continue;
      }
      WorkEntry entry;
      entry.start = s.start_time().seconds();
      entry.end = s.end_time().seconds();
      entry.employer = s.organisation();
      entry.unit = s.unit();
      entry.label = Cat(s.title(), " (proposed)");
      entry.source = Cat("proposed/", s.name());
      entry.shift = "";  // not this shift's own entry: it must count against the others
      kept_work[w].push_back(entry);

      v1::ProposedAssignment* item = proposal.add_items();
      item->set_shift(s.name());
      item->set_person(person);
      item->set_position(check->position());
      item->set_display_name(check->display_name());
      item->set_shift_title(s.title());
      item->set_estimated_cost_nok(check->estimated_cost_nok());
      *item->mutable_start_time() = s.start_time();
      *item->mutable_end_time() = s.end_time();
      for (const v1::Finding& f : check->findings()) {
        if (f.severity() == v1::Finding::WARN) {
          *item->add_warnings() = f;
          ++warnings;
        }
      }
      total += check->estimated_cost_nok();
    }
    if (dropped > 0) summary += absl::StrFormat("; %d items dropped by the final rule check", dropped);
    proposal.set_total_cost_nok(total);
    proposal.set_warning_count(warnings);
  }
  proposal.set_proposed_places(proposal.items_size());
  proposal.set_solver_summary(summary);
  proposal.set_state(v1::Proposal::PROPOSED);

  const google::protobuf::Timestamp now = clock_->Now();
  return domain::Mutate<v1::Proposal>(*store_, "ProposeAssignments", r, r.request_id(),
                                      [&](Txn& txn) -> absl::StatusOr<v1::Proposal> {
    v1::Proposal p = proposal;
    p.set_name(domain::MakeName("proposals", domain::NewId()));
    *p.mutable_create_time() = now;
    p.set_etag(domain::FirstEtag());
    RETURN_IF_ERROR(txn.Put(p));
    return p;
  });
}

absl::StatusOr<v1::Proposal> Matching::GetProposal(const v1::GetRequest& r) {
  ASSIGN_OR_RETURN(const std::string id, domain::ParseName("name", r.name(), "proposals"));
  std::unique_ptr<Txn> txn = store_->Begin();
  absl::StatusOr<v1::Proposal> p = txn->GetProposal(id, LockMode::kNone);
  if (absl::IsNotFound(p.status())) return absl::NotFoundError(Cat("name: ", r.name(), " not found"));
  return p;
}

absl::StatusOr<v1::AcceptProposalResponse> Matching::AcceptProposal(const v1::AcceptProposalRequest& r) {
  ASSIGN_OR_RETURN(const std::string id, domain::ParseName("proposal", r.proposal(), "proposals"));
  v1::Proposal proposal;
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    absl::StatusOr<v1::Proposal> p = txn->GetProposal(id, LockMode::kNone);
    if (absl::IsNotFound(p.status())) return absl::NotFoundError(Cat("proposal: ", r.proposal(), " not found"));
    if (!p.ok()) return p.status();
    proposal = *std::move(p);
  }
  std::vector<int> items;
  for (int k = 0; k < r.items_size(); ++k) {
    const int i = r.items(k);
    if (i < 0 || i >= proposal.items_size()) {
      return domain::FieldError(Cat("items[", k, "]"), Cat("must be an item index 0-", proposal.items_size() - 1));
    }
    items.push_back(i);
  }
  if (items.empty()) {
    for (int i = 0; i < proposal.items_size(); ++i) items.push_back(i);
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  const std::set<int> done(proposal.accepted_items().begin(), proposal.accepted_items().end());
  // The request id of each booking comes from the proposal and the item, so
  // an item is never booked twice, whatever the retries.
  v1::AcceptProposalResponse response;
  std::vector<int> handled;
  for (int i : items) {
    if (done.count(i)) continue;
    const v1::ProposedAssignment& item = proposal.items(i);
    v1::OfferShiftRequest assign;
    assign.set_shift(item.shift());
    assign.set_person(item.person());
    assign.set_position(item.position());
    assign.set_request_id(Cat("proposal-", id, "-", i));
    absl::StatusOr<v1::Assignment> a = book_->AssignShift(assign);
    if (a.ok()) {
      *response.add_assignments() = *std::move(a);
    } else if (absl::IsAborted(a.status()) || absl::IsUnavailable(a.status())) {
      return a.status();  // retry the whole call: the bookings made are idempotent
    } else {
      v1::AcceptProposalResponse::Refused* refused = response.add_refused();
      refused->set_item(i);
      refused->set_reason(std::string(a.status().message()));
    }
    handled.push_back(i);
  }
  const google::protobuf::Timestamp now = clock_->Now();
  return domain::Mutate<v1::AcceptProposalResponse>(
      *store_, "AcceptProposal", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::AcceptProposalResponse> {
        ASSIGN_OR_RETURN(v1::Proposal p, txn.GetProposal(id, LockMode::kExclusive));
        std::set<int> accepted(p.accepted_items().begin(), p.accepted_items().end());
        accepted.insert(handled.begin(), handled.end());
        p.clear_accepted_items();
        for (int i : accepted) p.add_accepted_items(i);
        p.set_state(static_cast<int>(accepted.size()) == p.items_size() ? v1::Proposal::ACCEPTED
                                                                        : v1::Proposal::PARTLY_ACCEPTED);
        p.set_etag(domain::NextEtag(p.etag()));
        RETURN_IF_ERROR(txn.Put(p));
        v1::AcceptProposalResponse out = response;
        *out.mutable_proposal() = p;
        return out;
      });
}

}  // namespace vaktbro::matching
