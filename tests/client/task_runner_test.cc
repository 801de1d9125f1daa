#include "task_runner.h"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace vaktbro::client {
namespace {

TEST(TaskRunnerTest, RunsTasksInOrderOffTheCallingThread) {
  std::vector<int> order;
  std::promise<std::thread::id> ran_on;
  {
    TaskRunner runner;
    for (int i = 0; i < 5; ++i)
      runner.Post([&order, i] { order.push_back(i); });
    runner.Post([&] { ran_on.set_value(std::this_thread::get_id()); });
    EXPECT_NE(ran_on.get_future().get(), std::this_thread::get_id());
  }
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(TaskRunnerTest, DestructorWaitsForTheRunningTask) {
  std::atomic<int> ran{0};
  std::promise<void> started;
  {
    TaskRunner runner;
    runner.Post([&] {
      started.set_value();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      ++ran;
    });
    started.get_future().wait();
    for (int i = 0; i < 3; ++i) runner.Post([&] { ran += 10; });
  }  // joins: the running task finishes; queued ones are (normally) dropped
  EXPECT_EQ(ran.load() % 10, 1);
}

}  // namespace
}  // namespace vaktbro::client
