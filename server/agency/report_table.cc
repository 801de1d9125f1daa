#include "report_table.h"

#include <cmath>
#include <cstdio>

#include "labels.h"
#include "rate_cards.h"
#include "report.h"

namespace vaktbro::agency {
namespace {

using Row = std::vector<Cell>;

// The figure columns every table shares, after its leading columns.
const std::vector<std::string>& FigureHeader() {
  static const std::vector<std::string> header = {
      "Innleie timer",
      "Innleie kostnad (NOK)",
      "Innleie bestillinger",
      "Uten drøfting med tillitsvalgte",
      "Interne vakter",
      "Interne timer",
      "Intern kostnad (NOK)",
      "Egne ansatte (vakter)",
      "Sekundærstilling (vakter)",
      "Vikarpool (vakter)",
      "Pensjonist (vakter)",
      "Samarbeidspartner (vakter)",
      "Andel internt (%)",
      "Innleiepris for interne vakter (NOK)",
      "Besparelse (NOK)",
      "Erstattet internt (utkastinger)",
  };
  return header;
}

void AddFigures(const v1::AgencyFigures& f, Row& row) {
  row.push_back(Cell::Hours(f.agency_minutes()));
  row.push_back(Cell::Money(f.agency_cost_ore()));
  row.push_back(Cell::Count(f.agency_bookings()));
  row.push_back(Cell::Count(f.bookings_without_consultation()));
  row.push_back(Cell::Count(f.internal_fills()));
  row.push_back(Cell::Hours(f.internal_minutes()));
  row.push_back(Cell::Money(f.internal_cost_ore()));
  for (int c = v1::InternalFill::OWN_STAFF;
       c <= v1::InternalFill::PARTNER_EMPLOYER; ++c) {
    int64_t fills = 0;
    for (const v1::ChannelFigures& ch : f.channels()) {
      if (ch.channel() == c) fills = ch.fills();
    }
    row.push_back(Cell::Count(fills));
  }
  row.push_back(f.has_internal_share() ? Cell::Percent(f.internal_share())
                                       : Cell::Empty());
  row.push_back(Cell::Money(f.agency_equivalent_ore()));
  row.push_back(Cell::Money(f.saving_ore()));
  row.push_back(Cell::Count(f.kick_outs()));
}

std::string Month(const v1::YearMonth& m) { return IsoMonth(ToMonth(m)); }

Table MonthsTable(const v1::AgencyReport& report) {
  Table t;
  t.title = "Innleie og interne vakter per måned";
  t.header = {"Måned"};
  t.header.insert(t.header.end(), FigureHeader().begin(), FigureHeader().end());
  const bool baseline = report.has_baseline_first_month();
  if (baseline) {
    t.header.insert(
        t.header.end(),
        {"Grunnlagsmåned", "Innleie timer i grunnlaget",
         "Innleie kostnad i grunnlaget (NOK)", "Endring innleiekostnad (%)"});
  }
  auto add_baseline = [&](Row& row, const std::string& month,
                          const v1::AgencyFigures& f, bool has_change,
                          double change) {
    if (!baseline) return;
    row.push_back(Cell::Text(month));
    row.push_back(Cell::Hours(f.agency_minutes()));
    row.push_back(Cell::Money(f.agency_cost_ore()));
    row.push_back(has_change ? Cell::Percent(change) : Cell::Empty());
  };
  for (const v1::AgencyReportMonth& m : report.months()) {
    Row row{Cell::Text(Month(m.month()))};
    AddFigures(m.figures(), row);
    add_baseline(row, Month(m.baseline_month()), m.baseline(),
                 m.has_agency_cost_change(), m.agency_cost_change());
    t.rows.push_back(std::move(row));
  }
  t.totals.push_back(Cell::Text("Totalt"));
  AddFigures(report.totals(), t.totals);
  add_baseline(t.totals,
               baseline ? Month(report.baseline_first_month()) + " – " +
                              Month(report.baseline_last_month())
                        : "",
               report.baseline_totals(), report.has_agency_cost_change(),
               report.agency_cost_change());
  return t;
}

Table DetailTable(const v1::AgencyReport& report) {
  Table t;
  t.title = "Per organisasjon, enhet, yrke og måned";
  t.header = {"Organisasjon", "Enhet", "Yrke", "Måned"};
  t.header.insert(t.header.end(), FigureHeader().begin(), FigureHeader().end());
  for (const v1::AgencyReportRow& r : report.rows()) {
    Row row{Cell::Text(r.organisation_display_name()),
            Cell::Text(r.unit_display_name()),
            Cell::Text(ProfessionNb(r.profession())),
            Cell::Text(Month(r.month()))};
    AddFigures(r.figures(), row);
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table StreaksTable(const v1::AgencyReport& report) {
  Table t;
  t.title = "Enheter med innleie " +
            std::to_string(report.request().streak_months()) +
            " måneder eller mer på rad";
  t.header = {"Organisasjon", "Enhet", "Fra", "Til", "Måneder på rad", "Pågår"};
  for (const v1::AgencyStreak& s : report.streaks()) {
    t.rows.push_back(
        {Cell::Text(s.organisation_display_name()),
         Cell::Text(s.unit_display_name()), Cell::Text(Month(s.first_month())),
         Cell::Text(Month(s.last_month())), Cell::Count(s.months()),
         Cell::Text(s.ongoing() ? "ja" : "nei")});
  }
  return t;
}

// "1234567" -> "1 234 567".
std::string Group(std::string digits) {
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(' ');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

Table MakeTable(const v1::AgencyReport& report, TableKind kind) {
  switch (kind) {
    case TableKind::kMonths:
      return MonthsTable(report);
    case TableKind::kDetail:
      return DetailTable(report);
    case TableKind::kStreaks:
      return StreaksTable(report);
  }
  return Table{};
}

std::string MoneyDecimal(int64_t ore) {
  const char* sign = ore < 0 ? "-" : "";
  const uint64_t abs =
      ore < 0 ? -static_cast<uint64_t>(ore) : static_cast<uint64_t>(ore);
  char text[40];
  std::snprintf(text, sizeof text, "%s%llu,%02llu", sign,
                static_cast<unsigned long long>(abs / 100),
                static_cast<unsigned long long>(abs % 100));
  return text;
}

std::string MoneyWhole(int64_t ore) {
  const int64_t nok = RoundDiv(ore, 100);
  const std::string digits = std::to_string(nok < 0 ? -nok : nok);
  return (nok < 0 ? "-" : "") + Group(digits);
}

std::string HoursDecimal(int64_t minutes) {
  // Hundredths of an hour, rounded half up: 20 min -> 0,33.
  const int64_t hundredths = RoundDiv(__int128{minutes} * 100, 60);
  return MoneyDecimal(hundredths);
}

std::string PercentDecimal(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", fraction * 100);
  std::string s = text;
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s == "-0,0" ? "0,0" : s;
}

std::string CsvText(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::kEmpty:
      return "";
    case Cell::Kind::kText:
      return cell.text;
    case Cell::Kind::kCount:
      return std::to_string(cell.number);
    case Cell::Kind::kMoney:
      return MoneyDecimal(cell.number);
    case Cell::Kind::kHours:
      return HoursDecimal(cell.number);
    case Cell::Kind::kPercent:
      return PercentDecimal(cell.fraction);
  }
  return "";
}

std::string DisplayText(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::kEmpty:
      return "–";
    case Cell::Kind::kMoney:
      return MoneyWhole(cell.number);
    case Cell::Kind::kHours: {
      const int64_t tenths = RoundDiv(__int128{cell.number} * 10, 60);
      const std::string whole =
          Group(std::to_string((tenths < 0 ? -tenths : tenths) / 10));
      return (tenths < 0 ? "-" : "") + whole + "," +
             std::to_string((tenths < 0 ? -tenths : tenths) % 10);
    }
    case Cell::Kind::kPercent:
      return PercentDecimal(cell.fraction) + " %";
    default:
      return CsvText(cell);
  }
}

}  // namespace vaktbro::agency
