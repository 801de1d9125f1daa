// nrp_bench: runs the roster solver on the Curtois & Qu nurse rostering
// instances and prints a Markdown table against the best known objectives.
// A runner, not a test: run it by hand, e.g.
//   nrp_bench --dir ../shared/benchmarks/nrp --time-limit 30
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/time/time.h"
#include "nrp_format.h"
#include "roster_check.h"
#include "roster_solver.h"

namespace {

using vaktbro::roster::CheckRoster;
using vaktbro::roster::Model;
using vaktbro::roster::SolveResult;

// Best known objectives, from shared/benchmarks/nrp/README.md.
const std::map<std::string, int> kBestKnown = {
    {"Instance1", 607},   {"Instance3", 1001},   {"Instance5", 1143},
    {"Instance7", 1056},  {"Instance9", 439},    {"Instance11", 3443},
    {"Instance13", 1348}, {"Instance15", 3829},  {"Instance17", 5746},
    {"Instance19", 3149}, {"Instance21", 21133}, {"Instance23", 17428},
};

int InstanceNumber(const std::string& name) {
  return std::atoi(name.c_str() + std::string("Instance").size());
}

std::vector<std::string> InstancesIn(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string stem = entry.path().stem().string();
    if (entry.path().extension() == ".txt" && stem.rfind("Instance", 0) == 0)
      names.push_back(stem);
  }
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) {
              return InstanceNumber(a) < InstanceNumber(b);
            });
  return names;
}

// One table row; false when the instance could not be run.
bool RunOne(const std::string& dir, const std::string& name, double seconds,
            uint64_t seed) {
  absl::StatusOr<Model> model =
      vaktbro::roster::ReadNrpInstanceFile(dir + "/" + name + ".txt");
  if (!model.ok()) {
    std::fprintf(stderr, "%s: %s\n", name.c_str(),
                 std::string(model.status().message()).c_str());
    return false;
  }
  absl::StatusOr<SolveResult> result = vaktbro::roster::SolveRoster(
      *model, {.time_limit = absl::Seconds(seconds), .seed = seed});
  if (!result.ok()) {
    std::fprintf(stderr, "%s: %s\n", name.c_str(),
                 std::string(result.status().message()).c_str());
    return false;
  }
  // An independent re-check of what the solver returned.
  absl::StatusOr<vaktbro::roster::CheckResult> check =
      CheckRoster(*model, result->roster);
  const bool feasible = check.ok() && check->feasible();
  const int64_t objective = check.ok() ? check->objective.total() : -1;
  const auto best = kBestKnown.find(name);
  std::string best_text = "?", gap_text = "?";
  if (best != kBestKnown.end()) {
    best_text = std::to_string(best->second);
    char gap[32];
    std::snprintf(gap, sizeof gap, "%.1f",
                  100.0 * (objective - best->second) / best->second);
    gap_text = gap;
  }
  std::printf("| %s | %d | %zu | %lld | %s | %s | %s | %.1f |\n", name.c_str(),
              model->num_days, model->workers.size(),
              static_cast<long long>(objective), best_text.c_str(),
              gap_text.c_str(), feasible ? "yes" : "no", result->stats.seconds);
  std::fflush(stdout);
  const vaktbro::roster::Objective& o = result->objective;
  std::fprintf(stderr,
               "%s: on %lld, off %lld, under %lld, over %lld; flow start %lld "
               "(%d violations, "
               "%.2f s); %lld moves tried, %lld kept\n",
               name.c_str(), static_cast<long long>(o.shift_on_requests),
               static_cast<long long>(o.shift_off_requests),
               static_cast<long long>(o.under_cover),
               static_cast<long long>(o.over_cover),
               static_cast<long long>(result->stats.flow_objective),
               result->stats.flow_violations, result->stats.flow_seconds,
               static_cast<long long>(result->stats.iterations),
               static_cast<long long>(result->stats.accepted_moves));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Runs the roster solver on the Curtois & Qu NRP instances."};
  std::string dir;
  double seconds = 30;
  uint64_t seed = 1;
  std::vector<std::string> only;
  app.add_option("--dir", dir, "folder with Instance*.txt")->required();
  app.add_option("--time-limit", seconds, "seconds per instance")
      ->check(CLI::PositiveNumber);
  app.add_option("--seed", seed, "random seed");
  app.add_option("--only", only, "run only these instances, e.g. Instance5");
  CLI11_PARSE(app, argc, argv);

  std::vector<std::string> names = InstancesIn(dir);
  if (!only.empty()) {
    std::erase_if(names, [&](const std::string& n) {
      return std::find(only.begin(), only.end(), n) == only.end();
    });
  }
  if (names.empty()) {
    std::fprintf(stderr, "no instances to run in %s\n", dir.c_str());
    return 1;
  }
  std::printf(
      "| instance | days | staff | objective | best known | gap %% | feasible "
      "| seconds |\n");
  std::printf("|---|---|---|---|---|---|---|---|\n");
  int failures = 0;
  for (const std::string& name : names)
    failures += !RunOne(dir, name, seconds, seed);
  return failures == 0 ? 0 : 1;
}
