#include "indexes.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "keys.h"
#include "test_util.h"

namespace vaktbro::storage {
namespace {

using test::MakeAssignment;
using test::MakeShift;

TEST(IndexesTest, ShiftHasStartAndUnitEntries) {
  absl::StatusOr<std::vector<std::string>> keys =
      IndexKeysOf(MakeShift("s1", "u1", 100), "s1");
  ASSERT_TRUE(keys.ok()) << keys.status();
  std::vector<std::string> want = {
      TimedEntryKey(IndexPrefix(Index::kShiftsByStart), 100, "s1"),
      TimedEntryKey(IndexPrefix(Index::kShiftsByUnit, "u1"), 100, "s1")};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(*keys, want);
}

TEST(IndexesTest, ShiftWithoutUnitHasOnlyStartEntry) {
  absl::StatusOr<std::vector<std::string>> keys =
      IndexKeysOf(MakeShift("s1", "", 100), "s1");
  ASSERT_TRUE(keys.ok()) << keys.status();
  EXPECT_EQ(keys->size(), 1u);
}

TEST(IndexesTest, PartnershipIsIndexedUnderBothOrganisations) {
  v1::Partnership p;
  p.set_name("partnerships/p1");
  p.add_organisations("organisations/a");
  p.add_organisations("organisations/b");
  absl::StatusOr<std::vector<std::string>> keys = IndexKeysOf(p, "p1");
  ASSERT_TRUE(keys.ok()) << keys.status();
  EXPECT_EQ(*keys,
            (std::vector<std::string>{
                IdEntryKey(IndexPrefix(Index::kPartnershipsByOrganisation, "a"),
                           "p1"),
                IdEntryKey(IndexPrefix(Index::kPartnershipsByOrganisation, "b"),
                           "p1")}));
}

TEST(IndexesTest, AssignmentHasPersonAndShiftEntries) {
  absl::StatusOr<std::vector<std::string>> keys =
      IndexKeysOf(MakeAssignment("a1", "s1", "kari", 7), "a1");
  ASSERT_TRUE(keys.ok()) << keys.status();
  EXPECT_EQ(keys->size(), 2u);
}

TEST(IndexesTest, MalformedReferenceIsInvalidArgumentNamingTheField) {
  struct Case {
    std::string field;
    absl::Status status;
  };
  v1::Shift shift = MakeShift("s1", "", 0);
  shift.set_unit("organisations/x");
  v1::Position position;
  position.set_person("people/kari");
  position.set_employer("vestvik");
  v1::Unit unit;
  unit.set_organisation("units/u1");
  v1::Availability availability;
  availability.set_person("kari");
  const std::vector<Case> cases = {
      {"Shift.unit", IndexKeysOf(shift, "s1").status()},
      {"Position.employer", IndexKeysOf(position, "p1").status()},
      {"Unit.organisation", IndexKeysOf(unit, "u1").status()},
      {"Availability.person", IndexKeysOf(availability, "v1").status()},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.status.code(), absl::StatusCode::kInvalidArgument) << c.field;
    EXPECT_NE(c.status.message().find(c.field), std::string::npos) << c.status;
  }
}

}  // namespace
}  // namespace vaktbro::storage
