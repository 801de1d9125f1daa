// Norwegian organisation numbers (organisasjonsnummer): nine digits, the last
// a modulus-11 check digit over the first eight with weights 3,2,7,6,5,4,3,2.
#ifndef VAKTBRO_SERVER_DEMO_ORG_NUMBER_H_
#define VAKTBRO_SERVER_DEMO_ORG_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

#include "demo_random.h"

namespace vaktbro::demo {

// The check digit for eight leading digits: 11 - (weighted sum mod 11), with
// 11 written as 0. nullopt when the result is 10 (no valid number has these
// eight digits) or when `first8` is not eight ASCII digits.
std::optional<int> OrganisationNumberCheckDigit(std::string_view first8);

// True for nine ASCII digits whose last digit is the check digit.
bool IsValidOrganisationNumber(std::string_view number);

// A valid, random number starting with 9 (as public bodies' numbers do).
std::string RandomOrganisationNumber(DemoRandom& rng);

}  // namespace vaktbro::demo

#endif  // VAKTBRO_SERVER_DEMO_ORG_NUMBER_H_
