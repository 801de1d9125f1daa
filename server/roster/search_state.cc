#include "search_state.h"

#include <algorithm>

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;

}  // namespace

SearchState::SearchState(const Tables& tables, Roster roster)
    : t_(tables), scorer_(tables) {
  Reset(std::move(roster));
}

void SearchState::Reset(Roster roster) {
  roster_ = std::move(roster);
  soft_ = hard_ = 0;
  rows_.assign(t_.workers, RowState{});
  per_type_.assign(static_cast<size_t>(t_.workers) * t_.types, 0);
  count_.assign(static_cast<size_t>(t_.days) * t_.types, 0);
  for (int w = 0; w < t_.workers; ++w) {
    const std::span<const int> row = roster_.row(w);
    int* per_type = &per_type_[static_cast<size_t>(w) * t_.types];
    for (int d = 0; d < t_.days; ++d) {
      if (row[d] == kOff) continue;
      ++per_type[row[d]];
      ++count_[t_.Slot(d, row[d])];
    }
    const LocalScore local = scorer_.Local(w, row, 0, t_.days - 1);
    RowState& state = rows_[w];
    state.minutes = local.minutes;
    state.weekends = local.weekends;
    state.totals_hard =
        scorer_.Totals(w, local.minutes, local.weekends, per_type);
    state.score = scorer_.Score(w, row);
    soft_ += state.score.soft;
    hard_ += state.score.hard;
  }
  for (size_t s = 0; s < count_.size(); ++s) {
    soft_ += CoverSoft(t_, s, count_[s]);
    hard_ += CoverHard(t_, s, count_[s]);
  }
}

bool SearchState::Verify() {
  const int64_t soft = soft_, hard = hard_;
  Reset(roster_);
  return soft == soft_ && hard == hard_;
}

void SearchState::Propose(int worker, int day, int type_or_off) {
  const int before = roster_.at(worker, day);
  if (before != type_or_off)
    edits_.push_back({worker, day, before, type_or_off});
}

void SearchState::CountChange(size_t slot, int change, ScoreDelta* delta) {
  const int c = count_[slot];
  delta->soft += CoverSoft(t_, slot, c + change) - CoverSoft(t_, slot, c);
  delta->hard += CoverHard(t_, slot, c + change) - CoverHard(t_, slot, c);
  count_[slot] = c + change;
}

std::optional<ScoreDelta> SearchState::Apply() {
  // The workers touched and the days each has changed.
  touched_[0] = touched_[1] = -1;
  int first[2] = {0, 0}, last[2] = {0, 0};
  for (const Edit& e : edits_) {
    if (e.after != kOff && !t_.Allowed(e.worker, e.day, e.after)) {
      edits_.clear();
      return std::nullopt;
    }
    const int i = touched_[0] == e.worker || touched_[0] < 0 ? 0 : 1;
    if (touched_[i] < 0) {
      touched_[i] = e.worker;
      first[i] = last[i] = e.day;
    }
    first[i] = std::min(first[i], e.day);
    last[i] = std::max(last[i], e.day);
  }
  LocalScore before[2];
  for (int i = 0; i < 2 && touched_[i] >= 0; ++i) {
    before[i] =
        scorer_.Local(touched_[i], roster_.row(touched_[i]), first[i], last[i]);
  }
  delta_ = ScoreDelta{};
  for (const Edit& e : edits_) {
    roster_.set(e.worker, e.day, e.after);
    int* per_type = &per_type_[static_cast<size_t>(e.worker) * t_.types];
    if (e.before != kOff) {
      CountChange(t_.Slot(e.day, e.before), -1, &delta_);
      --per_type[e.before];
    }
    if (e.after != kOff) {
      CountChange(t_.Slot(e.day, e.after), +1, &delta_);
      ++per_type[e.after];
    }
  }
  for (int i = 0; i < 2 && touched_[i] >= 0; ++i) {
    const int w = touched_[i];
    const LocalScore after =
        scorer_.Local(w, roster_.row(w), first[i], last[i]);
    work_ += before[i].days_seen + after.days_seen;
    const RowState& old = rows_[w];
    RowState& now = fresh_[i];
    now.minutes = old.minutes - before[i].minutes + after.minutes;
    now.weekends = old.weekends - before[i].weekends + after.weekends;
    now.totals_hard =
        scorer_.Totals(w, now.minutes, now.weekends,
                       &per_type_[static_cast<size_t>(w) * t_.types]);
    now.score.soft = old.score.soft - before[i].soft + after.soft;
    now.score.hard = old.score.hard - old.totals_hard - before[i].hard +
                     now.totals_hard + after.hard;
    delta_.soft += now.score.soft - old.score.soft;
    delta_.hard += now.score.hard - old.score.hard;
  }
  return delta_;
}

void SearchState::Commit() {
  for (int i = 0; i < 2 && touched_[i] >= 0; ++i)
    rows_[touched_[i]] = fresh_[i];
  soft_ += delta_.soft;
  hard_ += delta_.hard;
  edits_.clear();
}

void SearchState::Undo() {
  for (auto e = edits_.rbegin(); e != edits_.rend(); ++e) {
    roster_.set(e->worker, e->day, e->before);
    int* per_type = &per_type_[static_cast<size_t>(e->worker) * t_.types];
    if (e->after != kOff) {
      --count_[t_.Slot(e->day, e->after)];
      --per_type[e->after];
    }
    if (e->before != kOff) {
      ++count_[t_.Slot(e->day, e->before)];
      ++per_type[e->before];
    }
  }
  edits_.clear();
}

}  // namespace vaktbro::roster
