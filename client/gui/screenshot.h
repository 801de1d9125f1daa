// Saves what a window shows on screen as a PNG file (for --screenshot and
// the GUI test). GUI thread only; the window must be shown and painted.
#ifndef VAKTBRO_CLIENT_GUI_SCREENSHOT_H_
#define VAKTBRO_CLIENT_GUI_SCREENSHOT_H_

#include <wx/string.h>
#include <wx/window.h>

#include "absl/status/status.h"

namespace vaktbro::gui {

// Copies the screen area of `window` (with its menu and status bars) into
// `path`. INTERNAL when the copy or the file write fails.
absl::Status SaveScreenshot(wxWindow* window, const wxString& path);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_SCREENSHOT_H_
