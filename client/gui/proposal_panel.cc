#include "proposal_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include <utility>

#include "absl/time/clock.h"
#include "i18n.h"
#include "oslo_time.h"
#include "widgets.h"

namespace vaktbro::gui {
namespace {

using client::ProposalColumn;

absl::CivilDay ToCivilDay(const wxDateTime& date) {
  return absl::CivilDay(date.GetYear(), date.GetMonth() + 1, date.GetDay());
}

}  // namespace

ProposalPanel::ProposalPanel(
    wxWindow* parent, std::shared_ptr<const client::CoordinatorClient> client,
    bool norwegian)
    : wxPanel(parent),
      client_(std::move(client)),
      review_({.translate = CatalogTranslate(), .norwegian = norwegian}) {
  busy_ = new BusyBar(this);
  summary_ = new wxStaticText(
      this, wxID_ANY,
      _("Choose a period and press Propose: the optimiser fills as many open "
        "shifts as it can, cheapest first and never against a rule. Nothing "
        "is booked until you accept."));
  summary_->Wrap(FromDIP(900));
  view_ = MakeTable(
      this,
      {{_("Take"), 50}, {_("Start"), 160}, {_("Shift"), 220},
       {_("Person"), 180}, {_("Cost"), 90, wxALIGN_RIGHT},
       {_("Warnings"), 260}, {_("Result"), 260}},
      {.rows = [this] { return review_.size(); },
       .text =
           [this](size_t row, unsigned column) {
             return ToWx(review_.Cell(row, static_cast<ProposalColumn>(column)));
           },
       .toggle_column = 0,
       .checked = [this](size_t row) { return review_.checked(row); },
       .set_checked =
           [this](size_t row, bool checked) {
             const bool changed = review_.SetChecked(row, checked);
             CallAfter([this] { UpdateButtons(); });
             return changed;
           }},
      &model_, wxDV_ROW_LINES | wxDV_VERT_RULES);
  view_->SetName("proposal-list");

  auto* actions = new wxBoxSizer(wxHORIZONTAL);
  accept_checked_ = new wxButton(this, wxID_ANY, _("Accept &ticked"));
  accept_checked_->SetName("proposal-accept-ticked");
  accept_all_ = new wxButton(this, wxID_ANY, _("Accept &all"));
  accept_all_->SetName("proposal-accept-all");
  check_none_ = new wxButton(this, wxID_ANY, _("Untick all"));
  result_ = new wxStaticText(this, wxID_ANY, wxString());
  actions->Add(accept_checked_, wxSizerFlags().CentreVertical());
  actions->Add(accept_all_,
               wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
  actions->Add(check_none_,
               wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
  actions->Add(result_,
               wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(12)));
  accept_checked_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Accept(false); });
  accept_all_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Accept(true); });
  check_none_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    review_.CheckAll(false);
    model_->Reset();
    UpdateButtons();
  });

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(MakeToolbar(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(busy_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(summary_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(view_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(actions, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  SetSizer(top);
  UpdateButtons();
}

ProposalPanel::~ProposalPanel() {
  if (cancel_) cancel_->Cancel();
  view_->AssociateModel(nullptr);
}

wxSizer* ProposalPanel::MakeToolbar() {
  unit_ = new wxChoice(this, wxID_ANY);
  const wxDateTime today = wxDateTime::Today();
  from_ = new wxDatePickerCtrl(this, wxID_ANY, today, wxDefaultPosition,
                               wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  to_ = new wxDatePickerCtrl(this, wxID_ANY, today + wxDateSpan::Days(6),
                             wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  seconds_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition,
                            FromDIP(wxSize(120, -1)), wxSP_ARROW_KEYS, 1, 120, 5);
  propose_ = new wxButton(this, wxID_ANY, _("&Propose"));
  propose_->SetName("proposal-propose");
  propose_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Propose(); });
  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  const wxSizerFlags gap = wxSizerFlags(centre).Border(wxLEFT, FromDIP(6));
  const wxSizerFlags wide = wxSizerFlags(centre).Border(wxLEFT, FromDIP(14));
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(new wxStaticText(this, wxID_ANY, _("&Unit:")), centre);
  bar->Add(unit_, gap);
  bar->Add(new wxStaticText(this, wxID_ANY, _("&From:")), wide);
  bar->Add(from_, gap);
  bar->Add(new wxStaticText(this, wxID_ANY, _("&To:")), wide);
  bar->Add(to_, gap);
  bar->Add(new wxStaticText(this, wxID_ANY, _("Think for (s):")), wide);
  bar->Add(seconds_, gap);
  bar->Add(propose_, wide);
  return bar;
}

void ProposalPanel::SetScope(const client::Directory& directory,
                             const std::string& organisation) {
  directory_ = directory;
  organisation_ = organisation;
  unit_->Clear();
  unit_names_.clear();
  unit_->Append(_("All units"));
  for (const v1::Unit& unit : directory.units) {
    if (unit.organisation() != organisation) continue;
    unit_->Append(ToWx(unit.display_name()));
    unit_names_.push_back(unit.name());
  }
  unit_->SetSelection(0);
  Layout();
}

void ProposalPanel::Propose() {
  if (busy_now_) return;
  v1::ProposeAssignmentsRequest request;
  const int unit = unit_->GetSelection();
  if (unit > 0) {
    request.set_unit(unit_names_[unit - 1]);
  } else {
    request.set_organisation(organisation_);
  }
  const absl::TimeZone& oslo = client::OsloTimeZone();
  const absl::CivilDay from = ToCivilDay(from_->GetValue());
  const absl::CivilDay to = ToCivilDay(to_->GetValue());
  if (to < from) {
    result_->SetForegroundColour(wxColour(0xC0, 0x10, 0x10));
    result_->SetLabel(_("The To day must not be before the From day."));
    return;
  }
  *request.mutable_start_time() = client::ToTimestamp(client::StartOfDay(from, oslo));
  *request.mutable_end_time() = client::ToTimestamp(client::StartOfDay(to + 1, oslo));
  request.set_time_limit_seconds(seconds_->GetValue());
  request.set_request_id(client::NewRequestId());
  cancel_ = std::make_shared<client::Cancellation>();
  busy_now_ = true;
  result_->SetLabel(wxString());
  busy_->Start(wxString::Format(_("The optimiser is working (up to %d s)..."),
                                seconds_->GetValue()),
               [this] {
                 if (cancel_) cancel_->Cancel();
               });
  UpdateButtons();
  background_.Run<absl::StatusOr<v1::Proposal>>(
      [client = client_, request, cancel = cancel_] {
        return client->Propose(request, cancel.get());
      },
      [this](absl::StatusOr<v1::Proposal> proposal) {
        busy_now_ = false;
        busy_->Stop();
        if (!proposal.ok()) {
          ShowProblem(_("Could not make a proposal"), proposal.status());
          UpdateButtons();
          return;
        }
        review_.Set(*proposal);
        model_->Reset();
        summary_->SetLabel(review_.size() == 0
                               ? _("No open shift in the period could be "
                                   "filled.")
                               : ToWx(review_.Summary()));
        summary_->Wrap(FromDIP(900));
        UpdateButtons();
        Layout();
      });
}

void ProposalPanel::Accept(bool all) {
  if (busy_now_ || review_.empty()) return;
  if (all) {
    review_.CheckAll(true);
    model_->Reset();
  }
  const std::vector<int> items = review_.CheckedItems();
  if (items.empty()) return;
  busy_now_ = true;
  busy_->Start(wxString::Format(wxPLURAL("Booking %d item...",
                                         "Booking %d items...",
                                         static_cast<int>(items.size())),
                                static_cast<int>(items.size())),
               nullptr);
  UpdateButtons();
  background_.Run<absl::StatusOr<v1::AcceptProposalResponse>>(
      [client = client_, name = review_.proposal().name(), items,
       id = client::NewRequestId()] {
        return client->AcceptProposal(name, items, id);
      },
      [this](absl::StatusOr<v1::AcceptProposalResponse> response) {
        busy_now_ = false;
        busy_->Stop();
        if (!response.ok()) {
          ShowProblem(_("Could not accept"), response.status());
          UpdateButtons();
          return;
        }
        review_.SetResult(*response);
        model_->Reset();
        result_->SetForegroundColour(wxColour(0x1B, 0x6E, 0x20));
        result_->SetLabel(ToWx(review_.ResultSummary()));
        UpdateButtons();
      });
}

void ProposalPanel::UpdateButtons() {
  const bool any_open = !review_.empty() && !busy_now_;
  accept_checked_->Enable(any_open && !review_.CheckedItems().empty());
  accept_all_->Enable(any_open);
  check_none_->Enable(any_open);
  propose_->Enable(!busy_now_);
}

void ProposalPanel::ShowProblem(const wxString& what,
                                const absl::Status& status) {
  result_->SetForegroundColour(wxColour(0xC0, 0x10, 0x10));
  result_->SetLabel(absl::IsCancelled(status)
                        ? _("Stopped.")
                        : wxString::Format("%s: %s", what,
                                           ToWx(std::string(status.message()))));
}

}  // namespace vaktbro::gui
