#include "gtest/gtest.h"
#include "rule_format.h"
#include "rules_test_util.h"

namespace vaktbro::rules {
namespace {

using testing::At;
using testing::D;

TEST(Format, Durations) {
  EXPECT_EQ(FormatDuration(absl::Hours(9) + absl::Minutes(30), Lang::kNb),
            "9 t 30 min");
  EXPECT_EQ(FormatDuration(absl::Hours(9) + absl::Minutes(30), Lang::kEn),
            "9 h 30 min");
  EXPECT_EQ(FormatDuration(absl::Hours(11), Lang::kNb), "11 t");
  EXPECT_EQ(FormatDuration(absl::Minutes(45), Lang::kEn), "45 min");
  EXPECT_EQ(FormatDuration(absl::ZeroDuration(), Lang::kEn), "0 min");
  EXPECT_EQ(FormatDuration(absl::Hours(11) - absl::Seconds(1), Lang::kEn),
            "10 h 59 min");
  EXPECT_EQ(FormatDuration(-absl::Minutes(90), Lang::kEn), "-1 h 30 min");
}

TEST(Format, HoursNumbers) {
  EXPECT_EQ(FormatHours(12.5, Lang::kNb), "12 t 30 min");
  EXPECT_EQ(FormatHours(48, Lang::kEn), "48 h");
  EXPECT_EQ(FormatHours(10.9999999, Lang::kEn), "11 h");
}

TEST(Format, Money) {
  EXPECT_EQ(FormatNok(30000, Lang::kNb), "30 000 kr");
  EXPECT_EQ(FormatNok(30000, Lang::kEn), "NOK 30,000");
  EXPECT_EQ(FormatNok(1234567.4, Lang::kEn), "NOK 1,234,567");
  EXPECT_EQ(FormatNok(999, Lang::kNb), "999 kr");
  EXPECT_EQ(FormatNokPerHour(245, Lang::kNb), "245 kr/t");
  EXPECT_EQ(FormatNokPerHour(245, Lang::kEn), "NOK 245/h");
}

TEST(Format, Percent) {
  EXPECT_EQ(FormatPercent(24, Lang::kNb), "24 %");
  EXPECT_EQ(FormatPercent(19.9, Lang::kNb), "19,9 %");
  EXPECT_EQ(FormatPercent(19.9, Lang::kEn), "19.9 %");
  EXPECT_EQ(FormatPercent(19.99, Lang::kEn), "19.9 %");
  EXPECT_EQ(FormatPercent(23.9999999999, Lang::kEn), "24 %");
}

TEST(Format, DatesAndTimes) {
  EXPECT_EQ(FormatDate(D(2025, 5, 17), Lang::kNb), "17. mai 2025");
  EXPECT_EQ(FormatDate(D(2025, 5, 17), Lang::kEn), "17 May 2025");
  EXPECT_EQ(FormatLocalTime(At(2025, 3, 30, 22), Lang::kNb),
            "30. mars 2025 kl. 22:00");
  EXPECT_EQ(FormatLocalTime(At(2025, 1, 2, 7, 5), Lang::kEn),
            "2 Jan 2025 07:05");
  EXPECT_EQ(Quoted("Natt, Medisin", Lang::kNb), "«Natt, Medisin»");
  EXPECT_EQ(Quoted("Natt, Medisin", Lang::kEn), "'Natt, Medisin'");
}

}  // namespace
}  // namespace vaktbro::rules
