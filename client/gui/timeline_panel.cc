#include "timeline_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include <utility>

#include "absl/time/clock.h"
#include "i18n.h"
#include "oslo_time.h"

namespace vaktbro::gui {
namespace {

using client::TimelineColumn;

absl::CivilDay Today() {
  return absl::ToCivilDay(absl::Now(), client::OsloTimeZone());
}

wxWindow* Legend(wxWindow* parent, const wxString& text, const wxColour& colour) {
  auto* label = new wxStaticText(parent, wxID_ANY, " " + text + " ");
  label->SetBackgroundColour(colour);
  label->SetForegroundColour(*wxBLACK);
  return label;
}

}  // namespace

TimelinePanel::TimelinePanel(
    wxWindow* parent, std::shared_ptr<const client::ExchangeClient> client)
    : wxPanel(parent),
      client_(std::move(client)),
      model_({.translate = CatalogTranslate()}) {
  model_.SetWeek(Today());
  busy_ = new BusyBar(this);
  book_ = new wxSimplebook(this);
  canvas_ = new TimelineCanvas(book_, &model_);
  canvas_->SetName("timeline-chart");
  list_ = MakeTable(
      book_,
      {{_("Day"), 120}, {_("Time"), 100}, {_("Unit"), 220}, {_("Title"), 260},
       {_("Staffed"), 80, wxALIGN_CENTER}, {_("State"), 120}},
      {.rows = [this] { return model_.list_size(); },
       .text =
           [this](size_t row, unsigned column) {
             return ToWx(
                 model_.ListCell(row, static_cast<TimelineColumn>(column)));
           }},
      &list_model_);
  list_->SetName("timeline-list");
  book_->AddPage(canvas_, _("Chart"));
  book_->AddPage(list_, _("List"));
  details_ = new wxStaticText(this, wxID_ANY,
                              _("Click a shift for its details; double-click "
                                "to see its candidates."));

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(MakeToolbar(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(busy_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(book_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(details_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  SetSizer(top);

  canvas_->on_select = [this](size_t bar) { ShowSelected(bar); };
  canvas_->on_activate = [this](size_t bar) {
    if (on_open_shift) on_open_shift(model_.shift(model_.bars()[bar].shift));
  };
  list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
    const int row = SelectedRow(list_, list_model_);
    if (row < 0) return;
    const client::TimelineBar& bar = model_.ListBar(row);
    for (size_t i = 0; i < model_.bars().size(); ++i) {
      if (&model_.bars()[i] == &bar) ShowSelected(i);
    }
  });
  list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
    const int row = SelectedRow(list_, list_model_);
    if (row >= 0 && on_open_shift) {
      on_open_shift(model_.shift(model_.ListBar(row).shift));
    }
  });
}

TimelinePanel::~TimelinePanel() {
  if (cancel_) cancel_->Cancel();
  list_->AssociateModel(nullptr);
}

wxSizer* TimelinePanel::MakeToolbar() {
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  const wxSizerFlags gap = wxSizerFlags(centre).Border(wxLEFT, FromDIP(6));
  auto* previous = new wxButton(this, wxID_ANY, _("< &Previous week"));
  auto* today = new wxButton(this, wxID_ANY, _("T&his week"));
  auto* next = new wxButton(this, wxID_ANY, _("&Next week >"));
  week_label_ = new wxStaticText(this, wxID_ANY, wxString());
  week_label_->SetFont(week_label_->GetFont().Bold());
  chart_button_ = new wxRadioButton(this, wxID_ANY, _("C&hart"),
                                    wxDefaultPosition, wxDefaultSize,
                                    wxRB_GROUP);
  list_button_ = new wxRadioButton(this, wxID_ANY, _("&List (screen readers)"));
  list_button_->SetName("timeline-show-list");
  bar->Add(previous, centre);
  bar->Add(today, gap);
  bar->Add(next, gap);
  bar->Add(week_label_, wxSizerFlags(centre).Border(wxLEFT, FromDIP(14)));
  bar->AddStretchSpacer();
  bar->Add(Legend(this, _("Open"), wxColour(0xE5, 0x73, 0x73)), gap);
  bar->Add(Legend(this, _("Partly filled"), wxColour(0xFF, 0xC1, 0x4D)), gap);
  bar->Add(Legend(this, _("Filled"), wxColour(0x81, 0xC7, 0x84)), gap);
  bar->Add(chart_button_, wxSizerFlags(centre).Border(wxLEFT, FromDIP(14)));
  bar->Add(list_button_, gap);
  previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    ShowWeek(model_.monday() - 7);
  });
  today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ShowWeek(Today()); });
  next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    ShowWeek(model_.monday() + 7);
  });
  chart_button_->Bind(wxEVT_RADIOBUTTON,
                      [this](wxCommandEvent&) { ShowList(false); });
  list_button_->Bind(wxEVT_RADIOBUTTON,
                     [this](wxCommandEvent&) { ShowList(true); });
  return bar;
}

