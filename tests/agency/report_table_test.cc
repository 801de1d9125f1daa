// The report's tables and their Norwegian number formats.
#include "agency/report_table.h"

#include "gtest/gtest.h"
#include "report_fixture.h"

namespace vaktbro::agency {
namespace {

TEST(NumberFormatTest, NorwegianStyle) {
  EXPECT_EQ(MoneyDecimal(1234567), "12345,67");
  EXPECT_EQ(MoneyDecimal(-5), "-0,05");
  EXPECT_EQ(MoneyDecimal(0), "0,00");
  EXPECT_EQ(MoneyWhole(123456789), "1 234 568");
  EXPECT_EQ(MoneyWhole(-100000), "-1 000");
  EXPECT_EQ(MoneyWhole(49), "0");
  EXPECT_EQ(HoursDecimal(450), "7,50");
  EXPECT_EQ(HoursDecimal(20), "0,33");
  EXPECT_EQ(PercentDecimal(0.8534), "85,3");
  EXPECT_EQ(PercentDecimal(-0.5), "-50,0");
  EXPECT_EQ(DisplayText(Cell::Hours(123456 * 60)), "123 456,0");
  EXPECT_EQ(DisplayText(Cell::Percent(0.15)), "15,0 %");
  EXPECT_EQ(DisplayText(Cell::Empty()), "–");
  EXPECT_EQ(CsvText(Cell::Empty()), "");
}

TEST(ReportTableTest, MonthsTableHasTotalsApart) {
  const Table t = MakeTable(testing::FixtureReport(), TableKind::kMonths);
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.header.size(), t.rows[0].size());
  ASSERT_EQ(t.header.size(), t.totals.size());
  EXPECT_EQ(t.header[0], "Måned");
  EXPECT_EQ(CsvText(t.rows[0][0]), "2026-01");
  EXPECT_EQ(CsvText(t.rows[0][2]), "8000,00");  // agency cost
  EXPECT_EQ(CsvText(t.totals[0]), "Totalt");
  EXPECT_EQ(CsvText(t.totals[2]), "23000,00");
  EXPECT_EQ(t.header.back(), "Endring innleiekostnad (%)");
  EXPECT_EQ(CsvText(t.rows[0].back()), "-50,0");
  EXPECT_EQ(CsvText(t.rows[1].back()), "");  // no baseline in February
  EXPECT_EQ(CsvText(t.totals.back()), "15,0");
}

TEST(ReportTableTest, DetailAndStreaks) {
  const v1::AgencyReport report = testing::FixtureReport();
  const Table detail = MakeTable(report, TableKind::kDetail);
  ASSERT_EQ(detail.rows.size(), 5u);
  EXPECT_TRUE(detail.totals.empty());
  EXPECT_EQ(CsvText(detail.rows[0][0]), "Vestvik kommune");
  EXPECT_EQ(CsvText(detail.rows[0][2]), "sykepleier");
  EXPECT_EQ(CsvText(detail.rows[3][2]), "helsefagarbeider");
  const Table streaks = MakeTable(report, TableKind::kStreaks);
  ASSERT_EQ(streaks.rows.size(), 1u);
  EXPECT_EQ(CsvText(streaks.rows[0][1]), "Avdeling A");
  EXPECT_EQ(CsvText(streaks.rows[0][4]), "2");
  EXPECT_EQ(CsvText(streaks.rows[0][5]), "nei");
}

}  // namespace
}  // namespace vaktbro::agency
