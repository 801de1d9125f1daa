#include "org_number.h"

namespace vaktbro::demo {
namespace {

constexpr int kWeights[8] = {3, 2, 7, 6, 5, 4, 3, 2};

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::optional<int> OrganisationNumberCheckDigit(std::string_view first8) {
  if (first8.size() != 8 || !AllDigits(first8)) return std::nullopt;
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (first8[i] - '0') * kWeights[i];
  const int check = 11 - sum % 11;
  if (check == 10) return std::nullopt;
  return check == 11 ? 0 : check;
}

bool IsValidOrganisationNumber(std::string_view number) {
  if (number.size() != 9 || !AllDigits(number)) return false;
  const std::optional<int> check =
      OrganisationNumberCheckDigit(number.substr(0, 8));
  return check.has_value() && *check == number[8] - '0';
}

std::string RandomOrganisationNumber(DemoRandom& rng) {
  while (true) {
    std::string digits = "9";
    for (int i = 1; i < 8; ++i)
      digits.push_back(static_cast<char>('0' + rng.Uniform(0, 9)));
    const std::optional<int> check = OrganisationNumberCheckDigit(digits);
    if (!check.has_value())
      continue;  // sum gives 10: no valid number, draw again
    digits.push_back(static_cast<char>('0' + *check));
    return digits;
  }
}

}  // namespace vaktbro::demo
