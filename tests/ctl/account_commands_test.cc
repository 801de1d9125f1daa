// The pure parts of vaktbroctl's account commands: --since and --role.
#include "account_commands.h"

#include "gtest/gtest.h"
#include "local_time.h"

namespace vaktbro::ctl {
namespace {

TEST(ParseSinceTest, DaysTimesAndAges) {
  const absl::Time now = absl::FromUnixSeconds(1'800'000'000);
  const struct {
    const char* text;
    absl::Time want;
  } cases[] = {
      {"90m", now - absl::Minutes(90)},
      {"24h", now - absl::Hours(24)},
      {"7d", now - absl::Hours(24 * 7)},
      {"2026-11-23", OsloTime(absl::CivilDay(2026, 11, 23), 0)},
      {"23.11.2026", OsloTime(absl::CivilDay(2026, 11, 23), 0)},
      {"2026-11-23 14:05", OsloTime(absl::CivilDay(2026, 11, 23), 14 * 60 + 5)},
      {"2026-07-01T08:00", OsloTime(absl::CivilDay(2026, 7, 1), 8 * 60)},
  };
  for (const auto& c : cases) {
    absl::StatusOr<absl::Time> got = ParseSince(c.text, now);
    ASSERT_TRUE(got.ok()) << c.text << ": " << got.status();
    EXPECT_EQ(*got, c.want) << c.text;
  }
  for (const char* bad : {"", "yesterday", "7w", "2026-13-01", "2026-11-23 25:00", "h"}) {
    EXPECT_EQ(ParseSince(bad, now).status().code(), absl::StatusCode::kInvalidArgument) << bad;
  }
}

TEST(ParseRoleTest, EnglishAndNorwegianWords) {
  EXPECT_EQ(*ParseRole("coordinator"), v1::COORDINATOR);
  EXPECT_EQ(*ParseRole("Koordinator"), v1::COORDINATOR);
  EXPECT_EQ(*ParseRole("ansatt"), v1::EMPLOYEE);
  EXPECT_EQ(*ParseRole("manager"), v1::MANAGER);
  EXPECT_EQ(*ParseRole("administrator"), v1::ADMINISTRATOR);
  EXPECT_FALSE(ParseRole("boss").ok());
  for (v1::Role r : {v1::COORDINATOR, v1::EMPLOYEE, v1::MANAGER, v1::ADMINISTRATOR}) {
    EXPECT_EQ(*ParseRole(RoleWord(r)), r);
  }
}

}  // namespace
}  // namespace vaktbro::ctl
