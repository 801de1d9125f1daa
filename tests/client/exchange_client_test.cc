// ExchangeClient and ShiftWatcher against the real server (ServerProcess
// with the demo region).
#include "exchange_client.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "field_errors.h"
#include "gtest/gtest.h"
#include "oslo_time.h"
#include "server_process.h"
#include "shift_filter.h"
#include "shift_watcher.h"

namespace vaktbro::client {
namespace {

using vaktbro::testing::ServerProcess;

class ExchangeClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::Start({.demo = true});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = server->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    client_ = std::make_unique<ExchangeClient>(
        server_->Channel(),
        ExchangeClient::Options{.page_size = 7});  // several pages
  }

  // A valid shift at the first unit of the demo region, tomorrow 07-15.
  v1::Shift ValidShift() {
    auto units = client_->ListUnits("");
    EXPECT_TRUE(units.ok()) << units.status();
    EXPECT_FALSE(units->empty());
    const v1::Unit& unit = units->front();
    const absl::CivilDay tomorrow =
        absl::ToCivilDay(absl::Now(), OsloTimeZone()) + 1;
    const ShiftTimes times =
        MakeShiftTimes(tomorrow, 7 * 60, 15 * 60, OsloTimeZone());
    v1::Shift shift;
    shift.set_organisation(unit.organisation());
    shift.set_unit(unit.name());
    shift.set_title("Dag, client test");
    *shift.mutable_start_time() = ToTimestamp(times.start);
    *shift.mutable_end_time() = ToTimestamp(times.end);
    shift.set_profession(v1::NURSE);
    shift.set_headcount(1);
    shift.set_reason(v1::Shift::SICK_LEAVE);
    shift.set_visibility(v1::Shift::REGION);
    return shift;
  }

  static ServerProcess* server_;
  std::unique_ptr<ExchangeClient> client_;
};

ServerProcess* ExchangeClientTest::server_ = nullptr;

TEST_F(ExchangeClientTest, ListsTheDemosOpenShiftsAcrossPages) {
  auto shifts = client_->ListOpenShifts({});
  ASSERT_TRUE(shifts.ok()) << shifts.status();
  EXPECT_GT(shifts->size(), 7u);
  for (const v1::Shift& shift : *shifts) {
    EXPECT_TRUE(IsOnBoard(shift.state())) << shift.name();
  }
  // The client filters the same way the server does.
  const v1::Shift& first = shifts->front();
  const ShiftFilter by_unit{.organisation = first.organisation(),
                            .unit = first.unit()};
  auto unit_shifts = client_->ListOpenShifts(by_unit);
  ASSERT_TRUE(unit_shifts.ok()) << unit_shifts.status();
  size_t expected = 0;
  for (const v1::Shift& shift : *shifts) expected += Matches(by_unit, shift);
  EXPECT_EQ(unit_shifts->size(), expected);
}

TEST_F(ExchangeClientTest, ListsOrganisationsAndUnits) {
  auto organisations = client_->ListOrganisations();
  ASSERT_TRUE(organisations.ok()) << organisations.status();
  ASSERT_FALSE(organisations->empty());
  auto units = client_->ListUnits(organisations->front().name());
  ASSERT_TRUE(units.ok()) << units.status();
  for (const v1::Unit& unit : *units) {
    EXPECT_EQ(unit.organisation(), organisations->front().name());
  }
}

TEST_F(ExchangeClientTest, PostsAValidShift) {
  auto posted = client_->PostShift(ValidShift(), "");
  ASSERT_TRUE(posted.ok()) << posted.status();
  EXPECT_EQ(posted->state(), v1::Shift::OPEN);
  EXPECT_FALSE(posted->name().empty());
}

TEST_F(ExchangeClientTest, BadShiftGivesAnErrorOnTheField) {
  struct Case {
    void (*spoil)(v1::Shift&);
    std::string field;
  };
  const Case cases[] = {
      {[](v1::Shift& s) { *s.mutable_end_time() = s.start_time(); },
       "shift.end_time"},
      {[](v1::Shift& s) { s.clear_title(); }, "shift.title"},
      {[](v1::Shift& s) { s.set_headcount(0); }, "shift.headcount"},
      {[](v1::Shift& s) { s.clear_profession(); }, "shift.profession"},
      {[](v1::Shift& s) { s.set_unit("units/no-such-unit"); }, "shift.unit"},
  };
  for (const Case& c : cases) {
    v1::Shift shift = ValidShift();
    c.spoil(shift);
    auto posted = client_->PostShift(shift, "");
    ASSERT_FALSE(posted.ok()) << c.field;
    const FieldErrors errors = FieldErrors::Parse(posted.status());
    EXPECT_TRUE(errors.For(c.field).has_value())
        << c.field << " in " << posted.status();
    EXPECT_TRUE(errors.general().empty()) << posted.status();
  }
  // INVALID_ARGUMENT where it is expected:
  v1::Shift shift = ValidShift();
  *shift.mutable_end_time() = shift.start_time();
  EXPECT_TRUE(absl::IsInvalidArgument(client_->PostShift(shift, "").status()));
}

