#include "main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <utility>

#include "candidates_panel.h"
#include "i18n.h"
#include "launcher.h"
#include "manager_client.h"
#include "manager_panel.h"
#include "proposal_panel.h"
#include "settings.h"
#include "settings_dialog.h"
#include "shift_templates.h"
#include "timeline_panel.h"
#if __has_include("employee_panel.h")
#include "employee_panel.h"
#define VAKTBRO_HAVE_EMPLOYEE_PANEL 1
#endif

namespace vaktbro::gui {
namespace {

using Shifts = absl::StatusOr<std::vector<v1::Shift>>;
using State = client::ShiftWatcher::State;

enum MenuId {
  kPostShift = wxID_HIGHEST + 1,
  kPostWeek,
  kRefresh,
  kLogOut,
};
enum StatusField { kMessageField, kAccountField, kConnectionField };

const char* RoleLabel(v1::Role role) {
  switch (role) {
    case v1::COORDINATOR:
      return wxTRANSLATE("Coordinator");
    case v1::EMPLOYEE:
      return wxTRANSLATE("Employee");
    case v1::MANAGER:
      return wxTRANSLATE("Manager");
    case v1::ADMINISTRATOR:
      return wxTRANSLATE("Administrator");
    default:
      return wxTRANSLATE("No role");
  }
}

struct DirectoryAndScope {
  client::Directory directory;
  std::vector<std::string> partners;
};

}  // namespace

MainFrame::MainFrame(client::Session session, Launcher* launcher)
    : wxFrame(nullptr, wxID_ANY, _("Vaktbro")),
      session_(std::move(session)),
      launcher_(launcher),
      role_(ToWx(v1::Role_Name(session_.account.role()))),
      exchange_(std::make_shared<const client::ExchangeClient>(session_.channel)),
      coordinator_(
          std::make_shared<const client::CoordinatorClient>(session_.channel)) {
  MakeMenus();
  CreateStatusBar(3);
  const int widths[] = {-1, FromDIP(380), FromDIP(260)};
  GetStatusBar()->SetStatusWidths(3, widths);
  const v1::Account& account = session_.account;
  SetStatusText(wxString::Format(_("%s (%s)"),
                                 ToWx(account.display_name().empty()
                                          ? account.name()
                                          : account.display_name()),
                                 wxGetTranslation(RoleLabel(account.role()))),
                kAccountField);
  BuildLayout();
  RestoreLayout();
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
    SaveLayoutNow();
    event.Skip();
  });
  if (board_ != nullptr || manager_ != nullptr) LoadDirectory();
}

MainFrame::~MainFrame() {
  watcher_.reset();  // joins the watcher before the panels go
}

bool MainFrame::IsCoordinator() const {
  return session_.account.role() == v1::COORDINATOR;
}

void MainFrame::BuildLayout() {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  switch (session_.account.role()) {
    case v1::EMPLOYEE:
      AddEmployeePage();
      sizer->Add(employee_, wxSizerFlags(1).Expand());
      SetTitle(_("Vaktbro - my shifts"));
      break;
    case v1::MANAGER:
      tabs_ = new wxNotebook(this, wxID_ANY);
      AddManagerPage();
      AddCoordinatorPages(/*can_act=*/false);
      sizer->Add(tabs_, wxSizerFlags(1).Expand());
      SetTitle(_("Vaktbro - agency hire and open shifts"));
      break;
    default:  // coordinators and administrators
      tabs_ = new wxNotebook(this, wxID_ANY);
      AddCoordinatorPages(/*can_act=*/true);
      if (session_.account.role() == v1::ADMINISTRATOR) AddManagerPage();
      sizer->Add(tabs_, wxSizerFlags(1).Expand());
      SetTitle(_("Vaktbro - open shifts"));
      break;
  }
  SetSizer(sizer);
}

