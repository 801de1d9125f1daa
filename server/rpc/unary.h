// Runs a unary handler's work on the executor and finishes the call with its
// result. Shared by the service classes.
#ifndef VAKTBRO_SERVER_RPC_UNARY_H_
#define VAKTBRO_SERVER_RPC_UNARY_H_

#include <utility>

#include "absl/status/statusor.h"
#include "executor.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"
#include "status.h"

namespace vaktbro::rpc {

// `work` returns absl::StatusOr<Reply>; on success its value is moved into
// `reply`. A call whose client has gone or whose deadline passed before the
// work started is finished with CANCELLED / DEADLINE_EXCEEDED unrun.
template <typename Reply, typename Work>
grpc::ServerUnaryReactor* RunUnary(Executor& executor, grpc::CallbackServerContext* ctx, Reply* reply,
                                   Work work) {
  grpc::ServerUnaryReactor* reactor = ctx->DefaultReactor();
  executor.Submit([ctx, reactor, reply, work = std::move(work)]() mutable {
    if (ctx->IsCancelled()) {
      reactor->Finish(grpc::Status(grpc::CANCELLED, "the call was cancelled before it ran"));
      return;
    }
    absl::StatusOr<Reply> result = work();
    if (result.ok()) *reply = *std::move(result);
    reactor->Finish(ToGrpcStatus(result.status()));
  });
  return reactor;
}

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_UNARY_H_
