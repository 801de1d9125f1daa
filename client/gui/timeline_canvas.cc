#include "timeline_canvas.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <memory>

#include "i18n.h"

namespace vaktbro::gui {
namespace {

using Kind = client::TimelineBar::Kind;

wxColour Fill(Kind kind) {
  switch (kind) {
    case Kind::kOpen:
      return wxColour(0xE5, 0x73, 0x73);
    case Kind::kPartlyFilled:
      return wxColour(0xFF, 0xC1, 0x4D);
    case Kind::kFilled:
      return wxColour(0x81, 0xC7, 0x84);
    case Kind::kOther:
      return wxColour(0xBD, 0xBD, 0xBD);
  }
  return *wxLIGHT_GREY;
}

}  // namespace

TimelineCanvas::TimelineCanvas(wxWindow* parent,
                               const client::TimelineModel* model)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxFULL_REPAINT_ON_RESIZE),
      model_(model) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetScrollRate(0, FromDIP(10));
  Bind(wxEVT_PAINT, &TimelineCanvas::OnPaint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    Refresh();
    event.Skip();
  });
  Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& event) {
    const std::optional<size_t> bar = HitTest(event.GetPosition());
    selected_ = bar;
    Refresh();
    if (bar.has_value() && on_select) on_select(*bar);
    SetFocus();
  });
  Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent& event) {
    const std::optional<size_t> bar = HitTest(event.GetPosition());
    if (bar.has_value() && on_activate) on_activate(*bar);
  });
}

TimelineCanvas::Geometry TimelineCanvas::Measure() const {
  Geometry g;
  g.label_width = FromDIP(190);
  g.header_height = FromDIP(30);
  g.lane_height = FromDIP(26);
  g.row_gap = FromDIP(8);
  const int width = GetClientSize().x;
  g.day_width = std::max(1.0, (width - g.label_width - FromDIP(8)) / 7.0);
  return g;
}

int TimelineCanvas::RowTop(const Geometry& g, size_t row) const {
  int top = g.header_height;
  for (size_t i = 0; i < row; ++i) {
    top += model_->rows()[i].lanes * g.lane_height + g.row_gap;
  }
  return top;
}

void TimelineCanvas::Refresh(bool erase, const wxRect* rect) {
  const Geometry g = Measure();
  const int height = RowTop(g, model_->rows().size()) + g.row_gap;
  SetVirtualSize(-1, height);
  wxScrolledCanvas::Refresh(erase, rect);
}

void TimelineCanvas::OnPaint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  DoPrepareDC(dc);
  dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
  dc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc) return;
  const Geometry g = Measure();
  const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
  const wxColour grid = wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT);
  const int bottom = RowTop(g, model_->rows().size());
  const wxFont font = GetFont();
  gc->SetFont(font, text);
  gc->SetFont(font.Bold(), text);

  // The days: a header and a line at each midnight; the weekend shaded.
  for (int day = 0; day < 7; ++day) {
    const double x = g.label_width + day * g.day_width;
    if (day >= 5) {
      gc->SetPen(*wxTRANSPARENT_PEN);
      gc->SetBrush(wxBrush(wxColour(0xF3, 0xF3, 0xF6)));
      gc->DrawRectangle(x, 0, g.day_width, bottom);
    }
    gc->SetPen(wxPen(grid));
    gc->StrokeLine(x, 0, x, bottom);
    gc->DrawText(ToWx(model_->DayLabel(day)), x + FromDIP(6), FromDIP(7));
  }
  gc->SetFont(font, text);
  for (size_t row = 0; row < model_->rows().size(); ++row) {
    const int top = RowTop(g, row);
    const int height = model_->rows()[row].lanes * g.lane_height;
    gc->SetPen(wxPen(grid));
    gc->StrokeLine(0, top - g.row_gap / 2.0, g.label_width + 7 * g.day_width,
                   top - g.row_gap / 2.0);
    gc->Clip(0, top, g.label_width - FromDIP(6), height);
    gc->DrawText(ToWx(model_->rows()[row].label), FromDIP(6),
                 top + (g.lane_height - GetCharHeight()) / 2.0);
    gc->ResetClip();
  }
  // The bars.
  for (size_t i = 0; i < model_->bars().size(); ++i) {
    const client::TimelineBar& bar = model_->bars()[i];
    const v1::Shift& shift = model_->shift(bar.shift);
    const double x = g.label_width + bar.from * g.day_width + 1;
    const double w = std::max(3.0, (bar.to - bar.from) * g.day_width - 2);
    const double y = RowTop(g, bar.row) + bar.lane * g.lane_height + 2;
    const double h = g.lane_height - 4;
    const bool selected = selected_.has_value() && *selected_ == i;
    gc->SetBrush(wxBrush(Fill(bar.kind)));
    gc->SetPen(selected ? wxPen(text, FromDIP(2))
                        : wxPen(Fill(bar.kind).ChangeLightness(70)));
    gc->DrawRoundedRectangle(x, y, w, h, FromDIP(4));
    gc->Clip(x, y, w, h);
    gc->SetFont(font, *wxBLACK);
    gc->DrawText(wxString::Format("%d/%d %s", shift.filled_count(),
                                  shift.headcount(), ToWx(shift.title())),
                 x + FromDIP(4), y + (h - GetCharHeight()) / 2.0);
    gc->ResetClip();
  }
}

std::optional<size_t> TimelineCanvas::HitTest(wxPoint point) const {
  const wxPoint logical = CalcUnscrolledPosition(point);
  const Geometry g = Measure();
  if (logical.x < g.label_width) return std::nullopt;
  const double day = (logical.x - g.label_width) / g.day_width;
  for (size_t row = 0; row < model_->rows().size(); ++row) {
    const int top = RowTop(g, row);
    const int height = model_->rows()[row].lanes * g.lane_height;
    if (logical.y < top || logical.y >= top + height) continue;
    return model_->BarAt(row, (logical.y - top) / g.lane_height, day);
  }
  return std::nullopt;
}

}  // namespace vaktbro::gui
