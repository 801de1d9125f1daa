#include "busy_bar.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include <utility>

namespace vaktbro::gui {

BusyBar::BusyBar(wxWindow* parent) : wxPanel(parent) {
  spinner_ = new wxActivityIndicator(this);
  label_ = new wxStaticText(this, wxID_ANY, wxString());
  cancel_ = new wxButton(this, wxID_ANY, _("Cancel"));
  cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (on_cancel_) on_cancel_();
  });
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  sizer->Add(spinner_, centre);
  sizer->Add(label_, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(6)));
  sizer->Add(cancel_, wxSizerFlags(centre).Border(wxLEFT, FromDIP(6)));
  SetSizer(sizer);
  Hide();
}

void BusyBar::Start(const wxString& what, std::function<void()> on_cancel) {
  busy_ = true;
  on_cancel_ = std::move(on_cancel);
  label_->SetLabel(what);
  cancel_->Show(static_cast<bool>(on_cancel_));
  spinner_->Start();
  Show();
  GetParent()->Layout();
}

void BusyBar::Stop() {
  busy_ = false;
  on_cancel_ = nullptr;
  spinner_->Stop();
  Hide();
  GetParent()->Layout();
}

}  // namespace vaktbro::gui
