// Drives the real desktop client the way a user does, with
// wxUIActionSimulator (real X events through XTest: mouse moves, clicks,
// typing), step by step from a timer, so that the steps go on inside
// modal dialogs too.
//
//   GuiScript script;
//   script.Add("log in", [&] { TypeInto(name, "koordinator"); ... },
//              [&] { return frame != nullptr; });
//   script.Start([](bool ok, const std::string& why) { ... });
//
// Each step acts once, then waits until its `done` holds (polled every
// 100 ms) or its timeout passes (the script then fails with the step's
// name). Needs an X server with a window manager (scripts/gui-test).
#ifndef VAKTBRO_TESTS_CLIENT_GUI_SCRIPT_H_
#define VAKTBRO_TESTS_CLIENT_GUI_SCRIPT_H_

#include <wx/dataview.h>
#include <wx/timer.h>
#include <wx/window.h>

#include <functional>
#include <string>
#include <vector>

namespace vaktbro::gui::testing {

class GuiScript {
 public:
  using Finished = std::function<void(bool ok, const std::string& message)>;

  void Add(std::string name, std::function<void()> act,
           std::function<bool()> done, int timeout_ms = 30000);
  void Start(Finished finished);

 private:
  struct Step {
    std::string name;
    std::function<void()> act;
    std::function<bool()> done;
    int timeout_ms;
  };
  void Tick();

  std::vector<Step> steps_;
  size_t current_ = 0;
  bool acted_ = false;
  wxLongLong started_ = 0;
  Finished finished_;
  wxTimer timer_;
};

// Moves the pointer to the middle of `window` and clicks it.
void ClickOn(wxWindow* window);
// Clicks into `field`, selects what is there and types `text`.
void TypeInto(wxWindow* field, const wxString& text);
// Presses a key (wxKeyCode) with modifiers (wxMOD_*).
void Press(int key, int modifiers = 0);
// Clicks row `row` of a wxDataViewCtrl (first column).
void ClickRow(wxDataViewCtrl* view, unsigned row);
// Focuses `choice` and selects the item with `text` (keyboard).
bool SelectIn(wxWindow* choice, const wxString& text);
// The first descendant of `parent` named `name`, or whose label without
// mnemonics is `label`.
wxWindow* FindControl(wxWindow* parent, const wxString& name,
                      const wxString& label = wxString());

}  // namespace vaktbro::gui::testing

#endif  // VAKTBRO_TESTS_CLIENT_GUI_SCRIPT_H_
