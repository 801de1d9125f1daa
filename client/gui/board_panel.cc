#include "board_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include <utility>

#include "absl/time/clock.h"
#include "i18n.h"
#include "oslo_time.h"

namespace vaktbro::gui {
namespace {

using client::BoardColumn;

absl::CivilDay ToCivilDay(const wxDateTime& date) {
  return absl::CivilDay(date.GetYear(), date.GetMonth() + 1, date.GetDay());
}

}  // namespace

BoardPanel::BoardPanel(
    wxWindow* parent,
    std::function<void(const client::ShiftFilter&)> on_filter_changed,
    std::function<void()> on_post_shift)
    : wxPanel(parent),
      on_filter_changed_(std::move(on_filter_changed)),
      on_post_shift_(std::move(on_post_shift)),
      board_({.translate = CatalogTranslate()}) {
  view_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxDV_ROW_LINES | wxDV_VERT_RULES | wxDV_SINGLE);
  view_model_ = new BoardViewModel(&board_);
  view_->AssociateModel(view_model_);
  view_model_->DecRef();  // view_ holds the reference now
  MakeColumns();

  summary_ = new wxStaticText(this, wxID_ANY, _("Loading open shifts..."));
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(MakeFilterBar(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(view_,
           wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(summary_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  SetSizer(top);
}

BoardPanel::~BoardPanel() {
  // The control must not ask a destroyed BoardModel for cells.
  view_->AssociateModel(nullptr);
}

wxSizer* BoardPanel::MakeFilterBar() {
  organisation_ = new wxChoice(this, wxID_ANY);
  organisation_->Append(_("All organisations"));
  organisation_->SetSelection(0);
  unit_ = new wxChoice(this, wxID_ANY);
  unit_->Append(_("All units"));
  unit_->SetSelection(0);
  unit_->Disable();
  use_from_ = new wxCheckBox(this, wxID_ANY, _("&From:"));
  from_ = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(),
                               wxDefaultPosition, wxDefaultSize,
                               wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  from_->Disable();
  use_to_ = new wxCheckBox(this, wxID_ANY, _("&To:"));
  to_ = new wxDatePickerCtrl(
      this, wxID_ANY, wxDateTime::Today() + wxDateSpan::Weeks(2),
      wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  to_->Disable();

  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  const wxSizerFlags gap = wxSizerFlags(centre).Border(wxLEFT, FromDIP(6));
  const wxSizerFlags wide_gap =
      wxSizerFlags(centre).Border(wxLEFT, FromDIP(16));
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(new wxStaticText(this, wxID_ANY, _("&Organisation:")), centre);
  bar->Add(organisation_, gap);
  bar->Add(new wxStaticText(this, wxID_ANY, _("&Unit:")), wide_gap);
  bar->Add(unit_, gap);
  bar->Add(use_from_, wide_gap);
  bar->Add(from_, gap);
  bar->Add(use_to_, wide_gap);
  bar->Add(to_, gap);
  bar->AddStretchSpacer();
  auto* post = new wxButton(this, wxID_ANY, _("&Post a shift..."));
  post->SetToolTip(_("Post a new open shift (Ctrl+N)"));
  post->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_post_shift_(); });
  bar->Add(post, wide_gap);

  organisation_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    FillUnitFilter();
    OnFilterChanged();
  });
  unit_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { OnFilterChanged(); });
  for (wxCheckBox* box : {use_from_, use_to_}) {
    box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
      from_->Enable(use_from_->IsChecked());
      to_->Enable(use_to_->IsChecked());
      OnFilterChanged();
    });
  }
  for (wxDatePickerCtrl* picker : {from_, to_}) {
    picker->Bind(wxEVT_DATE_CHANGED,
                 [this](wxDateEvent&) { OnFilterChanged(); });
  }
  return bar;
}

void BoardPanel::MakeColumns() {
  struct Column {
    wxString title;
    BoardColumn column;
    int width;
    wxAlignment align;
  };
  const Column columns[] = {
      {_("Start"), BoardColumn::kStart, 180, wxALIGN_LEFT},
      {_("End"), BoardColumn::kEnd, 80, wxALIGN_LEFT},
      {_("Organisation"), BoardColumn::kOrganisation, 170, wxALIGN_LEFT},
      {_("Unit"), BoardColumn::kUnit, 215, wxALIGN_LEFT},
      {_("Title"), BoardColumn::kTitle, 280, wxALIGN_LEFT},
      {_("Profession"), BoardColumn::kProfession, 140, wxALIGN_LEFT},
      {_("Staffed"), BoardColumn::kFilled, 90, wxALIGN_CENTER},
      {_("State"), BoardColumn::kState, 90, wxALIGN_LEFT},
  };
  for (const Column& c : columns) {
    view_->AppendTextColumn(c.title, static_cast<unsigned>(c.column),
                            wxDATAVIEW_CELL_INERT, FromDIP(c.width), c.align,
                            wxDATAVIEW_COL_RESIZABLE);
  }
}

