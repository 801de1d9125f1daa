// Follows WatchShifts on a thread of its own and hands every ShiftEvent to
// a callback, reconnecting with exponential backoff when the stream breaks.
//
//   auto watcher = ShiftWatcher::Start(channel, ToWatchRequest(filter),
//       {.on_event = ..., .on_state = ...});
//   ...
//   watcher.reset();  // cancels the stream and joins the thread
//
// The stream only carries changes made after it opened, so whoever shows
// the shifts must list them again each time the state becomes kWatching
// (the first time and after every reconnect); see BoardModel::BeginLoad.
// kWatching is reported once the server's initial metadata has arrived,
// which the server sends after it has subscribed the stream: a listing
// started then misses no change. (A call refused outright, e.g.
// UNIMPLEMENTED, also ends that wait: kWatching, then kRetrying at once.)
//
// Each stream has a deadline (Options::stream_deadline); when it expires
// the watcher opens a new one at once, which also reports kWatching.
#ifndef VAKTBRO_CLIENT_CORE_SHIFT_WATCHER_H_
#define VAKTBRO_CLIENT_CORE_SHIFT_WATCHER_H_

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::client {

class ShiftWatcher {
 public:
  enum class State {
    kConnecting,  // waiting for the server to be reachable
    kWatching,    // the server has accepted the stream: list now, then
                  // apply events
    kRetrying,    // the stream ended (status says why); retrying after backoff
  };

  // Both run on the watcher's thread, one at a time. They must return
  // quickly and must not destroy the watcher. Either may be empty.
  struct Callbacks {
    std::function<void(const v1::ShiftEvent& event)> on_event;
    std::function<void(State state, const absl::Status& status)> on_state;
  };

  struct Options {
    absl::Duration initial_backoff = absl::Milliseconds(500);
    absl::Duration max_backoff = absl::Seconds(30);
    absl::Duration connect_timeout = absl::Seconds(5);
    absl::Duration stream_deadline = absl::Minutes(10);
  };

  // Starts watching at once. Never fails: an unreachable server only
  // means kConnecting/kRetrying until it answers.
  static std::unique_ptr<ShiftWatcher> Start(
      std::shared_ptr<grpc::Channel> channel, v1::WatchShiftsRequest request,
      Callbacks callbacks, Options options);
  static std::unique_ptr<ShiftWatcher> Start(
      std::shared_ptr<grpc::Channel> channel, v1::WatchShiftsRequest request,
      Callbacks callbacks) {
    return Start(std::move(channel), std::move(request), std::move(callbacks),
                 Options());
  }

  // Cancel(), then joins the thread.
  ~ShiftWatcher();
  ShiftWatcher(const ShiftWatcher&) = delete;
  ShiftWatcher& operator=(const ShiftWatcher&) = delete;

  // Stops the stream and the retries. Does not wait for the thread, so it
  // may be called from any thread, a callback included; a callback that was
  // already under way may still run (or finish) after it returns, none
  // after the destructor returns. Idempotent.
  void Cancel();

 private:
  ShiftWatcher(std::shared_ptr<grpc::Channel> channel,
               v1::WatchShiftsRequest request, Callbacks callbacks,
               Options options);
  void Run();
  // Waits until the channel is READY; false on timeout or cancellation.
  bool WaitConnected();
  // Opens one stream and reads it to its end; returns why it ended.
  absl::Status WatchOnce();
  // Sleeps for `duration` unless cancelled first; false when cancelled.
  bool SleepUnlessCancelled(absl::Duration duration);
  bool cancelled();
  void Report(State state, const absl::Status& status);

  const std::shared_ptr<grpc::Channel> channel_;
  const std::unique_ptr<v1::ShiftService::Stub> stub_;
  const v1::WatchShiftsRequest request_;
  const Callbacks callbacks_;
  const Options options_;

  std::mutex mutex_;
  std::condition_variable wake_;
  bool cancelled_ = false;                  // guarded by mutex_
  grpc::ClientContext* context_ = nullptr;  // guarded by mutex_
  std::thread thread_;
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_SHIFT_WATCHER_H_
