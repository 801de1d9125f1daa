#include "test_models.h"

#include <algorithm>
#include <filesystem>
#include <random>

namespace vaktbro::roster::testing {

Model WeekModel() {
  Model m;
  m.num_days = 7;
  m.types = {
      {.id = "D", .length_minutes = 480, .start_minute = 7 * 60},
      {.id = "N",
       .length_minutes = 600,
       .start_minute = 22 * 60,
       .forbidden_next = {0}},
      {.id = "E", .length_minutes = 480, .start_minute = 15 * 60},
  };
  m.workers = {Worker{.id = "A"}};
  return m;
}

Roster MakeRoster(const Model& model, const std::vector<std::string>& rows) {
  Roster r(static_cast<int>(rows.size()), model.num_days);
  for (size_t w = 0; w < rows.size(); ++w) {
    for (int d = 0; d < model.num_days && d < static_cast<int>(rows[w].size());
         ++d) {
      for (size_t t = 0; t < model.types.size(); ++t) {
        if (model.types[t].id[0] == rows[w][d])
          r.set(static_cast<int>(w), d, static_cast<int>(t));
      }
    }
  }
  return r;
}

Model RandomModel(uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  Model m;
  m.num_days = pick(3, 21);
  const int types = pick(1, 3);
  for (int t = 0; t < types; ++t) {
    ShiftType st{.id = std::string(1, static_cast<char>('A' + t)),
                 .length_minutes = 60 * pick(4, 12),
                 .start_minute = 60 * pick(0, 23)};
    for (int u = 0; u < types; ++u) {
      if (pick(0, 3) == 0) st.forbidden_next.push_back(u);
    }
    m.types.push_back(st);
  }
  const int workers = pick(1, 5);
  for (int w = 0; w < workers; ++w) {
    Worker k{.id = "W" + std::to_string(w)};
    // Each rule is there half of the time, so that random rosters are
    // sometimes feasible.
    auto maybe = [&] { return pick(0, 1) == 1; };
    if (maybe()) {
      for (int t = 0; t < types; ++t)
        k.max_shifts_per_type.push_back(pick(0, m.num_days));
    }
    if (maybe()) k.min_total_minutes = 60 * pick(0, 40);
    if (maybe()) k.max_total_minutes = k.min_total_minutes + 60 * pick(0, 80);
    if (maybe()) k.min_consecutive_days = pick(0, 3);
    if (maybe())
      k.max_consecutive_days = std::max(1, k.min_consecutive_days) + pick(0, 4);
    if (maybe()) k.min_consecutive_days_off = pick(0, 3);
    if (maybe()) k.max_weekends = pick(0, 3);
    if (maybe()) k.days_off.push_back(pick(0, m.num_days - 1));
    if (maybe()) k.min_rest_minutes = 60 * pick(6, 14);
    if (maybe()) k.max_minutes_per_7_days = 60 * pick(20, 50);
    m.workers.push_back(k);
  }
  for (int d = 0; d < m.num_days; ++d) {
    for (int t = 0; t < types; ++t) {
      if (pick(0, 4) == 0) continue;
      Slot s{.day = d,
             .type = t,
             .required = pick(0, 3),
             .under_weight = pick(0, 100),
             .over_weight = pick(0, 10)};
      if (pick(0, 3) == 0) s.hard_max = s.required;
      if (pick(0, 5) == 0)
        s.time = TimeWindow{d * 1440 + 300, d * 1440 + 300 + 60 * pick(1, 16)};
      m.slots.push_back(s);
    }
  }
  for (int i = pick(0, 8); i > 0; --i) {
    m.requests.push_back({pick(0, workers - 1), pick(0, m.num_days - 1),
                          pick(0, types - 1), pick(1, 5),
                          pick(0, 1) ? RequestKind::kOn : RequestKind::kOff});
  }
  if (pick(0, 1)) m.eligibility = Eligibility::kListedOnly;
  for (int w = 0; w < workers; ++w) {
    for (int d = 0; d < m.num_days; ++d) {
      for (int t = 0; t < types; ++t) {
        const int roll = pick(0, 9);
        if (roll < 6) m.costs.push_back({{w, d, t}, pick(-5, 20)});
        if (roll == 9) m.banned.push_back({w, d, t});
      }
    }
  }
  if (pick(0, 1)) m.edge_work_stretch = EdgeWorkStretch::kChecked;
  return m;
}

Roster RandomRoster(const Model& model, uint64_t seed, double work_share) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> coin(0, 1);
  const int types = static_cast<int>(model.types.size());
  Roster r(static_cast<int>(model.workers.size()), model.num_days);
  for (int w = 0; w < r.num_workers(); ++w) {
    for (int d = 0; d < r.num_days(); ++d) {
      if (coin(rng) < work_share) r.set(w, d, static_cast<int>(rng() % types));
    }
  }
  return r;
}

std::string NrpDir() {
  const std::string dir = VAKTBRO_NRP_DIR;
  return std::filesystem::is_directory(dir) ? dir : "";
}

}  // namespace vaktbro::roster::testing
