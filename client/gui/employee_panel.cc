#include "employee_panel.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/translation.h>

#include <algorithm>

#include "absl/time/clock.h"
#include "exchange_client.h"
#include "field_errors.h"
#include "i18n.h"
#include "ics_export.h"
#include "oslo_time.h"
#include "server_messages.h"
#include "widgets.h"

namespace vaktbro::gui {
namespace {

client::Language UiLanguage() {
  wxTranslations* t = wxTranslations::Get();
  if (t == nullptr) return client::Language::kEn;
  const wxString lang = t->GetBestTranslation("vaktbro", wxLANGUAGE_ENGLISH_US);
  return lang.StartsWith("nb") || lang.StartsWith("no") ? client::Language::kNb
                                                         : client::Language::kEn;
}

// The server's message in plain words, or what went wrong with the call.
wxString Problem(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kUnavailable:
      return _("The exchange cannot be reached. Check the connection and try "
               "again.");
    case absl::StatusCode::kDeadlineExceeded:
      return _("The exchange did not answer in time. Try again.");
    case absl::StatusCode::kCancelled:
      return _("Cancelled.");
    case absl::StatusCode::kPermissionDenied:
      return _("Your account may not do this.");
    case absl::StatusCode::kUnauthenticated:
      return _("Your session has ended. Log in again.");
    default:
      break;
  }
  const client::FieldErrors errors = client::FieldErrors::Parse(status);
  if (!errors.errors().empty()) {
    return TranslateServerMessage(errors.errors().front().message);
  }
  return TranslateServerMessage(std::string(status.message()));
}

}  // namespace

EmployeePanel::EmployeePanel(wxWindow* parent,
                             std::shared_ptr<grpc::Channel> channel,
                             const v1::Account& account)
    : wxPanel(parent),
      language_(UiLanguage()),
      translate_(CatalogTranslate()),
      client_(std::make_shared<client::EmployeeClient>(std::move(channel),
                                                       account.person())) {
  period_ = client::PeriodOf(
      span_, absl::ToCivilDay(absl::Now(), client::OsloTimeZone()),
      client::OsloTimeZone());
  book_ = new wxNotebook(this, wxID_ANY);
  book_->AddPage(MakePositionsPage(book_), _("My positions"));
  book_->AddPage(MakeCalendarPage(book_), _("Calendar"));
  book_->AddPage(MakeAvailabilityPage(book_), _("Availability"));
  book_->AddPage(MakeOffersPage(book_), _("Offers"));
  book_->AddPage(MakeMetersPage(book_), _("Meters"));

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(MakeTopBar(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(book_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM,
                                                  FromDIP(8)));
  SetSizer(top);
  who_->SetLabel(account.display_name().empty()
                     ? ToWx(account.name())
                     : ToWx(account.display_name()));
  Reload();
}

EmployeePanel::~EmployeePanel() { CancelJobs(); }

wxSizer* EmployeePanel::MakeTopBar() {
  who_ = new wxStaticText(this, wxID_ANY, wxString());
  who_->SetFont(who_->GetFont().Bold());
  status_ = new wxStaticText(this, wxID_ANY, wxString());
  spinner_ = new wxActivityIndicator(this);
  spinner_->Hide();
  // Not wxID_CANCEL: its stock label stays English when wx's own catalog
  // is not installed.
  cancel_ = new wxButton(this, wxID_ANY, _("&Cancel"));
  cancel_->Disable();
  auto* refresh = new wxButton(this, wxID_REFRESH, _("&Refresh"));
  auto* ics = new wxButton(this, wxID_ANY, _("Export .&ics..."));
  cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CancelJobs(); });
  refresh->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Reload(); });
  ics->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ExportIcs(); });

  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(who_, centre);
  bar->Add(spinner_, wxSizerFlags(centre).Border(wxLEFT, FromDIP(12)));
  bar->Add(status_, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(8)));
  bar->Add(cancel_, wxSizerFlags(centre).Border(wxLEFT, FromDIP(6)));
  bar->Add(refresh, wxSizerFlags(centre).Border(wxLEFT, FromDIP(6)));
  bar->Add(ics, wxSizerFlags(centre).Border(wxLEFT, FromDIP(6)));
  return bar;
}

