// The manager view's monthly charts, drawn with wxGraphicsContext: agency
// hours against internal hours, and agency cost against internal cost with
// the saving (agency/chart_model.h; the PDF export draws the same model).
// The table beside it (ManagerTableModel) holds the same numbers for those
// who cannot see the chart. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_MANAGER_CHART_H_
#define VAKTBRO_CLIENT_GUI_MANAGER_CHART_H_

#include <wx/graphics.h>
#include <wx/window.h>

#include <optional>

#include "agency/chart_model.h"

namespace vaktbro::gui {

// Draws `chart` into `box` of `gc`.
void DrawChart(wxGraphicsContext& gc, const agency::Chart& chart,
               const wxRect2DDouble& box);

class ManagerChart : public wxWindow {
 public:
  explicit ManagerChart(wxWindow* parent);

  // Shows the charts of `report`; none (an empty frame) when unset.
  void SetReport(const v1::AgencyReport& report);

 private:
  void OnPaint();

  std::optional<agency::Chart> hours_;
  std::optional<agency::Chart> cost_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_MANAGER_CHART_H_
