#include "local_search.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "row_dp.h"
#include "search_state.h"

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;
// Time of one label push in RowDp against one day looked at by
// SearchState::Apply, about: balances the two kinds of move.
constexpr double kPushCost = 4.0;
// Work charged to each plain move besides the days it looks at.
constexpr int64_t kMoveOverhead = 16;

// xoshiro256** (Blackman and Vigna), seeded through splitmix64: fast, and
// the same sequence on every platform.
class Random {
 public:
  using result_type = uint64_t;
  explicit Random(uint64_t seed) {
    for (uint64_t& word : state_) {
      seed += 0x9E3779B97F4A7C15ull;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      word = z ^ (z >> 31);
    }
  }
  static constexpr uint64_t min() { return 0; }
  static constexpr uint64_t max() { return ~uint64_t{0}; }
  uint64_t operator()() {
    const uint64_t result = Rotl(state_[1] * 5, 7) * 9;
    const uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = Rotl(state_[3], 45);
    return result;
  }
  // Uniform in [0, n).
  int Below(int n) {
    return static_cast<int>(((*this)() >> 32) * static_cast<uint64_t>(n) >> 32);
  }
  // Uniform in [0, 1).
  double Unit() { return ((*this)() >> 11) * 0x1.0p-53; }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t state_[4];
};

// The largest weight or cost in the model: the scale of temperatures and of
// the hard weight.
double WeightScale(const Tables& t) {
  int64_t scale = 1;
  for (size_t s = 0; s < t.under_weight.size(); ++s) {
    scale = std::max({scale, t.under_weight[s], t.over_weight[s]});
  }
  return static_cast<double>(std::max(scale, t.max_abs_cell_cost));
}

class Annealer {
 public:
  Annealer(const Tables& t, Roster start, const LocalSearchOptions& options)
      : t_(t),
        options_(options),
        tuning_(options_.tuning),
        state_(t, std::move(start)),
        dp_(t),
        rng_(options.seed),
        weight_scale_(WeightScale(t)),
        min_hard_weight_(weight_scale_ * tuning_.min_hard_weight / kDayUnits),
        best_(state_.roster()),
        best_soft_(state_.soft()),
        best_hard_(state_.hard()) {
    value_.resize(static_cast<size_t>(t.days) * t.types);
    blocked_.resize(value_.size());
    allowed_.resize(static_cast<size_t>(t.workers) * t.days);
    for (int w = 0; w < t.workers; ++w) {
      for (int d = 0; d < t.days; ++d) {
        for (const CellInfo& c : t.CellsOf(w, d)) {
          if (c.allowed) allowed_[Index(w, d)].push_back(c.type);
        }
      }
    }
  }

  LocalSearchOutcome Run() {
    const absl::Time begin = absl::Now();
    Construct();
    const int64_t dp_work_before = dp_.work();
    const double budget = absl::ToDoubleSeconds(options_.deadline - begin);
    const double t0 = weight_scale_ * tuning_.start_temperature;
    const double t1 = tuning_.end_temperature;
    hard_weight_ = min_hard_weight_;
    double cycle_start = 0;
    int64_t iteration = 0;
    for (;; ++iteration) {
      if (options_.max_iterations && iteration >= *options_.max_iterations)
        break;
      if ((iteration & 255) == 0) {
        const absl::Time now = absl::Now();
        if (now >= options_.deadline) break;
        // With an iteration limit the schedule follows iterations only, so
        // that a run is the same for a seed whatever the clock does.
        if (options_.max_iterations) {
          progress_ = static_cast<double>(iteration) / *options_.max_iterations;
        } else if (std::isfinite(budget) && budget > 0) {
          progress_ = absl::ToDoubleSeconds(now - begin) / budget;
        }
        // Reheat from the best roster when the best has not moved for a
        // while: a new cooling cycle over the rest of the budget.
        if (progress_ - best_progress_ > tuning_.stagnation &&
            progress_ < 0.9) {
          state_.Reset(best_);
          cycle_start = best_progress_ = progress_;
        }
        const double cycle =
            std::min(1.0, (progress_ - cycle_start) / (1 - cycle_start));
        temperature_ = t0 * std::pow(t1 / t0, cycle);
        AdaptHardWeight();
      }
      // Row re-optimisations take about tuning_.dp_share of the work.
      const double dp_work =
          static_cast<double>(dp_.work() - dp_work_before) * kPushCost;
      const double share = tuning_.dp_share;
      if (dp_work * (1 - share) < share * static_cast<double>(move_work())) {
        ReoptimiseRow(rng_.Below(t_.workers), RandomWindow(), tuning_.dp_beam);
      } else {
        PlainMove();
      }
      TryMove();
    }
    LocalSearchOutcome out;
    out.consistent = state_.Verify();
    out.best = std::move(best_);
    out.feasible = best_hard_ == 0;
    out.objective = best_soft_;
    out.hard_units = best_hard_;
    out.iterations = iteration;
    out.accepted = accepted_;
    return out;
  }

