// The cascade: a shift opens tier by tier (own unit, the employer's pool,
// secondary positions, pensioners, partner staff) on the host organisation's
// timers, with offers to the best candidates of each tier, and reaches the
// agency only when every internal tier has been tried. Its log is the proof
// for the tillitsvalgte that internal options came first.
//
// A cascade record is advanced in steps. A step makes its offers through the
// ShiftBook (each offer its own durable, idempotent transaction, with a
// request id derived from cascade, step and person, so a step redone after
// a crash offers nothing twice), then writes the cascade with the step's log
// lines, but only if no one else advanced it meanwhile.
#include <algorithm>

#include "absl/strings/str_format.h"
#include "matching.h"
#include "mutation.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::matching {

using domain::Cat;
namespace {

using storage::LockMode;
using storage::Txn;

constexpr int kDefaultMinutes = 60;
constexpr int kDefaultOffers = 3;

v1::CascadePolicy DefaultPolicy() {
  v1::CascadePolicy policy;
  for (v1::CascadeTier tier : {v1::OWN_UNIT, v1::EMPLOYER_POOL, v1::PARTNER_SECONDARY, v1::PENSIONERS,
                               v1::PARTNER_STAFF, v1::AGENCY}) {
    v1::CascadePolicy::Step* step = policy.add_steps();
    step->set_tier(tier);
    step->set_minutes(tier == v1::AGENCY ? 0 : kDefaultMinutes);
    step->set_offers(tier == v1::AGENCY ? 0 : kDefaultOffers);
  }
  return policy;
}

google::protobuf::Timestamp Plus(const google::protobuf::Timestamp& t, int64_t seconds) {
  google::protobuf::Timestamp r = t;
  r.set_seconds(t.seconds() + seconds);
  return r;
}

v1::Cascade::Step LogLine(const google::protobuf::Timestamp& now, v1::CascadeTier tier,
                          v1::Cascade::Step::Event event, std::string note) {
  v1::Cascade::Step s;
  *s.mutable_time() = now;
  s.set_tier(tier);
  s.set_event(event);
  s.set_note(std::move(note));
  return s;
}

bool TakesBookings(v1::Shift::State s) { return s == v1::Shift::OPEN || s == v1::Shift::PARTLY_FILLED; }

}  // namespace

absl::StatusOr<v1::Cascade> Matching::StartCascade(const v1::StartCascadeRequest& r) {
  ASSIGN_OR_RETURN(const std::string shift_id, domain::ParseName("shift", r.shift(), domain::kShifts));
  const google::protobuf::Timestamp now = clock_->Now();
  ASSIGN_OR_RETURN(v1::Cascade started, domain::Mutate<v1::Cascade>(
      *store_, "StartCascade", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Cascade> {
        ASSIGN_OR_RETURN(v1::Shift shift, domain::Lookup<v1::Shift>(txn, "shift", r.shift()));
        if (!TakesBookings(shift.state())) {
          return absl::FailedPreconditionError(
              Cat(shift.name(), " is ", v1::Shift::State_Name(shift.state()), " and takes no offers"));
        }
        ASSIGN_OR_RETURN(v1::Organisation host,
                         domain::Lookup<v1::Organisation>(txn, "shift.organisation", shift.organisation()));
        absl::StatusOr<v1::Cascade> existing = txn.GetCascade(shift_id, LockMode::kExclusive);
        v1::Cascade c;
        if (existing.ok()) {
          if (existing->state() == v1::Cascade::RUNNING) {
            return absl::AlreadyExistsError(Cat(existing->name(), " is already running"));
          }
          c = *std::move(existing);   // a restart keeps the earlier log
          c.set_etag(domain::NextEtag(c.etag()));
        } else if (!absl::IsNotFound(existing.status())) {
          return existing.status();
        } else {
          c.set_name(domain::MakeName("cascades", shift_id));
          c.set_shift(shift.name());
          *c.mutable_create_time() = now;
          c.set_etag(domain::FirstEtag());
        }
        *c.mutable_policy() = host.cascade_policy().steps_size() > 0 ? host.cascade_policy() : DefaultPolicy();
        c.set_state(v1::Cascade::RUNNING);
        c.set_step_index(-1);
        c.set_tier(v1::CASCADE_TIER_UNSPECIFIED);
        *c.mutable_next_step_time() = now;
        *c.mutable_update_time() = now;
        RETURN_IF_ERROR(txn.Put(c));
        return c;
      }));
  // Open the first tier now; the timer would do it within its period anyway.
  RETURN_IF_ERROR(AdvanceOne(shift_id).status());
  std::unique_ptr<Txn> txn = store_->Begin();
  return txn->GetCascade(shift_id, LockMode::kNone);
}

