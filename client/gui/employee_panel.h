// The employee's own view: My positions, Calendar (week or month, drawn and
// as a list), Availability, Offers (with the rule findings shown before
// Accept) and Meters (hours this week, rest, and for pensioners the 20 %
// threshold and the AFP tolerance); Export .ics from the top bar.
//
// Every server call runs on the panel's Background worker with a deadline
// (client::EmployeeClient); the results come back to the GUI thread. While
// a call runs, the top bar shows a busy indicator and a Cancel button that
// cancels it (client::Cancellation). Only the account's own person is read.
// The arithmetic and the texts are in client/core (employee_model.h,
// employee_meters.h, ics_export.h); this file lays them out. GUI thread
// only.
#ifndef VAKTBRO_CLIENT_GUI_EMPLOYEE_PANEL_H_
#define VAKTBRO_CLIENT_GUI_EMPLOYEE_PANEL_H_

#include <wx/activityindicator.h>
#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/dataview.h>
#include <wx/gauge.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "background.h"
#include "employee_calendar.h"
#include "employee_client.h"
#include "employee_model.h"
#include "employee_table_model.h"
#include "grpcpp/channel.h"
#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::gui {

class EmployeePanel : public wxPanel {
 public:
  enum class Page { kPositions, kCalendar, kAvailability, kOffers, kMeters };

  // `channel` carries the login token; account.person() is "people/{id}".
  // Starts loading at once.
  EmployeePanel(wxWindow* parent, std::shared_ptr<grpc::Channel> channel,
                const v1::Account& account);
  ~EmployeePanel() override;

  // Reads everything again from the server.
  void Reload();
  void ShowPage(Page page);
  // Selects the offer at `row` of the inbox and asks for its findings.
  void SelectOffer(int row);

  // For tests: whether data is loaded, whether a call is running, and
  // whether the selected offer's findings are on screen.
  bool loaded() const { return data_.has_value(); }
  bool busy() const { return !jobs_.empty(); }
  bool findings_shown() const { return findings_for_ >= 0; }
  size_t offer_count() const { return offers_.size(); }

 private:
  // Runs `work` on the worker with a Cancellation the Cancel button
  // triggers, then `done` on the GUI thread. `what` is shown while busy.
  template <typename Result>
  void Run(const wxString& what,
           std::function<Result(const client::EmployeeClient&,
                                client::Cancellation*)>
               work,
           std::function<void(Result)> done);
  void EndJob(const std::shared_ptr<client::Cancellation>& job);
  void CancelJobs();
  void UpdateBusy();
  void SetStatus(const wxString& text);

  wxSizer* MakeTopBar();
  wxWindow* MakePositionsPage(wxWindow* parent);
  wxWindow* MakeCalendarPage(wxWindow* parent);
  wxWindow* MakeAvailabilityPage(wxWindow* parent);
  wxWindow* MakeOffersPage(wxWindow* parent);
  wxWindow* MakeMetersPage(wxWindow* parent);

  void ShowData();
  void ShowCalendar();
  void ShowMeters();
  void StepCalendar(int direction);
  void OnOfferSelected();
  void ShowFindings(int row, absl::StatusOr<v1::Candidate> candidate);
  void AnswerOffer(bool accept);
  void AddAvailability();
  void RemoveAvailability();
  void ExportIcs();

  const client::Language language_;
  const client::Translate translate_;
  std::shared_ptr<const client::EmployeeClient> client_;
  std::optional<client::EmployeeData> data_;
  std::vector<client::CalendarEntry> entries_;
  std::vector<v1::Assignment> offers_;               // rows of offers_table_
  std::vector<v1::Availability> availabilities_;     // rows of windows_table_
  std::vector<std::shared_ptr<client::Cancellation>> jobs_;
  wxString busy_text_;
  int findings_for_ = -1;   // the offer row whose findings are shown
  uint64_t evaluation_ = 0;  // drops answers for an earlier selection

  client::CalendarSpan span_ = client::CalendarSpan::kWeek;
  client::CalendarPeriod period_;

  // Top bar.
  wxStaticText* who_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxActivityIndicator* spinner_ = nullptr;
  wxButton* cancel_ = nullptr;
  wxNotebook* book_ = nullptr;
  // My positions.
  EmployeeTableModel* positions_model_ = nullptr;
  // Calendar.
  wxRadioButton* week_ = nullptr;
  wxRadioButton* month_ = nullptr;
  wxStaticText* period_title_ = nullptr;
  EmployeeCalendar* calendar_ = nullptr;
  EmployeeTableModel* calendar_model_ = nullptr;
  // Availability.
  wxDataViewCtrl* windows_table_ = nullptr;
  EmployeeTableModel* windows_model_ = nullptr;
  wxDatePickerCtrl* from_day_ = nullptr;
  wxTimePickerCtrl* from_time_ = nullptr;
  wxDatePickerCtrl* to_day_ = nullptr;
  wxTimePickerCtrl* to_time_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  wxStaticText* from_error_ = nullptr;
  wxStaticText* to_error_ = nullptr;
  wxStaticText* windows_error_ = nullptr;
  // Offers.
  wxDataViewCtrl* offers_table_ = nullptr;
  EmployeeTableModel* offers_model_ = nullptr;
  wxStaticText* verdict_ = nullptr;
  wxTextCtrl* findings_ = nullptr;
  wxButton* accept_ = nullptr;
  wxButton* decline_ = nullptr;
  wxStaticText* offer_error_ = nullptr;
  // Meters.
  wxPanel* meters_ = nullptr;

  // Declared last: destroyed first, so no callback outlives the members.
  Background background_{this};
};

// Shows `message` in the red label beside a field (hides it when empty)
// and lays out the label's parent; the window keeps its size.
void ShowInlineError(wxStaticText* label, const wxString& message);

template <typename Result>
void EmployeePanel::Run(
    const wxString& what,
    std::function<Result(const client::EmployeeClient&, client::Cancellation*)>
        work,
    std::function<void(Result)> done) {
  auto job = std::make_shared<client::Cancellation>();
  jobs_.push_back(job);
  busy_text_ = what;
  UpdateBusy();
  std::shared_ptr<const client::EmployeeClient> client = client_;
  background_.Run<Result>(
      [client, job, work = std::move(work)] { return work(*client, job.get()); },
      [this, job, done = std::move(done)](Result result) {
        EndJob(job);
        done(std::move(result));
      });
}

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_EMPLOYEE_PANEL_H_