 private:
  size_t Index(int w, int d) const {
    return static_cast<size_t>(w) * t_.days + d;
  }
  int64_t move_work() const {
    return state_.work() + plain_moves_ * kMoveOverhead;
  }

  // Best responses until the roster is feasible: a whole-row RowDp for each
  // worker in turn, kept when it does not make things worse.
  void Construct() {
    temperature_ = 0;
    hard_weight_ = weight_scale_;
    std::vector<int> order(t_.workers);
    for (int w = 0; w < t_.workers; ++w) order[w] = w;
    const DayWindow all{0, t_.days};
    for (int round = 0;
         round < tuning_.construction_rounds && state_.hard() > 0; ++round) {
      std::shuffle(order.begin(), order.end(), rng_);
      for (int w : order) {
        if (absl::Now() >= options_.deadline) return;
        if (!ReoptimiseRow(w, all, tuning_.construction_beam)) {
          ReoptimiseRow(w, all, 4 * tuning_.construction_beam);
        }
        TryMove();
      }
    }
  }

  // Strategic oscillation: the price of a hard unit rises while the roster
  // is infeasible and falls back to its floor while it is feasible.
  void AdaptHardWeight() {
    if (state_.hard() > 0) {
      hard_weight_ = std::min(hard_weight_ * 1.02, weight_scale_ * 1000);
    } else {
      hard_weight_ = std::max(hard_weight_ * 0.99, min_hard_weight_);
    }
  }

  // Applies the proposed move and keeps it by the annealing rule.
  void TryMove() {
    if (state_.MoveEmpty()) return;
    const std::optional<ScoreDelta> delta = state_.Apply();
    if (!delta) return;
    if (!Accept(Cost(*delta))) {
      state_.Undo();
      return;
    }
    state_.Commit();
    ++accepted_;
    RecordIfBest();
  }

  bool Accept(double cost) {
    return cost <= 0 ||
           (temperature_ > 0 && rng_.Unit() < std::exp(-cost / temperature_));
  }
  double Cost(const ScoreDelta& d) const {
    return static_cast<double>(d.soft) + hard_weight_ * d.hard;
  }

  void RecordIfBest() {
    const int64_t hard = state_.hard(), soft = state_.soft();
    if (hard < best_hard_ || (hard == best_hard_ && soft < best_soft_)) {
      best_ = state_.roster();
      best_soft_ = soft;
      best_hard_ = hard;
      best_progress_ = progress_;
    }
  }

  // A random window of whole weeks for the row re-optimisation: the whole
  // horizon when it is short.
  DayWindow RandomWindow() {
    const int weeks = (t_.days + 6) / 7;
    const int span = std::min(weeks, tuning_.dp_window_weeks);
    const int first = rng_.Below(weeks - span + 1);
    return DayWindow{first * 7, std::min(t_.days, (first + span) * 7)};
  }

  // Proposes the days of `window` that RowDp finds best for `w` against
  // everyone else's rows. False when RowDp finds nothing.
  bool ReoptimiseRow(int w, DayWindow window, int beam) {
    const Roster& roster = state_.roster();
    for (int d = window.begin; d < window.end; ++d) {
      const int current = roster.at(w, d);
      for (const CellInfo& c : t_.CellsOf(w, d)) {
        if (!c.allowed) continue;
        const size_t slot = t_.Slot(d, c.type);
        const int others = state_.count(slot) - (current == c.type ? 1 : 0);
        value_[slot] = c.cost + CoverSoft(t_, slot, others + 1) -
                       CoverSoft(t_, slot, others);
        blocked_[slot] =
            CoverHard(t_, slot, others + 1) > CoverHard(t_, slot, others);
      }
    }
    if (!dp_.Solve(w, roster.row(w), window, value_, blocked_, beam, &dp_row_))
      return false;
    for (int d = window.begin; d < window.end; ++d)
      state_.Propose(w, d, dp_row_[d]);
    return true;
  }

