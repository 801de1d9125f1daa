#include "candidates_panel.h"

#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include <utility>

#include "absl/strings/str_join.h"
#include "cascade_progress.h"
#include "i18n.h"
#include "oslo_time.h"

namespace vaktbro::gui {
namespace {

using client::CandidateColumn;
using client::CandidateList;

constexpr int kCascadePollMs = 15 * 1000;
const wxColour kGood(0x1B, 0x6E, 0x20);
const wxColour kBad(0xC0, 0x10, 0x10);

TableModel::Source SourceOf(const CandidateList* list, CandidateList::Which which) {
  return {.rows = [list, which] { return list->size(which); },
          .text = [list, which](size_t row, unsigned column) {
            return ToWx(list->Cell(which, row,
                                   static_cast<CandidateColumn>(column)));
          }};
}

std::vector<TableColumn> EligibleColumns() {
  return {{_("#"), 36, wxALIGN_RIGHT},      {_("Name"), 170},
          {_("Employer"), 150},             {_("Channel"), 130},
          {_("Score"), 60, wxALIGN_RIGHT},  {_("Cost"), 90, wxALIGN_RIGHT},
          {_("Findings"), 100},             {_("Score parts"), 320}};
}

std::vector<TableColumn> IneligibleColumns() {
  return {{wxString(), 0},  {_("Name"), 170},    {_("Employer"), 150},
          {_("Channel"), 130}, {wxString(), 0},  {_("Cost"), 90, wxALIGN_RIGHT},
          {_("Why not"), 520}, {wxString(), 0}};
}

wxString StageMark(client::CascadeStage::Status status) {
  switch (status) {
    case client::CascadeStage::Status::kDone:
      return wxString::FromUTF8("\xE2\x9C\x93 ");  // check mark
    case client::CascadeStage::Status::kCurrent:
      return wxString::FromUTF8("\xE2\x96\xB6 ");  // play
    case client::CascadeStage::Status::kWaiting:
      return wxString::FromUTF8("\xE2\x97\x8B ");  // circle
  }
  return wxString();
}

}  // namespace

CandidatesPanel::CandidatesPanel(
    wxWindow* parent, std::shared_ptr<const client::CoordinatorClient> client,
    Options options)
    : wxPanel(parent),
      client_(std::move(client)),
      options_(options),
      list_({.translate = CatalogTranslate(),
             .norwegian = options.norwegian,
             .organisation_name = [this](const std::string& name) {
               for (const v1::Organisation& o : directory_.organisations) {
                 if (o.name() == name) return o.display_name();
               }
               return name;
             }}) {
  header_ = new wxStaticText(this, wxID_ANY,
                             _("Select a shift on the board to see who can "
                               "take it."));
  header_->SetFont(header_->GetFont().Bold());
  busy_ = new BusyBar(this);
  tabs_ = new wxNotebook(this, wxID_ANY);
  eligible_view_ = MakeTable(tabs_, EligibleColumns(),
                             SourceOf(&list_, CandidateList::kEligible),
                             &eligible_model_);
  eligible_view_->SetName("candidates-list");
  ineligible_view_ = MakeTable(tabs_, IneligibleColumns(),
                               SourceOf(&list_, CandidateList::kIneligible),
                               &ineligible_model_);
  ineligible_view_->SetName("why-not-list");
  // The unused columns of the shared model are hidden.
  for (unsigned i : {0u, 4u, 7u}) ineligible_view_->GetColumn(i)->SetHidden(true);
  tabs_->AddPage(eligible_view_, _("Candidates"));
  tabs_->AddPage(ineligible_view_, _("Why not"));
  details_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                            FromDIP(wxSize(300, -1)),
                            wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
  details_->SetName("candidate-details");

  auto* right = new wxBoxSizer(wxVERTICAL);
  right->Add(new wxStaticText(this, wxID_ANY, _("Score parts and findings:")));
  right->Add(details_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
  right->Add(MakeActions(), wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
  auto* body = new wxBoxSizer(wxHORIZONTAL);
  body->Add(tabs_, wxSizerFlags(3).Expand());
  body->Add(right, wxSizerFlags(2).Expand().Border(wxLEFT, FromDIP(8)));

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(header_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(busy_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(MakeCascadeBox(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  SetSizer(top);

  for (wxDataViewCtrl* view : {eligible_view_, ineligible_view_}) {
    view->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
               [this](wxDataViewEvent&) { OnCandidateSelected(); });
  }
  tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
    event.Skip();
    OnCandidateSelected();
  });
  cascade_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { LoadCascade(); });
  UpdateButtons();
}

CandidatesPanel::~CandidatesPanel() {
  cascade_timer_.Stop();
  if (cancel_) cancel_->Cancel();
  eligible_view_->AssociateModel(nullptr);
  ineligible_view_->AssociateModel(nullptr);
}

wxSizer* CandidatesPanel::MakeActions() {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  offer_ = new wxButton(this, wxID_ANY, _("&Offer"));
  offer_->SetName("candidate-offer");
  offer_->SetToolTip(_("Offer the shift; the person accepts or declines"));
  assign_ = new wxButton(this, wxID_ANY, _("A&ssign"));
  assign_->SetName("candidate-assign");
  assign_->SetToolTip(_("Book the person at once (agreed by phone, say)"));
  buttons->Add(offer_);
  buttons->Add(assign_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
  offer_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Act(false); });
  assign_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Act(true); });
  offer_->Show(options_.can_act);
  assign_->Show(options_.can_act);
  sizer->Add(buttons);
  message_ = new wxStaticText(this, wxID_ANY, wxString());
  message_->SetName("candidate-message");
  sizer->Add(message_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
  return sizer;
}

wxSizer* CandidatesPanel::MakeCascadeBox() {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Cascade"));
  wxWindow* parent = box->GetStaticBox();
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  cascade_state_ = new wxStaticText(parent, wxID_ANY, _("Not started"));
  cascade_state_->SetName("cascade-state");
  cascade_stages_ = new wxStaticText(parent, wxID_ANY, wxString());
  cascade_start_ = new wxButton(parent, wxID_ANY, _("Start &cascade"));
  cascade_start_->SetName("cascade-start");
  cascade_start_->SetToolTip(
      _("Offer tier by tier: own unit, pool, secondary positions, "
        "pensioners, partners; the agency last"));
  cascade_stop_ = new wxButton(parent, wxID_ANY, _("S&top"));
  cascade_start_->Bind(wxEVT_BUTTON,
                       [this](wxCommandEvent&) { StartOrStopCascade(true); });
  cascade_stop_->Bind(wxEVT_BUTTON,
                      [this](wxCommandEvent&) { StartOrStopCascade(false); });
  cascade_start_->Show(options_.can_act);
  cascade_stop_->Show(options_.can_act);
  row->Add(cascade_state_, wxSizerFlags().CentreVertical());
  row->Add(cascade_stages_,
           wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(12)));
  row->Add(cascade_start_, wxSizerFlags().CentreVertical());
  row->Add(cascade_stop_,
           wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
  box->Add(row, wxSizerFlags().Expand());
  cascade_log_ = new wxListBox(parent, wxID_ANY, wxDefaultPosition,
                               FromDIP(wxSize(-1, 70)));
  cascade_log_->SetName("cascade-log");
  box->Add(cascade_log_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
  return box;
}

void CandidatesPanel::SetDirectory(const client::Directory& directory) {
  directory_ = directory;
  eligible_view_->Refresh();
}

void CandidatesPanel::ShowShift(const v1::Shift* shift) {
  if (shift == nullptr) {
    if (!shift_.has_value()) return;
    shift_.reset();
    ++load_;
    if (cancel_) cancel_->Cancel();
    busy_->Stop();
    list_.Clear();
    eligible_model_->Reset();
    ineligible_model_->Reset();
    details_->Clear();
    cascade_timer_.Stop();
    cascade_log_->Clear();
    cascade_state_->SetLabel(_("Not started"));
    cascade_stages_->SetLabel(wxString());
    ShowMessage(wxString(), false);
    loaded_ = false;
    UpdateHeader();
    UpdateButtons();
    return;
  }
  const bool same = shift_.has_value() && shift_->name() == shift->name();
  shift_ = *shift;
  UpdateHeader();
  if (same) return;  // a live update of the same shift
  ShowMessage(wxString(), false);
  Reload();
  LoadCascade();
}

void CandidatesPanel::UpdateHeader() {
  if (!shift_.has_value()) {
    header_->SetLabel(
        _("Select a shift on the board to see who can take it."));
    return;
  }
  const client::Translate tr = CatalogTranslate();
  const absl::Time start = client::FromTimestamp(shift_->start_time());
  const wxString when = ToWx(
      client::FormatDateTime(start, client::OsloTimeZone(), tr) + " - " +
      client::FormatEndTime(start, client::FromTimestamp(shift_->end_time()),
                            client::OsloTimeZone(), tr));
  header_->SetLabel(wxString::Format(_("%s, %s: %d of %d staffed"),
                                     ToWx(shift_->title()), when,
                                     shift_->filled_count(),
                                     shift_->headcount()));
}

void CandidatesPanel::Reload() {
  if (!shift_.has_value()) return;
  if (cancel_) cancel_->Cancel();
  cancel_ = std::make_shared<client::Cancellation>();
  const uint64_t load = ++load_;
  loaded_ = false;
  list_.Clear();
  eligible_model_->Reset();
  ineligible_model_->Reset();
  details_->Clear();
  busy_->Start(_("Finding candidates..."), [this] {
    if (cancel_) cancel_->Cancel();
  });
  UpdateButtons();
  background_.Run<absl::StatusOr<v1::FindCandidatesResponse>>(
      [client = client_, shift = shift_->name(), cancel = cancel_] {
        return client->FindCandidates(shift, cancel.get());
      },
      [this, load](absl::StatusOr<v1::FindCandidatesResponse> response) {
        OnLoaded(load, std::move(response));
      });
}

void CandidatesPanel::OnLoaded(
    uint64_t load, absl::StatusOr<v1::FindCandidatesResponse> response) {
  if (load != load_) return;  // another shift by now
  busy_->Stop();
  if (!response.ok()) {
    ShowMessage(absl::IsCancelled(response.status())
                    ? _("Stopped. Select the shift again to retry.")
                    : wxString::Format(_("Could not find candidates: %s"),
                                       ToWx(std::string(
                                           response.status().message()))),
                true);
    UpdateButtons();
    return;
  }
  list_.Set(*response);
  loaded_ = true;
  eligible_model_->Reset();
  ineligible_model_->Reset();
  tabs_->SetPageText(0, wxString::Format(_("Candidates (%zu)"),
                                         list_.size(CandidateList::kEligible)));
  tabs_->SetPageText(1, wxString::Format(_("Why not (%zu)"),
                                         list_.size(CandidateList::kIneligible)));
  if (list_.size(CandidateList::kEligible) > 0) {
    eligible_view_->Select(eligible_model_->GetItem(0));
  }
  OnCandidateSelected();
}

const v1::Candidate* CandidatesPanel::SelectedCandidate() const {
  const bool eligible = tabs_->GetSelection() == 0;
  const wxDataViewCtrl* view = eligible ? eligible_view_ : ineligible_view_;
  const TableModel* model = eligible ? eligible_model_ : ineligible_model_;
  const int row = SelectedRow(view, model);
  const CandidateList::Which which =
      eligible ? CandidateList::kEligible : CandidateList::kIneligible;
  if (row < 0 || static_cast<size_t>(row) >= list_.size(which)) return nullptr;
  return &list_.At(which, row);
}

bool CandidatesPanel::SelectPerson(const std::string& person) {
  const std::optional<size_t> row =
      list_.RowOf(CandidateList::kEligible, person);
  if (!row.has_value()) return false;
  tabs_->SetSelection(0);
  eligible_view_->Select(eligible_model_->GetItem(*row));
  eligible_view_->EnsureVisible(eligible_model_->GetItem(*row));
  OnCandidateSelected();
  return true;
}

void CandidatesPanel::OnCandidateSelected() {
  const v1::Candidate* candidate = SelectedCandidate();
  details_->SetValue(candidate == nullptr ? wxString()
                                          : ToWx(list_.Details(*candidate)));
  UpdateButtons();
}

void CandidatesPanel::UpdateButtons() {
  const v1::Candidate* candidate = SelectedCandidate();
  const bool can = shift_.has_value() && !acting_ && candidate != nullptr &&
                   candidate->eligible();
  offer_->Enable(can);
  assign_->Enable(can);
  cascade_start_->Enable(shift_.has_value() && !acting_ && !cascade_running_);
  cascade_stop_->Enable(shift_.has_value() && !acting_ && cascade_running_);
}

void CandidatesPanel::Act(bool assign) {
  const v1::Candidate* candidate = SelectedCandidate();
  if (candidate == nullptr || !shift_.has_value()) return;
  acting_ = true;
  UpdateButtons();
  const v1::Candidate chosen = *candidate;
  const wxString name = ToWx(chosen.display_name());
  ShowMessage(assign ? wxString::Format(_("Assigning %s..."), name)
                     : wxString::Format(_("Offering to %s..."), name),
              false);
  background_.Run<absl::StatusOr<v1::Assignment>>(
      [client = client_, shift = shift_->name(), chosen, assign,
       id = client::NewRequestId()] {
        return assign ? client->Assign(shift, chosen, id)
                      : client->Offer(shift, chosen, id);
      },
      [this, name, assign](absl::StatusOr<v1::Assignment> result) {
        acting_ = false;
        UpdateButtons();
        if (!result.ok()) {
          ShowMessage(wxString::Format(_("Refused: %s"),
                                       ToWx(std::string(
                                           result.status().message()))),
                      true);
          return;
        }
        ShowMessage(assign ? wxString::Format(_("%s is booked."), name)
                           : wxString::Format(
                                 _("Offered to %s. Waiting for an answer."),
                                 name),
                    false);
      });
}

void CandidatesPanel::StartOrStopCascade(bool start) {
  if (!shift_.has_value()) return;
  acting_ = true;
  UpdateButtons();
  background_.Run<absl::StatusOr<v1::Cascade>>(
      [client = client_, shift = shift_->name(), start,
       id = client::NewRequestId()] {
        return start ? client->StartCascade(shift, id)
                     : client->StopCascade(shift, id);
      },
      [this](absl::StatusOr<v1::Cascade> cascade) {
        acting_ = false;
        if (!cascade.ok()) {
          ShowMessage(wxString::Format(_("Cascade: %s"),
                                       ToWx(std::string(
                                           cascade.status().message()))),
                      true);
        }
        ShowCascade(cascade);
      });
}

void CandidatesPanel::LoadCascade() {
  if (!shift_.has_value()) return;
  const std::string shift = shift_->name();
  background_.Run<absl::StatusOr<v1::Cascade>>(
      [client = client_, shift] { return client->GetCascade(shift); },
      [this, shift](absl::StatusOr<v1::Cascade> cascade) {
        if (!shift_.has_value() || shift_->name() != shift) return;
        ShowCascade(cascade);
      });
}

void CandidatesPanel::ShowCascade(const absl::StatusOr<v1::Cascade>& cascade) {
  cascade_log_->Clear();
  if (!cascade.ok()) {
    cascade_log_->Hide();
    Layout();
    cascade_running_ = false;
    // The server words a cascade that does not exist like one the caller
    // may not see.
    const bool none = absl::IsNotFound(cascade.status()) ||
                      absl::IsPermissionDenied(cascade.status());
    cascade_state_->SetLabel(none ? _("Not started") : _("Not available"));
    cascade_stages_->SetLabel(wxString());
    cascade_timer_.Stop();
    UpdateButtons();
    return;
  }
  const client::CascadeProgress progress = client::DescribeCascade(
      *cascade, {.translate = CatalogTranslate()});
  cascade_running_ = progress.running;
  cascade_state_->SetLabel(ToWx(progress.headline));
  wxString stages;
  for (const client::CascadeStage& stage : progress.stages) {
    if (!stages.empty()) stages += "   ";
    stages += StageMark(stage.status) + ToWx(stage.label);
  }
  cascade_stages_->SetLabel(stages);
  for (const std::string& line : progress.log) {
    cascade_log_->Append(ToWx(line));
  }
  cascade_log_->Show(!progress.log.empty());  // no empty box to skip
  if (!progress.log.empty()) {
    cascade_log_->EnsureVisible(cascade_log_->GetCount() - 1);
  }
  if (cascade_running_) {
    cascade_timer_.StartOnce(kCascadePollMs);
  } else {
    cascade_timer_.Stop();
  }
  UpdateButtons();
  Layout();
}

void CandidatesPanel::ShowMessage(const wxString& message, bool problem) {
  message_->SetForegroundColour(problem ? kBad : kGood);
  message_->SetLabelText(message);
  message_->Wrap(FromDIP(320));
  Layout();
}

}  // namespace vaktbro::gui
