// Adapts the core's BoardModel to wxDataViewCtrl as a virtual list: the
// control owns no data and asks for each visible cell.
//
// The BoardModel is borrowed and must outlive this object. After changing
// the BoardModel, tell this model (Reset or Applied) so the control stays
// in step. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_BOARD_VIEW_MODEL_H_
#define VAKTBRO_CLIENT_GUI_BOARD_VIEW_MODEL_H_

#include <wx/dataview.h>

#include "board_model.h"

namespace vaktbro::gui {

class BoardViewModel : public wxDataViewVirtualListModel {
 public:
  explicit BoardViewModel(const client::BoardModel* board);

  // The rows were rebuilt (load, filter, directory): reread them all.
  void Reset();
  // One event changed the rows as `change` says.
  void Applied(const client::BoardChange& change);

  // wxDataViewVirtualListModel:
  void GetValueByRow(wxVariant& variant, unsigned row,
                     unsigned col) const override;
  bool SetValueByRow(const wxVariant& variant, unsigned row,
                     unsigned col) override;
  bool GetAttrByRow(unsigned row, unsigned col,
                    wxDataViewItemAttr& attr) const override;

 private:
  const client::BoardModel* const board_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_BOARD_VIEW_MODEL_H_
