#include "search_tables.h"

#include <algorithm>

namespace vaktbro::roster {
namespace {

constexpr int kOff = Roster::kOff;

int64_t MinuteUnits(int64_t minutes) {
  return (minutes + kMinutesPerUnit - 1) / kMinutesPerUnit;
}

// Merges the model's costs, requests, bans, days off and type maxima into
// the sorted cell lists.
void BuildCells(Tables& tables) {
  const Model& m = tables.model;
  const int workers = tables.workers, days = tables.days, types = tables.types;
  std::vector<int64_t>& request_constant = tables.request_constant;
  std::vector<int>& max_per_type = tables.max_per_type;
  std::vector<size_t>& cell_begin = tables.cell_begin;
  std::vector<CellInfo>& cells = tables.cells;
  request_constant.assign(workers, 0);
  max_per_type.assign(static_cast<size_t>(workers) * types, kNoLimit);
  for (int w = 0; w < workers; ++w) {
    for (int t = 0; t < types && !m.workers[w].max_shifts_per_type.empty();
         ++t) {
      max_per_type[static_cast<size_t>(w) * types + t] =
          m.workers[w].max_shifts_per_type[t];
    }
  }
  struct Raw {
    uint64_t key;  // (worker * days + day) * types + type
    bool listed;
    int64_t cost;
  };
  auto key_of = [&](int w, int d, int t) {
    return (static_cast<uint64_t>(w) * days + d) * types + t;
  };
  std::vector<Raw> raw;
  const bool open = m.eligibility == Eligibility::kOpen;
  if (open) {
    raw.reserve(static_cast<size_t>(workers) * days * types +
                m.requests.size());
    for (uint64_t k = 0; k < static_cast<uint64_t>(workers) * days * types;
         ++k) {
      raw.push_back({k, true, 0});
    }
  }
  for (const CellCost& c : m.costs) {
    raw.push_back(
        {key_of(c.cell.worker, c.cell.day, c.cell.type), true, c.cost});
  }
  for (const Request& r : m.requests) {
    const bool on = r.kind == RequestKind::kOn;
    if (on) request_constant[r.worker] += r.weight;
    raw.push_back(
        {key_of(r.worker, r.day, r.type), false, on ? -r.weight : r.weight});
  }
  std::sort(raw.begin(), raw.end(),
            [](const Raw& a, const Raw& b) { return a.key < b.key; });
  std::vector<uint64_t> banned;
  for (const roster::Cell& c : m.banned)
    banned.push_back(key_of(c.worker, c.day, c.type));
  std::sort(banned.begin(), banned.end());
  std::vector<uint8_t> day_off(static_cast<size_t>(workers) * days, 0);
  for (int w = 0; w < workers; ++w) {
    for (int d : m.workers[w].days_off)
      day_off[static_cast<size_t>(w) * days + d] = 1;
  }

  cell_begin.assign(static_cast<size_t>(workers) * days + 1, 0);
  cells.clear();
  for (size_t i = 0; i < raw.size();) {
    const uint64_t key = raw[i].key;
    CellInfo cell;
    bool listed = false;
    for (; i < raw.size() && raw[i].key == key; ++i) {
      listed = listed || raw[i].listed;
      cell.cost += raw[i].cost;
    }
    cell.type = static_cast<int>(key % types);
    const uint64_t worker_day = key / types;
    const int w = static_cast<int>(worker_day / days);
    cell.allowed =
        listed && !day_off[worker_day] &&
        max_per_type[static_cast<size_t>(w) * types + cell.type] > 0 &&
        !std::binary_search(banned.begin(), banned.end(), key);
    if (!cell.allowed && cell.cost == 0) continue;
    tables.max_abs_cell_cost = std::max(tables.max_abs_cell_cost,
                                        cell.cost < 0 ? -cell.cost : cell.cost);
    ++cell_begin[worker_day + 1];
    cells.push_back(cell);
  }
  for (size_t i = 1; i < cell_begin.size(); ++i)
    cell_begin[i] += cell_begin[i - 1];
}

}  // namespace

Tables::Tables(const Model& m)
    : model(m),
      workers(static_cast<int>(m.workers.size())),
      days(m.num_days),
      types(static_cast<int>(m.types.size())) {
  const size_t slots = static_cast<size_t>(days) * types;
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

  BuildCells(*this);
  forbidden_next.assign(static_cast<size_t>(types) * types, 0);
  for (int a = 0; a < types; ++a) {
    for (int b : m.types[a].forbidden_next)
      forbidden_next[static_cast<size_t>(a) * types + b] = 1;
  }
}

const CellInfo* Tables::FindCell(int worker, int day, int type) const {
  const std::span<const CellInfo> list = CellsOf(worker, day);
  if (static_cast<int>(list.size()) == types)
    return &list[type];  // every type, in order
  for (const CellInfo& c : list) {
    if (c.type == type) return &c;
    if (c.type > type) break;
  }
  return nullptr;
}

RowScorer::RowScorer(const Tables& tables)
    : t_(tables), per_type_(tables.types) {}

int64_t RowScorer::StretchUnits(const Worker& w, bool working, int length,
                                bool at_edge) const {
  if (working) {
    int64_t units = 0;
    if (length > w.max_consecutive_days)
      units += (length - w.max_consecutive_days) * kDayUnits;
    const bool exempt =
        at_edge && t_.model.edge_work_stretch == EdgeWorkStretch::kExempt;
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
  const LocalScore local = Local(worker, row, 0, t_.days - 1);
  std::fill(per_type_.begin(), per_type_.end(), 0);
  for (int v : row) {
    if (v != kOff) ++per_type_[v];
  }
  return RowScore{t_.request_constant[worker] + local.soft,
                  local.hard + Totals(worker, local.minutes, local.weekends,
                                      per_type_.data())};
}

int64_t RowScorer::Totals(int worker, int64_t minutes, int weekends,
                          const int* per_type) const {
  const Worker& w = t_.model.workers[worker];
  const int* max_per_type =
      &t_.max_per_type[static_cast<size_t>(worker) * t_.types];
  int64_t hard = 0;
  for (int t = 0; t < t_.types; ++t) {
    if (per_type[t] > max_per_type[t])
      hard += (per_type[t] - max_per_type[t]) * kDayUnits;
  }
  if (minutes > w.max_total_minutes) {
    hard += MinuteUnits(minutes - w.max_total_minutes);
  } else if (minutes < w.min_total_minutes) {
    hard += MinuteUnits(w.min_total_minutes - minutes);
  }
  if (weekends > w.max_weekends)
    hard += (weekends - w.max_weekends) * kDayUnits;
  return hard;
}

LocalScore RowScorer::Local(int worker, std::span<const int> row, int first,
                            int last) const {
  const Worker& w = t_.model.workers[worker];
  const int days = t_.days, types = t_.types;
  auto minutes_on = [&](int d) {
    return row[d] == kOff ? 0 : t_.minutes[t_.Slot(d, row[d])];
  };
  LocalScore s;
  // The cells themselves.
  for (int d = first; d <= last; ++d) {
    if (row[d] == kOff) continue;
    const CellInfo* cell = t_.FindCell(worker, d, row[d]);
    if (cell != nullptr) s.soft += cell->cost;
    if (cell == nullptr || !cell->allowed) s.hard += kDayUnits;
    s.minutes += t_.minutes[t_.Slot(d, row[d])];
  }
  // Successions into, inside and out of the days.
  for (int d = std::max(0, first - 1); d <= std::min(last, days - 2); ++d) {
    if (row[d] != kOff && row[d + 1] != kOff &&
        t_.forbidden_next[static_cast<size_t>(row[d]) * types + row[d + 1]]) {
      s.hard += kDayUnits;
    }
  }
  // Whole stretches from the one before the days to the one after them:
  // their bounds lie outside the days, so a change inside keeps them.
  int from = first, to = last;
  if (first > 0) {
    from = first - 1;
    while (from > 0 && (row[from - 1] == kOff) == (row[first - 1] == kOff))
      --from;
  }
  if (last < days - 1) {
    to = last + 1;
    while (to < days - 1 && (row[to + 1] == kOff) == (row[last + 1] == kOff))
      ++to;
  }
  for (int start = from; start <= to;) {
    int end = start;
    while (end + 1 <= to && (row[end + 1] == kOff) == (row[start] == kOff))
      ++end;
    s.hard += StretchUnits(w, row[start] != kOff, end - start + 1,
                           start == 0 || end == days - 1);
    start = end + 1;
  }
  s.days_seen = to - from + 1;
  // Rest between consecutive worked shifts, from the last one before the
  // days to the first one after them.
  if (w.min_rest_minutes) {
    int lo = first, hi = last;
    while (lo > 0 && row[lo - 1] == kOff) --lo;
    lo = std::max(0, lo - 1);
    while (hi < days - 1 && row[hi + 1] == kOff) ++hi;
    hi = std::min(days - 1, hi + 1);
    int previous = -1;
    for (int d = lo; d <= hi; ++d) {
      if (row[d] == kOff) continue;
      if (previous >= 0) {
        const int gap = t_.start[t_.Slot(d, row[d])] -
                        t_.end[t_.Slot(previous, row[previous])];
        if (gap < *w.min_rest_minutes)
          s.hard += MinuteUnits(*w.min_rest_minutes - gap);
      }
      previous = d;
    }
    s.days_seen += hi - lo + 1;
  }
  // Weekends that touch the days: Saturday in [first - 1, last].
  for (int sat = first - 1 + ((5 - (first - 1)) % 7 + 7) % 7; sat <= last;
       sat += 7) {
    if (sat < 0) continue;
    s.weekends += row[sat] != kOff || (sat + 1 < days && row[sat + 1] != kOff);
  }
  // The 7-day windows that touch the days.
  if (w.max_minutes_per_7_days) {
    const int64_t max = *w.max_minutes_per_7_days;
    const int window = std::min(7, days);
    const int lo = std::max(0, first - window + 1),
              hi = std::min(last, days - window);
    int64_t sum = 0;
    for (int d = lo; d < lo + window; ++d) sum += minutes_on(d);
    for (int f = lo;; ++f) {
      if (sum > max) s.hard += MinuteUnits(sum - max);
      if (f + 1 > hi) break;
      sum += minutes_on(f + window) - minutes_on(f);
    }
    s.days_seen += hi - lo + window;
  }
  return s;
}

}  // namespace vaktbro::roster
