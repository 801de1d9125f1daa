#include "shift_filter.h"

#include "oslo_time.h"

namespace vaktbro::client {

bool IsOnBoard(v1::Shift::State state) {
  return state == v1::Shift::OPEN || state == v1::Shift::PARTLY_FILLED;
}

bool Matches(const ShiftFilter& filter, const v1::Shift& shift) {
  if (!IsOnBoard(shift.state())) return false;
  if (!filter.organisation.empty() &&
      shift.organisation() != filter.organisation) {
    return false;
  }
  if (!filter.unit.empty() && shift.unit() != filter.unit) return false;
  const absl::Time start = FromTimestamp(shift.start_time());
  if (filter.start_from.has_value() && start < *filter.start_from) {
    return false;
  }
  if (filter.start_to.has_value() && start >= *filter.start_to) return false;
  return true;
}

v1::ListShiftsRequest ToListRequest(const ShiftFilter& filter, int page_size) {
  v1::ListShiftsRequest request;
  request.set_page_size(page_size);
  request.set_organisation(filter.organisation);
  request.set_unit(filter.unit);
  request.add_states(v1::Shift::OPEN);
  request.add_states(v1::Shift::PARTLY_FILLED);
  if (filter.start_from.has_value()) {
    *request.mutable_start_time_from() = ToTimestamp(*filter.start_from);
  }
  if (filter.start_to.has_value()) {
    *request.mutable_start_time_to() = ToTimestamp(*filter.start_to);
  }
  return request;
}

v1::WatchShiftsRequest ToWatchRequest(const ShiftFilter& filter) {
  v1::WatchShiftsRequest request;
  request.set_organisation(filter.organisation);
  request.set_unit(filter.unit);
  return request;
}

}  // namespace vaktbro::client
