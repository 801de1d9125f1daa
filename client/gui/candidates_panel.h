// The candidates of the shift selected on the board: the ranked list with
// each score's parts, the why-not list with the rule findings, the details
// of the selected person, Offer and Assign in one click, and the cascade's
// progress (started, stopped and followed here).
//
// Loads through its own Background (FindCandidates may take a while: a
// busy indicator with Cancel shows meanwhile) with a CoordinatorClient.
// While a cascade runs it is read again every 15 seconds. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_CANDIDATES_PANEL_H_
#define VAKTBRO_CLIENT_GUI_CANDIDATES_PANEL_H_

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/listbox.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <memory>
#include <optional>
#include <string>

#include "background.h"
#include "busy_bar.h"
#include "candidate_list.h"
#include "coordinator_client.h"
#include "exchange_client.h"
#include "table_model.h"

namespace vaktbro::gui {

class CandidatesPanel : public wxPanel {
 public:
  struct Options {
    bool norwegian = false;  // the findings' language
    bool can_act = true;     // offer, assign, cascade (coordinators)
  };

  CandidatesPanel(wxWindow* parent,
                  std::shared_ptr<const client::CoordinatorClient> client,
                  Options options);
  ~CandidatesPanel() override;

  void SetDirectory(const client::Directory& directory);
  // Shows `shift`'s candidates (loading them when it is another shift than
  // the one shown); null clears the panel.
  void ShowShift(const v1::Shift* shift);

  // True once the candidates of the shown shift are on screen.
  bool loaded() const { return loaded_; }
  const client::CandidateList& list() const { return list_; }
  // Selects `person` in the ranked list; false when not there.
  bool SelectPerson(const std::string& person);
  wxWindow* candidates_view() const { return eligible_view_; }
  // The candidate selected in the list on show, if any.
  const v1::Candidate* SelectedCandidate() const;

 private:
  wxSizer* MakeActions();
  wxSizer* MakeCascadeBox();
  void Reload();
  void OnLoaded(uint64_t load,
                absl::StatusOr<v1::FindCandidatesResponse> response);
  void OnCandidateSelected();
  void Act(bool assign);
  void StartOrStopCascade(bool start);
  void LoadCascade();
  void ShowCascade(const absl::StatusOr<v1::Cascade>& cascade);
  void ShowMessage(const wxString& message, bool problem);
  void UpdateHeader();
  void UpdateButtons();

  std::shared_ptr<const client::CoordinatorClient> client_;
  const Options options_;
  client::CandidateList list_;
  client::Directory directory_;
  std::optional<v1::Shift> shift_;
  uint64_t load_ = 0;
  bool loaded_ = false;
  bool acting_ = false;
  bool cascade_running_ = false;
  std::shared_ptr<client::Cancellation> cancel_;

  wxStaticText* header_ = nullptr;
  BusyBar* busy_ = nullptr;
  wxNotebook* tabs_ = nullptr;
  wxDataViewCtrl* eligible_view_ = nullptr;
  TableModel* eligible_model_ = nullptr;
  wxDataViewCtrl* ineligible_view_ = nullptr;
  TableModel* ineligible_model_ = nullptr;
  wxTextCtrl* details_ = nullptr;
  wxButton* offer_ = nullptr;
  wxButton* assign_ = nullptr;
  wxStaticText* message_ = nullptr;
  wxStaticText* cascade_state_ = nullptr;
  wxStaticText* cascade_stages_ = nullptr;
  wxListBox* cascade_log_ = nullptr;
  wxButton* cascade_start_ = nullptr;
  wxButton* cascade_stop_ = nullptr;
  wxTimer cascade_timer_;
  // Declared last: destroyed first.
  Background background_{this};
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_CANDIDATES_PANEL_H_
