// A wxDataViewCtrl model that owns no data: it asks a view model of the
// client core for the row count and each visible cell (Poedit's way). Used
// by the candidate lists, the timeline's list view and the proposal.
//
//   auto* model = new TableModel({.rows = [&] { return list.size(); },
//                                 .text = [&](size_t r, unsigned c) {...}});
//   view->AssociateModel(model);
//   model->DecRef();
//   ...
//   model->Reset();   // after the core's data changed
//
// A column may be a tick box (`toggle_column`): its cells read `checked`
// and a click calls `set_checked`. GUI thread only; the callbacks' data
// must outlive the control (disassociate it in the owner's destructor).
#ifndef VAKTBRO_CLIENT_GUI_TABLE_MODEL_H_
#define VAKTBRO_CLIENT_GUI_TABLE_MODEL_H_

#include <wx/dataview.h>

#include <climits>
#include <functional>
#include <vector>

namespace vaktbro::gui {

class TableModel : public wxDataViewVirtualListModel {
 public:
  struct Source {
    std::function<size_t()> rows;
    std::function<wxString(size_t row, unsigned column)> text;
    unsigned toggle_column = UINT_MAX;
    std::function<bool(size_t row)> checked;
    std::function<bool(size_t row, bool checked)> set_checked;
    // Optional: colours and bold per cell.
    std::function<bool(size_t row, unsigned column, wxDataViewItemAttr& attr)>
        attr;
  };

  explicit TableModel(Source source);

  // The rows changed: reread them all.
  void Reset();

  void GetValueByRow(wxVariant& variant, unsigned row,
                     unsigned col) const override;
  bool SetValueByRow(const wxVariant& variant, unsigned row,
                     unsigned col) override;
  bool GetAttrByRow(unsigned row, unsigned col,
                    wxDataViewItemAttr& attr) const override;
  bool IsEnabledByRow(unsigned row, unsigned col) const override;

 private:
  Source source_;
};

struct TableColumn {
  wxString title;
  int width;  // DIPs
  wxAlignment align = wxALIGN_LEFT;
};

// A wxDataViewCtrl with `columns` (column i shows model column i) over a
// new TableModel of `source`; the control holds the model's reference.
wxDataViewCtrl* MakeTable(wxWindow* parent, const std::vector<TableColumn>& columns,
                          TableModel::Source source, TableModel** model,
                          long style = wxDV_ROW_LINES | wxDV_SINGLE);

// The selected row, or -1.
int SelectedRow(const wxDataViewCtrl* view, const TableModel* model);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_TABLE_MODEL_H_