void EmployeePanel::EndJob(const std::shared_ptr<client::Cancellation>& job) {
  jobs_.erase(std::remove(jobs_.begin(), jobs_.end(), job), jobs_.end());
  UpdateBusy();
}

void EmployeePanel::CancelJobs() {
  for (const auto& job : jobs_) job->Cancel();
}

void EmployeePanel::UpdateBusy() {
  const bool busy = !jobs_.empty();
  spinner_->Show(busy);
  if (busy) {
    spinner_->Start();
    SetStatus(busy_text_);
  } else {
    spinner_->Stop();
  }
  cancel_->Enable(busy);
  Layout();
}

void EmployeePanel::SetStatus(const wxString& text) {
  status_->SetLabelText(text);
}

void EmployeePanel::Reload() {
  Run<absl::StatusOr<client::EmployeeData>>(
      _("Loading your shifts..."),
      [](const client::EmployeeClient& c, client::Cancellation* cancel) {
        return c.Load(absl::Now(), cancel);
      },
      [this](absl::StatusOr<client::EmployeeData> data) {
        if (!data.ok()) {
          SetStatus(wxString::Format(_("Could not load your data: %s"),
                                     Problem(data.status())));
          return;
        }
        data_ = *std::move(data);
        ShowData();
        SetStatus(data_->problems.empty()
                      ? wxString::Format(_("Updated %s"),
                                         ToWx(absl::FormatTime(
                                             "%H:%M", absl::Now(),
                                             client::OsloTimeZone())))
                      : wxString::Format(_("Partly loaded: %s"),
                                         ToWx(data_->problems.front())));
      });
}

void EmployeePanel::ShowPage(Page page) {
  book_->SetSelection(static_cast<size_t>(page));
}

void EmployeePanel::ShowData() {
  const client::EmployeeData& data = *data_;
  if (!data.person.display_name().empty())
    who_->SetLabel(ToWx(data.person.display_name()));
  positions_model_->SetRows(client::PositionRows(
      data, absl::ToCivilDay(absl::Now(), client::OsloTimeZone()), translate_,
      language_));
  entries_ = client::CalendarEntries(data);
  ShowCalendar();
  availabilities_ = client::SortedAvailabilities(data);
  windows_model_->SetRows(client::AvailabilityRows(
      availabilities_, client::OsloTimeZone(), translate_));
  offers_ = client::Offers(data);
  offers_model_->SetRows(
      client::OfferRows(data, offers_, client::OsloTimeZone(), translate_));
  book_->SetPageText(static_cast<size_t>(Page::kOffers),
                     offers_.empty() ? _("Offers")
                                     : wxString::Format(_("Offers (%zu)"),
                                                        offers_.size()));
  findings_for_ = -1;
  ++evaluation_;
  verdict_->SetLabelText(offers_.empty() ? _("No offers waiting for you.")
                                         : _("Select an offer to see what the "
                                             "rules say about it."));
  findings_->Clear();
  accept_->Disable();
  decline_->Disable();
  ShowMeters();
  Layout();
}

void EmployeePanel::ShowCalendar() {
  const client::CalendarSpan span = month_->GetValue()
                                        ? client::CalendarSpan::kMonth
                                        : client::CalendarSpan::kWeek;
  if (span != span_) {  // keep the same part of the year in view
    const absl::CivilDay focus = span_ == client::CalendarSpan::kWeek
                                     ? period_.first + 3
                                     : absl::CivilDay(period_.month);
    span_ = span;
    period_ = client::PeriodOf(span_, focus, client::OsloTimeZone());
  }
  period_title_->SetLabel(
      ToWx(client::PeriodTitle(span_, period_, translate_)));
  std::vector<client::CalendarEntry> in =
      client::EntriesIn(entries_, period_.start, period_.end);
  calendar_model_->SetRows(
      client::CalendarRows(in, client::OsloTimeZone(), translate_));
  calendar_->Show(span_, period_, std::move(in));
}

void EmployeePanel::StepCalendar(int direction) {
  if (direction == 0) {
    period_ = client::PeriodOf(
        span_, absl::ToCivilDay(absl::Now(), client::OsloTimeZone()),
        client::OsloTimeZone());
  } else {
    period_ = client::StepPeriod(span_, period_, direction,
                                 client::OsloTimeZone());
  }
  ShowCalendar();
}