void MainFrame::AddCoordinatorPages(bool can_act) {
  splitter_ = new wxSplitterWindow(tabs_, wxID_ANY, wxDefaultPosition,
                                   wxDefaultSize,
                                   wxSP_LIVE_UPDATE | wxSP_3DSASH);
  splitter_->SetMinimumPaneSize(FromDIP(180));
  splitter_->SetSashGravity(0.5);
  BoardPanel::Actions actions{
      .on_filter_changed =
          [this](const client::ShiftFilter&) {
            // Before the first stream opens, its kWatching lists the board.
            if (!watcher_) return;
            if (board_->filter().organisation != watched_) {
              RestartWatcher();  // lists again once the new stream is open
              if (timeline_) timeline_->SetScope(directory_, ScopeOrganisation());
              if (proposal_) proposal_->SetScope(directory_, ScopeOrganisation());
            } else {
              ReloadBoard();
            }
          },
      .on_selected =
          [this](const v1::Shift* shift) {
            if (candidates_) candidates_->ShowShift(shift);
          }};
  if (can_act) {
    actions.on_post_shift = [this] { PostShift(PostShiftOptions::Mode::kPost); };
    actions.on_post_week = [this] { PostShift(PostShiftOptions::Mode::kWeek); };
    actions.on_edit = [this](const v1::Shift& shift) { OnEdit(shift); };
    actions.on_cancel = [this](const v1::Shift& shift) { OnCancelShift(shift); };
  }
  board_ = new BoardPanel(splitter_, std::move(actions));
  candidates_ = new CandidatesPanel(
      splitter_, coordinator_,
      {.norwegian = UsesNorwegian(), .can_act = can_act});
  splitter_->SplitHorizontally(board_, candidates_);
  tabs_->AddPage(splitter_, _("Open shifts"));
  if (!can_act) return;
  timeline_ = new TimelinePanel(tabs_, exchange_);
  timeline_->on_open_shift = [this](const v1::Shift& shift) { OpenShift(shift); };
  tabs_->AddPage(timeline_, _("Timeline"));
  proposal_ = new ProposalPanel(tabs_, coordinator_, UsesNorwegian());
  tabs_->AddPage(proposal_, _("Proposal"));
}

void MainFrame::AddManagerPage() {
  manager_ = new ManagerPanel(
      tabs_, [this](const v1::GetAgencyReportRequest& request, uint64_t load) {
        Call<absl::StatusOr<v1::AgencyReport>>(
            [request](const client::ExchangeClient& client) {
              return FetchAgencyReport(client.channel(), request);
            },
            [this, load](absl::StatusOr<v1::AgencyReport> report) {
              manager_->FinishLoad(load, std::move(report));
            });
      });
  tabs_->AddPage(manager_, _("Agency hire"));
}

void MainFrame::AddEmployeePage() {
#ifdef VAKTBRO_HAVE_EMPLOYEE_PANEL
  employee_ = new EmployeePanel(this, session_.channel, session_.account);
#else
  // Placeholder until client/gui/employee_panel.h exists.
  employee_ = new wxPanel(this);
  auto* text = new wxStaticText(
      employee_, wxID_ANY, _("The employee's page is not built into this version."));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(text, wxSizerFlags().Border(wxALL, FromDIP(20)));
  employee_->SetSizer(sizer);
#endif
  employee_->SetName("employee-page");
}

void MainFrame::MakeMenus() {
  const bool acts = session_.account.role() == v1::COORDINATOR ||
                    session_.account.role() == v1::ADMINISTRATOR;
  auto* file = new wxMenu();
  if (acts) {
    file->Append(kPostShift, _("&Post a shift...\tCtrl+N"));
    file->Append(kPostWeek, _("Post a &week of shifts...\tCtrl+Shift+N"));
  }
  file->Append(kRefresh, _("&Refresh\tF5"));
  file->AppendSeparator();
  file->Append(wxID_PREFERENCES, _("&Settings..."));
  file->Append(kLogOut, _("&Log out"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
  auto* help = new wxMenu();
  help->Append(wxID_ABOUT, _("&About Vaktbro"));
  auto* bar = new wxMenuBar();
  bar->Append(file, _("&File"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  Bind(wxEVT_MENU, [this](wxCommandEvent&) { PostShift(PostShiftOptions::Mode::kPost); }, kPostShift);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { PostShift(PostShiftOptions::Mode::kWeek); }, kPostWeek);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ReloadBoard(); }, kRefresh);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnSettings(); }, wxID_PREFERENCES);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    SaveLayoutNow();
    launcher_->LogOut(this);
  }, kLogOut);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnAbout(); }, wxID_ABOUT);
}

