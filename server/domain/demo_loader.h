// Loads the generated demo region into a store through the domain classes,
// so the demo passes the same validation and invariants as real input.
#ifndef VAKTBRO_SERVER_DOMAIN_DEMO_LOADER_H_
#define VAKTBRO_SERVER_DOMAIN_DEMO_LOADER_H_

#include "absl/status/status.h"
#include "directory.h"
#include "resource.h"
#include "shift_book.h"
#include "store.h"

namespace vaktbro::domain {

struct DemoLoadStats {
  int organisations = 0;
  int units = 0;
  int people = 0;
  int positions = 0;
  int shifts = 0;
  int assignments = 0;
  int agency_bookings = 0;
};

// Generates the demo region for the week of `clock`'s today and writes it.
// The first failing record stops the load with its status, prefixed by what
// was being loaded ("demo shifts[12]: ...").
absl::StatusOr<DemoLoadStats> LoadDemo(storage::Store& store, const Clock& clock);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_DEMO_LOADER_H_
