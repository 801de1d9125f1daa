#include "manager_table_model.h"

#include "i18n.h"

namespace vaktbro::gui {

ManagerTableModel::ManagerTableModel() : wxDataViewVirtualListModel(0) {}

// The labels are the report's Norwegian words, as in every export.
const std::vector<ManagerTableModel::Column>& ManagerTableModel::Columns() {
  static const std::vector<Column> columns = {
      {"Måned", "Måned"},
      {"Innleie timer", "Innleie t"},
      {"Innleie kostnad (NOK)", "Innleie kr"},
      {"Interne vakter", "Interne vakter"},
      {"Interne timer", "Interne t"},
      {"Intern kostnad (NOK)", "Intern kr"},
      {"Andel internt (%)", "Andel internt"},
      {"Besparelse (NOK)", "Besparelse kr"},
      {"Endring innleiekostnad (%)", "Endring innleie"}};
  return columns;
}

void ManagerTableModel::SetReport(const v1::AgencyReport& report) {
  const agency::Table table =
      agency::MakeTable(report, agency::TableKind::kMonths);
  std::vector<int> index;
  for (const Column& column : Columns()) {
    int found = -1;
    for (size_t c = 0; c < table.header.size(); ++c) {
      if (table.header[c] == column.header) found = static_cast<int>(c);
    }
    index.push_back(found);
  }
  auto text = [&index](const std::vector<agency::Cell>& cells) {
    std::vector<std::string> row;
    for (int c : index)
      row.push_back(c < 0 ? "–" : agency::DisplayText(cells[c]));
    return row;
  };
  rows_.clear();
  for (const auto& cells : table.rows) rows_.push_back(text(cells));
  has_totals_ = !table.totals.empty();
  if (has_totals_) rows_.push_back(text(table.totals));
  Reset(static_cast<unsigned>(rows_.size()));
}

void ManagerTableModel::GetValueByRow(wxVariant& variant, unsigned row,
                                      unsigned col) const {
  if (row >= rows_.size() || col >= rows_[row].size()) {
    variant = wxString();
    return;
  }
  variant = ToWx(rows_[row][col]);
}

bool ManagerTableModel::SetValueByRow(const wxVariant&, unsigned, unsigned) {
  return false;
}

bool ManagerTableModel::GetAttrByRow(unsigned row, unsigned,
                                     wxDataViewItemAttr& attr) const {
  if (!has_totals_ || row + 1 != rows_.size()) return false;
  attr.SetBold(true);
  return true;
}

}  // namespace vaktbro::gui
