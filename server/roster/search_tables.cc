#include "search_tables.h"

#include <algorithm>

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;

int64_t MinuteUnits(int64_t minutes) { return (minutes + kMinutesPerUnit - 1) / kMinutesPerUnit; }

}  // namespace

Tables::Tables(const Model& m)
    : model(m),
      workers(static_cast<int>(m.workers.size())),
      days(m.num_days),
      types(static_cast<int>(m.types.size())) {
  const size_t slots = static_cast<size_t>(days) * types;
  const size_t cells = static_cast<size_t>(workers) * slots;
  const SlotTable table(m);
  minutes.resize(slots);
  start.resize(slots);
  end.resize(slots);
  required.resize(slots);
  hard_max.resize(slots);
  under_weight.resize(slots);
  over_weight.resize(slots);
  for (int d = 0; d < days; ++d) {
    for (int t = 0; t < types; ++t) {
      const size_t s = Slot(d, t);
      const TimeWindow w = table.window(d, t);
      const roster::Slot& slot = table.at(d, t);
      start[s] = w.start_minute;
      end[s] = w.end_minute;
      minutes[s] = w.end_minute - w.start_minute;
      required[s] = slot.required;
      hard_max[s] = slot.hard_max;
      under_weight[s] = slot.under_weight;
      over_weight[s] = slot.over_weight;
    }
  }

  cell_cost.assign(cells, 0);
  request_constant.assign(workers, 0);
  max_per_type.assign(static_cast<size_t>(workers) * types, kNoLimit);
  const bool listed_only = m.eligibility == Eligibility::kListedOnly;
  allowed.assign(cells, listed_only ? 0 : 1);
  for (const CellCost& c : m.costs) {
    const size_t i = Cell(c.cell.worker, c.cell.day, c.cell.type);
    cell_cost[i] += c.cost;
    allowed[i] = 1;
  }
  for (const Request& r : m.requests) {
    const size_t i = Cell(r.worker, r.day, r.type);
    if (r.kind == RequestKind::kOn) {
      request_constant[r.worker] += r.weight;
      cell_cost[i] -= r.weight;
    } else {
      cell_cost[i] += r.weight;
    }
  }
  for (const roster::Cell& c : m.banned) allowed[Cell(c.worker, c.day, c.type)] = 0;
  for (int w = 0; w < workers; ++w) {
    const Worker& worker = m.workers[w];
    for (int d : worker.days_off) {
      for (int t = 0; t < types; ++t) allowed[Cell(w, d, t)] = 0;
    }
    for (int t = 0; t < types && !worker.max_shifts_per_type.empty(); ++t) {
      max_per_type[static_cast<size_t>(w) * types + t] = worker.max_shifts_per_type[t];
      if (worker.max_shifts_per_type[t] == 0) {
        for (int d = 0; d < days; ++d) allowed[Cell(w, d, t)] = 0;
      }
    }
  }

  forbidden_next.assign(static_cast<size_t>(types) * types, 0);
  for (int a = 0; a < types; ++a) {
    for (int b : m.types[a].forbidden_next) forbidden_next[static_cast<size_t>(a) * types + b] = 1;
  }
}

RowScorer::RowScorer(const Tables& tables)
    : t_(tables), per_type_(tables.types), day_minutes_(tables.days) {}

int64_t RowScorer::StretchUnits(const Worker& w, bool working, int length, bool at_edge) const {
  if (working) {
    int64_t units = 0;
    if (length > w.max_consecutive_days) units += (length - w.max_consecutive_days) * kDayUnits;
    const bool exempt = at_edge && t_.model.edge_work_stretch == EdgeWorkStretch::kExempt;
    if (length < w.min_consecutive_days && !exempt) {
      units += (w.min_consecutive_days - length) * kDayUnits;
    }
    return units;
  }
  if (!at_edge && length < w.min_consecutive_days_off) {
    return (w.min_consecutive_days_off - length) * kDayUnits;
  }
  return 0;
}

RowScore RowScorer::Score(int worker, std::span<const int> row) {
  const Worker& w = t_.model.workers[worker];
  const int days = t_.days;
  const int types = t_.types;
  RowScore score{t_.request_constant[worker], 0};
  std::fill(per_type_.begin(), per_type_.end(), 0);
  int64_t total_minutes = 0;
  int previous = kOff;
  int stretch_start = 0;
  bool has_end = false;
  int last_end = 0;
  const size_t cell_base = static_cast<size_t>(worker) * days * types;
  for (int d = 0; d < days; ++d) {
    const int v = row[d];
    if ((v == kOff) != (previous == kOff) && d > 0) {
      score.hard += StretchUnits(w, previous != kOff, d - stretch_start, stretch_start == 0);
      stretch_start = d;
    }
    if (v == kOff) {
      day_minutes_[d] = 0;
      previous = v;
      continue;
    }
    const size_t cell = cell_base + static_cast<size_t>(d) * types + v;
    const size_t slot = static_cast<size_t>(d) * types + v;
    score.soft += t_.cell_cost[cell];
    if (!t_.allowed[cell]) score.hard += kDayUnits;
    if (previous != kOff && t_.forbidden_next[static_cast<size_t>(previous) * types + v]) {
      score.hard += kDayUnits;
    }
    if (w.min_rest_minutes) {
      const int gap = t_.start[slot] - last_end;
      if (has_end && gap < *w.min_rest_minutes) score.hard += MinuteUnits(*w.min_rest_minutes - gap);
      has_end = true;
      last_end = t_.end[slot];
    }
    ++per_type_[v];
    day_minutes_[d] = t_.minutes[slot];
    total_minutes += t_.minutes[slot];
    previous = v;
  }
  score.hard += StretchUnits(w, previous != kOff, days - stretch_start, true);

  const int* max_per_type = &t_.max_per_type[static_cast<size_t>(worker) * types];
  for (int t = 0; t < types; ++t) {
    if (per_type_[t] > max_per_type[t]) score.hard += (per_type_[t] - max_per_type[t]) * kDayUnits;
  }
  if (total_minutes > w.max_total_minutes) {
    score.hard += MinuteUnits(total_minutes - w.max_total_minutes);
  } else if (total_minutes < w.min_total_minutes) {
    score.hard += MinuteUnits(w.min_total_minutes - total_minutes);
  }
  int weekends = 0;
  for (int sat = 5; sat < days; sat += 7) {
    weekends += row[sat] != kOff || (sat + 1 < days && row[sat + 1] != kOff);
  }
  if (weekends > w.max_weekends) score.hard += (weekends - w.max_weekends) * kDayUnits;
  if (w.max_minutes_per_7_days) {
    const int64_t max = *w.max_minutes_per_7_days;
    int64_t window = 0;
    for (int d = 0; d < days; ++d) {
      window += day_minutes_[d];
      if (d >= 7) window -= day_minutes_[d - 7];
      if ((d >= 6 || d == days - 1) && window > max) score.hard += MinuteUnits(window - max);
    }
  }
  return score;
}

}  // namespace vaktbro::roster
