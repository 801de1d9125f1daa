// Small helpers shared by the dialogs.
#ifndef VAKTBRO_CLIENT_GUI_WIDGETS_H_
#define VAKTBRO_CLIENT_GUI_WIDGETS_H_

#include <wx/stattext.h>
#include <wx/window.h>

namespace vaktbro::gui {

// A red, initially hidden label that goes under a field to show what is
// wrong with it. The label wraps to the width of its parent's sizer slot.
wxStaticText* MakeErrorLabel(wxWindow* parent);

// Shows `message` in `label` (hides it when empty) and relayouts the
// top-level window so the label gets its room.
void ShowError(wxStaticText* label, const wxString& message);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_WIDGETS_H_
