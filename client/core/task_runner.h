// A single worker thread that runs posted tasks one after another, in the
// order posted. The GUI hands it every network call so that none runs on
// the GUI thread; a task that must touch the GUI posts back itself (with
// wxEvtHandler::CallAfter).
//
// Thread-safe: Post may be called from any thread. The destructor stops
// accepting tasks, lets the running task finish, drops those not started,
// and joins the thread. Tasks must not destroy their own TaskRunner.
#ifndef VAKTBRO_CLIENT_CORE_TASK_RUNNER_H_
#define VAKTBRO_CLIENT_CORE_TASK_RUNNER_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace vaktbro::client {

class TaskRunner {
 public:
  TaskRunner();
  ~TaskRunner();
  TaskRunner(const TaskRunner&) = delete;
  TaskRunner& operator=(const TaskRunner&) = delete;

  // Queues `task`. Ignored once the destructor has begun.
  void Post(std::function<void()> task);

 private:
  void Run();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> tasks_;  // guarded by mutex_
  bool stopping_ = false;                    // guarded by mutex_
  std::thread thread_;                       // last: starts after the rest
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_TASK_RUNNER_H_
