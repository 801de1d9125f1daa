#include "cairo_draw.h"

#include <cmath>
#include <cstdio>

namespace vaktbro::agency {
namespace {

void UseFont(cairo_t* cr, Font font) {
  cairo_select_font_face(
      cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
      font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, font.size);
}

// "12 000", "1,5": axis labels with a decimal comma.
std::string AxisLabel(double v) {
  char text[32];
  if (std::abs(v - std::round(v)) < 1e-9) {
    std::snprintf(text, sizeof text, "%.0f", v);
  } else {
    std::snprintf(text, sizeof text, "%.1f", v);
  }
  std::string s = text;
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

void DrawLegend(cairo_t* cr, const Chart& chart, double x, double y) {
  const Font font{7.5, false};
  for (const ChartSeries& s : chart.series) {
    SetColour(cr, s.rgb);
    if (s.style == ChartSeries::Style::kBar) {
      cairo_rectangle(cr, x, y - 7, 9, 7);
      cairo_fill(cr);
    } else {
      cairo_set_line_width(cr, 2);
      cairo_move_to(cr, x, y - 3.5);
      cairo_line_to(cr, x + 9, y - 3.5);
      cairo_stroke(cr);
    }
    SetColour(cr, 0x222222);
    x += 13 + DrawText(cr, x + 12, y, s.name, font) + 10;
  }
}

}  // namespace

double TextWidth(cairo_t* cr, const std::string& text, Font font) {
  UseFont(cr, font);
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

double DrawText(cairo_t* cr, double x, double y, const std::string& text,
                Font font, Align align) {
  const double width = TextWidth(cr, text, font);
  if (align == Align::kRight) x -= width;
  if (align == Align::kCentre) x -= width / 2;
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, text.c_str());
  return width;
}

void SetColour(cairo_t* cr, uint32_t rgb, double alpha) {
  cairo_set_source_rgba(cr, ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0,
                        alpha);
}

void DrawChart(cairo_t* cr, const Chart& chart, double x, double y, double w,
               double h) {
  cairo_save(cr);
  SetColour(cr, 0x222222);
  DrawText(cr, x, y + 11, chart.title, Font{10, true});
  const double left = x + 42, right = x + w - 6, top = y + 24,
               bottom = y + h - 40;
  const auto to_y = [&](double v) {
    return bottom - (v - chart.axis_min) / (chart.axis_max - chart.axis_min) *
                        (bottom - top);
  };
  // Grid and value axis.
  cairo_set_line_width(cr, 0.4);
  for (double t : chart.ticks) {
    SetColour(cr, t == 0 ? 0x555555 : 0xCCCCCC);
    cairo_move_to(cr, left, to_y(t));
    cairo_line_to(cr, right, to_y(t));
    cairo_stroke(cr);
    SetColour(cr, 0x444444);
    DrawText(cr, left - 4, to_y(t) + 3, AxisLabel(t), Font{7, false},
             Align::kRight);
  }
  SetColour(cr, 0x444444);
  DrawText(cr, x, top - 6, chart.unit, Font{7, false});
  const size_t n = chart.labels.size();
  if (n == 0) {
    cairo_restore(cr);
    return;
  }
  const double slot = (right - left) / static_cast<double>(n);
  size_t bars = 0;
  for (const ChartSeries& s : chart.series)
    bars += s.style == ChartSeries::Style::kBar ? 1 : 0;
  const double bar_w = bars == 0 ? 0 : slot * 0.8 / static_cast<double>(bars);
  // Bars, side by side within each month's slot.
  size_t b = 0;
  for (const ChartSeries& s : chart.series) {
    if (s.style != ChartSeries::Style::kBar) continue;
    SetColour(cr, s.rgb);
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      const double bx = left + slot * static_cast<double>(i) + slot * 0.1 +
                        bar_w * static_cast<double>(b);
      const double y0 = to_y(0), y1 = to_y(s.values[i]);
      cairo_rectangle(cr, bx, std::min(y0, y1), bar_w * 0.92,
                      std::abs(y0 - y1));
      cairo_fill(cr);
    }
    ++b;
  }
  // Lines through the slots' centres.
  for (const ChartSeries& s : chart.series) {
    if (s.style != ChartSeries::Style::kLine) continue;
    SetColour(cr, s.rgb);
    cairo_set_line_width(cr, 1.8);
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      const double cx = left + slot * (static_cast<double>(i) + 0.5);
      if (i == 0)
        cairo_move_to(cr, cx, to_y(s.values[i]));
      else
        cairo_line_to(cr, cx, to_y(s.values[i]));
    }
    cairo_stroke(cr);
  }
  // Month labels, every other one when they are crowded.
  const size_t every = slot < 28 ? 2 : 1;
  SetColour(cr, 0x444444);
  for (size_t i = 0; i < n; i += every) {
    DrawText(cr, left + slot * (static_cast<double>(i) + 0.5), bottom + 11,
             chart.labels[i], Font{6.5, false}, Align::kCentre);
  }
  DrawLegend(cr, chart, left, y + h - 8);
  cairo_restore(cr);
}

}  // namespace vaktbro::agency
