#include "table_model.h"

#include <utility>

namespace vaktbro::gui {

TableModel::TableModel(Source source)
    : wxDataViewVirtualListModel(source.rows()), source_(std::move(source)) {}

void TableModel::Reset() {
  wxDataViewVirtualListModel::Reset(source_.rows());
}

void TableModel::GetValueByRow(wxVariant& variant, unsigned row,
                               unsigned col) const {
  if (row >= source_.rows()) {
    variant = col == source_.toggle_column ? wxVariant(false)
                                           : wxVariant(wxString());
    return;
  }
  if (col == source_.toggle_column) {
    variant = source_.checked ? source_.checked(row) : false;
    return;
  }
  variant = source_.text(row, col);
}

bool TableModel::SetValueByRow(const wxVariant& variant, unsigned row,
                               unsigned col) {
  if (col != source_.toggle_column || !source_.set_checked) return false;
  if (row >= source_.rows()) return false;
  return source_.set_checked(row, variant.GetBool());
}

bool TableModel::GetAttrByRow(unsigned row, unsigned col,
                              wxDataViewItemAttr& attr) const {
  if (!source_.attr || row >= source_.rows()) return false;
  return source_.attr(row, col, attr);
}

bool TableModel::IsEnabledByRow(unsigned row, unsigned col) const {
  if (col != source_.toggle_column || !source_.set_checked) return true;
  return true;
}

wxDataViewCtrl* MakeTable(wxWindow* parent,
                          const std::vector<TableColumn>& columns,
                          TableModel::Source source, TableModel** model,
                          long style) {
  auto* view = new wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition,
                                  wxDefaultSize, style);
  const unsigned toggle = source.toggle_column;
  auto* table = new TableModel(std::move(source));
  view->AssociateModel(table);
  table->DecRef();  // the control holds the reference now
  for (unsigned i = 0; i < columns.size(); ++i) {
    const TableColumn& c = columns[i];
    if (i == toggle) {
      view->AppendToggleColumn(c.title, i, wxDATAVIEW_CELL_ACTIVATABLE,
                               parent->FromDIP(c.width), wxALIGN_CENTER);
      continue;
    }
    view->AppendTextColumn(c.title, i, wxDATAVIEW_CELL_INERT,
                           parent->FromDIP(c.width), c.align,
                           wxDATAVIEW_COL_RESIZABLE);
  }
  *model = table;
  return view;
}

int SelectedRow(const wxDataViewCtrl* view, const TableModel* model) {
  const wxDataViewItem item = view->GetSelection();
  if (!item.IsOk()) return -1;
  return static_cast<int>(model->GetRow(item));
}

}  // namespace vaktbro::gui
