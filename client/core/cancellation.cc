#include "cancellation.h"

namespace vaktbro::client {

void Cancellation::Cancel() {
  std::lock_guard<std::mutex> lock(mutex_);
  cancelled_ = true;
  if (context_ != nullptr) context_->TryCancel();
}

bool Cancellation::cancelled() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return cancelled_;
}

absl::Status Cancellation::Attach(grpc::ClientContext* context) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (cancelled_) return absl::CancelledError("cancelled");
  context_ = context;
  return absl::OkStatus();
}

void Cancellation::Detach(grpc::ClientContext* context) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (context_ == context) context_ = nullptr;
}

ScopedAttach::ScopedAttach(Cancellation* cancellation,
                           grpc::ClientContext* context)
    : cancellation_(cancellation), context_(context) {
  if (cancellation_ != nullptr) status_ = cancellation_->Attach(context_);
}

ScopedAttach::~ScopedAttach() {
  if (cancellation_ != nullptr) cancellation_->Detach(context_);
}

}  // namespace vaktbro::client