void MainFrame::RestoreLayout() {
  const WindowLayout layout = LoadLayout(role_);
  SetMinSize(FromDIP(wxSize(820, 480)));
  if (layout.rect.width >= 400 && layout.rect.height >= 300) {
    SetSize(layout.rect);
  } else {
    SetSize(FromDIP(wxSize(1300, 820)));
    Centre();
  }
  if (layout.maximized) Maximize();
  if (tabs_ != nullptr && layout.page >= 0 &&
      static_cast<size_t>(layout.page) < tabs_->GetPageCount()) {
    tabs_->SetSelection(layout.page);
  }
  if (splitter_ != nullptr) {
    // At the splitter's first real size: before that it ignores the sash.
    const int sash = layout.sash;
    splitter_->Bind(wxEVT_SIZE, [this, sash](wxSizeEvent& event) {
      event.Skip();
      const int height = event.GetSize().y;
      if (sash_placed_ || height < FromDIP(400)) return;
      sash_placed_ = true;
      CallAfter([this, sash, height] {
        splitter_->SetSashPosition(sash > 0 && sash < height ? sash : height / 2);
      });
    });
  }
  if (timeline_ != nullptr) timeline_->ShowList(layout.timeline_list);
}

void MainFrame::SaveLayoutNow() {
  WindowLayout layout;
  layout.maximized = IsMaximized();
  layout.rect = layout.maximized ? LoadLayout(role_).rect : GetRect();
  layout.page = tabs_ != nullptr ? tabs_->GetSelection() : 0;
  layout.sash = splitter_ != nullptr ? splitter_->GetSashPosition() : -1;
  layout.timeline_list =
      timeline_ != nullptr && timeline_->FindWindow("timeline-list") != nullptr &&
      timeline_->FindWindow("timeline-list")->IsShownOnScreen();
  SaveLayout(role_, layout);
}

std::string MainFrame::ScopeOrganisation() const {
  if (board_ != nullptr && !board_->filter().organisation.empty()) {
    return board_->filter().organisation;
  }
  if (!session_.account.organisation().empty()) {
    return session_.account.organisation();
  }
  return directory_.organisations.empty() ? ""
                                          : directory_.organisations[0].name();
}

void MainFrame::LoadDirectory() {
  SetStatusText(_("Loading the organisations and units..."), kMessageField);
  const std::string own = session_.account.organisation();
  const bool scoped = session_.account.role() == v1::COORDINATOR ||
                      session_.account.role() == v1::MANAGER;
  Call<absl::StatusOr<DirectoryAndScope>>(
      [own, scoped](const client::ExchangeClient& client)
          -> absl::StatusOr<DirectoryAndScope> {
        absl::StatusOr<client::Directory> directory = client.LoadDirectory();
        if (!directory.ok()) return directory.status();
        DirectoryAndScope result{.directory = *std::move(directory)};
        if (scoped && !own.empty()) {
          absl::StatusOr<std::vector<std::string>> partners =
              client.ListPartners(own);
          if (partners.ok()) result.partners = *std::move(partners);
        }
        return result;
      },
      [this, own, scoped](absl::StatusOr<DirectoryAndScope> loaded) {
        if (!loaded.ok()) {
          ShowProblem(_("Could not load the organisations and units"),
                      loaded.status());
          return;
        }
        directory_ = std::move(loaded->directory);
        directory_loaded_ = true;
        scope_.clear();
        if (scoped && !own.empty()) {
          scope_.push_back(own);
          for (const std::string& p : loaded->partners) scope_.push_back(p);
        }
        SetStatusText(wxString(), kMessageField);
        if (candidates_) candidates_->SetDirectory(directory_);
        if (board_) board_->SetDirectory(directory_, scope_);  // lists
        if (timeline_) timeline_->SetScope(directory_, ScopeOrganisation());
        if (proposal_) proposal_->SetScope(directory_, ScopeOrganisation());
        if (manager_) {
          manager_->SetDirectory(
              directory_, session_.account.role() == v1::MANAGER ? own : "");
          manager_->Reload();
        }
        if (board_) RestartWatcher();
      });
}

