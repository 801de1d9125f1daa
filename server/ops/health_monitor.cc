#include "health_monitor.h"

namespace vaktbro::ops {

HealthMonitor::HealthMonitor(std::function<absl::Status()> check,
                             std::function<void(const absl::Status&)> on_change,
                             std::chrono::milliseconds period)
    : check_(std::move(check)), on_change_(std::move(on_change)), period_(period) {
  thread_ = std::thread([this] { Run(); });
}

HealthMonitor::~HealthMonitor() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void HealthMonitor::Run() {
  bool healthy = true;
  std::unique_lock<std::mutex> lock(mu_);
  while (!cv_.wait_for(lock, period_, [this] { return stopping_; })) {
    lock.unlock();
    const absl::Status status = check_();
    if (status.ok() != healthy) {
      healthy = status.ok();
      on_change_(status);
    }
    lock.lock();
  }
}

}  // namespace vaktbro::ops
