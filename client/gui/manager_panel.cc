#include "manager_panel.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include <algorithm>

#include "absl/time/clock.h"
#include "agency/export.h"
#include "agency/report.h"
#include "agency/report_table.h"
#include "i18n.h"
#include "labels.h"

namespace vaktbro::gui {
namespace {

constexpr int kMonthsBack = 48;
constexpr v1::Profession kProfessions[] = {v1::NURSE,
                                           v1::SPECIALIST_NURSE,
                                           v1::HEALTH_WORKER,
                                           v1::PHYSICIAN,
                                           v1::MIDWIFE,
                                           v1::PHYSIOTHERAPIST,
                                           v1::OCCUPATIONAL_THERAPIST,
                                           v1::CARE_ASSISTANT};

wxString Kr(int64_t ore) {
  return wxString::Format(_("%s kr"), ToWx(agency::MoneyWhole(ore)));
}
wxString Hours(int64_t minutes) {
  return ToWx(agency::DisplayText(agency::Cell::Hours(minutes)));
}

wxString Change(const v1::AgencyReport& r) {
  if (!r.has_agency_cost_change()) return _("no baseline to compare with");
  const wxString percent = ToWx(agency::PercentDecimal(r.agency_cost_change()));
  return wxString::Format(
      _("%s%s %% against %s – %s"), r.agency_cost_change() > 0 ? "+" : "",
      percent,
      ToWx(agency::IsoMonth(agency::ToMonth(r.baseline_first_month()))),
      ToWx(agency::IsoMonth(agency::ToMonth(r.baseline_last_month()))));
}

}  // namespace

ManagerPanel::ManagerPanel(wxWindow* parent, Load load)
    : wxPanel(parent), load_(std::move(load)) {
  summary_ =
      new wxStaticText(this, wxID_ANY, _("Loading the agency-hire report..."));
  streaks_ = new wxStaticText(this, wxID_ANY, wxString());
  chart_ = new ManagerChart(this);
  table_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxDV_ROW_LINES | wxDV_VERT_RULES);
  table_model_ = new ManagerTableModel();
  table_->AssociateModel(table_model_);
  table_model_->DecRef();  // table_ holds the reference now
  const std::vector<ManagerTableModel::Column>& columns =
      ManagerTableModel::Columns();
  for (size_t c = 0; c < columns.size(); ++c) {
    const wxString label = ToWx(columns[c].label);
    const int width = std::max(GetTextExtent(label).x + FromDIP(24),
                               FromDIP(c == 0 ? 70 : 80));
    table_->AppendTextColumn(label, static_cast<unsigned>(c),
                             wxDATAVIEW_CELL_INERT, width,
                             c == 0 ? wxALIGN_LEFT : wxALIGN_RIGHT);
  }
  table_->SetName(_("Agency hire and internal fills per month"));

