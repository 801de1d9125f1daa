#include "candidates.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "oslo_calendar.h"
#include "resource.h"
#include "status_macros.h"
#include "text.h"
#include "validation.h"

namespace vaktbro::matching {

using domain::Cat;
namespace {

constexpr int kMaxCandidates = 500;
// FindCandidates evaluates the rules for this many times the candidates asked
// for (at least kMinShortlist), best first by the cheap parts of the score.
constexpr int kShortlistFactor = 4;
constexpr int kMinShortlist = 200;
// Each shortlist a person is already on in a batch costs this many points,
// so that the shortlists of many shifts spread over the staff.
constexpr double kBatchRepeatPenalty = 3;

bool TakesBookings(v1::Shift::State s) {
  return s == v1::Shift::OPEN || s == v1::Shift::PARTLY_FILLED;
}

// Days since 1970-01-01 of the Oslo calendar day of `unix`.
int64_t OsloDay(int64_t unix) {
  return absl::ToCivilDay(absl::FromUnixSeconds(unix), rules::Oslo()) - absl::CivilDay(1970, 1, 1);
}

bool ValidOn(const v1::Position& p, const v1::Shift& shift) {
  const int64_t first = OsloDay(shift.start_time().seconds());
  const int64_t last = OsloDay(shift.end_time().seconds() - 1);
  return domain::DaysFromCivil(p.valid_from()) <= first &&
         (!domain::IsSet(p.valid_to()) || last <= domain::DaysFromCivil(p.valid_to()));
}

// The organisation of the person's MAIN position valid for the shift, if any.
std::string MainEmployer(const std::vector<v1::Position>& positions, const v1::Shift& shift) {
  for (const v1::Position& p : positions) {
    if (p.kind() == v1::Position::MAIN && ValidOn(p, shift)) return p.employer();
  }
  return "";
}

v1::ScorePart Part(std::string factor, double points, std::string detail) {
  v1::ScorePart part;
  part.set_factor(std::move(factor));
  part.set_points(std::round(points * 10) / 10);
  part.set_detail(std::move(detail));
  return part;
}

bool Better(const v1::Candidate& a, const v1::Candidate& b) {
  if (a.score() != b.score()) return a.score() > b.score();
  return a.person() < b.person();
}

// Ineligible candidates: the nearly eligible first – those with the right
// profession before those without, then fewest blocking findings – then by
// person.
int BlockCount(const v1::Candidate& c) {
  constexpr int kWrongProfession = 1000;
  int n = 0;
  for (const v1::Finding& f : c.findings()) {
    if (f.severity() != v1::Finding::BLOCK) continue;
    n += f.rule() == "profession_missing" ? kWrongProfession : 1;
  }
  return n;
}

}  // namespace

v1::CascadeTier Matcher::TierOf(const v1::Shift& shift, const v1::Position& position,
                                const std::vector<v1::Position>& all_positions,
                                const DirectoryView& directory) {
  if (!ValidOn(position, shift)) return v1::CASCADE_TIER_UNSPECIFIED;
  const std::string& host = shift.organisation();
  const bool at_host = position.employer() == host;
  const bool at_partner = !at_host && directory.ArePartners(host, position.employer());
  bool in_region = at_host || at_partner;
  if (!in_region) {
    auto h = directory.organisations.find(host);
    auto e = directory.organisations.find(position.employer());
    in_region = h != directory.organisations.end() && e != directory.organisations.end() &&
                !h->second.region().empty() && h->second.region() == e->second.region();
  }

  v1::CascadeTier tier = v1::CASCADE_TIER_UNSPECIFIED;
  if (position.kind() == v1::Position::PENSIONER) {
    tier = in_region ? v1::PENSIONERS : v1::CASCADE_TIER_UNSPECIFIED;
  } else if (at_host) {
    const std::string main = MainEmployer(all_positions, shift);
    if (position.kind() == v1::Position::SECONDARY && !main.empty() && main != host) {
      tier = v1::PARTNER_SECONDARY;   // hytte at the host, hus elsewhere
    } else if (!position.unit().empty() && position.unit() == shift.unit()) {
      tier = v1::OWN_UNIT;
    } else {
      tier = v1::EMPLOYER_POOL;       // the pool, or another unit of the host
    }
  } else if (in_region) {
    tier = v1::PARTNER_STAFF;
  }
  if (tier == v1::CASCADE_TIER_UNSPECIFIED) return tier;

  // The shift's visibility keeps some tiers out.
  switch (shift.visibility()) {
    case v1::Shift::UNIT_ONLY:
      return tier == v1::OWN_UNIT ? tier : v1::CASCADE_TIER_UNSPECIFIED;
    case v1::Shift::EMPLOYER:
      return at_host ? tier : v1::CASCADE_TIER_UNSPECIFIED;
    case v1::Shift::PARTNERS:
      return at_host || at_partner ? tier : v1::CASCADE_TIER_UNSPECIFIED;
    case v1::Shift::REGION:
    default:
      return tier;
  }
}

absl::StatusOr<v1::Shift> Matcher::LoadShift(const std::string& name) {
  ASSIGN_OR_RETURN(const std::string id, domain::ParseName("shift", name, domain::kShifts));
  std::unique_ptr<storage::Txn> txn = region_->store().Begin();
  absl::StatusOr<v1::Shift> shift = txn->GetShift(id, storage::LockMode::kNone);
  if (absl::IsNotFound(shift.status())) return absl::NotFoundError(Cat("shift: ", name, " not found"));
  return shift;
}

std::optional<v1::Candidate> Matcher::Score(const v1::Shift& shift, const v1::Organisation& host,
                                            const std::string& unit_label, const PersonView& view,
                                            const DirectoryView& directory,
                                            const std::optional<v1::CascadeTier>& only_tier,
                                            const std::string& only_position,
                                            const std::vector<WorkEntry>* work_override) {
  // The way in: the position with the earliest tier.
  const v1::Position* best = nullptr;
  v1::CascadeTier best_tier = v1::CASCADE_TIER_UNSPECIFIED;
  for (const v1::Position& p : view.positions) {
    if (!only_position.empty() && p.name() != only_position) continue;
    const v1::CascadeTier t = TierOf(shift, p, view.positions, directory);
    if (t == v1::CASCADE_TIER_UNSPECIFIED) continue;
    if (best == nullptr || t < best_tier) {
      best = &p;
      best_tier = t;
    }
  }
  if (best == nullptr) return std::nullopt;
  if (only_tier.has_value() && best_tier != *only_tier) return std::nullopt;

  EvaluationInput in;
  in.shift = &shift;
  in.host = &host;
  in.unit_label = unit_label;
  in.person = &view.person;
  in.position = best;
  in.positions = &view.positions;
  in.work = work_override != nullptr ? work_override : &view.work;
  in.now = region_->Now();
  Evaluation e = matching::Evaluate(*rules_, in);

  v1::Candidate c;
  c.set_person(view.person.name());
  c.set_display_name(view.person.display_name());
  c.set_position(best->name());
  c.set_employer(best->employer());
  c.set_position_kind(best->kind());
  c.set_tier(best_tier);
  c.set_eligible(!e.blocked);
  c.set_estimated_cost_nok(e.cost_nok);
  c.set_pay_scheme(e.pay_scheme);
  for (v1::Finding& f : e.findings) *c.add_findings() = std::move(f);

  const ScoreWeights& w = weights_;
  double total = 0;
  auto add = [&](std::string factor, double points, std::string detail) {
    total += points;
    *c.add_score_parts() = Part(std::move(factor), points, std::move(detail));
  };
  add("tier", (v1::AGENCY - best_tier) * w.per_tier, v1::CascadeTier_Name(best_tier));
  add("cost", -static_cast<double>(e.cost_nok) / 100.0 * w.per_100_nok,
      e.cost_detail.empty() ? absl::StrFormat("%d NOK", e.cost_nok) : e.cost_detail);
  int familiar = 0;
  if (auto it = view.shifts_per_unit.find(shift.unit()); it != view.shifts_per_unit.end()) familiar = it->second;
  add("familiarity", std::min(familiar, w.max_familiar) * w.per_familiar_shift,
      absl::StrFormat("%d shifts at the unit in the last year", familiar));
  add("fairness", -(view.recent_offers * w.per_recent_offer + view.recent_hours / 10.0 * w.per_recent_10_hours),
      absl::StrFormat("%d offers or bookings within 4 weeks of now; %.1f h worked in the last 4", view.recent_offers, view.recent_hours));
  double preference = 0;
  std::string why;
  if (std::find(view.person.preferred_units().begin(), view.person.preferred_units().end(), shift.unit()) !=
      view.person.preferred_units().end()) {
    preference += w.preferred_unit;
    why = "prefers the unit";
  }
  for (const auto& [from, to] : view.availability) {
    if (from <= shift.start_time().seconds() && shift.end_time().seconds() <= to) {
      preference += w.available;
      why = why.empty() ? "has said they are available" : Cat(why, "; has said they are available");
      break;
    }
  }
  add("preference", preference, why);
  const bool same_region = !view.person.home_region().empty() && view.person.home_region() == host.region();
  add("travel", same_region ? w.same_region : 0, same_region ? "lives in the region" : "");
  add("warnings", -e.warnings * w.per_warning, absl::StrFormat("%d warnings", e.warnings));
  c.set_score(std::round(total * 10) / 10);
  return c;
}

absl::StatusOr<v1::FindCandidatesResponse> Matcher::FindCandidates(const v1::FindCandidatesRequest& r,
                                                                   const CandidateOptions& options) {
  if (r.max_candidates() < 0) return domain::FieldError("max_candidates", "must not be negative");
  if (r.max_ineligible() < 0) return domain::FieldError("max_ineligible", "must not be negative");
  ASSIGN_OR_RETURN(v1::Shift shift, LoadShift(r.shift()));
  if (!TakesBookings(shift.state())) {
    return absl::FailedPreconditionError(
        Cat(shift.name(), " is ", v1::Shift::State_Name(shift.state()), " and takes no bookings"));
  }
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> directory, region_->Directory());
  auto host = directory->organisations.find(shift.organisation());
  if (host == directory->organisations.end()) {
    return absl::FailedPreconditionError(Cat(shift.name(), ": its organisation is unknown"));
  }
  std::string unit_label = host->second.display_name();
  if (auto u = directory->units.find(shift.unit()); u != directory->units.end()) {
    unit_label = Cat(u->second.display_name(), ", ", unit_label);
  }
  // People who already hold an offer or a booking of this shift.
  absl::flat_hash_set<std::string> taken;
  {
    std::unique_ptr<storage::Txn> txn = region_->store().Begin();
    ASSIGN_OR_RETURN(std::vector<v1::Assignment> existing,
                     txn->ListAssignmentsOfShift(storage::IdOf(shift.name())));
    for (const v1::Assignment& a : existing) {
      if (a.state() == v1::Assignment::OFFERED || a.state() == v1::Assignment::ACCEPTED) taken.insert(a.person());
    }
  }

