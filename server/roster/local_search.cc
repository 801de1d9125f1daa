#include "local_search.h"


#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "row_dp.h"

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;
// Time of one label push in RowDp against one day re-scored, about.
constexpr double kPushCost = 4.0;

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

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t state_[4];
};

struct Edit {
  int worker;
  int day;
  int before;
  int after;
};

class Annealer {
 public:
  Annealer(const Tables& t, Roster start, const LocalSearchOptions& options)
      : t_(t),
        options_(options),
        tuning_(options_.tuning),
        scorer_(t),
        dp_(t),
        rng_(options.seed),
        roster_(std::move(start)) {
    if (getenv("RS_T0")) tuning_.start_temperature = atof(getenv("RS_T0"));  // TUNING ONLY
    if (getenv("RS_T1")) tuning_.end_temperature = atof(getenv("RS_T1"));
    if (getenv("RS_DPF")) tuning_.dp_share = atof(getenv("RS_DPF"));
    if (getenv("RS_BEAM")) tuning_.dp_beam = atoi(getenv("RS_BEAM"));
    if (getenv("RS_WEEKS")) tuning_.dp_window_weeks = atoi(getenv("RS_WEEKS"));
    if (getenv("RS_HMIN")) hmin_factor_ = atof(getenv("RS_HMIN"));
    if (getenv("RS_HUP")) hup_ = atof(getenv("RS_HUP"));
    if (getenv("RS_STAG")) tuning_.stagnation = atof(getenv("RS_STAG"));
    value_.resize(static_cast<size_t>(t.days) * t.types);
    blocked_.resize(value_.size());
    InitState();
    int64_t max_weight = 1;
    for (size_t s = 0; s < t.under_weight.size(); ++s) {
      max_weight = std::max(max_weight, t.under_weight[s]);
    }
    weight_scale_ = static_cast<double>(max_weight);
    hard_weight_ = weight_scale_ / kDayUnits * hmin_factor_;
    min_hard_weight_ = hard_weight_;
    allowed_.resize(static_cast<size_t>(t.workers) * t.days);
    for (int w = 0; w < t.workers; ++w) {
      for (int d = 0; d < t.days; ++d) {
        for (int type = 0; type < t.types; ++type) {
          if (t.Allowed(w, d, type)) allowed_[Index(w, d)].push_back(type);
        }
      }
    }
    best_ = roster_;
    best_soft_ = soft_;
    best_hard_ = hard_;
  }

  LocalSearchOutcome Run() {
    const absl::Time begin = absl::Now();
    Construct();
    dp_work_base_ = dp_.work();
    const double budget = absl::ToDoubleSeconds(options_.deadline - begin);
    const double t0 = weight_scale_ * tuning_.start_temperature;
    const double t1 = tuning_.end_temperature;
    double progress = 0, cycle_start = 0;
    int64_t iteration = 0;
    for (;; ++iteration) {
      if (options_.max_iterations && iteration >= *options_.max_iterations) break;
      if ((iteration & 255) == 0) {
        const absl::Time now = absl::Now();
        if (now >= options_.deadline) break;
        // With an iteration limit the schedule follows iterations only, so
        // that a run is the same for a seed whatever the clock does.
        if (options_.max_iterations) {
          progress = static_cast<double>(iteration) / *options_.max_iterations;
        } else if (std::isfinite(budget) && budget > 0) {
          progress = absl::ToDoubleSeconds(now - begin) / budget;
        }
        // Reheat from the best roster when the best has not moved for a
        // while: a new cooling cycle over the rest of the budget.
        if (progress - best_progress_ > tuning_.stagnation && progress < 0.9) {
          Restore();
          cycle_start = progress;
          best_progress_ = progress;
          ++reheats_;
        }
        const double cycle = std::min(1.0, (progress - cycle_start) / (1 - cycle_start));
        temperature_ = t0 * std::pow(t1 / t0, cycle);
        progress_ = progress;
        AdaptHardWeight();
      }
      Step();
    }
    LocalSearchOutcome out;
    out.best = std::move(best_);
    out.feasible = best_hard_ == 0;
    out.objective = best_soft_;
    out.hard_units = best_hard_;
    out.iterations = iteration;
    out.accepted = accepted_;
    return out;
  }

 private:
  // Best responses until the roster is feasible: a whole-row RowDp for each
  // worker in turn, accepted when it does not make things worse.
  void Construct() {
    temperature_ = 1e-9;
    hard_weight_ = weight_scale_;
    std::vector<int> order(t_.workers);
    for (int w = 0; w < t_.workers; ++w) order[w] = w;
    for (int round = 0; round < tuning_.construction_rounds && hard_ > 0; ++round) {
      std::shuffle(order.begin(), order.end(), rng_);
      for (int w : order) {
        if (absl::Now() >= options_.deadline) return;
        edits_.clear();
        if (!ReoptimiseRow(w, DayWindow{0, t_.days}, tuning_.construction_beam)) {
          ReoptimiseRow(w, DayWindow{0, t_.days}, 4 * tuning_.construction_beam);
        }
        if (!edits_.empty() && Try()) RecordIfBest();
      }
    }
  }