  auto* body = new wxBoxSizer(wxHORIZONTAL);
  body->Add(chart_, wxSizerFlags(5).Expand());
  body->Add(table_, wxSizerFlags(6).Expand().Border(wxLEFT, FromDIP(8)));
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(MakeFilterBar(), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(summary_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM,
                                                    FromDIP(8)));
  top->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
  top->Add(streaks_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  top->Add(MakeExportBar(), wxSizerFlags().Expand().Border(
                                wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
  SetSizer(top);
}

ManagerPanel::~ManagerPanel() { table_->AssociateModel(nullptr); }

wxSizer* ManagerPanel::MakeFilterBar() {
  organisation_ = new wxChoice(this, wxID_ANY);
  organisation_->Append(_("All organisations"));
  organisation_->SetSelection(0);
  unit_ = new wxChoice(this, wxID_ANY);
  unit_->Append(_("All units"));
  unit_->SetSelection(0);
  unit_->Disable();
  profession_ = new wxChoice(this, wxID_ANY);
  profession_->Append(_("All professions"));
  for (v1::Profession p : kProfessions)
    profession_->Append(TranslateLabel(client::ProfessionLabel(p)));
  profession_->SetSelection(0);
  from_ = new wxChoice(this, wxID_ANY);
  to_ = new wxChoice(this, wxID_ANY);
  const agency::Month now = agency::MonthOf(absl::ToUnixSeconds(absl::Now()));
  for (int i = kMonthsBack; i >= 0; --i) {
    months_.push_back(now.Plus(-i));
    from_->Append(ToWx(agency::IsoMonth(months_.back())));
    to_->Append(ToWx(agency::IsoMonth(months_.back())));
  }
  from_->SetSelection(kMonthsBack - 12);  // the twelve months before this one
  to_->SetSelection(kMonthsBack - 1);
  baseline_ = new wxChoice(this, wxID_ANY);
  baseline_->Append(_("the same months last year"));
  baseline_->Append(_("the months just before"));
  baseline_->Append(_("nothing"));
  baseline_->SetSelection(0);
  auto* refresh = new wxButton(this, wxID_REFRESH, _("&Refresh"));

  organisation_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    FillUnits();
    Reload();
  });
  for (wxChoice* choice : {unit_, profession_, from_, to_, baseline_}) {
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Reload(); });
  }
  refresh->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Reload(); });

  // Label and control stay together; the groups wrap on a narrow window.
  const wxSizerFlags centre = wxSizerFlags().CentreVertical();
  auto* bar = new wxWrapSizer(wxHORIZONTAL);
  auto group = [&](const wxString& label, wxWindow* control) {
    auto* pair = new wxBoxSizer(wxHORIZONTAL);
    pair->Add(new wxStaticText(this, wxID_ANY, label), centre);
    pair->Add(control, wxSizerFlags(centre).Border(wxLEFT, FromDIP(6)));
    bar->Add(pair,
             wxSizerFlags(centre).Border(wxRIGHT | wxBOTTOM, FromDIP(12)));
  };
  group(_("O&rganisation:"), organisation_);
  group(_("U&nit:"), unit_);
  group(_("&Profession:"), profession_);
  group(_("&From:"), from_);
  group(_("&To:"), to_);
  group(_("&Compared with:"), baseline_);
  bar->Add(refresh, wxSizerFlags(centre).Border(wxBOTTOM, FromDIP(12)));
  return bar;
}