  const int max_eligible = std::min(r.max_candidates() > 0 ? r.max_candidates() : options.max_candidates,
                                    kMaxCandidates);
  const int max_ineligible = std::min(r.max_ineligible() > 0 ? r.max_ineligible() : options.max_ineligible,
                                      kMaxCandidates);
  const bool with_ineligible = r.include_ineligible() || options.include_ineligible;

  v1::FindCandidatesResponse response;
  std::vector<v1::Candidate> eligible, ineligible;
  int considered = 0;
  if (with_ineligible) {
    // Everyone with a way in is evaluated: the why-not list needs them all.
    RETURN_IF_ERROR(region_->ForEachPerson([&](const PersonView& view) {
      if (taken.contains(view.person.name())) return;
      std::optional<v1::Candidate> c =
          Score(shift, host->second, unit_label, view, *directory, options.tier, "");
      if (!c.has_value()) return;
      ++considered;
      if (c->eligible()) {
        eligible.push_back(*std::move(c));
      } else {
        ineligible.push_back(*std::move(c));
      }
    }));
  } else {
    // The rules are evaluated for a shortlist: those with the profession and
    // a way in, best first by what is cheap to know (tier, familiarity,
    // fairness), kShortlistFactor times as many as asked for. Tier dominates
    // the score, so the cheap order is close to the full one.
    std::vector<std::pair<double, std::string>> pre;
    RETURN_IF_ERROR(region_->ForEachPerson([&](const PersonView& view) {
      if (taken.contains(view.person.name()) || !CanCover(shift, view.person)) return;
      std::optional<double> points = PreScore(shift, view, *directory, options.tier);
      if (points.has_value()) pre.emplace_back(-*points, std::string(storage::IdOf(view.person.name())));
    }));
    // In rounds: when a shortlist yields too few eligible people (a busy
    // week), the next best are evaluated, until enough are found.
    std::sort(pre.begin(), pre.end());
    const size_t round = static_cast<size_t>(std::max(max_eligible * kShortlistFactor, kMinShortlist));
    for (size_t k = 0; k < pre.size(); ++k) {
      if (k > 0 && k % round == 0 && static_cast<int>(eligible.size()) >= max_eligible) break;
      absl::StatusOr<std::shared_ptr<const PersonView>> view = region_->Person(pre[k].second);
      if (!view.ok()) continue;
      std::optional<v1::Candidate> c =
          Score(shift, host->second, unit_label, **view, *directory, options.tier, "");
      if (!c.has_value()) continue;
      ++considered;
      if (c->eligible()) eligible.push_back(*std::move(c));
    }
  }
  auto keep_best = [](std::vector<v1::Candidate>& v, int n, auto better) {
    if (static_cast<int>(v.size()) > n) {
      std::partial_sort(v.begin(), v.begin() + n, v.end(), better);
      v.resize(n);
    } else {
      std::sort(v.begin(), v.end(), better);
    }
  };
  keep_best(eligible, max_eligible, Better);
  keep_best(ineligible, max_ineligible, [](const v1::Candidate& a, const v1::Candidate& b) {
    const int ba = BlockCount(a), bb = BlockCount(b);
    if (ba != bb) return ba < bb;
    return Better(a, b);
  });
  for (v1::Candidate& c : eligible) *response.add_candidates() = std::move(c);
  for (v1::Candidate& c : ineligible) *response.add_ineligible() = std::move(c);
  response.set_considered(considered);
  return response;
}

