// A gRPC server interceptor that records every call's method, status code
// and duration in Metrics.
#ifndef VAKTBRO_SERVER_OPS_METRICS_INTERCEPTOR_H_
#define VAKTBRO_SERVER_OPS_METRICS_INTERCEPTOR_H_

#include <memory>

#include "grpcpp/support/server_interceptor.h"
#include "metrics.h"

namespace vaktbro::ops {

// REQUIRES: metrics outlives every server built with the factory.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> MakeMetricsInterceptorFactory(
    Metrics* metrics);

}  // namespace vaktbro::ops

#endif  // VAKTBRO_SERVER_OPS_METRICS_INTERCEPTOR_H_
