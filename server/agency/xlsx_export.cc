// XLSX through libxlsxwriter: tables as real numbers, and native charts on
// the first sheet.
#include <string>

#include "chart_model.h"
#include "export.h"
#include "google/protobuf/util/time_util.h"
#include "report.h"
#include "xlsxwriter.h"

namespace vaktbro::agency {
namespace {

constexpr const char* kMonthsSheet = "Måneder";
constexpr int kHeaderRow = 3;  // rows 0-2: title, scope, period

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* money;
  lxw_format* hours;
  lxw_format* count;
  lxw_format* percent;
  lxw_format* bold_money;
  lxw_format* bold_hours;
  lxw_format* bold_count;
  lxw_format* bold_percent;
  lxw_format* bold_text;
};

lxw_format* NumberFormat(lxw_workbook* wb, const char* code, bool bold) {
  lxw_format* f = workbook_add_format(wb);
  format_set_num_format(f, code);
  if (bold) format_set_bold(f);
  return f;
}

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  // Format codes are locale-neutral: Norwegian Excel shows "12 345,50".
  f.money = NumberFormat(wb, "#,##0.00", false);
  f.hours = NumberFormat(wb, "#,##0.00", false);
  f.count = NumberFormat(wb, "0", false);
  f.percent = NumberFormat(wb, "0.0%", false);
  f.bold_money = NumberFormat(wb, "#,##0.00", true);
  f.bold_hours = NumberFormat(wb, "#,##0.00", true);
  f.bold_count = NumberFormat(wb, "0", true);
  f.bold_percent = NumberFormat(wb, "0.0%", true);
  f.bold_text = workbook_add_format(wb);
  format_set_bold(f.bold_text);
  return f;
}

void WriteCell(lxw_worksheet* ws, int row, int col, const Cell& cell,
               const Formats& f, bool bold) {
  switch (cell.kind) {
    case Cell::Kind::kEmpty:
      return;
    case Cell::Kind::kText:
      worksheet_write_string(ws, row, col, cell.text.c_str(),
                             bold ? f.bold_text : nullptr);
      return;
    case Cell::Kind::kCount:
      worksheet_write_number(ws, row, col, static_cast<double>(cell.number),
                             bold ? f.bold_count : f.count);
      return;
    case Cell::Kind::kMoney:
      worksheet_write_number(ws, row, col,
                             static_cast<double>(cell.number) / 100.0,
                             bold ? f.bold_money : f.money);
      return;
    case Cell::Kind::kHours:
      worksheet_write_number(ws, row, col,
                             static_cast<double>(cell.number) / 60.0,
                             bold ? f.bold_hours : f.hours);
      return;
    case Cell::Kind::kPercent:
      worksheet_write_number(ws, row, col, cell.fraction,
                             bold ? f.bold_percent : f.percent);
      return;
  }
}

// Writes `table` from row `top`: header, rows, totals. Returns the next row.
int WriteTable(lxw_worksheet* ws, int top, const Table& table,
               const Formats& f) {
  for (size_t c = 0; c < table.header.size(); ++c) {
    worksheet_write_string(ws, top, static_cast<int>(c),
                           table.header[c].c_str(), f.header);
  }
  worksheet_set_row(ws, top, 45, nullptr);
  int row = top + 1;
  for (const auto& cells : table.rows) {
    for (size_t c = 0; c < cells.size(); ++c)
      WriteCell(ws, row, static_cast<int>(c), cells[c], f, false);
    ++row;
  }
  if (!table.totals.empty()) {
    for (size_t c = 0; c < table.totals.size(); ++c) {
      WriteCell(ws, row, static_cast<int>(c), table.totals[c], f, true);
    }
    ++row;
  }
  worksheet_set_column(ws, 0, 0, 22, nullptr);
  worksheet_set_column(ws, 1, static_cast<int>(table.header.size()), 14,
                       nullptr);
  return row;
}

void Titles(lxw_worksheet* ws, const v1::AgencyReport& report,
            const std::string& title, const Formats& f) {
  worksheet_write_string(ws, 0, 0, title.c_str(), f.title);
  worksheet_write_string(ws, 1, 0, report.scope().c_str(), nullptr);
  worksheet_write_string(ws, 2, 0, PeriodLine(report).c_str(), nullptr);
}

// A native chart of `model`'s series, reading the months column and the
// series' columns of the months sheet.
lxw_chart* AddChart(lxw_workbook* wb, const Chart& model, uint8_t type,
                    const std::vector<int>& columns, int first_row,
                    int last_row) {
  lxw_chart* chart = workbook_add_chart(wb, type);
  chart_title_set_name(chart, model.title.c_str());
  chart_axis_set_name(chart->y_axis, model.unit.c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  for (size_t i = 0; i < columns.size() && i < model.series.size(); ++i) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, kMonthsSheet, first_row, 0, last_row,
                                0);
    chart_series_set_values(series, kMonthsSheet, first_row, columns[i],
                            last_row, columns[i]);
    chart_series_set_name(series, model.series[i].name.c_str());
    lxw_chart_fill fill{};
    fill.color = model.series[i].rgb;
    lxw_chart_line line{};
    line.color = model.series[i].rgb;
    line.width = 2.25;
    if (type == LXW_CHART_COLUMN) chart_series_set_fill(series, &fill);
    chart_series_set_line(series, &line);
  }
  return chart;
}

