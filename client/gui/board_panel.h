// The open-shift board: filter controls, a search box (live, as you type)
// and sortable columns (click a header) over a wxDataViewCtrl that shows
// the core's BoardModel through BoardViewModel, and the coordinator's
// buttons: post, post a week, edit, cancel.
//
// The panel owns the BoardModel but talks to no server: the frame loads
// shifts and feeds events in (BeginLoad/FinishLoad, Apply), and is told
// through Actions when the user changes the filter (load again), selects a
// shift or asks for an action. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_BOARD_PANEL_H_
#define VAKTBRO_CLIENT_GUI_BOARD_PANEL_H_

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <functional>
#include <string>
#include <vector>

#include "board_model.h"
#include "board_view_model.h"
#include "exchange_client.h"

namespace vaktbro::gui {

class BoardPanel : public wxPanel {
 public:
  struct Actions {
    std::function<void(const client::ShiftFilter&)> on_filter_changed;
    // Empty actions have no button (a manager's board only reads).
    std::function<void()> on_post_shift;
    std::function<void()> on_post_week;
    std::function<void(const v1::Shift&)> on_edit;
    std::function<void(const v1::Shift&)> on_cancel;
    // The selected shift changed (null: none).
    std::function<void(const v1::Shift*)> on_selected;
  };

  BoardPanel(wxWindow* parent, Actions actions);
  ~BoardPanel() override;

  // Fills the organisation and unit filters and the names on the board.
  // `scope`: the organisations the user may list (empty: all, with an
  // "All organisations" item); the first is chosen at first.
  void SetDirectory(const client::Directory& directory,
                    const std::vector<std::string>& scope);

  // The shift selected on the board, if any.
  const v1::Shift* selected() const;
  // Selects the shift in `row` (for tests and screenshots).
  void SelectRow(size_t row);
  // The first row that has not started yet (row_count() when none).
  size_t first_upcoming_row() const;
  // Selects the shift named `name`; false when it is not on the board.
  bool SelectShift(const std::string& name);
  // Types `text` into the search box, as the user would.
  wxWindow* search_box() const;
  wxWindow* list() const;

  uint64_t BeginLoad() { return board_.BeginLoad(); }
  // Replaces the rows with a listing (see BoardModel::FinishLoad).
  void FinishLoad(uint64_t load, const std::vector<v1::Shift>& shifts);
  void Apply(const v1::ShiftEvent& event);

  const client::ShiftFilter& filter() const { return board_.filter(); }
  size_t row_count() const { return board_.row_count(); }
  bool loaded() const { return loaded_; }

 private:
  wxSizer* MakeFilterBar();
  void MakeColumns();
  void FillUnitFilter();
  client::ShiftFilter ReadFilter() const;
  void OnFilterChanged();
  void UpdateSummary();
  // Brings the first shift that has not started yet to the top of the view.
  void ScrollToUpcoming();
  void OnHeaderClick(wxDataViewEvent& event);
  void UpdateSortIndicator();
  void OnSelectionChanged();
  void UpdateButtons();
  wxSizer* MakeActionBar();

  const Actions actions_;
  client::BoardModel board_;
  BoardViewModel* view_model_;  // shared (ref-counted) with view_
  client::Directory directory_;
  bool loaded_ = false;

  std::vector<std::string> unit_names_;  // parallel to unit_ items 1..n
  // The organisations of organisation_'s items (a "" first for "all").
  std::vector<std::string> organisation_names_;
  std::string selected_name_;  // the selected shift, kept across resets
  wxChoice* organisation_ = nullptr;
  wxSearchCtrl* search_ = nullptr;
  wxButton* edit_ = nullptr;
  wxButton* cancel_ = nullptr;
  wxChoice* unit_ = nullptr;             // item 0: all units
  wxCheckBox* use_from_ = nullptr;
  wxDatePickerCtrl* from_ = nullptr;
  wxCheckBox* use_to_ = nullptr;
  wxDatePickerCtrl* to_ = nullptr;
  wxDataViewCtrl* view_ = nullptr;
  wxStaticText* summary_ = nullptr;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_BOARD_PANEL_H_
