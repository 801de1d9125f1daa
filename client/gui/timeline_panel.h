// The unit timeline: one organisation's units by rows, a week across, open
// and filled shifts drawn on a TimelineCanvas; and "List", the same data in
// a wxDataViewCtrl for keyboard and screen-reader users. Week by week with
// Previous / This week / Next; live through Apply.
//
// Loads the week's shifts (every state but cancelled) through its own
// Background with a busy indicator and Cancel. GUI thread only.
#ifndef VAKTBRO_CLIENT_GUI_TIMELINE_PANEL_H_
#define VAKTBRO_CLIENT_GUI_TIMELINE_PANEL_H_

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>

#include <functional>
#include <memory>
#include <string>

#include "background.h"
#include "busy_bar.h"
#include "exchange_client.h"
#include "table_model.h"
#include "timeline_canvas.h"
#include "timeline_model.h"

namespace vaktbro::gui {

class TimelinePanel : public wxPanel {
 public:
  TimelinePanel(wxWindow* parent,
                std::shared_ptr<const client::ExchangeClient> client);
  ~TimelinePanel() override;

  // Shows `organisation`'s units (from `directory`) and loads the week.
  void SetScope(const client::Directory& directory,
                const std::string& organisation);
  void Apply(const v1::Shift& shift);
  // Chart or list.
  void ShowList(bool list);
  // Shows the week containing `day` and loads it.
  void ShowWeek(absl::CivilDay day);

  bool loaded() const { return loaded_; }
  const client::TimelineModel& model() const { return model_; }
  // Double click or Enter on a shift.
  std::function<void(const v1::Shift&)> on_open_shift;

 private:
  wxSizer* MakeToolbar();
  void Load();
  void ShowSelected(std::optional<size_t> bar);
  void ModelChanged();

  std::shared_ptr<const client::ExchangeClient> client_;
  client::TimelineModel model_;
  std::string organisation_;
  uint64_t load_ = 0;
  bool loaded_ = false;
  std::shared_ptr<client::Cancellation> cancel_;

  wxStaticText* week_label_ = nullptr;
  wxRadioButton* chart_button_ = nullptr;
  wxRadioButton* list_button_ = nullptr;
  BusyBar* busy_ = nullptr;
  wxSimplebook* book_ = nullptr;
  TimelineCanvas* canvas_ = nullptr;
  wxDataViewCtrl* list_ = nullptr;
  TableModel* list_model_ = nullptr;
  wxStaticText* details_ = nullptr;
  // Declared last: destroyed first.
  Background background_{this};
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_TIMELINE_PANEL_H_
