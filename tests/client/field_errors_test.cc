#include "field_errors.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace vaktbro::client {
namespace {

TEST(FieldErrorsTest, ParsesTheServersMessages) {
  struct Case {
    absl::Status status;
    std::vector<FieldError> errors;
    std::string general;
  };
  const Case cases[] = {
      {absl::OkStatus(), {}, ""},
      {absl::InvalidArgumentError("shift.end_time: must be after start_time"),
       {{"shift.end_time", "must be after start_time"}},
       ""},
      {absl::InvalidArgumentError("shift.title: must not be empty"),
       {{"shift.title", "must not be empty"}},
       ""},
      {absl::InvalidArgumentError(
           "shift.unit: units/u1 belongs to organisations/a, not to "
           "organisations/b"),
       {{"shift.unit",
         "units/u1 belongs to organisations/a, not to organisations/b"}},
       ""},
      {absl::InvalidArgumentError("shift.competences[2]: unknown code"),
       {{"shift.competences[2]", "unknown code"}},
       ""},
      {absl::InvalidArgumentError("request_id: must be at most 64 printable"),
       {{"request_id", "must be at most 64 printable"}},
       ""},
      // Two errors, each with its own path.
      {absl::InvalidArgumentError(
           "shift.title: must not be empty; shift.headcount: must be 1-50"),
       {{"shift.title", "must not be empty"},
        {"shift.headcount", "must be 1-50"}},
       ""},
      // A "; " inside one message does not split it.
      {absl::InvalidArgumentError("shift.note: bad; try again"),
       {{"shift.note", "bad; try again"}},
       ""},
      // No path: the whole message is general.
      {absl::InvalidArgumentError("the request is malformed"),
       {},
       "the request is malformed"},
      {absl::InvalidArgumentError("shift.: missing name"),
       {},
       "shift.: missing name"},
      {absl::InvalidArgumentError("shift.end_time:no space"),
       {},
       "shift.end_time:no space"},
      // A referenced resource that is missing or taken.
      {absl::NotFoundError("shift.unit: units/x not found"),
       {{"shift.unit", "units/x not found"}},
       ""},
      {absl::AlreadyExistsError("shift_id: shifts/a already exists"),
       {{"shift_id", "shifts/a already exists"}},
       ""},
      // Other codes are never about a field.
      {absl::UnavailableError("shift.title: connection reset"),
       {},
       "shift.title: connection reset"},
      {absl::FailedPreconditionError("shift is filled"), {}, "shift is filled"},
  };
  for (const Case& c : cases) {
    const FieldErrors parsed = FieldErrors::Parse(c.status);
    EXPECT_EQ(parsed.errors(), c.errors) << c.status;
    EXPECT_EQ(parsed.general(), c.general) << c.status;
    EXPECT_EQ(parsed.empty(), c.status.ok()) << c.status;
  }
}

TEST(FieldErrorsTest, ForFindsTheFieldOrAPathInsideIt) {
  const FieldErrors parsed = FieldErrors::Parse(absl::InvalidArgumentError(
      "shift.competences[1]: unknown; shift.end_time: must be after "
      "start_time"));
  EXPECT_EQ(parsed.For("shift.end_time"), "must be after start_time");
  EXPECT_EQ(parsed.For("shift.competences"), "unknown");
  EXPECT_EQ(parsed.For("shift.competences[1]"), "unknown");
  EXPECT_EQ(parsed.For("shift.end"), std::nullopt);
  EXPECT_EQ(parsed.For("shift.start_time"), std::nullopt);
  EXPECT_EQ(parsed.For("shift"), "unknown");
}

TEST(FieldErrorsTest, LeadingFieldPath) {
  struct Case {
    std::string text;
    std::string path;
  };
  const Case cases[] = {
      {"shift.end_time: x", "shift.end_time"},
      {"a: x", "a"},
      {"a.b[0].c: x", "a.b[0].c"},
      {"_x9: x", "_x9"},
      {"9a: x", ""},
      {"a[]: x", ""},
      {"a[1: x", ""},
      {"a b: x", ""},
      {"a", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LeadingFieldPath(c.text), c.path) << c.text;
  }
}

}  // namespace
}  // namespace vaktbro::client
