#include "main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include <cstdlib>
#include <string>
#include <utility>

#include "i18n.h"
#include "manager_client.h"
#include "manager_panel.h"
#include "post_shift_dialog.h"
#include "settings.h"
#include "settings_dialog.h"

namespace vaktbro::gui {
namespace {

using Shifts = absl::StatusOr<std::vector<v1::Shift>>;
using State = client::ShiftWatcher::State;

enum MenuId { kPostShift = wxID_HIGHEST + 1, kRefresh };
enum StatusField { kMessageField, kConnectionField };

// The agency-hire tab, found by name (the frame keeps no pointer to it).
constexpr char kManagerName[] = "vaktbro-agency-manager";
ManagerPanel* ManagerOf(wxWindow* frame) {
  return static_cast<ManagerPanel*>(wxWindow::FindWindowByName(kManagerName, frame));
}
// VAKTBRO_GUI_TAB=agency opens the agency-hire tab first (and --screenshot
// then waits for its report too).
bool StartOnAgencyTab() {
  const char* tab = std::getenv("VAKTBRO_GUI_TAB");
  return tab != nullptr && std::string(tab) == "agency";
}

}  // namespace

MainFrame::MainFrame(const wxString& server_address)
    : wxFrame(nullptr, wxID_ANY, _("Vaktbro - open shifts")) {
  MakeMenus();
  CreateStatusBar(2);
  const int widths[] = {-1, FromDIP(360)};
  GetStatusBar()->SetStatusWidths(2, widths);
  auto* tabs = new wxNotebook(this, wxID_ANY);
  board_ = new BoardPanel(
      tabs, [this](const client::ShiftFilter&) { ReloadBoard(); },
      [this] { OnPostShift(); });
  auto* manager = new ManagerPanel(tabs, [this](const v1::GetAgencyReportRequest& request, uint64_t load) {
    Call<absl::StatusOr<v1::AgencyReport>>(
        [request](const client::ExchangeClient& client) { return FetchAgencyReport(client.channel(), request); },
        [this, load](absl::StatusOr<v1::AgencyReport> report) {
          if (ManagerPanel* m = ManagerOf(this)) m->FinishLoad(load, std::move(report));
          CheckBoardReady();
        });
  });
  manager->SetName(kManagerName);
  tabs->AddPage(board_, _("Open shifts"));
  tabs->AddPage(manager, _("Agency hire"));
  if (StartOnAgencyTab()) tabs->SetSelection(1);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(tabs, wxSizerFlags(1).Expand());
  SetSizer(sizer);
  SetSize(FromDIP(wxSize(1300, 760)));
  SetMinSize(FromDIP(wxSize(800, 400)));
  Connect(server_address);
}

MainFrame::~MainFrame() {
  watcher_.reset();  // joins the watcher before the board goes
}

void MainFrame::MakeMenus() {
  auto* file = new wxMenu();
  file->Append(kPostShift, _("&Post a shift...\tCtrl+N"));
  file->Append(kRefresh, _("&Refresh\tF5"));
  file->AppendSeparator();
  file->Append(wxID_PREFERENCES, _("&Settings..."));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
  auto* help = new wxMenu();
  help->Append(wxID_ABOUT, _("&About Vaktbro"));
  auto* bar = new wxMenuBar();
  bar->Append(file, _("&File"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { OnPostShift(); }, kPostShift);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { ReloadBoard(); }, kRefresh);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { OnSettings(); }, wxID_PREFERENCES);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { OnAbout(); }, wxID_ABOUT);
}

void MainFrame::Connect(const wxString& address) {
  watcher_.reset();
  ++generation_;
  address_ = address;
  directory_loaded_ = false;
  client_ = std::make_shared<const client::ExchangeClient>(
      client::ExchangeClient::Connect(FromWx(address)));
  SetStatusText(wxString::Format(_("Connecting to %s..."), address),
                kConnectionField);

  // Every board change is watched; the board filters on its side, so a new
  // filter needs a new listing but not a new stream.
  const uint64_t generation = generation_;
  client::ShiftWatcher::Callbacks callbacks{
      .on_event =
          [this, generation](const v1::ShiftEvent& event) {
            CallAfter([this, generation, event] {
              if (generation == generation_) board_->Apply(event);
            });
          },
      .on_state =
          [this, generation](State state, const absl::Status& status) {
            CallAfter([this, generation, state, status] {
              if (generation == generation_) OnWatchState(state, status);
            });
          }};
  watcher_ =
      client::ShiftWatcher::Start(client_->channel(), {}, std::move(callbacks));
  LoadDirectory();
}