  size_t Index(int w, int d) const { return static_cast<size_t>(w) * t_.days + d; }
  int Rand(int n) { return static_cast<int>((rng_() >> 32) * static_cast<uint64_t>(n) >> 32); }
  double Uniform() { return (rng_() >> 11) * 0x1.0p-53; }

  void AdaptHardWeight() {
    if (hard_ > 0) {
      hard_weight_ = std::min(hard_weight_ * hup_, weight_scale_ * 1000);
    } else {
      hard_weight_ = std::max(hard_weight_ * 0.99, min_hard_weight_);
    }
  }

  void Step() {
    edits_.clear();
    move_work_ += 16;
    const int kind = Rand(100);
    // Row re-optimisations take about dp_share_ of the work, counted in
    // labels pushed against days re-scored.
    const double dp_work = static_cast<double>(dp_.work() - dp_work_base_) * kPushCost;
    const double share = tuning_.dp_share;
    if (dp_work * (1 - share) < share * static_cast<double>(move_work_)) {
      ReoptimiseRow(Rand(t_.workers), RandomWindow(), tuning_.dp_beam);
    } else if (kind < 25) {
      ChangeOne();
    } else if (kind < 50) {
      SwapDay();
    } else if (kind < 70) {
      SwapBlock();
    } else if (kind < 85) {
      SetBlock();
    } else {
      SlideStretch();
    }
    if (!edits_.empty() && Try()) {
      ++accepted_;
      RecordIfBest();
    }
  }

  void RecordIfBest() {
    if (hard_ < best_hard_ || (hard_ == best_hard_ && soft_ < best_soft_)) {
      best_ = roster_;
      best_soft_ = soft_;
      best_hard_ = hard_;
      best_progress_ = progress_;
    }
  }

  // Scores every row and cover count of roster_ from scratch.
  void InitState() {
    soft_ = hard_ = 0;
    rows_.resize(t_.workers);
    for (int w = 0; w < t_.workers; ++w) {
      rows_[w] = scorer_.Score(w, roster_.row(w));
      soft_ += rows_[w].soft;
      hard_ += rows_[w].hard;
    }
    count_.assign(static_cast<size_t>(t_.days) * t_.types, 0);
    for (int w = 0; w < t_.workers; ++w) {
      for (int d = 0; d < t_.days; ++d) {
        if (roster_.at(w, d) != kOff) ++count_[t_.Slot(d, roster_.at(w, d))];
      }
    }
    for (size_t s = 0; s < count_.size(); ++s) {
      soft_ += CoverSoft(t_, s, count_[s]);
      hard_ += CoverHard(t_, s, count_[s]);
    }
  }

  // Makes the best roster the current one again.
  void Restore() {
    roster_ = best_;
    InitState();
  }

  // A random window of whole weeks for the row re-optimisation: the whole
  // horizon when it is short.
  DayWindow RandomWindow() {
    const int weeks = (t_.days + 6) / 7;
    const int span = std::min(weeks, tuning_.dp_window_weeks);
    const int first = Rand(weeks - span + 1);
    return DayWindow{first * 7, std::min(t_.days, (first + span) * 7)};
  }

  // Proposes the days of `window` that RowDp finds best for `w` against
  // everyone else's rows. False when RowDp finds nothing.
  bool ReoptimiseRow(int w, DayWindow window, int beam) {
    for (int d = window.begin; d < window.end; ++d) {
      const int current = roster_.at(w, d);
      for (int type = 0; type < t_.types; ++type) {
        const size_t slot = t_.Slot(d, type);
        const int others = count_[slot] - (current == type ? 1 : 0);
        value_[slot] = t_.cell_cost[t_.Cell(w, d, type)] + CoverSoft(t_, slot, others + 1) -
                       CoverSoft(t_, slot, others);
        blocked_[slot] = !t_.Allowed(w, d, type) ||
                         CoverHard(t_, slot, others + 1) > CoverHard(t_, slot, others);
      }
    }
    if (!dp_.Solve(w, roster_.row(w), window, value_, blocked_, beam, &dp_row_)) return false;
    for (int d = window.begin; d < window.end; ++d) Propose(w, d, dp_row_[d]);
    return true;
  }

  void Propose(int w, int d, int after) {
    const int before = roster_.at(w, d);
    if (before != after) edits_.push_back({w, d, before, after});
  }

  int RandomWorkerOtherThan(int w) {
    const int other = Rand(t_.workers - 1);
    return other >= w ? other + 1 : other;
  }

  void ChangeOne() {
    const int w = Rand(t_.workers), d = Rand(t_.days);
    const std::vector<int>& options = allowed_[Index(w, d)];
    const int current = roster_.at(w, d);
    if (options.empty() || (current != kOff && Rand(3) == 0)) {
      Propose(w, d, kOff);
    } else {
      Propose(w, d, options[Rand(static_cast<int>(options.size()))]);
    }
  }

  void SwapDay() {
    if (t_.workers < 2) return;
    const int d = Rand(t_.days), w1 = Rand(t_.workers), w2 = RandomWorkerOtherThan(w1);
    const int a = roster_.at(w1, d), b = roster_.at(w2, d);
    Propose(w1, d, b);
    Propose(w2, d, a);
  }

