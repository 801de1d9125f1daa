// A person's positions on one day and their total percentage: what
// GetPositionSummary shows and what a proposal warns about. Pure;
// thread-safe.
#ifndef VAKTBRO_SERVER_AGREEMENTS_POSITIONS_H_
#define VAKTBRO_SERVER_AGREEMENTS_POSITIONS_H_

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::agreements {

inline constexpr double kFullTimePercent = 100.0;

// `p` is valid on `day` (valid_from <= day <= valid_to; unset ends are open).
bool ValidOn(const v1::Position& p, absl::CivilDay day);

struct PositionTotal {
  std::vector<v1::Position> positions;  // those valid on the day, in input order
  double total_percent = 0;
};

PositionTotal TotalOn(const std::vector<v1::Position>& positions, absl::CivilDay day);

// "positions: 120 % in total on 2026-03-01 (positions/a 100 %, positions/b
// 20 %), above 100 %"; "" when the total is at most 100 %.
std::string OverFullTimeWarning(const PositionTotal& total, absl::CivilDay day);

absl::CivilDay CivilOf(const v1::Date& d);
v1::Date DateOf(absl::CivilDay day);
// "2026-03-01"; "" for an unset date.
std::string IsoDate(const v1::Date& d);

}  // namespace vaktbro::agreements

#endif  // VAKTBRO_SERVER_AGREEMENTS_POSITIONS_H_
