// The open-shift board: filter controls over a wxDataViewCtrl that shows
// the core's BoardModel through BoardViewModel.
//
// The panel owns the BoardModel but talks to no server: the frame loads
// shifts and feeds events in (BeginLoad/FinishLoad, Apply), and is told
// through `on_filter_changed` when the user changes the filter, so that it
// can load again. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_BOARD_PANEL_H_
#define VAKTBRO_CLIENT_GUI_BOARD_PANEL_H_

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/panel.h>
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
  // `on_post_shift` runs when the user presses the panel's "Post a shift"
  // button.
  BoardPanel(wxWindow* parent,
             std::function<void(const client::ShiftFilter&)> on_filter_changed,
             std::function<void()> on_post_shift);
  ~BoardPanel() override;

  // Fills the organisation and unit filters and the names on the board.
  void SetDirectory(const client::Directory& directory);

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

  const std::function<void(const client::ShiftFilter&)> on_filter_changed_;
  const std::function<void()> on_post_shift_;
  client::BoardModel board_;
  BoardViewModel* view_model_;  // shared (ref-counted) with view_
  client::Directory directory_;
  bool loaded_ = false;

  std::vector<std::string> unit_names_;  // parallel to unit_ items 1..n
  wxChoice* organisation_ = nullptr;     // item 0: all organisations
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
