#include "watch_reactor.h"

#include "shift_book.h"

namespace vaktbro::rpc {

WatchReactor::WatchReactor(domain::ShiftEventHub* hub, v1::WatchShiftsRequest filter,
                           std::set<std::string> visible)
    : hub_(hub), filter_(std::move(filter)), visible_(std::move(visible)) {
  StartSendInitialMetadata();
  handle_ = hub_->Subscribe([this](const v1::ShiftEvent& event) { Enqueue(event); });
}

void WatchReactor::Enqueue(const v1::ShiftEvent& event) {
  if (!domain::ShiftBook::Matches(filter_, event.shift())) return;
  if (!visible_.empty() && !visible_.count(event.shift().organisation())) return;
  std::unique_lock<std::mutex> lock(mu_);
  if (finished_ || overflowed_) return;
  if (queue_.size() >= kMaxQueued) {
    overflowed_ = true;
    queue_.clear();
    if (!writing_) {
      lock.unlock();
      FinishOnce(grpc::Status(grpc::RESOURCE_EXHAUSTED, "the watcher fell too far behind; list and watch again"));
    }
    return;
  }
  queue_.push_back(event);
  if (writing_) return;
  writing_ = true;
  in_flight_ = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();
  StartWrite(&in_flight_);
}

void WatchReactor::OnWriteDone(bool ok) {
  std::unique_lock<std::mutex> lock(mu_);
  if (!ok || overflowed_) {
    writing_ = false;
    const bool overflowed = overflowed_;
    lock.unlock();
    FinishOnce(overflowed ? grpc::Status(grpc::RESOURCE_EXHAUSTED, "the watcher fell too far behind")
                          : grpc::Status(grpc::UNAVAILABLE, "the stream broke"));
    return;
  }
  if (finished_ || queue_.empty()) {
    writing_ = false;
    return;
  }
  in_flight_ = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();
  StartWrite(&in_flight_);
}

void WatchReactor::OnCancel() { FinishOnce(grpc::Status::CANCELLED); }

void WatchReactor::FinishOnce(const grpc::Status& status) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (finished_) return;
    finished_ = true;
  }
  Finish(status);
}

void WatchReactor::OnDone() {
  hub_->Unsubscribe(handle_);  // after this no Enqueue runs or will run
  delete this;
}

}  // namespace vaktbro::rpc
