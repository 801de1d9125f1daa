// The report as tables with Norwegian headers, shared by every export (CSV,
// XLSX, PDF), vaktbroctl's terminal table and the desktop client's table:
// one definition of the columns, many renderings.
//
//   kMonths:  one row per month of the period, with the baseline month and
//             the change against it
//   kDetail:  one row per organisation, unit, profession and month
//   kStreaks: the units with agency use in N or more months in a row
//
// Cells keep their value and kind (money in øre, hours in minutes, ...), so
// that a spreadsheet gets numbers and a text rendering formats them.
#ifndef VAKTBRO_SERVER_AGENCY_REPORT_TABLE_H_
#define VAKTBRO_SERVER_AGENCY_REPORT_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::agency {

struct Cell {
  enum class Kind {
    kEmpty,  // no value (a change without a baseline)
    kText,
    kCount,    // `number`
    kMoney,    // `number` øre
    kHours,    // `number` minutes
    kPercent,  // `fraction` (0.25 = 25 %)
  };
  Kind kind = Kind::kEmpty;
  std::string text;
  int64_t number = 0;
  double fraction = 0;

  static Cell Empty() { return Cell{}; }
  static Cell Text(std::string t) {
    return Cell{Kind::kText, std::move(t), 0, 0};
  }
  static Cell Count(int64_t n) { return Cell{Kind::kCount, "", n, 0}; }
  static Cell Money(int64_t ore) { return Cell{Kind::kMoney, "", ore, 0}; }
  static Cell Hours(int64_t minutes) {
    return Cell{Kind::kHours, "", minutes, 0};
  }
  static Cell Percent(double f) { return Cell{Kind::kPercent, "", 0, f}; }
};

struct Table {
  std::string title;  // "Innleie og interne vakter per måned"
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  // A last row with the totals (kMonths), kept apart so that a CSV of the
  // table stays a clean list for pivot tables; empty when none.
  std::vector<Cell> totals;
};

enum class TableKind { kMonths, kDetail, kStreaks };

Table MakeTable(const v1::AgencyReport& report, TableKind kind);

// Text renderings, Norwegian style.
// 1234567 øre -> "12345,67" (for CSV: no thousands separator, decimal comma).
std::string MoneyDecimal(int64_t ore);
// 1234567 øre -> "12 346" (whole NOK, space as thousands separator).
std::string MoneyWhole(int64_t ore);
// 450 minutes -> "7,50".
std::string HoursDecimal(int64_t minutes);
// 0.853 -> "85,3".
std::string PercentDecimal(double fraction);
// A cell for CSV: decimals with a comma, no thousands separator.
std::string CsvText(const Cell& cell);
// A cell for reading: money in whole NOK with thousands separators, "85,3 %".
std::string DisplayText(const Cell& cell);

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_REPORT_TABLE_H_
