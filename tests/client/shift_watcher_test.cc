// ShiftWatcher against a stand-in ShiftService that is slow to accept a
// WatchShifts call, as a server busy subscribing the stream would be.
#include "shift_watcher.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "absl/time/clock.h"
#include "exchange_client.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"

namespace vaktbro::client {
namespace {

// Like the real server, sends its initial metadata only once the stream is
// subscribed; the subscribing here takes 300 ms.
class SlowToAcceptService final : public v1::ShiftService::Service {
 public:
  grpc::Status WatchShifts(
      grpc::ServerContext* context, const v1::WatchShiftsRequest*,
      grpc::ServerWriter<v1::ShiftEvent>* writer) override {
    absl::SleepFor(absl::Milliseconds(300));
    subscribed_ = true;
    writer->SendInitialMetadata();
    while (!context->IsCancelled()) absl::SleepFor(absl::Milliseconds(10));
    return grpc::Status::CANCELLED;
  }
  bool subscribed() const { return subscribed_; }

 private:
  std::atomic<bool> subscribed_ = false;
};

TEST(ShiftWatcherTest, ReportsWatchingOnlyOnceTheServerHasAcceptedTheStream) {
  SlowToAcceptService service;
  int port = 0;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(),
                           &port);
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  ASSERT_NE(server, nullptr);

  std::mutex mutex;
  std::condition_variable changed;
  bool watching = false;
  bool subscribed_when_watching = false;
  ShiftWatcher::Callbacks callbacks;
  callbacks.on_state = [&](ShiftWatcher::State state, const absl::Status&) {
    if (state != ShiftWatcher::State::kWatching) return;
    std::lock_guard<std::mutex> lock(mutex);
    watching = true;
    subscribed_when_watching = service.subscribed();
    changed.notify_all();
  };
  auto watcher = ShiftWatcher::Start(
      ExchangeClient::Connect("127.0.0.1:" + std::to_string(port)), {},
      callbacks);
  {
    std::unique_lock<std::mutex> lock(mutex);
    ASSERT_TRUE(changed.wait_for(lock, std::chrono::seconds(20),
                                 [&] { return watching; }));
    EXPECT_TRUE(subscribed_when_watching);
  }
  watcher.reset();  // cancels the stream, which ends the handler
  server->Shutdown(absl::ToChronoTime(absl::Now() + absl::Seconds(5)));
}

}  // namespace
}  // namespace vaktbro::client
