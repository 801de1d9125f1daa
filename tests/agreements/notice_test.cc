// The §19 notice and a person's total percentage.
#include <string>

#include "agreements/notice.h"
#include "agreements/positions.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace vaktbro::agreements {
namespace {

using ::testing::HasSubstr;

v1::Date D(int y, int m, int d) {
  v1::Date out;
  out.set_year(y);
  out.set_month(m);
  out.set_day(d);
  return out;
}

TEST(Notice, NamedAfterTheAgreementWithTheDocument) {
  v1::Agreement a;
  a.set_name("agreements/kari-2026");
  a.set_person("people/kari");
  a.set_main_employer("organisations/hf");
  a.set_secondary_employer("organisations/vestvik");
  a.set_kind(v1::Agreement::COMBINED_POSITION);
  a.set_main_percent(80);
  a.set_secondary_percent(20);
  a.set_split_pattern(v1::Agreement::FIXED_WEEKDAYS);
  a.add_secondary_weekdays(3);
  *a.mutable_start_date() = D(2026, 3, 1);
  v1::Person kari;
  kari.set_display_name("Kari Nordmann");
  v1::Organisation hf, vestvik;
  hf.set_display_name("Vestvik sykehus HF");
  vestvik.set_display_name("Vestvik kommune");
  google::protobuf::Timestamp now;
  now.set_seconds(1772000000);  // 2026-02-25

  const v1::SecondaryWorkNotice n = MakeNotice(a, {&kari, &hf, &vestvik}, now);
  EXPECT_EQ(n.name(), "notices/kari-2026");
  EXPECT_EQ(n.agreement(), a.name());
  EXPECT_EQ(n.person(), "people/kari");
  EXPECT_EQ(n.main_employer(), "organisations/hf");
  EXPECT_EQ(n.secondary_employer(), "organisations/vestvik");
  EXPECT_EQ(n.secondary_percent(), 20);
  EXPECT_THAT(n.text(), HasSubstr("helsepersonelloven § 19"));
  EXPECT_THAT(n.text(), HasSubstr("Til:          Vestvik sykehus HF (hovedarbeidsgiver)"));
  EXPECT_THAT(n.text(), HasSubstr("Fra:          Kari Nordmann"));
  EXPECT_THAT(n.text(), HasSubstr("Vestvik kommune"));
  EXPECT_THAT(n.text(), HasSubstr("i 20 % stilling fra 2026-03-01, uten sluttdato."));
  EXPECT_THAT(n.text(), HasSubstr("(onsdag)"));
  EXPECT_THAT(n.text(), HasSubstr("Referanse: notices/kari-2026"));
}

v1::Position P(const char* name, double percent, v1::Date from, v1::Date to = {}) {
  v1::Position p;
  p.set_name(name);
  p.set_percentage(percent);
  *p.mutable_valid_from() = from;
  if (to.year() != 0) *p.mutable_valid_to() = to;
  return p;
}

TEST(Positions, TotalOnADay) {
  const std::vector<v1::Position> all = {
      P("positions/hus", 80, D(2020, 1, 1)),
      P("positions/hytte", 20, D(2026, 3, 1), D(2026, 12, 31)),
      P("positions/old", 50, D(2019, 1, 1), D(2025, 12, 31)),
  };
  const absl::CivilDay day(2026, 3, 1);
  const PositionTotal t = TotalOn(all, day);
  EXPECT_EQ(t.positions.size(), 2u);
  EXPECT_DOUBLE_EQ(t.total_percent, 100);
  EXPECT_EQ(OverFullTimeWarning(t, day), "");
  EXPECT_DOUBLE_EQ(TotalOn(all, absl::CivilDay(2026, 2, 28)).total_percent, 80);
}

TEST(Positions, WarnsAboveFullTime) {
  const std::vector<v1::Position> all = {P("positions/hus", 100, D(2020, 1, 1)),
                                         P("positions/hytte", 20, D(2026, 3, 1))};
  const absl::CivilDay day(2026, 3, 2);
  EXPECT_EQ(OverFullTimeWarning(TotalOn(all, day), day),
            "positions: 120 % in total on 2026-03-02 (positions/hus 100 %, positions/hytte 20 %), "
            "above 100 %");
}

}  // namespace
}  // namespace vaktbro::agreements