void MainFrame::LoadDirectory() {
  Call<absl::StatusOr<client::Directory>>(
      [](const client::ExchangeClient& client) {
        return client.LoadDirectory();
      },
      [this](absl::StatusOr<client::Directory> directory) {
        if (!directory.ok()) {
          ShowProblem(_("Could not load the organisations and units"),
                      directory.status());
          return;
        }
        directory_ = *std::move(directory);
        directory_loaded_ = true;
        board_->SetDirectory(directory_);
        if (ManagerPanel* manager = ManagerOf(this)) {
          manager->SetDirectory(directory_);
          manager->Reload();
        }
        CheckBoardReady();
      });
}

void MainFrame::ReloadBoard() {
  const uint64_t load = board_->BeginLoad();
  const client::ShiftFilter filter = board_->filter();
  SetStatusText(_("Loading open shifts..."), kMessageField);
  Call<Shifts>(
      [filter](const client::ExchangeClient& client) {
        return client.ListOpenShifts(filter);
      },
      [this, load](Shifts shifts) {
        if (!shifts.ok()) {
          ShowProblem(_("Could not load the open shifts"), shifts.status());
          return;
        }
        board_->FinishLoad(load, *shifts);
        SetStatusText(wxString(), kMessageField);
        CheckBoardReady();
      });
}

void MainFrame::OnWatchState(State state, const absl::Status& status) {
  switch (state) {
    case State::kConnecting:
      SetStatusText(wxString::Format(_("Connecting to %s..."), address_),
                    kConnectionField);
      return;
    case State::kWatching:
      SetStatusText(wxString::Format(_("Live from %s"), address_),
                    kConnectionField);
      // Changes made while we were away are not on the stream: list again.
      ReloadBoard();
      if (!directory_loaded_) LoadDirectory();
      return;
    case State::kRetrying:
      SetStatusText(
          wxString::Format(_("No contact with %s, retrying"), address_),
          kConnectionField);
      return;
  }
}

void MainFrame::OnPostShift() {
  if (!directory_loaded_) {
    wxMessageBox(_("The organisations and units are not loaded yet. Check the "
                   "connection and try again."),
                 _("Post a shift"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  PostShiftDialog dialog(
      this, directory_, board_->filter().organisation,
      [this](const v1::Shift& shift, const std::string& request_id,
             PostDone done) {
        Call<absl::StatusOr<v1::Shift>>(
            [shift, request_id](const client::ExchangeClient& client) {
              return client.PostShift(shift, request_id);
            },
            std::move(done));
      });
  if (dialog.ShowModal() == wxID_OK) {
    SetStatusText(
        wxString::Format(_("Posted \"%s\"."), ToWx(dialog.posted().title())),
        kMessageField);
  }
}

void MainFrame::OnSettings() {
  SettingsDialog dialog(this, address_);
  if (dialog.ShowModal() != wxID_OK) return;
  SaveServerAddress(dialog.address());
  if (dialog.address() != address_) Connect(dialog.address());
}

void MainFrame::OnAbout() {
  wxAboutDialogInfo info;
  info.SetName("Vaktbro");
  info.SetDescription(
      _("Shared staffing exchange for Norwegian health services: open shifts "
        "that colleagues in the region can take."));
  wxAboutBox(info, this);
}

void MainFrame::ShowProblem(const wxString& what, const absl::Status& status) {
  SetStatusText(
      wxString::Format("%s: %s", what, ToWx(std::string(status.message()))),
      kMessageField);
}

void MainFrame::CheckBoardReady() {
  if (!on_board_ready_ || !directory_loaded_ || !board_->loaded()) return;
  if (StartOnAgencyTab() && !(ManagerOf(this) != nullptr && ManagerOf(this)->loaded())) return;
  std::function<void()> ready = std::move(on_board_ready_);
  on_board_ready_ = nullptr;
  ready();
}

}  // namespace vaktbro::gui
