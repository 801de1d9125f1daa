// The field rules of each resource, as pure functions over the message
// (references to other resources are checked by the callers, which own the
// transaction). Every failure names the field: `prefix` is the request's path
// to the resource ("organisation", "shift").
#ifndef VAKTBRO_SERVER_DOMAIN_CHECKS_H_
#define VAKTBRO_SERVER_DOMAIN_CHECKS_H_

#include <string_view>

#include "absl/status/status.h"
#include "google/protobuf/timestamp.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::domain {

inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxNoteLength = 2000;
inline constexpr int kMaxCompetenceCodeLength = 40;
inline constexpr int kMaxCompetences = 50;
inline constexpr int kMaxPreferredUnits = 20;
inline constexpr int kMinShiftSeconds = 30 * 60;
inline constexpr int kMaxShiftSeconds = 24 * 3600;
inline constexpr int kMaxHeadcount = 50;
inline constexpr int64_t kShiftPastLimitSeconds = 366LL * 24 * 3600;
inline constexpr int64_t kShiftFutureLimitSeconds = 2 * 366LL * 24 * 3600;
inline constexpr int kMaxAvailabilitySeconds = 31 * 24 * 3600;

absl::Status CheckOrganisation(std::string_view prefix, const v1::Organisation& o);
absl::Status CheckUnit(std::string_view prefix, const v1::Unit& u);
// `now` decides the plausible birth years (1920 .. now - 15).
absl::Status CheckPerson(std::string_view prefix, const v1::Person& p,
                         const google::protobuf::Timestamp& now);
absl::Status CheckPosition(std::string_view prefix, const v1::Position& p);
absl::Status CheckAvailability(std::string_view prefix, const v1::Availability& a);
// `now` bounds the start: at most a year back and two years ahead.
absl::Status CheckShift(std::string_view prefix, const v1::Shift& s,
                        const google::protobuf::Timestamp& now);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_CHECKS_H_