std::optional<double> Matcher::PreScore(const v1::Shift& shift, const PersonView& view,
                                        const DirectoryView& directory,
                                        const std::optional<v1::CascadeTier>& only_tier) const {
  v1::CascadeTier best = v1::CASCADE_TIER_UNSPECIFIED;
  for (const v1::Position& p : view.positions) {
    const v1::CascadeTier t = TierOf(shift, p, view.positions, directory);
    if (t != v1::CASCADE_TIER_UNSPECIFIED && (best == v1::CASCADE_TIER_UNSPECIFIED || t < best)) best = t;
  }
  if (best == v1::CASCADE_TIER_UNSPECIFIED) return std::nullopt;
  if (only_tier.has_value() && best != *only_tier) return std::nullopt;
  int familiar = 0;
  if (auto it = view.shifts_per_unit.find(shift.unit()); it != view.shifts_per_unit.end()) familiar = it->second;
  return (v1::AGENCY - best) * weights_.per_tier +
         std::min(familiar, weights_.max_familiar) * weights_.per_familiar_shift -
         view.recent_offers * weights_.per_recent_offer - view.recent_hours / 10.0 * weights_.per_recent_10_hours;
}

bool Matcher::CanCover(const v1::Shift& shift, const v1::Person& person) const {
  const auto covers = [&](int have) {
    if (have == shift.profession()) return true;
    const rules::CompetenceRules* c =
        rules::CompetenceRulesFor(*rules_, rules::OsloDay(absl::FromUnixSeconds(shift.start_time().seconds())));
    if (c == nullptr) return false;
    for (const rules::Substitution& s : c->substitutions) {
      if (static_cast<int>(s.covering) == have && static_cast<int>(s.covered) == shift.profession()) return true;
    }
    return false;
  };
  return std::any_of(person.professions().begin(), person.professions().end(), covers);
}

