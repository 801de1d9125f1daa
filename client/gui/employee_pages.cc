// EmployeePanel's pages: how each is laid out, the availability form and
// the meters. (The panel's loading and offers logic: employee_panel.cc.)
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include "absl/time/clock.h"
#include "employee_meters.h"
#include "employee_panel.h"
#include "exchange_client.h"
#include "field_errors.h"
#include "i18n.h"
#include "oslo_time.h"
#include "server_messages.h"
#include "widgets.h"

namespace vaktbro::gui {
namespace {

int Border(wxWindow* w) { return w->FromDIP(8); }

absl::Time ReadTime(const wxDatePickerCtrl* day, const wxTimePickerCtrl* time) {
  const wxDateTime d = day->GetValue();
  int hour = 0, minute = 0, second = 0;
  time->GetTime(&hour, &minute, &second);
  return absl::FromCivil(
      absl::CivilMinute(d.GetYear(), static_cast<int>(d.GetMonth()) + 1,
                        d.GetDay(), hour, minute),
      client::OsloTimeZone());
}

wxString Number(double value, int decimals, client::Language language) {
  return ToWx(client::FormatNumber(value, decimals, language));
}

wxColour LevelColour(client::MeterLevel level) {
  switch (level) {
    case client::MeterLevel::kOk:
      return wxColour(0x20, 0x80, 0x30);
    case client::MeterLevel::kNear:
      return wxColour(0xA0, 0x60, 0x00);
    case client::MeterLevel::kOver:
      return wxColour(0xC0, 0x10, 0x10);
  }
  return *wxBLACK;
}

// One meter: a heading, a gauge filled to value/range, and a line of text
// in the level's colour.
void AddMeter(wxWindow* parent, wxSizer* sizer, const wxString& heading,
              double value, double range, const wxString& text,
              client::MeterLevel level) {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, parent, heading);
  auto* gauge = new wxGauge(box->GetStaticBox(), wxID_ANY, 1000);
  gauge->SetValue(range > 0 ? static_cast<int>(std::clamp(value / range, 0.0,
                                                          1.0) *
                                               1000)
                            : 0);
  gauge->SetName(heading);
  auto* label = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxString());
  label->SetLabelText(text);
  label->SetForegroundColour(LevelColour(level));
  box->Add(gauge, wxSizerFlags().Expand().Border(wxALL, parent->FromDIP(4)));
  box->Add(label, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM,
                                                 parent->FromDIP(4)));
  sizer->Add(box, wxSizerFlags().Expand().Border(wxBOTTOM, parent->FromDIP(8)));
}

}  // namespace

void ShowInlineError(wxStaticText* label, const wxString& message) {
  label->SetLabelText(message);  // no mnemonics: server text may hold '&'
  label->Show(!message.empty());
  if (!message.empty()) label->Wrap(label->GetParent()->FromDIP(420));
  label->GetParent()->Layout();
}

wxWindow* EmployeePanel::MakePositionsPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  wxDataViewCtrl* table = MakeEmployeeTable(
      page, _("My positions"),
      {_("Position"), _("Employer"), _("Unit"), _("Percentage"), _("Pay"),
       _("Valid")},
      &positions_model_);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(page, wxID_ANY,
                              _("Your positions at every employer: main, "
                                "secondary, pool and pensioner.")),
             wxSizerFlags().Border(wxALL, Border(page)));
  sizer->Add(table, wxSizerFlags(1).Expand().Border(
                        wxLEFT | wxRIGHT | wxBOTTOM, Border(page)));
  page->SetSizer(sizer);
  return page;
}

