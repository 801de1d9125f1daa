#include "row_dp.h"

#include <algorithm>

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;

uint64_t KeyOf(int last, int run, bool edge, int weekends, int minutes) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(minutes)) << 32) |
         (static_cast<uint64_t>(last + 1) << 20) |
         (static_cast<uint64_t>(run & 0x7ff) << 9) |
         (static_cast<uint64_t>(weekends & 0xff) << 1) | (edge ? 1u : 0u);
}

// The length of the stretch of work (or of days off) that `day` is part of,
// counted from `day` in direction `step` (+1 or -1) while it lasts.
int StretchFrom(std::span<const int> row, int day, int step) {
  const bool working = row[day] != kOff;
  int length = 0;
  for (int d = day; d >= 0 && d < static_cast<int>(row.size()); d += step) {
    if ((row[d] != kOff) != working) break;
    ++length;
  }
  return length;
}

}  // namespace

RowDp::RowDp(const Tables& tables)
    : t_(tables), layers_(tables.days), tracked_(tables.types) {}

void RowDp::Prepare(int worker, std::span<const int> row, DayWindow window,
                    std::span<const uint8_t> blocked) {
  const Worker& w = t_.model.workers[worker];
  const int types = t_.types;
  int minutes_outside = 0, weekends_outside = 0;
  std::vector<int> outside(types, 0);
  for (int d = 0; d < t_.days; ++d) {
    if (d >= window.begin && d < window.end) continue;
    if (row[d] == kOff) continue;
    minutes_outside += t_.minutes[t_.Slot(d, row[d])];
    ++outside[row[d]];
    // Windows start on Mondays, so a weekend lies wholly outside or inside.
    const bool sunday_after_saturday = d % 7 == 6 && row[d - 1] != kOff;
    if (d % 7 == 5 || (d % 7 == 6 && !sunday_after_saturday))
      ++weekends_outside;
  }
  std::fill(tracked_.begin(), tracked_.end(), -1);
  limit_.clear();
  std::vector<int> open(types,
                        0);  // days in the window each type could be worked
  for (int d = window.begin; d < window.end; ++d) {
    for (const CellInfo& c : t_.CellsOf(worker, d)) {
      if (Usable(c, d, blocked)) ++open[c.type];
    }
  }
  for (int type = 0; type < types; ++type) {
    const int left =
        t_.max_per_type[static_cast<size_t>(worker) * types + type] -
        outside[type];
    if (left < open[type] && static_cast<int>(limit_.size()) < kTrackedTypes) {
      tracked_[type] = static_cast<int>(limit_.size());
      limit_.push_back(left);
    }
  }
  // The most minutes still reachable from each day of the window to its end,
  // under the maximum run and the minimum days off but no other rule: an
  // upper bound that lets labels that cannot reach the minimum go early.
  const int length = window.end - window.begin;
  const int max_run = std::min(w.max_consecutive_days, length);
  const int gap = std::max(1, w.min_consecutive_days_off);
  std::vector<int> best_on_day(length, 0);
  for (int i = 0; i < length; ++i) {
    const int d = window.begin + i;
    for (const CellInfo& c : t_.CellsOf(worker, d)) {
      if (!Usable(c, d, blocked)) continue;
      best_on_day[i] = std::max(best_on_day[i], t_.minutes[t_.Slot(d, c.type)]);
    }
  }
  // Workable days in a row from each day of the window, for the look-ahead
  // on the minimum of consecutive working days.
  workable_run_.assign(length + 1, 0);
  for (int i = length - 1; i >= 0; --i) {
    workable_run_[i] = best_on_day[i] > 0 ? workable_run_[i + 1] + 1 : 0;
  }
  reachable_.assign(length + 1, 0);
  for (int i = length - 1; i >= 0; --i) {
    int best = reachable_[i + 1];
    int block = 0;
    for (int k = 1;
         k <= max_run && i + k <= length && best_on_day[i + k - 1] > 0; ++k) {
      block += best_on_day[i + k - 1];
      best = std::max(best, block + reachable_[std::min(length, i + k + gap)]);
    }
    reachable_[i] = best;
  }
  minute_band_ = kNoLimit;
  for (int m : t_.minutes) {
    if (m > 0) minute_band_ = std::min(minute_band_, m);
  }
  minute_band_ = std::max(60, minute_band_ == kNoLimit ? 60 : minute_band_);
  Limits& lim = limits_;
  lim.check_max_run = w.max_consecutive_days < t_.days;
  lim.min_work = w.min_consecutive_days;
  lim.max_run = lim.check_max_run ? w.max_consecutive_days
                                  : std::max(1, w.min_consecutive_days);
  lim.min_off = w.min_consecutive_days_off;
  lim.cap_off = std::max(1, w.min_consecutive_days_off);
  lim.exempt_edges = t_.model.edge_work_stretch == EdgeWorkStretch::kExempt;
  lim.min_minutes = std::max(0, w.min_total_minutes - minutes_outside);
  lim.max_minutes = w.max_total_minutes == kNoLimit
                        ? kNoLimit
                        : w.max_total_minutes - minutes_outside;
  lim.max_weekends = std::min(w.max_weekends, 1000) - weekends_outside;
  lim.min_rest = w.min_rest_minutes;
}