absl::StatusOr<std::vector<std::vector<v1::Candidate>>> Matcher::BatchCandidates(
    const std::vector<v1::Shift>& shifts, int per_shift) {
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> directory, region_->Directory());
  std::vector<std::shared_ptr<const PersonView>> people;
  {
    std::vector<std::string> ids;
    RETURN_IF_ERROR(region_->ForEachPerson([&](const PersonView& v) { ids.emplace_back(storage::IdOf(v.person.name())); }));
    for (const std::string& id : ids) {
      absl::StatusOr<std::shared_ptr<const PersonView>> v = region_->Person(id);
      if (v.ok()) people.push_back(*std::move(v));
    }
  }
  std::vector<std::vector<v1::Candidate>> result(shifts.size());
  const int shortlist = per_shift * 3;
  absl::flat_hash_map<const PersonView*, int> shortlisted;
  for (size_t i = 0; i < shifts.size(); ++i) {
    const v1::Shift& shift = shifts[i];
    auto host = directory->organisations.find(shift.organisation());
    if (host == directory->organisations.end()) continue;
    std::string unit_label = host->second.display_name();
    if (auto u = directory->units.find(shift.unit()); u != directory->units.end()) {
      unit_label = Cat(u->second.display_name(), ", ", unit_label);
    }
    // The shortlist: a way in and the profession, ranked by what is cheap to
    // know (tier, familiarity, fairness).
    std::vector<std::pair<double, const PersonView*>> pre;
    for (const auto& view : people) {
      if (!CanCover(shift, view->person)) continue;
      std::optional<double> points = PreScore(shift, *view, *directory, std::nullopt);
      if (!points.has_value()) continue;
      auto seen = shortlisted.find(view.get());
      const int times = seen == shortlisted.end() ? 0 : seen->second;
      pre.emplace_back(-(*points - times * kBatchRepeatPenalty), view.get());
    }
    const size_t n = std::min(pre.size(), static_cast<size_t>(shortlist));
    std::partial_sort(pre.begin(), pre.begin() + n, pre.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second->person.name() < b.second->person.name();
    });
    std::vector<v1::Candidate>& out = result[i];
    for (size_t k = 0; k < n; ++k) ++shortlisted[pre[k].second];
    for (size_t k = 0; k < n; ++k) {
      std::optional<v1::Candidate> c = Score(shift, host->second, unit_label, *pre[k].second, *directory,
                                             std::nullopt, "");
      if (c.has_value() && c->eligible()) out.push_back(*std::move(c));
    }
    std::sort(out.begin(), out.end(), Better);
    if (static_cast<int>(out.size()) > per_shift) out.resize(per_shift);
  }
  return result;
}

