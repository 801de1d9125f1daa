// The months of the agency report as a virtual list for wxDataViewCtrl: the
// same numbers as the chart, for those who cannot see the chart, for
// screen readers and for copying. The rows are the report's months table
// (agency/report_table.h) with the totals as the last row; the control owns
// no data. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_MANAGER_TABLE_MODEL_H_
#define VAKTBRO_CLIENT_GUI_MANAGER_TABLE_MODEL_H_

#include <wx/dataview.h>

#include <string>
#include <vector>

#include "agency/report_table.h"

namespace vaktbro::gui {

class ManagerTableModel : public wxDataViewVirtualListModel {
 public:
  ManagerTableModel();

  // A column the view shows: a header of the months table (a subset of
  // its columns) and the shorter label the view gives it.
  struct Column {
    std::string header;
    std::string label;
  };
  static const std::vector<Column>& Columns();

  // Shows `report` (its months and totals).
  void SetReport(const v1::AgencyReport& report);

  void GetValueByRow(wxVariant& variant, unsigned row,
                     unsigned col) const override;
  bool SetValueByRow(const wxVariant& variant, unsigned row,
                     unsigned col) override;
  bool GetAttrByRow(unsigned row, unsigned col,
                    wxDataViewItemAttr& attr) const override;

 private:
  std::vector<std::vector<std::string>> rows_;  // display text, totals last
  bool has_totals_ = false;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_MANAGER_TABLE_MODEL_H_
