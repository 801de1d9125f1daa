// A fixed pool of worker threads for the work gRPC handlers must not do on
// gRPC's own threads (store transactions wait on locks and on fsync).
//
// Thread-safe. The destructor runs the tasks already queued, then joins.
#ifndef VAKTBRO_SERVER_RPC_EXECUTOR_H_
#define VAKTBRO_SERVER_RPC_EXECUTOR_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vaktbro::rpc {

class Executor {
 public:
  explicit Executor(int threads);
  ~Executor();
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;

  void Submit(std::function<void()> task);

 private:
  void Run();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;  // guarded by mu_
  bool stopping_ = false;                    // guarded by mu_
  std::vector<std::thread> threads_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_EXECUTOR_H_
