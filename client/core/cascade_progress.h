// How far a shift's cascade has come, as text: the tiers of its policy
// (done, open now, waiting), a headline, and its log, newest last.
//
//   CascadeProgress p = DescribeCascade(cascade, {.translate = tr});
//   for (const CascadeStage& s : p.stages) Draw(s.label, s.status);
#ifndef VAKTBRO_CLIENT_CORE_CASCADE_PROGRESS_H_
#define VAKTBRO_CLIENT_CORE_CASCADE_PROGRESS_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "labels.h"
#include "oslo_time.h"
#include "vaktbro/v1/matching.pb.h"

namespace vaktbro::client {

struct CascadeStage {
  enum class Status { kDone, kCurrent, kWaiting };
  std::string label;  // translated tier name, "Own unit (60 min)"
  Status status = Status::kWaiting;
};

struct CascadeProgress {
  bool running = false;
  std::string headline;  // "Running: Employer's pool, next tier at 14:30"
  std::vector<CascadeStage> stages;
  std::vector<std::string> log;  // "14:05  Own unit  Offered  Kari Nordmann"
};

struct CascadeTextOptions {
  Translate translate = Identity;
  absl::TimeZone zone = OsloTimeZone();
  // "people/p1" -> "Kari Nordmann"; unset: the name as given.
  std::function<std::string(const std::string&)> person_name;
};

CascadeProgress DescribeCascade(const v1::Cascade& cascade,
                                const CascadeTextOptions& options);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_CASCADE_PROGRESS_H_
