// A client for the standard grpc.health.v1.Health/Check method without its
// generated code (Debian ships no health.proto for clients): the two tiny
// messages are encoded by hand and sent through the generic stub.
#ifndef VAKTBRO_TESTS_SERVER_HEALTH_PROBE_H_
#define VAKTBRO_TESTS_SERVER_HEALTH_PROBE_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "grpcpp/channel.h"

namespace vaktbro::testing {

// HealthCheckResponse.ServingStatus.SERVING.
inline constexpr int kHealthServing = 1;
inline constexpr int kHealthNotServing = 2;

// Calls Check for `service` ("" asks about the whole server) with a 10 s
// deadline and returns the reply's status field (0 UNKNOWN, 1 SERVING,
// 2 NOT_SERVING, 3 SERVICE_UNKNOWN); the call's error if it fails.
absl::StatusOr<int> CheckHealth(std::shared_ptr<grpc::Channel> channel,
                                const std::string& service);

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SERVER_HEALTH_PROBE_H_
