// The exports opened and checked: the CSV parsed back, the XLSX unzipped and
// its XML read, the PDF turned to text with pdftotext.
#include "agency/export.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "agency/chart_model.h"
#include "csv.h"
#include "gtest/gtest.h"
#include "report_fixture.h"
#include "server_process.h"

namespace vaktbro::agency {
namespace {

// The standard output of a shell command; fails the test when it fails.
std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return out;
  }
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int rc = pclose(pipe);
  EXPECT_EQ(rc, 0) << command;
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class ExportTest : public ::testing::Test {
 protected:
  std::string Path(const std::string& name) const {
    return dir_.path() + "/" + name;
  }
  const v1::AgencyReport report_ = testing::FixtureReport();
  vaktbro::testing::TempDir dir_;
};

TEST_F(ExportTest, CsvIsNorwegianExcel) {
  ASSERT_TRUE(WriteCsv(report_, TableKind::kDetail, Path("r.csv")).ok());
  const std::string text = ReadFile(Path("r.csv"));
  ASSERT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u) << "no UTF-8 byte-order mark";
  EXPECT_NE(
      text.find(
          "Organisasjon;Enhet;Yrke;Måned;Innleie timer;Innleie kostnad (NOK)"),
      std::string::npos);
  EXPECT_NE(text.find("\r\n"), std::string::npos);
  EXPECT_NE(text.find("Vestvik kommune;Avdeling "
                      "A;sykepleier;2026-01;8,00;8000,00;1;0;1;8,00;3669,60"),
            std::string::npos)
      << text;

  absl::StatusOr<std::vector<ctl::CsvRecord>> records =
      ctl::ParseCsv(text.substr(3));
  ASSERT_TRUE(records.ok()) << records.status();
  ASSERT_EQ(records->size(), 1u + 5);
  const std::vector<std::string>& header = (*records)[0].fields;
  const auto column = [&](const std::string& name) {
    for (size_t c = 0; c < header.size(); ++c) {
      if (header[c] == name) return c;
    }
    ADD_FAILURE() << "no column " << name;
    return size_t{0};
  };
  double agency = 0, internal = 0, saving = 0, hours = 0;
  for (size_t i = 1; i < records->size(); ++i) {
    const std::vector<std::string>& f = (*records)[i].fields;
    ASSERT_EQ(f.size(), header.size());
    agency += *ctl::ParseDecimal(f[column("Innleie kostnad (NOK)")]);
    internal += *ctl::ParseDecimal(f[column("Intern kostnad (NOK)")]);
    saving += *ctl::ParseDecimal(f[column("Besparelse (NOK)")]);
    hours += *ctl::ParseDecimal(f[column("Innleie timer")]);
  }
  EXPECT_NEAR(agency, 23000.00, 1e-6);
  EXPECT_NEAR(internal, 8669.60, 1e-6);
  EXPECT_NEAR(saving, 13730.40, 1e-6);
  EXPECT_NEAR(hours, 21.0, 1e-6);
}

TEST_F(ExportTest, CsvOfMonthsAndStreaks) {
  ASSERT_TRUE(WriteCsv(report_, TableKind::kMonths, Path("m.csv")).ok());
  const std::string months = ReadFile(Path("m.csv"));
  EXPECT_NE(months.find("2026-02;13,00;15000,00;2;1;0;0,00;0,00"),
            std::string::npos)
      << months;
  EXPECT_EQ(months.find("Totalt"),
            std::string::npos);  // a clean list for pivot tables
  ASSERT_TRUE(WriteCsv(report_, TableKind::kStreaks, Path("s.csv")).ok());
  EXPECT_NE(ReadFile(Path("s.csv"))
                .find("Vestvik kommune;Avdeling A;2026-01;2026-02;2;nei"),
            std::string::npos);
}

