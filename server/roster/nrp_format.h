// Reads the instance files of the Curtois & Qu nurse rostering benchmark
// ("Nurse Rostering Instances 1..24", schedulingbenchmarks.org) into a Model.
//
// The text has `#` comment lines, blank lines, CRLF or LF line ends, and the
// sections SECTION_HORIZON, SECTION_SHIFTS, SECTION_STAFF, SECTION_DAYS_OFF,
// SECTION_SHIFT_ON_REQUESTS, SECTION_SHIFT_OFF_REQUESTS and SECTION_COVER
// (see shared/benchmarks/nrp/README.md). A section may refer only to shift
// types and staff declared earlier in the file; forbidden successors may name
// any type of SECTION_SHIFTS.
//
// The model gets Eligibility::kOpen and EdgeWorkStretch::kExempt (the
// publishers' formulation), one Slot per cover line (no hard maximum), one
// Request per request line, and no assignment costs. A shift type missing
// from a MaxShifts field is unlimited.
#ifndef VAKTBRO_SERVER_ROSTER_NRP_FORMAT_H_
#define VAKTBRO_SERVER_ROSTER_NRP_FORMAT_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "roster_model.h"

namespace vaktbro::roster {

// INVALID_ARGUMENT naming the section and the 1-based line, e.g.
// "SECTION_STAFF line 14: expected 8 fields, got 7".
absl::StatusOr<Model> ParseNrpInstance(std::string_view text);

// As ParseNrpInstance on the file's contents; NOT_FOUND when the file cannot
// be opened.
absl::StatusOr<Model> ReadNrpInstanceFile(const std::string& path);

}  // namespace vaktbro::roster

#endif  // VAKTBRO_SERVER_ROSTER_NRP_FORMAT_H_
