// Secondary indexes follow their records through Put and Delete.
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store.h"
#include "test_util.h"

namespace vaktbro::storage {
namespace {

using test::CommitOrFail;
using test::FastOptions;
using test::Ids;
using test::MakeAssignment;
using test::MakeShift;
using test::OpenOrDie;
using test::TempDir;
using Strings = std::vector<std::string>;

constexpr int kPage = 100;
const TimeRange kAllTime;
const Cursor kStart;

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = OpenOrDie(dir_.sub("db"), FastOptions()); }

  template <typename R>
  void PutAll(const std::vector<R>& records) {
    std::unique_ptr<Txn> txn = store_->Begin();
    for (const R& r : records) ASSERT_TRUE(txn->Put(r).ok()) << r.name();
    CommitOrFail(*txn);
  }
  Strings ShiftsOfUnit(std::string_view unit, const TimeRange& range) {
    auto shifts = store_->Begin()->ListShiftsOfUnit(unit, range, kStart, kPage);
    EXPECT_TRUE(shifts.ok()) << shifts.status();
    return shifts.ok() ? Ids(*shifts) : Strings{"error"};
  }
  Strings ShiftsByStart(const TimeRange& range) {
    auto shifts = store_->Begin()->ListShiftsByStart(range, kStart, kPage);
    EXPECT_TRUE(shifts.ok()) << shifts.status();
    return shifts.ok() ? Ids(*shifts) : Strings{"error"};
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(IndexTest, MovingAShiftToAnotherUnitAndTimeLeavesNoStaleEntry) {
  PutAll(std::vector{MakeShift("s1", "u1", 1000)});
  EXPECT_EQ(ShiftsOfUnit("u1", kAllTime), Strings{"s1"});
  EXPECT_EQ(ShiftsByStart({1000, 1001}), Strings{"s1"});

  PutAll(std::vector{MakeShift("s1", "u2", 5000)});
  EXPECT_EQ(ShiftsOfUnit("u1", kAllTime), Strings{});
  EXPECT_EQ(ShiftsOfUnit("u2", kAllTime), Strings{"s1"});
  EXPECT_EQ(ShiftsOfUnit("u2", {1000, 1001}), Strings{});
  EXPECT_EQ(ShiftsByStart({1000, 1001}), Strings{});
  EXPECT_EQ(ShiftsByStart(kAllTime), Strings{"s1"});

  // Dropping the unit drops the unit entry only.
  PutAll(std::vector{MakeShift("s1", "", 5000)});
  EXPECT_EQ(ShiftsOfUnit("u2", kAllTime), Strings{});
  EXPECT_EQ(ShiftsByStart(kAllTime), Strings{"s1"});
}

TEST_F(IndexTest, SeveralPutsInOneTxnLeaveOnlyTheLastVersionIndexed) {
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSERT_TRUE(txn->Put(MakeShift("s1", "u1", 10)).ok());
    ASSERT_TRUE(txn->Put(MakeShift("s1", "u2", 20)).ok());
    ASSERT_TRUE(txn->Put(MakeShift("s1", "u3", 30)).ok());
    // The Txn's scans see its own writes.
    auto own = txn->ListShiftsOfUnit("u3", kAllTime, kStart, kPage);
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(Ids(*own), Strings{"s1"});
    CommitOrFail(*txn);
  }
  EXPECT_EQ(ShiftsOfUnit("u1", kAllTime), Strings{});
  EXPECT_EQ(ShiftsOfUnit("u2", kAllTime), Strings{});
  EXPECT_EQ(ShiftsOfUnit("u3", kAllTime), Strings{"s1"});
  EXPECT_EQ(ShiftsByStart(kAllTime), Strings{"s1"});
}

TEST_F(IndexTest, AssignmentFollowsItsPersonShiftAndStart) {
  PutAll(std::vector{MakeAssignment("a1", "s1", "kari", 100)});
  PutAll(std::vector{MakeAssignment("a1", "s2", "ola", 200)});
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(Ids(*txn->ListAssignmentsOfShift("s1")), Strings{});
  EXPECT_EQ(Ids(*txn->ListAssignmentsOfShift("s2")), Strings{"a1"});
  EXPECT_EQ(Ids(*txn->ListAssignmentsOfPerson("kari", kAllTime, kStart, kPage)),
            Strings{});
  EXPECT_EQ(
      Ids(*txn->ListAssignmentsOfPerson("ola", {200, 201}, kStart, kPage)),
      Strings{"a1"});
}

TEST_F(IndexTest, PositionFollowsItsPersonAndEmployer) {
  v1::Position p;
  p.set_name("positions/p1");
  p.set_person("people/kari");
  p.set_employer("organisations/a");
  PutAll(std::vector{p});
  p.set_employer("organisations/b");
  PutAll(std::vector{p});
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(Ids(*txn->ListPositionsAt("a", "", kPage)), Strings{});
  EXPECT_EQ(Ids(*txn->ListPositionsAt("b", "", kPage)), Strings{"p1"});
  EXPECT_EQ(Ids(*txn->ListPositionsOf("kari")), Strings{"p1"});
}

TEST_F(IndexTest, UnitFollowsItsOrganisation) {
  v1::Unit u;
  u.set_name("units/u1");
  u.set_organisation("organisations/a");
  PutAll(std::vector{u});
  u.set_organisation("organisations/b");
  PutAll(std::vector{u});
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(Ids(*txn->ListUnitsOf("a", "", kPage)), Strings{});
  EXPECT_EQ(Ids(*txn->ListUnitsOf("b", "", kPage)), Strings{"u1"});
}

TEST_F(IndexTest, DeletedPartnershipAndAvailabilityLeaveTheirIndexes) {
  v1::Partnership p;
  p.set_name("partnerships/p1");
  p.add_organisations("organisations/a");
  p.add_organisations("organisations/b");
  v1::Availability v;
  v.set_name("availabilities/v1");
  v.set_person("people/kari");
  PutAll(std::vector{p});
  PutAll(std::vector{v});
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    EXPECT_EQ(Ids(*txn->ListPartnershipsOf("a")), Strings{"p1"});
    EXPECT_EQ(Ids(*txn->ListPartnershipsOf("b")), Strings{"p1"});
    EXPECT_EQ(Ids(*txn->ListAvailabilitiesOf("kari", kStart, kPage)),
              Strings{"v1"});
    ASSERT_TRUE(txn->DeletePartnership("p1").ok());
    ASSERT_TRUE(txn->DeleteAvailability("v1").ok());
    CommitOrFail(*txn);
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(Ids(*txn->ListPartnershipsOf("a")), Strings{});
  EXPECT_EQ(Ids(*txn->ListPartnershipsOf("b")), Strings{});
  EXPECT_EQ(Ids(*txn->ListAvailabilitiesOf("kari", kStart, kPage)), Strings{});
}

TEST_F(IndexTest, RejectedPutLeavesNothingBehind) {
  PutAll(std::vector{MakeShift("s1", "u1", 10)});
  std::unique_ptr<Txn> txn = store_->Begin();
  v1::Shift bad = MakeShift("s1", "u2", 20);
  bad.set_unit("people/u2");
  EXPECT_EQ(txn->Put(bad).code(), absl::StatusCode::kInvalidArgument);
  CommitOrFail(*txn);
  EXPECT_EQ(ShiftsOfUnit("u1", kAllTime), Strings{"s1"});
  EXPECT_EQ(ShiftsByStart({10, 11}), Strings{"s1"});
}

}  // namespace
}  // namespace vaktbro::storage
