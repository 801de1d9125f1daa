// iCalendar (RFC 5545) export of an employee's shifts, written with
// libical: one VCALENDAR with one VEVENT per shift.
//
// Times are written in UTC ("20261124T210000Z"), which every calendar
// program turns into its own zone, so no VTIMEZONE is needed. Each event's
// UID is the caller's (stable per assignment, so importing the file again
// updates the events instead of doubling them).
#ifndef VAKTBRO_CLIENT_CORE_ICS_EXPORT_H_
#define VAKTBRO_CLIENT_CORE_ICS_EXPORT_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace vaktbro::client {

struct IcsEvent {
  std::string uid;          // required, stable
  absl::Time start;
  absl::Time end;           // after start
  std::string summary;      // "Natt, Medisin – Vestvik sykehus"
  std::string location;     // optional: the unit
  std::string description;  // optional
};

// The calendar text. `stamp` is written as every event's DTSTAMP (when the
// file was made). INVALID_ARGUMENT "events[i].uid: ..." for an event
// without a uid, or one that does not end after it starts; INTERNAL if
// libical fails.
absl::StatusOr<std::string> BuildIcs(const std::vector<IcsEvent>& events,
                                     absl::Time stamp);

// Writes `text` to `path` (replacing the file). INTERNAL with the system's
// reason when the file cannot be written.
absl::Status WriteTextFile(const std::string& path, const std::string& text);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_ICS_EXPORT_H_
