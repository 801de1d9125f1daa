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

struct ColumnSpec {
  const char* title;  // msgid
  BoardColumn column;
  int width;
  wxAlignment align;
};

// wxTRANSLATE marks for xgettext; translated when the columns are made.
const ColumnSpec kColumns[] = {
    {wxTRANSLATE("Start"), BoardColumn::kStart, 200, wxALIGN_LEFT},
    {wxTRANSLATE("End"), BoardColumn::kEnd, 80, wxALIGN_LEFT},
    {wxTRANSLATE("Organisation"), BoardColumn::kOrganisation, 170, wxALIGN_LEFT},
    {wxTRANSLATE("Unit"), BoardColumn::kUnit, 200, wxALIGN_LEFT},
    {wxTRANSLATE("Title"), BoardColumn::kTitle, 240, wxALIGN_LEFT},
    {wxTRANSLATE("Profession"), BoardColumn::kProfession, 130, wxALIGN_LEFT},
    {wxTRANSLATE("Staffed"), BoardColumn::kFilled, 100, wxALIGN_CENTER},
    {wxTRANSLATE("State"), BoardColumn::kState, 100, wxALIGN_LEFT},
};

}  // namespace

BoardPanel::BoardPanel(wxWindow* parent, Actions actions)
    : wxPanel(parent),
      actions_(std::move(actions)),
      board_({.translate = CatalogTranslate()}) {
  view_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxDV_ROW_LINES | wxDV_VERT_RULES | wxDV_SINGLE);
  view_->SetName("board-list");
  view_model_ = new BoardViewModel(&board_);
  view_->AssociateModel(view_model_);
  view_model_->DecRef();  // view_ holds the reference now
  MakeColumns();
  view_->Bind(wxEVT_DATAVIEW_COLUMN_HEADER_CLICK, &BoardPanel::OnHeaderClick,
              this);
  view_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
              [this](wxDataViewEvent&) { OnSelectionChanged(); });
  view_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
    if (const v1::Shift* shift = selected(); shift && actions_.on_edit) {
      actions_.on_edit(*shift);
    }
  });

  summary_ = new wxStaticText(this, wxID_ANY, _("Loading open shifts..."));
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(MakeFilterBar(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(view_,
           wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  bottom->Add(summary_, wxSizerFlags(1).CentreVertical());
  bottom->Add(MakeActionBar(), wxSizerFlags().CentreVertical());
  top->Add(bottom, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  SetSizer(top);
  UpdateButtons();
}

BoardPanel::~BoardPanel() {
  // The control must not ask a destroyed BoardModel for cells.
  view_->AssociateModel(nullptr);
}

wxSizer* BoardPanel::MakeFilterBar() {
  organisation_ = new wxChoice(this, wxID_ANY);
  organisation_->SetName("board-organisation");
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
  search_ = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                             FromDIP(wxSize(200, -1)));
  search_->SetName("board-search");
  search_->SetDescriptiveText(_("Search title, unit..."));
  search_->ShowCancelButton(true);

  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  const wxSizerFlags gap = wxSizerFlags(centre).Border(wxLEFT, FromDIP(6));
  const wxSizerFlags wide_gap =
      wxSizerFlags(centre).Border(wxLEFT, FromDIP(14));
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
  bar->Add(search_, wide_gap);

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
  // Live: every keystroke filters the rows already loaded.
  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    board_.SetSearch(FromWx(search_->GetValue()));
    view_model_->Reset();
    UpdateSummary();
    OnSelectionChanged();
  });
  return bar;
}

wxSizer* BoardPanel::MakeActionBar() {
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  const wxSizerFlags gap =
      wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6));
  auto add = [&](const wxString& label, const wxString& tip,
                 const char* name, std::function<void()> run) {
    auto* button = new wxButton(this, wxID_ANY, label);
    button->SetToolTip(tip);
    button->SetName(name);
    button->Bind(wxEVT_BUTTON, [run](wxCommandEvent&) { run(); });
    bar->Add(button, gap);
    return button;
  };
  if (actions_.on_post_shift) {
    add(_("&Post a shift..."), _("Post a new open shift (Ctrl+N)"),
        "board-post", actions_.on_post_shift);
  }
  if (actions_.on_post_week) {
    add(_("Post a &week..."), _("Post the same shift on several days"),
        "board-post-week", actions_.on_post_week);
  }
  if (actions_.on_edit) {
    edit_ = add(_("&Edit..."), _("Change the selected shift"), "board-edit",
                [this] {
                  if (const v1::Shift* s = selected()) actions_.on_edit(*s);
                });
  }
  if (actions_.on_cancel) {
    cancel_ = add(_("C&ancel shift..."), _("Cancel the selected shift"),
                  "board-cancel", [this] {
                    if (const v1::Shift* s = selected()) actions_.on_cancel(*s);
                  });
  }
  return bar;
}

void BoardPanel::MakeColumns() {
  for (const ColumnSpec& c : kColumns) {
    view_->AppendTextColumn(wxGetTranslation(c.title),
                            static_cast<unsigned>(c.column),
                            wxDATAVIEW_CELL_INERT, FromDIP(c.width), c.align,
                            wxDATAVIEW_COL_RESIZABLE);
  }
  UpdateSortIndicator();
}

void BoardPanel::OnHeaderClick(wxDataViewEvent& event) {
  const int model_column = event.GetDataViewColumn() != nullptr
                               ? static_cast<int>(
                                     event.GetDataViewColumn()->GetModelColumn())
                               : event.GetColumn();
  if (model_column < 0 || model_column >= client::kBoardColumnCount) return;
  const auto column = static_cast<BoardColumn>(model_column);
  const bool ascending =
      board_.sort_column() == column ? !board_.sort_ascending() : true;
  board_.SetSort(column, ascending);
  view_model_->Reset();
  UpdateSortIndicator();
  OnSelectionChanged();
}

