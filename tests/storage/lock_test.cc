// Pessimistic locking: exclusive reads serialise read-modify-write, lock
// waits time out with ABORTED, deadlocks are detected.
#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "store.h"
#include "test_util.h"

namespace vaktbro::storage {
namespace {

using std::chrono::milliseconds;
using test::CommitOrFail;
using test::FastOptions;
using test::MakeShift;
using test::OpenOrDie;
using test::TempDir;

class LockTest : public ::testing::Test {
 protected:
  void Open(milliseconds lock_timeout) {
    StoreOptions options = FastOptions();
    options.lock_timeout = lock_timeout;
    store_ = OpenOrDie(dir_.sub("db"), options);
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSERT_TRUE(txn->Put(MakeShift("s1", "u1", 0)).ok());
    ASSERT_TRUE(txn->Put(MakeShift("s2", "u1", 0)).ok());
    CommitOrFail(*txn);
  }
  int FilledCount(std::string_view id) {
    absl::StatusOr<v1::Shift> s =
        store_->Begin()->GetShift(id, LockMode::kNone);
    EXPECT_TRUE(s.ok()) << s.status();
    return s.ok() ? s->filled_count() : -1;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

// One read-modify-write of s1, retried while it is ABORTED. The pause
// between read and write widens the window in which a lost update would
// happen if locked reads saw a stale snapshot.
absl::Status Increment(Store& store) {
  for (;;) {
    std::unique_ptr<Txn> txn = store.Begin();
    absl::StatusOr<v1::Shift> shift = txn->GetShift("s1", LockMode::kExclusive);
    absl::Status s = shift.status();
    if (s.ok()) {
      std::this_thread::sleep_for(std::chrono::microseconds(50));
      shift->set_filled_count(shift->filled_count() + 1);
      s = txn->Put(*shift);
    }
    if (s.ok()) s = txn->Commit();
    if (!absl::IsAborted(s)) return s;
  }
}

TEST_F(LockTest, ConcurrentExclusiveIncrementsLoseNoUpdate) {
  Open(milliseconds(5000));
  constexpr int kPerThread = 200;
  std::latch start(2);
  auto worker = [&] {
    start.arrive_and_wait();
    for (int i = 0; i < kPerThread; ++i) {
      absl::Status s = Increment(*store_);
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  };
  std::future<absl::Status> a = std::async(std::launch::async, worker);
  std::future<absl::Status> b = std::async(std::launch::async, worker);
  EXPECT_TRUE(a.get().ok());
  EXPECT_TRUE(b.get().ok());
  EXPECT_EQ(FilledCount("s1"), 2 * kPerThread);
}

TEST_F(LockTest, WaitingForAHeldLockTimesOutWithAborted) {
  Open(milliseconds(100));
  std::unique_ptr<Txn> holder = store_->Begin();
  ASSERT_TRUE(holder->GetShift("s1", LockMode::kExclusive).ok());

  std::unique_ptr<Txn> waiter = store_->Begin();
  const auto begin = std::chrono::steady_clock::now();
  absl::StatusOr<v1::Shift> got = waiter->GetShift("s1", LockMode::kExclusive);
  EXPECT_GE(std::chrono::steady_clock::now() - begin, milliseconds(90));
  EXPECT_EQ(got.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(got.status().message().rfind("lock conflict, retry", 0), 0u)
      << got.status();
  EXPECT_EQ(waiter->Put(MakeShift("s1", "u9", 5)).code(),
            absl::StatusCode::kAborted);
  // An unlocked read does not wait.
  EXPECT_TRUE(waiter->GetShift("s1", LockMode::kNone).ok());

  // Once the holder is gone the key is free.
  holder.reset();
  std::unique_ptr<Txn> next = store_->Begin();
  EXPECT_TRUE(next->GetShift("s1", LockMode::kExclusive).ok());
}

TEST_F(LockTest, ExclusiveGetOfAbsentIdLocksTheId) {
  Open(milliseconds(100));
  std::unique_ptr<Txn> creator = store_->Begin();
  EXPECT_EQ(creator->GetShift("new", LockMode::kExclusive).status().code(),
            absl::StatusCode::kNotFound);
  std::unique_ptr<Txn> rival = store_->Begin();
  EXPECT_EQ(rival->GetShift("new", LockMode::kExclusive).status().code(),
            absl::StatusCode::kAborted);
  ASSERT_TRUE(creator->Put(MakeShift("new", "u1", 0)).ok());
  CommitOrFail(*creator);
  creator.reset();
  EXPECT_TRUE(rival->GetShift("new", LockMode::kExclusive).ok());
}

TEST_F(LockTest, LockedReadsSeeCommitsMadeAfterBegin) {
  Open(milliseconds(1000));
  std::unique_ptr<Txn> txn = store_->Begin();
  {
    std::unique_ptr<Txn> other = store_->Begin();
    v1::Shift s = MakeShift("s1", "u1", 0);
    s.set_filled_count(7);
    ASSERT_TRUE(other->Put(s).ok());
    CommitOrFail(*other);
  }
  // Unlocked and locked reads alike see the latest commit, also one made
  // after Begin; a locked read then keeps the key.
  EXPECT_EQ(txn->GetShift("s1", LockMode::kNone)->filled_count(), 7);
  EXPECT_EQ(txn->GetShift("s1", LockMode::kExclusive)->filled_count(), 7);
  EXPECT_EQ(txn->GetShift("s1", LockMode::kNone)->filled_count(), 7);
  v1::Shift s = *txn->GetShift("s1", LockMode::kNone);
  s.set_filled_count(8);
  ASSERT_TRUE(txn->Put(s).ok());
  CommitOrFail(*txn);
  EXPECT_EQ(FilledCount("s1"), 8);
}

TEST_F(LockTest, DeadlockIsDetectedBeforeTheTimeout) {
  Open(milliseconds(10000));
  std::promise<void> a_locked, b_locked;
  std::shared_future<void> a_ready = a_locked.get_future().share();
  std::shared_future<void> b_ready = b_locked.get_future().share();
  // Each thread locks its first shift, waits for the other, then asks for
  // the other's shift: a cycle.
  auto run = [&](std::string first, std::string second,
                 std::promise<void>& mine, std::shared_future<void> theirs) {
    std::unique_ptr<Txn> txn = store_->Begin();
    absl::Status s = txn->GetShift(first, LockMode::kExclusive).status();
    mine.set_value();
    theirs.wait();
    if (s.ok()) s = txn->GetShift(second, LockMode::kExclusive).status();
    if (s.ok()) s = txn->Commit();
    return s;
  };
  const auto begin = std::chrono::steady_clock::now();
  auto a = std::async(std::launch::async, run, "s1", "s2", std::ref(a_locked),
                      b_ready);
  auto b = std::async(std::launch::async, run, "s2", "s1", std::ref(b_locked),
                      a_ready);
  absl::Status sa = a.get();
  absl::Status sb = b.get();
  EXPECT_LT(std::chrono::steady_clock::now() - begin, milliseconds(5000));
  EXPECT_TRUE(absl::IsAborted(sa) || absl::IsAborted(sb)) << sa << " " << sb;
  EXPECT_TRUE(sa.ok() || sb.ok()) << sa << " " << sb;
}

TEST_F(LockTest, GetRequestLocksTheRequestId) {
  Open(milliseconds(100));
  std::unique_ptr<Txn> first = store_->Begin();
  EXPECT_EQ(first->GetRequest("PostShift", "r-1").status().code(),
            absl::StatusCode::kNotFound);
  std::unique_ptr<Txn> retry = store_->Begin();
  EXPECT_EQ(retry->GetRequest("PostShift", "r-1").status().code(),
            absl::StatusCode::kAborted);
  ASSERT_TRUE(first->PutRequest("PostShift", "r-1", {"fp", "reply"}).ok());
  CommitOrFail(*first);
  first.reset();
  absl::StatusOr<RequestRecord> got = retry->GetRequest("PostShift", "r-1");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->reply, "reply");
}

}  // namespace
}  // namespace vaktbro::storage
