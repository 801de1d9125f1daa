// The demo region's agency story and vaktbroctl's agency commands, end to
// end: the real server with the demo loaded, the real vaktbroctl, and the
// exported files opened (CSV parsed, XLSX unzipped, PDF through pdftotext).
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "agency/report_table.h"
#include "csv.h"
#include "ctl_runner.h"
#include "fixtures.h"
#include "gtest/gtest.h"
#include "vaktbro/v1/agency.grpc.pb.h"

namespace vaktbro::ctl {
namespace {

namespace v1 = ::vaktbro::v1;

std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class AgencyDemoTest : public CtlFixture {
 protected:
  v1::AgencyReport Report(const v1::GetAgencyReportRequest& request) {
    auto stub = v1::AgencyService::NewStub(server().Channel());
    grpc::ClientContext context;
    context.set_deadline(testing::Deadline(60));
    v1::AgencyReport report;
    const grpc::Status status =
        stub->GetAgencyReport(&context, request, &report);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return report;
  }
  std::string Path(const std::string& name) const {
    return dir_.path() + "/" + name;
  }
  testing::TempDir dir_;
};

int64_t Sum(const v1::AgencyReport& r, int first, int count,
            int64_t (*get)(const v1::AgencyFigures&)) {
  int64_t sum = 0;
  for (int i = first; i < first + count; ++i) sum += get(r.months(i).figures());
  return sum;
}

TEST_F(AgencyDemoTest, TwelveMonthsOfFallingAgencyHire) {
  const v1::AgencyReport r = Report(v1::GetAgencyReportRequest());
  ASSERT_EQ(r.months_size(), 12);
  auto cost = [](const v1::AgencyFigures& f) { return f.agency_cost_ore(); };
  auto fills = [](const v1::AgencyFigures& f) {
    return static_cast<int64_t>(f.internal_fills());
  };
  auto saving = [](const v1::AgencyFigures& f) { return f.saving_ore(); };
  // The first month may be partial (the history is 365 days): compare the
  // first full quarter with the last one.
  const int64_t early_cost = Sum(r, 1, 3, cost), late_cost = Sum(r, 9, 3, cost);
  EXPECT_GT(early_cost, 0);
  EXPECT_LT(late_cost * 10, early_cost * 6)
      << "agency cost should fall by more than 40 %";
  EXPECT_GT(Sum(r, 9, 3, fills), 2 * Sum(r, 1, 3, fills))
      << "internal fills should more than double";
  EXPECT_GT(Sum(r, 9, 3, saving), Sum(r, 1, 3, saving));
  ASSERT_TRUE(r.months(1).figures().has_internal_share());
  ASSERT_TRUE(r.months(11).figures().has_internal_share());
  EXPECT_GT(r.months(11).figures().internal_share(),
            r.months(1).figures().internal_share() + 0.3);
  EXPECT_GT(r.totals().saving_ore(), 0);
  EXPECT_GT(r.totals().bookings_without_consultation(), 0);
  EXPECT_LT(r.totals().bookings_without_consultation() * 5,
            r.totals().agency_bookings());
  EXPECT_FALSE(r.streaks().empty());
  std::set<int> channels;
  for (const v1::ChannelFigures& c : r.totals().channels()) {
    if (c.fills() > 0) channels.insert(c.channel());
  }
  EXPECT_EQ(channels.size(), 5u);
}

TEST_F(AgencyDemoTest, TheDemoWeeksBookingsWroteLedgerEntries) {
  auto stub = v1::AgencyService::NewStub(server().Channel());
  v1::ListInternalFillsRequest request;
  request.set_page_size(1000);
  *request.mutable_start_time_from() =
      testing::ToTimestamp(absl::Now() - absl::Hours(24 * 8));
  grpc::ClientContext context;
  context.set_deadline(testing::Deadline(30));
  v1::ListInternalFillsResponse fills;
  ASSERT_TRUE(stub->ListInternalFills(&context, request, &fills).ok());
  ASSERT_GT(fills.internal_fills_size(), 100);
  int with_assignment = 0;
  for (const v1::InternalFill& f : fills.internal_fills()) {
    if (f.assignment().empty()) continue;
    ++with_assignment;
    EXPECT_EQ(f.name(),
              "internalFills/" + std::string(testing::IdOf(f.assignment())));
    EXPECT_GT(f.internal_cost_ore(), 0);
  }
  EXPECT_GT(with_assignment, 100);
}

TEST_F(AgencyDemoTest, ReportExportsFromVaktbroctl) {
  const v1::AgencyReport r = Report(v1::GetAgencyReportRequest());
  const std::string total = agency::MoneyWhole(r.totals().agency_cost_ore());

  CtlRun table = Ctl({"report"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("Totalt"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find(total), std::string::npos) << total << " not in\n"
                                                      << table.out;

  CtlRun pdf = Ctl({"report", "--format", "pdf", "--out", Path("r.pdf")});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  const std::string text = Shell("pdftotext -layout '" + Path("r.pdf") + "' -");
  EXPECT_NE(text.find(total + " kr"), std::string::npos)
      << total << " kr not in the PDF";
  EXPECT_NE(text.find("Alle organisasjoner, alle enheter, alle yrker"),
            std::string::npos);

  CtlRun xlsx = Ctl({"report", "--format", "xlsx", "--out", Path("r.xlsx")});
  ASSERT_EQ(xlsx.exit_code, 0) << xlsx.err;
  EXPECT_NE(
      Shell("unzip -l '" + Path("r.xlsx") + "'").find("xl/charts/chart1.xml"),
      std::string::npos);
  const std::string sheet =
      Shell("unzip -p '" + Path("r.xlsx") + "' xl/worksheets/sheet1.xml");
  char value[64];
  std::snprintf(value, sizeof value, "<v>%.16G</v>",
                static_cast<double>(r.totals().agency_cost_ore()) / 100.0);
  EXPECT_NE(sheet.find(value), std::string::npos) << value;

  CtlRun csv = Ctl({"report", "--format", "csv", "--table", "months", "--out",
                    Path("r.csv")});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const std::string bytes = ReadFile(Path("r.csv"));
  ASSERT_EQ(bytes.rfind("\xEF\xBB\xBF", 0), 0u);
  auto records = ParseCsv(bytes.substr(3));
  ASSERT_TRUE(records.ok()) << records.status();
  ASSERT_EQ(records->size(), 13u);
  double sum = 0;
  for (size_t i = 1; i < records->size(); ++i)
    sum += *ParseDecimal((*records)[i].fields[2]);
  EXPECT_NEAR(sum, static_cast<double>(r.totals().agency_cost_ore()) / 100.0,
              0.005);

  CtlRun bad = Ctl({"report", "--format", "pdf"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("--out"), std::string::npos) << bad.err;
  bad = Ctl({"report", "--from", "2026-13"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("--from"), std::string::npos) << bad.err;
}

TEST_F(AgencyDemoTest, AgencyCommands) {
  CtlRun add = Ctl({"agency",          "add",
                    "--organisation",  "vestvik-kommune",
                    "--unit",          "vestvik-kommune-kad",
                    "--agency",        "Nordlys Bemanning AS",
                    "--profession",    "nurse",
                    "--date",          Day(20),
                    "--start",         "22:00",
                    "--end",           "07:30",
                    "--rate",          "1180,50",
                    "--fees",          "750",
                    "--purpose",       "sick-leave",
                    "--legal-ground",  "health-personnel",
                    "--justification", "Pool og hytte tomme denne natten"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_NE(add.out.find("warning: union_consultation_date"), std::string::npos)
      << add.out;
  const std::string name = add.out.substr(0, add.out.find('\n'));
  ASSERT_TRUE(name.starts_with("agencyBookings/")) << add.out;
  const std::string id = name.substr(std::string("agencyBookings/").size());

  CtlRun list = Ctl({"agency", "list", "--organisation", "vestvik-kommune",
                     "--from", Day(19), "--to", Day(21)});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find(id), std::string::npos) << list.out;
  CtlRun get = Ctl({"agency", "get", id});
  ASSERT_EQ(get.exit_code, 0) << get.err;
  EXPECT_NE(get.out.find("1180,50 NOK/h"), std::string::npos) << get.out;

  CtlRun bad = Ctl({"agency",          "add",
                    "--organisation",  "vestvik-kommune",
                    "--unit",          "vestvik-kommune-kad",
                    "--agency",        "X AS",
                    "--profession",    "nurse",
                    "--date",          Day(20),
                    "--start",         "22:00",
                    "--end",           "07:30",
                    "--rate",          "0",
                    "--purpose",       "sick-leave",
                    "--legal-ground",  "substitute",
                    "--justification", "x"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("agency_booking.hourly_rate_ore: must be > 0"),
            std::string::npos)
      << bad.err;

  CtlRun kick = Ctl({"agency", "kickout", id, "--assignment", "nope"});
  EXPECT_EQ(kick.exit_code, 1);
  EXPECT_NE(kick.err.find("assignment: assignments/nope not found"),
            std::string::npos)
      << kick.err;

  CtlRun cancel = Ctl({"agency", "cancel", id, "--reason", "Dekket internt"});
  ASSERT_EQ(cancel.exit_code, 0) << cancel.err;
  EXPECT_NE(cancel.out.find("cancelled"), std::string::npos);

  CtlRun settings =
      Ctl({"agency", "settings", "--organisation", "fjordhamn-kommune",
           "--consultation", "refuse", "--cutoff-hours", "24"});
  ASSERT_EQ(settings.exit_code, 0) << settings.err;
  EXPECT_NE(settings.out.find("refuse; kick-out until 24 h"), std::string::npos)
      << settings.out;

  CtlRun fills = Ctl({"agency", "fills", "--organisation", "vestvik-kommune",
                      "--channel", "pensioner"});
  ASSERT_EQ(fills.exit_code, 0) << fills.err;
  EXPECT_NE(fills.out.find("pensioner"), std::string::npos) << fills.out;
}

}  // namespace
}  // namespace vaktbro::ctl
