// The manager's view of agency hire: filters (organisation, unit,
// profession, months, baseline), the monthly chart of agency against
// internal fills and cost, a table of the same numbers beside it, the units
// that keep hiring, and exports to CSV, Excel and PDF.
//
// The panel talks to no server: it asks its owner to load a report through
// `load` (with a load number) and is handed the answer in FinishLoad; an
// answer for an older load is dropped. Exports write the report on hand.
// GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_MANAGER_PANEL_H_
#define VAKTBRO_CLIENT_GUI_MANAGER_PANEL_H_

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "agency/calendar.h"
#include "exchange_client.h"
#include "manager_chart.h"
#include "manager_table_model.h"

namespace vaktbro::gui {

class ManagerPanel : public wxPanel {
 public:
  using Load = std::function<void(const v1::GetAgencyReportRequest& request,
                                  uint64_t load)>;

  ManagerPanel(wxWindow* parent, Load load);
  ~ManagerPanel() override;

  // Fills the organisation and unit filters; with `organisation`, only that
  // one (a manager's own).
  void SetDirectory(const client::Directory& directory,
                    const std::string& organisation = "");
  // Asks for the report with the current filters.
  void Reload();
  void FinishLoad(uint64_t load, absl::StatusOr<v1::AgencyReport> report);

  bool loaded() const { return report_.has_value(); }
  const std::optional<v1::AgencyReport>& report() const { return report_; }

 private:
  wxSizer* MakeFilterBar();
  wxSizer* MakeExportBar();
  void FillUnits();
  v1::GetAgencyReportRequest ReadFilter() const;
  void ShowReport();
  void Export(const wxString& kind);

  const Load load_;
  uint64_t load_number_ = 0;
  client::Directory directory_;
  std::optional<v1::AgencyReport> report_;
  std::vector<agency::Month> months_;    // parallel to from_ and to_
  std::vector<std::string> unit_names_;  // parallel to unit_ items 1..n

  wxChoice* organisation_ = nullptr;  // item 0: all organisations
  wxChoice* unit_ = nullptr;          // item 0: all units
  wxChoice* profession_ = nullptr;    // item 0: all professions
  wxChoice* from_ = nullptr;
  wxChoice* to_ = nullptr;
  wxChoice* baseline_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxStaticText* streaks_ = nullptr;
  ManagerChart* chart_ = nullptr;
  wxDataViewCtrl* table_ = nullptr;
  ManagerTableModel* table_model_ =
      nullptr;  // shared (ref-counted) with table_
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_MANAGER_PANEL_H_
