#include "roster_model.h"

#include <set>
#include <string>
#include <tuple>

#include "absl/strings/str_cat.h"

namespace vaktbro::roster {
namespace {

absl::Status Invalid(absl::string_view what, size_t index,
                     absl::string_view message) {
  return absl::InvalidArgumentError(
      absl::StrCat(what, "[", index, "]: ", message));
}

bool InRange(int value, int end) { return value >= 0 && value < end; }

absl::Status ValidateTypes(const Model& m) {
  const int num_types = static_cast<int>(m.types.size());
  for (size_t i = 0; i < m.types.size(); ++i) {
    const ShiftType& t = m.types[i];
    if (t.length_minutes < 0)
      return Invalid("types", i, "negative length_minutes");
    if (!InRange(t.start_minute, kMinutesPerDay)) {
      return Invalid("types", i, "start_minute outside 0..1439");
    }
    for (int next : t.forbidden_next) {
      if (!InRange(next, num_types))
        return Invalid("types", i, "forbidden_next out of range");
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateWorkers(const Model& m) {
  const int num_types = static_cast<int>(m.types.size());
  for (size_t i = 0; i < m.workers.size(); ++i) {
    const Worker& w = m.workers[i];
    if (!w.max_shifts_per_type.empty() &&
        static_cast<int>(w.max_shifts_per_type.size()) != num_types) {
      return Invalid("workers", i,
                     "max_shifts_per_type needs one entry per type");
    }
    for (int max : w.max_shifts_per_type) {
      if (max < 0) return Invalid("workers", i, "negative max_shifts_per_type");
    }
    if (w.min_total_minutes < 0 || w.min_total_minutes > w.max_total_minutes) {
      return Invalid("workers", i, "total minutes: need 0 <= min <= max");
    }
    if (w.min_consecutive_days < 0 || w.max_consecutive_days < 1 ||
        w.min_consecutive_days > w.max_consecutive_days) {
      return Invalid("workers", i,
                     "consecutive days: need 0 <= min <= max, max >= 1");
    }
    if (w.min_consecutive_days_off < 0 || w.max_weekends < 0) {
      return Invalid("workers", i,
                     "negative min_consecutive_days_off or max_weekends");
    }
    for (int day : w.days_off) {
      if (!InRange(day, m.num_days))
        return Invalid("workers", i, "day off outside the horizon");
    }
    if (w.min_rest_minutes && *w.min_rest_minutes < 0) {
      return Invalid("workers", i, "negative min_rest_minutes");
    }
    if (w.max_minutes_per_7_days && *w.max_minutes_per_7_days < 0) {
      return Invalid("workers", i, "negative max_minutes_per_7_days");
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateSlots(const Model& m) {
  std::set<std::pair<int, int>> seen;
  for (size_t i = 0; i < m.slots.size(); ++i) {
    const Slot& s = m.slots[i];
    if (!InRange(s.day, m.num_days) ||
        !InRange(s.type, static_cast<int>(m.types.size()))) {
      return Invalid("slots", i, "day or type out of range");
    }
    if (!seen.emplace(s.day, s.type).second)
      return Invalid("slots", i, "duplicate (day, type)");
    if (s.required < 0 || s.hard_max < 0)
      return Invalid("slots", i, "negative count");
    if (s.under_weight < 0 || s.over_weight < 0)
      return Invalid("slots", i, "negative weight");
    if (s.time && s.time->end_minute < s.time->start_minute) {
      return Invalid("slots", i, "time ends before it starts");
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateCell(const Model& m, const Cell& c, absl::string_view what,
                          size_t i) {
  if (!InRange(c.worker, static_cast<int>(m.workers.size())) ||
      !InRange(c.day, m.num_days) ||
      !InRange(c.type, static_cast<int>(m.types.size()))) {
    return Invalid(what, i, "worker, day or type out of range");
  }
  return absl::OkStatus();
}

absl::Status ValidateCells(const Model& m) {
  for (size_t i = 0; i < m.requests.size(); ++i) {
    const Request& r = m.requests[i];
    if (absl::Status s =
            ValidateCell(m, Cell{r.worker, r.day, r.type}, "requests", i);
        !s.ok()) {
      return s;
    }
    if (r.weight < 0) return Invalid("requests", i, "negative weight");
  }
  std::set<std::tuple<int, int, int>> seen;
  for (size_t i = 0; i < m.costs.size(); ++i) {
    const Cell& c = m.costs[i].cell;
    if (absl::Status s = ValidateCell(m, c, "costs", i); !s.ok()) return s;
    if (!seen.emplace(c.worker, c.day, c.type).second)
      return Invalid("costs", i, "duplicate cell");
  }
  for (size_t i = 0; i < m.banned.size(); ++i) {
    if (absl::Status s = ValidateCell(m, m.banned[i], "banned", i); !s.ok())
      return s;
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateModel(const Model& model) {
  if (model.num_days < 1)
    return absl::InvalidArgumentError("num_days: must be at least 1");
  if (absl::Status s = ValidateTypes(model); !s.ok()) return s;
  if (absl::Status s = ValidateWorkers(model); !s.ok()) return s;
  if (absl::Status s = ValidateSlots(model); !s.ok()) return s;
  return ValidateCells(model);
}

Roster::Roster(int num_workers, int num_days)
    : num_workers_(num_workers),
      num_days_(num_days),
      cells_(static_cast<size_t>(num_workers) * num_days, kOff) {}

SlotTable::SlotTable(const Model& model)
    : model_(model),
      index_(static_cast<size_t>(model.num_days) * model.types.size(), -1) {
  for (size_t i = 0; i < model.slots.size(); ++i) {
    const Slot& s = model.slots[i];
    index_[static_cast<size_t>(s.day) * model.types.size() + s.type] =
        static_cast<int>(i);
  }
}

const Slot& SlotTable::at(int day, int type) const {
  const int i = index_[static_cast<size_t>(day) * model_.types.size() + type];
  return i < 0 ? empty_ : model_.slots[i];
}

TimeWindow SlotTable::window(int day, int type) const {
  const Slot& slot = at(day, type);
  if (slot.time) return *slot.time;
  const ShiftType& t = model_.types[type];
  const int start = day * kMinutesPerDay + t.start_minute;
  return TimeWindow{start, start + t.length_minutes};
}

std::string FormatRoster(const Model& model, const Roster& roster) {
  std::string out;
  for (int w = 0; w < roster.num_workers(); ++w) {
    absl::StrAppend(
        &out,
        w < static_cast<int>(model.workers.size()) ? model.workers[w].id : "?",
        ":");
    for (int d = 0; d < roster.num_days(); ++d) {
      const int t = roster.at(w, d);
      absl::StrAppend(&out, " ", t == Roster::kOff ? "-" : model.types[t].id);
    }
    absl::StrAppend(&out, "\n");
  }
  return out;
}

}  // namespace vaktbro::roster
