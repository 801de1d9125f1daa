// Runs a unary handler's work on the executor, behind the gate, and finishes
// the call with its result. Shared by the service classes.
#ifndef VAKTBRO_SERVER_RPC_UNARY_H_
#define VAKTBRO_SERVER_RPC_UNARY_H_

#include <string>
#include <string_view>
#include <utility>

#include "absl/status/statusor.h"
#include "call_context.h"
#include "executor.h"
#include "gate.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"
#include "status.h"

namespace vaktbro::rpc {

// The "authorization" metadata of a call ("" when absent).
std::string AuthorizationOf(const grpc::ServerContextBase& ctx);

// `work` returns absl::StatusOr<Reply>; on success its value is moved into
// `reply`. Before the work, the gate admits the caller of `service`/`method`
// for `request` (UNAUTHENTICATED / PERMISSION_DENIED otherwise) and the work
// runs as that caller (auth::CurrentCaller()); after it, the gate trims the
// reply to what the caller may see and records the read. A call whose
// client has gone before the work started is finished CANCELLED unrun.
template <typename Request, typename Reply, typename Work>
grpc::ServerUnaryReactor* RunUnary(Executor& executor, grpc::CallbackServerContext* ctx,
                                   std::string_view service, std::string_view method,
                                   const Request* request, Reply* reply, Work work) {
  grpc::ServerUnaryReactor* reactor = ctx->DefaultReactor();
  std::string full_method = std::string(service) + "/" + std::string(method);
  executor.Submit([&executor, ctx, reactor, request, reply, full_method = std::move(full_method),
                   work = std::move(work)]() mutable {
    if (ctx->IsCancelled()) {
      reactor->Finish(grpc::Status(grpc::CANCELLED, "the call was cancelled before it ran"));
      return;
    }
    absl::StatusOr<auth::Admission> admission =
        executor.gate().Admit(full_method, AuthorizationOf(*ctx), ctx->peer(), *request);
    if (!admission.ok()) {
      reactor->Finish(ToGrpcStatus(admission.status()));
      return;
    }
    auth::ScopedCaller as_caller(admission->caller);
    absl::StatusOr<Reply> result = work();
    if (!result.ok()) {
      reactor->Finish(ToGrpcStatus(result.status()));
      return;
    }
    *reply = *std::move(result);
    absl::Status released = executor.gate().Release(*admission, reply);
    if (!released.ok()) {
      reply->Clear();
      reactor->Finish(ToGrpcStatus(released));
      return;
    }
    reactor->Finish(grpc::Status::OK);
  });
  return reactor;
}

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_UNARY_H_
