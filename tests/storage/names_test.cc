#include "names.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store.h"

namespace vaktbro::storage {
namespace {

TEST(NamesTest, IdOf) {
  struct Case {
    std::string name;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"shifts/abc", "abc"}, {"agencyBookings/x-1", "x-1"},
      {"shifts/", ""},       {"/abc", ""},
      {"abc", ""},           {"", ""},
      {"shifts/a/b", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IdOf(c.name), c.want) << c.name;
  }
}

TEST(NamesTest, ParseName) {
  struct Case {
    std::string name;
    std::string collection;
    bool ok;
  };
  const std::vector<Case> cases = {
      {"shifts/abc", "shifts", true},
      {"shifts/abc", "units", false},
      {"shiftsx/abc", "shifts", false},
      {"xshifts/abc", "shifts", false},
      {"shifts/", "shifts", false},
      {"shifts", "shifts", false},
      {std::string("shifts/a\0b", 10), "shifts", false},
  };
  for (const Case& c : cases) {
    absl::StatusOr<std::string_view> id =
        ParseName(c.name, c.collection, "Shift.name");
    EXPECT_EQ(id.ok(), c.ok) << c.name;
    if (id.ok()) {
      EXPECT_EQ(*id, "abc");
    } else {
      EXPECT_EQ(id.status().code(), absl::StatusCode::kInvalidArgument);
      EXPECT_NE(id.status().message().find("Shift.name"), std::string::npos);
    }
  }
}

TEST(NamesTest, OptionalNameMayBeEmpty) {
  absl::StatusOr<std::string_view> id =
      ParseOptionalName("", "units", "Shift.unit");
  ASSERT_TRUE(id.ok());
  EXPECT_TRUE(id->empty());
  EXPECT_FALSE(ParseOptionalName("u1", "units", "Shift.unit").ok());
}

TEST(NamesTest, CheckId) {
  EXPECT_TRUE(CheckId("shifts", "abc").ok());
  EXPECT_EQ(CheckId("shifts", "").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckId("shifts", "a/b").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckId("shifts", std::string("a\0", 2)).code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vaktbro::storage
