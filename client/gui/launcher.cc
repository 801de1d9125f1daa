#include "launcher.h"

#include <wx/app.h>
#include <wx/intl.h>

#include <utility>

#include "i18n.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "session_store.h"
#include "settings.h"

namespace vaktbro::gui {

Launcher::Launcher(LaunchOptions options, Callbacks callbacks)
    : options_(std::move(options)),
      callbacks_(std::move(callbacks)),
      background_(std::make_unique<Background>(this)) {}

Launcher::~Launcher() { background_.reset(); }

void Launcher::Start() {
  if (!options_.login.empty() && !options_.password.empty()) {
    background_->Run<absl::StatusOr<client::Session>>(
        [server = options_.server, login = FromWx(options_.login),
         password = options_.password] {
          return client::LogIn(server, login, password);
        },
        [this](absl::StatusOr<client::Session> session) {
          if (!session.ok()) {
            callbacks_.on_failed(ToWx(session.status().ToString()));
            return;
          }
          OpenFrame(*std::move(session));
        });
    return;
  }
  if (!options_.use_saved_session) {
    ShowLoginDialog(options_.login);
    return;
  }
  // A saved session first; the dialog when there is none or it expired.
  background_->Run<absl::StatusOr<client::Session>>(
      [server = options_.server] () -> absl::StatusOr<client::Session> {
        absl::StatusOr<std::string> token =
            client::SessionStore().Load(server.address);
        if (!token.ok()) return token.status();
        return client::Resume(server, *token);
      },
      [this](absl::StatusOr<client::Session> session) {
        if (session.ok()) {
          OpenFrame(*std::move(session));
        } else {
          ShowLoginDialog(options_.login);
        }
      });
}

void Launcher::ShowLoginDialog(const wxString& login) {
  auto* dialog = new LoginDialog(
      options_.server, login,
      {.on_session =
           [this](client::Session session) {
             options_.server = session.server;
             SaveServerAddress(ToWx(session.server.address));
             // Best effort: without a saved token the next start asks again.
             (void)client::SessionStore().Save(session.server.address,
                                               session.token);
             OpenFrame(std::move(session));
           },
       .on_closed = [] {}});
  dialog->Show();
  dialog->Raise();
}

void Launcher::OpenFrame(client::Session session) {
  auto* frame = new MainFrame(std::move(session), this);
  frame->Show();
  wxTheApp->SetTopWindow(frame);
  if (callbacks_.on_frame) callbacks_.on_frame(frame);
}

void Launcher::LogOut(MainFrame* frame) {
  const client::Session session = frame->session();
  (void)client::SessionStore().Forget(session.server.address);
  // Show the dialog before the frame goes, so the app keeps a window.
  ShowLoginDialog(ToWx(session.account.name()).AfterFirst('/'));
  frame->Destroy();
  background_->Run<absl::Status>(
      [session] { return client::LogOut(session); }, [](absl::Status) {});
}

}  // namespace vaktbro::gui
