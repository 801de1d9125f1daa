// The report's monthly charts as data: categories, series and a "nice"
// value axis. The PDF writer (cairo) and the desktop client
// (wxGraphicsContext) draw the same model, and XLSX gets a native chart of
// the same series.
#ifndef VAKTBRO_SERVER_AGENCY_CHART_MODEL_H_
#define VAKTBRO_SERVER_AGENCY_CHART_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::agency {

struct ChartSeries {
  enum class Style { kBar, kLine };
  std::string name;  // legend text
  Style style = Style::kBar;
  uint32_t rgb = 0;            // 0xRRGGBB
  std::vector<double> values;  // one per category
};

struct Chart {
  std::string title;
  std::string unit;                 // "timer", "1000 NOK"
  std::vector<std::string> labels;  // one per category ("jan. 2026")
  std::vector<ChartSeries> series;
  double axis_min = 0;        // at most 0
  double axis_max = 1;        // above every value
  std::vector<double> ticks;  // from axis_min to axis_max
};

// Agency hours against internal hours, per month.
Chart HoursChart(const v1::AgencyReport& report);
// Agency cost and internal cost (bars) and the saving (line), in 1000 NOK.
Chart CostChart(const v1::AgencyReport& report);

// Tick values 0, step, 2 step ... covering [min(lo, 0), hi] with about
// `target` steps of 1, 2 or 5 times a power of ten.
std::vector<double> NiceTicks(double lo, double hi, int target);

// The colours both renderers use.
inline constexpr uint32_t kAgencyColour = 0xC0392B;    // red: agency
inline constexpr uint32_t kInternalColour = 0x2471A3;  // blue: internal
inline constexpr uint32_t kSavingColour = 0x1E8449;    // green: saving

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_CHART_MODEL_H_