wxSizer* ManagerPanel::MakeExportBar() {
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->AddStretchSpacer();
  const struct {
    wxString label;
    wxString kind;
  } exports[] = {{_("Export &CSV..."), "csv"},
                 {_("Export &Excel..."), "xlsx"},
                 {_("Export P&DF..."), "pdf"}};
  for (const auto& e : exports) {
    auto* button = new wxButton(this, wxID_ANY, e.label);
    button->Bind(wxEVT_BUTTON,
                 [this, kind = e.kind](wxCommandEvent&) { Export(kind); });
    bar->Add(button, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
  }
  return bar;
}

void ManagerPanel::SetDirectory(const client::Directory& directory,
                                const std::string& organisation) {
  directory_ = directory;
  if (!organisation.empty()) {  // a manager sees their own organisation
    std::erase_if(directory_.organisations, [&](const v1::Organisation& o) {
      return o.name() != organisation;
    });
  }
  organisation_->Clear();
  organisation_->Append(_("All organisations"));
  for (const v1::Organisation& o : directory_.organisations)
    organisation_->Append(ToWx(o.display_name()));
  const bool scoped = !organisation.empty() && !directory_.organisations.empty();
  organisation_->SetSelection(scoped ? 1 : 0);
  organisation_->Enable(!scoped);
  FillUnits();
}

void ManagerPanel::FillUnits() {
  unit_->Clear();
  unit_->Append(_("All units"));
  unit_names_.clear();
  const int org = organisation_->GetSelection();
  if (org > 0) {
    const std::string& name = directory_.organisations[org - 1].name();
    for (const v1::Unit& u : directory_.units) {
      if (u.organisation() != name) continue;
      unit_->Append(ToWx(u.display_name()));
      unit_names_.push_back(u.name());
    }
  }
  unit_->SetSelection(0);
  unit_->Enable(org > 0);
}

v1::GetAgencyReportRequest ManagerPanel::ReadFilter() const {
  v1::GetAgencyReportRequest r;
  const int org = organisation_->GetSelection();
  if (org > 0) r.set_organisation(directory_.organisations[org - 1].name());
  const int unit = unit_->GetSelection();
  if (unit > 0) r.set_unit(unit_names_[unit - 1]);
  const int profession = profession_->GetSelection();
  if (profession > 0) r.set_profession(kProfessions[profession - 1]);
  agency::Month from = months_[from_->GetSelection()],
                to = months_[to_->GetSelection()];
  if (to < from) std::swap(from, to);
  *r.mutable_first_month() = agency::ToYearMonth(from);
  *r.mutable_last_month() = agency::ToYearMonth(to);
  const v1::GetAgencyReportRequest::Baseline baselines[] = {
      v1::GetAgencyReportRequest::SAME_MONTHS_LAST_YEAR,
      v1::GetAgencyReportRequest::PREVIOUS_PERIOD,
      v1::GetAgencyReportRequest::NO_BASELINE};
  r.set_baseline(baselines[baseline_->GetSelection()]);
  return r;
}

void ManagerPanel::Reload() {
  summary_->SetLabel(_("Loading the agency-hire report..."));
  load_(ReadFilter(), ++load_number_);
}

void ManagerPanel::FinishLoad(uint64_t load,
                              absl::StatusOr<v1::AgencyReport> report) {
  if (load != load_number_) return;  // an answer to an older filter
  if (!report.ok()) {
    summary_->SetLabel(
        wxString::Format(_("Could not load the report: %s"),
                         ToWx(std::string(report.status().message()))));
    return;
  }
  report_ = *std::move(report);
  ShowReport();
}

void ManagerPanel::ShowReport() {
  const v1::AgencyReport& r = *report_;
  const v1::AgencyFigures& t = r.totals();
  const wxString share =
      t.has_internal_share()
          ? ToWx(agency::PercentDecimal(t.internal_share())) + " %"
          : wxString("–");
  summary_->SetLabel(wxString::Format(
      _("%s, %s – %s.  Agency: %s, %s h (%s).  Internal fills: %d, %s h, %s of "
        "the gaps.  Saving: %s."),
      ToWx(r.scope()),
      ToWx(agency::IsoMonth(agency::ToMonth(r.request().first_month()))),
      ToWx(agency::IsoMonth(agency::ToMonth(r.request().last_month()))),
      Kr(t.agency_cost_ore()), Hours(t.agency_minutes()), Change(r),
      t.internal_fills(), Hours(t.internal_minutes()), share,
      Kr(t.saving_ore())));
  wxString streaks = wxString::Format(
      wxPLURAL("Units with agency hire %d month or more in a row: ",
               "Units with agency hire %d months or more in a row: ",
               r.request().streak_months()),
      r.request().streak_months());
  if (r.streaks().empty()) streaks += _("none");
  for (int i = 0; i < r.streaks_size(); ++i) {
    const v1::AgencyStreak& s = r.streaks(i);
    streaks += wxString::Format(
        "%s%s (%s) %s – %s", i == 0 ? "" : "; ", ToWx(s.unit_display_name()),
        ToWx(s.organisation_display_name()),
        ToWx(agency::IsoMonth(agency::ToMonth(s.first_month()))),
        ToWx(agency::IsoMonth(agency::ToMonth(s.last_month()))));
  }
  streaks_->SetLabel(streaks);
  const int width =
      GetClientSize().x > 100 ? GetClientSize().x - FromDIP(16) : -1;
  summary_->Wrap(width);
  streaks_->Wrap(width);
  chart_->SetReport(r);
  table_model_->SetReport(r);
  Layout();
}

void ManagerPanel::Export(const wxString& kind) {
  if (!report_) {
    wxMessageBox(_("The report is not loaded yet."), _("Export"),
                 wxOK | wxICON_INFORMATION, this);
    return;
  }
  const wxString name = wxString::Format(
      "innleie-%s-%s.%s",
      ToWx(agency::IsoMonth(agency::ToMonth(report_->request().first_month()))),
      ToWx(agency::IsoMonth(agency::ToMonth(report_->request().last_month()))),
      kind);
  const wxString wildcard = kind == "csv" ? _("CSV for Excel (*.csv)|*.csv")
                            : kind == "xlsx"
                                ? _("Excel workbook (*.xlsx)|*.xlsx")
                                : _("PDF (*.pdf)|*.pdf");
  wxFileDialog dialog(this, _("Export the agency-hire report"), wxString(),
                      name, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  const std::string path = FromWx(dialog.GetPath());
  // The files are small and written at once; the report is already here.
  const absl::Status written =
      kind == "csv"
          ? agency::WriteCsv(*report_, agency::TableKind::kDetail, path)
      : kind == "xlsx" ? agency::WriteXlsx(*report_, path)
                       : agency::WritePdf(*report_, path);
  if (!written.ok()) {
    wxMessageBox(ToWx(std::string(written.message())), _("Export failed"),
                 wxOK | wxICON_ERROR, this);
  }
}

}  // namespace vaktbro::gui