RowDp::Label RowDp::Entry(std::span<const int> row, int begin) const {
  Label l{};
  l.parent = -1;
  l.last = kOff;
  l.run = static_cast<int16_t>(limits_.cap_off);
  l.edge = true;
  if (begin == 0) return l;
  const int length = StretchFrom(row, begin - 1, -1);
  l.last = static_cast<int16_t>(row[begin - 1]);
  l.edge = length == begin;
  const int cap = l.last == kOff ? limits_.cap_off : limits_.max_run;
  l.run = static_cast<int16_t>(std::min(length, cap));
  return l;
}

bool RowDp::Fits(const Label& l, std::span<const int> row, int end) const {
  const Limits& lim = limits_;
  if (l.minutes < lim.min_minutes || l.weekends > lim.max_weekends)
    return false;
  const bool working = l.last != kOff;
  if (end == t_.days)
    return !working || l.run >= lim.min_work || lim.exempt_edges;
  const int next = row[end];
  const int beyond = StretchFrom(row, end, +1);
  const bool edge_after = end + beyond == t_.days;
  if (working && next != kOff) {
    if (lim.check_max_run && l.run + beyond > lim.max_run) return false;
    if (t_.forbidden_next[static_cast<size_t>(l.last) * t_.types + next])
      return false;
    if (lim.min_rest &&
        t_.start[t_.Slot(end, next)] - t_.end[t_.Slot(end - 1, l.last)] <
            *lim.min_rest) {
      return false;
    }
    return l.run + beyond >= lim.min_work ||
           (lim.exempt_edges && (l.edge || edge_after));
  }
  if (working) {
    const bool work_ok = l.run >= lim.min_work || (lim.exempt_edges && l.edge);
    return work_ok && (beyond >= lim.min_off || edge_after);
  }
  if (next != kOff) {
    const bool off_ok = l.run >= lim.cap_off || l.edge;
    const bool work_ok =
        beyond >= lim.min_work || (lim.exempt_edges && edge_after);
    return off_ok && work_ok;
  }
  return l.run + beyond >= lim.min_off || l.edge || edge_after;
}

bool RowDp::Solve(int worker, std::span<const int> row, DayWindow window,
                  std::span<const int64_t> value,
                  std::span<const uint8_t> blocked, int beam,
                  std::vector<int>* out) {
  worker_ = worker;
  Prepare(worker, row, window, blocked);
  begin_ = window.begin;
  length_ = window.end - window.begin;
  const Label entry = Entry(row, window.begin);
  const int length = window.end - window.begin;
  for (int i = 0; i < length; ++i) {
    next_.clear();
    ClearIndex(static_cast<size_t>(std::min(beam, 4096)) * (t_.types + 1));
    if (i == 0) {
      Expand(window.begin, value, blocked, entry, -1);
    } else {
      const std::vector<Label>& previous = layers_[i - 1];
      for (size_t j = 0; j < previous.size(); ++j) {
        Expand(window.begin + i, value, blocked, previous[j],
               static_cast<int>(j));
      }
    }
    if (static_cast<int>(next_.size()) > beam) KeepBeam(beam);
    layers_[i].swap(next_);
    if (layers_[i].empty()) return false;
  }
  int best = -1;
  const std::vector<Label>& last = layers_[length - 1];
  for (size_t j = 0; j < last.size(); ++j) {
    if (!Fits(last[j], row, window.end)) continue;
    if (best < 0 || last[j].cost < last[best].cost) best = static_cast<int>(j);
  }
  if (best < 0) return false;
  out->assign(row.begin(), row.end());
  for (int i = length - 1, j = best; i >= 0; --i) {
    const Label& l = layers_[i][j];
    (*out)[window.begin + i] = l.last;
    j = l.parent;
  }
  return true;
}

