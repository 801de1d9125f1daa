#include "post_shift_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>

#include <algorithm>
#include <utility>

#include "absl/time/clock.h"
#include "i18n.h"
#include "labels.h"
#include "oslo_time.h"
#include "server_messages.h"
#include "shift_templates.h"
#include "widgets.h"

namespace vaktbro::gui {
namespace {

// Choices list "Choose..." first, then the enum's values 1..last in order,
// so that a selection index is the enum value.
wxChoice* MakeEnumChoice(wxWindow* parent, int last,
                         const char* (*label)(int)) {
  auto* choice = new wxChoice(parent, wxID_ANY);
  choice->Append(_("Choose..."));
  for (int value = 1; value <= last; ++value) {
    choice->Append(TranslateLabel(label(value)));
  }
  choice->SetSelection(0);
  return choice;
}

int MinuteOfDay(const wxTimePickerCtrl* picker) {
  int hour = 0, minute = 0, second = 0;
  picker->GetTime(&hour, &minute, &second);
  return hour * 60 + minute;
}

wxDateTime Tomorrow() { return wxDateTime::Today() + wxDateSpan::Day(); }

wxString TitleOf(PostShiftOptions::Mode mode) {
  switch (mode) {
    case PostShiftOptions::Mode::kWeek:
      return _("Post a week of shifts");
    case PostShiftOptions::Mode::kEdit:
      return _("Edit a shift");
    default:
      return _("Post a shift");
  }
}

}  // namespace

PostShiftDialog::PostShiftDialog(wxWindow* parent,
                                 const client::Directory& directory,
                                 PostShiftOptions options, PostShiftFn post)
    : wxDialog(parent, wxID_ANY, TitleOf(options.mode), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      directory_(directory),
      options_(std::move(options)),
      post_(std::move(post)) {
  for (const v1::Organisation& o : directory_.organisations) {
    if (options_.organisations.empty() ||
        std::find(options_.organisations.begin(), options_.organisations.end(),
                  o.name()) != options_.organisations.end()) {
      organisations_.push_back(&o);
    }
  }
  auto* top = new wxBoxSizer(wxVERTICAL);
  if (options_.mode == PostShiftOptions::Mode::kEdit) {
    auto* note = new wxStaticText(
        this, wxID_ANY,
        _("Saving posts the changed shift and cancels this one; offers "
          "already made for it are withdrawn."));
    note->Wrap(FromDIP(420));
    top->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
  }
  top->Add(MakePresets(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
  top->Add(MakeForm(), wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
  general_error_ = MakeErrorLabel(this);
  top->Add(general_error_,
           wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
  top->Add(CreateButtonSizer(wxOK | wxCANCEL),
           wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  FindWindow(wxID_OK)->SetLabel(
      options_.mode == PostShiftOptions::Mode::kEdit   ? _("&Save")
      : options_.mode == PostShiftOptions::Mode::kWeek ? _("&Post shifts")
                                                       : _("&Post shift"));
  FindWindow(wxID_OK)->SetName("post-ok");
  // Our own word: wx's catalog (wx3.2-i18n) may not be installed.
  FindWindow(wxID_CANCEL)->SetLabel(_("Cancel"));
  SetSizerAndFit(top);
  CentreOnParent();

  if (!organisations_.empty()) organisation_->SetSelection(0);
  for (size_t i = 0; i < organisations_.size(); ++i) {
    if (organisations_[i]->name() == options_.organisation) {
      organisation_->SetSelection(static_cast<int>(i));
    }
  }
  FillUnits();
  if (options_.mode == PostShiftOptions::Mode::kEdit) FillFrom(options_.original);
  UpdateNextDayHint();
  title_->SetFocus();

  organisation_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { FillUnits(); });
  start_->Bind(wxEVT_TIME_CHANGED,
               [this](wxDateEvent&) { UpdateNextDayHint(); });
  end_->Bind(wxEVT_TIME_CHANGED, [this](wxDateEvent&) { UpdateNextDayHint(); });
  Bind(wxEVT_BUTTON, &PostShiftDialog::OnPost, this, wxID_OK);
}

wxSizer* PostShiftDialog::MakeForm() {
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 6)));
  grid->AddGrowableCol(1);

  organisation_ = new wxChoice(this, wxID_ANY);
  for (const v1::Organisation* o : organisations_) {
    organisation_->Append(ToWx(o->display_name()));
  }
  AddRow(grid, _("&Organisation:"), organisation_, "shift.organisation");
  unit_ = new wxChoice(this, wxID_ANY);
  AddRow(grid, _("&Unit:"), unit_, "shift.unit");
  title_ = new wxTextCtrl(this, wxID_ANY);
  title_->SetName("post-title");
  title_->SetHint(_("For example: Night, medical ward"));
  AddRow(grid, _("&Title:"), title_, "shift.title");

  date_ = new wxDatePickerCtrl(this, wxID_ANY, Tomorrow(), wxDefaultPosition,
                               wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  if (options_.mode == PostShiftOptions::Mode::kWeek) {
    auto* week = new wxBoxSizer(wxVERTICAL);
    week->Add(date_);
    week->Add(MakeWeekdays(), wxSizerFlags().Border(wxTOP, FromDIP(4)));
    AddRow(grid, _("&Week of:"), week, date_, "shift.start_time");
  } else {
    AddRow(grid, _("&Date:"), date_, "shift.start_time");
  }
  start_ = new wxTimePickerCtrl(this, wxID_ANY);
  start_->SetTime(7, 0, 0);
  auto* start_row = new wxBoxSizer(wxHORIZONTAL);
  start_row->Add(start_, wxSizerFlags().CentreVertical());
  AddRow(grid, _("&Starts at:"), start_row, start_, "shift.start_time");
  auto* end_row = new wxBoxSizer(wxHORIZONTAL);
  end_ = new wxTimePickerCtrl(this, wxID_ANY);
  end_->SetTime(15, 0, 0);
  end_row->Add(end_, wxSizerFlags().CentreVertical());
  next_day_ = new wxStaticText(this, wxID_ANY, _("(the next day)"));
  end_row->Add(next_day_,
               wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
  AddRow(grid, _("&Ends at:"), end_row, end_, "shift.end_time");

  profession_ = MakeEnumChoice(this, v1::CARE_ASSISTANT, [](int v) {
    return client::ProfessionLabel(static_cast<v1::Profession>(v));
  });
  AddRow(grid, _("&Profession:"), profession_, "shift.profession");
  headcount_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition,
                              wxDefaultSize, wxSP_ARROW_KEYS, 1, 50, 1);
  AddRow(grid, _("&Number of people:"), headcount_, "shift.headcount");
  reason_ = MakeEnumChoice(this, v1::Shift::OTHER, [](int v) {
    return client::ReasonLabel(static_cast<v1::Shift::Reason>(v));
  });
  AddRow(grid, _("&Reason:"), reason_, "shift.reason");
  visibility_ = MakeEnumChoice(this, v1::Shift::REGION, [](int v) {
    return client::VisibilityLabel(static_cast<v1::Shift::Visibility>(v));
  });
  AddRow(grid, _("&Visible to:"), visibility_, "shift.visibility");
  return grid;
}

void PostShiftDialog::AddRow(wxFlexGridSizer* grid, const wxString& label,
                             wxWindow* control, const std::string& field) {
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(control, wxSizerFlags(1));
  AddRow(grid, label, sizer, control, field);
}

void PostShiftDialog::AddRow(wxFlexGridSizer* grid, const wxString& label,
                             wxSizer* controls, wxWindow* control,
                             const std::string& field) {
  grid->Add(new wxStaticText(this, wxID_ANY, label),
            wxSizerFlags().Border(wxTOP, FromDIP(5)));
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(controls, wxSizerFlags().Expand());
  // Date and start time share "shift.start_time": the error goes under the
  // one added last, the time.
  wxStaticText* error = MakeErrorLabel(this);
  column->Add(error, wxSizerFlags().Expand().Border(wxTOP, FromDIP(2)));
  fields_[field] = Field{.control = control, .error = error};
  grid->Add(column, wxSizerFlags().Expand());
}

void PostShiftDialog::FillUnits() {
  unit_->Clear();
  unit_names_.clear();
  const int selected = organisation_->GetSelection();
  if (selected == wxNOT_FOUND) return;
  const std::string& organisation = organisations_[selected]->name();
  for (const v1::Unit& unit : directory_.units) {
    if (unit.organisation() != organisation) continue;
    unit_->Append(ToWx(unit.display_name()));
    unit_names_.push_back(unit.name());
  }
  if (!unit_names_.empty()) unit_->SetSelection(0);
}

void PostShiftDialog::UpdateNextDayHint() {
  next_day_->Show(MinuteOfDay(end_) <= MinuteOfDay(start_));
  Layout();
}

v1::Shift PostShiftDialog::ReadShift() const {
  v1::Shift shift;
  const int organisation = organisation_->GetSelection();
  if (organisation != wxNOT_FOUND) {
    shift.set_organisation(organisations_[organisation]->name());
  }
  const int unit = unit_->GetSelection();
  if (unit != wxNOT_FOUND) shift.set_unit(unit_names_[unit]);
  shift.set_title(FromWx(title_->GetValue().Strip(wxString::both)));
  const wxDateTime date = date_->GetValue();
  const client::ShiftTimes times = client::MakeShiftTimes(
      absl::CivilDay(date.GetYear(), date.GetMonth() + 1, date.GetDay()),
      MinuteOfDay(start_), MinuteOfDay(end_), client::OsloTimeZone());
  *shift.mutable_start_time() = client::ToTimestamp(times.start);
  *shift.mutable_end_time() = client::ToTimestamp(times.end);
  shift.set_profession(
      static_cast<v1::Profession>(profession_->GetSelection()));
  shift.set_headcount(headcount_->GetValue());
  shift.set_reason(static_cast<v1::Shift::Reason>(reason_->GetSelection()));
  shift.set_visibility(
      static_cast<v1::Shift::Visibility>(visibility_->GetSelection()));
  return shift;
}

std::vector<v1::Shift> PostShiftDialog::ReadShifts() const {
  const v1::Shift shift = ReadShift();
  if (options_.mode != PostShiftOptions::Mode::kWeek) return {shift};
  client::Weekdays days{};
  for (int i = 0; i < 7; ++i) days[i] = weekdays_[i]->IsChecked();
  const wxDateTime date = date_->GetValue();
  absl::CivilDay monday(date.GetYear(), date.GetMonth() + 1, date.GetDay());
  while (absl::GetWeekday(monday) != absl::Weekday::monday) --monday;
  return client::ExpandWeek(shift, monday, days, MinuteOfDay(start_),
                            MinuteOfDay(end_));
}

void PostShiftDialog::OnPost(wxCommandEvent&) {
  ClearErrors();
  const std::vector<v1::Shift> shifts = ReadShifts();
  if (shifts.empty()) {
    ShowError(general_error_, _("Tick at least one day of the week."));
    return;
  }
  FindWindow(wxID_OK)->Disable();
  std::string content;
  for (const v1::Shift& shift : shifts) content += shift.SerializeAsString();
  if (request_id_.empty() || content != last_sent_) {
    request_id_ = client::NewRequestId();
    last_sent_ = content;
  }
  std::weak_ptr<int> alive = alive_;
  post_(shifts, request_id_,
        [this, alive](absl::StatusOr<std::vector<v1::Shift>> result) {
          if (alive.expired()) return;  // the dialog is gone
          OnPosted(std::move(result));
        });
}

wxSizer* PostShiftDialog::MakePresets() {
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(this, wxID_ANY, _("Presets:")),
           wxSizerFlags().CentreVertical());
  const std::vector<client::ShiftPreset>& presets = client::ShiftPresets();
  for (size_t i = 0; i < presets.size(); ++i) {
    const client::ShiftPreset& p = presets[i];
    auto* button = new wxButton(
        this, wxID_ANY,
        wxString::Format("%s %02d:%02d-%02d:%02d", TranslateLabel(p.label),
                         p.start_minute / 60, p.start_minute % 60,
                         p.end_minute / 60, p.end_minute % 60),
        wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    button->SetName(wxString::Format("post-preset-%zu", i));
    button->Bind(wxEVT_BUTTON,
                 [this, i](wxCommandEvent&) { ApplyPreset(static_cast<int>(i)); });
    row->Add(button, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
  }
  return row;
}

wxSizer* PostShiftDialog::MakeWeekdays() {
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  for (int day = 0; day < 7; ++day) {
    auto* box = new wxCheckBox(this, wxID_ANY,
                               TranslateLabel(client::WeekdayLabel(day)));
    box->SetValue(day < 5);
    weekdays_.push_back(box);
    row->Add(box, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  }
  return row;
}

void PostShiftDialog::ApplyPreset(int index) {
  const client::ShiftPreset& p = client::ShiftPresets()[index];
  start_->SetTime(p.start_minute / 60, p.start_minute % 60, 0);
  end_->SetTime(p.end_minute / 60, p.end_minute % 60, 0);
  if (title_->GetValue().Strip(wxString::both).empty()) {
    title_->SetValue(TranslateLabel(p.title));
  }
  UpdateNextDayHint();
}

void PostShiftDialog::FillFrom(const v1::Shift& shift) {
  for (size_t i = 0; i < organisations_.size(); ++i) {
    if (organisations_[i]->name() == shift.organisation()) {
      organisation_->SetSelection(static_cast<int>(i));
    }
  }
  FillUnits();
  for (size_t i = 0; i < unit_names_.size(); ++i) {
    if (unit_names_[i] == shift.unit()) unit_->SetSelection(static_cast<int>(i));
  }
  title_->SetValue(ToWx(shift.title()));
  const absl::TimeZone& oslo = client::OsloTimeZone();
  const absl::CivilMinute start = absl::ToCivilMinute(
      client::FromTimestamp(shift.start_time()), oslo);
  const absl::CivilMinute end =
      absl::ToCivilMinute(client::FromTimestamp(shift.end_time()), oslo);
  date_->SetValue(wxDateTime(static_cast<wxDateTime::wxDateTime_t>(start.day()),
                             static_cast<wxDateTime::Month>(start.month() - 1),
                             static_cast<int>(start.year())));
  start_->SetTime(start.hour(), start.minute(), 0);
  end_->SetTime(end.hour(), end.minute(), 0);
  profession_->SetSelection(shift.profession());
  headcount_->SetValue(shift.headcount());
  reason_->SetSelection(shift.reason());
  visibility_->SetSelection(shift.visibility());
}

void PostShiftDialog::OnPosted(absl::StatusOr<std::vector<v1::Shift>> result) {
  FindWindow(wxID_OK)->Enable();
  if (result.ok()) {
    posted_ = *std::move(result);
    EndModal(wxID_OK);
    return;
  }
  const absl::Status& status = result.status();
  if (absl::IsUnavailable(status) || absl::IsDeadlineExceeded(status)) {
    ClearErrors();
    ShowError(general_error_,
              wxString::Format(_("The server did not answer (%s). Try again: "
                                 "the shift will not be posted twice."),
                               ToWx(std::string(status.message()))));
    return;
  }
  ShowErrors(client::FieldErrors::Parse(status));
}

void PostShiftDialog::ShowErrors(const client::FieldErrors& errors) {
  ClearErrors();
  wxString general = ToWx(errors.general());
  wxWindow* first = nullptr;
  for (const client::FieldError& error : errors.errors()) {
    auto it = fields_.find(error.field);
    const wxString message = TranslateServerMessage(error.message);
    if (it != fields_.end()) {
      ShowError(it->second.error, message);
      if (first == nullptr) first = it->second.control;
      continue;
    }
    if (!general.empty()) general += "\n";
    general += ToWx(error.field) + ": " + message;
  }
  if (!general.empty()) {
    ShowError(general_error_,
              wxString::Format(_("The server refused the shift: %s"), general));
  }
  if (first != nullptr) first->SetFocus();
}

void PostShiftDialog::ClearErrors() {
  for (auto& [path, field] : fields_) field.error->Hide();
  general_error_->Hide();
  Layout();
}

}  // namespace vaktbro::gui