void BoardPanel::UpdateSortIndicator() {
  // The arrow is part of the title: the native sort indicator would make
  // GTK sort the virtual list itself.
  for (unsigned i = 0; i < view_->GetColumnCount(); ++i) {
    wxDataViewColumn* column = view_->GetColumn(i);
    const ColumnSpec& spec = kColumns[column->GetModelColumn()];
    wxString title = wxGetTranslation(spec.title);
    if (spec.column == board_.sort_column()) {
      title += board_.sort_ascending() ? wxString::FromUTF8(" \xE2\x96\xB2")
                                       : wxString::FromUTF8(" \xE2\x96\xBC");
    }
    column->SetTitle(title);
  }
}

void BoardPanel::SetDirectory(const client::Directory& directory,
                              const std::vector<std::string>& scope) {
  directory_ = directory;
  board_.SetDirectory(directory.organisations, directory.units);
  std::string selected = board_.filter().organisation;
  organisation_->Clear();
  organisation_names_.clear();
  if (scope.empty()) {
    organisation_->Append(_("All organisations"));
    organisation_names_.push_back("");
    for (const v1::Organisation& o : directory.organisations) {
      organisation_->Append(ToWx(o.display_name()));
      organisation_names_.push_back(o.name());
    }
  } else {
    for (const std::string& name : scope) {
      organisation_->Append(ToWx(board_.OrganisationName(name)));
      organisation_names_.push_back(name);
    }
    if (selected.empty()) selected = scope.front();
  }
  organisation_->SetSelection(0);
  for (size_t i = 0; i < organisation_names_.size(); ++i) {
    if (organisation_names_[i] == selected) {
      organisation_->SetSelection(static_cast<int>(i));
    }
  }
  FillUnitFilter();
  Layout();
  OnFilterChanged();
  view_->Refresh();
}

void BoardPanel::FillUnitFilter() {
  const std::string selected = board_.filter().unit;
  unit_->Clear();
  unit_names_.clear();
  unit_->Append(_("All units"));
  unit_->SetSelection(0);
  const int index = organisation_->GetSelection();
  const std::string org =
      index == wxNOT_FOUND ? "" : organisation_names_[index];
  unit_->Enable(!org.empty());
  if (org.empty()) return;
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
  if (organisation != wxNOT_FOUND) {
    filter.organisation = organisation_names_[organisation];
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
  if (filter == board_.filter() && loaded_) return;
  board_.SetFilter(filter);
  view_model_->Reset();
  UpdateSummary();
  actions_.on_filter_changed(filter);
}

void BoardPanel::FinishLoad(uint64_t load,
                            const std::vector<v1::Shift>& shifts) {
  board_.FinishLoad(load, shifts);
  const bool first_load = !loaded_;
  loaded_ = true;
  view_model_->Reset();
  UpdateSummary();
  if (first_load) ScrollToUpcoming();
  OnSelectionChanged();
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
  if (event.shift().name() == selected_name_) OnSelectionChanged();
}

const v1::Shift* BoardPanel::selected() const {
  if (selected_name_.empty()) return nullptr;
  const std::optional<size_t> row = board_.RowOf(selected_name_);
  if (!row.has_value()) return nullptr;
  return &board_.ShiftAt(*row);
}

void BoardPanel::SelectRow(size_t row) {
  if (row >= board_.row_count()) return;
  const wxDataViewItem item = view_model_->GetItem(row);
  view_->Select(item);
  view_->EnsureVisible(item);
  selected_name_ = board_.ShiftAt(row).name();
  OnSelectionChanged();
}

size_t BoardPanel::first_upcoming_row() const {
  return board_.FirstRowFrom(absl::Now());
}

bool BoardPanel::SelectShift(const std::string& name) {
  const std::optional<size_t> row = board_.RowOf(name);
  if (!row.has_value()) return false;
  SelectRow(*row);
  return true;
}

wxWindow* BoardPanel::search_box() const { return search_; }
wxWindow* BoardPanel::list() const { return view_; }

void BoardPanel::OnSelectionChanged() {
  // The control's selection is the truth after a click; after a reset the
  // model's row of the remembered shift is.
  const wxDataViewItem item = view_->GetSelection();
  if (item.IsOk()) {
    const unsigned row = view_model_->GetRow(item);
    if (row < board_.row_count()) selected_name_ = board_.ShiftAt(row).name();
  }
  const v1::Shift* shift = selected();
  if (shift != nullptr && !item.IsOk()) {
    const std::optional<size_t> row = board_.RowOf(shift->name());
    if (row.has_value()) view_->Select(view_model_->GetItem(*row));
  }
  UpdateButtons();
  if (actions_.on_selected) actions_.on_selected(shift);
}

void BoardPanel::UpdateButtons() {
  const bool any = selected() != nullptr;
  if (edit_ != nullptr) edit_->Enable(any);
  if (cancel_ != nullptr) cancel_->Enable(any);
}

void BoardPanel::UpdateSummary() {
  if (!loaded_) return;
  const size_t rows = board_.row_count();
  if (rows == 0) {
    summary_->SetLabel(board_.search().empty()
                           ? _("No open shifts match the filter.")
                           : _("No open shifts match the search."));
    return;
  }
  const int count = static_cast<int>(rows);
  summary_->SetLabel(wxString::Format(
      wxPLURAL("%d open shift", "%d open shifts", count), count));
}

}  // namespace vaktbro::gui
