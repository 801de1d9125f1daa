// Polls a health check on its own thread and reports changes, so that the
// gRPC health service can say NOT_SERVING while the store cannot write.
#ifndef VAKTBRO_SERVER_OPS_HEALTH_MONITOR_H_
#define VAKTBRO_SERVER_OPS_HEALTH_MONITOR_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "absl/status/status.h"

namespace vaktbro::ops {

class HealthMonitor {
 public:
  // Calls check() every `period` and on_change(status) whenever its result
  // turns from OK to an error or back (not for the first OK). Both run on
  // the monitor's thread.
  HealthMonitor(std::function<absl::Status()> check, std::function<void(const absl::Status&)> on_change,
                std::chrono::milliseconds period);
  ~HealthMonitor();  // stops the thread and joins it
  HealthMonitor(const HealthMonitor&) = delete;
  HealthMonitor& operator=(const HealthMonitor&) = delete;

 private:
  void Run();

  const std::function<absl::Status()> check_;
  const std::function<void(const absl::Status&)> on_change_;
  const std::chrono::milliseconds period_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace vaktbro::ops

#endif  // VAKTBRO_SERVER_OPS_HEALTH_MONITOR_H_
