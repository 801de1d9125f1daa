// Serves GET /metrics (Prometheus text format) on a local HTTP port, with
// civetweb. Separate from the gRPC port so that it can stay on loopback for
// the local Prometheus agent.
#ifndef VAKTBRO_SERVER_OPS_METRICS_HTTP_H_
#define VAKTBRO_SERVER_OPS_METRICS_HTTP_H_

#include <functional>
#include <memory>
#include <string>

#include "absl/status/statusor.h"

struct mg_context;
struct mg_connection;

namespace vaktbro::ops {

class MetricsHttpServer {
 public:
  // Listens on "host:port" (port 0: any free port) and answers /metrics with
  // render(). render() runs on civetweb's threads and must be thread-safe.
  static absl::StatusOr<std::unique_ptr<MetricsHttpServer>> Start(const std::string& listen,
                                                                  std::function<std::string()> render);
  ~MetricsHttpServer();  // stops serving
  MetricsHttpServer(const MetricsHttpServer&) = delete;
  MetricsHttpServer& operator=(const MetricsHttpServer&) = delete;

  int port() const { return port_; }

 private:
  MetricsHttpServer() = default;
  static int Handle(mg_connection* conn, void* self);

  mg_context* ctx_ = nullptr;
  std::function<std::string()> render_;
  int port_ = 0;
};

}  // namespace vaktbro::ops

#endif  // VAKTBRO_SERVER_OPS_METRICS_HTTP_H_
