// Instants for the agency tests, written as Europe/Oslo wall-clock time.
#ifndef VAKTBRO_TESTS_AGENCY_TEST_TIMES_H_
#define VAKTBRO_TESTS_AGENCY_TEST_TIMES_H_

#include <cstdint>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "agency/calendar.h"
#include "google/protobuf/timestamp.pb.h"

namespace vaktbro::agency::testing {

// Unix seconds of y-m-d h:min in Oslo.
inline int64_t Oslo(int y, int m, int d, int h, int min = 0) {
  return absl::ToUnixSeconds(
      agency::Oslo().At(absl::CivilSecond(y, m, d, h, min, 0)).pre);
}

inline google::protobuf::Timestamp Ts(int64_t seconds) {
  google::protobuf::Timestamp t;
  t.set_seconds(seconds);
  return t;
}

}  // namespace vaktbro::agency::testing

#endif  // VAKTBRO_TESTS_AGENCY_TEST_TIMES_H_
