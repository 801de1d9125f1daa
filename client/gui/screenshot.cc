#include "screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>

namespace vaktbro::gui {

absl::Status SaveScreenshot(wxWindow* window, const wxString& path) {
  window->Update();  // paint what is pending first
  const wxRect rect = window->GetScreenRect();
  if (rect.IsEmpty()) return absl::InternalError("the window has no area");
  wxBitmap bitmap(rect.GetSize(), 24);
  {
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    if (!memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y)) {
      return absl::InternalError("could not copy the screen");
    }
  }
  if (wxImage::FindHandler(wxBITMAP_TYPE_PNG) == nullptr) {
    wxImage::AddHandler(new wxPNGHandler());
  }
  if (!bitmap.ConvertToImage().SaveFile(path, wxBITMAP_TYPE_PNG)) {
    return absl::InternalError("could not write " + path.utf8_string());
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::gui
