// The vaktbro desktop client.
//
//   vaktbro [--server HOST:PORT] [--lang nb|en] [--screenshot FILE]
//
// --server overrides the saved server address for this run. --screenshot
// waits until the board shows the server's open shifts, saves the window
// as a PNG, prints "board-rows: N" and exits (1 if that fails or takes
// more than a minute).
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>

#include <cstdio>

#include "i18n.h"
#include "main_frame.h"
#include "screenshot.h"
#include "settings.h"

namespace vaktbro::gui {
namespace {

constexpr int kScreenshotDelayMs = 800;  // for the last repaints
constexpr int kScreenshotGiveUpMs = 60 * 1000;

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
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;

 private:
  void StartScreenshotMode();
  void TakeScreenshot();
  void Finish(int exit_code);

  wxString server_;
  wxString screenshot_;
  MainFrame* frame_ = nullptr;
  int exit_code_ = 0;
  wxTimer delay_;
  wxTimer give_up_;
};

bool App::OnInit() {
  SetAppName("vaktbro");
  SetAppDisplayName("Vaktbro");
  wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
  SetUpTranslations(LanguageFromArgs(argc, argv));
  if (!wxApp::OnInit()) return false;  // parses the command line

  frame_ = new MainFrame(server_.empty() ? LoadServerAddress() : server_);
  frame_->Centre();
  frame_->Show();
  SetTopWindow(frame_);
  if (!screenshot_.empty()) StartScreenshotMode();
  return true;
}

int App::OnRun() {
  const int loop_result = wxApp::OnRun();
  return exit_code_ != 0 ? exit_code_ : loop_result;
}

void App::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddLongOption("server", _("exchange server as HOST:PORT"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("lang", _("language of the window: nb or en"),
                       wxCMD_LINE_VAL_STRING);
  parser.AddLongOption("screenshot",
                       _("save the board as a PNG file once loaded, then exit"),
                       wxCMD_LINE_VAL_STRING);
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser) {
  if (!wxApp::OnCmdLineParsed(parser)) return false;
  wxString lang;
  if (parser.Found("lang", &lang) && lang != "nb" && lang != "en") {
    PrintError(wxString::Format(_("--lang must be nb or en, not %s"), lang));
    return false;
  }
  if (parser.Found("server", &server_) && !IsServerAddress(server_)) {
    PrintError(
        wxString::Format(_("--server must be HOST:PORT, not %s"), server_));
    return false;
  }
  parser.Found("screenshot", &screenshot_);
  return true;
}

void App::StartScreenshotMode() {
  frame_->set_on_board_ready([this] { delay_.StartOnce(kScreenshotDelayMs); });
  delay_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { TakeScreenshot(); });
  give_up_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
    PrintError(wxString::Format("the board did not load within %d s",
                                kScreenshotGiveUpMs / 1000));
    Finish(1);
  });
  give_up_.StartOnce(kScreenshotGiveUpMs);
}

void App::TakeScreenshot() {
  const absl::Status saved = SaveScreenshot(frame_, screenshot_);
  if (!saved.ok()) {
    PrintError(ToWx(saved.ToString()));
    Finish(1);
    return;
  }
  std::printf("board-rows: %zu\n", frame_->board_rows());
  std::fflush(stdout);
  Finish(0);
}

void App::Finish(int exit_code) {
  exit_code_ = exit_code;
  delay_.Stop();
  give_up_.Stop();
  frame_->Destroy();  // the main loop ends with the last window
}

}  // namespace vaktbro::gui

wxIMPLEMENT_APP(vaktbro::gui::App);
