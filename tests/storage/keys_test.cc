#include "keys.h"

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace vaktbro::storage {
namespace {

std::string EncodedTime(UnixSeconds t) {
  std::string s;
  AppendTime(&s, t);
  return s;
}

TEST(KeysTest, TimeEncodingOrdersNegativeBeforePositive) {
  const std::vector<UnixSeconds> ascending = {
      std::numeric_limits<int64_t>::min(),
      -62135596800,  // year 1
      -86400,
      -256,
      -255,
      -1,
      0,
      1,
      255,
      256,
      1700000000,
      253402300799,  // year 9999
      std::numeric_limits<int64_t>::max(),
  };
  for (size_t i = 0; i < ascending.size(); ++i) {
    const std::string encoded = EncodedTime(ascending[i]);
    ASSERT_EQ(encoded.size(), 8u);
    EXPECT_EQ(DecodeTime(encoded), ascending[i]);
    if (i > 0) {
      EXPECT_LT(EncodedTime(ascending[i - 1]), encoded)
          << ascending[i - 1] << " vs " << ascending[i];
    }
  }
}

TEST(KeysTest, TimeEncodingAgreesWithIntegerOrderOnRandomPairs) {
  std::mt19937_64 rng(20240601);
  for (int i = 0; i < 10000; ++i) {
    const auto a = static_cast<int64_t>(rng());
    // Half of the pairs close together, to exercise the low bytes.
    const auto b = (i % 2 == 0) ? static_cast<int64_t>(rng())
                                : a + static_cast<int64_t>(rng() % 1000) - 500;
    EXPECT_EQ(a < b, EncodedTime(a) < EncodedTime(b)) << a << " " << b;
    EXPECT_EQ(a == b, EncodedTime(a) == EncodedTime(b)) << a << " " << b;
  }
}

TEST(KeysTest, IdEntryKeysSortLikeIds) {
  const std::string prefix = IndexPrefix(Index::kUnitsByOrganisation, "org");
  const std::vector<std::string> ascending = {"A",  "a", "a-1",   "aa",
                                              "ab", "b", "b\x7f", "b\xc3\xa6"};
  for (size_t i = 1; i < ascending.size(); ++i) {
    EXPECT_LT(IdEntryKey(prefix, ascending[i - 1]),
              IdEntryKey(prefix, ascending[i]))
        << ascending[i - 1] << " vs " << ascending[i];
  }
}

TEST(KeysTest, TimedEntryKeysSortByStartThenId) {
  const std::string prefix = IndexPrefix(Index::kShiftsByStart);
  struct Entry {
    UnixSeconds start;
    std::string id;
  };
  const std::vector<Entry> ascending = {
      {-3600, "z"}, {-1, "a"}, {0, "a"}, {0, "ab"}, {0, "b"}, {1, "a"},
  };
  for (size_t i = 1; i < ascending.size(); ++i) {
    EXPECT_LT(
        TimedEntryKey(prefix, ascending[i - 1].start, ascending[i - 1].id),
        TimedEntryKey(prefix, ascending[i].start, ascending[i].id))
        << i;
  }
}

TEST(KeysTest, OwnerPrefixesDoNotOverlap) {
  // Entries of owner "ab" must fall outside the range of owner "a".
  const std::string a = IndexPrefix(Index::kShiftsByUnit, "a");
  const std::string ab_entry =
      TimedEntryKey(IndexPrefix(Index::kShiftsByUnit, "ab"), 0, "x");
  EXPECT_GE(ab_entry, PrefixSuccessor(a));
  const std::string a_entry = TimedEntryKey(a, 0, "x");
  EXPECT_LT(a_entry, PrefixSuccessor(a));
  EXPECT_GE(a_entry, a);
}

TEST(KeysTest, PrefixSuccessor) {
  struct Case {
    std::string prefix;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"ab", "ac"},     {std::string("a\0", 2), "a\x01"},
      {"a\xff", "b"},   {"a\xff\xff", "b"},
      {"\xff\xff", ""}, {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PrefixSuccessor(c.prefix), c.want);
  }
}

TEST(KeysTest, DecodeIndexEntryRoundTrips) {
  // The decoded id points into the key, so the keys outlive the entries.
  const std::string owned = IndexPrefix(Index::kAssignmentsByPerson, "kari");
  const std::string timed_key = TimedEntryKey(owned, -42, "asg-1");
  absl::StatusOr<IndexEntry> timed =
      DecodeIndexEntry(timed_key, owned.size(), EntryShape::kTimeThenId);
  ASSERT_TRUE(timed.ok()) << timed.status();
  EXPECT_EQ(timed->start, -42);
  EXPECT_EQ(timed->id, "asg-1");

  const std::string plain = IndexPrefix(Index::kAssignmentsByShift, "s1");
  const std::string id_key = IdEntryKey(plain, "asg-2");
  absl::StatusOr<IndexEntry> id =
      DecodeIndexEntry(id_key, plain.size(), EntryShape::kId);
  ASSERT_TRUE(id.ok()) << id.status();
  EXPECT_EQ(id->id, "asg-2");
}

TEST(KeysTest, DecodeIndexEntryRejectsMalformedKeys) {
  const std::string prefix = IndexPrefix(Index::kShiftsByStart);
  const std::vector<std::string> bad = {
      prefix,                                       // no time, no id
      TimeBound(prefix, 5),                         // no id
      TimeBound(prefix, 5) + "id",                  // no terminator
      TimeBound(prefix, 5) + std::string("\0", 1),  // empty id
  };
  for (const std::string& key : bad) {
    EXPECT_EQ(DecodeIndexEntry(key, prefix.size(), EntryShape::kTimeThenId)
                  .status()
                  .code(),
              absl::StatusCode::kInternal);
  }
}

TEST(KeysTest, IndexTagsAreDistinctAndNoneIsAPrefixOfAnother) {
  const std::vector<Index> all = {
      Index::kShiftsByStart,
      Index::kShiftsByUnit,
      Index::kAssignmentsByPerson,
      Index::kAssignmentsByShift,
      Index::kPositionsByPerson,
      Index::kPositionsByEmployer,
      Index::kUnitsByOrganisation,
      Index::kAvailabilitiesByPerson,
      Index::kPartnershipsByOrganisation,
  };
  for (Index a : all) {
    for (Index b : all) {
      if (a == b) continue;
      EXPECT_NE(IndexPrefix(b).rfind(IndexPrefix(a), 0), 0u)
          << IndexTag(a) << " is a prefix of " << IndexTag(b);
    }
  }
}

TEST(KeysTest, RequestKeysSeparateMethodFromRequestId) {
  EXPECT_NE(RequestKey("Post", "Shift1"), RequestKey("PostShift", "1"));
  EXPECT_EQ(RequestKey("m", "r"), std::string("m\0r", 3));
}

}  // namespace
}  // namespace vaktbro::storage
