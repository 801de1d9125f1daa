#include "manager_chart.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "i18n.h"

namespace vaktbro::gui {
namespace {

wxColour Colour(uint32_t rgb) {
  return wxColour((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
}

wxString AxisLabel(double v) {
  wxString s = std::abs(v - std::round(v)) < 1e-9 ? wxString::Format("%.0f", v)
                                                  : wxString::Format("%.1f", v);
  s.Replace(".", ",");
  return s;
}

double TextWidth(wxGraphicsContext& gc, const wxString& text) {
  double w = 0, h = 0;
  gc.GetTextExtent(text, &w, &h);
  return w;
}

void DrawLegend(wxGraphicsContext& gc, const agency::Chart& chart, double x,
                double y, const wxFont& font) {
  gc.SetFont(font, wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
  for (const agency::ChartSeries& s : chart.series) {
    if (s.style == agency::ChartSeries::Style::kBar) {
      gc.SetPen(*wxTRANSPARENT_PEN);
      gc.SetBrush(wxBrush(Colour(s.rgb)));
      gc.DrawRectangle(x, y + 2, 10, 10);
    } else {
      gc.SetPen(wxPen(Colour(s.rgb), 3));
      gc.StrokeLine(x, y + 7, x + 10, y + 7);
    }
    const wxString name = ToWx(s.name);
    gc.DrawText(name, x + 14, y);
    x += 14 + TextWidth(gc, name) + 16;
  }
}

}  // namespace

void DrawChart(wxGraphicsContext& gc, const agency::Chart& chart,
               const wxRect2DDouble& box) {
  const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
  const wxFont normal = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
  const wxFont small = normal.Smaller();
  gc.SetFont(normal.Bold(), text);
  gc.DrawText(ToWx(chart.title), box.m_x, box.m_y);
  const double left = box.m_x + 50, right = box.m_x + box.m_width - 8;
  const double top = box.m_y + 30, bottom = box.m_y + box.m_height - 46;
  if (bottom <= top + 10 || right <= left + 10) return;
  const auto to_y = [&](double v) {
    return bottom - (v - chart.axis_min) / (chart.axis_max - chart.axis_min) *
                        (bottom - top);
  };
  gc.SetFont(small, text);
  for (double t : chart.ticks) {
    gc.SetPen(
        wxPen(t == 0 ? wxColour(90, 90, 90) : wxColour(215, 215, 215), 1));
    gc.StrokeLine(left, to_y(t), right, to_y(t));
    const wxString label = AxisLabel(t);
    gc.DrawText(label, left - 6 - TextWidth(gc, label), to_y(t) - 7);
  }
  const size_t n = chart.labels.size();
  if (n == 0) return;
  const double slot = (right - left) / static_cast<double>(n);
  size_t bars = 0;
  for (const auto& s : chart.series)
    bars += s.style == agency::ChartSeries::Style::kBar ? 1 : 0;
  const double bar_w = bars == 0 ? 0 : slot * 0.8 / static_cast<double>(bars);
  size_t b = 0;
  for (const agency::ChartSeries& s : chart.series) {
    if (s.style != agency::ChartSeries::Style::kBar) continue;
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush(Colour(s.rgb)));
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      const double x = left + slot * static_cast<double>(i) + slot * 0.1 +
                       bar_w * static_cast<double>(b);
      const double y0 = to_y(0), y1 = to_y(s.values[i]);
      gc.DrawRectangle(x, std::min(y0, y1), bar_w * 0.92, std::abs(y0 - y1));
    }
    ++b;
  }
  for (const agency::ChartSeries& s : chart.series) {
    if (s.style != agency::ChartSeries::Style::kLine) continue;
    wxGraphicsPath path = gc.CreatePath();
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      const double x = left + slot * (static_cast<double>(i) + 0.5);
      if (i == 0)
        path.MoveToPoint(x, to_y(s.values[i]));
      else
        path.AddLineToPoint(x, to_y(s.values[i]));
    }
    gc.SetPen(wxPen(Colour(s.rgb), 3));
    gc.StrokePath(path);
  }
  gc.SetFont(small, text);
  const size_t every = slot < 60 ? 2 : 1;
  for (size_t i = 0; i < n; i += every) {
    const wxString label = ToWx(chart.labels[i]);
    gc.DrawText(
        label,
        left + slot * (static_cast<double>(i) + 0.5) - TextWidth(gc, label) / 2,
        bottom + 4);
  }
  DrawLegend(gc, chart, left, box.m_y + box.m_height - 20, small);
}

ManagerChart::ManagerChart(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(420, 360)));
  SetName(_("Chart of agency hire and internal fills per month"));
  Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    Refresh();
    event.Skip();
  });
}

void ManagerChart::SetReport(const v1::AgencyReport& report) {
  hours_ = agency::HoursChart(report);
  cost_ = agency::CostChart(report);
  Refresh();
}

void ManagerChart::OnPaint() {
  wxAutoBufferedPaintDC dc(this);
  dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
  dc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc || !hours_ || !cost_) return;
  const wxSize size = GetClientSize();
  const double pad = FromDIP(8), half = size.y / 2.0;
  DrawChart(*gc, *hours_,
            wxRect2DDouble(pad, pad, size.x - 2 * pad, half - 2 * pad));
  DrawChart(*gc, *cost_,
            wxRect2DDouble(pad, half + pad, size.x - 2 * pad, half - 2 * pad));
}

}  // namespace vaktbro::gui
