#include "status.h"

#include <string>

namespace vaktbro::rpc {

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  const int code = static_cast<int>(status.code());
  const grpc::StatusCode grpc_code =
      code > 0 && code <= grpc::UNAUTHENTICATED ? static_cast<grpc::StatusCode>(code) : grpc::UNKNOWN;
  return grpc::Status(grpc_code, std::string(status.message()));
}

}  // namespace vaktbro::rpc
