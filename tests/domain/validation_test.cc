#include "validation.h"

#include <string>

#include "absl/strings/match.h"
#include "checks.h"
#include "gtest/gtest.h"
#include "paging.h"
#include "update_mask.h"

namespace vaktbro::domain {
namespace {

struct OrgNumberCase {
  std::string number;
  bool valid;
};

TEST(OrganisationNumber, Mod11) {
  const OrgNumberCase cases[] = {
      {"974760673", true},   // weights 3,2,7,6,5,4,3,2 -> check digit 3
      {"974760672", false},  // wrong check digit
      {"123456785", true},
      {"123456789", false},
      {"00000000", false},   // 8 digits
      {"0000000000", false}, // 10 digits
      {"97476067a", false},
      {"", false},
      {"000000000", true},   // sum 0 -> check 11 -> 0
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsValidOrganisationNumber(c.number), c.valid) << c.number;
    EXPECT_EQ(CheckOrganisationNumber("organisation.organisation_number", c.number).ok(), c.valid) << c.number;
  }
}

TEST(OrganisationNumber, CheckDigitTenIsNeverValid) {
  // 100000070: sum = 3*1 + 2*0 ... + 3*7 = 24, 11 - 24 % 11 = 9 -> fine; find a
  // prefix whose check would be 10 and make sure no last digit passes.
  for (int prefix = 10000000; prefix < 10000100; ++prefix) {
    const std::string p = std::to_string(prefix);
    static constexpr int kWeights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += (p[i] - '0') * kWeights[i];
    if (11 - sum % 11 != 10) continue;
    for (char d = '0'; d <= '9'; ++d) EXPECT_FALSE(IsValidOrganisationNumber(p + d)) << p + d;
  }
}

TEST(Hpr, Lengths) {
  EXPECT_TRUE(CheckHprNumber("person.hpr_number", "").ok());
  EXPECT_TRUE(CheckHprNumber("person.hpr_number", "1234567").ok());
  EXPECT_TRUE(CheckHprNumber("person.hpr_number", "123456789").ok());
  EXPECT_FALSE(CheckHprNumber("person.hpr_number", "123456").ok());
  EXPECT_FALSE(CheckHprNumber("person.hpr_number", "1234567890").ok());
  const absl::Status s = CheckHprNumber("person.hpr_number", "12a4567");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StartsWith(s.message(), "person.hpr_number: ")) << s;
}

TEST(Text, EmptyLongAndControl) {
  EXPECT_FALSE(CheckText("x", "", 10).ok());
  EXPECT_FALSE(CheckText("x", "   ", 10).ok());
  EXPECT_TRUE(CheckText("x", "Åse Ødegård", 11).ok());  // counts code points, not bytes
  EXPECT_FALSE(CheckText("x", "Åse Ødegårds", 11).ok());
  EXPECT_FALSE(CheckText("x", "a\nb", 10).ok());
}

TEST(Dates, RealDatesOnly) {
  auto date = [](int y, int m, int d) {
    v1::Date out;
    out.set_year(y);
    out.set_month(m);
    out.set_day(d);
    return out;
  };
  EXPECT_TRUE(CheckDate("d", date(2024, 2, 29)).ok());
  EXPECT_FALSE(CheckDate("d", date(2026, 2, 29)).ok());
  EXPECT_FALSE(CheckDate("d", date(2026, 4, 31)).ok());
  EXPECT_FALSE(CheckDate("d", date(2026, 13, 1)).ok());
  EXPECT_EQ(DaysFromCivil(date(1970, 1, 1)), 0);
  EXPECT_EQ(DaysFromCivil(date(2026, 11, 22)), 20779);
}

TEST(Paging, TokenRoundTripAndGarbage) {
  const storage::Cursor c{-1234, "abc"};
  auto back = DecodePageToken(EncodePageToken(c));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->start, -1234);
  EXPECT_EQ(back->id, "abc");
  EXPECT_EQ(DecodePageToken("!!!").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(PageSize(0).value(), kDefaultPageSize);
  EXPECT_EQ(PageSize(5000).value(), kMaxPageSize);
  EXPECT_FALSE(PageSize(-1).ok());
}

