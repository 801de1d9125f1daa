#include "widgets.h"

#include <wx/settings.h>
#include <wx/toplevel.h>

namespace vaktbro::gui {

wxStaticText* MakeErrorLabel(wxWindow* parent) {
  auto* label = new wxStaticText(parent, wxID_ANY, wxString());
  label->SetForegroundColour(wxColour(0xC0, 0x10, 0x10));
  label->Hide();
  return label;
}

void ShowError(wxStaticText* label, const wxString& message) {
  label->SetLabelText(message);  // no mnemonics: server text may hold '&'
  label->Show(!message.empty());
  wxWindow* top = wxGetTopLevelParent(label);
  if (message.empty()) {
    top->Layout();
    return;
  }
  // Wrap long server messages instead of widening the dialog.
  const int width = label->GetParent()->FromDIP(320);
  label->Wrap(width);
  top->Layout();
  top->Fit();
}

}  // namespace vaktbro::gui
