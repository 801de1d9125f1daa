// Drawing helpers on a cairo context for the PDF writer: text, tables and
// the report's charts (chart_model.h). Internal to vaktbro_agency_export.
#ifndef VAKTBRO_SERVER_AGENCY_CAIRO_DRAW_H_
#define VAKTBRO_SERVER_AGENCY_CAIRO_DRAW_H_

#include <cairo.h>

#include <string>
#include <vector>

#include "chart_model.h"

namespace vaktbro::agency {

enum class Align { kLeft, kRight, kCentre };

struct Font {
  double size = 9;
  bool bold = false;
};

// Draws `text` (UTF-8) with its baseline at y; x is its left, right or
// centre as `align` says. Returns its width.
double DrawText(cairo_t* cr, double x, double y, const std::string& text,
                Font font, Align align = Align::kLeft);
double TextWidth(cairo_t* cr, const std::string& text, Font font);

void SetColour(cairo_t* cr, uint32_t rgb, double alpha = 1.0);

// The chart in the box (x, y, w, h): title, value axis with ticks and grid,
// month labels, bars side by side per month, lines over them, the legend.
void DrawChart(cairo_t* cr, const Chart& chart, double x, double y, double w,
               double h);

}  // namespace vaktbro::agency

#endif  // VAKTBRO_SERVER_AGENCY_CAIRO_DRAW_H_
