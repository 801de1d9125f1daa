#include "event_hub.h"

namespace vaktbro::domain {

uint64_t ShiftEventHub::Subscribe(Callback callback) {
  std::lock_guard<std::mutex> lock(mu_);
  const uint64_t handle = next_handle_++;
  subscribers_.emplace(handle, std::move(callback));
  return handle;
}

void ShiftEventHub::Unsubscribe(uint64_t handle) {
  std::lock_guard<std::mutex> lock(mu_);
  subscribers_.erase(handle);
}

void ShiftEventHub::Publish(const v1::ShiftEvent& event) {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto& [handle, callback] : subscribers_) callback(event);
}

int ShiftEventHub::subscriber_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int>(subscribers_.size());
}

}  // namespace vaktbro::domain
