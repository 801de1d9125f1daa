// Internal to the solver: the local search's current roster with its score
// kept up to date move by move.
//
// A move is a list of cell changes for at most two workers. Apply() makes
// them and returns how the objective and the hard units change, re-scoring
// only the days the rules can see around the changes (RowScorer::Local) and
// the touched rows' totals and cover counts; the caller then keeps the move
// with Commit() or takes it back with Undo().
#ifndef VAKTBRO_SERVER_ROSTER_SEARCH_STATE_H_
#define VAKTBRO_SERVER_ROSTER_SEARCH_STATE_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "roster_model.h"
#include "search_tables.h"

namespace vaktbro::roster {

struct ScoreDelta {
  int64_t soft = 0;  // objective
  int64_t hard = 0;  // hard units
};

class SearchState {
 public:
  // REQUIRES: roster has the tables' dimensions and holds kOff or types.
  SearchState(const Tables& tables, Roster roster);
  SearchState(const SearchState&) = delete;
  SearchState& operator=(const SearchState&) = delete;

  const Roster& roster() const { return roster_; }
  int64_t soft() const { return soft_; }  // the objective of roster()
  int64_t hard() const { return hard_; }  // its hard units
  // People on (day, type), by Tables::Slot.
  int count(size_t slot) const { return count_[slot]; }

  // Replaces the roster and scores it from scratch.
  void Reset(Roster roster);
  // Scores the roster from scratch; true when that matches what the moves
  // kept (false is a bug).
  bool Verify();

  // Builds the next move. REQUIRES: no move applied; each cell proposed once;
  // at most two workers.
  void ClearMove() { edits_.clear(); }
  void Propose(int worker, int day, int type_or_off);
  bool MoveEmpty() const { return edits_.empty(); }

  // Makes the proposed move and returns its effect, to be followed by
  // exactly one of Commit() or Undo(). Nullopt, with nothing changed and the
  // move dropped, when it would put someone on a cell that is not allowed.
  std::optional<ScoreDelta> Apply();
  void Commit();
  void Undo();

  // Days looked at by Apply so far: a measure of the work done.
  int64_t work() const { return work_; }

 private:
  // What is kept of each row.
  struct RowState {
    RowScore score;
    int64_t minutes = 0;
    int weekends = 0;
    int64_t totals_hard = 0;  // RowScorer::Totals of the row
  };
  struct Edit {
    int worker;
    int day;
    int before;
    int after;
  };

  void CountChange(size_t slot, int change, ScoreDelta* delta);

  const Tables& t_;
  RowScorer scorer_;
  Roster roster_;
  std::vector<RowState> rows_;
  std::vector<int> count_;     // per (day, type)
  std::vector<int> per_type_;  // per (worker, type)
  int64_t soft_ = 0;
  int64_t hard_ = 0;
  int64_t work_ = 0;

  std::vector<Edit> edits_;
  // The applied move: touched workers (-1 for none), their new row states,
  // and its effect.
  int touched_[2] = {-1, -1};
  RowState fresh_[2];
  ScoreDelta delta_;
};

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_SEARCH_STATE_H_