void BoardPanel::SetDirectory(const client::Directory& directory) {
  directory_ = directory;
  board_.SetDirectory(directory.organisations, directory.units);
  const std::string selected = board_.filter().organisation;
  organisation_->Clear();
  organisation_->Append(_("All organisations"));
  organisation_->SetSelection(0);
  for (size_t i = 0; i < directory.organisations.size(); ++i) {
    organisation_->Append(ToWx(directory.organisations[i].display_name()));
    if (directory.organisations[i].name() == selected) {
      organisation_->SetSelection(static_cast<int>(i) + 1);
    }
  }
  FillUnitFilter();
  Layout();
  view_->Refresh();
}

void BoardPanel::FillUnitFilter() {
  const std::string selected = board_.filter().unit;
  unit_->Clear();
  unit_names_.clear();
  unit_->Append(_("All units"));
  unit_->SetSelection(0);
  const int organisation = organisation_->GetSelection();
  unit_->Enable(organisation > 0);
  if (organisation <= 0) return;
  const std::string& org = directory_.organisations[organisation - 1].name();
  for (const v1::Unit& unit : directory_.units) {
    if (unit.organisation() != org) continue;
    unit_->Append(ToWx(unit.display_name()));
    unit_names_.push_back(unit.name());
    if (unit.name() == selected) unit_->SetSelection(unit_->GetCount() - 1);
  }
}

client::ShiftFilter BoardPanel::ReadFilter() const {
  client::ShiftFilter filter;
  const int organisation = organisation_->GetSelection();
  if (organisation > 0) {
    filter.organisation = directory_.organisations[organisation - 1].name();
  }
  const int unit = unit_->GetSelection();
  if (unit > 0) filter.unit = unit_names_[unit - 1];
  const absl::TimeZone& oslo = client::OsloTimeZone();
  if (use_from_->IsChecked()) {
    filter.start_from = client::StartOfDay(ToCivilDay(from_->GetValue()), oslo);
  }
  if (use_to_->IsChecked()) {  // the To day is included
    filter.start_to = client::StartOfDay(ToCivilDay(to_->GetValue()) + 1, oslo);
  }
  return filter;
}

void BoardPanel::OnFilterChanged() {
  const client::ShiftFilter filter = ReadFilter();
  if (filter == board_.filter()) return;
  board_.SetFilter(filter);
  view_model_->Reset();
  UpdateSummary();
  on_filter_changed_(filter);
}

void BoardPanel::FinishLoad(uint64_t load,
                            const std::vector<v1::Shift>& shifts) {
  board_.FinishLoad(load, shifts);
  const bool first_load = !loaded_;
  loaded_ = true;
  view_model_->Reset();
  UpdateSummary();
  if (first_load) ScrollToUpcoming();
}

void BoardPanel::ScrollToUpcoming() {
  const size_t rows = board_.row_count();
  const size_t upcoming = board_.FirstRowFrom(absl::Now());
  if (upcoming == 0 || upcoming >= rows) return;
  // Scrolling down to the end and back up to the row leaves it at the top,
  // with the shifts that have already started above it.
  view_->EnsureVisible(view_model_->GetItem(rows - 1));
  view_->EnsureVisible(view_model_->GetItem(upcoming));
}

void BoardPanel::Apply(const v1::ShiftEvent& event) {
  view_model_->Applied(board_.Apply(event));
  UpdateSummary();
}

void BoardPanel::UpdateSummary() {
  if (!loaded_) return;
  const size_t rows = board_.row_count();
  if (rows == 0) {
    summary_->SetLabel(_("No open shifts match the filter."));
    return;
  }
  const int count = static_cast<int>(rows);
  summary_->SetLabel(wxString::Format(
      wxPLURAL("%d open shift", "%d open shifts", count), count));
}

}  // namespace vaktbro::gui