  void SwapBlock() {
    if (t_.workers < 2) return;
    const int length = std::min(t_.days, 2 + Rand(6));
    const int first = Rand(t_.days - length + 1);
    const int w1 = Rand(t_.workers), w2 = RandomWorkerOtherThan(w1);
    for (int d = first; d < first + length; ++d) {
      const int a = roster_.at(w1, d), b = roster_.at(w2, d);
      Propose(w1, d, b);
      Propose(w2, d, a);
    }
  }

  void SetBlock() {
    const int length = std::min(t_.days, 2 + Rand(4));
    const int first = Rand(t_.days - length + 1);
    const int w = Rand(t_.workers);
    int value = kOff;
    const std::vector<int>& options = allowed_[Index(w, first)];
    if (!options.empty() && Rand(2) == 0) value = options[Rand(static_cast<int>(options.size()))];
    for (int d = first; d < first + length; ++d) Propose(w, d, value);
  }

  // Moves a whole stretch of work one day earlier or later, types and all.
  void SlideStretch() {
    const int w = Rand(t_.workers), d = Rand(t_.days);
    if (roster_.at(w, d) == kOff) return;
    int first = d, last = d;
    while (first > 0 && roster_.at(w, first - 1) != kOff) --first;
    while (last + 1 < t_.days && roster_.at(w, last + 1) != kOff) ++last;
    if (Rand(2) == 0) {
      if (first == 0) return;
      for (int i = first - 1; i < last; ++i) Propose(w, i, roster_.at(w, i + 1));
      Propose(w, last, kOff);
    } else {
      if (last + 1 == t_.days) return;
      for (int i = last + 1; i > first; --i) Propose(w, i, roster_.at(w, i - 1));
      Propose(w, first, kOff);
    }
  }

  void CountDelta(size_t slot, int change, int64_t* soft, int64_t* hard) {
    const int c = count_[slot];
    *soft += CoverSoft(t_, slot, c + change) - CoverSoft(t_, slot, c);
    *hard += CoverHard(t_, slot, c + change) - CoverHard(t_, slot, c);
    count_[slot] = c + change;
  }

  // Makes edits_, keeps them if the annealing rule accepts, else undoes them.
  bool Try() {
    int touched[2] = {-1, -1};
    for (const Edit& e : edits_) {
      if (e.after != kOff && !t_.Allowed(e.worker, e.day, e.after)) return false;
      if (touched[0] != e.worker && touched[1] != e.worker) {
        (touched[0] < 0 ? touched[0] : touched[1]) = e.worker;
      }
    }
    int64_t soft = 0, hard = 0;
    for (const Edit& e : edits_) {
      roster_.set(e.worker, e.day, e.after);
      if (e.before != kOff) CountDelta(t_.Slot(e.day, e.before), -1, &soft, &hard);
      if (e.after != kOff) CountDelta(t_.Slot(e.day, e.after), +1, &soft, &hard);
    }
    RowScore fresh[2];
    for (int i = 0; i < 2 && touched[i] >= 0; ++i) {
      move_work_ += t_.days;
      fresh[i] = scorer_.Score(touched[i], roster_.row(touched[i]));
      soft += fresh[i].soft - rows_[touched[i]].soft;
      hard += fresh[i].hard - rows_[touched[i]].hard;
    }
    const double delta = static_cast<double>(soft) + hard_weight_ * static_cast<double>(hard);
    if (delta <= 0 || Uniform() < std::exp(-delta / temperature_)) {
      for (int i = 0; i < 2 && touched[i] >= 0; ++i) rows_[touched[i]] = fresh[i];
      soft_ += soft;
      hard_ += hard;
      return true;
    }
    for (auto e = edits_.rbegin(); e != edits_.rend(); ++e) {
      roster_.set(e->worker, e->day, e->before);
      if (e->after != kOff) --count_[t_.Slot(e->day, e->after)];
      if (e->before != kOff) ++count_[t_.Slot(e->day, e->before)];
    }
    return false;
  }

  const Tables& t_;
  LocalSearchOptions options_;
  SearchTuning tuning_;
  RowScorer scorer_;
  RowDp dp_;
  Random rng_;
  std::vector<int64_t> value_;
  std::vector<uint8_t> blocked_;
  std::vector<int> dp_row_;
  double hmin_factor_ = 2;
  double progress_ = 0;       // of the budget, as of the last check
  double best_progress_ = 0;  // when the best last improved
  int reheats_ = 0;
  double hup_ = 1.02;
  int64_t move_work_ = 0;
  int64_t dp_work_base_ = 0;  // days re-scored, plus a few per move
  Roster roster_;
  std::vector<RowScore> rows_;
  std::vector<int> count_;
  std::vector<std::vector<int>> allowed_;  // per (worker, day): the allowed types
  std::vector<Edit> edits_;
  int64_t soft_ = 0;
  int64_t hard_ = 0;
  double weight_scale_ = 1;
  double hard_weight_ = 1;
  double min_hard_weight_ = 1;
  double temperature_ = 1;
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
