#include "work_timeline.h"

#include <algorithm>
#include <optional>

namespace vaktbro::rules {

WorkTimeline::WorkTimeline(std::vector<const WorkItem*> items)
    : items_(std::move(items)), longest_(absl::ZeroDuration()) {
  std::erase_if(items_, [](const WorkItem* w) { return w->end <= w->start; });
  auto before = [](const WorkItem* a, const WorkItem* b) {
    return a->start != b->start ? a->start < b->start : a->end < b->end;
  };
  // Callers pass a sorted schedule with the candidate last: move it in place.
  const auto unsorted =
      std::is_sorted_until(items_.begin(), items_.end(), before);
  if (unsorted + 1 == items_.end()) {
    const auto at =
        std::upper_bound(items_.begin(), unsorted, *unsorted, before);
    std::rotate(at, unsorted, items_.end());
  } else if (unsorted != items_.end()) {
    std::sort(items_.begin(), items_.end(), before);
  }
  prefix_.reserve(items_.size() + 1);
  prefix_.push_back(absl::ZeroDuration());
  for (const WorkItem* w : items_) {
    prefix_.push_back(prefix_.back() + (w->end - w->start));
    longest_ = std::max(longest_, w->end - w->start);
  }
}

size_t WorkTimeline::FirstStartingAt(absl::Time t) const {
  return std::partition_point(items_.begin(), items_.end(),
                              [t](const WorkItem* w) { return w->start < t; }) -
         items_.begin();
}

absl::Duration WorkTimeline::WorkedBefore(absl::Time t) const {
  // Items starting before t - longest_ have ended by t: count them whole.
  size_t i = FirstStartingAt(t - longest_);
  absl::Duration sum = prefix_[i];
  for (; i < items_.size() && items_[i]->start < t; ++i) {
    sum += std::min(items_[i]->end, t) - items_[i]->start;
  }
  return sum;
}

absl::Duration WorkTimeline::WorkedBetween(absl::Time from,
                                           absl::Time to) const {
  if (to <= from) return absl::ZeroDuration();
  return WorkedBefore(to) - WorkedBefore(from);
}

absl::Duration WorkTimeline::WorkedAround(absl::Time start, absl::Time end,
                                          absl::Duration length) const {
  return WorkedBetween(std::min(end - length, start),
                       std::max(end - length, start) + length);
}

WorkTimeline::Window WorkTimeline::BusiestWindow(absl::Time start,
                                                 absl::Time end,
                                                 absl::Duration length) const {
  const absl::Time lo = std::min(end - length, start);
  const absl::Time hi = std::max(end - length, start);
  // Of equal windows the first considered wins: one that starts with an item
  // reads best in a message.
  std::optional<Window> best;
  auto consider = [&](absl::Time s) {
    if (s < lo || s > hi) return;
    const absl::Duration worked = WorkedBetween(s, s + length);
    if (!best || worked > best->worked) best = Window{s, worked};
  };
  for (size_t i = FirstStartingAt(lo);
       i < items_.size() && items_[i]->start <= hi; ++i) {
    consider(items_[i]->start);
  }
  for (size_t i = FirstStartingAt(lo + length - longest_);
       i < items_.size() && items_[i]->start <= hi + length; ++i) {
    consider(items_[i]->end - length);
  }
  consider(lo);
  consider(hi);
  return *best;
}

std::vector<const WorkItem*> WorkTimeline::Overlapping(
    absl::Time from, absl::Time to, const WorkItem* skip) const {
  std::vector<const WorkItem*> out;
  for (size_t i = FirstStartingAt(from - longest_);
       i < items_.size() && items_[i]->start < to; ++i) {
    if (items_[i] != skip && items_[i]->end > from) out.push_back(items_[i]);
  }
  return out;
}

std::vector<TimeWindow> WorkTimeline::BusyBlocks(absl::Time from,
                                                 absl::Time to) const {
  std::vector<TimeWindow> out;
  for (const WorkItem* w : Overlapping(from, to, nullptr)) {
    if (!out.empty() && w->start <= out.back().end) {
      out.back().end = std::max(out.back().end, w->end);
    } else {
      out.push_back({w->start, w->end});
    }
  }
  return out;
}

}  // namespace vaktbro::rules
