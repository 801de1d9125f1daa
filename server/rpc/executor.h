// A fixed pool of worker threads for the work gRPC handlers must not do on
// gRPC's own threads (store transactions wait on locks and on fsync), and
// the gate (server/auth/gate.h) every unary call's work passes on its way
// in and out (see unary.h).
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

namespace vaktbro::auth {
class Gate;
}  // namespace vaktbro::auth

namespace vaktbro::rpc {

class Executor {
 public:
  // REQUIRES: gate outlives the executor.
  Executor(int threads, const auth::Gate* gate);
  ~Executor();
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;

  void Submit(std::function<void()> task);
  const auth::Gate& gate() const { return *gate_; }

 private:
  void Run();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;  // guarded by mu_
  bool stopping_ = false;                    // guarded by mu_
  std::vector<std::thread> threads_;
  const auth::Gate* const gate_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_EXECUTOR_H_
