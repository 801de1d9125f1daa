// The view model of the open-shift board: the shifts the client knows,
// which of them are on the board under the current filter, in what order,
// and how each cell reads.
//
//   BoardModel board({.translate = my_translate});
//   board.SetFilter(filter);
//   uint64_t load = board.BeginLoad();     // before ListShifts is sent
//   board.FinishLoad(load, listed_shifts); // then Reset the view
//   BoardChange change = board.Apply(event);  // for every ShiftEvent
//
// Rows are the shifts whose state is OPEN or PARTLY_FILLED and that match
// the filter and the search text, sorted by start time (then by name) or by
// the column SetSort chose (then by start and name). Stale data never wins:
// when the model already holds a version of a shift with a later
// update_time, an older one (from an event or a listing) is ignored.
//
// Not thread-safe: use it from one thread (the GUI thread).
#ifndef VAKTBRO_CLIENT_CORE_BOARD_MODEL_H_
#define VAKTBRO_CLIENT_CORE_BOARD_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "absl/time/time.h"
#include "labels.h"
#include "oslo_time.h"
#include "shift_filter.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::client {

enum class BoardColumn {
  kStart,
  kEnd,
  kOrganisation,
  kUnit,
  kTitle,
  kProfession,
  kFilled,  // "1/3": filled_count/headcount
  kState,
};
inline constexpr int kBoardColumnCount = 8;

// What one Apply did to the rows, for a view that updates incrementally.
struct BoardChange {
  enum class Kind {
    kNone,      // the rows are unchanged
    kInserted,  // a new row at `row`
    kRemoved,   // the row at `row` is gone
    kChanged,   // the row at `row` reads differently, same place
    kMoved,     // the row at `old_row` was removed, then inserted at `row`
  };
  Kind kind = Kind::kNone;
  size_t row = 0;
  size_t old_row = 0;
};

class BoardModel {
 public:
  struct Options {
    absl::TimeZone zone = OsloTimeZone();
    Translate translate = Identity;
  };

  BoardModel() : BoardModel(Options()) {}
  explicit BoardModel(Options options);
  BoardModel(const BoardModel&) = delete;
  BoardModel& operator=(const BoardModel&) = delete;

  // The display names of organisations and units (cells fall back to the
  // resource name for unknown ones). Rows are unchanged; repaint the view.
  void SetDirectory(const std::vector<v1::Organisation>& organisations,
                    const std::vector<v1::Unit>& units);

  // Recomputes the rows for `filter`. The caller resets its view and should
  // load again, since the model only knows what it was told.
  void SetFilter(const ShiftFilter& filter);
  const ShiftFilter& filter() const { return filter_; }

  // Keeps only rows whose title, unit, organisation or profession contains
  // `text` (case-insensitive; empty: every row). The caller resets its view.
  void SetSearch(const std::string& text);
  const std::string& search() const { return search_; }

  // Sorts the rows by `column`; the caller resets its view.
  void SetSort(BoardColumn column, bool ascending);
  BoardColumn sort_column() const { return sort_column_; }
  bool sort_ascending() const { return sort_ascending_; }

  // A load in two steps. Call BeginLoad before sending the listing request;
  // FinishLoad with its result replaces what the model knows, except that
  // shifts changed by events applied after BeginLoad keep their newer state.
  // The caller resets its view afterwards.
  uint64_t BeginLoad();
  void FinishLoad(uint64_t load, const std::vector<v1::Shift>& shifts);

  // Applies one event from WatchShifts and reports what happened to the rows.
  BoardChange Apply(const v1::ShiftEvent& event);

  size_t row_count() const { return rows_.size(); }
  // REQUIRES: row < row_count().
  const v1::Shift& ShiftAt(size_t row) const;
  std::string CellText(size_t row, BoardColumn column) const;
  // The first row whose shift starts at or after `time`; row_count() when
  // there is none. 0 unless sorted by start, ascending.
  size_t FirstRowFrom(absl::Time time) const;
  // The row showing the shift named `name`, if it is on the board.
  std::optional<size_t> RowOf(const std::string& name) const;

  std::string OrganisationName(const std::string& organisation) const;
  std::string UnitName(const std::string& unit) const;

 private:
  struct Entry {
    v1::Shift shift;
    absl::Time start;
    uint64_t sequence = 0;  // of the event or load that last set it
  };

  // True when `shift` should replace `entry` (not older by update_time).
  static bool IsNewer(const v1::Shift& shift, const Entry& entry);
  void Store(const v1::Shift& shift, uint64_t sequence);
  void RebuildRows();
  // Where `entry` belongs in rows_ (lower bound in the sort order).
  size_t InsertionPoint(const Entry& entry) const;
  bool OnBoard(const Entry& entry) const;
  bool RowBefore(const Entry* a, const Entry* b) const;
  std::string SortKey(const Entry& entry) const;

  Options options_;
  ShiftFilter filter_;
  std::string search_;  // lower case
  BoardColumn sort_column_ = BoardColumn::kStart;
  bool sort_ascending_ = true;
  absl::flat_hash_map<std::string, std::string> organisation_names_;
  absl::flat_hash_map<std::string, std::string> unit_names_;
  absl::node_hash_map<std::string, Entry> shifts_;  // by name
  std::vector<const Entry*> rows_;
  uint64_t sequence_ = 0;
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_BOARD_MODEL_H_
