#include "region.h"

#include <algorithm>

#include "resource.h"
#include "status_macros.h"
#include "text.h"

namespace vaktbro::matching {

using domain::Cat;
namespace {

using storage::Cursor;
using storage::TimeRange;
using storage::Txn;

constexpr int kBatch = 1000;
// How far back the view keeps work: the longest rule window (52 weeks) and
// a margin.
constexpr int64_t kHistorySeconds = 400LL * 24 * 3600;
// The window of the fairness part of the score.
constexpr int64_t kFairnessSeconds = 28LL * 24 * 3600;

bool OccupiesTime(v1::Assignment::State s) {
  return s == v1::Assignment::ACCEPTED || s == v1::Assignment::WORKED;
}

absl::StatusOr<std::shared_ptr<const DirectoryView>> LoadDirectory(storage::Store& store) {
  auto view = std::make_shared<DirectoryView>();
  std::unique_ptr<Txn> txn = store.Begin();
  for (std::string after;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Organisation> batch, txn->ListOrganisations(after, kBatch));
    for (v1::Organisation& o : batch) {
      after = std::string(storage::IdOf(o.name()));
      view->organisations[o.name()] = std::move(o);
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  for (std::string after;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Unit> batch, txn->ListUnits(after, kBatch));
    for (v1::Unit& u : batch) {
      after = std::string(storage::IdOf(u.name()));
      view->units[u.name()] = std::move(u);
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  for (std::string after;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Partnership> batch, txn->ListPartnerships(after, kBatch));
    for (const v1::Partnership& p : batch) {
      after = std::string(storage::IdOf(p.name()));
      if (p.organisations_size() != 2) continue;
      view->partners.insert({p.organisations(0), p.organisations(1)});
      view->partners.insert({p.organisations(1), p.organisations(0)});
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  return view;
}

}  // namespace

absl::StatusOr<PersonView> LoadPersonView(storage::Store& store, const std::string& person_id,
                                          const DirectoryView& directory, int64_t now_unix) {
  PersonView v;
  std::unique_ptr<Txn> txn = store.Begin();
  ASSIGN_OR_RETURN(v.person, txn->GetPerson(person_id, storage::LockMode::kNone));
  ASSIGN_OR_RETURN(v.positions, txn->ListPositionsOf(person_id));

  const TimeRange history{now_unix - kHistorySeconds, INT64_MAX};
  // Shift titles and units, read once per shift.
  absl::flat_hash_map<std::string, v1::Shift> shifts;
  for (Cursor after;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Assignment> batch,
                     txn->ListAssignmentsOfPerson(person_id, history, after, kBatch));
    for (const v1::Assignment& a : batch) {
      after = Cursor{a.start_time().seconds(), std::string(storage::IdOf(a.name()))};
      const int64_t start = a.start_time().seconds();
      const int64_t end = a.end_time().seconds();
      if (start >= now_unix - kFairnessSeconds && start < now_unix + kFairnessSeconds) {
        ++v.recent_offers;
      }
      if (!OccupiesTime(a.state())) continue;
      auto it = shifts.find(a.shift());
      if (it == shifts.end()) {
        absl::StatusOr<v1::Shift> s = txn->GetShift(storage::IdOf(a.shift()), storage::LockMode::kNone);
        if (!s.ok()) continue;  // a dangling reference is not work
        it = shifts.emplace(a.shift(), *std::move(s)).first;
      }
      const v1::Shift& shift = it->second;
      WorkEntry w;
      w.start = start;
      w.end = end;
      w.employer = shift.organisation();
      w.unit = shift.unit();
      std::string place;
      if (auto u = directory.units.find(shift.unit()); u != directory.units.end()) place = u->second.display_name();
      if (auto o = directory.organisations.find(shift.organisation()); o != directory.organisations.end()) {
        place = place.empty() ? o->second.display_name() : Cat(place, ", ", o->second.display_name());
      }
      w.label = place.empty() ? shift.title() : Cat(shift.title(), ", ", place);
      w.source = a.name();
      w.shift = a.shift();
      if (start >= now_unix - kFairnessSeconds && start < now_unix) {
        v.recent_hours += static_cast<double>(end - start) / 3600.0;
      }
      if (start < now_unix) ++v.shifts_per_unit[shift.unit()];
      v.work.push_back(std::move(w));
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  for (Cursor after;;) {
    ASSIGN_OR_RETURN(std::vector<v1::PlannedShift> batch,
                     txn->ListPlannedShiftsOfPerson(person_id, history, after, kBatch));
    for (const v1::PlannedShift& p : batch) {
      after = Cursor{p.start_time().seconds(), std::string(storage::IdOf(p.name()))};
      WorkEntry w;
      w.start = p.start_time().seconds();
      w.end = p.end_time().seconds();
      w.employer = p.employer();
      std::string org;
      if (auto o = directory.organisations.find(p.employer()); o != directory.organisations.end()) {
        org = o->second.display_name();
      }
      w.label = org.empty() ? p.label() : Cat(p.label(), ", ", org);
      w.source = p.name();
      v.work.push_back(std::move(w));
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  for (Cursor after;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Availability> batch, txn->ListAvailabilitiesOf(person_id, after, kBatch));
    for (const v1::Availability& a : batch) {
      after = Cursor{a.start_time().seconds(), std::string(storage::IdOf(a.name()))};
      if (a.end_time().seconds() > now_unix - kHistorySeconds) {
        v.availability.emplace_back(a.start_time().seconds(), a.end_time().seconds());
      }
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
  }
  std::sort(v.work.begin(), v.work.end(), [](const WorkEntry& a, const WorkEntry& b) {
    return a.start != b.start ? a.start < b.start : a.source < b.source;
  });
  return v;
}

Region::Region(storage::Store* store, std::function<int64_t()> now) : store_(store), now_(std::move(now)) {}

absl::Status Region::Load() {
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> directory, LoadDirectory(*store_));
  std::vector<std::string> ids;
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    for (std::string after;;) {
      ASSIGN_OR_RETURN(std::vector<v1::Person> batch, txn->ListPeople(after, kBatch));
      for (const v1::Person& p : batch) ids.emplace_back(storage::IdOf(p.name()));
      if (static_cast<int>(batch.size()) < kBatch) break;
      after = ids.back();
    }
  }
  std::lock_guard<std::mutex> lock(mu_);
  directory_ = std::move(directory);
  ids_ = std::move(ids);
  ids_sorted_ = true;
  for (const std::string& id : ids_) people_.try_emplace(id);
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const DirectoryView>> Region::Directory() {
  uint64_t version;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (directory_ != nullptr) return directory_;
    version = directory_version_;
  }
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> loaded, LoadDirectory(*store_));
  std::lock_guard<std::mutex> lock(mu_);
  // Keep it only when no commit changed the directory while loading.
  if (version == directory_version_) directory_ = loaded;
  return loaded;
}

absl::StatusOr<std::shared_ptr<const PersonView>> Region::Reload(const std::string& person_id,
                                                                 uint64_t version) {
  ASSIGN_OR_RETURN(std::shared_ptr<const DirectoryView> directory, Directory());
  ASSIGN_OR_RETURN(PersonView view, LoadPersonView(*store_, person_id, *directory, now_()));
  auto shared = std::make_shared<const PersonView>(std::move(view));
  std::lock_guard<std::mutex> lock(mu_);
  Slot& slot = people_[person_id];
  // A commit that touched the person while we read makes this copy stale.
  if (slot.version == version) slot.view = shared;
  return shared;
}

absl::StatusOr<std::shared_ptr<const PersonView>> Region::Person(const std::string& person_id) {
  uint64_t version;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = people_.find(person_id);
    if (it != people_.end() && it->second.view != nullptr) return it->second.view;
    version = it == people_.end() ? 0 : it->second.version;
  }
  absl::StatusOr<std::shared_ptr<const PersonView>> view = Reload(person_id, version);
  if (absl::IsNotFound(view.status())) {
    return absl::NotFoundError(Cat("person: people/", person_id, " not found"));
  }
  return view;
}

absl::Status Region::ForEachPerson(const std::function<void(const PersonView&)>& visit) {
  std::vector<std::string> ids;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!ids_sorted_) {
      std::sort(ids_.begin(), ids_.end());
      ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
      ids_sorted_ = true;
    }
    ids = ids_;
  }
  for (const std::string& id : ids) {
    absl::StatusOr<std::shared_ptr<const PersonView>> view = Person(id);
    if (absl::IsNotFound(view.status())) continue;
    if (!view.ok()) return view.status();
    visit(**view);
  }
  return absl::OkStatus();
}

void Region::OnCommit(const std::vector<storage::WrittenRecord>& written) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const storage::WrittenRecord& r : written) {
    if (r.collection == "organisations" || r.collection == "units" || r.collection == "partnerships") {
      directory_ = nullptr;
      ++directory_version_;
      continue;
    }
    if (r.person_id.empty()) continue;
    auto [it, inserted] = people_.try_emplace(r.person_id);
    if (inserted) {
      ids_.push_back(r.person_id);
      ids_sorted_ = false;
    }
    it->second.view = nullptr;
    ++it->second.version;
  }
}

}  // namespace vaktbro::matching
