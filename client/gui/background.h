// Runs blocking work (network calls) off the GUI thread and brings the
// result back to it.
//
//   background_.Run<absl::StatusOr<Shifts>>(
//       [client] { return client->ListOpenShifts(filter); },   // worker
//       [this](absl::StatusOr<Shifts> shifts) { Show(shifts); });  // GUI
//
// Work runs on one worker thread (client::TaskRunner), in the order posted.
// `done` runs on the GUI thread through home->CallAfter, so it is dropped
// when `home` is destroyed first. The destructor waits for the running
// work (bounded by the RPC deadlines) and drops queued work: make
// Background a member of `home`, so that it dies first.
//
// `work` must not touch GUI objects; `done` must not rely on objects other
// than `home` being alive (dialogs: capture a std::weak_ptr token).
#ifndef VAKTBRO_CLIENT_GUI_BACKGROUND_H_
#define VAKTBRO_CLIENT_GUI_BACKGROUND_H_

#include <wx/event.h>

#include <functional>
#include <memory>
#include <utility>

#include "task_runner.h"

namespace vaktbro::gui {

class Background {
 public:
  explicit Background(wxEvtHandler* home) : home_(home) {}
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  template <typename Result>
  void Run(std::function<Result()> work, std::function<void(Result)> done) {
    wxEvtHandler* home = home_;
    runner_.Post([home, work = std::move(work), done = std::move(done)] {
      auto result = std::make_shared<Result>(work());
      home->CallAfter([done, result] { done(std::move(*result)); });
    });
  }

 private:
  wxEvtHandler* const home_;
  client::TaskRunner runner_;
};

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_BACKGROUND_H_
