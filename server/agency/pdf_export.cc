// PDF through cairo: A4 landscape, the key figures and the two charts first,
// then the tables.
#include <cairo-pdf.h>
#include <cairo.h>

#include <map>
#include <memory>
#include <tuple>

#include "cairo_draw.h"
#include "chart_model.h"
#include "export.h"
#include "google/protobuf/util/time_util.h"
#include "labels.h"
#include "report.h"

namespace vaktbro::agency {
namespace {

constexpr double kPageW = 842, kPageH = 595, kMargin = 36;
constexpr double kRowH = 13;

struct Column {
  std::string header;
  double width;
  Align align;
};

// Lays out pages top to bottom; starts a new page when the next block does
// not fit.
class Pager {
 public:
  Pager(cairo_t* cr, std::string footer)
      : cr_(cr), footer_(std::move(footer)) {}
  cairo_t* cr() const { return cr_; }
  double y() const { return y_; }
  void Advance(double dy) { y_ += dy; }
  // Starts a new page unless `height` still fits on this one.
  bool Need(double height) {
    if (y_ + height <= kPageH - kMargin - 14) return false;
    NewPage();
    return true;
  }
  void NewPage() {
    Footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
  }
  void Finish() { Footer(); }

 private:
  void Footer() {
    SetColour(cr_, 0x777777);
    DrawText(cr_, kMargin, kPageH - kMargin + 12, footer_, Font{7, false});
    DrawText(cr_, kPageW - kMargin, kPageH - kMargin + 12,
             "Side " + std::to_string(page_), Font{7, false}, Align::kRight);
  }
  cairo_t* const cr_;
  const std::string footer_;
  double y_ = kMargin;
  int page_ = 1;
};

void DrawRow(cairo_t* cr, double y, const std::vector<Column>& columns,
             const std::vector<std::string>& cells, Font font) {
  double x = kMargin;
  for (size_t c = 0; c < columns.size() && c < cells.size(); ++c) {
    const double at =
        columns[c].align == Align::kRight ? x + columns[c].width - 4 : x + 2;
    DrawText(cr, at, y, cells[c], font, columns[c].align);
    x += columns[c].width;
  }
}

// A table with a bold header (repeated on every page) and an optional bold
// last row.
void DrawTable(Pager& pager, const std::string& title,
               const std::vector<Column>& columns,
               const std::vector<std::vector<std::string>>& rows,
               const std::vector<std::string>& totals) {
  cairo_t* cr = pager.cr();
  pager.Need(kRowH * 4 + 20);
  auto header = [&] {
    SetColour(cr, 0xE8EEF4);
    double width = 0;
    for (const Column& c : columns) width += c.width;
    cairo_rectangle(cr, kMargin, pager.y(), width, kRowH + 2);
    cairo_fill(cr);
    SetColour(cr, 0x111111);
    DrawRow(
        cr, pager.y() + 10, columns,
        [&] {
          std::vector<std::string> h;
          for (const Column& c : columns) h.push_back(c.header);
          return h;
        }(),
        Font{7.5, true});
    pager.Advance(kRowH + 4);
  };
  SetColour(cr, 0x111111);
  DrawText(cr, kMargin, pager.y() + 12, title, Font{12, true});
  pager.Advance(20);
  header();
  for (const auto& row : rows) {
    if (pager.Need(kRowH)) header();
    SetColour(cr, 0x222222);
    DrawRow(cr, pager.y() + 9, columns, row, Font{7.5, false});
    pager.Advance(kRowH);
  }
  if (!totals.empty()) {
    if (pager.Need(kRowH)) header();
    SetColour(cr, 0x111111);
    DrawRow(cr, pager.y() + 9, columns, totals, Font{7.5, true});
    pager.Advance(kRowH);
  }
  pager.Advance(14);
}

std::string Share(const v1::AgencyFigures& f) {
  return f.has_internal_share() ? PercentDecimal(f.internal_share()) + " %"
                                : "–";
}

std::string Change(bool has, double v) {
  return has ? (v > 0 ? "+" : "") + PercentDecimal(v) + " %" : "–";
}

std::string Hours(int64_t minutes) { return DisplayText(Cell::Hours(minutes)); }
std::string Kr(int64_t ore) { return MoneyWhole(ore) + " kr"; }

void KeyFigures(Pager& pager, const v1::AgencyReport& report) {
  cairo_t* cr = pager.cr();
  const v1::AgencyFigures& t = report.totals();
  const std::vector<std::pair<std::string, std::string>> figures = {
      {"Innleie kostnad", Kr(t.agency_cost_ore())},
      {"Innleie timer", Hours(t.agency_minutes()) + " t"},
      {"Interne vakter", std::to_string(t.internal_fills()) + " (" +
                             Hours(t.internal_minutes()) + " t)"},
      {"Andel internt", Share(t)},
      {"Besparelse", Kr(t.saving_ore())},
      {"Endring innleiekostnad",
       Change(report.has_agency_cost_change(), report.agency_cost_change())},
  };
  const double box_w =
      (kPageW - 2 * kMargin) / static_cast<double>(figures.size());
  for (size_t i = 0; i < figures.size(); ++i) {
    const double x = kMargin + box_w * static_cast<double>(i);
    SetColour(cr, 0xF3F6F9);
    cairo_rectangle(cr, x + 2, pager.y(), box_w - 4, 40);
    cairo_fill(cr);
    SetColour(cr, 0x555555);
    DrawText(cr, x + 8, pager.y() + 13, figures[i].first, Font{7.5, false});
    SetColour(cr, 0x111111);
    DrawText(cr, x + 8, pager.y() + 31, figures[i].second, Font{12, true});
  }
  pager.Advance(52);
}

void FirstPage(Pager& pager, const v1::AgencyReport& report) {
  cairo_t* cr = pager.cr();
  SetColour(cr, 0x111111);
  DrawText(cr, kMargin, pager.y() + 16,
           "Innleie fra bemanningsforetak og interne vakter", Font{18, true});
  SetColour(cr, 0x333333);
  DrawText(cr, kMargin, pager.y() + 33, report.scope(), Font{10, false});
  DrawText(cr, kMargin, pager.y() + 47, PeriodLine(report), Font{10, false});
  pager.Advance(58);
  KeyFigures(pager, report);
  const double w = (kPageW - 2 * kMargin - 20) / 2,
               h = kPageH - kMargin - 20 - pager.y();
  DrawChart(cr, HoursChart(report), kMargin, pager.y(), w, h);
  DrawChart(cr, CostChart(report), kMargin + w + 20, pager.y(), w, h);
  pager.NewPage();
}

void MonthsTable(Pager& pager, const v1::AgencyReport& report) {
  const std::vector<Column> columns = {
      {"Måned", 70, Align::kLeft},
      {"Innleie timer", 70, Align::kRight},
      {"Innleie kostnad", 85, Align::kRight},
      {"Bestillinger", 60, Align::kRight},
      {"Interne vakter", 65, Align::kRight},
      {"Interne timer", 70, Align::kRight},
      {"Intern kostnad", 80, Align::kRight},
      {"Andel internt", 65, Align::kRight},
      {"Besparelse", 80, Align::kRight},
      {"Grunnlag innleie", 85, Align::kRight},
      {"Endring", 60, Align::kRight},
  };
  auto cells = [](const std::string& label, const v1::AgencyFigures& f,
                  const std::string& base, const std::string& change) {
    return std::vector<std::string>{label,
                                    Hours(f.agency_minutes()),
                                    MoneyWhole(f.agency_cost_ore()),
                                    std::to_string(f.agency_bookings()),
                                    std::to_string(f.internal_fills()),
                                    Hours(f.internal_minutes()),
                                    MoneyWhole(f.internal_cost_ore()),
                                    Share(f),
                                    MoneyWhole(f.saving_ore()),
                                    base,
                                    change};
  };
  const bool baseline = report.has_baseline_first_month();
  std::vector<std::vector<std::string>> rows;
  for (const v1::AgencyReportMonth& m : report.months()) {
    rows.push_back(
        cells(ShortMonthNb(ToMonth(m.month())), m.figures(),
              baseline ? MoneyWhole(m.baseline().agency_cost_ore()) : "–",
              Change(m.has_agency_cost_change(), m.agency_cost_change())));
  }
  DrawTable(
      pager, "Per måned (NOK)", columns, rows,
      cells("Totalt", report.totals(),
            baseline ? MoneyWhole(report.baseline_totals().agency_cost_ore())
                     : "–",
            Change(report.has_agency_cost_change(),
                   report.agency_cost_change())));
}

void UnitsTable(Pager& pager, const v1::AgencyReport& report) {
  // The detail rows summed over professions and months.
  std::map<std::tuple<std::string, std::string, std::string>, v1::AgencyFigures>
      units;
  for (const v1::AgencyReportRow& r : report.rows()) {
    auto it = units
                  .try_emplace({r.organisation_display_name(),
                                r.unit_display_name(), r.unit()})
                  .first;
    v1::AgencyFigures& f = it->second;
    const v1::AgencyFigures& g = r.figures();
    f.set_agency_bookings(f.agency_bookings() + g.agency_bookings());
    f.set_agency_minutes(f.agency_minutes() + g.agency_minutes());
    f.set_agency_cost_ore(f.agency_cost_ore() + g.agency_cost_ore());
    f.set_internal_fills(f.internal_fills() + g.internal_fills());
    f.set_internal_minutes(f.internal_minutes() + g.internal_minutes());
    f.set_internal_cost_ore(f.internal_cost_ore() + g.internal_cost_ore());
    f.set_saving_ore(f.saving_ore() + g.saving_ore());
    f.set_bookings_without_consultation(f.bookings_without_consultation() +
                                        g.bookings_without_consultation());
  }
  const std::vector<Column> columns = {
      {"Organisasjon", 140, Align::kLeft},
      {"Enhet", 160, Align::kLeft},
      {"Innleie timer", 65, Align::kRight},
      {"Innleie kostnad", 80, Align::kRight},
      {"Uten drøfting", 70, Align::kRight},
      {"Interne vakter", 70, Align::kRight},
      {"Interne timer", 65, Align::kRight},
      {"Andel internt", 60, Align::kRight},
      {"Besparelse", 60, Align::kRight},
  };
  std::vector<std::vector<std::string>> rows;
  for (auto& [key, f] : units) {
    const int64_t all = f.internal_minutes() + f.agency_minutes();
    if (all > 0)
      f.set_internal_share(static_cast<double>(f.internal_minutes()) /
                           static_cast<double>(all));
    rows.push_back({std::get<0>(key), std::get<1>(key),
                    Hours(f.agency_minutes()), MoneyWhole(f.agency_cost_ore()),
                    std::to_string(f.bookings_without_consultation()),
                    std::to_string(f.internal_fills()),
                    Hours(f.internal_minutes()), Share(f),
                    MoneyWhole(f.saving_ore())});
  }
  DrawTable(pager, "Per enhet i perioden (NOK)", columns, rows, {});
}

void StreaksTable(Pager& pager, const v1::AgencyReport& report) {
  const Table table = MakeTable(report, TableKind::kStreaks);
  const std::vector<Column> columns = {
      {"Organisasjon", 170, Align::kLeft}, {"Enhet", 200, Align::kLeft},
      {"Fra", 70, Align::kLeft},           {"Til", 70, Align::kLeft},
      {"Måneder", 60, Align::kRight},      {"Pågår", 50, Align::kLeft},
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : table.rows) {
    std::vector<std::string>& cells = rows.emplace_back();
    for (const Cell& c : row) cells.push_back(DisplayText(c));
  }
  if (rows.empty()) rows.push_back({"Ingen enheter", "", "", "", "", ""});
  DrawTable(pager, table.title, columns, rows, {});
}

}  // namespace

absl::Status WritePdf(const v1::AgencyReport& report, const std::string& path) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create(path.c_str(), kPageW, kPageH),
      &cairo_surface_destroy);
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return absl::UnavailableError(
        "cannot create " + path + ": " +
        cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                 "Innleie fra bemanningsforetak");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR,
                                 "vaktbro");
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(
      cairo_create(surface.get()), &cairo_destroy);
  {
    Pager pager(cr.get(), "vaktbro · " + report.scope() + " · laget " +
                              google::protobuf::util::TimeUtil::ToString(
                                  report.generate_time())
                                  .substr(0, 10));
    FirstPage(pager, report);
    MonthsTable(pager, report);
    UnitsTable(pager, report);
    StreaksTable(pager, report);
    pager.Finish();
  }
  cairo_show_page(cr.get());
  const cairo_status_t status = cairo_status(cr.get());
  cr.reset();
  cairo_surface_finish(surface.get());
  const cairo_status_t finished = cairo_surface_status(surface.get());
  if (status != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS) {
    return absl::UnavailableError(
        "cannot write " + path + ": " +
        cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status
                                                              : finished));
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::agency
