#include "employee_calendar.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

#include "i18n.h"
#include "oslo_time.h"

namespace vaktbro::gui {
namespace {

using client::CalendarEntry;

wxColour Fill(CalendarEntry::Kind kind) {
  switch (kind) {
    case CalendarEntry::Kind::kBooked:
      return wxColour(0x2E, 0x6D, 0xB4);
    case CalendarEntry::Kind::kOffered:
      return wxColour(0xE0, 0x8A, 0x1E);
    case CalendarEntry::Kind::kPlanned:
      return wxColour(0x6A, 0x9E, 0x5B);
  }
  return *wxLIGHT_GREY;
}

int MondayBased(absl::CivilDay day) {
  return (static_cast<int>(absl::GetWeekday(day)) + 7 -
          static_cast<int>(absl::Weekday::monday)) %
         7;
}

wxString Clock(absl::Time t) {
  return ToWx(absl::FormatTime("%H:%M", t, client::OsloTimeZone()));
}

}  // namespace

EmployeeCalendar::EmployeeCalendar(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
               wxFULL_REPAINT_ON_RESIZE) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(560, 260)));
  Bind(wxEVT_PAINT, &EmployeeCalendar::OnPaint, this);
}

void EmployeeCalendar::Show(client::CalendarSpan span,
                            const client::CalendarPeriod& period,
                            std::vector<client::CalendarEntry> entries) {
  span_ = span;
  period_ = period;
  entries_ = std::move(entries);
  Refresh();
}

void EmployeeCalendar::OnPaint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
  dc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc) return;
  const wxRect area = GetClientRect().Deflate(FromDIP(4));
  if (span_ == client::CalendarSpan::kWeek) {
    DrawWeek(*gc, area);
  } else {
    DrawMonth(*gc, area);
  }
}

void EmployeeCalendar::DrawDayHeader(wxGraphicsContext& gc, absl::CivilDay day,
                                     const wxRect2DDouble& box) {
  const wxString label = wxString::Format(
      "%s %d.%d.", TranslateLabel(client::WeekdayLabel(MondayBased(day))),
      day.day(), day.month());
  const bool today =
      day == absl::ToCivilDay(absl::Now(), client::OsloTimeZone());
  wxFont font = GetFont();
  if (today) font.MakeBold();
  gc.SetFont(font, wxSystemSettings::GetColour(
                       day.month() == period_.month.month() || span_ ==
                                   client::CalendarSpan::kWeek
                           ? wxSYS_COLOUR_WINDOWTEXT
                           : wxSYS_COLOUR_GRAYTEXT));
  gc.DrawText(label, box.m_x + FromDIP(3), box.m_y + FromDIP(2));
}

void EmployeeCalendar::DrawWeek(wxGraphicsContext& gc, const wxRect& area) {
  const double ruler = FromDIP(38), header = FromDIP(22);
  const double column = (area.width - ruler) / 7.0;
  const double hour = (area.height - header) / 24.0;
  const wxColour line = wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT);
  gc.SetPen(wxPen(line));
  gc.SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  for (int h = 0; h <= 24; h += 3) {
    const double y = area.y + header + h * hour;
    gc.StrokeLine(area.x + ruler, y, area.GetRight(), y);
    if (h < 24) gc.DrawText(wxString::Format("%02d", h), area.x, y);
  }
  for (int d = 0; d < 7; ++d) {
    const double x = area.x + ruler + d * column;
    gc.SetPen(wxPen(line));
    gc.StrokeLine(x, area.y, x, area.GetBottom());
    DrawDayHeader(gc, period_.first + d, {x, double(area.y), column, header});
  }
  for (int d = 0; d < 7; ++d) {
    const absl::Time day_start =
        client::StartOfDay(period_.first + d, client::OsloTimeZone());
    const absl::Time day_end =
        client::StartOfDay(period_.first + d + 1, client::OsloTimeZone());
    for (const CalendarEntry& e : entries_) {
      if (e.end <= day_start || e.start >= day_end) continue;
      const double from = absl::ToDoubleHours(std::max(e.start, day_start) -
                                              day_start);
      const double to =
          absl::ToDoubleHours(std::min(e.end, day_end) - day_start);
      const double x = area.x + ruler + d * column + FromDIP(2);
      const double y = area.y + header + from * hour;
      const double h = std::max((to - from) * hour, double(FromDIP(14)));
      gc.SetPen(*wxTRANSPARENT_PEN);
      gc.SetBrush(wxBrush(Fill(e.kind)));
      gc.DrawRoundedRectangle(x, y, column - FromDIP(4), h, FromDIP(3));
      gc.Clip(x, y, column - FromDIP(6), h);
      gc.SetFont(GetFont(), *wxWHITE);
      gc.DrawText(Clock(e.start) + "–" + Clock(e.end), x + FromDIP(3), y + 1);
      const double line_height = GetCharHeight();
      if (h > 2 * line_height)
        gc.DrawText(ToWx(e.title), x + FromDIP(3), y + 1 + line_height);
      if (h > 3 * line_height)
        gc.DrawText(ToWx(e.employer), x + FromDIP(3), y + 1 + 2 * line_height);
      gc.ResetClip();
    }
  }
}

void EmployeeCalendar::DrawMonth(wxGraphicsContext& gc, const wxRect& area) {
  const int weeks = period_.days / 7;
  const double column = area.width / 7.0;
  const double row = double(area.height) / std::max(weeks, 1);
  const double line_height = GetCharHeight() + FromDIP(2);
  const wxColour line = wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT);
  for (int i = 0; i < period_.days; ++i) {
    const absl::CivilDay day = period_.first + i;
    const double x = area.x + (i % 7) * column;
    const double y = area.y + (i / 7) * row;
    gc.SetPen(wxPen(line));
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    gc.DrawRectangle(x, y, column, row);
    DrawDayHeader(gc, day, {x, y, column, line_height});
    const absl::Time day_start = client::StartOfDay(day, client::OsloTimeZone());
    const absl::Time day_end =
        client::StartOfDay(day + 1, client::OsloTimeZone());
    double text_y = y + line_height + FromDIP(2);
    gc.Clip(x + 1, y + 1, column - 2, row - 2);
    for (const CalendarEntry& e : entries_) {
      if (e.start < day_start || e.start >= day_end) continue;  // by start
      if (text_y + line_height > y + row) break;
      gc.SetPen(*wxTRANSPARENT_PEN);
      gc.SetBrush(wxBrush(Fill(e.kind)));
      gc.DrawRoundedRectangle(x + FromDIP(2), text_y, column - FromDIP(4),
                              line_height - 1, FromDIP(2));
      gc.SetFont(GetFont(), *wxWHITE);
      gc.DrawText(Clock(e.start) + " " + ToWx(e.employer), x + FromDIP(4),
                  text_y);
      text_y += line_height + 1;
    }
    gc.ResetClip();
  }
}

}  // namespace vaktbro::gui
