// CSV through vaktbro_csv, the one writer of Norwegian Excel CSV.
#include <cerrno>
#include <cstring>
#include <fstream>

#include "csv.h"
#include "export.h"
#include "report.h"

namespace vaktbro::agency {

std::string FormatCsv(const Table& table) {
  std::vector<std::vector<std::string>> records;
  records.push_back(table.header);
  for (const auto& row : table.rows) {
    std::vector<std::string>& record = records.emplace_back();
    for (const Cell& cell : row) record.push_back(CsvText(cell));
  }
  return ctl::FormatCsv(records);
}

absl::Status WriteCsv(const v1::AgencyReport& report, TableKind kind,
                      const std::string& path) {
  const std::string text = FormatCsv(MakeTable(report, kind));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out)
    return absl::UnavailableError("cannot write " + path + ": " +
                                  std::strerror(errno));
  return absl::OkStatus();
}

std::string PeriodLine(const v1::AgencyReport& report) {
  std::string line =
      "Periode: " + IsoMonth(ToMonth(report.request().first_month())) + " – " +
      IsoMonth(ToMonth(report.request().last_month()));
  if (report.has_baseline_first_month()) {
    line += "; sammenlignet med " +
            IsoMonth(ToMonth(report.baseline_first_month())) + " – " +
            IsoMonth(ToMonth(report.baseline_last_month()));
  }
  return line;
}

}  // namespace vaktbro::agency
