// Rows of display text as a virtual list for wxDataViewCtrl: the employee
// pages' tables (positions, calendar list, availability, offers). The rows
// come ready-made from the view models in client/core; the control owns
// no data, and a screen reader reads the same text. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_EMPLOYEE_TABLE_MODEL_H_
#define VAKTBRO_CLIENT_GUI_EMPLOYEE_TABLE_MODEL_H_

#include <wx/dataview.h>

#include <string>
#include <vector>

namespace vaktbro::gui {

class EmployeeTableModel : public wxDataViewVirtualListModel {
 public:
  EmployeeTableModel() : wxDataViewVirtualListModel(0) {}

  // Replaces the rows (UTF-8 cells; a short row reads as empty cells).
  void SetRows(std::vector<std::vector<std::string>> rows);
  size_t size() const { return rows_.size(); }

  void GetValueByRow(wxVariant& variant, unsigned row,
                     unsigned col) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override {
    return false;
  }

 private:
  std::vector<std::vector<std::string>> rows_;
};

// A read-only wxDataViewCtrl over a new EmployeeTableModel with one text
// column per label; `model` receives the model (owned by the control).
wxDataViewCtrl* MakeEmployeeTable(wxWindow* parent, const wxString& name,
                                  const std::vector<wxString>& columns,
                                  EmployeeTableModel** model);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_EMPLOYEE_TABLE_MODEL_H_
