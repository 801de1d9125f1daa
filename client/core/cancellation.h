// Lets the user stop a slow call: the GUI thread calls Cancel(), and the
// worker's RPC in flight ends at once with CANCELLED (grpc TryCancel).
//
//   auto cancel = std::make_shared<Cancellation>();
//   worker: client.FindCandidates(shift, cancel.get());
//   GUI:    cancel->Cancel();          // "Cancel" pressed
//
// Thread-safe. A call that starts after Cancel() fails at once with
// CANCELLED without reaching the server.
#ifndef VAKTBRO_CLIENT_CORE_CANCELLATION_H_
#define VAKTBRO_CLIENT_CORE_CANCELLATION_H_

#include <mutex>

#include "absl/status/status.h"
#include "grpcpp/client_context.h"

namespace vaktbro::client {

class Cancellation {
 public:
  Cancellation() = default;
  Cancellation(const Cancellation&) = delete;
  Cancellation& operator=(const Cancellation&) = delete;

  void Cancel();
  bool cancelled() const;

  // Used by the calls: while attached, Cancel() cancels `context`.
  // Attach fails with CANCELLED (and attaches nothing) once cancelled.
  absl::Status Attach(grpc::ClientContext* context);
  void Detach(grpc::ClientContext* context);

 private:
  mutable std::mutex mutex_;
  bool cancelled_ = false;                  // guarded by mutex_
  grpc::ClientContext* context_ = nullptr;  // guarded by mutex_
};

// Attaches a context for one call's lifetime; `cancellation` may be null.
class ScopedAttach {
 public:
  ScopedAttach(Cancellation* cancellation, grpc::ClientContext* context);
  ~ScopedAttach();
  ScopedAttach(const ScopedAttach&) = delete;
  ScopedAttach& operator=(const ScopedAttach&) = delete;
  // CANCELLED when the cancellation came first; else OK.
  const absl::Status& status() const { return status_; }

 private:
  Cancellation* const cancellation_;
  grpc::ClientContext* const context_;
  absl::Status status_;
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_CANCELLATION_H_
