// The vaktbro desktop client.
//
//   vaktbro [--server HOST:PORT] [--ca FILE | --plaintext] [--lang nb|en]
//           [--login NAME --password-file FILE] [--view VIEW]
//           [--screenshot FILE]
//
// --server overrides the saved server address for this run; --ca names the
// CA that signed the server's certificate (TLS; default: the system's
// roots or ~/.config/vaktbro/ca.pem); --plaintext talks without TLS to a
// loopback server (tests). --login with --password-file logs in without
// the dialog (tests, screenshots). --view opens a view first: board,
// candidates, timeline, timeline-list, proposal, agency, employee.
// --screenshot waits until that view has loaded, saves the window as a PNG,
// prints "board-rows: N", "ready-ms: N" (from the main window's opening
// until the view had loaded) and "max-stall-ms: N" (the longest the GUI
// thread went without handling a 20 ms timer meanwhile), and exits (1 if
// that fails or takes a minute).
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/ffile.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "board_panel.h"
#include "candidates_panel.h"
#include "i18n.h"
#include "launcher.h"
#include "main_frame.h"
#include "proposal_panel.h"
#include "screenshot.h"
#include "session_store.h"
#include "settings.h"

namespace vaktbro::gui {
namespace {

constexpr int kScreenshotDelayMs = 900;  // for the last repaints
constexpr int kScreenshotGiveUpMs = 60 * 1000;
constexpr int kPollMs = 200;

// --lang must be known before the options' help texts are translated,
// so it is read from argv ahead of wxCmdLineParser.
wxString LanguageFromArgs(int argc, const wxCmdLineArgsArray& argv) {
  for (int i = 1; i < argc; ++i) {
    const wxString arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) return argv[i + 1];
    if (arg.StartsWith("--lang=")) return arg.Mid(7);
  }
  return wxString();
}

void PrintError(const wxString& message) {
  std::fprintf(stderr, "vaktbro: %s\n", FromWx(message).c_str());
}

}  // namespace

class App : public wxApp {
 public:
  bool OnInit() override;
  int OnRun() override;
  int OnExit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;

 private:
  void OnFrame(MainFrame* frame);
  void Poll();
  void TakeScreenshot();
  void Finish(int exit_code);

  LaunchOptions launch_;
  wxString view_;
  wxString screenshot_;
  std::unique_ptr<Launcher> launcher_;
  MainFrame* frame_ = nullptr;
  wxWindow* target_ = nullptr;  // what --screenshot saves
  int exit_code_ = 0;
  bool prepared_ = false;
  wxTimer poll_;
  wxTimer heartbeat_;  // measures how long the GUI thread is kept busy
  wxLongLong frame_opened_ = 0;
  wxLongLong last_beat_ = 0;
  long max_stall_ms_ = 0;
  long ready_ms_ = -1;
  wxTimer delay_;
  wxTimer give_up_;
};

bool App::OnInit() {
  SetAppName("vaktbro");
  SetAppDisplayName("Vaktbro");
  wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
  // wxFileConfig writes ~/.config/vaktbro/vaktbro.conf but does not make
  // the directory.
  wxFileName::Mkdir(wxStandardPaths::Get().GetUserConfigDir() +
                        wxFILE_SEP_PATH + "vaktbro",
                    wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
  SetUpTranslations(LanguageFromArgs(argc, argv));
  if (!wxApp::OnInit()) return false;  // parses the command line

  launcher_ = std::make_unique<Launcher>(
      launch_, Launcher::Callbacks{
                   .on_frame = [this](MainFrame* frame) { OnFrame(frame); },
                   .on_failed =
                       [this](const wxString& message) {
                         PrintError(wxString::Format(_("could not log in: %s"),
                                                     message));
                         exit_code_ = 1;
                         ExitMainLoop();
                       }});
  launcher_->Start();
  if (!screenshot_.empty()) {
    // Unattended: wx's own messages go to stderr, not to a dialog.
    delete wxLog::SetActiveTarget(new wxLogStderr());
    poll_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Poll(); });
    delay_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { TakeScreenshot(); });
    give_up_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
      PrintError(wxString::Format("the view did not load within %d s",
                                  kScreenshotGiveUpMs / 1000));
      Finish(1);
    });
    give_up_.StartOnce(kScreenshotGiveUpMs);
    if (view_ == "login") poll_.Start(kPollMs);
  }
  return true;
}

int App::OnRun() {
  const int loop_result = wxApp::OnRun();
  return exit_code_ != 0 ? exit_code_ : loop_result;
}

int App::OnExit() {
  launcher_.reset();
  return wxApp::OnExit();
}

