// Paged scans: cursors, limits, half-open time ranges, snapshots.
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

// Shifts in (start, id) order; two share a start so ids break the tie.
struct Seed {
  std::string id;
  std::string unit;
  UnixSeconds start;
};
const std::vector<Seed> kShifts = {
    {"s-neg", "u1", -7200}, {"s-a", "u1", 0},    {"s-b", "u2", 0},
    {"s-c", "u1", 3600},    {"s-d", "u2", 7200}, {"s-e", "u1", 7200},
    {"s-f", "u1", 86400},
};

class ScanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenOrDie(dir_.sub("db"), FastOptions());
    std::unique_ptr<Txn> txn = store_->Begin();
    // Inserted out of order: the index, not insertion, gives the order.
    for (auto it = kShifts.rbegin(); it != kShifts.rend(); ++it) {
      ASSERT_TRUE(txn->Put(MakeShift(it->id, it->unit, it->start)).ok());
    }
    CommitOrFail(*txn);
  }

  // Pages through ListShiftsByStart (or ListShiftsOfUnit with a unit) with
  // `limit`, each page in its own Txn as a server would.
  Strings PageShifts(std::string_view unit, const TimeRange& range, int limit) {
    Strings all;
    Cursor cursor;
    for (int pages = 0; pages < 100; ++pages) {
      std::unique_ptr<Txn> txn = store_->Begin();
      absl::StatusOr<std::vector<v1::Shift>> page =
          unit.empty() ? txn->ListShiftsByStart(range, cursor, limit)
                       : txn->ListShiftsOfUnit(unit, range, cursor, limit);
      EXPECT_TRUE(page.ok()) << page.status();
      if (!page.ok()) return {"error"};
      EXPECT_LE(page->size(), static_cast<size_t>(limit));
      for (const std::string& id : Ids(*page)) all.push_back(id);
      if (page->size() < static_cast<size_t>(limit)) break;
      cursor = {ToUnixSeconds(page->back().start_time()),
                std::string(IdOf(page->back().name()))};
    }
    return all;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(ScanTest, ShiftsByStartPagedWithEveryLimitAndRange) {
  struct Case {
    std::string unit;
    TimeRange range;
    Strings want;
  };
  const std::vector<Case> cases = {
      {"", {}, {"s-neg", "s-a", "s-b", "s-c", "s-d", "s-e", "s-f"}},
      {"", {0, 7200}, {"s-a", "s-b", "s-c"}},  // half-open: 7200 excluded
      {"", {-7200, 1}, {"s-neg", "s-a", "s-b"}},
      {"", {1, 3600}, {}},
      {"", {7200, 7200}, {}},
      {"", {86400, 0}, {}},
      {"", {7200, INT64_MAX}, {"s-d", "s-e", "s-f"}},
      {"u1", {}, {"s-neg", "s-a", "s-c", "s-e", "s-f"}},
      {"u1", {0, 86400}, {"s-a", "s-c", "s-e"}},
      {"u2", {}, {"s-b", "s-d"}},
      {"u3", {}, {}},
  };
  for (const Case& c : cases) {
    for (int limit : {1, 2, 3, 100}) {
      EXPECT_EQ(PageShifts(c.unit, c.range, limit), c.want)
          << "unit=" << c.unit << " from=" << c.range.from
          << " to=" << c.range.to << " limit=" << limit;
    }
  }
}

TEST_F(ScanTest, CursorResumesAfterTheGivenStartAndId) {
  std::unique_ptr<Txn> txn = store_->Begin();
  struct Case {
    Cursor after;
    Strings want;
  };
  const std::vector<Case> cases = {
      {{0, "s-a"}, {"s-b", "s-c"}},
      {{0, "s-b"}, {"s-c", "s-d"}},
      {{0, "s-aa"}, {"s-b", "s-c"}},  // need not name an existing shift
      {{INT64_MIN, ""}, {"s-neg", "s-a"}},
      {{99999, ""}, {"s-neg", "s-a"}},  // empty id: from the beginning
      {{86400, "s-f"}, {}},
  };
  for (const Case& c : cases) {
    auto page = txn->ListShiftsByStart(TimeRange{}, c.after, 2);
    ASSERT_TRUE(page.ok()) << page.status();
    EXPECT_EQ(Ids(*page), c.want) << c.after.start << "/" << c.after.id;
  }
}

TEST_F(ScanTest, NonPositiveLimitIsInvalidArgument) {
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(txn->ListShiftsByStart({}, {}, 0).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(txn->ListPeople("", -1).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(ScanTest, AssignmentsOfPersonByRange) {
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    ASSERT_TRUE(txn->Put(MakeAssignment("a3", "s-c", "kari", 3600)).ok());
    ASSERT_TRUE(txn->Put(MakeAssignment("a1", "s-neg", "kari", -7200)).ok());
    ASSERT_TRUE(txn->Put(MakeAssignment("a2", "s-a", "kari", 0)).ok());
    ASSERT_TRUE(txn->Put(MakeAssignment("a4", "s-a", "ola", 0)).ok());
    ASSERT_TRUE(txn->Put(MakeAssignment("a5", "s-f", "kari", 86400)).ok());
    CommitOrFail(*txn);
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  struct Case {
    std::string person;
    TimeRange range;
    Cursor after;
    int limit;
    Strings want;
  };
  const std::vector<Case> cases = {
      {"kari", {}, {}, 10, {"a1", "a2", "a3", "a5"}},
      {"kari", {0, 86400}, {}, 10, {"a2", "a3"}},
      {"kari", {-7200, 0}, {}, 10, {"a1"}},
      {"kari", {}, {0, "a2"}, 1, {"a3"}},
      {"kari", {}, {}, 2, {"a1", "a2"}},
      {"ola", {}, {}, 10, {"a4"}},
      {"per", {}, {}, 10, {}},
  };
  for (const Case& c : cases) {
    auto got =
        txn->ListAssignmentsOfPerson(c.person, c.range, c.after, c.limit);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(Ids(*got), c.want) << c.person << " " << c.range.from;
  }
  EXPECT_EQ(Ids(*txn->ListAssignmentsOfShift("s-a")), (Strings{"a2", "a4"}));
}

TEST_F(ScanTest, ListByIdPagesInIdOrder) {
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    for (std::string id : {"c", "a", "e", "b", "d"}) {
      v1::Person p;
      p.set_name("people/" + id);
      ASSERT_TRUE(txn->Put(p).ok());
      v1::Unit u;
      u.set_name("units/" + id);
      u.set_organisation(id == "e" ? "organisations/other" : "organisations/a");
      ASSERT_TRUE(txn->Put(u).ok());
    }
    CommitOrFail(*txn);
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(Ids(*txn->ListPeople("", 2)), (Strings{"a", "b"}));
  EXPECT_EQ(Ids(*txn->ListPeople("b", 2)), (Strings{"c", "d"}));
  EXPECT_EQ(Ids(*txn->ListPeople("bb", 10)), (Strings{"c", "d", "e"}));
  EXPECT_EQ(Ids(*txn->ListPeople("e", 2)), Strings{});
  EXPECT_EQ(Ids(*txn->ListUnitsOf("a", "", 3)), (Strings{"a", "b", "c"}));
  EXPECT_EQ(Ids(*txn->ListUnitsOf("a", "c", 3)), (Strings{"d"}));
  EXPECT_EQ(Ids(*txn->ListUnitsOf("other", "", 3)), (Strings{"e"}));
  EXPECT_EQ(Ids(*txn->ListUnits("d", 3)), (Strings{"e"}));
}

TEST_F(ScanTest, AvailabilitiesOfPersonInStartOrder) {
  {
    std::unique_ptr<Txn> txn = store_->Begin();
    for (auto [id, start] : std::vector<std::pair<std::string, UnixSeconds>>{
             {"v1", 500}, {"v2", -500}, {"v3", 0}}) {
      v1::Availability v;
      v.set_name("availabilities/" + id);
      v.set_person("people/kari");
      *v.mutable_start_time() = test::At(start);
      ASSERT_TRUE(txn->Put(v).ok());
    }
    CommitOrFail(*txn);
  }
  std::unique_ptr<Txn> txn = store_->Begin();
  EXPECT_EQ(Ids(*txn->ListAvailabilitiesOf("kari", {}, 10)),
            (Strings{"v2", "v3", "v1"}));
  EXPECT_EQ(Ids(*txn->ListAvailabilitiesOf("kari", {0, "v3"}, 10)),
            (Strings{"v1"}));
}

TEST_F(ScanTest, ScansSeeCommitsMadeBeforeTheScanStarts) {
  // A Txn that begins, waits (as a booking waits for its locks), then scans
  // must see what others committed meanwhile: the booking checks rely on it.
  std::unique_ptr<Txn> reader = store_->Begin();
  {
    std::unique_ptr<Txn> writer = store_->Begin();
    ASSERT_TRUE(writer->Put(MakeShift("s-new", "u1", 1)).ok());
    ASSERT_TRUE(writer->Put(MakeShift("s-a", "u1", 999999)).ok());  // moved
    CommitOrFail(*writer);
  }
  auto page = reader->ListShiftsByStart({0, 2}, {}, 10);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(Ids(*page), (Strings{"s-b", "s-new"}));
  EXPECT_EQ(ToUnixSeconds((*page)[1].start_time()), 1);
}

}  // namespace
}  // namespace vaktbro::storage