absl::StatusOr<v1::Cascade> Matching::GetCascade(const v1::GetRequest& r) {
  ASSIGN_OR_RETURN(const std::string id, domain::ParseName("name", r.name(), "cascades"));
  std::unique_ptr<Txn> txn = store_->Begin();
  absl::StatusOr<v1::Cascade> c = txn->GetCascade(id, LockMode::kNone);
  if (absl::IsNotFound(c.status())) return absl::NotFoundError(Cat("name: ", r.name(), " not found"));
  return c;
}

absl::StatusOr<v1::Cascade> Matching::StopCascade(const v1::StopCascadeRequest& r) {
  ASSIGN_OR_RETURN(const std::string id, domain::ParseName("name", r.name(), "cascades"));
  const google::protobuf::Timestamp now = clock_->Now();
  return domain::Mutate<v1::Cascade>(*store_, "StopCascade", r, r.request_id(),
                                     [&](Txn& txn) -> absl::StatusOr<v1::Cascade> {
    absl::StatusOr<v1::Cascade> c = txn.GetCascade(id, LockMode::kExclusive);
    if (absl::IsNotFound(c.status())) return absl::NotFoundError(Cat("name: ", r.name(), " not found"));
    if (!c.ok()) return c.status();
    if (c->state() != v1::Cascade::RUNNING) {
      return absl::FailedPreconditionError(Cat(c->name(), " is ", v1::Cascade::State_Name(c->state()), ", not running"));
    }
    c->set_state(v1::Cascade::STOPPED);
    *c->add_log() = LogLine(now, c->tier(), v1::Cascade::Step::STOPPED, "stopped by the coordinator");
    c->clear_next_step_time();
    *c->mutable_update_time() = now;
    c->set_etag(domain::NextEtag(c->etag()));
    RETURN_IF_ERROR(txn.Put(*c));
    return *std::move(c);
  });
}

