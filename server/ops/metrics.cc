#include "metrics.h"

#include <cstdio>

namespace vaktbro::ops {
namespace {

bool IsBooking(const std::string& method) {
  return method == "/vaktbro.v1.ShiftService/AcceptOffer" ||
         method == "/vaktbro.v1.ShiftService/AssignShift";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

const char* StatusCodeName(int code) {
  static const char* const kNames[] = {
      "OK",        "CANCELLED",         "UNKNOWN",           "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
      "NOT_FOUND", "ALREADY_EXISTS",    "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
      "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",      "UNIMPLEMENTED",    "INTERNAL",
      "UNAVAILABLE", "DATA_LOSS",       "UNAUTHENTICATED"};
  return code >= 0 && code <= 16 ? kNames[code] : "UNKNOWN";
}

void Metrics::RecordCall(const std::string& method, const std::string& code, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++calls_[{method, code}];
  Histogram& h = durations_[method];
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
  if (code == "OK" && IsBooking(method)) ++bookings_;
}

std::string Metrics::Render(const std::vector<Gauge>& gauges) const {
  std::string out;
  std::lock_guard<std::mutex> lock(mu_);
  out += "# HELP vaktbro_rpc_calls_total Finished gRPC calls by method and status code.\n";
  out += "# TYPE vaktbro_rpc_calls_total counter\n";
  for (const auto& [key, n] : calls_) {
    out += "vaktbro_rpc_calls_total{method=\"" + key.first + "\",code=\"" + key.second + "\"} " +
           std::to_string(n) + "\n";
  }
  out += "# HELP vaktbro_rpc_duration_seconds Time from a call's arrival to its status.\n";
  out += "# TYPE vaktbro_rpc_duration_seconds histogram\n";
  for (const auto& [method, h] : durations_) {
    uint64_t cumulative = 0;
    const std::string label = "vaktbro_rpc_duration_seconds_bucket{method=\"" + method + "\",le=\"";
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.buckets[i];
      out += label + Number(kBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
    }
    out += label + "+Inf\"} " + std::to_string(h.count) + "\n";
    out += "vaktbro_rpc_duration_seconds_sum{method=\"" + method + "\"} " + Number(h.sum) + "\n";
    out += "vaktbro_rpc_duration_seconds_count{method=\"" + method + "\"} " + std::to_string(h.count) + "\n";
  }
  out += "# HELP vaktbro_bookings_total Accepted bookings (AcceptOffer and AssignShift that succeeded).\n";
  out += "# TYPE vaktbro_bookings_total counter\n";
  out += "vaktbro_bookings_total " + std::to_string(bookings_) + "\n";
  for (const Gauge& g : gauges) {
    out += "# HELP " + g.name + " " + g.help + "\n# TYPE " + g.name + " gauge\n";
    out += g.name + " " + Number(g.value) + "\n";
  }
  return out;
}

}  // namespace vaktbro::ops
