// Region: the matching engine's in-memory view of the region's staff – who
// they are, the positions they hold, and everything they work (booked
// exchange shifts and the planned rota) – so that ranking the candidates of a
// shift does not read a year of history per person from the store.
//
// The store stays the authority. The view is loaded from it once, then kept
// current by the store's commit observer: a commit that writes a person's
// records marks that person stale, and the next read reloads the person from
// the store. A bookings's own rule check (ShiftBook) reads the store under
// the person's lock and never relies on this view.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_MATCHING_REGION_H_
#define VAKTBRO_SERVER_MATCHING_REGION_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "evaluate.h"
#include "store.h"

namespace vaktbro::matching {

// One person as the matching engine sees them.
struct PersonView {
  v1::Person person;
  std::vector<v1::Position> positions;
  // ACCEPTED and WORKED assignments and planned shifts from a year back,
  // ordered by start.
  std::vector<WorkEntry> work;
  // Offers made to the person (any outcome) in the last weeks, and the
  // hours booked in the same weeks: the fairness part of the score.
  int recent_offers = 0;
  double recent_hours = 0;
  // Worked or booked shifts per unit name over the last year: familiarity.
  absl::flat_hash_map<std::string, int> shifts_per_unit;
  // The windows the person offers to work, [start, end) in Unix seconds.
  std::vector<std::pair<int64_t, int64_t>> availability;
};

// The organisations, units and partnerships: small, reloaded whole.
struct DirectoryView {
  absl::flat_hash_map<std::string, v1::Organisation> organisations;  // by name
  absl::flat_hash_map<std::string, v1::Unit> units;                  // by name
  // Pairs of organisation names that are partners, both orders.
  absl::flat_hash_set<std::pair<std::string, std::string>> partners;

  bool ArePartners(const std::string& a, const std::string& b) const {
    return partners.contains({a, b});
  }
};

// Loads one person's view from the store at `now`. Shared with tests.
absl::StatusOr<PersonView> LoadPersonView(storage::Store& store, const std::string& person_id,
                                          const DirectoryView& directory, int64_t now_unix);

class Region final : public storage::CommitObserver {
 public:
  // `now` gives the current time in Unix seconds (a test may pin it).
  Region(storage::Store* store, std::function<int64_t()> now);
  Region(const Region&) = delete;
  Region& operator=(const Region&) = delete;

  // Reads everything from the store. Call once before use, after
  // store->SetCommitObserver(this).
  absl::Status Load();

  // The directory; reloaded first when a commit changed it.
  absl::StatusOr<std::shared_ptr<const DirectoryView>> Directory();

  // One person, reloaded first when stale. NOT_FOUND for an unknown person.
  absl::StatusOr<std::shared_ptr<const PersonView>> Person(const std::string& person_id);

  // Calls visit for every person (current views), in id order.
  absl::Status ForEachPerson(const std::function<void(const PersonView&)>& visit);

  int64_t Now() const { return now_(); }
  storage::Store& store() const { return *store_; }

  // storage::CommitObserver.
  void OnCommit(const std::vector<storage::WrittenRecord>& written) override;

 private:
  struct Slot {
    std::shared_ptr<const PersonView> view;  // null: stale, reload
    uint64_t version = 0;                    // bumped by each commit that touches the person
  };

  absl::StatusOr<std::shared_ptr<const PersonView>> Reload(const std::string& person_id,
                                                           uint64_t version);

  storage::Store* const store_;
  const std::function<int64_t()> now_;

  std::mutex mu_;
  std::vector<std::string> ids_;  // sorted person ids
  bool ids_sorted_ = true;
  absl::flat_hash_map<std::string, Slot> people_;
  std::shared_ptr<const DirectoryView> directory_;
  uint64_t directory_version_ = 0;
};

}  // namespace vaktbro::matching

#endif  // VAKTBRO_SERVER_MATCHING_REGION_H_
