// Writes the agency-hire report as files for Norwegian office software:
//
//  - CSV as Norwegian Excel reads it: UTF-8 with a byte-order mark, ';'
//    between fields, decimal comma, CRLF; one table (the detail rows by
//    default), with no totals row, so that it pivots cleanly.
//  - XLSX (libxlsxwriter): sheet 1 "Måneder" (the months with the totals and
//    two native charts: hours and cost), "Detaljer", "Sammenhengende
//    innleie" and "Om rapporten". Numbers are numbers: NOK with two
//    decimals, hours, shares as percentages.
//  - PDF (cairo), A4 landscape: the key figures and both charts, the months,
//    the units, and the units with agency use month after month.
//
// Each writes the whole file or fails with INTERNAL / UNAVAILABLE naming
// the path. Thread-compatible.
#ifndef VAKTBRO_SERVER_AGENCY_EXPORT_H_
#define VAKTBRO_SERVER_AGENCY_EXPORT_H_

#include <string>

#include "absl/status/status.h"
#include "report_table.h"
#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::agency {

// The CSV text of one table (BOM, header, rows).
std::string FormatCsv(const Table& table);
absl::Status WriteCsv(const v1::AgencyReport& report, TableKind kind,
                      const std::string& path);
absl::Status WriteXlsx(const v1::AgencyReport& report, const std::string& path);
absl::Status WritePdf(const v1::AgencyReport& report, const std::string& path);

// "Periode: 2025-11 – 2026-10; grunnlag: 2024-11 – 2025-10" for titles.
std::string PeriodLine(const v1::AgencyReport& report);

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_EXPORT_H_
