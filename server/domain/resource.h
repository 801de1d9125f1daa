// Resource names, ids, etags and the clock: the small parts every resource
// method shares.
#ifndef VAKTBRO_SERVER_DOMAIN_RESOURCE_H_
#define VAKTBRO_SERVER_DOMAIN_RESOURCE_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"

namespace vaktbro::domain {

// Collections, as the first segment of a resource name.
inline constexpr std::string_view kOrganisations = "organisations";
inline constexpr std::string_view kPartnerships = "partnerships";
inline constexpr std::string_view kUnits = "units";
inline constexpr std::string_view kPeople = "people";
inline constexpr std::string_view kPositions = "positions";
inline constexpr std::string_view kAvailabilities = "availabilities";
inline constexpr std::string_view kShifts = "shifts";
inline constexpr std::string_view kAssignments = "assignments";
inline constexpr std::string_view kAgencyBookings = "agencyBookings";
inline constexpr std::string_view kInternalFills = "internalFills";
inline constexpr std::string_view kAgencySettings = "agencySettings";

// "shifts" + "abc" -> "shifts/abc".
std::string MakeName(std::string_view collection, std::string_view id);

// The id of `name` when it is "<collection>/<id>"; INVALID_ARGUMENT naming
// `field` otherwise ("shift: must be a name like shifts/{id}").
absl::StatusOr<std::string> ParseName(std::string_view field, std::string_view name,
                                      std::string_view collection);

// A new random id: 16 lowercase hex characters. Thread-safe.
std::string NewId();

// The first etag of a new resource, and the one after `etag`.
std::string FirstEtag();
std::string NextEtag(std::string_view etag);

// ABORTED when `given` is set and differs from `current`.
absl::Status CheckEtag(std::string_view given, std::string_view current, std::string_view name);

// The source of "now". The real one reads the system clock; tests may pass
// their own.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual google::protobuf::Timestamp Now() const = 0;
  // The process-wide system clock.
  static const Clock& System();
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_RESOURCE_H_
