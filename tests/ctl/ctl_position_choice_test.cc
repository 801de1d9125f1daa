// ChoosePosition: which position shifts offer/assign use by default.
#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "gtest/gtest.h"
#include "local_time.h"
#include "position_choice.h"

namespace vaktbro::ctl {
namespace {

constexpr char kHost[] = "organisations/host";
constexpr char kOther[] = "organisations/other";

v1::Position Position(const std::string& id, const std::string& employer,
                      v1::Position::Kind kind, absl::CivilDay from,
                      std::optional<absl::CivilDay> to = std::nullopt) {
  v1::Position p;
  p.set_name("positions/" + id);
  p.set_employer(employer);
  p.set_kind(kind);
  *p.mutable_valid_from() = ToProtoDate(from);
  if (to.has_value()) *p.mutable_valid_to() = ToProtoDate(*to);
  return p;
}

// A shift at kHost on `day` from `start` to `end` (minutes, Oslo time; an
// end at or before the start is on the next day).
v1::Shift Shift(absl::CivilDay day, int start, int end) {
  v1::Shift s;
  s.set_organisation(kHost);
  *s.mutable_start_time() = ToProto(OsloTime(day, start));
  *s.mutable_end_time() = ToProto(OsloTime(end <= start ? day + 1 : day, end));
  return s;
}

constexpr absl::CivilDay kDay(2027, 1, 6);
constexpr absl::CivilDay kLongAgo(2010, 1, 1);

TEST(ChoosePositionTest, Cases) {
  const v1::Shift day_shift = Shift(kDay, 7 * 60, 15 * 60);
  const v1::Shift night = Shift(kDay, 22 * 60, 7 * 60 + 30);
  const v1::Shift after_midnight = Shift(kDay, 30, 8 * 60);  // 00:30 Oslo
  struct Case {
    std::string what;
    std::vector<v1::Position> positions;
    v1::Shift shift;
    std::string want;  // the chosen position's id; empty: none fits
  };
  const Case cases[] = {
      {"none at all", {}, day_shift, ""},
      {"only at another employer",
       {Position("a", kOther, v1::Position::MAIN, kLongAgo)},
       day_shift,
       ""},
      {"main before the others",
       {Position("h", kHost, v1::Position::HOURLY, kLongAgo),
        Position("p", kHost, v1::Position::POOL, kLongAgo),
        Position("m", kHost, v1::Position::MAIN, kLongAgo),
        Position("s", kHost, v1::Position::SECONDARY, kLongAgo)},
       day_shift,
       "m"},
      {"secondary before pool, pensioner, hourly",
       {Position("h", kHost, v1::Position::HOURLY, kLongAgo),
        Position("x", kHost, v1::Position::PENSIONER, kLongAgo),
        Position("s", kHost, v1::Position::SECONDARY, kLongAgo),
        Position("p", kHost, v1::Position::POOL, kLongAgo)},
       day_shift,
       "s"},
      {"pensioner before hourly",
       {Position("h", kHost, v1::Position::HOURLY, kLongAgo),
        Position("x", kHost, v1::Position::PENSIONER, kLongAgo)},
       day_shift,
       "x"},
      {"a main position at another employer does not count",
       {Position("m", kOther, v1::Position::MAIN, kLongAgo),
        Position("p", kHost, v1::Position::POOL, kLongAgo)},
       day_shift,
       "p"},
      {"an ended main position gives way",
       {Position("m", kHost, v1::Position::MAIN, kLongAgo, kDay - 1),
        Position("h", kHost, v1::Position::HOURLY, kLongAgo)},
       day_shift,
       "h"},
      {"a position that starts later does not fit",
       {Position("m", kHost, v1::Position::MAIN, kDay + 1)},
       day_shift,
       ""},
      {"valid from and to the shift's day",
       {Position("m", kHost, v1::Position::MAIN, kDay, kDay)},
       day_shift,
       "m"},
      {"a night needs the next day too",
       {Position("m", kHost, v1::Position::MAIN, kLongAgo, kDay)},
       night,
       ""},
      {"Oslo days, not UTC: 00:30 is on the position's first day",
       {Position("m", kHost, v1::Position::MAIN, kDay)},
       after_midnight,
       "m"},
      {"ties go to the first by name",
       {Position("b", kHost, v1::Position::MAIN, kLongAgo),
        Position("a", kHost, v1::Position::MAIN, kLongAgo)},
       day_shift,
       "a"},
  };
  for (const Case& c : cases) {
    const std::optional<v1::Position> got =
        ChoosePosition(c.positions, c.shift);
    if (c.want.empty()) {
      EXPECT_FALSE(got.has_value()) << c.what << ": got " << got->name();
    } else {
      ASSERT_TRUE(got.has_value()) << c.what;
      EXPECT_EQ(got->name(), "positions/" + c.want) << c.what;
    }
  }
}

}  // namespace
}  // namespace vaktbro::ctl
