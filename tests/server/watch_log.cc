#include "watch_log.h"

#include <chrono>

namespace vaktbro::testing {

WatchLog::WatchLog(const ServerProcess& server, const std::string& unit)
    : stub_(v1::ShiftService::NewStub(server.Channel())) {
  context_.set_deadline(Deadline(60));
  v1::WatchShiftsRequest request;
  request.set_unit(unit);
  reader_ = stub_->WatchShifts(&context_, request);
  thread_ = std::thread([this] { Read(); });
}

WatchLog::~WatchLog() {
  context_.TryCancel();
  thread_.join();
  reader_->Finish().ok();  // cancelled on purpose; the status says so
}

void WatchLog::Read() {
  v1::ShiftEvent event;
  while (reader_->Read(&event)) {
    std::lock_guard<std::mutex> lock(mu_);
    events_.push_back(event);
    changed_.notify_all();
  }
  std::lock_guard<std::mutex> lock(mu_);
  ended_ = true;
  changed_.notify_all();
}

bool WatchLog::WaitUntilLive(const std::function<absl::Status(int)>& probe) {
  for (int i = 0; i < 100; ++i) {
    if (!probe(i).ok()) return false;
    std::unique_lock<std::mutex> lock(mu_);
    if (changed_.wait_for(lock, std::chrono::milliseconds(100),
                          [this] { return !events_.empty() || ended_; })) {
      return !events_.empty();
    }
  }
  return false;
}

int WatchLog::WaitFor(int from, absl::Duration timeout,
                      const std::function<bool(const v1::ShiftEvent&)>& match) {
  const auto give_up =
      std::chrono::steady_clock::now() + absl::ToChronoMilliseconds(timeout);
  std::unique_lock<std::mutex> lock(mu_);
  for (int i = from;; ++i) {
    if (!changed_.wait_until(lock, give_up, [&] {
          return static_cast<int>(events_.size()) > i || ended_;
        })) {
      return -1;
    }
    if (static_cast<int>(events_.size()) <= i) return -1;  // the stream ended
    if (match(events_[i])) return i;
  }
}

int WatchLog::size() {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int>(events_.size());
}

std::vector<v1::ShiftEvent> WatchLog::Events() {
  std::lock_guard<std::mutex> lock(mu_);
  return events_;
}

}  // namespace vaktbro::testing
