#include "shift_watcher.h"

#include <algorithm>
#include <utility>

#include "absl/time/clock.h"
#include "grpc_status.h"

namespace vaktbro::client {
namespace {

// A stream that stayed open this long was healthy: the next failure starts
// over with the initial backoff.
constexpr absl::Duration kHealthyStream = absl::Seconds(30);
// How often a wait for the channel looks at the cancel flag.
constexpr absl::Duration kPollSlice = absl::Milliseconds(200);

}  // namespace

std::unique_ptr<ShiftWatcher> ShiftWatcher::Start(
    std::shared_ptr<grpc::Channel> channel, v1::WatchShiftsRequest request,
    Callbacks callbacks, Options options) {
  std::unique_ptr<ShiftWatcher> watcher(new ShiftWatcher(
      std::move(channel), std::move(request), std::move(callbacks), options));
  watcher->thread_ = std::thread([w = watcher.get()] { w->Run(); });
  return watcher;
}

ShiftWatcher::ShiftWatcher(std::shared_ptr<grpc::Channel> channel,
                           v1::WatchShiftsRequest request, Callbacks callbacks,
                           Options options)
    : channel_(std::move(channel)),
      stub_(v1::ShiftService::NewStub(channel_)),
      request_(std::move(request)),
      callbacks_(std::move(callbacks)),
      options_(options) {}

ShiftWatcher::~ShiftWatcher() {
  Cancel();
  if (thread_.joinable()) thread_.join();
}

void ShiftWatcher::Cancel() {
  std::lock_guard<std::mutex> lock(mutex_);
  cancelled_ = true;
  if (context_ != nullptr) context_->TryCancel();
  wake_.notify_all();
}

bool ShiftWatcher::cancelled() {
  std::lock_guard<std::mutex> lock(mutex_);
  return cancelled_;
}

void ShiftWatcher::Report(State state, const absl::Status& status) {
  if (callbacks_.on_state && !cancelled()) callbacks_.on_state(state, status);
}

void ShiftWatcher::Run() {
  absl::Duration backoff = options_.initial_backoff;
  while (!cancelled()) {
    Report(State::kConnecting, absl::OkStatus());
    absl::Status status;
    absl::Time opened = absl::Now();
    if (!WaitConnected()) {
      status = absl::UnavailableError("the server cannot be reached");
    } else {
      opened = absl::Now();
      status = WatchOnce();
    }
    if (cancelled()) return;
    if (absl::Now() - opened >= options_.stream_deadline &&
        absl::IsDeadlineExceeded(status)) {
      continue;  // our own renewal, not a failure
    }
    if (absl::Now() - opened >= kHealthyStream) {
      backoff = options_.initial_backoff;
    }
    Report(State::kRetrying, status);
    if (!SleepUnlessCancelled(backoff)) return;
    backoff = std::min(backoff * 2, options_.max_backoff);
  }
}

bool ShiftWatcher::WaitConnected() {
  const absl::Time give_up = absl::Now() + options_.connect_timeout;
  while (!cancelled()) {
    const grpc_connectivity_state state =
        channel_->GetState(/*try_to_connect=*/true);
    if (state == GRPC_CHANNEL_READY) return true;
    const absl::Time now = absl::Now();
    if (now >= give_up) return false;
    channel_->WaitForStateChange(
        state, absl::ToChronoTime(std::min(now + kPollSlice, give_up)));
  }
  return false;
}

absl::Status ShiftWatcher::WatchOnce() {
  grpc::ClientContext context;
  context.set_deadline(
      absl::ToChronoTime(absl::Now() + options_.stream_deadline));
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (cancelled_) return absl::CancelledError("watch cancelled");
    context_ = &context;
  }
  std::unique_ptr<grpc::ClientReader<v1::ShiftEvent>> reader =
      stub_->WatchShifts(&context, request_);
  // The server sends its initial metadata once the stream is subscribed;
  // from then on no change is missed, so only then may the board list. A
  // call the server refuses at once also ends the wait; its Read below
  // fails at once and the stream is reported as kRetrying.
  reader->WaitForInitialMetadata();
  Report(State::kWatching, absl::OkStatus());
  v1::ShiftEvent event;
  while (reader->Read(&event)) {
    if (callbacks_.on_event && !cancelled()) callbacks_.on_event(event);
  }
  absl::Status status = FromGrpcStatus(reader->Finish());
  {
    std::lock_guard<std::mutex> lock(mutex_);
    context_ = nullptr;
  }
  return status;
}

bool ShiftWatcher::SleepUnlessCancelled(absl::Duration duration) {
  std::unique_lock<std::mutex> lock(mutex_);
  return !wake_.wait_for(lock, absl::ToChronoNanoseconds(duration),
                         [this] { return cancelled_; });
}

}  // namespace vaktbro::client
