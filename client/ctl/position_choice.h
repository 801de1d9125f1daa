// Which of a person's positions a shift is worked through when the
// coordinator does not name one (shifts offer and shifts assign).
#ifndef VAKTBRO_CLIENT_CTL_POSITION_CHOICE_H_
#define VAKTBRO_CLIENT_CTL_POSITION_CHOICE_H_

#include <optional>
#include <vector>

#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::ctl {

// True when `position` is at the shift's organisation and valid on every
// Europe/Oslo calendar day the shift touches (the day it starts and the day
// of its last minute); valid_to unset means open-ended.
bool PositionFits(const v1::Position& position, const v1::Shift& shift);

// The fitting position of the first kind in the order MAIN, SECONDARY, POOL,
// PENSIONER, HOURLY; among fitting positions of one kind, the first by name.
// nullopt when none of `positions` fits.
std::optional<v1::Position> ChoosePosition(
    const std::vector<v1::Position>& positions, const v1::Shift& shift);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_POSITION_CHOICE_H_
