#include "metrics_http.h"

#include <cstring>

#include "civetweb.h"

namespace vaktbro::ops {

absl::StatusOr<std::unique_ptr<MetricsHttpServer>> MetricsHttpServer::Start(
    const std::string& listen, std::function<std::string()> render) {
  static const unsigned kInit = mg_init_library(0);
  (void)kInit;
  std::unique_ptr<MetricsHttpServer> server(new MetricsHttpServer());
  server->render_ = std::move(render);
  // civetweb wants "127.0.0.1:9464"; port 0 asks the kernel for a free one.
  const char* options[] = {"listening_ports", listen.c_str(), "num_threads", "2", nullptr};
  mg_callbacks callbacks;
  std::memset(&callbacks, 0, sizeof callbacks);
  server->ctx_ = mg_start(&callbacks, nullptr, options);
  if (server->ctx_ == nullptr) {
    return absl::UnavailableError("cannot serve metrics on " + listen + " (address in use or malformed)");
  }
  mg_server_port ports[1];
  if (mg_get_server_ports(server->ctx_, 1, ports) >= 1) server->port_ = ports[0].port;
  mg_set_request_handler(server->ctx_, "/metrics", &MetricsHttpServer::Handle, server.get());
  return server;
}

MetricsHttpServer::~MetricsHttpServer() {
  if (ctx_ != nullptr) mg_stop(ctx_);
}

int MetricsHttpServer::Handle(mg_connection* conn, void* self) {
  const std::string body = static_cast<MetricsHttpServer*>(self)->render_();
  mg_printf(conn,
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
            "Content-Length: %zu\r\nConnection: close\r\n\r\n",
            body.size());
  mg_write(conn, body.data(), body.size());
  return 200;
}

}  // namespace vaktbro::ops
