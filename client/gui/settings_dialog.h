// The settings dialog: the exchange server's address.
//
//   SettingsDialog dialog(frame, current_address);
//   if (dialog.ShowModal() == wxID_OK) Use(dialog.address());
//
// OK is refused (with a message under the field) until the address reads
// as host:port. Saving is the caller's business.
#ifndef VAKTBRO_CLIENT_GUI_SETTINGS_DIALOG_H_
#define VAKTBRO_CLIENT_GUI_SETTINGS_DIALOG_H_

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace vaktbro::gui {

class SettingsDialog : public wxDialog {
 public:
  SettingsDialog(wxWindow* parent, const wxString& address);

  // The address as entered, trimmed.
  wxString address() const;

 private:
  void OnOk(wxCommandEvent& event);

  wxTextCtrl* address_;
  wxStaticText* address_error_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_SETTINGS_DIALOG_H_
