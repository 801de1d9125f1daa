// The way into the client: a saved session, the --login options, or the
// login dialog; then the main window for the account's role; and back to
// the login dialog on "Log out".
//
//   Launcher launcher(options, {.on_frame = ..., .on_failed = ...});
//   launcher.Start();
//
// A successful login's token is saved per server (client::SessionStore) so
// the next start skips the dialog while the session lasts; "Log out"
// revokes and forgets it. GUI thread only; must outlive its windows (the
// App owns it).
#ifndef VAKTBRO_CLIENT_GUI_LAUNCHER_H_
#define VAKTBRO_CLIENT_GUI_LAUNCHER_H_

#include <wx/event.h>
#include <wx/string.h>

#include <functional>
#include <memory>
#include <string>

#include "background.h"
#include "login.h"

namespace vaktbro::gui {

class MainFrame;

struct LaunchOptions {
  client::ServerOptions server;
  // With a password (from --password-file): log in without the dialog; a
  // refusal is then fatal (on_failed), for tests and screenshots.
  wxString login;
  std::string password;
  bool use_saved_session = true;
};

class Launcher : public wxEvtHandler {
 public:
  struct Callbacks {
    // A main window was opened (every login, also after a log-out).
    std::function<void(MainFrame*)> on_frame;
    // An unattended login failed; `message` says why.
    std::function<void(const wxString& message)> on_failed;
  };

  Launcher(LaunchOptions options, Callbacks callbacks);
  ~Launcher() override;

  void Start();
  // Closes `frame`, revokes its session and shows the login dialog.
  void LogOut(MainFrame* frame);
  // Shows the login dialog (for a new login).
  void ShowLoginDialog(const wxString& login);

 private:
  void OpenFrame(client::Session session);

  LaunchOptions options_;
  Callbacks callbacks_;
  std::unique_ptr<Background> background_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_LAUNCHER_H_
