// Fans shift changes out to the open WatchShifts streams.
//
// Thread-safe. Callbacks run on the publishing thread while the hub's mutex is
// held, so they must be quick and must not call back into the hub (the watch
// stream only queues the event). After Unsubscribe() returns, the callback is
// never called again and may be destroyed.
#ifndef VAKTBRO_SERVER_DOMAIN_EVENT_HUB_H_
#define VAKTBRO_SERVER_DOMAIN_EVENT_HUB_H_

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>

#include "vaktbro/v1/service.pb.h"

namespace vaktbro::domain {

class ShiftEventHub {
 public:
  using Callback = std::function<void(const v1::ShiftEvent&)>;

  ShiftEventHub() = default;
  ShiftEventHub(const ShiftEventHub&) = delete;
  ShiftEventHub& operator=(const ShiftEventHub&) = delete;

  // Returns a handle for Unsubscribe.
  uint64_t Subscribe(Callback callback);
  void Unsubscribe(uint64_t handle);
  void Publish(const v1::ShiftEvent& event);
  int subscriber_count() const;

 private:
  mutable std::mutex mu_;
  uint64_t next_handle_ = 1;             // guarded by mu_
  std::map<uint64_t, Callback> subscribers_;  // guarded by mu_
};

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_EVENT_HUB_H_