wxWindow* EmployeePanel::MakeCalendarPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  week_ = new wxRadioButton(page, wxID_ANY, _("&Week"), wxDefaultPosition,
                            wxDefaultSize, wxRB_GROUP);
  month_ = new wxRadioButton(page, wxID_ANY, _("&Month"));
  auto* previous = new wxButton(page, wxID_ANY, _("< &Previous"));
  auto* today = new wxButton(page, wxID_ANY, _("&Today"));
  auto* next = new wxButton(page, wxID_ANY, _("&Next >"));
  period_title_ = new wxStaticText(page, wxID_ANY, wxString());
  period_title_->SetFont(period_title_->GetFont().Bold());
  for (wxRadioButton* r : {week_, month_})
    r->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { ShowCalendar(); });
  previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StepCalendar(-1); });
  today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StepCalendar(0); });
  next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StepCalendar(1); });

  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(week_, centre);
  bar->Add(month_, wxSizerFlags(centre).Border(wxLEFT, Border(page)));
  bar->Add(previous, wxSizerFlags(centre).Border(wxLEFT, 2 * Border(page)));
  bar->Add(today, wxSizerFlags(centre).Border(wxLEFT, Border(page) / 2));
  bar->Add(next, wxSizerFlags(centre).Border(wxLEFT, Border(page) / 2));
  bar->Add(period_title_, wxSizerFlags(centre).Border(wxLEFT, 2 * Border(page)));
  auto* legend = new wxStaticText(
      page, wxID_ANY, _("Blue: booked   Orange: offered   Green: rota"));
  bar->AddStretchSpacer();
  bar->Add(legend, centre);

  calendar_ = new EmployeeCalendar(page);
  wxDataViewCtrl* list = MakeEmployeeTable(
      page, _("Shifts in the period"),
      {_("Day"), _("Time"), _("What"), _("Employer"), _("Unit"), _("Status")},
      &calendar_model_);
  list->SetMinSize(FromDIP(wxSize(-1, 120)));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(bar, wxSizerFlags().Expand().Border(wxALL, Border(page)));
  sizer->Add(calendar_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT,
                                                        Border(page)));
  sizer->Add(list, wxSizerFlags(2).Expand().Border(wxALL, Border(page)));
  page->SetSizer(sizer);
  return page;
}

wxWindow* EmployeePanel::MakeAvailabilityPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  windows_table_ = MakeEmployeeTable(page, _("When you can work"),
                                     {_("From"), _("To"), _("Note")},
                                     &windows_model_);
  auto* remove = new wxButton(page, wxID_REMOVE, _("&Remove selected"));
  windows_error_ = MakeErrorLabel(page);
  remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { RemoveAvailability(); });

  const wxDateTime tomorrow = wxDateTime::Today() + wxDateSpan::Day();
  from_day_ = new wxDatePickerCtrl(page, wxID_ANY, tomorrow);
  from_time_ = new wxTimePickerCtrl(page, wxID_ANY,
                                    wxDateTime::Today().SetHour(7));
  to_day_ = new wxDatePickerCtrl(page, wxID_ANY, tomorrow);
  to_time_ = new wxTimePickerCtrl(page, wxID_ANY,
                                  wxDateTime::Today().SetHour(22));
  note_ = new wxTextCtrl(page, wxID_ANY);
  note_->SetHint(_("for example: nights too"));
  from_error_ = MakeErrorLabel(page);
  to_error_ = MakeErrorLabel(page);
  auto* add = new wxButton(page, wxID_ADD, _("&Add"));
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddAvailability(); });

  auto* form = new wxFlexGridSizer(3, FromDIP(4), FromDIP(8));
  form->AddGrowableCol(2);
  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  auto row = [&](const wxString& label, wxWindow* a, wxWindow* b,
                 wxStaticText* error) {
    form->Add(new wxStaticText(page, wxID_ANY, label), centre);
    auto* pair = new wxBoxSizer(wxHORIZONTAL);
    pair->Add(a, centre);
    if (b) pair->Add(b, wxSizerFlags(centre).Border(wxLEFT, FromDIP(4)));
    form->Add(pair, centre);
    form->Add(error ? static_cast<wxWindow*>(error)
                    : static_cast<wxWindow*>(new wxStaticText(page, wxID_ANY,
                                                              wxString())),
              wxSizerFlags(centre).Expand());
  };
  row(_("F&rom:"), from_day_, from_time_, from_error_);
  row(_("T&o:"), to_day_, to_time_, to_error_);
  row(_("N&ote:"), note_, add, nullptr);

  auto* actions = new wxBoxSizer(wxHORIZONTAL);
  actions->Add(remove, centre);
  actions->Add(windows_error_, wxSizerFlags(1).CentreVertical().Border(
                                   wxLEFT, Border(page)));
  auto* add_box = new wxStaticBoxSizer(wxVERTICAL, page,
                                       _("Add a window when you can work"));
  add_box->Add(form, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(windows_table_, wxSizerFlags(1).Expand().Border(wxALL,
                                                             Border(page)));
  sizer->Add(actions, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT,
                                                     Border(page)));
  sizer->Add(add_box, wxSizerFlags().Expand().Border(wxALL, Border(page)));
  page->SetSizer(sizer);
  return page;
}