void App::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddLongOption("server", _("exchange server as HOST:PORT"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("ca", _("PEM file of the CA that signed the server's "
                               "certificate"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongSwitch("plaintext",
                       _("no TLS (only to a server on this machine, for tests)"));
  parser.AddLongOption("lang", _("language of the window: nb or en"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("login", _("log in as NAME"), wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("password-file",
                       _("read the password from FILE (with --login, no "
                         "dialog)"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("view", _("the view to open first"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("screenshot",
                       _("save the window as a PNG file once the view has "
                         "loaded, then exit"),
                       wxCMD_LINE_VAL_STRING);
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser) {
  if (!wxApp::OnCmdLineParsed(parser)) return false;
  wxString lang;
  if (parser.Found("lang", &lang) && lang != "nb" && lang != "en") {
    PrintError(wxString::Format(_("--lang must be nb or en, not %s"), lang));
    return false;
  }
  wxString server;
  if (parser.Found("server", &server) && !IsServerAddress(server)) {
    PrintError(wxString::Format(_("--server must be HOST:PORT, not %s"), server));
    return false;
  }
  launch_.server.address = FromWx(server.empty() ? LoadServerAddress() : server);
  wxString ca;
  launch_.server.ca_file =
      parser.Found("ca", &ca) ? FromWx(ca) : client::DefaultCaFile();
  launch_.server.plaintext = parser.Found("plaintext");
  parser.Found("login", &launch_.login);
  if (launch_.login.empty()) launch_.login = LoadLastLogin();
  wxString password_file;
  if (parser.Found("password-file", &password_file)) {
    wxString password;
    wxFFile file(password_file, "r");
    if (!file.IsOpened() || !file.ReadAll(&password)) {
      PrintError(wxString::Format(_("cannot read %s"), password_file));
      return false;
    }
    launch_.password = FromWx(password.Strip(wxString::trailing));
    launch_.use_saved_session = false;
  }
  parser.Found("view", &view_);
  if (view_ == "login") {  // the login window itself
    launch_.password.clear();
    launch_.use_saved_session = false;
  }
  parser.Found("screenshot", &screenshot_);
  if (!screenshot_.empty()) launch_.use_saved_session = false;
  return true;
}

void App::OnFrame(MainFrame* frame) {
  frame_ = frame;
  SaveLastLogin(ToWx(frame->session().account.name()).AfterFirst('/'));
  if (!view_.empty() && !frame->ShowView(view_)) {
    PrintError(wxString::Format(_("this account has no view %s"), view_));
  }
  if (!screenshot_.empty()) {
    poll_.Start(kPollMs);
    frame_opened_ = last_beat_ = wxGetLocalTimeMillis();
    heartbeat_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
      const wxLongLong now = wxGetLocalTimeMillis();
      max_stall_ms_ = std::max(max_stall_ms_, (now - last_beat_).ToLong());
      last_beat_ = now;
    });
    heartbeat_.Start(20);
  }
}

void App::Poll() {
  if (view_ == "login") {
    wxWindow* field = wxWindow::FindWindowByName("login-name");
    if (field == nullptr || !field->IsShownOnScreen()) return;
    target_ = wxGetTopLevelParent(field);
    poll_.Stop();
    delay_.StartOnce(kScreenshotDelayMs);
    return;
  }
  if (frame_ == nullptr) return;
  const wxString view = view_.empty() ? wxString("board") : view_;
  // The candidates and proposal views need something to show first.
  if (!prepared_ && view == "candidates" && frame_->ViewReady("board") &&
      frame_->board_rows() > 0) {
    const size_t row = frame_->board()->first_upcoming_row();
    frame_->board()->SelectRow(row < frame_->board_rows() ? row : 0);
    prepared_ = true;
  }
  if (!prepared_ && view == "proposal" && frame_->proposal() != nullptr &&
      frame_->ViewReady("board")) {
    frame_->proposal()->Propose();
    prepared_ = true;
  }
  if (!frame_->ViewReady(view)) return;
  poll_.Stop();
  heartbeat_.Stop();
  ready_ms_ = (wxGetLocalTimeMillis() - frame_opened_).ToLong();
  target_ = frame_;
  delay_.StartOnce(kScreenshotDelayMs);
}

void App::TakeScreenshot() {
  const absl::Status saved = SaveScreenshot(target_, screenshot_);
  if (!saved.ok()) {
    PrintError(ToWx(saved.ToString()));
    Finish(1);
    return;
  }
  std::printf("board-rows: %zu\nready-ms: %ld\nmax-stall-ms: %ld\n",
              frame_ != nullptr ? frame_->board_rows() : 0, ready_ms_,
              max_stall_ms_);
  std::fflush(stdout);
  Finish(0);
}

void App::Finish(int exit_code) {
  exit_code_ = exit_code;
  poll_.Stop();
  delay_.Stop();
  give_up_.Stop();
  // The main window and the login window; the loop ends with the last.
  if (frame_ != nullptr) frame_->Destroy();
  if (target_ != nullptr && target_ != frame_) target_->Destroy();
  ExitMainLoop();
}

}  // namespace vaktbro::gui

wxIMPLEMENT_APP(vaktbro::gui::App);
