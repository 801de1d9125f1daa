#include "position_choice.h"

#include <algorithm>
#include <iterator>

#include "absl/time/civil_time.h"
#include "local_time.h"

namespace vaktbro::ctl {
namespace {

constexpr v1::Position::Kind kPreference[] = {
    v1::Position::MAIN, v1::Position::SECONDARY, v1::Position::POOL,
    v1::Position::PENSIONER, v1::Position::HOURLY};

// The place of `kind` in kPreference; other kinds come last.
int Rank(v1::Position::Kind kind) {
  const auto* found =
      std::find(std::begin(kPreference), std::end(kPreference), kind);
  return static_cast<int>(found - std::begin(kPreference));
}

absl::CivilDay DayOf(const v1::Date& d) {
  return absl::CivilDay(d.year(), d.month(), d.day());
}

}  // namespace

bool PositionFits(const v1::Position& position, const v1::Shift& shift) {
  if (position.employer() != shift.organisation()) return false;
  const absl::CivilDay first =
      absl::ToCivilDay(FromProto(shift.start_time()), OsloZone());
  const absl::CivilDay last = absl::ToCivilDay(
      FromProto(shift.end_time()) - absl::Nanoseconds(1), OsloZone());
  if (DayOf(position.valid_from()) > first) return false;
  const bool open_ended = position.valid_to().year() == 0;
  return open_ended || last <= DayOf(position.valid_to());
}

std::optional<v1::Position> ChoosePosition(
    const std::vector<v1::Position>& positions, const v1::Shift& shift) {
  const v1::Position* best = nullptr;
  for (const v1::Position& p : positions) {
    if (!PositionFits(p, shift)) continue;
    if (best == nullptr || Rank(p.kind()) < Rank(best->kind()) ||
        (Rank(p.kind()) == Rank(best->kind()) && p.name() < best->name())) {
      best = &p;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

}  // namespace vaktbro::ctl