wxWindow* EmployeePanel::MakeOffersPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  offers_table_ = MakeEmployeeTable(
      page, _("Offers waiting for your answer"),
      {_("Starts"), _("Ends"), _("What"), _("Employer"), _("Unit")},
      &offers_model_);
  offers_table_->SetName("offers-list");  // for the GUI test
  offers_table_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                      [this](wxDataViewEvent&) { OnOfferSelected(); });
  verdict_ = new wxStaticText(page, wxID_ANY, wxString());
  verdict_->SetFont(verdict_->GetFont().Bold());
  findings_ = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition,
                             FromDIP(wxSize(-1, 110)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
  findings_->SetName(_("What the rules say about the selected offer"));
  accept_ = new wxButton(page, wxID_OK, _("&Accept"));
  decline_ = new wxButton(page, wxID_ANY, _("&Decline"));
  accept_->SetName("offer-accept");
  decline_->SetName("offer-decline");
  accept_->Disable();
  decline_->Disable();
  offer_error_ = MakeErrorLabel(page);
  accept_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AnswerOffer(true); });
  decline_->Bind(wxEVT_BUTTON,
                 [this](wxCommandEvent&) { AnswerOffer(false); });

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(offer_error_, wxSizerFlags(1).CentreVertical());
  buttons->Add(decline_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
  buttons->Add(accept_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(offers_table_, wxSizerFlags(1).Expand().Border(wxALL,
                                                            Border(page)));
  sizer->Add(verdict_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT,
                                                      Border(page)));
  sizer->Add(findings_, wxSizerFlags().Expand().Border(wxALL, Border(page)));
  sizer->Add(buttons, wxSizerFlags().Expand().Border(
                          wxLEFT | wxRIGHT | wxBOTTOM, Border(page)));
  page->SetSizer(sizer);
  return page;
}

wxWindow* EmployeePanel::MakeMetersPage(wxWindow* parent) {
  meters_ = new wxPanel(parent);
  meters_->SetSizer(new wxBoxSizer(wxVERTICAL));
  return meters_;
}

void EmployeePanel::ShowMeters() {
  wxSizer* sizer = meters_->GetSizer();
  sizer->Clear(true);  // the meters of the last load, with their windows
  meters_->DestroyChildren();
  const client::WorkingTimeLimits limits;
  const absl::Time now = absl::Now();
  const client::CalendarPeriod week = client::PeriodOf(
      client::CalendarSpan::kWeek,
      absl::ToCivilDay(now, client::OsloTimeZone()), client::OsloTimeZone());
  const client::Language l = language_;
  auto* column = new wxBoxSizer(wxVERTICAL);

  const client::HoursMeter hours =
      client::WeekHours(entries_, week.start, week.end, limits);
  AddMeter(meters_, column, _("Hours this week, all employers"), hours.hours,
           hours.max,
           wxString::Format(_("%s h of %s h normal; at most %s h on average "
                              "and never over %s h in one week."),
                            Number(hours.hours, 1, l), Number(hours.normal, 0, l),
                            Number(hours.average, 0, l),
                            Number(hours.max, 0, l)),
           hours.level);

  const client::RestMeter rest = client::RestBeforeNext(entries_, now, limits);
  wxString rest_text;
  if (!rest.next) {
    rest_text = _("No shift ahead.");
  } else if (!rest.previous_end) {
    rest_text = wxString::Format(
        _("Next: %s, %s. No work before it that vaktbro knows of."),
        ToWx(rest.next->title),
        ToWx(client::FormatDateTime(rest.next->start, client::OsloTimeZone(),
                                    translate_)));
  } else {
    rest_text = wxString::Format(
        _("%s h off before your next shift (%s, %s); the law asks for %s h."),
        Number(rest.rest_hours, 1, l), ToWx(rest.next->title),
        ToWx(client::FormatDateTime(rest.next->start, client::OsloTimeZone(),
                                    translate_)),
        Number(rest.limit, 0, l));
  }
  AddMeter(meters_, column, _("Rest before the next shift"),
           rest.previous_end ? rest.rest_hours : 0, 2 * limits.daily_rest_hours,
           rest_text, rest.level);

  const client::WeeklyRestMeter weekly =
      client::LongestRest(entries_, week.start, week.end, limits);
  AddMeter(meters_, column, _("Longest rest this week"), weekly.hours, 168,
           wxString::Format(_("%s h in one stretch; the law asks for %s h."),
                            Number(weekly.hours, 1, l),
                            Number(weekly.limit, 0, l)),
           weekly.level);

  if (client::IsPensioner(*data_)) {
    const client::PensionLimits pension;
    const client::PensionMeter p = client::Enrolment(*data_, now, pension);
    wxString text;
    switch (p.status) {
      case client::PensionMeter::Status::kApplies:
        text = wxString::Format(
            _("%s %% of full time on ordinary terms (positions %s %%, extra "
              "shifts this month %s %%); at %s %% you are enrolled and the "
              "pension is reduced. Pensjonistlønn does not count."),
            Number(p.total_percent, 1, l), Number(p.position_percent, 1, l),
            Number(p.shift_percent, 1, l), Number(p.threshold, 0, l));
        break;
      case client::PensionMeter::Status::kUnreduced:
        text = _("Born 1963 or later: work does not reduce your pension.");
        break;
      case client::PensionMeter::Status::kNotDrawing:
        text = _("You do not draw a retirement pension: the threshold does "
                 "not apply.");
        break;
      case client::PensionMeter::Status::kNotPensioner:
        break;
    }
    AddMeter(meters_, column, _("Pension: the 20 % threshold"),
             p.total_percent, std::max(p.threshold, 1.0) * 1.25, text, p.level);
    const client::AfpMeter afp = client::AfpTolerance(*data_, pension);
    if (afp.applies) {
      AddMeter(meters_, column, _("AFP: income tolerance"), afp.earnings,
               afp.tolerance * 1.25,
               wxString::Format(_("%s kr this year (so far or expected); the "
                                  "tolerance is %s kr. Above it the AFP is "
                                  "recalculated."),
                                Number(afp.earnings, 0, l),
                                Number(afp.tolerance, 0, l)),
               afp.level);
    }
  }
  sizer->Add(column, wxSizerFlags().Expand().Border(wxALL, Border(meters_)));
  meters_->Layout();
}

