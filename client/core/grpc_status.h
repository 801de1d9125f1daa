// The one place the client core turns gRPC statuses into absl::Status.
#ifndef VAKTBRO_CLIENT_CORE_GRPC_STATUS_H_
#define VAKTBRO_CLIENT_CORE_GRPC_STATUS_H_

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace vaktbro::client {

// Same code (the two enums share their numbering), same message.
absl::Status FromGrpcStatus(const grpc::Status& status);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_GRPC_STATUS_H_
