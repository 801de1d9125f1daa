// The employee's calendar drawn with wxGraphicsContext: a week as seven
// columns with the shifts as blocks on a 24-hour scale, or a month as a
// grid of days with one line per shift. Booked shifts, offers and the
// planned rota have their own colours. The same entries are in the list
// beside it (EmployeePanel) for keyboard and screen-reader users; this
// control only draws. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_EMPLOYEE_CALENDAR_H_
#define VAKTBRO_CLIENT_GUI_EMPLOYEE_CALENDAR_H_

#include <wx/graphics.h>
#include <wx/window.h>

#include <vector>

#include "employee_model.h"

namespace vaktbro::gui {

class EmployeeCalendar : public wxWindow {
 public:
  explicit EmployeeCalendar(wxWindow* parent);

  // Shows `entries` (those of `period`) on the page `span`.
  void Show(client::CalendarSpan span, const client::CalendarPeriod& period,
            std::vector<client::CalendarEntry> entries);

 private:
  void OnPaint(wxPaintEvent& event);
  void DrawWeek(wxGraphicsContext& gc, const wxRect& area);
  void DrawMonth(wxGraphicsContext& gc, const wxRect& area);
  void DrawDayHeader(wxGraphicsContext& gc, absl::CivilDay day,
                     const wxRect2DDouble& box);

  client::CalendarSpan span_ = client::CalendarSpan::kWeek;
  client::CalendarPeriod period_;
  std::vector<client::CalendarEntry> entries_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_EMPLOYEE_CALENDAR_H_