void RowDp::Expand(int day, std::span<const int64_t> value,
                   std::span<const uint8_t> blocked, const Label& from,
                   int from_index) {
  const Limits& lim = limits_;
  const int reachable_after = reachable_[day - begin_ + 1];
  const bool from_off = from.last == kOff;
  // A day off.
  if (from_off || from.run >= lim.min_work || (from.edge && lim.exempt_edges)) {
    if (from.minutes + reachable_after >= lim.min_minutes) {
      Label off = from;
      off.run =
          from_off
              ? static_cast<int16_t>(std::min<int>(from.run + 1, lim.cap_off))
              : 1;
      off.last = kOff;
      off.edge = from_off && from.edge;
      off.parent = from_index;
      Push(off);
    }
  }
  // A shift of each type.
  if (from_off && from.run < lim.cap_off && !from.edge)
    return;  // too few days off
  if (!from_off && lim.check_max_run && from.run >= lim.max_run) return;
  const bool saturday = day % 7 == 5, sunday = day % 7 == 6;
  const int weekends =
      from.weekends + ((saturday || (sunday && from_off)) ? 1 : 0);
  if (weekends > lim.max_weekends) return;
  for (const CellInfo& c : t_.CellsOf(worker_, day)) {
    if (!Usable(c, day, blocked)) continue;
    const int type = c.type;
    const size_t slot = t_.Slot(day, type);
    if (!from_off) {
      if (t_.forbidden_next[static_cast<size_t>(from.last) * t_.types + type])
        continue;
      if (lim.min_rest && t_.start[slot] - t_.end[t_.Slot(day - 1, from.last)] <
                              *lim.min_rest) {
        continue;
      }
    }
    const int minutes = from.minutes + t_.minutes[slot];
    if (minutes > lim.max_minutes ||
        minutes + reachable_after < lim.min_minutes)
      continue;
    const int tracked = tracked_[type];
    if (tracked >= 0 && from.counts[tracked] >= limit_[tracked]) continue;
    const int run = from_off ? 1 : std::min<int>(from.run + 1, lim.max_run);
    const bool edge = from_off ? day == 0 : from.edge;
    // A stretch too short that cannot go on to the minimum is a dead end.
    const int more = lim.min_work - run;
    const int i = day - begin_;
    if (more > 0 && !(edge && lim.exempt_edges) && i + 1 + more <= length_ &&
        workable_run_[i + 1] < more) {
      continue;
    }
    Label on = from;
    on.cost = from.cost + value[slot];
    on.minutes = minutes;
    on.last = static_cast<int16_t>(type);
    on.run = static_cast<int16_t>(run);
    on.edge = edge;
    on.weekends = static_cast<int16_t>(weekends);
    if (tracked >= 0) ++on.counts[tracked];
    on.parent = from_index;
    Push(on);
  }
}

// Keeps the `beam` labels to carry on: the cheapest, but with a share of
// the beam for each band of minutes worked, so that the rows that work more
// now (and can still reach the minimum later) are not all crowded out by
// cheaper ones that work less.
void RowDp::KeepBeam(int beam) {
  order_.clear();
  int low = next_[0].minutes, high = low;
  for (size_t j = 0; j < next_.size(); ++j) {
    order_.push_back({next_[j].cost, static_cast<int>(j)});
    low = std::min(low, next_[j].minutes);
    high = std::max(high, next_[j].minutes);
  }
  std::sort(order_.begin(), order_.end());
  const int first_band = low / minute_band_;
  band_taken_.assign(high / minute_band_ - first_band + 1, 0);
  const int quota =
      std::max<int>(1, beam / (2 * static_cast<int>(band_taken_.size())));
  kept_.assign(next_.size(), 0);
  int kept = 0;
  for (const auto& [cost, j] : order_) {
    int& taken = band_taken_[next_[j].minutes / minute_band_ - first_band];
    if (taken < quota) {
      ++taken;
      kept_[j] = 1;
      ++kept;
    }
  }
  for (size_t k = 0; k < order_.size() && kept < beam; ++k) {
    const int j = order_[k].second;
    if (!kept_[j]) {
      kept_[j] = 1;
      ++kept;
    }
  }
  size_t out = 0;
  for (size_t j = 0; j < next_.size(); ++j) {
    if (kept_[j]) next_[out++] = next_[j];
  }
  next_.resize(out);
}

// Open addressing over keys_ / slots_, emptied in O(1) by bumping stamp_.
void RowDp::ClearIndex(size_t expected) {
  size_t size = 64;
  while (size < 2 * expected) size *= 2;
  if (size > keys_.size()) {
    keys_.assign(size, 0);
    slots_.assign(size, 0);
    stamps_.assign(size, 0);
    stamp_ = 0;
  }
  if (++stamp_ == 0) {  // wrapped: old stamps could match again
    std::fill(stamps_.begin(), stamps_.end(), 0);
    stamp_ = 1;
  }
}

void RowDp::Push(const Label& label) {
  ++pushes_;
  const uint64_t key =
      KeyOf(label.last, label.run, label.edge, label.weekends, label.minutes);
  const size_t mask = keys_.size() - 1;
  size_t h = (key * 0x9E3779B97F4A7C15ull) >> 20;
  for (;; ++h) {
    const size_t at = h & mask;
    if (stamps_[at] != stamp_) {
      if (next_.size() * 2 >= keys_.size()) {
        // Too full to stay fast: grow and re-insert what is there.
        std::vector<Label> held;
        held.swap(next_);
        ClearIndex(2 * held.size() + 1);
        for (const Label& l : held) Push(l);
        Push(label);
        return;
      }
      stamps_[at] = stamp_;
      keys_[at] = key;
      slots_[at] = static_cast<int>(next_.size());
      next_.push_back(label);
      return;
    }
    if (keys_[at] == key) {
      if (label.cost < next_[slots_[at]].cost) next_[slots_[at]] = label;
      return;
    }
  }
}

}  // namespace vaktbro::roster
