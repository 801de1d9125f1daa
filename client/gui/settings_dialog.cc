#include "settings_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "settings.h"
#include "widgets.h"

namespace vaktbro::gui {

SettingsDialog::SettingsDialog(wxWindow* parent, const wxString& address)
    : wxDialog(parent, wxID_ANY, _("Settings")) {
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* form = new wxBoxSizer(wxVERTICAL);
  form->Add(new wxStaticText(this, wxID_ANY, _("&Server address:")));
  address_ = new wxTextCtrl(this, wxID_ANY, address);
  address_->SetMinSize(FromDIP(wxSize(320, -1)));
  form->Add(address_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
  form->Add(new wxStaticText(this, wxID_ANY,
                             _("The exchange server as host:port, for example "
                               "vaktbro.example.no:50551.")),
            wxSizerFlags().Border(wxTOP, FromDIP(4)));
  address_error_ = MakeErrorLabel(this);
  form->Add(address_error_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(2)));
  top->Add(form, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
  top->Add(
      CreateButtonSizer(wxOK | wxCANCEL),
      wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
  SetSizerAndFit(top);
  // Our own word: wx's catalog (wx3.2-i18n) may not be installed.
  FindWindow(wxID_CANCEL)->SetLabel(_("Cancel"));
  CentreOnParent();
  Bind(wxEVT_BUTTON, &SettingsDialog::OnOk, this, wxID_OK);
}

wxString SettingsDialog::address() const {
  return address_->GetValue().Strip(wxString::both);
}

void SettingsDialog::OnOk(wxCommandEvent& event) {
  if (!IsServerAddress(address())) {
    ShowError(address_error_,
              _("Enter the address as host:port, with a port from 1 to "
                "65535."));
    address_->SetFocus();
    return;
  }
  event.Skip();  // wxDialog closes with wxID_OK
}

}  // namespace vaktbro::gui
