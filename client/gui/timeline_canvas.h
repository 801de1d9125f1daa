// Draws the core's TimelineModel with wxGraphicsContext: unit names down
// the left, the seven days across, each shift a rounded bar coloured by
// state (open red, partly filled amber, filled green) with its staffing.
// Scrolls vertically when the units do not fit. A click selects a bar
// (on_select), a double click activates it (on_activate).
//
// Borrows the model, which must outlive the canvas. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_TIMELINE_CANVAS_H_
#define VAKTBRO_CLIENT_GUI_TIMELINE_CANVAS_H_

#include <wx/scrolwin.h>

#include <functional>
#include <optional>

#include "timeline_model.h"

namespace vaktbro::gui {

class TimelineCanvas : public wxScrolledCanvas {
 public:
  TimelineCanvas(wxWindow* parent, const client::TimelineModel* model);

  // The model changed: recompute the height and repaint.
  void Refresh(bool erase = true, const wxRect* rect = nullptr) override;

  std::function<void(size_t bar)> on_select;
  std::function<void(size_t bar)> on_activate;
  void set_selected(std::optional<size_t> bar) { selected_ = bar; Refresh(); }

 private:
  struct Geometry {
    int label_width, header_height, lane_height, row_gap;
    double day_width;
  };
  Geometry Measure() const;
  int RowTop(const Geometry& g, size_t row) const;
  void OnPaint(wxPaintEvent& event);
  std::optional<size_t> HitTest(wxPoint point) const;

  const client::TimelineModel* const model_;
  std::optional<size_t> selected_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_TIMELINE_CANVAS_H_
