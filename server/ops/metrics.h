// The server's metrics, rendered in the Prometheus text exposition format.
//
// prometheus-cpp is not packaged for Debian 12, so this small registry
// serves the few series vaktbro exports:
//   vaktbro_rpc_calls_total{method,code}           counter
//   vaktbro_rpc_duration_seconds{method}           histogram
//   vaktbro_bookings_total                         counter (accepted bookings)
// plus gauges the caller supplies at render time (store size, watchers...).
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_OPS_METRICS_H_
#define VAKTBRO_SERVER_OPS_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace vaktbro::ops {

struct Gauge {
  std::string name;  // vaktbro_store_size_bytes
  std::string help;
  double value = 0;
};

class Metrics {
 public:
  // Upper bounds of the latency histogram, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  5.0};

  Metrics() = default;
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  // One finished call: "/vaktbro.v1.ShiftService/AcceptOffer", "OK", 0.004.
  void RecordCall(const std::string& method, const std::string& code, double seconds);

  // The exposition text of every series, then `gauges`.
  std::string Render(const std::vector<Gauge>& gauges) const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> buckets{};  // cumulative on render
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, std::string>, uint64_t> calls_;  // guarded by mu_
  std::map<std::string, Histogram> durations_;                     // guarded by mu_
  uint64_t bookings_ = 0;                                          // guarded by mu_
};

// "OK", "INVALID_ARGUMENT"... for a gRPC status code number.
const char* StatusCodeName(int code);

}  // namespace vaktbro::ops

#endif  // VAKTBRO_SERVER_OPS_METRICS_H_
