// Small hand-made models and rosters for the roster tests.
#ifndef VAKTBRO_TESTS_ROSTER_TEST_MODELS_H_
#define VAKTBRO_TESTS_ROSTER_TEST_MODELS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "roster_model.h"

namespace vaktbro::roster::testing {

// One week, one unlimited worker "A", and three shift types:
//   D  07:00, 480 min;  N  22:00, 600 min, D may not follow;
//   E  15:00, 480 min.
Model WeekModel();

// One string per worker, one character per day: a type's one-letter ID, or
// '-' for off. REQUIRES: one-letter type IDs.
Roster MakeRoster(const Model& model, const std::vector<std::string>& rows);

// A random valid model with every kind of rule, for property tests.
Model RandomModel(uint64_t seed);
// A random roster over `model` with about `work_share` of the cells worked.
Roster RandomRoster(const Model& model, uint64_t seed, double work_share);

// The instance folder, or "" when it is not there.
std::string NrpDir();

}  // namespace vaktbro::roster::testing

#endif  // VAKTBRO_TESTS_ROSTER_TEST_MODELS_H_
