// A busy indicator with a Cancel button, for anything slow: a spinning
// wxActivityIndicator, what is going on, and Cancel (which runs the
// `on_cancel` given to Start: it cancels the RPC, see client::Cancellation).
// Hidden while idle. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_BUSY_BAR_H_
#define VAKTBRO_CLIENT_GUI_BUSY_BAR_H_

#include <wx/activityindicator.h>
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>

namespace vaktbro::gui {

class BusyBar : public wxPanel {
 public:
  explicit BusyBar(wxWindow* parent);

  // Shows `what` with the indicator running; Cancel calls `on_cancel`
  // (no Cancel button when it is empty).
  void Start(const wxString& what, std::function<void()> on_cancel);
  void Stop();
  bool busy() const { return busy_; }

 private:
  wxActivityIndicator* spinner_;
  wxStaticText* label_;
  wxButton* cancel_;
  std::function<void()> on_cancel_;
  bool busy_ = false;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_BUSY_BAR_H_
