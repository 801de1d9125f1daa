#include "chart_model.h"

#include <algorithm>
#include <cmath>

#include "labels.h"
#include "report.h"

namespace vaktbro::agency {
namespace {

void Scale(Chart& chart) {
  double lo = 0, hi = 0;
  for (const ChartSeries& s : chart.series) {
    for (double v : s.values) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  }
  chart.ticks = NiceTicks(lo, hi, 5);
  chart.axis_min = chart.ticks.front();
  chart.axis_max = chart.ticks.back();
}

Chart Base(const v1::AgencyReport& report, std::string title,
           std::string unit) {
  Chart chart;
  chart.title = std::move(title);
  chart.unit = std::move(unit);
  for (const v1::AgencyReportMonth& m : report.months())
    chart.labels.push_back(ShortMonthNb(ToMonth(m.month())));
  return chart;
}

}  // namespace

std::vector<double> NiceTicks(double lo, double hi, int target) {
  lo = std::min(lo, 0.0);
  if (hi <= lo) hi = lo + 1;
  const double raw = (hi - lo) / std::max(target, 1);
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = power;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * power;
    if (step >= raw) break;
  }
  std::vector<double> ticks;
  const double first = std::floor(lo / step) * step;
  for (double t = first; t < hi + step * 0.999; t += step)
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0 : t);
  if (ticks.size() < 2) ticks.push_back(first + step);
  return ticks;
}

Chart HoursChart(const v1::AgencyReport& report) {
  Chart chart =
      Base(report, "Timer innleie og interne vakter per måned", "timer");
  ChartSeries agency{"Innleie", ChartSeries::Style::kBar, kAgencyColour, {}};
  ChartSeries internal{
      "Interne vakter", ChartSeries::Style::kBar, kInternalColour, {}};
  for (const v1::AgencyReportMonth& m : report.months()) {
    agency.values.push_back(m.figures().agency_minutes() / 60.0);
    internal.values.push_back(m.figures().internal_minutes() / 60.0);
  }
  chart.series = {agency, internal};
  Scale(chart);
  return chart;
}

Chart CostChart(const v1::AgencyReport& report) {
  Chart chart = Base(report, "Kostnad per måned (1000 NOK)", "1000 NOK");
  ChartSeries agency{"Innleie", ChartSeries::Style::kBar, kAgencyColour, {}};
  ChartSeries internal{
      "Interne vakter", ChartSeries::Style::kBar, kInternalColour, {}};
  ChartSeries saving{
      "Besparelse", ChartSeries::Style::kLine, kSavingColour, {}};
  for (const v1::AgencyReportMonth& m : report.months()) {
    agency.values.push_back(m.figures().agency_cost_ore() / 100000.0);
    internal.values.push_back(m.figures().internal_cost_ore() / 100000.0);
    saving.values.push_back(m.figures().saving_ore() / 100000.0);
  }
  chart.series = {agency, internal, saving};
  Scale(chart);
  return chart;
}

}  // namespace vaktbro::agency