TEST_F(ExchangeClientTest, UnreachableServerIsUnavailable) {
  ExchangeClient nowhere(ExchangeClient::Connect("127.0.0.1:1"),
                         {.deadline = absl::Seconds(2)});
  auto shifts = nowhere.ListOpenShifts({});
  EXPECT_TRUE(absl::IsUnavailable(shifts.status()) ||
              absl::IsDeadlineExceeded(shifts.status()))
      << shifts.status();
}

// Collects what a ShiftWatcher reports, for the test thread to wait on.
class Recorder {
 public:
  ShiftWatcher::Callbacks Callbacks() {
    return {.on_event =
                [this](const v1::ShiftEvent& event) {
                  std::lock_guard<std::mutex> lock(mutex_);
                  events_.push_back(event);
                  changed_.notify_all();
                },
            .on_state =
                [this](ShiftWatcher::State state, const absl::Status&) {
                  std::lock_guard<std::mutex> lock(mutex_);
                  if (state == ShiftWatcher::State::kWatching) ++watching_;
                  changed_.notify_all();
                }};
  }
  bool WaitFor(const std::function<bool()>& done) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::seconds(20), done);
  }
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<v1::ShiftEvent> events_;
  int watching_ = 0;
};

TEST_F(ExchangeClientTest, WatcherDeliversAPostedShift) {
  Recorder recorder;
  auto watcher =
      ShiftWatcher::Start(client_->channel(), {}, recorder.Callbacks());
  ASSERT_TRUE(recorder.WaitFor([&] { return recorder.watching_ > 0; }));
  // kWatching means the server has subscribed the stream: no pause needed.
  auto posted = client_->PostShift(ValidShift(), "");
  ASSERT_TRUE(posted.ok()) << posted.status();
  ASSERT_TRUE(recorder.WaitFor([&] {
    for (const auto& e : recorder.events_) {
      if (e.shift().name() == posted->name()) return true;
    }
    return false;
  }));
  std::lock_guard<std::mutex> lock(recorder.mutex_);
  EXPECT_EQ(recorder.events_.back().kind(), v1::ShiftEvent::POSTED);
}

TEST(ShiftWatcherTest, ReportsABrokenStreamAndRetries) {
  auto server = ServerProcess::Start({});
  ASSERT_TRUE(server.ok()) << server.status();
  Recorder recorder;
  int retries = 0;
  ShiftWatcher::Callbacks callbacks = recorder.Callbacks();
  auto on_state = callbacks.on_state;
  callbacks.on_state = [&](ShiftWatcher::State state, const absl::Status& s) {
    if (state == ShiftWatcher::State::kRetrying) {
      std::lock_guard<std::mutex> lock(recorder.mutex_);
      ++retries;
    }
    on_state(state, s);
  };
  auto watcher = ShiftWatcher::Start(
      (*server)->Channel(), {}, callbacks,
      {.initial_backoff = absl::Milliseconds(10)});
  ASSERT_TRUE(recorder.WaitFor([&] { return recorder.watching_ > 0; }));
  (*server)->Kill();  // as a crash would
  EXPECT_TRUE(recorder.WaitFor([&] { return retries >= 1; }));
}

TEST(ShiftWatcherTest, RetriesAnUnreachableServerAndCancelsQuickly) {
  Recorder recorder;
  int retries = 0;
  ShiftWatcher::Callbacks callbacks = recorder.Callbacks();
  auto on_state = callbacks.on_state;
  callbacks.on_state = [&](ShiftWatcher::State state, const absl::Status& s) {
    if (state == ShiftWatcher::State::kRetrying) {
      std::lock_guard<std::mutex> lock(recorder.mutex_);
      ++retries;
    }
    on_state(state, s);
  };
  auto watcher =
      ShiftWatcher::Start(ExchangeClient::Connect("127.0.0.1:1"), {}, callbacks,
                          {.initial_backoff = absl::Milliseconds(10),
                           .connect_timeout = absl::Milliseconds(100)});
  ASSERT_TRUE(recorder.WaitFor([&] { return retries >= 2; }));
  const absl::Time before = absl::Now();
  watcher.reset();
  EXPECT_LT(absl::Now() - before, absl::Seconds(2));
  EXPECT_EQ(recorder.watching_, 0);
}

}  // namespace
}  // namespace vaktbro::client