void EmployeePanel::SelectOffer(int row) {
  if (row < 0 || row >= static_cast<int>(offers_.size())) return;
  offers_table_->Select(offers_model_->GetItem(static_cast<unsigned>(row)));
  OnOfferSelected();
}

void EmployeePanel::OnOfferSelected() {
  const wxDataViewItem item = offers_table_->GetSelection();
  findings_for_ = -1;
  findings_->Clear();
  accept_->Disable();
  ShowInlineError(offer_error_, wxString());
  if (!item.IsOk()) {
    decline_->Disable();
    return;
  }
  const int row = static_cast<int>(offers_model_->GetRow(item));
  decline_->Enable();
  verdict_->SetLabelText(_("Checking the rules for this shift..."));
  const uint64_t evaluation = ++evaluation_;
  const v1::Assignment offer = offers_[row];
  Run<absl::StatusOr<v1::Candidate>>(
      _("Checking the rules..."),
      [offer](const client::EmployeeClient& c, client::Cancellation* cancel) {
        return c.Evaluate(offer, cancel);
      },
      [this, row, evaluation](absl::StatusOr<v1::Candidate> candidate) {
        if (evaluation != evaluation_) return;  // another offer selected since
        ShowFindings(row, std::move(candidate));
      });
}

void EmployeePanel::ShowFindings(int row,
                                 absl::StatusOr<v1::Candidate> candidate) {
  if (!candidate.ok()) {
    verdict_->SetLabelText(_("The rules could not be checked."));
    ShowInlineError(offer_error_, Problem(candidate.status()));
    SetStatus(wxString());
    return;
  }
  const client::FindingsSummary summary =
      client::SummariseFindings(*candidate, language_, translate_);
  verdict_->SetLabelText(ToWx(summary.headline));
  verdict_->SetForegroundColour(summary.blocked ? wxColour(0xC0, 0x10, 0x10)
                                : summary.warnings > 0
                                    ? wxColour(0xA0, 0x60, 0x00)
                                    : wxColour(0x20, 0x80, 0x30));
  wxString text;
  for (const std::string& line : summary.lines) text += ToWx(line) + "\n";
  findings_->ChangeValue(text);
  findings_for_ = row;
  accept_->Enable(!summary.blocked);
  SetStatus(wxString());
  verdict_->GetParent()->Layout();
}

void EmployeePanel::AnswerOffer(bool accept) {
  const wxDataViewItem item = offers_table_->GetSelection();
  if (!item.IsOk()) return;
  const v1::Assignment offer = offers_[offers_model_->GetRow(item)];
  const std::string request_id = client::NewRequestId();
  accept_->Disable();
  decline_->Disable();
  Run<absl::StatusOr<v1::Assignment>>(
      accept ? _("Accepting the offer...") : _("Declining the offer..."),
      [offer, accept, request_id](const client::EmployeeClient& c,
                                  client::Cancellation*) {
        return accept ? c.Accept(offer, request_id)
                      : c.Decline(offer, request_id);
      },
      [this, accept](absl::StatusOr<v1::Assignment> answered) {
        if (!answered.ok()) {
          ShowInlineError(offer_error_, Problem(answered.status()));
          decline_->Enable();
          return;
        }
        SetStatus(accept ? _("Accepted: the shift is in your calendar.")
                         : _("Declined."));
        Reload();
      });
}

void EmployeePanel::ExportIcs() {
  if (!data_) {
    wxMessageBox(_("Your shifts are not loaded yet."), _("Export .ics"),
                 wxOK | wxICON_INFORMATION, this);
    return;
  }
  wxFileDialog dialog(this, _("Export my shifts as a calendar file"),
                      wxString(), "vaktbro.ics",
                      _("iCalendar file (*.ics)|*.ics"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  // The shifts are here already and the file is small: no server call.
  absl::StatusOr<std::string> text =
      client::BuildIcs(client::IcsEventsFor(*data_), absl::Now());
  absl::Status written =
      text.ok() ? client::WriteTextFile(FromWx(dialog.GetPath()), *text)
                : text.status();
  if (!written.ok()) {
    wxMessageBox(ToWx(std::string(written.message())), _("Export failed"),
                 wxOK | wxICON_ERROR, this);
    return;
  }
  SetStatus(wxString::Format(_("Saved %s"), dialog.GetPath()));
}

}  // namespace vaktbro::gui
