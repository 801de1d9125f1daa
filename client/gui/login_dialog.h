// The login window: server address, login name and password. "Log in"
// runs client::LogIn off the GUI thread with a busy indicator and Cancel;
// a refusal appears in plain words under the field it is about (a wrong
// password under the password, an unreachable server under the address).
//
// Modeless: the Launcher shows it and is told through `on_session` when a
// login succeeded (the dialog then closes itself); closing it otherwise
// calls `on_closed`. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_LOGIN_DIALOG_H_
#define VAKTBRO_CLIENT_GUI_LOGIN_DIALOG_H_

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <memory>

#include "background.h"
#include "busy_bar.h"
#include "login.h"

namespace vaktbro::gui {

class LoginDialog : public wxDialog {
 public:
  struct Callbacks {
    std::function<void(client::Session)> on_session;
    std::function<void()> on_closed;  // closed without logging in
  };

  // `server` fills the address; its ca_file and plaintext are kept.
  LoginDialog(const client::ServerOptions& server, const wxString& login,
              Callbacks callbacks);
  ~LoginDialog() override;

  // Shows `message` under the field the error concerns.
  void ShowLoginError(const absl::Status& status);

 private:
  wxSizer* MakeForm();
  void OnLogIn();
  void OnResult(absl::StatusOr<client::Session> session);
  void ClearErrors();
  void SetBusy(bool busy);

  client::ServerOptions server_;
  Callbacks callbacks_;
  bool done_ = false;
  std::shared_ptr<client::Cancellation> cancel_;

  wxTextCtrl* address_ = nullptr;
  wxTextCtrl* login_ = nullptr;
  wxTextCtrl* password_ = nullptr;
  wxStaticText* address_error_ = nullptr;
  wxStaticText* login_error_ = nullptr;
  wxStaticText* password_error_ = nullptr;
  wxStaticText* general_error_ = nullptr;
  BusyBar* busy_ = nullptr;
  // Declared last: destroyed first.
  Background background_{this};
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_LOGIN_DIALOG_H_