void MainFrame::RestartWatcher() {
  watcher_.reset();
  watching_ = false;
  watched_ = board_->filter().organisation;
  client::ShiftWatcher::Callbacks callbacks{
      .on_event =
          [this](const v1::ShiftEvent& event) {
            CallAfter([this, event] { OnShiftEvent(event); });
          },
      .on_state =
          [this](State state, const absl::Status& status) {
            CallAfter([this, state, status] { OnWatchState(state, status); });
          }};
  v1::WatchShiftsRequest request;
  request.set_organisation(watched_);
  watcher_ = client::ShiftWatcher::Start(session_.channel, request,
                                         std::move(callbacks));
}

void MainFrame::OnShiftEvent(const v1::ShiftEvent& event) {
  if (board_) board_->Apply(event);
  if (timeline_) timeline_->Apply(event.shift());
}

void MainFrame::ReloadBoard() {
  if (board_ == nullptr || !directory_loaded_) return;
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
      });
}

void MainFrame::OnWatchState(State state, const absl::Status& status) {
  const wxString address = ToWx(session_.server.address);
  switch (state) {
    case State::kConnecting:
      SetStatusText(wxString::Format(_("Connecting to %s..."), address),
                    kConnectionField);
      return;
    case State::kWatching:
      SetStatusText(wxString::Format(_("Live from %s"), address),
                    kConnectionField);
      // Changes made while we were away are not on the stream: list again.
      ReloadBoard();
      return;
    case State::kRetrying:
      SetStatusText(
          absl::IsUnauthenticated(status)
              ? _("The session has expired: log in again")
              : wxString::Format(_("No contact with %s, retrying"), address),
          kConnectionField);
      return;
  }
}

