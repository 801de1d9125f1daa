#include "gui_script.h"

#include <wx/app.h>
#include <wx/control.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <utility>

namespace vaktbro::gui::testing {

constexpr int kTickMs = 100;

void GuiScript::Add(std::string name, std::function<void()> act,
                    std::function<bool()> done, int timeout_ms) {
  steps_.push_back({std::move(name), std::move(act), std::move(done), timeout_ms});
}

void GuiScript::Start(Finished finished) {
  finished_ = std::move(finished);
  timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Tick(); });
  timer_.Start(kTickMs);
}

void GuiScript::Tick() {
  if (current_ >= steps_.size()) return;
  Step& step = steps_[current_];
  if (!acted_) {
    acted_ = true;
    started_ = wxGetLocalTimeMillis();
    std::fprintf(stderr, "gui-flow: %s\n", step.name.c_str());
    // Outside this timer's callback: an action that opens a modal dialog
    // runs the dialog's loop, in which this timer must go on ticking.
    if (step.act) wxTheApp->CallAfter(step.act);
    return;  // give the events time before looking
  }
  if (step.done()) {
    ++current_;
    acted_ = false;
    if (current_ == steps_.size()) {
      timer_.Stop();
      finished_(true, "every step passed");
    }
    return;
  }
  if (wxGetLocalTimeMillis() - started_ > step.timeout_ms) {
    timer_.Stop();
    finished_(false, "timed out at step: " + step.name);
  }
}

void ClickOn(wxWindow* window) {
  wxUIActionSimulator sim;
  const wxRect rect = window->GetScreenRect();
  sim.MouseMove(rect.GetLeft() + rect.GetWidth() / 2,
                rect.GetTop() + rect.GetHeight() / 2);
  sim.MouseClick();
}

void TypeInto(wxWindow* field, const wxString& text) {
  ClickOn(field);
  wxUIActionSimulator sim;
  sim.Char('A', wxMOD_CONTROL);  // select all: typing replaces it
  sim.Text(text.utf8_str());
}

void Press(int key, int modifiers) {
  wxUIActionSimulator sim;
  sim.Char(key, modifiers);
}

void ClickRow(wxDataViewCtrl* view, unsigned row) {
  auto* model = static_cast<wxDataViewVirtualListModel*>(view->GetModel());
  const wxDataViewItem item = model->GetItem(row);
  const wxRect rect = view->GetItemRect(item, view->GetColumn(0));
  const wxPoint centre =
      view->ClientToScreen(wxPoint(rect.GetLeft() + view->FromDIP(10),
                                   rect.GetTop() + rect.GetHeight() / 2));
  std::fprintf(stderr, "gui-flow:   row %u at (%d,%d %dx%d), click at (%d,%d)\n", row,
               rect.x, rect.y, rect.width, rect.height, centre.x, centre.y);
  wxUIActionSimulator sim;
  sim.MouseMove(centre);
  sim.MouseClick();
}

bool SelectIn(wxWindow* choice, const wxString& text) {
  choice->SetFocus();
  wxUIActionSimulator sim;
  return sim.Select(text);
}

wxWindow* FindControl(wxWindow* parent, const wxString& name,
                      const wxString& label) {
  if (parent == nullptr) return nullptr;
  for (wxWindow* child : parent->GetChildren()) {
    if (!name.empty() && child->GetName() == name) return child;
    if (!label.empty() &&
        wxControl::RemoveMnemonics(child->GetLabel()) == label) {
      return child;
    }
    if (wxWindow* found = FindControl(child, name, label)) return found;
  }
  return nullptr;
}

}  // namespace vaktbro::gui::testing
