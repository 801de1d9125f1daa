#include "login_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include <utility>

#include "i18n.h"
#include "settings.h"
#include "widgets.h"

namespace vaktbro::gui {

LoginDialog::LoginDialog(const client::ServerOptions& server,
                         const wxString& login, Callbacks callbacks)
    : wxDialog(nullptr, wxID_ANY, _("Log in to Vaktbro")),
      server_(server),
      callbacks_(std::move(callbacks)) {
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(
      this, wxID_ANY,
      _("Log in with the name and password you got from your coordinator "
        "or administrator."));
  intro->Wrap(FromDIP(380));
  top->Add(intro, wxSizerFlags().Border(wxALL, FromDIP(12)));
  top->Add(MakeForm(),
           wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
  general_error_ = MakeErrorLabel(this);
  top->Add(general_error_, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  busy_ = new BusyBar(this);
  top->Add(busy_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
  top->Add(CreateButtonSizer(wxOK | wxCANCEL),
           wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  FindWindow(wxID_OK)->SetLabel(_("&Log in"));
  // Our own word: wx's catalog (wx3.2-i18n) may not be installed.
  FindWindow(wxID_CANCEL)->SetLabel(_("&Cancel"));
  SetSizerAndFit(top);
  CentreOnScreen();

  address_->SetValue(ToWx(server_.address));
  login_->SetValue(login);
  (login.empty() ? login_ : password_)->SetFocus();
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnLogIn(); }, wxID_OK);
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CANCEL);
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
    if (cancel_) cancel_->Cancel();
    Destroy();
    if (!done_ && callbacks_.on_closed) callbacks_.on_closed();
  });
}

LoginDialog::~LoginDialog() {
  if (cancel_) cancel_->Cancel();
}

wxSizer* LoginDialog::MakeForm() {
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 4)));
  grid->AddGrowableCol(1);
  auto add = [&](const wxString& label, wxTextCtrl* field,
                 wxStaticText** error) {
    grid->Add(new wxStaticText(this, wxID_ANY, label),
              wxSizerFlags().Border(wxTOP, FromDIP(5)));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(field, wxSizerFlags().Expand());
    *error = MakeErrorLabel(this);
    column->Add(*error, wxSizerFlags().Expand());
    grid->Add(column, wxSizerFlags().Expand());
  };
  address_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                            FromDIP(wxSize(260, -1)));
  address_->SetName("login-server");
  login_ = new wxTextCtrl(this, wxID_ANY);
  login_->SetName("login-name");
  password_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                             wxDefaultSize, wxTE_PASSWORD | wxTE_PROCESS_ENTER);
  password_->SetName("login-password");
  password_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { OnLogIn(); });
  add(_("&Server:"), address_, &address_error_);
  add(_("Login &name:"), login_, &login_error_);
  add(_("&Password:"), password_, &password_error_);
  return grid;
}

void LoginDialog::SetBusy(bool busy) {
  FindWindow(wxID_OK)->Enable(!busy);
  address_->Enable(!busy);
  login_->Enable(!busy);
  password_->Enable(!busy);
  if (busy) {
    busy_->Start(_("Logging in..."), [this] {
      if (cancel_) cancel_->Cancel();
    });
  } else {
    busy_->Stop();
  }
  Fit();
}

void LoginDialog::OnLogIn() {
  if (busy_->busy()) return;
  ClearErrors();
  const wxString address = address_->GetValue().Strip(wxString::both);
  if (!IsServerAddress(address)) {
    ShowError(address_error_, _("Write the server as HOST:PORT, for example "
                                "vakt.example.no:50551."));
    address_->SetFocus();
    return;
  }
  if (login_->GetValue().Strip(wxString::both).empty()) {
    ShowError(login_error_, _("Write your login name."));
    login_->SetFocus();
    return;
  }
  server_.address = FromWx(address);
  cancel_ = std::make_shared<client::Cancellation>();
  SetBusy(true);
  background_.Run<absl::StatusOr<client::Session>>(
      [server = server_, login = FromWx(login_->GetValue().Strip(wxString::both)),
       password = FromWx(password_->GetValue()), cancel = cancel_] {
        return client::LogIn(server, login, password, cancel.get());
      },
      [this](absl::StatusOr<client::Session> session) {
        OnResult(std::move(session));
      });
}

void LoginDialog::OnResult(absl::StatusOr<client::Session> session) {
  SetBusy(false);
  if (!session.ok()) {
    ShowLoginError(session.status());
    return;
  }
  done_ = true;
  client::Session value = *std::move(session);
  if (callbacks_.on_session) callbacks_.on_session(std::move(value));
  Destroy();
}

void LoginDialog::ShowLoginError(const absl::Status& status) {
  ClearErrors();
  const client::LoginError error = client::DescribeLoginError(status);
  const wxString message = *error.message != '\0'
                               ? TranslateLabel(error.message)
                               : ToWx(error.detail);
  using Field = client::LoginError::Field;
  switch (error.field) {
    case Field::kServer:
      ShowError(address_error_, message);
      address_->SetFocus();
      break;
    case Field::kLogin:
      ShowError(login_error_, message);
      login_->SetFocus();
      break;
    case Field::kPassword:
      ShowError(password_error_, message);
      password_->SelectAll();
      password_->SetFocus();
      break;
    case Field::kGeneral:
      ShowError(general_error_,
                wxString::Format(_("Could not log in: %s"), message));
      break;
  }
}

void LoginDialog::ClearErrors() {
  for (wxStaticText* label :
       {address_error_, login_error_, password_error_, general_error_}) {
    label->Hide();
  }
  Layout();
  Fit();
}

}  // namespace vaktbro::gui
