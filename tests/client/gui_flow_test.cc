// The desktop client end to end under Xvfb with a window manager, against
// the real server with the demo region, driven by wxUIActionSimulator:
//
//   1. the coordinator logs in through the login dialog,
//   2. posts a shift with the post dialog (a preset, typed title),
//   3. finds it on the board with the search box and selects it,
//   4. opens its candidates, picks the employee and offers her the shift,
//   5. logs out; the employee logs in and accepts the offer on her page.
//
// The server's own record is the judge: the offer exists, then is
// ACCEPTED. Prints "gui-flow: PASS" and exits 0, or says at which step it
// failed and exits 1. Run by scripts/gui-test (CTest: client_gui_test).
#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/datectrl.h>
#include <wx/textctrl.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/timer.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "absl/time/clock.h"
#include "candidates_panel.h"
#include "coordinator_client.h"
#include "employee_panel.h"
#include "grpcpp/client_context.h"
#include "gui_script.h"
#include "i18n.h"
#include "labels.h"
#include "launcher.h"
#include "main_frame.h"
#include "oslo_time.h"
#include "server_process.h"
#include "vaktbro/v1/auth.grpc.pb.h"
#include "vaktbro/v1/matching.grpc.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::gui::testing {
namespace {

using vaktbro::testing::ServerProcess;

// What the test needs to know of the demo region before it starts.
struct Plan {
  std::string employee_person;  // the person of the "ansatt" account
  std::string coordinator;      // the login that coordinates her employer
  std::string password;
  std::string unit_name;        // display name of her unit there
  std::string profession;       // English label of her profession
  absl::CivilDay day;           // a day she has nothing on the day before or after
};

// A day from two days ahead on when the person works nothing from the day
// before to the day after (booked, offered or planned), so a day shift
// breaks no rule.
absl::StatusOr<absl::CivilDay> FreeDay(const ServerProcess& server,
                                       const std::string& person) {
  const absl::TimeZone& oslo = client::OsloTimeZone();
  const absl::CivilDay today = absl::ToCivilDay(absl::Now(), oslo);
  std::vector<std::pair<absl::Time, absl::Time>> busy;
  auto shifts = v1::ShiftService::NewStub(server.Channel());
  grpc::ClientContext context;
  context.set_deadline(vaktbro::testing::Deadline());
  v1::ListAssignmentsRequest request;
  request.set_person(person);
  request.set_page_size(1000);
  v1::ListAssignmentsResponse assignments;
  grpc::Status status = shifts->ListAssignments(&context, request, &assignments);
  if (!status.ok()) return absl::InternalError("ListAssignments: " + status.error_message());
  for (const v1::Assignment& a : assignments.assignments()) {
    busy.push_back({client::FromTimestamp(a.start_time()), client::FromTimestamp(a.end_time())});
  }
  auto matching = v1::MatchingService::NewStub(server.Channel());
  grpc::ClientContext planned_context;
  planned_context.set_deadline(vaktbro::testing::Deadline());
  v1::ListPlannedShiftsRequest planned_request;
  planned_request.set_person(person);
  *planned_request.mutable_start_time() = client::ToTimestamp(client::StartOfDay(today, oslo));
  *planned_request.mutable_end_time() = client::ToTimestamp(client::StartOfDay(today + 40, oslo));
  planned_request.set_page_size(1000);
  v1::ListPlannedShiftsResponse planned;
  status = matching->ListPlannedShifts(&planned_context, planned_request, &planned);
  if (!status.ok()) return absl::InternalError("ListPlannedShifts: " + status.error_message());
  for (const v1::PlannedShift& p : planned.planned_shifts()) {
    busy.push_back({client::FromTimestamp(p.start_time()), client::FromTimestamp(p.end_time())});
  }
  for (absl::CivilDay day = today + 2; day < today + 35; ++day) {
    const absl::Time from = client::StartOfDay(day - 1, oslo);
    const absl::Time to = client::StartOfDay(day + 2, oslo);
    bool free = true;
    for (const auto& [start, end] : busy) free &= end <= from || start >= to;
    if (free) return day;
  }
  return absl::NotFoundError("no free day for the employee in five weeks");
}

absl::StatusOr<Plan> MakePlan(const ServerProcess& server) {
  absl::StatusOr<std::string> token = server.Login("ansatt", "demo-ansatt");
  if (!token.ok()) return token.status();
  auto auth = v1::AuthService::NewStub(server.ChannelFor(*token));
  grpc::ClientContext who_context;
  who_context.set_deadline(vaktbro::testing::Deadline());
  v1::WhoAmIResponse who;
  grpc::Status status = auth->WhoAmI(&who_context, {}, &who);
  if (!status.ok()) return absl::InternalError("WhoAmI: " + status.error_message());
  Plan plan{.employee_person = who.account().person()};
  auto directory = v1::DirectoryService::NewStub(server.Channel());  // admin
  grpc::ClientContext person_context;
  person_context.set_deadline(vaktbro::testing::Deadline());
  v1::GetRequest get;
  get.set_name(plan.employee_person);
  v1::Person person;
  status = directory->GetPerson(&person_context, get, &person);
  if (!status.ok()) return absl::InternalError("GetPerson: " + status.error_message());
  if (person.professions_size() == 0) return absl::InternalError("no profession");
  plan.profession = client::ProfessionLabel(person.professions(0));
  grpc::ClientContext positions_context;
  positions_context.set_deadline(vaktbro::testing::Deadline());
  v1::ListPositionsRequest list;
  list.set_person(plan.employee_person);
  v1::ListPositionsResponse positions;
  status = directory->ListPositions(&positions_context, list, &positions);
  if (!status.ok()) return absl::InternalError("ListPositions: " + status.error_message());
  for (const v1::Position& p : positions.positions()) {
    if (p.unit().empty()) continue;
    if (p.employer() == "organisations/vestvik-sykehus") {
      plan.coordinator = "koordinator";
    } else if (p.employer() == "organisations/vestvik-kommune") {
      plan.coordinator = "koordinator-kommune";
    } else {
      continue;
    }
    plan.password = "demo-" + plan.coordinator;
    grpc::ClientContext unit_context;
    unit_context.set_deadline(vaktbro::testing::Deadline());
    v1::GetRequest unit_get;
    unit_get.set_name(p.unit());
    v1::Unit unit;
    status = directory->GetUnit(&unit_context, unit_get, &unit);
    if (!status.ok()) return absl::InternalError("GetUnit: " + status.error_message());
    plan.unit_name = unit.display_name();
    absl::StatusOr<absl::CivilDay> day = FreeDay(server, plan.employee_person);
    if (!day.ok()) return day.status();
    plan.day = *day;
    return plan;
  }
  return absl::NotFoundError("the employee has no unit position at a demo employer");
}

class GuiFlowApp : public wxApp {
 public:
  bool OnInit() override;
  int OnRun() override {
    const int result = wxApp::OnRun();
    return exit_code_ != 0 ? exit_code_ : result;
  }
  int OnExit() override {
    launcher_.reset();
    server_.reset();
    return wxApp::OnExit();
  }

