// The batch proposal: choose a period (and a unit), let the server's
// optimiser propose who takes which open shift, review the items (tick or
// untick each, warnings shown), then accept all or the ticked ones; what
// was booked and what was refused (and why) shows per item.
//
// Calls run on its own Background with a busy indicator and Cancel (the
// optimiser may run for its whole time limit). GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_PROPOSAL_PANEL_H_
#define VAKTBRO_CLIENT_GUI_PROPOSAL_PANEL_H_

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include <memory>
#include <string>
#include <vector>

#include "background.h"
#include "busy_bar.h"
#include "coordinator_client.h"
#include "exchange_client.h"
#include "proposal_review.h"
#include "table_model.h"

namespace vaktbro::gui {

class ProposalPanel : public wxPanel {
 public:
  ProposalPanel(wxWindow* parent,
                std::shared_ptr<const client::CoordinatorClient> client,
                bool norwegian);
  ~ProposalPanel() override;

  void SetScope(const client::Directory& directory,
                const std::string& organisation);
  // Asks for a proposal with the current choices (the "Propose" button).
  void Propose();
  bool loaded() const { return !review_.empty(); }

 private:
  wxSizer* MakeToolbar();
  void Accept(bool all);
  void UpdateButtons();
  void ShowProblem(const wxString& what, const absl::Status& status);

  std::shared_ptr<const client::CoordinatorClient> client_;
  client::ProposalReview review_;
  client::Directory directory_;
  std::string organisation_;
  std::vector<std::string> unit_names_;  // parallel to unit_ items 1..n
  bool busy_now_ = false;
  std::shared_ptr<client::Cancellation> cancel_;

  wxChoice* unit_ = nullptr;
  wxDatePickerCtrl* from_ = nullptr;
  wxDatePickerCtrl* to_ = nullptr;
  wxSpinCtrl* seconds_ = nullptr;
  wxButton* propose_ = nullptr;
  BusyBar* busy_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxDataViewCtrl* view_ = nullptr;
  TableModel* model_ = nullptr;
  wxButton* accept_checked_ = nullptr;
  wxButton* accept_all_ = nullptr;
  wxButton* check_none_ = nullptr;
  wxStaticText* result_ = nullptr;
  // Declared last: destroyed first.
  Background background_{this};
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_PROPOSAL_PANEL_H_