absl::StatusOr<bool> Matching::AdvanceOne(const std::string& id) {
  const google::protobuf::Timestamp now = clock_->Now();
  v1::Cascade c;
  v1::Shift shift;
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSIGN_OR_RETURN(c, txn->GetCascade(id, LockMode::kNone));
    if (c.state() != v1::Cascade::RUNNING) return false;
    ASSIGN_OR_RETURN(shift, txn->GetShift(storage::IdOf(c.shift()), LockMode::kNone));
  }
  const std::string seen_etag = c.etag();
  std::vector<v1::Cascade::Step> lines;
  v1::Cascade::State state = v1::Cascade::RUNNING;
  int index = c.step_index();
  v1::CascadeTier tier = c.tier();
  google::protobuf::Timestamp next = c.next_step_time();

  if (shift.state() == v1::Shift::FILLED || shift.state() == v1::Shift::COMPLETED) {
    state = v1::Cascade::FILLED;
    lines.push_back(LogLine(now, tier, v1::Cascade::Step::FILLED,
                            absl::StrFormat("%d of %d places taken", shift.filled_count(), shift.headcount())));
  } else if (!TakesBookings(shift.state())) {
    state = v1::Cascade::STOPPED;
    lines.push_back(LogLine(now, tier, v1::Cascade::Step::STOPPED,
                            Cat("the shift is ", v1::Shift::State_Name(shift.state()))));
  } else if (now.seconds() >= next.seconds()) {
    // Open the next tier; an empty tier passes straight to the one after.
    for (;;) {
      ++index;
      if (index >= c.policy().steps_size() || c.policy().steps(index).tier() == v1::AGENCY) {
        state = v1::Cascade::AGENCY;
        tier = v1::AGENCY;
        lines.push_back(LogLine(now, tier, v1::Cascade::Step::REACHED_AGENCY,
                                absl::StrFormat("every internal tier tried; %d of %d places still open",
                                                shift.headcount() - shift.filled_count(), shift.headcount())));
        break;
      }
      const v1::CascadePolicy::Step& step = c.policy().steps(index);
      tier = step.tier();
      CandidateOptions options;
      options.tier = tier;
      options.max_candidates = std::max(1, step.offers());
      v1::FindCandidatesRequest find;
      find.set_shift(shift.name());
      ASSIGN_OR_RETURN(v1::FindCandidatesResponse found, matcher_.FindCandidates(find, options));
      lines.push_back(LogLine(now, tier, v1::Cascade::Step::TIER_OPENED,
                              absl::StrFormat("%d eligible candidates in the tier", found.candidates_size())));
      int offered = 0;
      for (const v1::Candidate& cand : found.candidates()) {
        v1::OfferShiftRequest offer;
        offer.set_shift(shift.name());
        offer.set_person(cand.person());
        offer.set_position(cand.position());
        offer.set_request_id(Cat("cascade-", id, "-", index, "-", storage::IdOf(cand.person())));
        absl::StatusOr<v1::Assignment> a = book_->OfferShift(offer);
        v1::Cascade::Step line = LogLine(now, tier, v1::Cascade::Step::OFFERED, "");
        line.set_person(cand.person());
        if (a.ok()) {
          line.set_assignment(a->name());
          line.set_note(absl::StrFormat("score %.1f, about %d NOK", cand.score(), cand.estimated_cost_nok()));
          ++offered;
        } else {
          line.set_note(Cat("offer refused: ", a.status().message()));
        }
        lines.push_back(std::move(line));
      }
      if (offered > 0) {
        next = Plus(now, static_cast<int64_t>(step.minutes()) * 60);
        break;
      }
      lines.push_back(LogLine(now, tier, v1::Cascade::Step::TIER_EMPTY, "no offer could be made in the tier"));
    }
  } else {
    return false;  // not due yet
  }

  // Write the step unless someone else advanced or stopped the cascade meanwhile.
  absl::StatusOr<v1::Cascade> written = domain::Mutate<v1::Cascade>(
      *store_, "AdvanceCascade", c, "", [&](Txn& txn) -> absl::StatusOr<v1::Cascade> {
        ASSIGN_OR_RETURN(v1::Cascade current, txn.GetCascade(id, LockMode::kExclusive));
        if (current.etag() != seen_etag) return absl::AbortedError(Cat(current.name(), " changed meanwhile"));
        current.set_state(state);
        current.set_step_index(index);
        current.set_tier(tier);
        if (state == v1::Cascade::RUNNING) {
          *current.mutable_next_step_time() = next;
        } else {
          current.clear_next_step_time();
        }
        for (v1::Cascade::Step& line : lines) *current.add_log() = std::move(line);
        *current.mutable_update_time() = now;
        current.set_etag(domain::NextEtag(current.etag()));
        RETURN_IF_ERROR(txn.Put(current));
        return current;
      });
  if (absl::IsAborted(written.status())) return false;
  if (!written.ok()) return written.status();
  return true;
}

absl::StatusOr<int> Matching::AdvanceCascades() {
  std::vector<std::string> running;
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    for (std::string after;;) {
      ASSIGN_OR_RETURN(std::vector<v1::Cascade> batch, txn->ListCascades(after, 500));
      for (const v1::Cascade& c : batch) {
        after = std::string(storage::IdOf(c.name()));
        if (c.state() == v1::Cascade::RUNNING) running.push_back(after);
      }
      if (batch.size() < 500) break;
    }
  }
  int changed = 0;
  for (const std::string& id : running) {
    ASSIGN_OR_RETURN(bool advanced, AdvanceOne(id));
    changed += advanced;
  }
  return changed;
}

void Matching::StartCascadeTimer(std::chrono::milliseconds period) {
  timer_ = std::thread([this, period] {
    std::unique_lock<std::mutex> lock(timer_mu_);
    while (!stopping_) {
      timer_cv_.wait_for(lock, period, [this] { return stopping_; });
      if (stopping_) break;
      lock.unlock();
      (void)AdvanceCascades();  // errors are retried on the next tick
      lock.lock();
    }
  });
}

}  // namespace vaktbro::matching
