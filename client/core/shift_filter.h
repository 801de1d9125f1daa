// Which shifts the open-shift board shows.
#ifndef VAKTBRO_CLIENT_CORE_SHIFT_FILTER_H_
#define VAKTBRO_CLIENT_CORE_SHIFT_FILTER_H_

#include <optional>
#include <string>

#include "absl/time/time.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::client {

// A value type. Empty strings and unset times mean "any".
struct ShiftFilter {
  std::string organisation;              // "organisations/{id}"
  std::string unit;                      // "units/{id}"
  std::optional<absl::Time> start_from;  // inclusive
  std::optional<absl::Time> start_to;    // exclusive

  friend bool operator==(const ShiftFilter&, const ShiftFilter&) = default;
};

// True when the board shows shifts in `state`: OPEN and PARTLY_FILLED.
bool IsOnBoard(v1::Shift::State state);

// True when `shift` is on the board under `filter`: its state is OPEN or
// PARTLY_FILLED and it matches every set criterion.
bool Matches(const ShiftFilter& filter, const v1::Shift& shift);

// The ListShifts request for the first page of the board under `filter`
// (states OPEN and PARTLY_FILLED, page size `page_size`).
v1::ListShiftsRequest ToListRequest(const ShiftFilter& filter, int page_size);

// The WatchShifts request that covers `filter` (organisation and unit; the
// date range is applied on the client).
v1::WatchShiftsRequest ToWatchRequest(const ShiftFilter& filter);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_SHIFT_FILTER_H_