  void PlainMove() {
    ++plain_moves_;
    const int kind = rng_.Below(100);
    if (kind < 25) {
      ChangeOne();
    } else if (kind < 50) {
      SwapDays(1);
    } else if (kind < 70) {
      SwapDays(2 + rng_.Below(6));
    } else if (kind < 85) {
      SetBlock();
    } else {
      SlideStretch();
    }
  }

  int OtherWorker(int w) {
    const int other = rng_.Below(t_.workers - 1);
    return other >= w ? other + 1 : other;
  }

  // One cell to another allowed type, or off.
  void ChangeOne() {
    const int w = rng_.Below(t_.workers), d = rng_.Below(t_.days);
    const std::vector<int>& options = allowed_[Index(w, d)];
    if (options.empty() ||
        (state_.roster().at(w, d) != kOff && rng_.Below(3) == 0)) {
      state_.Propose(w, d, kOff);
    } else {
      state_.Propose(w, d,
                     options[rng_.Below(static_cast<int>(options.size()))]);
    }
  }

  // Two workers swap `length` consecutive days: the cover stays the same.
  void SwapDays(int length) {
    if (t_.workers < 2) return;
    length = std::min(length, t_.days);
    const int first = rng_.Below(t_.days - length + 1);
    const int w1 = rng_.Below(t_.workers), w2 = OtherWorker(w1);
    const Roster& roster = state_.roster();
    for (int d = first; d < first + length; ++d) {
      const int a = roster.at(w1, d), b = roster.at(w2, d);
      state_.Propose(w1, d, b);
      state_.Propose(w2, d, a);
    }
  }

  // Two to five days of one worker all to one type, or all off.
  void SetBlock() {
    const int length = std::min(t_.days, 2 + rng_.Below(4));
    const int first = rng_.Below(t_.days - length + 1);
    const int w = rng_.Below(t_.workers);
    int value = kOff;
    const std::vector<int>& options = allowed_[Index(w, first)];
    if (!options.empty() && rng_.Below(2) == 0) {
      value = options[rng_.Below(static_cast<int>(options.size()))];
    }
    for (int d = first; d < first + length; ++d) state_.Propose(w, d, value);
  }

  // A whole stretch of work one day earlier or later, types and all.
  void SlideStretch() {
    const Roster& roster = state_.roster();
    const int w = rng_.Below(t_.workers), d = rng_.Below(t_.days);
    if (roster.at(w, d) == kOff) return;
    int first = d, last = d;
    while (first > 0 && roster.at(w, first - 1) != kOff) --first;
    while (last + 1 < t_.days && roster.at(w, last + 1) != kOff) ++last;
    if (rng_.Below(2) == 0) {
      if (first == 0) return;
      for (int i = first - 1; i < last; ++i)
        state_.Propose(w, i, roster.at(w, i + 1));
      state_.Propose(w, last, kOff);
    } else {
      if (last + 1 == t_.days) return;
      for (int i = last + 1; i > first; --i)
        state_.Propose(w, i, roster.at(w, i - 1));
      state_.Propose(w, first, kOff);
    }
  }

  const Tables& t_;
  const LocalSearchOptions options_;
  const SearchTuning& tuning_;
  SearchState state_;
  RowDp dp_;
  Random rng_;
  std::vector<std::vector<int>>
      allowed_;                 // per (worker, day): the allowed types
  std::vector<int64_t> value_;  // RowDp's input, per (day, type)
  std::vector<uint8_t> blocked_;
  std::vector<int> dp_row_;

  const double weight_scale_;
  const double min_hard_weight_;
  double hard_weight_ = 1;
  double temperature_ = 1;
  double progress_ = 0;       // of the budget, as of the last check
  double best_progress_ = 0;  // when the best last improved
  int64_t plain_moves_ = 0;
  int64_t accepted_ = 0;

  Roster best_;
  int64_t best_soft_ = 0;
  int64_t best_hard_ = 0;
};

}  // namespace

LocalSearchOutcome RunLocalSearch(const Tables& tables, Roster start,
                                  const LocalSearchOptions& options) {
  Annealer annealer(tables, std::move(start), options);
  return annealer.Run();
}

}  // namespace vaktbro::roster