absl::StatusOr<v1::Candidate> Matcher::EvaluateWith(const v1::Shift& shift, const std::string& person_id,
                                                    const std::string& position,
                                                    const std::vector<WorkEntry>& extra) {
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> directory, region_->Directory());
  auto host = directory->organisations.find(shift.organisation());
  if (host == directory->organisations.end()) {
    return absl::FailedPreconditionError(Cat(shift.name(), ": its organisation is unknown"));
  }
  std::string unit_label = host->second.display_name();
  if (auto u = directory->units.find(shift.unit()); u != directory->units.end()) {
    unit_label = Cat(u->second.display_name(), ", ", unit_label);
  }
  ASSIGN_OR_RETURN(std::shared_ptr<const PersonView> view, region_->Person(person_id));
  std::vector<WorkEntry> work = view->work;
  work.insert(work.end(), extra.begin(), extra.end());
  std::sort(work.begin(), work.end(), [](const WorkEntry& a, const WorkEntry& b) {
    return a.start != b.start ? a.start < b.start : a.source < b.source;
  });
  std::optional<v1::Candidate> c =
      Score(shift, host->second, unit_label, *view, *directory, std::nullopt, position, &work);
  if (!c.has_value()) {
    return absl::FailedPreconditionError(Cat("people/", person_id, " has no way into ", shift.name()));
  }
  return *std::move(c);
}

absl::StatusOr<v1::Candidate> Matcher::Evaluate(const v1::EvaluateCandidateRequest& r) {
  ASSIGN_OR_RETURN(v1::Shift shift, LoadShift(r.shift()));
  ASSIGN_OR_RETURN(const std::string person_id, domain::ParseName("person", r.person(), domain::kPeople));
  if (!r.position().empty()) {
    RETURN_IF_ERROR(domain::ParseName("position", r.position(), domain::kPositions).status());
  }
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> directory, region_->Directory());
  auto host = directory->organisations.find(shift.organisation());
  if (host == directory->organisations.end()) {
    return absl::FailedPreconditionError(Cat(shift.name(), ": its organisation is unknown"));
  }
  std::string unit_label = host->second.display_name();
  if (auto u = directory->units.find(shift.unit()); u != directory->units.end()) {
    unit_label = Cat(u->second.display_name(), ", ", unit_label);
  }
  ASSIGN_OR_RETURN(std::shared_ptr<const PersonView> view, region_->Person(person_id));
  if (!r.position().empty()) {
    const bool holds = std::any_of(view->positions.begin(), view->positions.end(),
                                   [&](const v1::Position& p) { return p.name() == r.position(); });
    if (!holds) return domain::FieldError("position", Cat(r.position(), " is not a position of ", r.person()));
  }
  std::optional<v1::Candidate> c =
      Score(shift, host->second, unit_label, *view, *directory, std::nullopt, r.position());
  if (!c.has_value()) {
    return absl::FailedPreconditionError(
        Cat(r.person(), " holds no position that gives a way into ", shift.name(),
            " (employer, dates or the shift's visibility)"));
  }
  return *std::move(c);
}

}  // namespace vaktbro::matching
