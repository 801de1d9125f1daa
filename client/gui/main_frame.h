// The main window, laid out by the account's role:
//
//   COORDINATOR    Open shifts (the board above, the selected shift's
//                  candidates and cascade below), Timeline, Proposal
//   ADMINISTRATOR  the same for every organisation, and Agency hire
//   MANAGER        Agency hire, and the open shifts to read
//   EMPLOYEE       the employee's own page (EmployeePanel)
//
// with menus, a status bar (who is logged in, the connection) and the
// layout (size, tab, splitter) kept per role between runs (wxConfig).
//
// Network work never runs on the GUI thread: listings and posts go through
// Background (one worker thread, results back with CallAfter), each panel
// that may wait long has its own, and the live updates come from a
// client::ShiftWatcher whose callbacks also hop to the GUI thread. A
// coordinator lists only with their organisation (or a partner's) as the
// filter, as the server requires.
#ifndef VAKTBRO_CLIENT_GUI_MAIN_FRAME_H_
#define VAKTBRO_CLIENT_GUI_MAIN_FRAME_H_

#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/splitter.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "background.h"
#include "board_panel.h"
#include "coordinator_client.h"
#include "exchange_client.h"
#include "login.h"
#include "post_shift_dialog.h"
#include "shift_watcher.h"

namespace vaktbro::gui {

class CandidatesPanel;
class Launcher;
class ManagerPanel;
class ProposalPanel;
class TimelinePanel;

class MainFrame : public wxFrame {
 public:
  // `launcher` (not owned) handles "Log out".
  MainFrame(client::Session session, Launcher* launcher);
  ~MainFrame() override;

  const client::Session& session() const { return session_; }

  // The views, for --view, --screenshot and the GUI test: "board",
  // "candidates", "timeline", "timeline-list", "proposal", "agency",
  // "employee". ShowView selects it (false when the role has no such
  // view); ViewReady tells whether it has loaded.
  bool ShowView(const wxString& view);
  bool ViewReady(const wxString& view) const;

  size_t board_rows() const { return board_ ? board_->row_count() : 0; }
  BoardPanel* board() const { return board_; }
  CandidatesPanel* candidates() const { return candidates_; }
  TimelinePanel* timeline() const { return timeline_; }
  ProposalPanel* proposal() const { return proposal_; }
  // Opens the post dialog as the menu does (modal; returns when closed).
  void PostShift(PostShiftOptions::Mode mode);

 private:
  bool IsCoordinator() const;
  void BuildLayout();
  void AddCoordinatorPages(bool can_act);
  void AddManagerPage();
  void AddEmployeePage();
  void MakeMenus();
  void RestoreLayout();
  void SaveLayoutNow();
  void LoadDirectory();
  void ReloadBoard();
  // (Re)opens the live stream for the board's organisation.
  void RestartWatcher();
  void OnWatchState(client::ShiftWatcher::State state,
                    const absl::Status& status);
  void OnShiftEvent(const v1::ShiftEvent& event);
  void OnEdit(const v1::Shift& shift);
  void OnCancelShift(const v1::Shift& shift);
  void OpenShift(const v1::Shift& shift);
  void Submit(const std::vector<v1::Shift>& shifts,
              const std::string& request_id, const v1::Shift* original,
              PostDone done);
  void OnSettings();
  void OnAbout();
  void ShowProblem(const wxString& what, const absl::Status& status);
  void ShowMessage(const wxString& message);
  std::string ScopeOrganisation() const;

  // Runs `done` with the result of `work` on the GUI thread.
  template <typename Result>
  void Call(std::function<Result(const client::ExchangeClient&)> work,
            std::function<void(Result)> done) {
    background_.Run<Result>(
        [client = exchange_, work = std::move(work)] { return work(*client); },
        std::move(done));
  }

  const client::Session session_;
  Launcher* const launcher_;
  const wxString role_;
  std::shared_ptr<const client::ExchangeClient> exchange_;
  std::shared_ptr<const client::CoordinatorClient> coordinator_;
  client::Directory directory_;
  bool directory_loaded_ = false;
  // The organisations a coordinator may list: their own, then partners.
  // Empty: every organisation (administrators).
  std::vector<std::string> scope_;
  std::string watched_;  // the organisation watcher_ follows
  bool watching_ = false;
  bool sash_placed_ = false;

  wxNotebook* tabs_ = nullptr;
  wxSplitterWindow* splitter_ = nullptr;
  BoardPanel* board_ = nullptr;
  CandidatesPanel* candidates_ = nullptr;
  TimelinePanel* timeline_ = nullptr;
  ProposalPanel* proposal_ = nullptr;
  ManagerPanel* manager_ = nullptr;
  wxWindow* employee_ = nullptr;
  // Declared last: destroyed first, so no callback outlives the members.
  Background background_{this};
  std::unique_ptr<client::ShiftWatcher> watcher_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_MAIN_FRAME_H_