 private:
  void AddCoordinatorSteps();
  void AddEmployeeSteps();
  void LogInSteps(const std::string& who, const std::string& password);
  void Finish(bool ok, const std::string& message);
  // The employee's assignment on the posted shift, from the server.
  std::optional<v1::Assignment> Assignment() const;

  std::unique_ptr<ServerProcess> server_;
  Plan plan_;
  std::unique_ptr<Launcher> launcher_;
  MainFrame* frame_ = nullptr;
  GuiScript script_;
  wxString title_;
  wxLongLong post_seen_ = 0;
  std::string shift_;
  int exit_code_ = 0;
};

bool GuiFlowApp::OnInit() {
  SetAppName("vaktbro-gui-test");
  SetUpTranslations("en");
  auto server = ServerProcess::Start({.demo = true});
  if (!server.ok()) {
    std::fprintf(stderr, "gui-flow: cannot start the server: %s\n",
                 server.status().ToString().c_str());
    return false;
  }
  server_ = *std::move(server);
  absl::StatusOr<Plan> plan = MakePlan(*server_);
  if (!plan.ok()) {
    std::fprintf(stderr, "gui-flow: %s\n", plan.status().ToString().c_str());
    return false;
  }
  plan_ = *plan;
  title_ = wxString::Format("GUI test %ld", static_cast<long>(absl::ToUnixSeconds(absl::Now()) % 100000));
  LaunchOptions options;
  options.server = {.address = server_->address(), .plaintext = true};
  options.use_saved_session = false;
  launcher_ = std::make_unique<Launcher>(
      options, Launcher::Callbacks{.on_frame = [this](MainFrame* f) { frame_ = f; },
                                   .on_failed = [](const wxString&) {}});
  launcher_->Start();
  AddCoordinatorSteps();
  AddEmployeeSteps();
  script_.Start([this](bool ok, const std::string& message) { Finish(ok, message); });
  return true;
}

void GuiFlowApp::LogInSteps(const std::string& who, const std::string& password) {
  script_.Add("the login dialog shows",
              nullptr, [] { return wxWindow::FindWindowByName("login-name") != nullptr &&
                                   wxWindow::FindWindowByName("login-name")->IsShownOnScreen(); });
  script_.Add("type the login name",
              [who] { TypeInto(wxWindow::FindWindowByName("login-name"), who); },
              [] { return true; });
  script_.Add("type the password and press Enter",
              [this, password] {
                frame_ = nullptr;
                TypeInto(wxWindow::FindWindowByName("login-password"), password);
                Press(WXK_RETURN);
              },
              [this] { return frame_ != nullptr; });
}

void GuiFlowApp::AddCoordinatorSteps() {
  LogInSteps(plan_.coordinator, plan_.password);
  script_.Add("the board loads", nullptr,
              [this] { return frame_->ViewReady("board") && frame_->board_rows() > 0; });
  script_.Add("press Post a shift",
              [this] { ClickOn(FindControl(frame_, "board-post")); },
              [this] {
                wxWindow* title = wxWindow::FindWindowByName("post-title");
                if (title == nullptr || !title->IsShownOnScreen()) return false;
                if (post_seen_ == 0) post_seen_ = wxGetLocalTimeMillis();
                return wxGetLocalTimeMillis() - post_seen_ > 1000;  // placed by the WM
              });
  script_.Add("choose the day preset",
              [] {
                wxWindow* dialog = wxGetTopLevelParent(wxWindow::FindWindowByName("post-title"));
                ClickOn(FindControl(dialog, "post-preset-0"));
              },
              [] {
                auto* title = static_cast<wxTextCtrl*>(wxWindow::FindWindowByName("post-title"));
                return title->GetValue() == "Day shift";
              });
  // The one shortcut: the generic date picker's text does not take XTest
  // typing reliably, so the day the employee is free is set directly.
  script_.Add("set the date",
              [this] {
                wxWindow* dialog = wxGetTopLevelParent(wxWindow::FindWindowByName("post-title"));
                for (wxWindow* child : dialog->GetChildren()) {
                  if (auto* d = wxDynamicCast(child, wxDatePickerCtrl)) {
                    d->SetValue(wxDateTime(static_cast<wxDateTime::wxDateTime_t>(plan_.day.day()),
                                           static_cast<wxDateTime::Month>(plan_.day.month() - 1),
                                           static_cast<int>(plan_.day.year())));
                  }
                }
              },
              [] { return true; });
  script_.Add("type the title",
              [this] { TypeInto(wxWindow::FindWindowByName("post-title"), title_); },
              [this] {
                auto* title = static_cast<wxTextCtrl*>(wxWindow::FindWindowByName("post-title"));
                return title->GetValue() == title_;
              });
  script_.Add("choose unit, profession, reason and visibility",
              [this] {
                wxWindow* dialog = wxGetTopLevelParent(wxWindow::FindWindowByName("post-title"));
                // In the order of the form: organisation, unit, profession...
                std::vector<wxChoice*> choices;
                for (wxWindow* child : dialog->GetChildren()) {
                  if (auto* choice = wxDynamicCast(child, wxChoice)) choices.push_back(choice);
                }
                const std::pair<int, wxString> picks[] = {
                    {1, wxString::FromUTF8(plan_.unit_name)},
                    {2, plan_.profession},
                    {3, "Sick leave"},
                    {4, "Whole region"}};
                for (const auto& [index, text] : picks) {
                  if (static_cast<size_t>(index) >= choices.size()) break;
                  SelectIn(choices[index], text);
                }
              },
              [] { return true; });
  script_.Add("check the choices took",
              nullptr,
              [this] {
                wxWindow* dialog = wxGetTopLevelParent(wxWindow::FindWindowByName("post-title"));
                std::vector<wxChoice*> choices;
                for (wxWindow* child : dialog->GetChildren()) {
                  if (auto* choice = wxDynamicCast(child, wxChoice)) choices.push_back(choice);
                }
                return choices.size() >= 5 &&
                       choices[1]->GetStringSelection() == wxString::FromUTF8(plan_.unit_name) &&
                       choices[2]->GetStringSelection() == plan_.profession &&
                       choices[3]->GetStringSelection() == "Sick leave" &&
                       choices[4]->GetStringSelection() == "Whole region";
              }, 10000);
  script_.Add("press Post shift",
              [] { ClickOn(wxWindow::FindWindowByName("post-ok")); },
              [this] {
                return wxWindow::FindWindowByName("post-title") == nullptr;
              });
  script_.Add("search the board for it",
              [this] { TypeInto(frame_->board()->search_box(), title_); },
              [this] {
                static int calls = 0;
                if (++calls % 30 == 0) {
                  std::fprintf(stderr, "gui-flow:   %zu rows, search \"%s\", status \"%s\"\n",
                               frame_->board_rows(),
                               static_cast<wxTextEntry*>(static_cast<wxSearchCtrl*>(
                                   frame_->board()->search_box()))->GetValue().utf8_str().data(),
                               frame_->GetStatusBar()->GetStatusText(0).utf8_str().data());
                }
                return frame_->board_rows() == 1;
              });
  script_.Add("click the shift on the board",
              [this] { ClickRow(static_cast<wxDataViewCtrl*>(frame_->board()->list()), 0); },
              [this] {
                if (frame_->board()->selected() == nullptr) return false;
                shift_ = frame_->board()->selected()->name();
                return frame_->candidates()->loaded();
              });
  script_.Add("scroll to the employee in the candidates",
              [this] {
                const auto row = frame_->candidates()->list().RowOf(
                    client::CandidateList::kEligible, plan_.employee_person);
                if (!row.has_value()) return;
                auto* view = static_cast<wxDataViewCtrl*>(frame_->candidates()->candidates_view());
                auto* model = static_cast<wxDataViewVirtualListModel*>(view->GetModel());
                view->EnsureVisible(model->GetItem(static_cast<unsigned>(*row)));
              },
              [this] {
                const auto row = frame_->candidates()->list().RowOf(
                    client::CandidateList::kEligible, plan_.employee_person);
                if (!row.has_value()) return false;
                auto* view = static_cast<wxDataViewCtrl*>(frame_->candidates()->candidates_view());
                auto* model = static_cast<wxDataViewVirtualListModel*>(view->GetModel());
                return !view->GetItemRect(model->GetItem(static_cast<unsigned>(*row)),
                                          view->GetColumn(0)).IsEmpty();
              });
  script_.Add("click the employee in the candidates",
              [this] {
                const auto row = frame_->candidates()->list().RowOf(
                    client::CandidateList::kEligible, plan_.employee_person);
                if (!row.has_value()) {
                  const client::CandidateList& list = frame_->candidates()->list();
                  const auto out = list.RowOf(client::CandidateList::kIneligible,
                                              plan_.employee_person);
                  std::fprintf(stderr, "gui-flow: %s is not an eligible candidate: %s\n",
                               plan_.employee_person.c_str(),
                               out.has_value()
                                   ? list.Details(list.At(client::CandidateList::kIneligible, *out)).c_str()
                                   : "not among those ruled out either");
                  return;
                }
                ClickRow(static_cast<wxDataViewCtrl*>(frame_->candidates()->candidates_view()),
                         static_cast<unsigned>(*row));
              },
              [this] {
                const v1::Candidate* chosen = frame_->candidates()->SelectedCandidate();
                return chosen != nullptr && chosen->person() == plan_.employee_person;
              });
  script_.Add("press Offer",
              [this] { ClickOn(FindControl(frame_, "candidate-offer")); },
              [this] {
                const std::optional<v1::Assignment> a = Assignment();
                return a.has_value() && a->state() == v1::Assignment::OFFERED;
              });
  script_.Add("log out",
              [this] {
                const int id = frame_->GetMenuBar()->FindMenuItem(_("&File"), _("&Log out"));
                wxCommandEvent event(wxEVT_MENU, id);
                frame_->GetEventHandler()->ProcessEvent(event);
                frame_ = nullptr;
              },
              [] { return wxWindow::FindWindowByName("login-name") != nullptr; });
}

void GuiFlowApp::AddEmployeeSteps() {
  LogInSteps("ansatt", "demo-ansatt");
  script_.Add("the employee's page loads", nullptr, [this] {
    auto* page = static_cast<EmployeePanel*>(FindControl(frame_, "employee-page"));
    return page != nullptr && page->loaded() && !page->busy() && page->offer_count() > 0;
  });
  script_.Add("open the offer",
              [this] {
                auto* page = static_cast<EmployeePanel*>(FindControl(frame_, "employee-page"));
                page->ShowPage(EmployeePanel::Page::kOffers);
                wxYield();
                auto* offers = wxDynamicCast(FindControl(page, "offers-list"), wxDataViewCtrl);
                if (offers != nullptr) {
                  ClickRow(offers, 0);
                } else {
                  page->SelectOffer(0);
                }
              },
              [this] {
                auto* page = static_cast<EmployeePanel*>(FindControl(frame_, "employee-page"));
                return page->findings_shown();
              });
  script_.Add("press Accept",
              [this] { ClickOn(FindControl(frame_, "offer-accept", "Accept")); },
              [this] {
                const std::optional<v1::Assignment> a = Assignment();
                return a.has_value() && a->state() == v1::Assignment::ACCEPTED;
              });
}

std::optional<v1::Assignment> GuiFlowApp::Assignment() const {
  if (shift_.empty()) return std::nullopt;
  client::CoordinatorClient admin(server_->Channel());
  absl::StatusOr<std::vector<v1::Assignment>> all = admin.ListAssignments(shift_);
  if (!all.ok()) return std::nullopt;
  for (const v1::Assignment& a : *all) {
    if (a.person() == plan_.employee_person) return a;
  }
  return std::nullopt;
}

void GuiFlowApp::Finish(bool ok, const std::string& message) {
  std::printf("gui-flow: %s (%s)\n", ok ? "PASS" : "FAIL", message.c_str());
  std::fflush(stdout);
  exit_code_ = ok ? 0 : 1;
  for (wxWindow* window : wxTopLevelWindows) {
    auto* dialog = wxDynamicCast(window, wxDialog);
    if (dialog != nullptr && dialog->IsModal()) {
      dialog->EndModal(wxID_CANCEL);  // on the stack of its ShowModal
    } else {
      window->Destroy();
    }
  }
  ExitMainLoop();
}

}  // namespace
}  // namespace vaktbro::gui::testing

wxIMPLEMENT_APP(vaktbro::gui::testing::GuiFlowApp);
