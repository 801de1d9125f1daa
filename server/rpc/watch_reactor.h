// One WatchShifts stream: subscribes to the event hub, queues the events its
// filter lets through, and writes them one at a time. Owns itself: created by
// the handler, deleted in OnDone.
//
// Initial metadata is sent at once, so a client that waits for it knows it is
// subscribed before it lists the board. A client that falls more than
// kMaxQueued events behind is finished with RESOURCE_EXHAUSTED (it should
// list again and watch anew).
#ifndef VAKTBRO_SERVER_RPC_WATCH_REACTOR_H_
#define VAKTBRO_SERVER_RPC_WATCH_REACTOR_H_

#include <cstdint>
#include <deque>
#include <mutex>
#include <set>
#include <string>

#include "event_hub.h"
#include "grpcpp/support/server_callback.h"
#include "vaktbro/v1/service.pb.h"

namespace vaktbro::rpc {

class WatchReactor final : public grpc::ServerWriteReactor<v1::ShiftEvent> {
 public:
  static constexpr size_t kMaxQueued = 10000;

  // `visible`: the organisations whose shifts the caller may see; empty:
  // every organisation (the request's own filter applies as well).
  WatchReactor(domain::ShiftEventHub* hub, v1::WatchShiftsRequest filter, std::set<std::string> visible = {});

  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  // Called by the hub with its mutex held.
  void Enqueue(const v1::ShiftEvent& event);
  // Finishes the call once; REQUIRES: mu_ not held.
  void FinishOnce(const grpc::Status& status);

  domain::ShiftEventHub* const hub_;
  const v1::WatchShiftsRequest filter_;
  const std::set<std::string> visible_;
  uint64_t handle_ = 0;

  std::mutex mu_;
  std::deque<v1::ShiftEvent> queue_;  // guarded by mu_
  v1::ShiftEvent in_flight_;          // written by whoever set writing_
  bool writing_ = false;              // guarded by mu_
  bool overflowed_ = false;           // guarded by mu_
  bool finished_ = false;             // guarded by mu_
};

// A WatchShifts call the gate refused: finishes at once with `status`.
class RefusedWatch final : public grpc::ServerWriteReactor<v1::ShiftEvent> {
 public:
  explicit RefusedWatch(const grpc::Status& status) { Finish(status); }
  void OnDone() override { delete this; }
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_WATCH_REACTOR_H_
