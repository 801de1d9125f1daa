// The dialog to post a shift. It sends nothing itself: on "Post shift" it
// hands the shift to `post`, which runs the RPC off the GUI thread and
// calls back on the GUI thread. Success closes the dialog with wxID_OK;
// a validation error from the server appears in red under the field it
// names (FieldErrors), anything else under the form.
//
//   PostShiftDialog dialog(frame, directory, filter.organisation, post);
//   if (dialog.ShowModal() == wxID_OK) Show(dialog.posted());
//
// Posting the same content again (after a timeout, say) reuses the request
// id, so the server posts it once. The answer to a post that outlives the
// dialog (closed with Cancel while
// the call runs) is dropped; the shift may still have been posted.
#ifndef VAKTBRO_CLIENT_GUI_POST_SHIFT_DIALOG_H_
#define VAKTBRO_CLIENT_GUI_POST_SHIFT_DIALOG_H_

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "exchange_client.h"
#include "field_errors.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::gui {

using PostDone = std::function<void(absl::StatusOr<v1::Shift>)>;
// Posts the shift with the request id (see service.proto) and calls the
// PostDone on the GUI thread.
using PostShiftFn = std::function<void(
    const v1::Shift& shift, const std::string& request_id, PostDone done)>;

class PostShiftDialog : public wxDialog {
 public:
  // `directory` fills the organisation and unit choices; `organisation`
  // (may be empty) is chosen first.
  PostShiftDialog(wxWindow* parent, const client::Directory& directory,
                  const std::string& organisation, PostShiftFn post);

  // The shift as the server stored it. REQUIRES: ShowModal() == wxID_OK.
  const v1::Shift& posted() const { return posted_; }

  // Shows `errors` as the server sent them (also used by tests).
  void ShowErrors(const client::FieldErrors& errors);

 private:
  wxSizer* MakeForm();
  // Adds a row "label | control, error label" and files the error label
  // under the field path it shows errors for.
  void AddRow(wxFlexGridSizer* grid, const wxString& label, wxWindow* control,
              const std::string& field);
  void AddRow(wxFlexGridSizer* grid, const wxString& label, wxSizer* controls,
              wxWindow* control, const std::string& field);
  void FillUnits();
  void UpdateNextDayHint();
  v1::Shift ReadShift() const;
  void OnPost(wxCommandEvent& event);
  void OnPosted(absl::StatusOr<v1::Shift> result);
  void ClearErrors();

  const client::Directory directory_;
  const PostShiftFn post_;
  // Expires with the dialog, so a late answer finds it gone.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  v1::Shift posted_;
  v1::Shift last_sent_;  // what request_id_ was made for
  std::string request_id_;

  std::vector<std::string> unit_names_;  // parallel to unit_'s items
  wxChoice* organisation_ = nullptr;
  wxChoice* unit_ = nullptr;
  wxTextCtrl* title_ = nullptr;
  wxDatePickerCtrl* date_ = nullptr;
  wxTimePickerCtrl* start_ = nullptr;
  wxTimePickerCtrl* end_ = nullptr;
  wxStaticText* next_day_ = nullptr;
  wxChoice* profession_ = nullptr;
  wxSpinCtrl* headcount_ = nullptr;
  wxChoice* reason_ = nullptr;
  wxChoice* visibility_ = nullptr;
  wxStaticText* general_error_ = nullptr;
  struct Field {
    wxWindow* control;    // focused when the server finds fault with it
    wxStaticText* error;  // red, under the control
  };
  std::map<std::string, Field> fields_;  // by field path
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_POST_SHIFT_DIALOG_H_