void TimelinePanel::ShowList(bool list) {
  book_->SetSelection(list ? 1 : 0);
  (list ? list_button_ : chart_button_)->SetValue(true);
}

void TimelinePanel::SetScope(const client::Directory& directory,
                             const std::string& organisation) {
  std::vector<v1::Unit> units;
  for (const v1::Unit& unit : directory.units) {
    if (organisation.empty() || unit.organisation() == organisation) {
      units.push_back(unit);
    }
  }
  const bool changed = organisation != organisation_;
  organisation_ = organisation;
  model_.SetUnits(units);
  ModelChanged();
  if (changed || !loaded_) Load();
}

void TimelinePanel::ShowWeek(absl::CivilDay day) {
  model_.SetWeek(day);
  model_.SetShifts({});
  ModelChanged();
  Load();
}

void TimelinePanel::Load() {
  if (cancel_) cancel_->Cancel();
  cancel_ = std::make_shared<client::Cancellation>();
  const uint64_t load = ++load_;
  v1::ListShiftsRequest request;
  request.set_organisation(organisation_);
  // From the day before: a night from Sunday reaches into Monday.
  *request.mutable_start_time_from() =
      client::ToTimestamp(model_.week_start() - absl::Hours(24));
  *request.mutable_start_time_to() = client::ToTimestamp(model_.week_end());
  for (v1::Shift::State state : {v1::Shift::OPEN, v1::Shift::PARTLY_FILLED,
                                 v1::Shift::FILLED, v1::Shift::COMPLETED}) {
    request.add_states(state);
  }
  busy_->Start(_("Loading the week..."), [this] {
    if (cancel_) cancel_->Cancel();
  });
  background_.Run<absl::StatusOr<std::vector<v1::Shift>>>(
      [client = client_, request, cancel = cancel_] {
        return client->ListShifts(request, cancel.get());
      },
      [this, load](absl::StatusOr<std::vector<v1::Shift>> shifts) {
        if (load != load_) return;
        busy_->Stop();
        if (!shifts.ok()) {
          details_->SetLabel(wxString::Format(
              _("Could not load the week: %s"),
              ToWx(std::string(shifts.status().message()))));
          return;
        }
        model_.SetShifts(*shifts);
        loaded_ = true;
        ModelChanged();
      });
}

void TimelinePanel::Apply(const v1::Shift& shift) {
  if (!organisation_.empty() && shift.organisation() != organisation_) return;
  if (model_.Apply(shift)) ModelChanged();
}

void TimelinePanel::ModelChanged() {
  week_label_->SetLabel(wxString::Format(
      _("Week of %s to %s"), ToWx(model_.DayLabel(0)), ToWx(model_.DayLabel(6))));
  canvas_->set_selected(std::nullopt);
  list_model_->Reset();
  Layout();
}

void TimelinePanel::ShowSelected(std::optional<size_t> bar) {
  if (!bar.has_value()) return;
  const client::TimelineBar& b = model_.bars()[*bar];
  const v1::Shift& shift = model_.shift(b.shift);
  const client::Translate tr = CatalogTranslate();
  const absl::Time start = client::FromTimestamp(shift.start_time());
  details_->SetLabel(wxString::Format(
      _("%s, %s: %s - %s, %d of %d staffed (%s)"),
      ToWx(model_.rows()[b.row].label), ToWx(shift.title()),
      ToWx(client::FormatDateTime(start, client::OsloTimeZone(), tr)),
      ToWx(client::FormatEndTime(start, client::FromTimestamp(shift.end_time()),
                                 client::OsloTimeZone(), tr)),
      shift.filled_count(), shift.headcount(),
      TranslateLabel(client::StateLabel(shift.state()))));
}

}  // namespace vaktbro::gui