void EmployeePanel::AddAvailability() {
  ShowInlineError(from_error_, wxString());
  ShowInlineError(to_error_, wxString());
  const absl::Time start = ReadTime(from_day_, from_time_);
  const absl::Time end = ReadTime(to_day_, to_time_);
  if (end <= start) {
    ShowInlineError(to_error_, _("Must be after the start."));
    return;
  }
  const std::string note = FromWx(note_->GetValue());
  const std::string request_id = client::NewRequestId();
  Run<absl::StatusOr<v1::Availability>>(
      _("Saving your availability..."),
      [start, end, note, request_id](const client::EmployeeClient& c,
                                     client::Cancellation*) {
        return c.AddAvailability(start, end, note, request_id);
      },
      [this](absl::StatusOr<v1::Availability> added) {
        if (added.ok()) {
          note_->Clear();
          Reload();
          return;
        }
        const client::FieldErrors errors =
            client::FieldErrors::Parse(added.status());
        SetStatus(wxString());
        if (auto m = errors.For("availability.start_time")) {
          ShowInlineError(from_error_, TranslateServerMessage(*m));
        } else if (auto m = errors.For("availability.end_time")) {
          ShowInlineError(to_error_, TranslateServerMessage(*m));
        } else {
          ShowInlineError(to_error_, TranslateServerMessage(
                                   std::string(added.status().message())));
        }
      });
}

void EmployeePanel::RemoveAvailability() {
  ShowInlineError(windows_error_, wxString());
  const wxDataViewItem item = windows_table_->GetSelection();
  if (!item.IsOk()) {
    ShowInlineError(windows_error_, _("Select a window in the list first."));
    return;
  }
  const v1::Availability window = availabilities_[windows_model_->GetRow(item)];
  const std::string request_id = client::NewRequestId();
  Run<absl::Status>(
      _("Removing..."),
      [window, request_id](const client::EmployeeClient& c,
                           client::Cancellation*) {
        return c.RemoveAvailability(window, request_id);
      },
      [this](absl::Status removed) {
        if (!removed.ok()) {
          SetStatus(wxString());
          ShowInlineError(windows_error_,
                    TranslateServerMessage(std::string(removed.message())));
          return;
        }
        Reload();
      });
}

}  // namespace vaktbro::gui
