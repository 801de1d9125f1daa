#include "employee_table_model.h"

#include <algorithm>

#include "i18n.h"

namespace vaktbro::gui {

void EmployeeTableModel::SetRows(std::vector<std::vector<std::string>> rows) {
  rows_ = std::move(rows);
  Reset(static_cast<unsigned>(rows_.size()));
}

void EmployeeTableModel::GetValueByRow(wxVariant& variant, unsigned row,
                                       unsigned col) const {
  if (row >= rows_.size() || col >= rows_[row].size()) {
    variant = wxString();
    return;
  }
  variant = ToWx(rows_[row][col]);
}

wxDataViewCtrl* MakeEmployeeTable(wxWindow* parent, const wxString& name,
                                  const std::vector<wxString>& columns,
                                  EmployeeTableModel** model) {
  auto* table = new wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition,
                                   wxDefaultSize,
                                   wxDV_ROW_LINES | wxDV_SINGLE);
  auto* m = new EmployeeTableModel();
  table->AssociateModel(m);
  m->DecRef();  // the control holds the reference now
  for (size_t c = 0; c < columns.size(); ++c) {
    const int width = std::max(table->GetTextExtent(columns[c]).x +
                                   table->FromDIP(24),
                               // Employers and units have long names
                               // ("Sykehuset Vestvik HF"): room for them.
                               table->FromDIP(c + 1 == columns.size() ? 110 : 180));
    table->AppendTextColumn(columns[c], static_cast<unsigned>(c),
                            wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                            wxDATAVIEW_COL_RESIZABLE);
  }
  table->SetName(name);
  *model = m;
  return table;
}

}  // namespace vaktbro::gui
