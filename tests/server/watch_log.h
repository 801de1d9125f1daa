// Reads a WatchShifts stream on a thread of its own and keeps every event, so
// a test can wait for the one it expects.
#ifndef VAKTBRO_TESTS_SERVER_WATCH_LOG_H_
#define VAKTBRO_TESTS_SERVER_WATCH_LOG_H_

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "fixtures.h"
#include "grpcpp/client_context.h"
#include "grpcpp/support/sync_stream.h"
#include "server_process.h"

namespace vaktbro::testing {

class WatchLog {
 public:
  // Opens WatchShifts for `unit` with a 60 s deadline and starts reading.
  WatchLog(const ServerProcess& server, const std::string& unit);
  // Cancels the stream and waits for the reader.
  ~WatchLog();
  WatchLog(const WatchLog&) = delete;
  WatchLog& operator=(const WatchLog&) = delete;

  // Calls probe(0), probe(1)... every 100 ms until the stream has shown an
  // event; false after 10 s or when a probe fails.
  bool WaitUntilLive(const std::function<absl::Status(int)>& probe);
  // The index of the first event at or after `from` that matches, waiting at
  // most `timeout` for it; -1 when none came.
  int WaitFor(int from, absl::Duration timeout,
              const std::function<bool(const v1::ShiftEvent&)>& match);
  int size();
  std::vector<v1::ShiftEvent> Events();

 private:
  void Read();

  std::unique_ptr<v1::ShiftService::Stub> stub_;
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReader<v1::ShiftEvent>> reader_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::vector<v1::ShiftEvent> events_;  // guarded by mu_
  bool ended_ = false;                  // guarded by mu_
};

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SERVER_WATCH_LOG_H_