TEST_F(ExportTest, XlsxHasNumbersAndNativeCharts) {
  const std::string path = Path("r.xlsx");
  ASSERT_TRUE(WriteXlsx(report_, path).ok());
  const std::string listing = Shell("unzip -l '" + path + "'");
  EXPECT_NE(listing.find("xl/worksheets/sheet1.xml"), std::string::npos)
      << listing;
  EXPECT_NE(listing.find("xl/worksheets/sheet4.xml"), std::string::npos)
      << listing;
  EXPECT_NE(listing.find("xl/charts/chart1.xml"), std::string::npos) << listing;
  EXPECT_NE(listing.find("xl/charts/chart2.xml"), std::string::npos) << listing;

  const std::string workbook = Shell("unzip -p '" + path + "' xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Måneder\""), std::string::npos) << workbook;
  const std::string sheet =
      Shell("unzip -p '" + path + "' xl/worksheets/sheet1.xml");
  // Totals row: agency cost 23 000, internal cost 8 669.60, saving 13 730.40,
  // agency hours 21, share 22/43 as a fraction.
  for (const char* value :
       {"<v>23000</v>", "<v>8669.6</v>", "<v>13730.4</v>", "<v>21</v>",
        "<v>8000</v>", "<v>3669.6</v>", "<v>0.15</v>"}) {
    EXPECT_NE(sheet.find(value), std::string::npos)
        << value << " not in sheet1.xml";
  }
  const std::string strings =
      Shell("unzip -p '" + path + "' xl/sharedStrings.xml");
  for (const char* text : {"Totalt", "Innleie kostnad (NOK)", "2026-01",
                           "Vestvik kommune, alle enheter, alle yrker"}) {
    EXPECT_NE(strings.find(text), std::string::npos) << text;
  }
  const std::string chart =
      Shell("unzip -p '" + path + "' xl/charts/chart1.xml");
  EXPECT_NE(chart.find("<c:barChart>"), std::string::npos);
  EXPECT_NE(chart.find("'Måneder'!$A$5:$A$7"), std::string::npos) << chart;
}

TEST_F(ExportTest, PdfHasTheTotalsAndCharts) {
  const std::string path = Path("r.pdf");
  ASSERT_TRUE(WritePdf(report_, path).ok());
  EXPECT_EQ(ReadFile(path).rfind("%PDF-", 0), 0u);
  const std::string text = Shell("pdftotext -layout '" + path + "' -");
  for (const char* expected :
       {"Innleie fra bemanningsforetak og interne vakter",
        "Vestvik kommune, alle enheter", "23 000 kr", "13 730 kr", "Totalt",
        "Avdeling A", "Per måned (NOK)",
        "Timer innleie og interne vakter per måned", "Kostnad per måned",
        "Besparelse", "15,0 %", "51,2 %"}) {
    EXPECT_NE(text.find(expected), std::string::npos)
        << expected << " not in:\n"
        << text;
  }
  const std::string info = Shell("pdfinfo '" + path + "'");
  EXPECT_NE(info.find("Innleie fra bemanningsforetak"), std::string::npos)
      << info;
}

TEST(ChartModelTest, SeriesAndTicks) {
  const Chart hours = HoursChart(testing::FixtureReport());
  ASSERT_EQ(hours.series.size(), 2u);
  EXPECT_EQ(hours.labels[0], "jan. 2026");
  EXPECT_DOUBLE_EQ(hours.series[0].values[1], 13.0);
  EXPECT_DOUBLE_EQ(hours.series[1].values[2], 14.0);
  EXPECT_GE(hours.axis_max, 14.0);
  EXPECT_EQ(NiceTicks(0, 14, 5), (std::vector<double>{0, 5, 10, 15}));
  EXPECT_EQ(NiceTicks(-3, 9, 5), (std::vector<double>{-5, 0, 5, 10}));
  const Chart cost = CostChart(testing::FixtureReport());
  EXPECT_DOUBLE_EQ(cost.series[2].values[0], 4.7304);
}

}  // namespace
}  // namespace vaktbro::agency