TEST(UpdateMask, AppliesNamedFieldsAndRefusesOutputOnly) {
  v1::Unit current;
  current.set_name("units/a");
  current.set_display_name("Old");
  current.set_organisation("organisations/x");
  v1::Unit patch;
  patch.set_display_name("New");
  patch.set_organisation("organisations/y");
  google::protobuf::FieldMask mask;
  mask.add_paths("display_name");
  ASSERT_TRUE(ApplyUpdate(patch, mask, {"organisation"}, current).ok());
  EXPECT_EQ(current.display_name(), "New");
  EXPECT_EQ(current.organisation(), "organisations/x");

  mask.add_paths("organisation");
  const absl::Status s = ApplyUpdate(patch, mask, {"organisation"}, current);
  EXPECT_TRUE(absl::StartsWith(s.message(), "update_mask: ")) << s;
  google::protobuf::FieldMask bad;
  bad.add_paths("no_such_field");
  EXPECT_FALSE(ApplyUpdate(patch, bad, {}, current).ok());

  // An empty mask copies every writable field but keeps name and immutables.
  ASSERT_TRUE(ApplyUpdate(patch, google::protobuf::FieldMask(), {"organisation"}, current).ok());
  EXPECT_EQ(current.name(), "units/a");
  EXPECT_EQ(current.organisation(), "organisations/x");
}

TEST(Shift, LengthAndHeadcountBounds) {
  google::protobuf::Timestamp now;
  now.set_seconds(1795000000);
  v1::Shift s;
  s.set_title("Natt, Medisin");
  s.mutable_start_time()->set_seconds(now.seconds() + 3600);
  s.mutable_end_time()->set_seconds(now.seconds() + 3600 + 8 * 3600);
  s.set_profession(v1::NURSE);
  s.set_headcount(1);
  s.set_reason(v1::Shift::SICK_LEAVE);
  s.set_visibility(v1::Shift::PARTNERS);
  ASSERT_TRUE(CheckShift("shift", s, now).ok());

  struct Case {
    const char* what;
    void (*mutate)(v1::Shift&);
    const char* field;
  };
  const Case cases[] = {
      {"end before start", [](v1::Shift& x) { x.mutable_end_time()->set_seconds(x.start_time().seconds() - 60); }, "shift.end_time: "},
      {"29 minutes", [](v1::Shift& x) { x.mutable_end_time()->set_seconds(x.start_time().seconds() + 29 * 60); }, "shift.end_time: "},
      {"24 h is allowed, 24 h 1 s is not", [](v1::Shift& x) { x.mutable_end_time()->set_seconds(x.start_time().seconds() + 24 * 3600 + 1); }, "shift.end_time: "},
      {"headcount 0", [](v1::Shift& x) { x.set_headcount(0); }, "shift.headcount: "},
      {"headcount 51", [](v1::Shift& x) { x.set_headcount(51); }, "shift.headcount: "},
      {"no profession", [](v1::Shift& x) { x.set_profession(v1::PROFESSION_UNSPECIFIED); }, "shift.profession: "},
      {"empty title", [](v1::Shift& x) { x.set_title(""); }, "shift.title: "},
      {"three years ahead", [](v1::Shift& x) {
         x.mutable_start_time()->set_seconds(x.start_time().seconds() + 3 * 366LL * 86400);
         x.mutable_end_time()->set_seconds(x.start_time().seconds() + 3600);
       }, "shift.start_time: "},
  };
  for (const Case& c : cases) {
    v1::Shift bad = s;
    c.mutate(bad);
    const absl::Status st = CheckShift("shift", bad, now);
    EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument) << c.what;
    EXPECT_TRUE(absl::StartsWith(st.message(), c.field)) << c.what << ": " << st;
  }
  v1::Shift day = s;
  day.mutable_end_time()->set_seconds(day.start_time().seconds() + 24 * 3600);
  EXPECT_TRUE(CheckShift("shift", day, now).ok());
}

TEST(Position, PercentageAndPayScheme) {
  v1::Position p;
  p.set_kind(v1::Position::SECONDARY);
  p.set_percentage(20);
  p.mutable_valid_from()->set_year(2026);
  p.mutable_valid_from()->set_month(1);
  p.mutable_valid_from()->set_day(1);
  p.set_pay_scheme(v1::Position::ORDINARY);
  ASSERT_TRUE(CheckPosition("position", p).ok());
  for (double bad : {-1.0, 100.5, 101.0}) {
    v1::Position q = p;
    q.set_percentage(bad);
    EXPECT_TRUE(absl::StartsWith(CheckPosition("position", q).message(), "position.percentage: ")) << bad;
  }
  v1::Position q = p;
  q.set_pay_scheme(v1::Position::PENSJONISTLONN);
  EXPECT_TRUE(absl::StartsWith(CheckPosition("position", q).message(), "position.pay_scheme: "));
  q.set_kind(v1::Position::PENSIONER);
  EXPECT_TRUE(CheckPosition("position", q).ok());
}

}  // namespace
}  // namespace vaktbro::domain
