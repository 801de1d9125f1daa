// Internal to the rules library: one person's work items sorted by start,
// with the window sums the working-time rules need in O(log n).
#ifndef VAKTBRO_SERVER_RULES_WORK_TIMELINE_H_
#define VAKTBRO_SERVER_RULES_WORK_TIMELINE_H_

#include <cstddef>
#include <vector>

#include "absl/time/time.h"
#include "oslo_calendar.h"
#include "working_time.h"

namespace vaktbro::rules {

class WorkTimeline {
 public:
  // Sorts `items` by start (then end); fastest when they are sorted but for
  // a last few. Items with end <= start are dropped.
  // Does not own the items: they must outlive the timeline.
  explicit WorkTimeline(std::vector<const WorkItem*> items);

  const std::vector<const WorkItem*>& items() const { return items_; }

  // The index of the first item that starts at or after `t`.
  size_t FirstStartingAt(absl::Time t) const;

  // The longest item.
  absl::Duration longest() const { return longest_; }

  // The sum over all items of their overlap with [from, to), and with
  // (-inf, t).
  absl::Duration WorkedBetween(absl::Time from, absl::Time to) const;
  absl::Duration WorkedBefore(absl::Time t) const;

  // The work in the union of the windows BusiestWindow looks at: a bound on
  // each of them, to skip the search when it is below a limit.
  absl::Duration WorkedAround(absl::Time start, absl::Time end,
                              absl::Duration length) const;

  struct Window {
    absl::Time start;
    absl::Duration worked;
  };
  // Of the windows [s, s + length) that contain [start, end) (or that lie in
  // it, if it is longer than `length`), the one with the most work; of
  // equals, preferably one starting with an item. Exact: the sum, piecewise
  // linear in s, is largest where s is an item start or s + length an item
  // end, or at the ends of the range.
  Window BusiestWindow(absl::Time start, absl::Time end,
                       absl::Duration length) const;

  // The items that overlap [from, to), in order, except `skip`.
  std::vector<const WorkItem*> Overlapping(absl::Time from, absl::Time to,
                                           const WorkItem* skip) const;

  // The union of the items that overlap [from, to), as disjoint busy
  // intervals in order (not clipped to [from, to)).
  std::vector<TimeWindow> BusyBlocks(absl::Time from, absl::Time to) const;

 private:
  std::vector<const WorkItem*> items_;
  std::vector<absl::Duration>
      prefix_;  // prefix_[i]: the lengths of items_[0, i)
  absl::Duration longest_;
};

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_WORK_TIMELINE_H_
