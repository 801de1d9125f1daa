// The one place where absl::Status becomes grpc::Status.
#ifndef VAKTBRO_SERVER_RPC_STATUS_H_
#define VAKTBRO_SERVER_RPC_STATUS_H_

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace vaktbro::rpc {

// Same code, same message. Codes outside gRPC's range become UNKNOWN.
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_STATUS_H_