int ColumnOf(const Table& table, const std::string& name) {
  for (size_t c = 0; c < table.header.size(); ++c) {
    if (table.header[c] == name) return static_cast<int>(c);
  }
  return 0;
}

void MonthsSheet(lxw_workbook* wb, const v1::AgencyReport& report,
                 const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kMonthsSheet);
  const Table table = MakeTable(report, TableKind::kMonths);
  Titles(ws, report, "Innleie fra bemanningsforetak og interne vakter", f);
  const int end = WriteTable(ws, kHeaderRow, table, f);
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  const int first = kHeaderRow + 1,
            last = kHeaderRow + static_cast<int>(table.rows.size());
  if (table.rows.empty()) return;
  lxw_chart_options options{};
  options.x_scale = 1.6;
  options.y_scale = 1.3;
  lxw_chart* hours = AddChart(
      wb, HoursChart(report), LXW_CHART_COLUMN,
      {ColumnOf(table, "Innleie timer"), ColumnOf(table, "Interne timer")},
      first, last);
  worksheet_insert_chart_opt(ws, end + 2, 0, hours, &options);
  lxw_chart* cost = AddChart(wb, CostChart(report), LXW_CHART_LINE,
                             {ColumnOf(table, "Innleie kostnad (NOK)"),
                              ColumnOf(table, "Intern kostnad (NOK)"),
                              ColumnOf(table, "Besparelse (NOK)")},
                             first, last);
  chart_axis_set_name(cost->y_axis, "NOK");
  worksheet_insert_chart_opt(ws, end + 2, 9, cost, &options);
}

void TableSheet(lxw_workbook* wb, const char* name,
                const v1::AgencyReport& report, TableKind kind,
                const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name);
  const Table table = MakeTable(report, kind);
  Titles(ws, report, table.title, f);
  WriteTable(ws, kHeaderRow, table, f);
  worksheet_freeze_panes(ws, kHeaderRow + 1, 0);
  worksheet_autofilter(ws, kHeaderRow, 0,
                       kHeaderRow + static_cast<int>(table.rows.size()),
                       static_cast<int>(table.header.size()) - 1);
}

void AboutSheet(lxw_workbook* wb, const v1::AgencyReport& report,
                const Formats& f) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Om rapporten");
  const std::string generated =
      "Laget " +
      google::protobuf::util::TimeUtil::ToString(report.generate_time()) +
      " (UTC) av vaktbro";
  const char* lines[] = {
      "Innleie teller i måneden oppdraget starter (Europe/Oslo), med betalte "
      "timer og total kostnad "
      "(timepris x timer + gebyrer), uten mva.",
      "Interne vakter er vakter besatt gjennom vaktbroen; kostnaden er lønn "
      "med tillegg og "
      "arbeidsgiverkostnader etter internkostkortet.",
      "Innleiepris for interne vakter er hva vakten ville kostet fra et "
      "bemanningsforetak etter "
      "prislisten (tid på døgnet, helg og helligdag); besparelsen er "
      "forskjellen.",
      "Ved utkasting (et byrå-oppdrag erstattet internt) måles besparelsen mot "
      "oppdragets egen kostnad.",
      "Andel internt er interne timer delt på interne timer pluss innleide "
      "timer.",
      "Endring er (periode - grunnlag) / grunnlag for innleiekostnaden, måned "
      "for måned.",
  };
  worksheet_write_string(ws, 0, 0, "Om rapporten", f.title);
  worksheet_write_string(ws, 1, 0, report.scope().c_str(), nullptr);
  worksheet_write_string(ws, 2, 0, PeriodLine(report).c_str(), nullptr);
  int row = 4;
  for (const char* line : lines)
    worksheet_write_string(ws, row++, 0, line, nullptr);
  worksheet_write_string(ws, row + 1, 0, generated.c_str(), nullptr);
  worksheet_set_column(ws, 0, 0, 120, nullptr);
}

}  // namespace

absl::Status WriteXlsx(const v1::AgencyReport& report,
                       const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) return absl::UnavailableError("cannot create " + path);
  const Formats f = MakeFormats(wb);
  MonthsSheet(wb, report, f);
  TableSheet(wb, "Detaljer", report, TableKind::kDetail, f);
  TableSheet(wb, "Sammenhengende innleie", report, TableKind::kStreaks, f);
  AboutSheet(wb, report, f);
  const lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) {
    return absl::UnavailableError("cannot write " + path + ": " +
                                  lxw_strerror(error));
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::agency
