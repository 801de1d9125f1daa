// The dialog to post a shift, a week of shifts, or to edit one. Presets
// fill in the usual day, evening and night times. It sends nothing itself:
// on "Post" it hands the shifts to `post`, which runs the RPCs off the GUI
// thread and calls back on the GUI thread. Success closes the dialog with
// wxID_OK; a validation error from the server appears in red under the
// field it names (FieldErrors), anything else under the form.
//
//   PostShiftDialog dialog(frame, directory, {.mode = Mode::kWeek}, post);
//   if (dialog.ShowModal() == wxID_OK) Show(dialog.posted());
//
// Posting the same content again (after a timeout, say) reuses the request
// id, so the server posts it once (a week: each day's id is derived from
// it). The answer to a post that outlives the dialog (closed with Cancel
// while the call runs) is dropped; the shifts may still have been posted.
//
// Editing: the API has no update of a posted shift, so saving an edit posts
// the changed shift and cancels the original (its offers are withdrawn);
// `post` does both and the dialog says so. Shifts with people booked are
// not edited (the caller refuses).
#ifndef VAKTBRO_CLIENT_GUI_POST_SHIFT_DIALOG_H_
#define VAKTBRO_CLIENT_GUI_POST_SHIFT_DIALOG_H_

#include <wx/checkbox.h>
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

using PostDone = std::function<void(absl::StatusOr<std::vector<v1::Shift>>)>;
// Posts the shifts (day i with client::DayRequestId(request_id, i)), and
// when editing cancels the original, then calls the PostDone on the GUI
// thread.
using PostShiftFn = std::function<void(const std::vector<v1::Shift>& shifts,
                                       const std::string& request_id,
                                       PostDone done)>;

struct PostShiftOptions {
  enum class Mode { kPost, kWeek, kEdit };
  Mode mode = Mode::kPost;
  // Chosen first (may be empty).
  std::string organisation;
  // The organisations one may post for; empty: all in the directory.
  std::vector<std::string> organisations;
  // kEdit: the shift as it is.
  v1::Shift original;
};

class PostShiftDialog : public wxDialog {
 public:
  PostShiftDialog(wxWindow* parent, const client::Directory& directory,
                  PostShiftOptions options, PostShiftFn post);

  // The shifts as the server stored them. REQUIRES: ShowModal() == wxID_OK.
  const std::vector<v1::Shift>& posted() const { return posted_; }

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
  wxSizer* MakePresets();
  wxSizer* MakeWeekdays();
  void ApplyPreset(int index);
  void FillFrom(const v1::Shift& shift);
  void UpdateNextDayHint();
  v1::Shift ReadShift() const;
  std::vector<v1::Shift> ReadShifts() const;
  void OnPost(wxCommandEvent& event);
  void OnPosted(absl::StatusOr<std::vector<v1::Shift>> result);
  void ClearErrors();

  const client::Directory directory_;
  const PostShiftOptions options_;
  const PostShiftFn post_;
  // Expires with the dialog, so a late answer finds it gone.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
  std::vector<v1::Shift> posted_;
  std::string last_sent_;  // what request_id_ was made for (serialized)
  std::string request_id_;

  std::vector<const v1::Organisation*> organisations_;  // organisation_'s
  std::vector<wxCheckBox*> weekdays_;                   // kWeek: Mon..Sun
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