void MainFrame::PostShift(PostShiftOptions::Mode mode) {
  if (!directory_loaded_) {
    wxMessageBox(_("The organisations and units are not loaded yet. Check the "
                   "connection and try again."),
                 _("Post a shift"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  PostShiftOptions options{.mode = mode, .organisation = ScopeOrganisation()};
  if (IsCoordinator()) options.organisations = {session_.account.organisation()};
  PostShiftDialog dialog(
      this, directory_, options,
      [this](const std::vector<v1::Shift>& shifts,
             const std::string& request_id,
             PostDone done) { Submit(shifts, request_id, nullptr, done); });
  if (dialog.ShowModal() == wxID_OK) {
    const int count = static_cast<int>(dialog.posted().size());
    ShowMessage(count == 1 ? wxString::Format(_("Posted \"%s\"."),
                                              ToWx(dialog.posted()[0].title()))
                           : wxString::Format(wxPLURAL("Posted %d shift.",
                                                       "Posted %d shifts.",
                                                       count),
                                              count));
  }
}

void MainFrame::Submit(const std::vector<v1::Shift>& shifts,
                       const std::string& request_id,
                       const v1::Shift* original, PostDone done) {
  std::optional<v1::Shift> replaced;
  if (original != nullptr) replaced = *original;
  background_.Run<absl::StatusOr<std::vector<v1::Shift>>>(
      [client = exchange_, coordinator = coordinator_, shifts, request_id,
       replaced]() -> absl::StatusOr<std::vector<v1::Shift>> {
        std::vector<v1::Shift> posted;
        for (size_t i = 0; i < shifts.size(); ++i) {
          const std::string id =
              shifts.size() == 1 ? request_id
                                 : client::DayRequestId(request_id, i);
          absl::StatusOr<v1::Shift> one = client->PostShift(shifts[i], id);
          if (!one.ok()) return one.status();
          posted.push_back(*std::move(one));
        }
        if (replaced.has_value()) {
          absl::StatusOr<v1::Shift> cancelled = coordinator->CancelShift(
              *replaced, "replaced by " + posted.front().name(),
              request_id + "-c");
          if (!cancelled.ok()) return cancelled.status();
        }
        return posted;
      },
      std::move(done));
}

void MainFrame::OnEdit(const v1::Shift& shift) {
  if (shift.filled_count() > 0) {
    wxMessageBox(_("People are booked on this shift, so it cannot be "
                   "changed here. Cancel it and post a new one, or talk to "
                   "those booked first."),
                 _("Edit a shift"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  PostShiftOptions options{.mode = PostShiftOptions::Mode::kEdit,
                           .organisation = shift.organisation(),
                           .original = shift};
  if (IsCoordinator()) options.organisations = {session_.account.organisation()};
  PostShiftDialog dialog(
      this, directory_, options,
      [this, shift](const std::vector<v1::Shift>& shifts,
                    const std::string& request_id,
                    PostDone done) { Submit(shifts, request_id, &shift, done); });
  if (dialog.ShowModal() == wxID_OK) {
    ShowMessage(wxString::Format(_("Saved \"%s\"."),
                                 ToWx(dialog.posted()[0].title())));
  }
}

void MainFrame::OnCancelShift(const v1::Shift& shift) {
  wxTextEntryDialog ask(
      this,
      wxString::Format(_("Cancel \"%s\"? Offers are withdrawn and anyone "
                         "booked is told. Reason (kept with the shift):"),
                       ToWx(shift.title())),
      _("Cancel a shift"));
  if (ask.ShowModal() != wxID_OK) return;
  const std::string reason = FromWx(ask.GetValue());
  background_.Run<absl::StatusOr<v1::Shift>>(
      [coordinator = coordinator_, shift, reason,
       id = client::NewRequestId()] {
        return coordinator->CancelShift(shift, reason, id);
      },
      [this](absl::StatusOr<v1::Shift> cancelled) {
        if (!cancelled.ok()) {
          ShowProblem(_("Could not cancel the shift"), cancelled.status());
          return;
        }
        ShowMessage(wxString::Format(_("Cancelled \"%s\"."),
                                     ToWx(cancelled->title())));
      });
}

void MainFrame::OpenShift(const v1::Shift& shift) {
  if (board_ == nullptr || tabs_ == nullptr) return;
  tabs_->SetSelection(0);
  if (!board_->SelectShift(shift.name())) {
    ShowMessage(_("That shift is not open, so it is not on the board."));
  }
}

void MainFrame::OnSettings() {
  SettingsDialog dialog(this, ToWx(session_.server.address));
  if (dialog.ShowModal() != wxID_OK) return;
  SaveServerAddress(dialog.address());
  if (FromWx(dialog.address()) != session_.server.address) {
    wxMessageBox(_("The new server is used from the next login."),
                 _("Settings"), wxOK | wxICON_INFORMATION, this);
  }
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

void MainFrame::ShowMessage(const wxString& message) {
  SetStatusText(message, kMessageField);
}

bool MainFrame::ShowView(const wxString& view) {
  auto select = [this](wxWindow* page) {
    if (tabs_ == nullptr || page == nullptr) return false;
    for (size_t i = 0; i < tabs_->GetPageCount(); ++i) {
      if (tabs_->GetPage(i) == page) tabs_->SetSelection(i);
    }
    return true;
  };
  if (view == "board" || view == "candidates") return select(splitter_);
  if (view == "timeline" || view == "timeline-list") {
    if (timeline_) timeline_->ShowList(view == "timeline-list");
    return select(timeline_);
  }
  if (view == "proposal") return select(proposal_);
  if (view == "agency") return select(manager_);
  if (view == "employee") {
#ifdef VAKTBRO_HAVE_EMPLOYEE_PANEL
    const auto* page = static_cast<const EmployeePanel*>(employee_);
    return page != nullptr && page->loaded() && !page->busy();
#else
    return employee_ != nullptr;
#endif
  }
  return false;
}

bool MainFrame::ViewReady(const wxString& view) const {
  if (view == "board") return directory_loaded_ && board_ && board_->loaded();
  if (view == "candidates") return candidates_ && candidates_->loaded();
  if (view == "timeline" || view == "timeline-list") {
    return timeline_ && timeline_->loaded();
  }
  if (view == "proposal") return proposal_ && proposal_->loaded();
  if (view == "agency") return manager_ && manager_->loaded();
  if (view == "employee") {
#ifdef VAKTBRO_HAVE_EMPLOYEE_PANEL
    const auto* page = static_cast<const EmployeePanel*>(employee_);
    return page != nullptr && page->loaded() && !page->busy();
#else
    return employee_ != nullptr;
#endif
  }
  return false;
}

}  // namespace vaktbro::gui
